"""Bills from meter readings (tier split by cumulative annual usage) and what is due today."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from payment_workers import add_bill, new_account
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, Bill, BillLine, Tariff, TariffTier
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import AccountStatus, BillingMode, BillStatus, UtilityKind
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.tariffs import TierLine
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.bills import BillService
from counter_app.services.bills_dto import (
    AccountClosed,
    AccountNotFound,
    BillExists,
    ReadingRefused,
    TariffNotFound,
)
from counter_app.services.demo import DEMO_PASSWORD

D = Decimal


@pytest.fixture
def bills(demo_db: Database, clock: FixedClock, clerk: Actor) -> BillService:
    return BillService(demo_db, clock, clerk)


def test_first_reading_is_the_baseline_and_makes_no_bill(
    demo_db: Database, bills: BillService
) -> None:
    account_id, _ = new_account(demo_db)
    result = bills.enter_reading(account_id, date(2026, 1, 5), D("1000"))
    assert result.bill is None
    assert result.reading == D("1000.000")


def test_a_bill_crossing_a_tier_boundary_is_split_across_tiers(
    demo_db: Database, bills: BillService
) -> None:
    account_id, number = new_account(demo_db)
    bills.enter_reading(account_id, date(2026, 1, 5), D("1000"))
    first = bills.enter_reading(account_id, date(2026, 3, 5), D("1280")).bill
    assert first is not None
    assert first.lines == (TierLine(1, D("280.000"), D("2.6100"), D("730.80")),)
    assert first.amount == D("730.80")

    second = bills.enter_reading(account_id, date(2026, 4, 5), D("1320.5")).bill
    assert second is not None
    assert second.used_before_this_year == D("280.000")
    # 20 m³ fill tier 1 up to 300 m³ a year; the other 20.5 m³ are tier 2.
    assert second.lines == (
        TierLine(1, D("20.000"), D("2.6100"), D("52.20")),
        TierLine(2, D("20.500"), D("3.1300"), D("64.17")),
    )
    assert second.amount == D("116.37")
    assert second.usage == D("40.500")
    assert (second.previous_reading, second.current_reading) == (D("1280.000"), D("1320.500"))
    assert second.period == "2026-04"
    assert second.number == f"B{number}202604"
    assert second.due_date == date(2026, 4, 25)
    assert second.unit == "m³"

    third = bills.enter_reading(account_id, date(2026, 5, 5), D("1700")).bill
    assert third is not None
    # 320.5 m³ billed so far: 279.5 m³ more reach 600 m³ (tier 2), the last 100 m³ are tier 3.
    assert [(ln.tier, ln.volume) for ln in third.lines] == [(2, D("279.500")), (3, D("100.000"))]

    with demo_db.read() as s:
        stored = s.execute(select(Bill).where(Bill.id == second.bill_id)).scalar_one()
        assert stored.status is BillStatus.UNPAID
        assert stored.amount == D("116.37")
        lines = s.execute(
            select(BillLine.tier_no, BillLine.volume, BillLine.amount)
            .where(BillLine.bill_id == stored.id)
            .order_by(BillLine.tier_no)
        ).all()
        assert lines == [(1, D("20.000"), D("52.20")), (2, D("20.500"), D("64.17"))]
        logged = s.execute(
            select(AuditEntry.after).where(
                AuditEntry.entity == "bill", AuditEntry.entity_id == str(stored.id)
            )
        ).scalar_one()
        assert logged["amount"] == "116.37"


def test_the_annual_tier_count_starts_again_in_january(
    demo_db: Database, bills: BillService
) -> None:
    with demo_db.write() as s:
        old = Tariff(
            utility_kind=UtilityKind.GAS,
            tariff_class="居民",
            residential=True,
            effective_from=date(2025, 1, 1),
            unit="m³",
        )
        old.tiers = [
            TariffTier(tier_no=1, upper_volume=D(300), unit_price=D("2.50")),
            TariffTier(tier_no=2, upper_volume=None, unit_price=D("3.00")),
        ]
        s.add(old)
    account_id, _ = new_account(demo_db)
    bills.enter_reading(account_id, date(2025, 11, 5), D("0"))
    december = bills.enter_reading(account_id, date(2025, 12, 5), D("350")).bill
    assert december is not None
    assert [(ln.tier, ln.unit_price) for ln in december.lines] == [
        (1, D("2.5000")),
        (2, D("3.0000")),
    ]
    january = bills.enter_reading(account_id, date(2026, 1, 5), D("450")).bill
    assert january is not None
    # New year, new tariff, and the 350 m³ of 2025 no longer count. The period (6 December to
    # 5 January) spans the new tariff of 1 January: 26 of its 31 days are priced at the old
    # tariff, 5 at the new one (docs/domain.md §4, price changes).
    assert january.used_before_this_year == D("0")
    assert january.lines == (
        TierLine(1, D("83.871"), D("2.5000"), D("209.68")),
        TierLine(1, D("16.129"), D("2.6100"), D("42.10")),
    )


def test_no_tariff_in_force_is_refused(demo_db: Database, bills: BillService) -> None:
    account_id, _ = new_account(demo_db)
    bills.enter_reading(account_id, date(2025, 11, 5), D("0"))
    with pytest.raises(TariffNotFound):
        bills.enter_reading(account_id, date(2025, 12, 5), D("10"))


@pytest.mark.parametrize(
    ("read_on", "reading", "code"),
    [
        (date(2026, 3, 6), D("999.999"), "reading.below_previous"),
        (date(2026, 3, 5), D("1100"), "reading.date_not_after_previous"),
        (date(2026, 3, 1), D("1100"), "reading.date_not_after_previous"),
        (date(2026, 11, 24), D("1100"), "reading.future_date"),
        (date(2026, 3, 6), D("1100.0001"), "reading.format"),
        (date(2026, 3, 6), D("-1"), "reading.format"),
    ],
)
def test_bad_readings_are_refused(
    demo_db: Database, bills: BillService, read_on: date, reading: Decimal, code: str
) -> None:
    account_id, _ = new_account(demo_db)
    bills.enter_reading(account_id, date(2026, 3, 5), D("1000"))
    with pytest.raises(ReadingRefused) as refused:
        bills.enter_reading(account_id, read_on, reading)
    assert refused.value.code == code


def test_one_bill_per_month(demo_db: Database, bills: BillService) -> None:
    account_id, number = new_account(demo_db)
    bills.enter_reading(account_id, date(2026, 3, 1), D("1000"))
    bills.enter_reading(account_id, date(2026, 4, 1), D("1010"))
    with pytest.raises(BillExists) as refused:
        bills.enter_reading(account_id, date(2026, 4, 20), D("1020"))
    assert refused.value.params == {"period": "2026-04", "number": f"B{number}202604"}


def test_prepaid_closed_and_unknown_accounts_get_no_bills(
    demo_db: Database, bills: BillService
) -> None:
    prepaid, _ = new_account(demo_db, billing_mode=BillingMode.PREPAID)
    with pytest.raises(ReadingRefused) as refused:
        bills.enter_reading(prepaid, date(2026, 3, 1), D("1"))
    assert refused.value.code == "reading.prepaid_account"
    closed, _ = new_account(demo_db, status=AccountStatus.CLOSED)
    with pytest.raises(AccountClosed):
        bills.enter_reading(closed, date(2026, 3, 1), D("1"))
    with pytest.raises(AccountNotFound):
        bills.enter_reading(999_999, date(2026, 3, 1), D("1"))


def test_bills_due_lists_open_bills_oldest_first_with_late_fees(
    demo_db: Database, bills: BillService
) -> None:
    account_id, number = new_account(demo_db)
    newer = add_bill(demo_db, account_id, "2026-10", "73.08", date(2026, 11, 20))
    older = add_bill(demo_db, account_id, "2026-09", "130.50", date(2026, 10, 20), paid="30.50")
    add_bill(demo_db, account_id, "2026-11", "40.00", date(2026, 12, 20))
    due = bills.bills_due(account_id)
    assert due.account_number == number
    assert due.as_of == date(2026, 11, 23)
    assert [b.bill_id for b in due.bills][:2] == [older, newer]
    first, second, third = due.bills
    assert (first.outstanding, first.overdue_days, first.late_fee) == (D("100.00"), 34, D("3.40"))
    assert (second.outstanding, second.overdue_days, second.late_fee) == (D("73.08"), 3, D("0.22"))
    assert (third.overdue_days, third.late_fee) == (0, D("0.00"))
    assert due.principal_total == D("213.08")
    assert due.late_fee_total == D("3.62")
    assert due.minimum_topup == D("0.00")
    assert due.total == due.amount_due == D("216.70")


def test_bills_due_applies_the_minimum_and_the_credit(
    demo_db: Database, bills: BillService
) -> None:
    account_id, _ = new_account(demo_db, balance=D("20.00"))
    add_bill(demo_db, account_id, "2026-10", "73.08", date(2026, 11, 20))
    due = bills.bills_due(account_id)
    assert (due.late_fee_total, due.minimum_topup) == (D("1.00"), D("0.78"))
    assert due.total == D("74.08")
    assert due.credit == D("20.00")
    assert due.amount_due == D("54.08")


def test_auditors_may_read_bills_but_not_enter_readings(
    demo_db: Database, clock: FixedClock
) -> None:
    auditor = AuthService(demo_db, clock).sign_in("A1001", DEMO_PASSWORD)
    service = BillService(demo_db, clock, auditor)
    account_id, _ = new_account(demo_db)
    assert service.bills_due(account_id).bills == ()
    with pytest.raises(PermissionDenied):
        service.enter_reading(account_id, date(2026, 3, 1), D("1"))
