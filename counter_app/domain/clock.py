"""Time source. Services take a clock so tests can stand at any moment."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

# Service halls keep China Standard Time; business dates are local dates.
LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def local_time(moment: datetime | None) -> datetime | None:
    """``moment`` in the halls' time zone, as the DTOs carry a stored time; None stays None."""
    return None if moment is None else moment.astimezone(LOCAL_TZ)


def hall_date(moment: datetime) -> date:
    """The hall's calendar date at ``moment``: the business date it counts on."""
    return moment.astimezone(LOCAL_TZ).date()


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(LOCAL_TZ)


class FixedClock:
    """A clock that stands still until moved; for tests and demos."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self._at = self._at + timedelta(**delta)
