"""Shifts and the business day (班次与日结, docs/domain.md §9) - the part payments need now.

A clerk opens their own shift at the counter they signed in at, with the opening float
(备用金). Every payment belongs to the shift open at that moment and to the shift's business
date, also after midnight. The hall's business day (one :class:`BusinessDay` row per hall and
date) is created with the first shift of the day and stays OPEN until the manager's day close
(a later issue); :func:`is_day_closed_in` is what voids check.

Closing a shift, cash counts, hand-over and day close come later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.db.models import BusinessDay, Counter, Shift, User
from counter_app.domain.amounts import check_amount
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import BusinessDayStatus, ShiftStatus
from counter_app.domain.errors import Conflict, InvalidInput
from counter_app.domain.permissions import Permission
from counter_app.services import audit
from counter_app.services.base import Actor, Service, requires

# ----------------------------------------------------------------------------- errors


class NoOpenShift(Conflict):
    """The clerk has no open shift; money can only be taken in one."""

    code = "shift.none_open"


class ShiftAtOtherCounter(Conflict):
    """The clerk's open shift is at another counter than the one they signed in at.

    ``params``: ``counter_number`` of the shift.
    """

    code = "shift.other_counter"


class ShiftAlreadyOpen(Conflict):
    """The clerk already has an open shift (``params``: ``business_date``, ``counter_number``)."""

    code = "shift.already_open"


class CounterOccupied(Conflict):
    """Another clerk's shift is open at this counter (``params``: ``employee_no``)."""

    code = "shift.counter_occupied"


class NoCounter(InvalidInput):
    """The user signed in without a counter of their hall; shifts are per counter."""

    code = "shift.no_counter"


class DayClosed(Conflict):
    """The hall's business day is closed (日结): nothing more is booked on it.

    ``params``: ``business_date``; ``refund_required`` True when a correction must now be a
    refund on a later day.
    """

    code = "day.closed"


# ----------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ShiftInfo:
    """An open (or closed) shift as the views and the payment service see it."""

    shift_id: int
    hall_id: int
    counter_id: int
    counter_number: int
    clerk_id: int
    business_date: date
    status: ShiftStatus
    opened_at: datetime
    opening_float: Decimal


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


# ----------------------------------------------------------------------------- the service


class ShiftService(Service):
    """The clerk's own shift."""

    @requires(Permission.SHIFT_OWN)
    def open_shift(self, opening_float: Decimal) -> ShiftInfo:
        """Open the signed-in clerk's shift at their counter.

        The business date is the local date at opening; the hall's business day is created
        when this is its first shift.

        Args:
            opening_float: The 备用金 in the drawer, ¥0.00 or more, to the fen.

        Returns:
            The new shift.

        Raises:
            NoCounter: the clerk signed in without a counter.
            ShiftAlreadyOpen: the clerk already has an open shift (close it first).
            CounterOccupied: another clerk's shift is open at this counter.
            DayClosed: the hall's business day for today is already closed.
            AmountError: the float is negative or has more than two decimals.
        """
        amount = check_amount(opening_float, minimum=Decimal(0), maximum=None, field="float")
        actor = self.actor
        if actor.counter_id is None or actor.hall_id is None:
            raise NoCounter("sign in at a counter to open a shift")
        now = self._clock.now()
        today = now.astimezone(LOCAL_TZ).date()
        with self._db.write() as s:
            counter = s.get(Counter, actor.counter_id)
            if counter is None or counter.hall_id != actor.hall_id:
                raise NoCounter("the counter is not in the clerk's hall")
            # The user row is the clerk's lock: two windows opening a shift at once queue here.
            s.execute(select(User.id).where(User.id == actor.user_id).with_for_update())
            mine = open_shift_of(s, actor.user_id)
            if mine is not None:
                other = s.get(Counter, mine.counter_id)
                raise ShiftAlreadyOpen(
                    "a shift is already open",
                    business_date=mine.business_date,
                    counter_number=other.number if other else None,
                )
            occupant = s.execute(
                select(User.employee_no)
                .join(Shift, Shift.clerk_id == User.id)
                .where(Shift.counter_id == counter.id, Shift.status == ShiftStatus.OPEN)
                .limit(1)
            ).scalar_one_or_none()
            if occupant is not None:
                raise CounterOccupied("the counter has an open shift", employee_no=occupant)
            day = ensure_business_day(s, actor.hall_id, today)
            if day.status is BusinessDayStatus.CLOSED:
                raise DayClosed("the business day is closed", business_date=today)
            shift = Shift(
                hall_id=actor.hall_id,
                counter_id=counter.id,
                clerk_id=actor.user_id,
                business_date=today,
                status=ShiftStatus.OPEN,
                opened_at=now,
                opening_float=amount,
            )
            s.add(shift)
            s.flush()
            audit.record_by(
                s,
                actor,
                now,
                "open",
                "shift",
                shift.id,
                counter_id=counter.id,
                after={"business_date": today, "opening_float": amount, "counter": counter.number},
            )
            return shift_info(s, shift)

    @requires(Permission.SHIFT_OWN)
    def current_shift(self) -> ShiftInfo | None:
        """The signed-in clerk's open shift, or None."""
        with self._db.read() as s:
            shift = open_shift_of(s, self.actor.user_id)
            return None if shift is None else shift_info(s, shift)

    @requires()
    def is_day_closed(self, hall_id: int, business_date: date) -> bool:
        """True once the hall's business day ``business_date`` is closed (日结)."""
        with self._db.read() as s:
            return is_day_closed_in(s, hall_id, business_date)
