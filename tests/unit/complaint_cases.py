"""What the complaint tests share: the service for a demo user, a valid intake, files."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from people import sign_in
from row_counts import row_counts

from counter_app.db.engine import Database
from counter_app.db.models import (
    AuditEntry,
    Complaint,
    ComplaintAttachment,
    ComplaintCallback,
    ComplaintChase,
    ComplaintExtension,
    ComplaintMediation,
    ComplaintMilestone,
    ComplaintTransfer,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import ComplaintCategory, ComplaintChannel, MilestoneKind
from counter_app.services.complaints.dto import ComplaintIntake
from counter_app.services.complaints.service import ComplaintService

# The smallest files each kind starts with; the content, not the name, says what they are.
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 64
EXE = b"MZ\x90\x00" + b"\x00" * 64

TABLES = (
    Complaint,
    ComplaintMilestone,
    ComplaintAttachment,
    ComplaintExtension,
    ComplaintChase,
    ComplaintTransfer,
    ComplaintCallback,
    ComplaintMediation,
    AuditEntry,
)


def complaints_as(db: Database, clock: FixedClock, employee_no: str) -> ComplaintService:
    return ComplaintService(db, clock, sign_in(db, clock, employee_no))


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)


def intake(**changes: Any) -> ComplaintIntake:
    """A valid counter complaint; ``changes`` replace its fields."""
    base = ComplaintIntake(
        complainant_name="张伟",
        contact_phone="13812345678",
        channel=ComplaintChannel.COUNTER,
        category=ComplaintCategory.ATTITUDE,
        content="柜员办理缴费时态度生硬，不回答问题。",
        demands="希望营业厅道歉并加强培训。",
        responsible_person="城东营业厅 班长",
    )
    return replace(base, **changes)


def counts(db: Database) -> dict[str, int]:
    """Rows in every table a complaint writes to: a refused call changes none."""
    return row_counts(db, *TABLES)


def record_all(service: ComplaintService, complaint_id: int) -> None:
    """The four milestones, in order."""
    for kind in MilestoneKind:
        service.record_milestone(complaint_id, kind, f"{kind.value} 已完成")
