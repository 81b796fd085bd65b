"""The 投诉台账 workbook read back: every complaint of the hall and period, and a summary whose
figures equal what the database says."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from complaint_cases import at, complaints_as, intake, record_all
from openpyxl import load_workbook
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Complaint,
    ComplaintCallback,
    ComplaintMilestone,
    Hall,
)
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import ComplaintCategory, Satisfaction
from counter_app.domain.errors import PermissionDenied
from counter_app.reports.complaints_ledger import (
    HEADER_ROW,
    LEDGER_HEADERS,
    LEDGER_SHEET,
    SUMMARY_HEADERS,
    SUMMARY_SHEET,
)
from counter_app.services.complaints.dto import ContactMethod
from counter_app.services.customers_dto import FieldErrors


def _complaints_in_every_state(db: Database, clock: FixedClock) -> None:
    clerk = complaints_as(db, clock, "G1001")
    # Closed on time, satisfied.
    done = clerk.accept(intake(received_at=at(2026, 11, 16))).detail.row.complaint_id
    # Overdue and open, quality.
    clerk.accept(intake(category=ComplaintCategory.QUALITY, received_at=at(2026, 11, 17)))
    # A repeat of the first (same phone and category).
    clerk.accept(intake(received_at=at(2026, 11, 20)))
    # Fresh, price, another phone; and one from before the period.
    clerk.accept(intake(category=ComplaintCategory.PRICE, contact_phone="13900003333"))
    clerk.accept(intake(category=ComplaintCategory.SUPPLY, received_at=at(2026, 10, 20)))
    record_all(clerk, done)
    clerk.record_feedback(
        done, resolution="已致歉", feedback_at=clock.now(), feedback_method=ContactMethod.PHONE
    )
    clerk.record_callback(done, callback_at=clock.now(), satisfaction=Satisfaction.SATISFIED)
    clerk.close(done)
    # An appeal: dissatisfied at the first callback.
    appeal = clerk.accept(
        intake(category=ComplaintCategory.EQUIPMENT, contact_phone="13900004444")
    ).detail.row.complaint_id
    record_all(clerk, appeal)
    clerk.record_feedback(
        appeal, resolution="已更换", feedback_at=clock.now(), feedback_method=ContactMethod.VISIT
    )
    clerk.record_callback(appeal, callback_at=clock.now(), satisfaction=Satisfaction.DISSATISFIED)
    # Another hall's complaint stays out of this hall's ledger.
    complaints_as(db, clock, "G2001").accept(intake(contact_phone="13900005555"))


def test_the_ledger_holds_every_complaint_and_the_figures_of_the_database(
    demo_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    _complaints_in_every_state(demo_db, clock)
    clock.advance(days=1)  # the fresh ones' first milestones are overdue now
    manager = complaints_as(demo_db, clock, "M1001")
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    path = tmp_path / "投诉台账.xlsx"
    export = manager.export_ledger(path, start, end)

    since = at(2026, 11, 1, 0, 0)
    until = at(2026, 12, 1, 0, 0)
    now = clock.now()
    with demo_db.read() as s:
        hall_id = s.execute(select(Hall.id).where(Hall.code == "H01")).scalar_one()
        in_ledger = (
            Complaint.hall_id == hall_id,
            Complaint.received_at >= since,
            Complaint.received_at < until,
        )
        numbers = list(
            s.execute(
                select(Complaint.number).where(*in_ledger).order_by(Complaint.received_at)
            ).scalars()
        )
        per_category = {
            category: n
            for category, n in s.execute(
                select(Complaint.category, func.count())
                .where(*in_ledger)
                .group_by(Complaint.category)
            )
        }
        repeats = s.execute(
            select(func.count()).where(*in_ledger, Complaint.is_repeat.is_(True))
        ).scalar_one()
        current = (
            select(ComplaintMilestone)
            .join(Complaint, Complaint.id == ComplaintMilestone.complaint_id)
            .where(*in_ledger, ComplaintMilestone.round == Complaint.appeal_round)
        )
        milestones = list(s.execute(current).scalars())
        callbacks = list(
            s.execute(
                select(ComplaintCallback.satisfaction)
                .join(Complaint, Complaint.id == ComplaintCallback.complaint_id)
                .where(*in_ledger)
            ).scalars()
        )
    due = [m for m in milestones if m.done_at is not None or m.due_at < now]
    on_time = [m for m in due if m.done_at is not None and m.done_at <= m.due_at]

    book = load_workbook(path)
    assert book.sheetnames == [LEDGER_SHEET, SUMMARY_SHEET]
    ledger = book[LEDGER_SHEET]
    assert [c.value for c in ledger[HEADER_ROW]] == list(LEDGER_HEADERS)
    rows = [
        dict(zip(LEDGER_HEADERS, (c.value for c in row), strict=True))
        for row in ledger.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + len(numbers))
    ]
    assert [r["投诉编号"] for r in rows] == numbers
    assert ledger.cell(row=HEADER_ROW + len(numbers) + 2, column=1).value == f"共 {len(numbers)} 件"
    assert sum(r["重复投诉"] == "是" for r in rows) == repeats == 1
    assert sum(r["申诉"] == "是" for r in rows) == 1
    first = rows[0]
    assert first["投诉类别"] == "服务态度"
    assert first["受理渠道"] == "柜台现场"
    # Received Monday 11-16, every milestone recorded on 11-23: only the last was in time.
    assert first["初步调查期限"].date() == date(2026, 11, 17)
    assert first["初步调查完成时间"] == clock.now().replace(tzinfo=None) - timedelta(days=1)
    assert (first["初步调查按时"], first["向客户反馈结果按时"]) == ("否", "是")
    assert first["满意度"] == "满意"

    summary = book[SUMMARY_SHEET]
    assert [c.value for c in summary[HEADER_ROW]] == list(SUMMARY_HEADERS)
    # Printed on landscape A4: the ledger with its headers on each page, the summary one
    # page wide.
    for sheet in (ledger, summary):
        assert (sheet.page_setup.orientation, str(sheet.page_setup.paperSize)) == (
            "landscape",
            sheet.PAPERSIZE_A4,
        )
    assert ledger.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert summary.sheet_properties.pageSetUpPr.fitToPage
    assert (summary.page_setup.fitToWidth, summary.page_setup.fitToHeight) == (1, 0)
    lines = {
        row[0].value: [c.value for c in row[1:]]
        for row in summary.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 7)
    }
    for category, label in (
        (ComplaintCategory.ATTITUDE, "服务态度"),
        (ComplaintCategory.QUALITY, "服务质量"),
        (ComplaintCategory.PRICE, "价格收费"),
        (ComplaintCategory.EQUIPMENT, "设备故障"),
        (ComplaintCategory.SUPPLY, "供气/供电"),
    ):
        assert lines[label][0] == per_category.get(category, 0), label
    total = lines["合计"]
    satisfied = [r for r in callbacks if r is not Satisfaction.DISSATISFIED]
    assert total[:4] == [
        len(numbers),
        len(due),
        len(on_time),
        pytest.approx(len(on_time) / len(due)),
    ]
    assert total[4:] == [repeats, 1, len(callbacks), len(satisfied), pytest.approx(0.5)]
    assert (export.complaints, export.total.milestones_due, export.total.milestones_on_time) == (
        len(numbers),
        len(due),
        len(on_time),
    )
    assert (export.total.callbacks, export.total.satisfied) == (len(callbacks), len(satisfied))
    assert len(callbacks) == 2
    assert len(satisfied) == 1


def test_the_ledger_is_for_managers_and_auditors_over_a_real_period(
    demo_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        complaints_as(demo_db, clock, "G1001").export_ledger(
            tmp_path / "x.xlsx", date(2026, 11, 1), date(2026, 11, 30)
        )
    with pytest.raises(FieldErrors) as refused:
        complaints_as(demo_db, clock, "M1001").export_ledger(
            tmp_path / "x.xlsx", date(2026, 11, 30), date(2026, 11, 1)
        )
    assert refused.value.errors[0].code == "complaint.period_invalid"
    assert not (tmp_path / "x.xlsx").exists()
    empty = complaints_as(demo_db, clock, "A1001").export_ledger(
        tmp_path / "empty.xlsx", date(2026, 11, 1), date(2026, 11, 30)
    )
    assert empty.complaints == 0
    assert (
        load_workbook(tmp_path / "empty.xlsx")[SUMMARY_SHEET].cell(HEADER_ROW + 7, 1).value
        == "合计"
    )
