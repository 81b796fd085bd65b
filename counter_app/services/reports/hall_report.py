"""A hall's report (营业日报 / 营业月报, docs/domain.md §10), read from the database into the
one report model (:class:`~counter_app.domain.reports.HallReport`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import BusinessDay, Hall, User
from counter_app.domain.documents import IssuedBy
from counter_app.domain.enums import BusinessDayStatus, Tender
from counter_app.domain.reports import (
    CALLBACK_TARGET,
    SATISFACTION_TARGET,
    ColumnKind,
    Figure,
    HallReport,
    ReportPeriod,
)
from counter_app.services.receipts import TENDER_LABELS
from counter_app.services.reports.cases import read_case_figures
from counter_app.services.reports.payments import (
    Scope,
    average,
    business_section,
    clerk_section,
    counter_section,
    rate,
    read_payment_figures,
    reprints_section,
    shifts_section,
    tender_section,
    voids_section,
)
from counter_app.services.totals import local_bounds

COUNT, MONEY, RATE, SECONDS = (
    ColumnKind.COUNT,
    ColumnKind.MONEY,
    ColumnKind.RATE,
    ColumnKind.SECONDS,
)


def report_number(hall_code: str, period: ReportPeriod, first: date) -> str:
    """``H01-D20261201`` for a day, ``H01-M202612`` for a month."""
    if period is ReportPeriod.DAY:
        return f"{hall_code}-D{first:%Y%m%d}"
    return f"{hall_code}-M{first:%Y%m}"


def build_hall_report(
    s: Session,
    hall: Hall,
    period: ReportPeriod,
    date_from: date,
    date_to: date,
    *,
    generated_by: str,
    now: datetime,
    issued: IssuedBy,
) -> HallReport:
    """The report of ``hall`` for the business dates ``date_from`` … ``date_to``."""
    start, end = local_bounds(date_from, date_to)
    scope = Scope(hall.id, date_from, date_to, start, min(end, now) if start < now else end)
    f = read_payment_figures(s, scope)
    cases = read_case_figures(s, scope)
    day = None
    if period is ReportPeriod.DAY:
        day = s.execute(
            select(BusinessDay).where(
                BusinessDay.hall_id == hall.id, BusinessDay.business_date == date_from
            )
        ).scalar_one_or_none()
    closed = day is not None and day.status is BusinessDayStatus.CLOSED
    closer = s.get(User, day.closed_by) if day is not None and day.closed_by else None
    summary = (
        Figure("transactions", "交易笔数", f.transactions, COUNT),
        Figure("voided", "其中冲正笔数", f.voided, COUNT),
        Figure("amount", "实收合计", f.amount, MONEY),
        *(Figure(f"tender_{t.value}", TENDER_LABELS[t], f.tenders[t][1], MONEY) for t in Tender),
        Figure("refunds", "退费金额", f.refunds, MONEY),
        Figure("refund_count", "退费笔数", f.refund_count, COUNT),
        Figure("voids_amount", "冲正金额", f.voids_amount, MONEY),
        Figure("reprints", "补打次数", len(f.reprints), COUNT),
        Figure("cash_over", "长款", f.over, MONEY),
        Figure("cash_short", "短款", f.short, MONEY),
        Figure("shifts", "班次数", len(f.shifts), COUNT),
        Figure("open_shifts", "未结班次", f.open_shifts, COUNT),
        Figure("handling", "平均办理时长", average(f.handled), SECONDS),
        Figure("ratings", "评价数", f.ratings, COUNT),
        Figure(
            "satisfaction_rate",
            "满意率",
            rate(f.satisfied, f.ratings),
            RATE,
            target=SATISFACTION_TARGET,
        ),
        Figure(
            "callback_rate",
            "回访率",
            rate(cases.callbacks_done, cases.callbacks_due),
            RATE,
            target=CALLBACK_TARGET,
        ),
        Figure("requests_accepted", "业务受理", cases.requests_accepted, COUNT),
        Figure("requests_completed", "业务办结", cases.requests_completed, COUNT),
        Figure("requests_overdue", "业务超期", cases.requests_overdue, COUNT),
        Figure("complaints_received", "投诉受理", cases.complaints_received, COUNT),
        Figure("complaints_closed", "投诉办结", cases.complaints_closed, COUNT),
        Figure("complaints_overdue", "投诉超期", cases.complaints_overdue, COUNT),
    )
    return HallReport(
        number=report_number(hall.code, period, date_from),
        issued=issued,
        period=period,
        hall_code=hall.code,
        hall_name=hall.name,
        date_from=date_from,
        date_to=date_to,
        generated_at=now,
        generated_by=generated_by,
        day_closed=closed,
        closed_at=day.closed_at if closed and day is not None else None,
        closed_by=f"{closer.employee_no} {closer.name}" if closer else None,
        summary=summary,
        sections=(
            clerk_section(f),
            counter_section(f),
            tender_section(f),
            business_section(f),
            voids_section(f),
            reprints_section(f),
            shifts_section(f),
            cases.requests,
            cases.complaints,
        ),
    )
