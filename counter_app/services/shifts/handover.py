"""交接班 (docs/domain.md §9): what a closing clerk leaves for the next clerk at the counter.

The open items are read at close and kept on the shift (``handover_items``): the receipts of
the shift still waiting in the reprint queue, and the clerk's service requests that are still
open. The next clerk at that counter sees them before their shift opens and acknowledges them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Counter, Payment, ServiceRequest, Shift, User
from counter_app.domain.enums import DocumentType, PaymentStatus, RequestStatus, ShiftStatus
from counter_app.services import print_register
from counter_app.services.shifts_dto import Handover, OpenItem

#: A request in one of these states still needs its owner (首问负责制).
OPEN_REQUEST_STATES = (
    RequestStatus.INCOMPLETE,
    RequestStatus.ACCEPTED,
    RequestStatus.PENDING_APPROVAL,
    RequestStatus.DISPATCHED,
    RequestStatus.IN_PROGRESS,
)


def open_items(s: Session, shift: Shift) -> tuple[OpenItem, ...]:
    """What the clerk leaves open: receipts waiting for a printer, their open requests."""
    receipts = list(
        s.execute(
            select(Payment.receipt_no)
            .where(Payment.shift_id == shift.id, Payment.status == PaymentStatus.COMPLETED)
            .order_by(Payment.receipt_seq)
        ).scalars()
    )
    latest = print_register.latest_copies(s, DocumentType.RECEIPT, receipts)
    items = [
        OpenItem(kind="reprint", number=number, detail=DocumentType.RECEIPT.value)
        for number in receipts
        if not (number in latest and latest[number].printed)
    ]
    items += [
        OpenItem(kind="request", number=number, detail=status.value)
        for number, status in s.execute(
            select(ServiceRequest.number, ServiceRequest.status)
            .where(
                ServiceRequest.owner_id == shift.clerk_id,
                ServiceRequest.status.in_(OPEN_REQUEST_STATES),
            )
            .order_by(ServiceRequest.accepted_at)
        ).all()
    ]
    return tuple(items)


def stored_items(shift: Shift) -> tuple[OpenItem, ...]:
    return tuple(
        OpenItem(kind=i["kind"], number=i["number"], detail=i["detail"])
        for i in (shift.handover_items or [])
    )


def handover_of(s: Session, shift: Shift) -> Handover:
    clerk = s.get(User, shift.clerk_id)
    counter = s.get(Counter, shift.counter_id)
    assert clerk is not None
    assert counter is not None
    assert shift.closed_at is not None
    acknowledged = (
        s.get(User, shift.handover_acknowledged_by) if shift.handover_acknowledged_by else None
    )
    return Handover(
        shift_id=shift.id,
        counter_number=counter.number,
        clerk_employee_no=clerk.employee_no,
        clerk_name=clerk.name,
        business_date=shift.business_date,
        closed_at=shift.closed_at,
        note=shift.handover_note or "",
        open_items=stored_items(shift),
        acknowledged_by=acknowledged.employee_no if acknowledged else None,
        acknowledged_at=shift.handover_acknowledged_at,
    )


def waiting_at(s: Session, counter_id: int, clerk_id: int) -> Shift | None:
    """The last shift closed at the counter, when its handover waits for acknowledgement.

    A clerk's own earlier shift hands over to nobody: they know what they left.
    """
    last = s.execute(
        select(Shift)
        .where(Shift.counter_id == counter_id, Shift.status == ShiftStatus.CLOSED)
        .order_by(Shift.closed_at.desc(), Shift.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None or last.handover_acknowledged_by is not None or last.clerk_id == clerk_id:
        return None
    return last


def acknowledge(shift: Shift, user_id: int, at: datetime) -> None:
    shift.handover_acknowledged_by = user_id
    shift.handover_acknowledged_at = at
