"""Day close (日结, docs/domain.md §9): refused while a shift of the day is open (naming it),
refused twice and for a day to come; it fixes the day's totals and locks the day."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from payment_workers import Desk, new_account, open_desk
from report_data import counts_of
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, BusinessDay
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import BusinessDayStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.shifts import DayCloseService, ShiftService
from counter_app.services.shifts_dto import DayClosed, DayCloseError

D = Decimal


def day_close(desk: Desk) -> DayCloseService:
    """Without backups: the day close's backup is tested in test_backups_day_close.py."""
    return DayCloseService(desk.db, desk.clock, desk.manager)


def test_day_close_is_refused_while_a_shift_is_open_and_names_it(desk: Desk) -> None:
    today = desk.clock.now().astimezone(LOCAL_TZ).date()
    second = ShiftService(desk.db, desk.clock, desk.auth.sign_in("G1002", DEMO_PASSWORD, 3))
    second.open_shift(D("200.00"))

    with pytest.raises(DayCloseError) as refused:
        day_close(desk).close_day(today)

    assert refused.value.code == "day.open_shifts"
    assert refused.value.params["count"] == 2
    assert refused.value.params["counters"] == [1, 3]
    assert refused.value.params["clerks"] == ["G1001 王芳", "G1002 李娜"]
    states = {d.business_date: d for d in day_close(desk).days()}
    assert not states[today].closed
    assert len(states[today].open_shifts) == 2


def test_day_close_fixes_the_totals_and_locks_the_day(desk: Desk) -> None:
    today = desk.clock.now().astimezone(LOCAL_TZ).date()
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "42.00")
    desk.clock.advance(hours=8)
    ShiftService(desk.db, desk.clock, desk.clerk).close_shift(counts_of("542.00"))

    result = day_close(desk).close_day(today)

    assert result.totals["amount"] == "42.00"
    assert result.totals["transactions"] == 1
    assert result.totals["by_tender"]["现金"]["amount"] == "42.00"
    assert result.report.day_closed  # type: ignore[attr-defined]
    with desk.db.read() as s:
        day = s.execute(select(BusinessDay).where(BusinessDay.business_date == today)).scalar_one()
        assert day.status is BusinessDayStatus.CLOSED
        assert day.closed_by == desk.manager.user_id
        assert day.totals == result.totals
        assert s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "business_day", AuditEntry.action == "close"
            )
        ).scalar_one()
    assert result.backup is None

    with pytest.raises(DayCloseError) as twice:
        day_close(desk).close_day(today)
    assert twice.value.code == "day.already_closed"
    assert twice.value.params["closed_by"] == "M1001"
    # Nobody opens a shift on the closed day again.
    with pytest.raises(DayClosed):
        ShiftService(desk.db, desk.clock, desk.clerk).open_shift(D("500.00"))


def test_a_day_to_come_cannot_be_closed_and_a_clerk_cannot_close_one(desk: Desk) -> None:
    tomorrow = desk.clock.now().astimezone(LOCAL_TZ).date() + timedelta(days=1)
    with pytest.raises(DayCloseError) as future:
        day_close(desk).close_day(tomorrow)
    assert future.value.code == "day.future"
    with pytest.raises(PermissionDenied):
        DayCloseService(desk.db, desk.clock, desk.clerk).days()


def test_a_day_without_any_shift_closes_with_an_empty_report(
    db: Database, clock: FixedClock
) -> None:
    desk = open_desk(db, clock)
    yesterday = clock.now().astimezone(LOCAL_TZ).date() - timedelta(days=1)
    result = day_close(desk).close_day(yesterday)
    assert result.totals["transactions"] == 0
    assert result.totals["amount"] == "0.00"
