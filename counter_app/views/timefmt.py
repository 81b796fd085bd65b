"""How a time or a date reads on screen: always hall time.

Instants are stored and handed around in UTC (``counter_app.db.base.UtcDateTime``); the
receipt, the shift report and the clerk's screen must all read the hall's own clock
(``counter_app.domain.clock.LOCAL_TZ``), never UTC and never the zone the workstation happens
to be set to. Every view turns a time or a date into text through this module, so one screen
cannot say 21:48 while the receipt printed beside it says 05:48 the next morning.

A naive datetime has no zone to convert from; it is shown as it is (a date-time typed into a
spreadsheet cell, for example, is already a wall-clock reading).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from counter_app.domain.clock import LOCAL_TZ, Clock

DATE_FORMAT = "%Y-%m-%d"
TIME_FORMAT = "%H:%M"


def hall_time(value: datetime) -> datetime:
    """``value`` on the hall's clock."""
    return value.astimezone(LOCAL_TZ) if value.tzinfo is not None else value


def hall_date(value: datetime) -> date:
    """The hall's calendar date at the instant ``value``."""
    return hall_time(value).date()


def hall_today(clock: Clock) -> date:
    """Today in the hall."""
    return hall_date(clock.now())


def hall_instant(day: date, hour: int, minute: int, second: int = 0) -> datetime:
    """The instant a wall-clock reading in the hall stands for (a time a clerk typed)."""
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=LOCAL_TZ)


def time_text(value: datetime, *, seconds: bool = False) -> str:
    """The hall's clock time, e.g. ``09:30`` (``09:30:05`` with seconds)."""
    return hall_time(value).strftime(TIME_FORMAT + (":%S" if seconds else ""))


def date_text(value: date | datetime) -> str:
    """A date as ``2026-11-23``; a datetime gives the hall's date at that instant."""
    if isinstance(value, datetime):
        value = hall_date(value)
    return value.strftime(DATE_FORMAT)


def datetime_text(value: datetime, *, seconds: bool = False) -> str:
    """The hall's date and time, e.g. ``2026-11-23 09:30`` (``09:30:05`` with seconds)."""
    return f"{date_text(value)} {time_text(value, seconds=seconds)}"


# ----------------------------------------------------------------------------- Qt date fields


def qdate(value: date) -> QDate:
    """``value`` for a date field."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """The date a date field shows."""
    return date(value.year(), value.month(), value.day())


def qdatetime(value: datetime) -> QDateTime:
    """An instant as the hall's wall clock, for a date-time field."""
    local = hall_time(value)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """What a date-time field shows, read as the hall's wall clock."""
    t = value.time()
    return hall_instant(from_qdate(value.date()), t.hour(), t.minute())
