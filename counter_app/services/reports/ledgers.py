"""The long ledgers (docs/domain.md §10): the payments journal (收费流水) and the receipt
register (收据登记簿, voids included and marked), read in chunks for streaming.

Each chunk is one keyset page of payments (``id`` after the last one read) with its tender
lines and voids fetched by ``IN``: two or three short queries per few thousand rows, the same
on SQLite and PostgreSQL, and no cursor held open while the workbook is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from counter_app.db.engine import Database
from counter_app.db.models import Account, Counter, Payment, PaymentTender, PaymentVoid, User
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentKind, PaymentStatus, UtilityKind
from counter_app.domain.reports import Cell, ColumnKind, LedgerColumn
from counter_app.services.bills import UTILITY_LABELS
from counter_app.services.receipts import TENDER_LABELS, kind_label

CHUNK = 5000
TEXT, COUNT, MONEY = ColumnKind.TEXT, ColumnKind.COUNT, ColumnKind.MONEY

JOURNAL_COLUMNS = (
    LedgerColumn("营业日", TEXT, 11),
    LedgerColumn("时间", TEXT, 9),
    LedgerColumn("收据号", TEXT, 19),
    LedgerColumn("户号", TEXT, 13),
    LedgerColumn("业务类型", TEXT, 11),
    LedgerColumn("金额", MONEY, 13),
    LedgerColumn("支付方式", TEXT, 26),
    LedgerColumn("柜员", TEXT, 8),
    LedgerColumn("窗口", COUNT, 6),
    LedgerColumn("状态", TEXT, 8),
)
REGISTER_COLUMNS = (
    LedgerColumn("收据号", TEXT, 19),
    LedgerColumn("营业日", TEXT, 11),
    LedgerColumn("开具时间", TEXT, 17),
    LedgerColumn("户号", TEXT, 13),
    LedgerColumn("业务类型", TEXT, 11),
    LedgerColumn("金额", MONEY, 13),
    LedgerColumn("状态", TEXT, 8),
    LedgerColumn("作废原因", TEXT, 24),
    LedgerColumn("授权人", TEXT, 8),
    LedgerColumn("原收据号", TEXT, 19),
    LedgerColumn("柜员", TEXT, 8),
)
VOIDED = "作废"
_BUSINESS = {
    (kind, utility): f"{UTILITY_LABELS[utility]} {kind_label(kind, utility)}"
    for kind in PaymentKind
    for utility in UtilityKind
}


def business_label(kind: PaymentKind, utility: UtilityKind) -> str:
    """``燃气 缴费``: the business type of a payment, as the reports word it."""
    return _BUSINESS[(kind, utility)]


REFUND = "退费"
NORMAL = "正常"


def count_payments(db: Database, hall_id: int, first: date, last: date) -> int:
    with db.read() as s:
        return int(
            s.execute(
                select(func.count()).where(
                    Payment.hall_id == hall_id,
                    Payment.business_date >= first,
                    Payment.business_date <= last,
                )
            ).scalar_one()
        )


def _page(
    s: Session, hall_id: int, first: date, last: date, after: tuple[int, int], *, by_receipt: bool
) -> Sequence[Any]:
    """One keyset page after ``after``: (id, 0) in booking order, or (year, seq) in receipt
    number order."""
    if by_receipt:
        year, seq = after
        keyset = or_(
            Payment.receipt_year > year,
            and_(Payment.receipt_year == year, Payment.receipt_seq > seq),
        )
        order = (Payment.receipt_year, Payment.receipt_seq)
    else:
        keyset = Payment.id > after[0]
        order = (Payment.id,)  # type: ignore[assignment]
    # Columns, not ORM objects: a month's journal is 150,000 of them.
    return s.execute(
        select(
            Payment.id,
            Payment.receipt_no,
            Payment.receipt_year,
            Payment.receipt_seq,
            Payment.business_date,
            Payment.created_at,
            Payment.amount,
            Payment.kind,
            Payment.status,
            Account.number.label("account_no"),
            Account.utility_kind,
            User.employee_no,
            Counter.number.label("counter_no"),
        )
        .join(Account, Account.id == Payment.account_id)
        .join(User, User.id == Payment.clerk_id)
        .join(Counter, Counter.id == Payment.counter_id)
        .where(
            Payment.hall_id == hall_id,
            Payment.business_date >= first,
            Payment.business_date <= last,
            keyset,
        )
        .order_by(*order)
        .limit(CHUNK)
    ).all()


def _status(payment: Any) -> str:
    if payment.status is PaymentStatus.VOIDED:
        return VOIDED
    return REFUND if payment.kind is PaymentKind.REFUND else NORMAL


def journal_chunks(
    db: Database, hall_id: int, first: date, last: date
) -> Iterator[Sequence[Sequence[Cell]]]:
    """The journal's rows, a chunk at a time, in the order payments were booked."""
    after = (0, 0)
    while True:
        with db.read() as s:
            page = _page(s, hall_id, first, last, after, by_receipt=False)
            if not page:
                return
            ids = [p.id for p in page]
            tenders: dict[int, list[str]] = defaultdict(list)
            for payment_id, tender, amount in s.execute(
                select(PaymentTender.payment_id, PaymentTender.tender, PaymentTender.amount)
                .where(PaymentTender.payment_id.in_(ids))
                .order_by(PaymentTender.payment_id, PaymentTender.id)
            ).all():
                tenders[payment_id].append(f"{TENDER_LABELS[tender]} {amount:.2f}")
        rows: list[Sequence[Cell]] = []
        for p in page:
            rows.append(
                (
                    p.business_date.isoformat(),
                    p.created_at.astimezone(LOCAL_TZ).strftime("%H:%M:%S"),
                    p.receipt_no,
                    p.account_no,
                    business_label(p.kind, p.utility_kind),
                    p.amount,
                    "；".join(tenders[p.id]),
                    p.employee_no,
                    p.counter_no,
                    _status(p),
                )
            )
        after = (ids[-1], 0)
        yield rows


def register_chunks(
    db: Database, hall_id: int, first: date, last: date
) -> Iterator[Sequence[Sequence[Cell]]]:
    """The receipt register's rows: every receipt number issued, voided ones marked.

    In receipt number order, year by year.
    """
    approver = aliased(User)
    original = aliased(Payment)
    after = (0, 0)
    while True:
        with db.read() as s:
            page = _page(s, hall_id, first, last, after, by_receipt=True)
            if not page:
                return
            ids = [p.id for p in page]
            voids = {
                payment_id: (reason, approver_no)
                for payment_id, reason, approver_no in s.execute(
                    select(PaymentVoid.payment_id, PaymentVoid.reason, approver.employee_no)
                    .join(approver, approver.id == PaymentVoid.approved_by)
                    .where(PaymentVoid.payment_id.in_(ids))
                ).all()
            }
            originals = dict(
                s.execute(
                    select(Payment.id, original.receipt_no)
                    .join(original, original.id == Payment.reverses_payment_id)
                    .where(Payment.id.in_(ids))
                ).all()
            )
        rows: list[Sequence[Cell]] = []
        for p in page:
            reason, approver_no = voids.get(p.id, ("", ""))
            rows.append(
                (
                    p.receipt_no,
                    p.business_date.isoformat(),
                    p.created_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S"),
                    p.account_no,
                    business_label(p.kind, p.utility_kind),
                    p.amount,
                    _status(p),
                    reason,
                    approver_no,
                    originals.get(p.id, ""),
                    p.employee_no,
                )
            )
        last_payment = page[-1]
        after = (last_payment.receipt_year, last_payment.receipt_seq)
        yield rows
