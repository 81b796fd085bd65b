"""The working-day calendar with the administrators' overrides from the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import CalendarOverride, Setting
from counter_app.domain.calendar import WorkingCalendar, library_year
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.identity import has_forbidden_characters
from counter_app.domain.permissions import Permission
from counter_app.services import audit
from counter_app.services.admin.dto import (
    NOTE_MAX,
    AdminInputError,
    AdminRefused,
    CalendarDay,
    CalendarYear,
)
from counter_app.services.base import Service, requires
from counter_app.services.settings import read_setting

#: The years whose holidays an administrator has entered and confirmed.
CONFIRMED_YEARS = "calendar.confirmed_years"


def load_calendar(db: Database) -> WorkingCalendar:
    with db.read() as s:
        rows = s.execute(select(CalendarOverride.day, CalendarOverride.is_working_day)).all()
    return WorkingCalendar({day: working for day, working in rows})


def _confirmed_years(s: Session) -> list[int]:
    return [int(y) for y in read_setting(s, CONFIRMED_YEARS)]


class CalendarService(Service):
    @requires(Permission.SETTINGS_ADMIN)
    def year(self, year: int) -> CalendarYear:
        """What the holiday library knows of ``year`` and the administrator's overrides: every
        day that differs from Monday to Friday, by date."""
        library = library_year(year)
        with self._db.read() as s:
            overrides = s.execute(
                select(CalendarOverride)
                .where(
                    CalendarOverride.day >= date(year, 1, 1),
                    CalendarOverride.day <= date(year, 12, 31),
                )
                .order_by(CalendarOverride.day)
            ).scalars()
            days = {
                row.day: CalendarDay(row.day, row.is_working_day, "override", row.note)
                for row in overrides
            }
        for day, working, name in library or []:
            days.setdefault(day, CalendarDay(day, working, "library", name))
        return CalendarYear(year, library is not None, tuple(days[d] for d in sorted(days)))

    @requires(Permission.SETTINGS_ADMIN)
    def set_override(self, day: date, is_working_day: bool, note: str = "") -> None:
        """Mark one day as a working day (a make-up day, 调休) or a day off (a holiday),
        overriding the holiday library; deadlines computed afterwards count it so.

        Raises:
            AdminRefused: ``calendar.already_working_day``, ``calendar.already_day_off``:
                the day is already marked that way.
            AdminInputError: ``calendar.note_format``: the note is over 200 characters.
        """
        note = " ".join(note.split())
        if len(note) > NOTE_MAX or has_forbidden_characters(note):
            raise AdminInputError("calendar.note_format", field="note")
        calendar = load_calendar(self._db)
        if calendar.is_working_day(day) is is_working_day:
            code = "calendar.already_working_day" if is_working_day else "calendar.already_day_off"
            raise AdminRefused(code, field="day", day=day)
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
                after={"working": is_working_day, "note": note},
            )

    @requires(Permission.SETTINGS_ADMIN)
    def remove_override(self, day: date) -> None:
        """Take an override away: the day is again as the library (or Monday to Friday) says.

        Raises:
            AdminRefused: ``calendar.no_override``.
        """
        with self._db.write() as s:
            row = s.get(CalendarOverride, day)
            if row is None:
                raise AdminRefused("calendar.no_override", day=day)
            before = {"working": row.is_working_day, "note": row.note}
            s.delete(row)
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "delete",
                "calendar_override",
                day.isoformat(),
                before=before,
            )

    @requires(Permission.SETTINGS_ADMIN)
    def confirm_year(self, year: int) -> None:
        """Say that ``year``'s holidays and make-up days are entered as overrides, which ends
        the warning that the year is unknown.

        Raises:
            AdminRefused: ``calendar.year_empty``: no override of that year is entered yet.
        """
        with self._db.write() as s:
            entered = s.execute(
                select(CalendarOverride.day).where(
                    CalendarOverride.day >= date(year, 1, 1),
                    CalendarOverride.day <= date(year, 12, 31),
                )
            ).first()
            if entered is None:
                raise AdminRefused("calendar.year_empty", year=year)
            years = _confirmed_years(s)
            if year in years:
                return
            row = s.get(Setting, CONFIRMED_YEARS)
            value = sorted([*years, year])
            if row is None:
                s.add(Setting(key=CONFIRMED_YEARS, value=value, updated_at=self._clock.now()))
            else:
                row.value = value
                row.updated_at = self._clock.now()
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "update",
                "setting",
                CONFIRMED_YEARS,
                before=years,
                after=value,
            )

    @requires(Permission.SETTINGS_ADMIN)
    def years_without_holiday_data(self, years: int = 2) -> list[int]:
        """This year and the next ``years - 1`` that neither the holiday library knows nor
        the administrator has entered (and confirmed, :meth:`confirm_year`).

        Deadlines in such a year count Monday–Friday plus overrides only, so the administrator
        should enter that year's holidays and make-up days as overrides (or update the library).
        """
        this_year = self._clock.now().astimezone(LOCAL_TZ).year
        with self._db.read() as s:
            confirmed = set(_confirmed_years(s))
        return [
            year
            for year in range(this_year, this_year + years)
            if library_year(year) is None and year not in confirmed
        ]

    @requires()
    def calendar(self) -> WorkingCalendar:
        """The calendar in force, overrides included."""
        return load_calendar(self._db)
