"""The clerk's own shift (docs/domain.md §9): open with a counted float, cash in and out,
close against the expected cash, the shift report, the handover."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import BusinessDay, CashCount, CashMovement, Counter, Shift, User
from counter_app.domain.amounts import check_amount
from counter_app.domain.approvals import ApprovalGrant, ApprovalInvalid
from counter_app.domain.cash import check_count, count_total
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import (
    ApprovalAction,
    BusinessDayStatus,
    CashMovementKind,
    DocumentType,
    ShiftStatus,
)
from counter_app.domain.errors import NotFound
from counter_app.domain.identity import normalize_text
from counter_app.domain.money import ZERO
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import IssuedDocument
from counter_app.domain.shift_report import ShiftReport
from counter_app.services import approvals, audit
from counter_app.services.base import requires
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.receipts import Headers
from counter_app.services.shifts import handover as handovers
from counter_app.services.shifts.core import (
    ensure_business_day,
    is_day_closed_in,
    open_shift_of,
    require_open_shift,
    shift_info,
)
from counter_app.services.shifts.figures import CLOSE_PHASE, OPEN_PHASE, movements_of, shift_figures
from counter_app.services.shifts.report import shift_id_of, shift_report_for
from counter_app.services.shifts_dto import (
    NOTE_MAX_LENGTH,
    REASON_MAX_LENGTH,
    CashMovementInfo,
    CloseCheck,
    CounterOccupied,
    DayClosed,
    Handover,
    NoCounter,
    ShiftAlreadyOpen,
    ShiftCloseResult,
    ShiftError,
    ShiftFigures,
    ShiftInfo,
    ShiftInputError,
)

COUNTS = Mapping[Decimal, object]


def shift_subject(shift_id: int) -> str:
    """What a manager signs off for a shift's variance (``ApprovalAction.CASH_VARIANCE``)."""
    return f"shift:{shift_id}"


def clean_text(value: str | None, field: str, maximum: int, *, required: bool) -> str:
    text = normalize_text(value or "")
    if required and not text:
        raise ShiftInputError("shift.reason_required", field=field)
    if len(text) > maximum:
        code = "shift.note_too_long" if field == "note" else "shift.reason_too_long"
        raise ShiftInputError(code, field=field, maximum=maximum)
    return text


def _store_count(s: Session, shift_id: int, phase: str, counts: Mapping[Decimal, int]) -> None:
    for denomination, pieces in counts.items():
        s.add(CashCount(shift_id=shift_id, phase=phase, denomination=denomination, pieces=pieces))


class ShiftService(DocumentService):
    """The signed-in clerk's own shift, and its report through the print step."""

    ISSUE_REQUIRES = (Permission.SHIFT_OWN,)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headers = Headers()

    # ------------------------------------------------------------------------- opening

    @requires(Permission.SHIFT_OWN)
    def open_shift(
        self,
        opening_float: Decimal | None = None,
        counts: COUNTS | None = None,
        *,
        acknowledge: int | None = None,
    ) -> ShiftInfo:
        """Open the signed-in clerk's shift at their counter.

        The business date is the local date at opening; the hall's business day is created
        when this is its first shift.

        Args:
            opening_float: The 备用金 in the drawer, ¥0.00 or more, to the fen; with
                ``counts`` it may be left out (it is what the count adds up to).
            counts: The float counted by denomination (docs/domain.md §9, optional).
            acknowledge: The shift whose handover (:meth:`pending_handover`) the clerk has
                read; required when one waits at this counter.

        Raises:
            NoCounter: the clerk signed in without a counter.
            ShiftAlreadyOpen: the clerk already has an open shift (close it first).
            CounterOccupied: another clerk's shift is open at this counter.
            DayClosed: the hall's business day for today is already closed.
            AmountError: the float is negative or has more than two decimals.
            CashCountError: a bad count (``cash.*``).
            ShiftError: ``shift.float_mismatch`` (float and count differ),
                ``shift.handover_unacknowledged`` (a handover waits at the counter).
        """
        checked = None if counts is None else check_count(counts)
        if checked is not None:
            total = count_total(checked)
            if (
                opening_float is not None
                and check_amount(opening_float, minimum=Decimal(0), maximum=None, field="float")
                != total
            ):
                raise ShiftError("shift.float_mismatch", opening_float=opening_float, counted=total)
            opening_float = total
        amount = check_amount(
            ZERO if opening_float is None else opening_float,
            minimum=Decimal(0),
            maximum=None,
            field="float",
        )
        actor = self.actor
        if actor.counter_id is None or actor.hall_id is None:
            raise NoCounter("sign in at a counter to open a shift")
        now = self._clock.now()
        today = hall_date(now)
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
            waiting = handovers.waiting_at(s, counter.id, actor.user_id)
            if waiting is not None and acknowledge != waiting.id:
                previous = s.get(User, waiting.clerk_id)
                raise ShiftError(
                    "shift.handover_unacknowledged",
                    shift_id=waiting.id,
                    employee_no=previous.employee_no if previous else None,
                )
            day = ensure_business_day(s, actor.hall_id, today)
            # Locked: a day close running now finishes first, or waits for this shift.
            day = s.execute(
                select(BusinessDay).where(BusinessDay.id == day.id).with_for_update()
            ).scalar_one()
            s.refresh(day)
            if day.status is BusinessDayStatus.CLOSED:
                raise DayClosed("the business day is closed", business_date=today)
            if waiting is not None:
                handovers.acknowledge(waiting, actor.user_id, now)
                audit.record_by(s, actor, now, "acknowledge", "shift_handover", waiting.id)
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
            if checked is not None:
                _store_count(s, shift.id, OPEN_PHASE, checked)
            audit.record_by(
                s,
                actor,
                now,
                "open",
                "shift",
                shift.id,
                counter_id=counter.id,
                after={
                    "business_date": today,
                    "opening_float": amount,
                    "counter": counter.number,
                    "counted": checked is not None,
                },
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

    # ------------------------------------------------------------------------- handover

    @requires(Permission.SHIFT_OWN)
    def pending_handover(self) -> Handover | None:
        """What the last clerk at this counter handed over, while nobody has acknowledged it."""
        if self.actor.counter_id is None:
            return None
        with self._db.read() as s:
            waiting = handovers.waiting_at(s, self.actor.counter_id, self.actor.user_id)
            return None if waiting is None else handovers.handover_of(s, waiting)

    @requires(Permission.SHIFT_OWN)
    def acknowledge_handover(self, shift_id: int) -> Handover:
        """Acknowledge the handover waiting at this counter (also with a shift open).

        Raises:
            ShiftError: ``shift.handover_not_found`` - none waits at this counter with that id.
        """
        now = self._clock.now()
        with self._db.write() as s:
            waiting = (
                None
                if self.actor.counter_id is None
                else handovers.waiting_at(s, self.actor.counter_id, self.actor.user_id)
            )
            if waiting is None or waiting.id != shift_id:
                raise ShiftError("shift.handover_not_found", shift_id=shift_id)
            handovers.acknowledge(waiting, self.actor.user_id, now)
            audit.record_by(s, self.actor, now, "acknowledge", "shift_handover", waiting.id)
            return handovers.handover_of(s, waiting)

    # ------------------------------------------------------------------------- cash in and out

    @requires(Permission.SHIFT_OWN)
    def cash_movement(
        self, kind: CashMovementKind, amount: Decimal, reason: str
    ) -> CashMovementInfo:
        """Put cash into the drawer or take it out (e.g. 交款 to the safe) during the shift.

        Raises:
            NoOpenShift, ShiftAtOtherCounter: no shift open at this counter.
            ShiftInputError: no reason, too long a reason, or (cash out) more than the drawer
                should hold (``shift.cash_out_exceeds``, ``available``).
            AmountError: not a positive amount to the fen.
        """
        kind = CashMovementKind(kind)
        value = check_amount(amount, minimum=Decimal("0.01"), maximum=None, field="amount")
        text = clean_text(reason, "reason", REASON_MAX_LENGTH, required=True)
        now = self._clock.now()
        with self._db.write() as s:
            shift = self._lock_own_open(s)
            if kind is CashMovementKind.CASH_OUT:
                available = shift_figures(s, shift, now).expected_cash
                if value > available:
                    raise ShiftInputError(
                        "shift.cash_out_exceeds", field="amount", available=available
                    )
            row = CashMovement(
                shift_id=shift.id,
                kind=kind,
                amount=value,
                reason=text,
                user_id=self.actor.user_id,
                at=now,
            )
            s.add(row)
            s.flush()
            audit.record_by(
                s,
                self.actor,
                now,
                "create",
                "cash_movement",
                row.id,
                after={"shift_id": shift.id, "kind": kind, "amount": value, "reason": text},
            )
            return next(m for m in movements_of(s, shift.id) if m.movement_id == row.id)

    @requires(Permission.SHIFT_OWN)
    def cash_in(self, amount: Decimal, reason: str) -> CashMovementInfo:
        """:meth:`cash_movement` in."""
        return self.cash_movement(CashMovementKind.CASH_IN, amount, reason)

    @requires(Permission.SHIFT_OWN)
    def cash_out(self, amount: Decimal, reason: str) -> CashMovementInfo:
        """:meth:`cash_movement` out."""
        return self.cash_movement(CashMovementKind.CASH_OUT, amount, reason)

    @requires(Permission.SHIFT_OWN)
    def movements(self) -> tuple[CashMovementInfo, ...]:
        """The cash movements of the clerk's open shift (none without one)."""
        with self._db.read() as s:
            shift = open_shift_of(s, self.actor.user_id)
            return () if shift is None else movements_of(s, shift.id)

    # ------------------------------------------------------------------------- closing

    @requires(Permission.SHIFT_OWN)
    def figures(self) -> ShiftFigures:
        """The money of the clerk's open shift as it stands.

        Raises:
            NoOpenShift, ShiftAtOtherCounter.
        """
        with self._db.read() as s:
            return shift_figures(s, require_open_shift(s, self.actor), self._clock.now())

    @requires(Permission.SHIFT_OWN)
    def check_close(self, counts: COUNTS) -> CloseCheck:
        """What closing with ``counts`` gives, before anything is saved.

        Raises:
            NoOpenShift, ShiftAtOtherCounter, CashCountError.
        """
        checked = check_count(counts)
        with self._db.read() as s:
            shift = require_open_shift(s, self.actor)
            expected = shift_figures(s, shift, self._clock.now()).expected_cash
            total = count_total(checked)
            return CloseCheck(expected, total, total - expected, shift_subject(shift.id))

    @requires(Permission.SHIFT_OWN)
    def close_shift(
        self,
        counts: COUNTS,
        *,
        variance_reason: str | None = None,
        approval: ApprovalGrant | None = None,
        handover_note: str = "",
    ) -> ShiftCloseResult:
        """Close the clerk's open shift with the cash counted by denomination.

        A difference between the count and the expected cash (长款 over, 短款 short) needs a
        reason and a manager's sign-off at the counter: ``AuthService.approve`` with
        ``ApprovalAction.CASH_VARIANCE``, subject :func:`shift_subject` and the signed
        variance as the amount. The shift's open items and ``handover_note`` are kept for the
        next clerk at the counter.

        Returns:
            The figures as closed and the shift report to print (:meth:`issue`).

        Raises:
            NoOpenShift, ShiftAtOtherCounter: no shift open at this counter (closing twice).
            CashCountError: a bad count.
            ShiftError: ``shift.already_closed``, ``shift.variance_reason_required``,
                ``shift.variance_approval_required``, ``shift.variance_own``.
            ApprovalInvalid: the grant does not fit (another shift, amount, used, expired).
            ShiftInputError: a reason or note too long.
        """
        checked = check_count(counts)
        counted_cash = count_total(checked)
        note = clean_text(handover_note, "note", NOTE_MAX_LENGTH, required=False)
        reason = clean_text(variance_reason, "reason", REASON_MAX_LENGTH, required=False)
        now = self._clock.now()
        with self._db.write() as s:
            shift = self._lock_own_open(s)
            figures = shift_figures(s, shift, now)
            variance = counted_cash - figures.expected_cash
            approver_id: int | None = None
            if variance != 0:
                if not reason:
                    raise ShiftError("shift.variance_reason_required", variance=variance)
                subject = shift_subject(shift.id)
                if approval is None:
                    raise ShiftError(
                        "shift.variance_approval_required", variance=variance, subject=subject
                    )
                if approval.approver_id == shift.clerk_id:
                    raise ShiftError("shift.variance_own")
                used = approvals.consume(
                    s,
                    approval,
                    action=ApprovalAction.CASH_VARIANCE,
                    subject=subject,
                    actor=self.actor,
                    now=now,
                    used_for=subject,
                    amount=variance,
                    details={"expected": figures.expected_cash, "counted": counted_cash},
                )
                if used.amount is None:
                    # A sign-off names the variance the manager was shown.
                    raise ApprovalInvalid(
                        "amount_mismatch",
                        ApprovalAction.CASH_VARIANCE,
                        subject,
                        amount=variance,
                        approved_amount=None,
                    )
                approver_id = used.approved_by
            items = handovers.open_items(s, shift)
            _store_count(s, shift.id, CLOSE_PHASE, checked)
            shift.status = ShiftStatus.CLOSED
            shift.closed_at = now
            shift.expected_cash = figures.expected_cash
            shift.counted_cash = counted_cash
            shift.variance = variance
            shift.variance_reason = reason or None
            shift.variance_approved_by = approver_id
            shift.first_receipt_no = figures.first_receipt_no
            shift.last_receipt_no = figures.last_receipt_no
            shift.handover_note = note or None
            shift.handover_items = [
                {"kind": i.kind, "number": i.number, "detail": i.detail} for i in items
            ]
            s.flush()
            audit.record_by(
                s,
                self.actor,
                now,
                "close",
                "shift",
                shift.id,
                after={
                    "expected_cash": figures.expected_cash,
                    "counted_cash": counted_cash,
                    "variance": variance,
                    "variance_reason": reason or None,
                    "variance_approved_by": approver_id,
                    "first_receipt_no": figures.first_receipt_no,
                    "last_receipt_no": figures.last_receipt_no,
                    "open_items": len(items),
                },
            )
            closed = shift_figures(s, shift, now)
            return ShiftCloseResult(
                figures=closed,
                counted_cash=counted_cash,
                variance=variance,
                closed_at=now,
                handover=handovers.handover_of(s, shift),
                report=shift_report_for(s, shift, self._headers, now),
            )

    # ------------------------------------------------------------------------- the report

    @requires(Permission.SHIFT_OWN)
    def shift_report(self, shift_id: int) -> ShiftReport:
        """The report of one of the clerk's shifts (a manager: any shift of the hall).

        Raises:
            ShiftError: ``shift.not_found``.
        """
        with self._db.read() as s:
            return shift_report_for(
                s, self._readable(s, shift_id), self._headers, self._clock.now()
            )

    @requires(Permission.SHIFT_OWN)
    def reprint_report(
        self, shift_id: int, reason: str, layout: str | None = None
    ) -> IssuedDocument:
        """A further copy (补打) of a shift report, entered in the print register.

        Send it with ``PrintStep.send``.

        Raises:
            ShiftError: ``shift.not_found``.
            FieldErrors: no reason, a layout the report has not.
        """
        now = self._clock.now()
        with self._db.write() as s:
            shift = self._readable(s, shift_id)
            report = shift_report_for(s, shift, self._headers, now)
            issued, _ = self._issue_copy(
                s,
                DocumentType.SHIFT_REPORT,
                report.number,
                lambda copies: replace(report, reprint_no=copies.count),
                at=now,
                layout=layout,
                reason=reason,
                subject=DocumentSubject(hall_id=shift.hall_id, account_id=None),
            )
            return issued

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        parsed = shift_id_of(doc_number)
        if doc_type is not DocumentType.SHIFT_REPORT or parsed is None:
            raise NotFound(f"no {doc_type} here", entity=doc_type.value, number=doc_number)
        shift = self._readable(s, parsed[1])
        return DocumentSubject(hall_id=shift.hall_id, account_id=None)

    # ------------------------------------------------------------------------- helpers

    def _readable(self, s: Session, shift_id: int) -> Shift:
        shift = s.get(Shift, shift_id)
        mine = shift is not None and shift.clerk_id == self.actor.user_id
        hall_manager = (
            shift is not None
            and self.actor.can(Permission.DAY_CLOSE)
            and shift.hall_id == self.actor.hall_id
        )
        if shift is None or not (mine or hall_manager):
            raise ShiftError("shift.not_found", shift_id=shift_id)
        return shift

    def _lock_own_open(self, s: Session) -> Shift:
        """The clerk's open shift, locked; closing twice says so rather than "none open"."""
        if open_shift_of(s, self.actor.user_id) is None:
            last = s.execute(
                select(Shift)
                .where(Shift.clerk_id == self.actor.user_id)
                .order_by(Shift.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if last is not None and last.status is ShiftStatus.CLOSED:
                raise ShiftError("shift.already_closed", closed_at=last.closed_at)
        shift = require_open_shift(s, self.actor)
        locked = s.execute(select(Shift).where(Shift.id == shift.id).with_for_update()).scalar_one()
        s.refresh(locked)
        if locked.status is not ShiftStatus.OPEN:
            raise ShiftError("shift.already_closed", closed_at=locked.closed_at)
        return locked
