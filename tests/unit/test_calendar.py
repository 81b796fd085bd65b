from datetime import date, datetime

import pytest

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ


def test_make_up_saturday_is_a_working_day() -> None:
    cal = WorkingCalendar()
    assert cal.is_working_day(date(2026, 10, 10))  # Saturday, 调休
    for d in range(1, 8):
        assert not cal.is_working_day(date(2026, 10, d))  # 国庆
    assert not cal.is_working_day(date(2026, 11, 22))  # plain Sunday
    assert cal.is_working_day(date(2026, 11, 23))  # plain Monday


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        (date(2026, 9, 30), 1, date(2026, 10, 8)),  # docs/domain.md §8 example
        (date(2026, 9, 30), 5, date(2026, 10, 13)),  # counts Saturday 10-10
        (date(2026, 10, 3), 1, date(2026, 10, 8)),  # received on a holiday
        (date(2026, 11, 20), 1, date(2026, 11, 23)),  # Friday -> Monday
        (date(2026, 11, 23), 0, date(2026, 11, 23)),
    ],
)
def test_due_dates(received: date, days: int, due: date) -> None:
    assert WorkingCalendar().add_working_days(received, days) == due


def test_deadline_is_the_end_of_the_due_day() -> None:
    received = datetime(2026, 9, 30, 16, 45, tzinfo=LOCAL_TZ)
    deadline = WorkingCalendar().deadline(received, 1)
    assert deadline.date() == date(2026, 10, 8)
    assert (deadline.hour, deadline.minute) == (23, 59)
    assert deadline.tzinfo is LOCAL_TZ


def test_overrides_beat_the_library() -> None:
    cal = WorkingCalendar({date(2026, 11, 23): False, date(2026, 11, 22): True})
    assert not cal.is_working_day(date(2026, 11, 23))
    assert cal.is_working_day(date(2026, 11, 22))


def test_unknown_year_falls_back_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    told: list[int] = []
    cal = WorkingCalendar({date(2099, 1, 1): False}, on_unknown_year=told.append)
    assert not cal.is_working_day(date(2099, 1, 1))  # override, no warning needed
    assert cal.is_working_day(date(2099, 1, 2))  # a Friday
    assert not cal.is_working_day(date(2099, 1, 3))  # Saturday
    assert cal.add_working_days(date(2099, 1, 2), 1) == date(2099, 1, 5)
    assert told == [2099]
    assert cal.unknown_years == {2099}
    assert "2099" in caplog.text


def test_working_days_between() -> None:
    cal = WorkingCalendar()
    assert cal.working_days_between(date(2026, 9, 30), date(2026, 10, 13)) == 5
    with pytest.raises(ValueError, match="negative"):
        cal.add_working_days(date(2026, 1, 1), -1)


def test_service_reports_years_the_library_lacks(demo_db, clock) -> None:  # type: ignore[no-untyped-def]
    from counter_app.services.auth import AuthService
    from counter_app.services.calendar import CalendarService
    from counter_app.services.demo import DEMO_PASSWORD

    admin = AuthService(demo_db, clock).sign_in("S0001", DEMO_PASSWORD)
    assert CalendarService(demo_db, clock, admin).years_without_holiday_data() == [2027]
