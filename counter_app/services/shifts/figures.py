"""A shift's money, read from what it booked (docs/domain.md §9).

The cash the drawer should hold is the opening float, plus the cash taken, less the change
given, the cash paid back on refunds and handed back on voids, plus cash put in, less cash
taken out. Voids count in the shift that made them: that is the drawer the cash left.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    CashCount,
    CashMovement,
    Payment,
    PaymentTender,
    PaymentVoid,
    PrintedDocument,
    Shift,
    User,
)
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import CashMovementKind, PaymentKind, ShiftStatus, Tender
from counter_app.domain.money import ZERO
from counter_app.services.shifts.core import shift_info
from counter_app.services.shifts_dto import CashMovementInfo, ShiftFigures, TenderFigure
from counter_app.services.totals import money_sum, yuan

OPEN_PHASE = "open"
CLOSE_PHASE = "close"


@dataclass(frozen=True)
class _Voided:
    count: int
    amount: Decimal
    by_tender: Mapping[Tender, tuple[int, Decimal]]


def _voided(s: Session, shift_id: int) -> _Voided:
    rows = s.execute(
        select(PaymentTender.tender, func.count(), money_sum(PaymentTender.amount))
        .join(Payment, Payment.id == PaymentTender.payment_id)
        .join(PaymentVoid, PaymentVoid.payment_id == Payment.id)
        .where(PaymentVoid.shift_id == shift_id)
        .group_by(PaymentTender.tender)
    ).all()
    count, amount = s.execute(
        select(func.count(), money_sum(Payment.amount))
        .join(PaymentVoid, PaymentVoid.payment_id == Payment.id)
        .where(PaymentVoid.shift_id == shift_id)
    ).one()
    return _Voided(
        count=int(count),
        amount=yuan(amount),
        by_tender={Tender(t): (int(n), yuan(a)) for t, n, a in rows},
    )


def counted(s: Session, shift_id: int, phase: str) -> dict[Decimal, int] | None:
    """A stored count by denomination, largest first; None when none was made."""
    rows = s.execute(
        select(CashCount.denomination, CashCount.pieces)
        .where(CashCount.shift_id == shift_id, CashCount.phase == phase)
        .order_by(CashCount.denomination.desc())
    ).all()
    return {d: p for d, p in rows} if rows else None


def movements_of(s: Session, shift_id: int) -> tuple[CashMovementInfo, ...]:
    return tuple(
        CashMovementInfo(
            movement_id=m.id,
            shift_id=m.shift_id,
            kind=m.kind,
            amount=m.amount,
            reason=m.reason,
            at=m.at,
            employee_no=employee_no,
        )
        for m, employee_no in s.execute(
            select(CashMovement, User.employee_no)
            .join(User, User.id == CashMovement.user_id)
            .where(CashMovement.shift_id == shift_id)
            .order_by(CashMovement.at, CashMovement.id)
        ).all()
    )


def shift_figures(s: Session, shift: Shift, now: datetime) -> ShiftFigures:
    """Everything the close screen and the shift report show about ``shift``."""
    is_refund = case((Payment.kind == PaymentKind.REFUND, 1), else_=0)
    tender_rows = s.execute(
        select(
            PaymentTender.tender,
            is_refund,
            func.count(),
            money_sum(PaymentTender.amount),
        )
        .join(Payment, Payment.id == PaymentTender.payment_id)
        .where(Payment.shift_id == shift.id)
        .group_by(PaymentTender.tender, is_refund)
    ).all()
    transactions, received, change, first_seq, last_seq = s.execute(
        select(
            func.count(),
            money_sum(Payment.cash_received),
            money_sum(Payment.change_given),
            func.min(Payment.receipt_seq),
            func.max(Payment.receipt_seq),
        ).where(Payment.shift_id == shift.id)
    ).one()
    first_no = last_no = None
    if first_seq is not None:
        numbers = dict(
            s.execute(
                select(Payment.receipt_seq, Payment.receipt_no).where(
                    Payment.shift_id == shift.id, Payment.receipt_seq.in_([first_seq, last_seq])
                )
            ).all()
        )
        first_no, last_no = numbers.get(first_seq), numbers.get(last_seq)
    voided = _voided(s, shift.id)
    lines: dict[Tender, list[object]] = {t: [0, ZERO] for t in Tender}
    cash_refunded = ZERO
    for tender, refund, n, amount in tender_rows:
        entry = lines[Tender(tender)]
        entry[0] = int(entry[0]) + int(n)  # type: ignore[call-overload]
        entry[1] = Decimal(entry[1]) + yuan(amount)  # type: ignore[arg-type]
        if refund and Tender(tender) is Tender.CASH:
            cash_refunded -= yuan(amount)
    for tender, (n, amount) in voided.by_tender.items():
        entry = lines[tender]
        entry[0] = int(entry[0]) - n  # type: ignore[call-overload]
        entry[1] = Decimal(entry[1]) - amount  # type: ignore[arg-type]
    cash_voided = voided.by_tender.get(Tender.CASH, (0, ZERO))[1]
    movements = movements_of(s, shift.id)
    cash_in = sum((m.amount for m in movements if m.kind is CashMovementKind.CASH_IN), ZERO)
    cash_out = sum((m.amount for m in movements if m.kind is CashMovementKind.CASH_OUT), ZERO)
    received_d, change_d = yuan(received), yuan(change)
    expected = (
        shift.opening_float
        + received_d
        - change_d
        - cash_refunded
        - cash_voided
        + cash_in
        - cash_out
    )
    until = shift.closed_at or now
    reprints = s.execute(
        select(func.count()).where(
            PrintedDocument.user_id == shift.clerk_id,
            PrintedDocument.reprint_no > 0,
            PrintedDocument.printed_at >= shift.opened_at,
            PrintedDocument.printed_at <= until,
        )
    ).scalar_one()
    clerk = s.get(User, shift.clerk_id)
    assert clerk is not None
    local_today = hall_date(now)
    return ShiftFigures(
        shift=shift_info(s, shift),
        clerk_employee_no=clerk.employee_no,
        clerk_name=clerk.name,
        opening_float=shift.opening_float,
        cash_received=received_d,
        change_given=change_d,
        cash_refunded=cash_refunded,
        cash_voided=cash_voided,
        cash_in=cash_in,
        cash_out=cash_out,
        expected_cash=expected,
        transactions=int(transactions),
        tenders=tuple(
            TenderFigure(tender=t, count=int(v[0]), amount=Decimal(v[1]))  # type: ignore[call-overload, arg-type]
            for t, v in lines.items()
        ),
        first_receipt_no=first_no,
        last_receipt_no=last_no,
        voids=voided.count,
        voids_amount=voided.amount,
        reprints=int(reprints),
        opening_count=counted(s, shift.id, OPEN_PHASE),
        movements=movements,
        past_business_day=shift.status is ShiftStatus.OPEN and shift.business_date < local_today,
    )
