"""The shift report (班次报表) of a shift, as it prints (docs/domain.md §9)."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.db.models import Hall, Shift, User
from counter_app.domain.enums import CashMovementKind
from counter_app.domain.shift_report import CountLine, MovementLine, ShiftReport, TenderTotal
from counter_app.services.receipts import TENDER_LABELS, Headers
from counter_app.services.shifts.figures import CLOSE_PHASE, counted, shift_figures
from counter_app.services.shifts.handover import stored_items

_NUMBER = re.compile(r"^([A-Z0-9]{1,8})-S(\d{8})$")
_MOVEMENT_WORDS = {CashMovementKind.CASH_IN: "存入", CashMovementKind.CASH_OUT: "取出"}
_ITEM_WORDS = {"reprint": "待补打收据", "request": "未办结工单"}


def report_number(hall_code: str, shift_id: int) -> str:
    """The shift report's number in the print register: ``H01-S00000012``."""
    return f"{hall_code}-S{shift_id:08d}"


def shift_id_of(number: str) -> tuple[str, int] | None:
    """The hall code and shift id a report number names, or None."""
    match = _NUMBER.match(number)
    return (match.group(1), int(match.group(2))) if match else None


def _lines(counts: dict | None) -> tuple[CountLine, ...]:  # type: ignore[type-arg]
    if not counts:
        return ()
    return tuple(CountLine(d, p) for d, p in counts.items())


def shift_report_for(
    s: Session, shift: Shift, headers: Headers, at: datetime, *, reprint_no: int = 0
) -> ShiftReport:
    """The report of ``shift`` (open: as it stands at ``at``; closed: as it was closed)."""
    figures = shift_figures(s, shift, at)
    hall = s.get(Hall, shift.hall_id)
    assert hall is not None
    approver = s.get(User, shift.variance_approved_by) if shift.variance_approved_by else None
    return ShiftReport(
        issued=headers.issued_by(s, shift.hall_id, shift.counter_id, shift.clerk_id, at),
        number=report_number(hall.code, shift.id),
        business_date=shift.business_date,
        counter_number=figures.shift.counter_number,
        clerk_employee_no=figures.clerk_employee_no,
        clerk_name=figures.clerk_name,
        opened_at=shift.opened_at,
        closed_at=shift.closed_at,
        opening_float=shift.opening_float,
        cash_received=figures.cash_received,
        change_given=figures.change_given,
        cash_refunded=figures.cash_refunded,
        cash_voided=figures.cash_voided,
        cash_in=figures.cash_in,
        cash_out=figures.cash_out,
        expected_cash=figures.expected_cash,
        counted_cash=shift.counted_cash,
        variance=shift.variance,
        variance_reason=shift.variance_reason,
        variance_approved_by=f"{approver.employee_no} {approver.name}" if approver else None,
        transactions=figures.transactions,
        tenders=tuple(
            TenderTotal(TENDER_LABELS[t.tender], t.count, t.amount) for t in figures.tenders
        ),
        first_receipt_no=figures.first_receipt_no,
        last_receipt_no=figures.last_receipt_no,
        voids=figures.voids,
        voids_amount=figures.voids_amount,
        reprints=figures.reprints,
        opening_count=_lines(figures.opening_count),
        closing_count=_lines(counted(s, shift.id, CLOSE_PHASE)),
        movements=tuple(
            MovementLine(
                at=m.at,
                kind=_MOVEMENT_WORDS[m.kind],
                amount=m.amount if m.kind is CashMovementKind.CASH_IN else -m.amount,
                reason=m.reason,
            )
            for m in figures.movements
        ),
        handover_note=shift.handover_note,
        open_items=tuple(f"{_ITEM_WORDS[i.kind]} {i.number}" for i in stored_items(shift)),
        reprint_no=reprint_no,
    )
