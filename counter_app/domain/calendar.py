"""Working-day calendar (docs/domain.md §8).

Chinese statutory holidays and make-up working days (调休) come from the ``chinesecalendar``
library, which its maintainers update each year when the State Council publishes the schedule.
Administrators can override single days. For a year the library does not know, the calendar falls
back to Monday–Friday plus overrides and reports the year once, so deadlines never crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta

log = logging.getLogger(__name__)


def _library_is_workday(day: date) -> bool | None:
    """The library's verdict, or ``None`` when it has no data for that year."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


class WorkingCalendar:
    """Answers "is this a working day" and "when is N working days after receipt".

    Args:
        overrides: administrator overrides, date -> True (working) / False (day off).
        on_unknown_year: called once per year the library does not know.
    """

    def __init__(
        self,
        overrides: Mapping[date, bool] | None = None,
        on_unknown_year: Callable[[int], None] | None = None,
    ) -> None:
        self._overrides = dict(overrides or {})
        self._on_unknown_year = on_unknown_year
        self._unknown_years: set[int] = set()

    @property
    def unknown_years(self) -> frozenset[int]:
        """Years met so far that fell back to Monday–Friday."""
        return frozenset(self._unknown_years)

    def is_working_day(self, day: date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        verdict = _library_is_workday(day)
        if verdict is None:
            if day.year not in self._unknown_years:
                self._unknown_years.add(day.year)
                log.warning("No holiday data for %s: using Monday-Friday plus overrides", day.year)
                if self._on_unknown_year is not None:
                    self._on_unknown_year(day.year)
            return day.weekday() < 5
        return verdict

    def add_working_days(self, received: date, days: int) -> date:
        """The N-th working day after the day of receipt (that day itself never counts).

        ``add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)``.
        """
        if days < 0:
            raise ValueError("days must not be negative")
        current = received
        counted = 0
        while counted < days:
            current += timedelta(days=1)
            if self.is_working_day(current):
                counted += 1
        return current

    def deadline(self, received: datetime, days: int) -> datetime:
        """End of the N-th working day after ``received`` (23:59:59.999999 local time)."""
        due_day = self.add_working_days(received.date(), days)
        return datetime.combine(due_day, time.max, tzinfo=received.tzinfo)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many working days have passed since ``start``."""
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count


def library_year(year: int) -> list[tuple[date, bool, str]] | None:
    """What the holiday library says about ``year`` beyond Monday to Friday: each holiday that
    falls on a weekday (working False) and each make-up working day on a weekend (True), with
    the holiday's name; ``None`` when the library does not know the year."""
    import chinese_calendar

    holidays = chinese_calendar.holidays
    workdays = chinese_calendar.workdays
    known = {d.year for d in holidays} | {d.year for d in workdays}
    if year not in known:
        return None
    days = [(d, False, str(name)) for d, name in holidays.items() if d.year == year]
    days = [(d, w, n) for d, w, n in days if d.weekday() < 5]
    days += [
        (d, True, str(name)) for d, name in workdays.items() if d.year == year and d.weekday() >= 5
    ]
    return sorted(days)
