"""The working-day calendar with the administrators' overrides from the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import CalendarOverride
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.permissions import Permission
from counter_app.services import audit
from counter_app.services.base import Service, requires


def load_calendar(db: Database) -> WorkingCalendar:
    with db.read() as s:
        rows = s.execute(select(CalendarOverride.day, CalendarOverride.is_working_day)).all()
    return WorkingCalendar({day: working for day, working in rows})


class CalendarService(Service):
    @requires(Permission.SETTINGS_ADMIN)
    def set_override(self, day: date, is_working_day: bool, note: str = "") -> None:
        """Mark one day as working or not, overriding the holiday library."""
        with self._db.write() as s:
            row = s.get(CalendarOverride, day)
            before = None if row is None else row.is_working_day
            if row is None:
                row = CalendarOverride(day=day, is_working_day=is_working_day, note=note)
                s.add(row)
            else:
                row.is_working_day = is_working_day
                row.note = note
            row.created_by = self.actor.user_id
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "update",
                "calendar_override",
                day.isoformat(),
                before=before,
                after=is_working_day,
            )

    @requires(Permission.SETTINGS_ADMIN)
    def years_without_holiday_data(self, years: int = 2) -> list[int]:
        """This year and the next ``years - 1`` that the holiday library does not know.

        Deadlines in such a year count Monday–Friday plus overrides only, so the administrator
        should enter that year's holidays and make-up days as overrides (or update the library).
        """
        calendar = load_calendar(self._db)
        this_year = self._clock.now().astimezone(LOCAL_TZ).year
        for year in range(this_year, this_year + years):
            calendar.is_working_day(date(year, 1, 2))
        return sorted(calendar.unknown_years)

    @requires()
    def calendar(self) -> WorkingCalendar:
        """The calendar in force, overrides included."""
        return load_calendar(self._db)
