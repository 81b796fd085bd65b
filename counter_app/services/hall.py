"""The hall manager's overview of the counters of their hall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from counter_app.db.models import Counter, Shift, User
from counter_app.domain.enums import ShiftStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.permissions import Permission
from counter_app.services.base import Service, requires


@dataclass(frozen=True)
class CounterOverview:
    counter_number: int
    counter_name: str
    shift_open: bool
    clerk_employee_no: str | None
    clerk_name: str | None
    business_date: date | None


class HallService(Service):
    @requires(Permission.DASHBOARD)
    def counters_overview(self) -> list[CounterOverview]:
        """Every counter of the manager's hall with the shift open at it, if any.

        Raises:
            PermissionDenied: the user is not a hall manager, or belongs to no hall.
        """
        if self.actor.hall_id is None:
            raise PermissionDenied("no hall", permission=Permission.DASHBOARD.value)
        with self._db.read() as s:
            counters = s.execute(
                select(Counter)
                .where(Counter.hall_id == self.actor.hall_id, Counter.active.is_(True))
                .order_by(Counter.number)
            ).scalars()
            open_shifts = {
                shift.counter_id: (shift, clerk)
                for shift, clerk in s.execute(
                    select(Shift, User)
                    .join(User, User.id == Shift.clerk_id)
                    .where(Shift.hall_id == self.actor.hall_id, Shift.status == ShiftStatus.OPEN)
                ).all()
            }
            rows = []
            for counter in counters:
                shift_clerk = open_shifts.get(counter.id)
                rows.append(
                    CounterOverview(
                        counter_number=counter.number,
                        counter_name=counter.name,
                        shift_open=shift_clerk is not None,
                        clerk_employee_no=shift_clerk[1].employee_no if shift_clerk else None,
                        clerk_name=shift_clerk[1].name if shift_clerk else None,
                        business_date=shift_clerk[0].business_date if shift_clerk else None,
                    )
                )
            return rows
