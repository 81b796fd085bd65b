"""Which hall's records a user may open (docs/domain.md §1 "Hall boundaries").

A customer may walk into any hall of the company: there a clerk finds them, sees what their
accounts owe and takes the payment. What stays with the hall that keeps the record is the rest:
the full identity number and phone, corrections, 补打 copies and voids or refunds of its
documents, its requests' timelines and its complaints. Clerks and managers work within their
own hall; auditors and administrators serve the whole company.

Codes (:class:`OtherHall`): ``hall.other_hall`` (``hall``: the code of the hall the record
belongs to, ``action``: what was refused).
"""

from __future__ import annotations

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from counter_app.db.models import Account, AccountOwnership, Customer, Hall, User
from counter_app.domain.enums import Role
from counter_app.domain.errors import CodedError, PermissionDenied
from counter_app.services.base import Actor

#: Roles whose work stays within their own hall.
HALL_BOUND_ROLES = frozenset({Role.CLERK, Role.MANAGER})


class OtherHall(CodedError, PermissionDenied):
    """The record belongs to another hall: ``hall.other_hall`` (``hall``, ``action``)."""

    def __init__(self, hall: str, action: str) -> None:
        super().__init__("hall.other_hall", hall=hall, action=action)


def company_wide(actor: Actor) -> bool:
    """Auditors and administrators see every hall's records."""
    return actor.role not in HALL_BOUND_ROLES


def _hall_codes(s: Session, hall_ids: set[int]) -> str:
    codes = s.execute(select(Hall.code).where(Hall.id.in_(hall_ids)).order_by(Hall.code))
    return "/".join(codes.scalars())


def require_own_hall(s: Session, actor: Actor, hall_id: int | None, action: str) -> None:
    """Refuse a clerk or manager a record of another hall (``hall_id``; None: of no hall).

    Raises:
        OtherHall: the record is another hall's.
    """
    if hall_id is None or company_wide(actor) or hall_id == actor.hall_id:
        return
    raise OtherHall(_hall_codes(s, {hall_id}), action)


def customer_halls(s: Session, customer_id: int) -> set[int]:
    """The halls a customer belongs to: of every account they hold or held; for a customer
    without any account, the hall of the user who entered them (none: every hall)."""
    held = union(
        select(Account.hall_id).where(Account.customer_id == customer_id),
        select(Account.hall_id)
        .join(AccountOwnership, AccountOwnership.account_id == Account.id)
        .where(AccountOwnership.customer_id == customer_id),
    )
    halls = set(s.execute(held).scalars())
    if halls:
        return halls
    creator = s.execute(
        select(User.hall_id)
        .join(Customer, Customer.created_by == User.id)
        .where(Customer.id == customer_id)
    ).scalar_one_or_none()
    return {creator} if creator is not None else set()


def serves_customer(s: Session, actor: Actor, customer_id: int) -> bool:
    """Whether ``actor`` works in a hall the customer belongs to (or company-wide)."""
    if company_wide(actor):
        return True
    halls = customer_halls(s, customer_id)
    return not halls or actor.hall_id in halls


def keeping_halls(s: Session, actor: Actor, customer_id: int) -> str:
    """The codes of the halls keeping the customer's full record when ``actor`` does not
    serve them in full (``"H01"``, ``"H01/H02"``); empty when they do."""
    if serves_customer(s, actor, customer_id):
        return ""
    return _hall_codes(s, customer_halls(s, customer_id))


def require_customer_hall(s: Session, actor: Actor, customer_id: int, action: str) -> None:
    """Refuse a clerk or manager the full record of another hall's customer.

    Raises:
        OtherHall: the customer belongs only to other halls.
    """
    if not serves_customer(s, actor, customer_id):
        raise OtherHall(_hall_codes(s, customer_halls(s, customer_id)), action)
