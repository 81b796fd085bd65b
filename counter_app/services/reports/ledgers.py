"""The long ledgers (docs/domain.md §10): the payments journal (收费流水) and the receipt
register (收据登记簿, voids included and marked), read in chunks for streaming.

Each chunk is one keyset page of payments (``id`` after the last one read) with its tender
lines and voids fetched by ``IN``: two or three short queries per few thousand rows, the same
on SQLite and PostgreSQL, and no cursor held open while the workbook is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import BigInteger, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from counter_app.db.engine import Database
from counter_app.db.models import Account, Counter, Payment, PaymentTender, PaymentVoid, User
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentKind, PaymentStatus, UtilityKind
from counter_app.domain.money import from_fen
from counter_app.domain.reports import Cell, ColumnKind, LedgerColumn
from counter_app.services.bills import UTILITY_LABELS
from counter_app.services.receipts import TENDER_LABELS, kind_label

CHUNK = 5000
D = TypeVar("D")
TEXT, COUNT, MONEY = ColumnKind.TEXT, ColumnKind.COUNT, ColumnKind.MONEY

VOIDED = "作废"
STATUS_TITLE = "状态"

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
    LedgerColumn(STATUS_TITLE, TEXT, 8),
)
REGISTER_COLUMNS = (
    LedgerColumn("收据号", TEXT, 19),
    LedgerColumn("营业日", TEXT, 11),
    LedgerColumn("开具时间", TEXT, 17),
    LedgerColumn("户号", TEXT, 13),
    LedgerColumn("业务类型", TEXT, 11),
    LedgerColumn("金额", MONEY, 13),
    LedgerColumn(STATUS_TITLE, TEXT, 8),
    LedgerColumn("作废原因", TEXT, 24),
    LedgerColumn("授权人", TEXT, 8),
    LedgerColumn("原收据号", TEXT, 19),
    LedgerColumn("柜员", TEXT, 8),
)


def status_column(columns: Sequence[LedgerColumn]) -> int:
    """Where a ledger says whether a payment stands (正常, 作废, 退费)."""
    return next(i for i, c in enumerate(columns) if c.title == STATUS_TITLE)


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


_P = Payment.__table__.c
_A = Account.__table__.c
_U = User.__table__.c
_C = Counter.__table__.c
_T = PaymentTender.__table__.c


def _year_ranges(s: Session, hall_id: int, first: date, last: date) -> list[Any]:
    """(year, first seq, last seq) of the receipt numbers the period's payments took."""
    return list(
        s.execute(
            select(_P.receipt_year, func.min(_P.receipt_seq), func.max(_P.receipt_seq))
            .where(_P.hall_id == hall_id, _P.business_date >= first, _P.business_date <= last)
            .group_by(_P.receipt_year)
            .order_by(_P.receipt_year)
        ).all()
    )


def _page(
    s: Session, hall_id: int, first: date, last: date, year: int, after: int, upto: int
) -> Sequence[Any]:
    """The next page of receipt numbers of ``year`` after ``after`` (up to ``upto``).

    A range of the (hall, year, number) unique index, so a page costs its own rows however
    long the table; plain columns and strings rather than ORM objects and enums: a month's
    journal is 150,000 rows.
    """
    return s.execute(
        select(
            _P.id,
            _P.receipt_no,
            _P.receipt_seq,
            _P.business_date,
            _P.created_at,
            type_coerce(_P.amount, BigInteger).label("fen"),
            type_coerce(_P.kind, String).label("kind"),
            type_coerce(_P.status, String).label("status"),
            _A.number.label("account_no"),
            type_coerce(_A.utility_kind, String).label("utility"),
            _U.employee_no,
            _C.number.label("counter_no"),
        )
        .select_from(Payment.__table__)
        .join(Account.__table__, _A.id == _P.account_id)
        .join(User.__table__, _U.id == _P.clerk_id)
        .join(Counter.__table__, _C.id == _P.counter_id)
        .where(
            _P.hall_id == hall_id,
            _P.receipt_year == year,
            _P.receipt_seq > after,
            _P.receipt_seq <= upto,
            _P.business_date >= first,
            _P.business_date <= last,
        )
        .order_by(_P.receipt_seq)
        .limit(CHUNK)
    ).all()


_STATUS = {(PaymentStatus.VOIDED.value, k.value): VOIDED for k in PaymentKind} | {
    (PaymentStatus.COMPLETED.value, k.value): REFUND if k is PaymentKind.REFUND else NORMAL
    for k in PaymentKind
}
_BUSINESS_BY_VALUE = {(k.value, u.value): label for (k, u), label in _BUSINESS.items()}
_TENDER_BY_VALUE = {t.value: label for t, label in TENDER_LABELS.items()}


def _local_times(page: Sequence[Any]) -> list[datetime]:
    """The page's payment times in hall time.

    One offset for the page: the hall's zone (China Standard Time) has kept UTC+8 without
    daylight saving since 1991, and converting 150,000 times one by one through the zone
    database is a good part of a month's journal.
    """
    if not page:
        return []
    offset = LOCAL_TZ.utcoffset(page[0].created_at)
    assert offset is not None
    return [p.created_at.replace(tzinfo=None) + offset for p in page]


def _status(payment: Any) -> str:
    return _STATUS[(payment.status, payment.kind)]


def _business(payment: Any) -> str:
    return _BUSINESS_BY_VALUE[(payment.kind, payment.utility)]


def _pages(
    db: Database,
    hall_id: int,
    first: date,
    last: date,
    details: Callable[[Session, Sequence[Any]], D],
) -> Iterator[tuple[Sequence[Any], D]]:
    """Each page of the period's payments in receipt number order (the order they were
    booked), with what ``details`` reads about it in the same session.

    The session is closed before the page is handed on: a consumer that stops (a cancelled
    export) leaves no transaction open behind it.
    """
    with db.read() as s:
        years = _year_ranges(s, hall_id, first, last)
    for year, lowest, highest in years:
        after = lowest - 1
        while after < highest:
            with db.read() as s:
                page = _page(s, hall_id, first, last, year, after, highest)
                if not page:
                    break
                extra = details(s, page)
            yield page, extra
            after = page[-1].receipt_seq


def _tender_texts(s: Session, page: Sequence[Any]) -> dict[int, list[str]]:
    """``现金 12.00`` for each tender line of the page's payments."""
    tenders: dict[int, list[str]] = defaultdict(list)
    for payment_id, tender, amount in s.execute(
        select(
            _T.payment_id,
            type_coerce(_T.tender, String),
            type_coerce(_T.amount, BigInteger),
        )
        .where(_T.payment_id.in_([p.id for p in page]))
        .order_by(_T.payment_id, _T.id)
    ).all():
        tenders[payment_id].append(f"{_TENDER_BY_VALUE[tender]} {from_fen(amount)}")
    return tenders


def journal_chunks(
    db: Database, hall_id: int, first: date, last: date
) -> Generator[Sequence[Sequence[Cell]], None, None]:
    """The journal's rows, a chunk at a time, in the order payments were booked."""
    for page, tenders in _pages(db, hall_id, first, last, _tender_texts):
        dates: dict[date, str] = {}
        yield [
            (
                dates.get(p.business_date)
                or dates.setdefault(p.business_date, str(p.business_date)),
                f"{at.hour:02d}:{at.minute:02d}:{at.second:02d}",
                p.receipt_no,
                p.account_no,
                _business(p),
                from_fen(p.fen),
                "；".join(tenders[p.id]),
                p.employee_no,
                p.counter_no,
                _status(p),
            )
            for p, at in zip(page, _local_times(page), strict=True)
        ]


def _voids_and_originals(
    s: Session, page: Sequence[Any]
) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """The void's reason and approver of each voided payment of the page, and the receipt
    each refund refunds."""
    approver = aliased(User)
    original = aliased(Payment)
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
    return voids, originals


def register_chunks(
    db: Database, hall_id: int, first: date, last: date
) -> Generator[Sequence[Sequence[Cell]], None, None]:
    """The receipt register's rows: every receipt number issued, voided ones marked.

    In receipt number order, year by year.
    """
    for page, (voids, originals) in _pages(db, hall_id, first, last, _voids_and_originals):
        yield [
            (
                p.receipt_no,
                p.business_date.isoformat(),
                f"{at:%Y-%m-%d %H:%M:%S}",
                p.account_no,
                _business(p),
                from_fen(p.fen),
                _status(p),
                *voids.get(p.id, ("", "")),
                originals.get(p.id, ""),
                p.employee_no,
            )
            for p, at in zip(page, _local_times(page), strict=True)
        ]


@dataclass(frozen=True)
class Ledger:
    """One of the long ledgers: its title, its columns and how its rows are read."""

    title: str
    columns: tuple[LedgerColumn, ...]
    chunks: Callable[[Database, int, date, date], Generator[Any, None, None]]


JOURNAL = Ledger("收费流水", JOURNAL_COLUMNS, journal_chunks)
RECEIPT_REGISTER = Ledger("收据登记簿", REGISTER_COLUMNS, register_chunks)
