"""Who held an account when: the 过户 history (docs/domain.md §6).

A 过户 moves the account to its new customer and keeps the old owner's history: every holder
is a row of ``account_ownerships`` from the day they took it to the day they handed it on. The
request's screen lists the holders of its account; the 360 view lists those of every account
the customer holds or held, so an old owner's record still says which accounts they handed on,
when and to whom.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from counter_app.db.models import Account, AccountOwnership, Customer, ServiceRequest
from counter_app.services.customers_dto import OwnershipInfo


def holders(s: Session, account_ids: Collection[int]) -> tuple[OwnershipInfo, ...]:
    """Every holder of the accounts, by account number, each account's oldest first."""
    if not account_ids:
        return ()
    transfer = aliased(ServiceRequest)
    rows = s.execute(
        select(AccountOwnership, Customer.name, Account.number, transfer.number)
        .join(Customer, Customer.id == AccountOwnership.customer_id)
        .join(Account, Account.id == AccountOwnership.account_id)
        .outerjoin(transfer, transfer.id == AccountOwnership.service_request_id)
        .where(AccountOwnership.account_id.in_(list(account_ids)))
        .order_by(Account.number, AccountOwnership.valid_from, AccountOwnership.id)
    ).all()
    return tuple(
        OwnershipInfo(
            customer_id=own.customer_id,
            customer_name=name,
            valid_from=own.valid_from,
            valid_to=own.valid_to,
            request_number=request_number,
            account_id=own.account_id,
            account_number=account_number,
        )
        for own, name, account_number, request_number in rows
    )


def held_by(s: Session, customer_id: int, holding: Collection[int]) -> tuple[OwnershipInfo, ...]:
    """The holders of every account the customer holds now (``holding``) or held before."""
    before = s.execute(
        select(AccountOwnership.account_id).where(AccountOwnership.customer_id == customer_id)
    ).scalars()
    return holders(s, {*holding, *before})
