"""Adding money up in SQL, and the UTC bounds of hall-local business dates.

Shared by the shift figures, day close and the reports, so every total is summed one way.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func

from counter_app.db.base import Money
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.money import ZERO, from_fen


def money_sum(column: Any) -> Any:
    """SUM of a Money column, read back as Decimal yuan; 0.00 when there are no rows."""
    return func.coalesce(func.sum(column), 0, type_=Money())


def yuan(value: object) -> Decimal:
    """A :func:`money_sum` as read back: Decimal yuan (0.00 for none)."""
    if value is None:
        return ZERO
    if isinstance(value, Decimal):
        return value
    return from_fen(int(value))  # type: ignore[call-overload]


def local_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """UTC start of ``first`` and end (exclusive) of ``last``, both hall-local dates."""
    start = datetime.combine(first, time(0), LOCAL_TZ)
    end = datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ)
    return start, end
