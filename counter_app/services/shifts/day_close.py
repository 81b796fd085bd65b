"""日结 (docs/domain.md §9): the manager closes the hall's business day.

Only once every shift of the day is closed (the refusal names those still open). The day's
totals are then fixed in ``BusinessDay.totals``, the day is locked - payments, voids and edits
of it are refused from then on; a correction is a refund on a later day - and the daily report
is made. The database is then backed up, encrypted and proved (services/backups/); a failed
backup never undoes the close: the result carries why, for the day-close screen.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import BusinessDay, Counter, Hall, Shift, User
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import BusinessDayStatus, ShiftStatus
from counter_app.domain.permissions import Permission
from counter_app.domain.reports import Cell, HallReport, ReportPeriod
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.receipts import Headers
from counter_app.services.reports.hall_report import build_hall_report
from counter_app.services.shifts.core import ensure_business_day
from counter_app.services.shifts_dto import DayCloseError, DayCloseResult, DayState, OpenShiftRef

if TYPE_CHECKING:
    from counter_app.services.backups import DayCloseBackups


def open_shift_refs(s: Session, hall_id: int, day: date | None = None) -> tuple[OpenShiftRef, ...]:
    """The hall's open shifts (of business date ``day`` when given), by counter."""
    query = (
        select(Shift, Counter.number, User.employee_no, User.name)
        .join(Counter, Counter.id == Shift.counter_id)
        .join(User, User.id == Shift.clerk_id)
        .where(Shift.hall_id == hall_id, Shift.status == ShiftStatus.OPEN)
        .order_by(Counter.number)
    )
    if day is not None:
        query = query.where(Shift.business_date == day)
    return tuple(
        OpenShiftRef(
            shift_id=shift.id,
            counter_number=number,
            clerk_employee_no=employee_no,
            clerk_name=name,
            business_date=shift.business_date,
            opened_at=shift.opened_at,
        )
        for shift, number, employee_no, name in s.execute(query).all()
    )


def _plain(value: Cell) -> Any:
    return str(value) if value is not None and not isinstance(value, (int, str)) else value


def fixed_totals(report: HallReport) -> dict[str, Any]:
    """What ``BusinessDay.totals`` keeps: every summary figure, and the totals by tender,
    business type, clerk and counter (money as strings of yuan, JSON has no decimals)."""
    totals: dict[str, Any] = {f.key: _plain(f.value) for f in report.summary}
    for key in ("by_tender", "by_business", "by_clerk", "by_counter"):
        section = report.section(key)
        totals[key] = {
            str(row[0]): dict(
                zip(
                    (c.key for c in section.columns[1:]),
                    (_plain(v) for v in row[1:]),
                    strict=True,
                )
            )
            for row in section.rows
        }
    return totals


class DayCloseService(Service):
    """The hall manager's day close."""

    def __init__(self, *args: Any, backups: DayCloseBackups | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._backups = backups
        self._headers = Headers()

    def _hall_id(self) -> int:
        if self.actor.hall_id is None:
            raise DayCloseError("day.no_hall")
        return self.actor.hall_id

    @requires(Permission.DAY_CLOSE)
    def days(self, limit: int = 31) -> tuple[DayState, ...]:
        """The hall's business days, newest first, with their open shifts."""
        hall_id = self._hall_id()
        with self._db.read() as s:
            counts = dict(
                s.execute(
                    select(Shift.business_date, func.count())
                    .where(Shift.hall_id == hall_id)
                    .group_by(Shift.business_date)
                ).all()
            )
            open_by_day: dict[date, list[OpenShiftRef]] = {}
            for ref in open_shift_refs(s, hall_id):
                open_by_day.setdefault(ref.business_date, []).append(ref)
            users = {
                u.id: u for u in s.execute(select(User).where(User.hall_id == hall_id)).scalars()
            }
            result = []
            for day in s.execute(
                select(BusinessDay)
                .where(BusinessDay.hall_id == hall_id)
                .order_by(BusinessDay.business_date.desc())
                .limit(limit)
            ).scalars():
                closer = users.get(day.closed_by) if day.closed_by else None
                result.append(
                    DayState(
                        business_date=day.business_date,
                        closed=day.status is BusinessDayStatus.CLOSED,
                        closed_at=day.closed_at,
                        closed_by=f"{closer.employee_no} {closer.name}" if closer else None,
                        shifts_total=int(counts.get(day.business_date, 0)),
                        open_shifts=tuple(open_by_day.get(day.business_date, ())),
                    )
                )
            return tuple(result)

    @requires(Permission.DAY_CLOSE)
    def open_shifts(self) -> tuple[OpenShiftRef, ...]:
        """Every shift of the hall still open, by counter."""
        hall_id = self._hall_id()
        with self._db.read() as s:
            return open_shift_refs(s, hall_id)

    @requires(Permission.DAY_CLOSE)
    def stale_shifts(self) -> tuple[OpenShiftRef, ...]:
        """Shifts still open after their business date: the manager is told (§9)."""
        today = self._clock.now().astimezone(LOCAL_TZ).date()
        return tuple(r for r in self.open_shifts() if r.business_date < today)

    @requires(Permission.DAY_CLOSE)
    def close_day(self, business_date: date) -> DayCloseResult:
        """Close the hall's business day ``business_date`` (日结).

        Returns:
            The fixed totals, the daily report to print (``ReportService.issue``) or export,
            and the backup made after the close or why it failed (None without backups).

        Raises:
            DayCloseError: ``day.open_shifts`` (naming them), ``day.already_closed``,
                ``day.future``, ``day.no_hall``.
        """
        hall_id = self._hall_id()
        now = self._clock.now()
        if business_date > now.astimezone(LOCAL_TZ).date():
            raise DayCloseError("day.future", business_date=business_date)
        with self._db.write() as s:
            day = ensure_business_day(s, hall_id, business_date)
            day = s.execute(
                select(BusinessDay).where(BusinessDay.id == day.id).with_for_update()
            ).scalar_one()
            s.refresh(day)
            if day.status is BusinessDayStatus.CLOSED:
                closer = s.get(User, day.closed_by) if day.closed_by else None
                raise DayCloseError(
                    "day.already_closed",
                    business_date=business_date,
                    closed_at=day.closed_at,
                    closed_by=closer.employee_no if closer else None,
                )
            # The shifts' rows are locked: a clerk cannot open one on this day meanwhile
            # (opening checks the day under the same rows' lock on PostgreSQL).
            s.execute(
                select(Shift.id)
                .where(Shift.hall_id == hall_id, Shift.business_date == business_date)
                .with_for_update()
            ).all()
            still_open = open_shift_refs(s, hall_id, business_date)
            if still_open:
                raise DayCloseError(
                    "day.open_shifts",
                    business_date=business_date,
                    counters=[r.counter_number for r in still_open],
                    clerks=[f"{r.clerk_employee_no} {r.clerk_name}" for r in still_open],
                    count=len(still_open),
                )
            day.status = BusinessDayStatus.CLOSED
            day.closed_at = now
            day.closed_by = self.actor.user_id
            s.flush()
            hall = s.get(Hall, hall_id)
            assert hall is not None
            report = build_hall_report(
                s,
                hall,
                ReportPeriod.DAY,
                business_date,
                business_date,
                generated_by=f"{self.actor.employee_no} {self.actor.name}",
                now=now,
                issued=self._headers.issued_by(
                    s, hall_id, self.actor.counter_id, self.actor.user_id, now
                ),
            )
            totals = fixed_totals(report)
            day.totals = totals
            audit.record_by(
                s,
                self.actor,
                now,
                "close",
                "business_day",
                day.id,
                after={"business_date": business_date, "totals": totals},
            )
        # After the commit: the day stays closed whatever becomes of the backup.
        backup = None if self._backups is None else self._backups.after_day_close(self.actor)
        return DayCloseResult(
            business_date=business_date,
            closed_at=now,
            totals=totals,
            report=report,
            backup=backup,
        )
