"""The 投诉受理单: issued through the print register with the tracking number, the four
deadlines as dates, the commitments, the hall's hotline and a line to sign."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from complaint_cases import PNG, at, complaints_as, intake
from printing_helpers import page_sizes, pdf_text, without_spaces
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import PrintedDocument
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import DocumentType, Severity
from counter_app.domain.print_register import PrintAlreadyRegistered
from counter_app.printing.complaint_slip import render_complaint_slip
from counter_app.printing.page import MM
from counter_app.services.complaints.dto import AttachmentUpload
from counter_app.services.customers_dto import FieldErrors


def test_the_slip_prints_the_number_and_the_four_dates(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    accepted = service.accept(
        intake(received_at=at(2026, 9, 30, 16, 20), demands="希望尽快答复并道歉。")
    )
    issued = service.issue(accepted.slip)
    text = without_spaces(pdf_text(issued.pdf))
    number = accepted.detail.row.number
    assert number in text
    for due in (
        "2026年10月8日（星期四）前",
        "2026年10月9日（星期五）前",
        "2026年10月10日（星期六）前",  # a make-up working day
        "2026年10月13日（星期二）前",
    ):
        assert due in text
    for label in ("初步调查", "提出处理方案", "处理方案落实", "向客户反馈结果"):
        assert label in text
    assert "1个工作日内初步调查" in text
    assert "5个工作日内向客户反馈结果" in text
    assert "0571-96777" in text  # the hall's hotline
    assert "投诉人签字" in text
    assert "受理人" in text
    assert "138****5678" in text
    assert "13812345678" not in text
    assert "希望尽快答复并道歉" in text
    assert page_sizes(issued.pdf) == [pytest.approx((210 * MM, 297 * MM))]

    with demo_db.read() as s:
        entry = s.execute(select(PrintedDocument)).scalar_one()
    assert (entry.doc_type, entry.doc_number, entry.reprint_no) == (
        DocumentType.COMPLAINT_SLIP,
        number,
        0,
    )
    service.report_print(issued, printed=True)
    with pytest.raises(PrintAlreadyRegistered):
        service.issue(accepted.slip)
    with pytest.raises(FieldErrors):
        service.reprint_slip(number, "  ")
    copy = service.reprint_slip(number, "客户遗失")
    assert copy.reprint_no == 1
    assert "补打1" in without_spaces(pdf_text(copy.pdf))


def test_an_emergency_slip_gives_the_hours(demo_db: Database, clock: FixedClock) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    received = clock.now() - timedelta(minutes=10)
    accepted = service.accept(
        intake(
            severity=Severity.EMERGENCY,
            received_at=received,
            site_address="建国路88号",
            content="楼道燃气味很重，邻居也闻到了，怀疑是管道漏气，请马上派人来。" * 2,
            attachments=(AttachmentUpload("现场.png", PNG),),
        )
    )
    pdf = render_complaint_slip(accepted.slip)
    assert len(page_sizes(pdf)) == 1  # the customer signs one sheet
    text = without_spaces(pdf_text(pdf))
    assert "2026-11-2310:20前" in text  # one hour after receipt
    assert "2026-11-2509:20前" in text  # 48 hours
    assert "全天24小时处理" in text
    assert re.search("紧急程度紧急", text)
    assert "现场地址建国路88号" in text
    assert f"抢修单号{accepted.repair_request_number}" in text
