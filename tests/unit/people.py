"""Who the service tests act as, the identity numbers they type, the demo customers they pick."""

from __future__ import annotations

from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import Account, Bill
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import BillStatus
from counter_app.domain.identity import resident_id_check_digit
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
