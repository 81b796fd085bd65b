"""Taking a complaint in (docs/domain.md §7): every field checked at once, the repeat looked
for, the tracking number issued, the deadlines set, an emergency escalated."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    Complaint,
    ComplaintAttachment,
    ComplaintMilestone,
    Hall,
    User,
)
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ, hall_date
from counter_app.domain.complaints import (
    MAX_ATTACHMENTS,
    ComplaintInputError,
    attachment_type,
    milestone_deadlines,
    repeat_window_start,
    validate_contact_phone,
    within_repeat_window,
)
from counter_app.domain.enums import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    Role,
    Severity,
)
from counter_app.domain.identity import (
    ADDRESS_MAX_LENGTH,
    ValidationIssue,
    normalize_text,
    validate_org_name,
    validate_person_name,
)
from counter_app.services import personal_data
from counter_app.services.accounts import allocate_complaint_number
from counter_app.services.base import Actor
from counter_app.services.complaints.dto import (
    CONTENT_MAX_LENGTH,
    SHORT_MAX_LENGTH,
    AttachmentUpload,
    ComplaintIntake,
)
from counter_app.services.customers import ErrorCollector
from counter_app.services.settings import read_setting

FILENAME_MAX_LENGTH = 200
#: An outside channel's own number (a 12345 工单号).
REFERENCE_MAX_LENGTH = 40


# ----------------------------------------------------------------------------- checking text


def text_field(
    errors: ErrorCollector,
    field: str,
    value: str | None,
    max_length: int,
    *,
    required: bool = False,
    content: bool = False,
) -> str:
    """``value`` trimmed; an error under ``field`` when it is required and empty or too long
    (``content``: the complaint's own text, which the messages name as such)."""
    cleaned = normalize_text(value or "").strip()
    if required and not cleaned:
        errors.add(field, "complaint.content_empty" if content else "complaint.text_empty")
    elif len(cleaned) > max_length:
        errors.add(
            field,
            "complaint.content_too_long" if content else "complaint.text_too_long",
            max_length=max_length,
            actual=len(cleaned),
        )
    return cleaned


def time_field(
    errors: ErrorCollector,
    field: str,
    value: datetime | None,
    now: datetime,
    *,
    earliest: datetime | None = None,
) -> datetime:
    """An aware time (a naive one is hall time), not in the future, not before ``earliest``."""
    moment = now if value is None else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    if moment > now:
        errors.add(field, "complaint.time_future")
    elif earliest is not None:
        not_before(errors, field, moment, earliest)
    return moment


def not_before(errors: ErrorCollector, field: str, moment: datetime, earliest: datetime) -> None:
    """An error under ``field`` when ``moment`` is before ``earliest`` (a feedback before the
    complaint came in, a callback before the feedback)."""
    if moment < earliest:
        errors.add(field, "complaint.time_before", earliest=earliest.astimezone(LOCAL_TZ))


def choice(errors: ErrorCollector, field: str, enum: type, value: object) -> object:
    try:
        return enum(value)
    except ValueError:
        errors.add(field, "complaint.choice_invalid", value=str(value))
        return None


def checked_upload(errors: ErrorCollector, upload: AttachmentUpload) -> tuple[str, str] | None:
    """The safe file name and the content type of an attachment, or None with its error."""
    name = os.path.basename(normalize_text(upload.filename).replace("\\", "/")).strip()
    name = (name or "attachment")[-FILENAME_MAX_LENGTH:]
    try:
        return name, attachment_type(upload.data, name)
    except ComplaintInputError as problem:
        errors.add(problem.field, problem.code, **problem.params)
        return None


def store_attachment(
    s: Session,
    complaint_id: int,
    name: str,
    content_type: str,
    data: bytes,
    actor: Actor,
    now: datetime,
) -> ComplaintAttachment:
    row = ComplaintAttachment(
        complaint_id=complaint_id,
        filename=name,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        added_by=actor.user_id,
        added_at=now,
    )
    s.add(row)
    return row


# ----------------------------------------------------------------------------- the intake


@dataclass(frozen=True)
class Typed:
    """An intake with every field checked and cleaned."""

    name: str
    phone: str
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    content: str
    received_at: datetime
    demands: str
    emergency_contact: str
    responsible_person: str
    site_address: str
    external_reference: str
    external_due_at: datetime | None
    attachments: tuple[tuple[str, str, bytes], ...]


def _name(errors: ErrorCollector, raw: str) -> str:
    """A person's name, or an organisation's (a restaurant complains too)."""
    try:
        return validate_person_name(raw, field="complainant_name")
    except ValidationIssue as issue:
        try:
            return validate_org_name(raw, field="complainant_name")
        except ValidationIssue:
            errors.add("complainant_name", issue.code, **issue.params)
            return ""


def check_intake(intake: ComplaintIntake, now: datetime, errors: ErrorCollector) -> Typed:
    """Every field of ``intake`` checked; the problems are in ``errors``."""
    name = _name(errors, intake.complainant_name)
    phone = errors.check("contact_phone", lambda: validate_contact_phone(intake.contact_phone))
    channel = choice(errors, "channel", ComplaintChannel, intake.channel)
    category = choice(errors, "category", ComplaintCategory, intake.category)
    severity = choice(errors, "severity", Severity, intake.severity)
    content = text_field(
        errors,
        "content",
        intake.content,
        CONTENT_MAX_LENGTH,
        required=True,
        content=True,
    )
    received_at = intake.received_at or now
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=LOCAL_TZ)
    if received_at > now:
        errors.add("received_at", "complaint.received_future")
    external_due = intake.external_due_at
    if external_due is not None:
        if external_due.tzinfo is None:
            external_due = external_due.replace(tzinfo=LOCAL_TZ)
        not_before(errors, "external_due_at", external_due, received_at)
    uploads = []
    if len(intake.attachments) > MAX_ATTACHMENTS:
        errors.add("attachments", "complaint.attachments_full", max_count=MAX_ATTACHMENTS)
    for upload in intake.attachments:
        checked = checked_upload(errors, upload)
        if checked is not None:
            uploads.append((checked[0], checked[1], upload.data))
    return Typed(
        name=name,
        phone=phone or "",
        channel=channel,  # type: ignore[arg-type]
        category=category,  # type: ignore[arg-type]
        severity=severity,  # type: ignore[arg-type]
        content=content,
        received_at=received_at.astimezone(LOCAL_TZ),
        demands=text_field(errors, "demands", intake.demands, CONTENT_MAX_LENGTH),
        emergency_contact=text_field(
            errors, "emergency_contact", intake.emergency_contact, SHORT_MAX_LENGTH
        ),
        responsible_person=text_field(
            errors, "responsible_person", intake.responsible_person, SHORT_MAX_LENGTH, required=True
        ),
        site_address=text_field(errors, "site_address", intake.site_address, ADDRESS_MAX_LENGTH),
        external_reference=text_field(
            errors, "external_reference", intake.external_reference, REFERENCE_MAX_LENGTH
        ),
        external_due_at=external_due,
        attachments=tuple(uploads),
    )


def check_references(
    s: Session, intake: ComplaintIntake, hall_id: int, errors: ErrorCollector
) -> Account | None:
    """The account and the follow-up person exist (and the person serves this hall)."""
    account = None
    if intake.account_id is not None:
        account = s.get(Account, intake.account_id)
        if account is None:
            errors.add("account_id", "complaint.account_unknown")
    if (
        intake.severity == Severity.EMERGENCY
        and account is None
        and not normalize_text(intake.site_address or "").strip()
    ):
        errors.add("site_address", "complaint.site_required")
    if intake.follow_up_id is not None and not is_hall_worker(s, intake.follow_up_id, hall_id):
        errors.add("follow_up_id", "complaint.owner_invalid", user_id=intake.follow_up_id)
    return account


def is_hall_worker(s: Session, user_id: int, hall_id: int, *, manager: bool = False) -> bool:
    """An active clerk or manager of the hall (a manager only, with ``manager``)."""
    user = s.get(User, user_id)
    roles = (Role.MANAGER,) if manager else (Role.CLERK, Role.MANAGER)
    return user is not None and user.active and user.hall_id == hall_id and user.role in roles


def find_repeat(
    s: Session, typed: Typed, account_id: int | None, window_days: int
) -> Complaint | None:
    """The latest earlier complaint with the same account or phone and the same category
    within the repeat window (any hall: the customer is the same)."""
    same_party = [personal_data.complaint_phone_is(s, typed.phone)]
    if account_id is not None:
        same_party.append(Complaint.account_id == account_id)
    candidates = s.execute(
        select(Complaint)
        .where(
            Complaint.category == typed.category,
            or_(*same_party),
            Complaint.received_at >= repeat_window_start(typed.received_at, window_days),
            Complaint.received_at <= typed.received_at,
        )
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
    ).scalars()
    for earlier in candidates:
        if within_repeat_window(earlier.received_at, typed.received_at, window_days):
            return earlier
    return None


def repeat_window(s: Session) -> int:
    return int(read_setting(s, "complaints.repeat_window_days"))


def add_round(
    s: Session,
    complaint: Complaint,
    start: datetime,
    calendar: WorkingCalendar,
) -> list[ComplaintMilestone]:
    """The four milestones of the complaint's current round, due from ``start``."""
    rows = [
        ComplaintMilestone(
            complaint_id=complaint.id, round=complaint.appeal_round, kind=kind, due_at=due
        )
        for kind, due in milestone_deadlines(
            start.astimezone(LOCAL_TZ), complaint.severity, calendar
        ).items()
    ]
    s.add_all(rows)
    s.flush()
    return rows


def new_complaint(
    s: Session,
    typed: Typed,
    *,
    hall: Hall,
    account: Account | None,
    follow_up_id: int,
    owner_id: int,
    repeat_of: Complaint | None,
    actor: Actor,
    now: datetime,
) -> Complaint:
    severity = typed.severity
    if repeat_of is not None and severity is Severity.GENERAL:
        severity = Severity.MAJOR
    complaint = Complaint(
        number=allocate_complaint_number(s, hall, hall_date(now)),
        hall_id=hall.id,
        complainant_name=typed.name,
        received_at=typed.received_at,
        channel=typed.channel,
        category=typed.category,
        severity=severity,
        content=typed.content,
        account_id=None if account is None else account.id,
        demands=typed.demands or None,
        status=ComplaintStatus.OPEN,
        owner_id=owner_id,
        accepted_by=actor.user_id,
        follow_up_id=follow_up_id,
        responsible_person=typed.responsible_person,
        is_repeat=repeat_of is not None,
        repeat_of_id=None if repeat_of is None else repeat_of.id,
        is_appeal=False,
        external_reference=typed.external_reference or None,
        external_due_at=typed.external_due_at,
        site_address=typed.site_address or None,
        appeal_round=1,
    )
    s.add(complaint)
    s.flush()
    personal_data.store_complaint_contact(
        s, complaint, typed.phone, typed.emergency_contact or None
    )
    for name, content_type, data in typed.attachments:
        store_attachment(s, complaint.id, name, content_type, data, actor, now)
    return complaint
