"""The payment sections of a hall report: by clerk, by counter, by tender, by business type,
voids, reprints and the shifts' cash (docs/domain.md §10).

Definitions (the test computes each of them on its own from the tables):

* transactions: every payment and refund booked on the period's business dates, voided ones
  included; ``voided``: those of them voided;
* amounts: completed payments only (a voided payment took nothing); refunds count negative;
* reprints: 补打 copies of any document printed in the hall during the period (hall time);
* variance: the closed shifts' 长款 (+) and 短款 (−);
* handling time: see :func:`handling_seconds`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, null, select
from sqlalchemy.orm import Session, aliased

from counter_app.db.models import (
    Account,
    Counter,
    Payment,
    PaymentTender,
    PaymentVoid,
    PrintedDocument,
    SatisfactionRating,
    ServiceRequest,
    Shift,
    User,
)
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentKind, PaymentStatus, Satisfaction, ShiftStatus, Tender
from counter_app.domain.money import ZERO
from counter_app.domain.reports import (
    HANDLING_GAP_LIMIT_SECONDS,
    Cell,
    Chart,
    Column,
    ColumnKind,
    Section,
)
from counter_app.services.bills import UTILITY_LABELS
from counter_app.services.receipts import TENDER_LABELS, kind_label
from counter_app.services.totals import money_sum, yuan

TEXT, COUNT, MONEY, RATE, SECONDS = (
    ColumnKind.TEXT,
    ColumnKind.COUNT,
    ColumnKind.MONEY,
    ColumnKind.RATE,
    ColumnKind.SECONDS,
)
TENDERS = tuple(Tender)
DOC_LABELS = {
    "receipt": "收据",
    "void_slip": "冲正凭证",
    "work_order": "工单",
    "account_opening": "开户确认单",
    "missing_documents": "一次性告知单",
    "complaint_slip": "投诉受理单",
    "shift_report": "班次报表",
    "daily_report": "营业日报",
    "settlement_slip": "结算单",
}


def rate(part: int, whole: int) -> Decimal | None:
    """``part / whole`` to four places (a percentage to two), None when there is no whole."""
    if whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))


@dataclass
class _Person:
    """Figures of one clerk or one counter, filled as the queries go."""

    label: str
    name: str = ""
    transactions: int = 0
    voided: int = 0
    amount: Decimal = ZERO
    tenders: dict[Tender, Decimal] = field(default_factory=lambda: dict.fromkeys(TENDERS, ZERO))
    refunds: Decimal = ZERO
    reprints: int = 0
    variance: Decimal = ZERO
    handled: list[int] = field(default_factory=list)
    ratings: int = 0
    satisfied: int = 0
    counters: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Scope:
    """What a report covers: the hall, its business dates, and those dates in UTC."""

    hall_id: int
    date_from: date
    date_to: date
    start: datetime  # UTC start of date_from, hall time
    end: datetime  # UTC end (exclusive) of date_to; for today: now


def _in_period(scope: Scope) -> list[ColumnElement[bool]]:
    return [
        Payment.hall_id == scope.hall_id,
        Payment.business_date >= scope.date_from,
        Payment.business_date <= scope.date_to,
    ]


def handling_seconds(rows: Iterable[tuple[int, datetime, datetime]]) -> dict[int, list[int]]:
    """Handling time of each transaction, per shift.

    ``rows``: (shift id, shift opened at, payment created at), in any order. A transaction's
    handling time is the time since the clerk's previous transaction in the shift (or since
    the shift opened); a gap longer than :data:`HANDLING_GAP_LIMIT_SECONDS` is waiting for a
    customer, and that transaction is left out of the average.
    """
    by_shift: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for shift_id, opened_at, created_at in rows:
        by_shift[shift_id].append((opened_at, created_at))
    result: dict[int, list[int]] = {}
    for shift_id, items in by_shift.items():
        items.sort(key=lambda item: item[1])
        previous = items[0][0]
        seconds: list[int] = []
        for _opened, created in items:
            gap = int((created - previous).total_seconds())
            if 0 <= gap <= HANDLING_GAP_LIMIT_SECONDS:
                seconds.append(gap)
            previous = created
        result[shift_id] = seconds
    return result


def average(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


@dataclass
class PaymentFigures:
    """Everything the payment sections and the summary need, read once."""

    clerks: dict[int, _Person]
    counters: dict[int, _Person]
    tenders: dict[Tender, tuple[int, Decimal]]
    business: list[tuple[str, int, Decimal]]
    voids: list[tuple[Cell, ...]]
    reprints: list[tuple[Cell, ...]]
    shifts: list[tuple[Cell, ...]]
    transactions: int
    voided: int
    amount: Decimal
    refunds: Decimal
    refund_count: int
    voids_amount: Decimal
    over: Decimal
    short: Decimal
    open_shifts: int
    handled: list[int]
    ratings: int
    satisfied: int


def read_payment_figures(s: Session, scope: Scope) -> PaymentFigures:
    period = _in_period(scope)
    clerks: dict[int, _Person] = {}
    counters: dict[int, _Person] = {}
    users = {
        u.id: u for u in s.execute(select(User).where(User.hall_id == scope.hall_id)).scalars()
    }
    counter_numbers = dict(
        s.execute(select(Counter.id, Counter.number).where(Counter.hall_id == scope.hall_id)).all()
    )

    def clerk(user_id: int) -> _Person:
        if user_id not in clerks:
            user = users.get(user_id) or s.get(User, user_id)
            clerks[user_id] = _Person(
                label=user.employee_no if user else str(user_id), name=user.name if user else ""
            )
        return clerks[user_id]

    def counter(counter_id: int) -> _Person:
        if counter_id not in counters:
            counters[counter_id] = _Person(label=f"{counter_numbers.get(counter_id, '?')}号窗口")
        return counters[counter_id]

    # Transactions and voided ones, per clerk and counter.
    for clerk_id, counter_id, status, n in s.execute(
        select(Payment.clerk_id, Payment.counter_id, Payment.status, func.count())
        .where(*period)
        .group_by(Payment.clerk_id, Payment.counter_id, Payment.status)
    ).all():
        for person in (clerk(clerk_id), counter(counter_id)):
            person.transactions += n
            if status is PaymentStatus.VOIDED:
                person.voided += n
        clerk(clerk_id).counters.add(counter_numbers.get(counter_id, 0))
    # Amounts of completed payments, per clerk, counter and kind.
    refund_count = 0
    for clerk_id, counter_id, kind, n, amount in s.execute(
        select(
            Payment.clerk_id,
            Payment.counter_id,
            Payment.kind,
            func.count(),
            money_sum(Payment.amount),
        )
        .where(*period, Payment.status == PaymentStatus.COMPLETED)
        .group_by(Payment.clerk_id, Payment.counter_id, Payment.kind)
    ).all():
        value = yuan(amount)
        for person in (clerk(clerk_id), counter(counter_id)):
            person.amount += value
            if kind is PaymentKind.REFUND:
                person.refunds += value
        if kind is PaymentKind.REFUND:
            refund_count += n
    # Tender lines of completed payments.
    tenders: dict[Tender, tuple[int, Decimal]] = {t: (0, ZERO) for t in TENDERS}
    for clerk_id, counter_id, tender, n, amount in s.execute(
        select(
            Payment.clerk_id,
            Payment.counter_id,
            PaymentTender.tender,
            func.count(),
            money_sum(PaymentTender.amount),
        )
        .join(PaymentTender, PaymentTender.payment_id == Payment.id)
        .where(*period, Payment.status == PaymentStatus.COMPLETED)
        .group_by(Payment.clerk_id, Payment.counter_id, PaymentTender.tender)
    ).all():
        value = yuan(amount)
        key = Tender(tender)
        for person in (clerk(clerk_id), counter(counter_id)):
            person.tenders[key] += value
        count, total = tenders[key]
        tenders[key] = (count + n, total + value)
    # Business types: utility and kind of the completed payments.
    business = [
        (f"{UTILITY_LABELS[utility]} {kind_label(kind, utility)}", int(n), yuan(amount))
        for utility, kind, n, amount in s.execute(
            select(Account.utility_kind, Payment.kind, func.count(), money_sum(Payment.amount))
            .join(Account, Account.id == Payment.account_id)
            .where(*period, Payment.status == PaymentStatus.COMPLETED)
            .group_by(Account.utility_kind, Payment.kind)
            .order_by(Account.utility_kind, Payment.kind)
        ).all()
    ]
    # Voids of the period's payments.
    approver = aliased(User)
    voids: list[tuple[Cell, ...]] = []
    voids_amount = ZERO
    for payment, void, clerk_no, approver_no in s.execute(
        select(Payment, PaymentVoid, User.employee_no, approver.employee_no)
        .join(PaymentVoid, PaymentVoid.payment_id == Payment.id)
        .join(User, User.id == Payment.clerk_id)
        .join(approver, approver.id == PaymentVoid.approved_by)
        .where(*period)
        .order_by(Payment.receipt_seq)
    ).all():
        voids_amount += payment.amount
        voids.append(
            (
                payment.receipt_no,
                clerk_no,
                counter_numbers.get(payment.counter_id),
                payment.amount,
                void.reason,
                approver_no,
                _local(void.at),
            )
        )
    # Reprints (补打) printed in the hall during the period.
    reprints: list[tuple[Cell, ...]] = []
    for row, user_no in s.execute(
        select(PrintedDocument, User.employee_no)
        .join(User, User.id == PrintedDocument.user_id)
        .where(
            PrintedDocument.hall_id == scope.hall_id,
            PrintedDocument.reprint_no > 0,
            PrintedDocument.printed_at >= scope.start,
            PrintedDocument.printed_at < scope.end,
        )
        .order_by(PrintedDocument.printed_at, PrintedDocument.id)
    ).all():
        clerk(row.user_id).reprints += 1
        if row.counter_id is not None:
            counter(row.counter_id).reprints += 1
        reprints.append(
            (
                DOC_LABELS.get(row.doc_type.value, row.doc_type.value),
                row.doc_number,
                row.reprint_no,
                row.reason or "",
                user_no,
                counter_numbers.get(row.counter_id) if row.counter_id else None,
                _local(row.printed_at),
            )
        )
    # Shifts of the period and their cash.
    shifts: list[tuple[Cell, ...]] = []
    over = short = ZERO
    open_shifts = 0
    for shift in s.execute(
        select(Shift)
        .where(
            Shift.hall_id == scope.hall_id,
            Shift.business_date >= scope.date_from,
            Shift.business_date <= scope.date_to,
        )
        .order_by(Shift.business_date, Shift.opened_at, Shift.id)
    ).scalars():
        variance = shift.variance if shift.status is ShiftStatus.CLOSED else None
        if shift.status is ShiftStatus.OPEN:
            open_shifts += 1
        if variance:
            clerk(shift.clerk_id).variance += variance
            counter(shift.counter_id).variance += variance
            if variance > 0:
                over += variance
            else:
                short += variance
        approver_user = (
            users.get(shift.variance_approved_by) if shift.variance_approved_by else None
        )
        shifts.append(
            (
                shift.business_date.isoformat(),
                counter_numbers.get(shift.counter_id),
                clerk(shift.clerk_id).label,
                "已结班" if shift.status is ShiftStatus.CLOSED else "未结班",
                shift.opening_float,
                shift.expected_cash,
                shift.counted_cash,
                variance,
                shift.variance_reason or "",
                approver_user.employee_no if approver_user else "",
            )
        )
    # Handling time, per clerk and counter.
    shift_people: dict[int, tuple[int, int]] = {}
    rows: list[tuple[int, datetime, datetime]] = []
    for shift_id, clerk_id, counter_id, opened_at, created_at in s.execute(
        select(
            Payment.shift_id,
            Payment.clerk_id,
            Payment.counter_id,
            Shift.opened_at,
            Payment.created_at,
        )
        .join(Shift, Shift.id == Payment.shift_id)
        .where(*period)
    ).all():
        assert shift_id is not None  # the join keeps payments of a shift only
        shift_people[shift_id] = (clerk_id, counter_id)
        rows.append((shift_id, opened_at, created_at))
    handled_all: list[int] = []
    for shift_id, seconds in handling_seconds(rows).items():
        clerk_id, counter_id = shift_people[shift_id]
        clerk(clerk_id).handled.extend(seconds)
        counter(counter_id).handled.extend(seconds)
        handled_all.extend(seconds)
    # Satisfaction: ratings of the period's transactions and of the hall's requests.
    ratings = satisfied = 0
    for clerk_id, rating, counter_id in rating_rows(s, scope):
        good = Satisfaction(rating) is not Satisfaction.DISSATISFIED
        people = [clerk(clerk_id)] + ([counter(counter_id)] if counter_id else [])
        for person in people:
            person.ratings += 1
            person.satisfied += good
        ratings += 1
        satisfied += good
    transactions = sum(p.transactions for p in clerks.values())
    return PaymentFigures(
        clerks=clerks,
        counters=counters,
        tenders=tenders,
        business=business,
        voids=voids,
        reprints=reprints,
        shifts=shifts,
        transactions=transactions,
        voided=sum(p.voided for p in clerks.values()),
        amount=sum((p.amount for p in clerks.values()), ZERO),
        refunds=sum((p.refunds for p in clerks.values()), ZERO),
        refund_count=refund_count,
        voids_amount=voids_amount,
        over=over,
        short=short,
        open_shifts=open_shifts,
        handled=handled_all,
        ratings=ratings,
        satisfied=satisfied,
    )


def rating_rows(s: Session, scope: Scope) -> list[Any]:
    """(clerk, rating, counter or None) of every rating in the report's scope: those of the
    period's transactions, and those of the hall's service requests given in the period."""
    period = _in_period(scope)
    return list(
        s.execute(
            select(SatisfactionRating.clerk_id, SatisfactionRating.rating, Payment.counter_id)
            .join(Payment, Payment.id == SatisfactionRating.payment_id)
            .where(*period)
        ).all()
    ) + list(
        s.execute(
            select(SatisfactionRating.clerk_id, SatisfactionRating.rating, null())
            .join(ServiceRequest, ServiceRequest.id == SatisfactionRating.service_request_id)
            .where(
                SatisfactionRating.payment_id.is_(None),
                ServiceRequest.hall_id == scope.hall_id,
                SatisfactionRating.at >= scope.start,
                SatisfactionRating.at < scope.end,
            )
        ).all()
    )


def read_satisfaction(s: Session, scope: Scope) -> tuple[int, int]:
    """Ratings in the scope, and of them those not 不满意."""
    rows = rating_rows(s, scope)
    good = sum(Satisfaction(r[1]) is not Satisfaction.DISSATISFIED for r in rows)
    return len(rows), good


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S")


# ----------------------------------------------------------------------------- sections

_PEOPLE_FIGURES = (
    Column("transactions", "笔数", COUNT),
    Column("voided", "冲正笔数", COUNT),
    Column("amount", "实收金额", MONEY),
    *(Column(t.value, TENDER_LABELS[t], MONEY) for t in TENDERS),
    Column("refunds", "退费金额", MONEY),
    Column("reprints", "补打", COUNT),
    Column("variance", "长短款", MONEY),
    Column("handling", "平均办理时长", SECONDS),
    Column("ratings", "评价数", COUNT),
    Column("satisfaction", "满意率", RATE),
)


def _person_cells(p: _Person) -> tuple[Cell, ...]:
    return (
        p.transactions,
        p.voided,
        p.amount,
        *(p.tenders[t] for t in TENDERS),
        p.refunds,
        p.reprints,
        p.variance,
        average(p.handled),
        p.ratings,
        rate(p.satisfied, p.ratings),
    )


def _total_person(people: Iterable[_Person]) -> _Person:
    total = _Person(label="合计")
    for p in people:
        total.transactions += p.transactions
        total.voided += p.voided
        total.amount += p.amount
        for t in TENDERS:
            total.tenders[t] += p.tenders[t]
        total.refunds += p.refunds
        total.reprints += p.reprints
        total.variance += p.variance
        total.handled.extend(p.handled)
        total.ratings += p.ratings
        total.satisfied += p.satisfied
    return total


def clerk_section(f: PaymentFigures) -> Section:
    people = sorted(f.clerks.values(), key=lambda p: p.label)
    return Section(
        key="by_clerk",
        title="按柜员",
        columns=(
            Column("employee_no", "工号"),
            Column("name", "姓名"),
            Column("counters", "窗口"),
            *_PEOPLE_FIGURES,
        ),
        rows=tuple(
            (p.label, p.name, "、".join(str(n) for n in sorted(p.counters)), *_person_cells(p))
            for p in people
        ),
        totals=("合计", "", "", *_person_cells(_total_person(people))),
        chart=Chart("各柜员实收金额", label="employee_no", value="amount"),
    )


def counter_section(f: PaymentFigures) -> Section:
    people = sorted(f.counters.values(), key=lambda p: (len(p.label), p.label))
    return Section(
        key="by_counter",
        title="按窗口",
        columns=(Column("counter", "窗口"), *_PEOPLE_FIGURES),
        rows=tuple((p.label, *_person_cells(p)) for p in people),
        totals=("合计", *_person_cells(_total_person(people))),
    )


def _counted_section(
    key: str,
    title: str,
    line: Column,
    count_key: str,
    rows: Sequence[tuple[str, int, Decimal]],
    *,
    chart: Chart | None = None,
    note: str = "",
) -> Section:
    """A section of lines with a count and an amount each, and their totals."""
    return Section(
        key=key,
        title=title,
        columns=(line, Column(count_key, "笔数", COUNT), Column("amount", "金额", MONEY)),
        rows=tuple(rows),
        totals=("合计", sum(n for _, n, _ in rows), sum((a for *_, a in rows), ZERO)),
        chart=chart,
        note=note,
    )


def tender_section(f: PaymentFigures) -> Section:
    return _counted_section(
        "by_tender",
        "按支付方式",
        Column("tender", "支付方式"),
        "lines",
        [(TENDER_LABELS[t], n, amount) for t, (n, amount) in f.tenders.items()],
        chart=Chart("各支付方式金额", label="tender", value="amount"),
        note="退费按原路退回计为负数；冲正的交易不计入金额。",
    )


def business_section(f: PaymentFigures) -> Section:
    return _counted_section(
        "by_business", "按业务类型", Column("business", "业务类型"), "count", f.business
    )


def voids_section(f: PaymentFigures) -> Section:
    return Section(
        key="voids",
        title="冲正",
        columns=(
            Column("receipt_no", "收据号"),
            Column("clerk", "柜员"),
            Column("counter", "窗口", COUNT),
            Column("amount", "金额", MONEY),
            Column("reason", "原因"),
            Column("approved_by", "授权人"),
            Column("at", "冲正时间"),
        ),
        rows=tuple(f.voids),
        totals=("合计", "", len(f.voids), f.voids_amount, "", "", ""),
    )


def reprints_section(f: PaymentFigures) -> Section:
    return Section(
        key="reprints",
        title="补打",
        columns=(
            Column("doc_type", "单据"),
            Column("number", "单据号"),
            Column("copy", "补打次数", COUNT),
            Column("reason", "原因"),
            Column("user", "操作人"),
            Column("counter", "窗口", COUNT),
            Column("at", "时间"),
        ),
        rows=tuple(f.reprints),
        totals=("合计", "", len(f.reprints), "", "", None, ""),
    )


def shifts_section(f: PaymentFigures) -> Section:
    return Section(
        key="variances",
        title="班次与长短款",
        columns=(
            Column("business_date", "营业日"),
            Column("counter", "窗口", COUNT),
            Column("clerk", "柜员"),
            Column("status", "状态"),
            Column("float", "备用金", MONEY),
            Column("expected", "应有现金", MONEY),
            Column("counted", "实点现金", MONEY),
            Column("variance", "长短款", MONEY),
            Column("reason", "原因"),
            Column("approved_by", "签认主管"),
        ),
        rows=tuple(f.shifts),
        totals=("合计", None, "", "", None, None, None, f.over + f.short, "", ""),
        note="长款为正，短款为负。",
    )
