"""Where the demo data's postpaid meters stand: shared by the service and GUI reading tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import Account, Bill, MeterReading
from counter_app.domain.enums import AccountStatus, BillingMode


@dataclass(frozen=True)
class Meter:
    """A postpaid demo account and where its meter stands, read from the database."""

    account_id: int
    number: str
    last_read_on: date
    last_reading: Decimal
    used_this_year: Decimal  # billed usage in 2026: where the annual tier count stands


def last_reading(db: Database, account_id: int) -> tuple[date, Decimal]:
    """The account's latest reading (date, value)."""
    with db.read() as s:
        read_on, reading = s.execute(
            select(MeterReading.read_on, MeterReading.reading)
            .where(MeterReading.account_id == account_id)
            .order_by(MeterReading.read_on.desc(), MeterReading.id.desc())
            .limit(1)
        ).one()
    return read_on, Decimal(reading)


def meters(db: Database) -> list[Meter]:
    """Every open postpaid account by number, with its last reading and 2026 usage."""
    with db.read() as s:
        accounts = s.execute(
            select(Account.id, Account.number)
            .where(
                Account.billing_mode == BillingMode.POSTPAID,
                Account.status != AccountStatus.CLOSED,
            )
            .order_by(Account.number)
        ).all()
        used = dict(
            s.execute(
                select(Bill.account_id, func.coalesce(func.sum(Bill.usage), 0))
                .where(Bill.period.like("2026-%"))
                .group_by(Bill.account_id)
            ).all()
        )
    found = []
    for account_id, number in accounts:
        read_on, reading = last_reading(db, account_id)
        found.append(Meter(account_id, number, read_on, reading, Decimal(used.get(account_id, 0))))
    assert len(found) >= 5, "the demo data should hold several postpaid accounts"
    return found
