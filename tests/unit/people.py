"""Who the service tests act as, the identity numbers they type, the demo customers they pick,
and the account they open for a new customer."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import Account, Bill
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import BillStatus
from counter_app.domain.identity import resident_id_check_digit
from counter_app.services.accounts import AccountService
from counter_app.services.accounts_dto import (
    AccountOpeningRequest,
    AccountOpeningResult,
    NewIndividual,
    NewOrganisation,
)
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.demo import DEMO_PASSWORD

# Digits as a Chinese input method types them.
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def resident_id(first17: str) -> str:
    """A valid 居民身份证 number: ``first17`` with its check digit."""
    return first17 + resident_id_check_digit(first17)


def sign_in(db: Database, clock: FixedClock, employee_no: str) -> Actor:
    """A demo user signed in at counter 1."""
    return AuthService(db, clock).sign_in(employee_no, DEMO_PASSWORD, 1)


def debtor(db: Database) -> int:
    """A demo customer with unpaid bills."""
    with db.read() as s:
        return s.execute(
            select(Account.customer_id)
            .join(Bill, Bill.account_id == Account.id)
            .where(Bill.status == BillStatus.UNPAID)
            .order_by(Account.customer_id)
            .limit(1)
        ).scalar_one()


def open_gas_account(
    db: Database,
    clock: FixedClock,
    actor: Actor,
    customer: NewIndividual | NewOrganisation,
    *,
    supply_address: str,
    meter: str,
    tariff_class: str = "居民",
    documents: Sequence[str] = (),
) -> AccountOpeningResult:
    """A postpaid gas account opened at ``actor``'s counter for a new ``customer``."""
    return AccountService(db, clock, actor).open_account(
        AccountOpeningRequest(
            supply_address=supply_address,
            utility_kind="gas",
            tariff_class=tariff_class,
            billing_mode="postpaid",
            meter_number=meter,
            documents_received=documents,
            new_customer=customer,
        )
    )
