"""What every unit of work that books money asks of the shift and the business day.

Every payment belongs to the shift open at that moment and to the shift's business date, also
after midnight (docs/domain.md §9). The hall's business day (one :class:`BusinessDay` row per
hall and date) is created with the first shift of the day and stays OPEN until the manager's
day close; :func:`is_day_closed_in` is what voids and refunds check.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.db.models import BusinessDay, Counter, Shift
from counter_app.domain.enums import BusinessDayStatus, ShiftStatus
from counter_app.services.base import Actor
from counter_app.services.shifts_dto import (
    DayClosed,
    NoOpenShift,
    ShiftAtOtherCounter,
    ShiftInfo,
)

# ----------------------------------------------------------------------------- helpers


def open_shift_of(s: Session, clerk_id: int) -> Shift | None:
    """The clerk's open shift, if any (the index on clerk and status finds it)."""
    return s.execute(
        select(Shift)
        .where(Shift.clerk_id == clerk_id, Shift.status == ShiftStatus.OPEN)
        .order_by(Shift.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def require_open_shift(s: Session, actor: Actor) -> Shift:
    """The actor's open shift at the counter they work at.

    Raises:
        NoOpenShift: no shift is open.
        ShiftAtOtherCounter: the shift is open at another counter (its cash drawer is there).
    """
    shift = open_shift_of(s, actor.user_id)
    if shift is None:
        raise NoOpenShift("open a shift first")
    if actor.counter_id is not None and shift.counter_id != actor.counter_id:
        counter = s.get(Counter, shift.counter_id)
        raise ShiftAtOtherCounter(
            "the open shift is at another counter",
            counter_number=counter.number if counter else None,
        )
    return shift


# Built once: this runs in every payment, and building a statement costs more than running it.
_BOOKABLE_SHIFT = (
    select(Shift, BusinessDay.status)
    .outerjoin(
        BusinessDay,
        and_(
            BusinessDay.hall_id == Shift.hall_id,
            BusinessDay.business_date == Shift.business_date,
        ),
    )
    .where(Shift.clerk_id == bindparam("clerk_id"), Shift.status == ShiftStatus.OPEN)
    .order_by(Shift.id.desc())
    .limit(1)
)


def require_bookable_shift(s: Session, actor: Actor) -> Shift:
    """The actor's open shift at their counter, provided its business day is still open.

    One query (shift joined to its business day): this runs in every payment.

    Raises:
        NoOpenShift, ShiftAtOtherCounter: as :func:`require_open_shift`.
        DayClosed: the shift's business day has been closed (日结).
    """
    row = s.execute(_BOOKABLE_SHIFT, {"clerk_id": actor.user_id}).first()
    if row is None:
        raise NoOpenShift("open a shift first")
    shift, day_status = row
    if actor.counter_id is not None and shift.counter_id != actor.counter_id:
        counter = s.get(Counter, shift.counter_id)
        raise ShiftAtOtherCounter(
            "the open shift is at another counter",
            counter_number=counter.number if counter else None,
        )
    if day_status is BusinessDayStatus.CLOSED:
        raise DayClosed("the business day is closed", business_date=shift.business_date)
    return shift


def business_day_of(s: Session, hall_id: int, day: date) -> BusinessDay | None:
    return s.execute(
        select(BusinessDay).where(BusinessDay.hall_id == hall_id, BusinessDay.business_date == day)
    ).scalar_one_or_none()


def is_day_closed_in(s: Session, hall_id: int, day: date) -> bool:
    """True once the manager has closed the hall's business day ``day``."""
    row = business_day_of(s, hall_id, day)
    return row is not None and row.status is BusinessDayStatus.CLOSED


def ensure_business_day(s: Session, hall_id: int, day: date) -> BusinessDay:
    """The hall's business day row, created OPEN the first time it is needed."""
    row = business_day_of(s, hall_id, day)
    if row is not None:
        return row
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    # Two counters opening the first shifts of the day at once: one insert wins.
    s.execute(
        insert(BusinessDay)
        .values(hall_id=hall_id, business_date=day, status=BusinessDayStatus.OPEN)
        .on_conflict_do_nothing(index_elements=["hall_id", "business_date"])
    )
    created = business_day_of(s, hall_id, day)
    assert created is not None
    return created


def shift_info(s: Session, shift: Shift) -> ShiftInfo:
    counter = s.get(Counter, shift.counter_id)
    return ShiftInfo(
        shift_id=shift.id,
        hall_id=shift.hall_id,
        counter_id=shift.counter_id,
        counter_number=counter.number if counter else 0,
        clerk_id=shift.clerk_id,
        business_date=shift.business_date,
        status=shift.status,
        opened_at=shift.opened_at,
        opening_float=shift.opening_float,
    )
