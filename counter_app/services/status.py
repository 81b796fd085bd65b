"""What the status bar shows: hall, counter, clerk, business date and shift state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text

from counter_app.db.models import Counter, Hall, Shift
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import ShiftStatus
from counter_app.services.base import Service, requires


@dataclass(frozen=True)
class CounterStatus:
    hall_code: str | None
    hall_name: str | None
    counter_number: int | None
    employee_no: str
    user_name: str
    business_date: date
    shift_open: bool


class StatusService(Service):
    @requires()
    def ping(self) -> None:
        """Ask the database the cheapest question there is, to learn that it answers.

        The connection banner calls it twice a second off the GUI thread (once a second while
        the database is away).

        Raises:
            DatabaseUnavailable: it does not.
        """
        with self._db.read() as s:
            s.execute(text("SELECT 1"))

    @requires()
    def current(self) -> CounterStatus:
        """The signed-in user's counter status.

        The business date is the open shift's date (a shift past midnight stays on its day),
        otherwise today's local date.
        """
        with self._db.read() as s:
            hall = s.get(Hall, self.actor.hall_id) if self.actor.hall_id else None
            counter = s.get(Counter, self.actor.counter_id) if self.actor.counter_id else None
            shift = s.execute(
                select(Shift)
                .where(Shift.clerk_id == self.actor.user_id, Shift.status == ShiftStatus.OPEN)
                .order_by(Shift.opened_at.desc())
                .limit(1)
            ).scalar_one_or_none()
            business_date = (
                shift.business_date if shift else self._clock.now().astimezone(LOCAL_TZ).date()
            )
            return CounterStatus(
                hall_code=hall.code if hall else None,
                hall_name=hall.name if hall else None,
                counter_number=counter.number if counter else None,
                employee_no=self.actor.employee_no,
                user_name=self.actor.name,
                business_date=business_date,
                shift_open=shift is not None,
            )
