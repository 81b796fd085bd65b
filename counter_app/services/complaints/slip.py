"""The 投诉受理单 of a complaint, as its DTO (docs/domain.md §7): the tracking number, the four
deadlines of its current round, the hall's hotline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Complaint, ComplaintAttachment, ServiceRequest, User
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    MILESTONE_LABELS,
    SEVERITY_LABELS,
    ComplaintSlip,
    SlipDeadline,
)
from counter_app.domain.enums import Severity
from counter_app.domain.identity import mask_phone
from counter_app.services import personal_data
from counter_app.services.base import Actor
from counter_app.services.complaints import records
from counter_app.services.receipts import issued_by


def slip_of(s: Session, complaint: Complaint, actor: Actor, now: datetime) -> ComplaintSlip:
    """The slip as the complaint stands now, printed by ``actor``."""
    account_number = ""
    if complaint.account_id is not None:
        account_number = s.execute(
            select(Account.number).where(Account.id == complaint.account_id)
        ).scalar_one()
    follow_up = s.get(User, complaint.follow_up_id or complaint.accepted_by)
    repair_number = ""
    if complaint.repair_request_id is not None:
        repair_number = s.execute(
            select(ServiceRequest.number).where(ServiceRequest.id == complaint.repair_request_id)
        ).scalar_one()
    attachments = s.execute(
        select(func.count()).where(ComplaintAttachment.complaint_id == complaint.id)
    ).scalar_one()
    return ComplaintSlip(
        issued=issued_by(s, complaint.hall_id, actor.counter_id, actor.user_id, now),
        number=complaint.number,
        received_at=complaint.received_at.astimezone(LOCAL_TZ),
        channel=CHANNEL_LABELS[complaint.channel],
        category=CATEGORY_LABELS[complaint.category],
        severity=SEVERITY_LABELS[complaint.severity],
        emergency=complaint.severity is Severity.EMERGENCY,
        complainant_name=complaint.complainant_name,
        phone_masked=mask_phone(personal_data.complaint_contact(s, complaint).phone),
        account_number=account_number,
        content=complaint.content,
        demands=complaint.demands or "",
        deadlines=tuple(
            SlipDeadline(m.kind, MILESTONE_LABELS[m.kind], m.due_at.astimezone(LOCAL_TZ))
            for m in records.milestones(s, complaint)
        ),
        follow_up_name="" if follow_up is None else f"{follow_up.name}（{follow_up.employee_no}）",
        attachments=attachments,
        appeal=complaint.is_appeal,
        site_address=complaint.site_address or "",
        repair_request_number=repair_number,
    )
