"""The full demo leaves yesterday closed (closed shifts, cash movements, a variance signed off,
voids and reprints) and today's shifts open, so a newcomer can export yesterday at once."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from people import sign_in
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import CashMovement, Shift
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import ShiftStatus
from counter_app.services.demo import seed_demo
from counter_app.services.demo_shifts import MIN_CUSTOMERS
from counter_app.services.reports import ReportService
from counter_app.services.shifts import DayCloseService, ShiftService


def test_the_demo_has_a_closed_yesterday_and_shifts_open_today(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(db, clock, customers=MIN_CUSTOMERS)
    today = clock.now().astimezone(LOCAL_TZ).date()
    yesterday = today - timedelta(days=1)
    manager = sign_in(db, clock, "M1001")

    days = {d.business_date: d for d in DayCloseService(db, clock, manager).days()}
    assert days[yesterday].closed
    assert days[yesterday].shifts_total == 3
    assert not days[today].closed
    report = ReportService(db, clock, manager).daily_report(yesterday)
    assert report.day_closed
    assert report.figure("transactions").value == 30
    assert report.figure("voided").value == 2
    assert report.figure("reprints").value == 2
    assert report.figure("cash_short").value < 0 < report.figure("cash_over").value  # type: ignore[operator]
    with db.read() as s:
        closed = (
            s.execute(
                select(Shift).where(
                    Shift.business_date == yesterday, Shift.status == ShiftStatus.CLOSED
                )
            )
            .scalars()
            .all()
        )
        assert len(closed) == 3
        assert sum(1 for sh in closed if sh.variance and sh.variance_approved_by) == 2
        assert s.execute(select(func.count()).select_from(CashMovement)).scalar_one() == 2
        open_today = s.execute(
            select(func.count()).where(
                Shift.business_date == today, Shift.status == ShiftStatus.OPEN
            )
        ).scalar_one()
        assert open_today == 2
    ReportService(db, clock, manager).export_daily(yesterday, tmp_path / "yesterday.xlsx")
    assert load_workbook(tmp_path / "yesterday.xlsx")["汇总"]["B5"].value == 30
    # The H02 manager is told of the shift left open since yesterday.
    stale = DayCloseService(db, clock, sign_in(db, clock, "M2001")).stale_shifts()
    assert [s.clerk_employee_no for s in stale] == ["G2001"]
    # Counter 3's handover waits for the next clerk there; counter 1's was acknowledged.
    waiting = ShiftService(db, clock, sign_in_at(db, clock, "G1002", 3)).pending_handover()
    assert waiting is not None
    assert waiting.clerk_employee_no == "G1001"
    assert "读卡器" in waiting.note
    assert ShiftService(db, clock, sign_in_at(db, clock, "G1003", 1)).pending_handover() is None
    assert ShiftService(db, clock, sign_in_at(db, clock, "G1001", 1)).current_shift() is not None


def sign_in_at(db: Database, clock: FixedClock, employee_no: str, counter: int):  # type: ignore[no-untyped-def]
    from counter_app.services.auth import AuthService
    from counter_app.services.demo import DEMO_PASSWORD

    return AuthService(db, clock).sign_in(employee_no, DEMO_PASSWORD, counter)


def test_the_small_demo_of_the_tests_has_no_shifts(demo_db: Database) -> None:
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Shift)).scalar_one() == 0


def test_the_demo_seeds_just_after_midnight(db: Database) -> None:
    """Seeded at 00:20 hall time, when two hours ago is the closed yesterday: today's shifts
    open at midnight instead of being refused (a first start then failed to seed at all)."""
    now = datetime(2026, 11, 24, 0, 20, tzinfo=LOCAL_TZ)
    clock = FixedClock(now)
    seed_demo(db, clock, customers=MIN_CUSTOMERS)
    manager = sign_in(db, clock, "M1001")
    days = {d.business_date: d for d in DayCloseService(db, clock, manager).days()}
    assert days[now.date() - timedelta(days=1)].closed
    assert not days[now.date()].closed
    assert len(days[now.date()].open_shifts) == 2
