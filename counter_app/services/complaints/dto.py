"""What the complaint services take and return, and what they refuse (docs/domain.md §7).

No database code here: the complaint screens import this module at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from counter_app.domain.complaints import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_EXTENSION_DAYS,
    MILESTONES,
    ComplaintForbidden,
    ComplaintInputError,
    ComplaintRefused,
    ComplaintSlip,
    LedgerSummaryLine,
)
from counter_app.domain.enums import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    MilestoneKind,
    Satisfaction,
    Severity,
)
from counter_app.domain.errors import NotFound

__all__ = [
    "CONTENT_MAX_LENGTH",
    "MAX_ATTACHMENTS",
    "MAX_ATTACHMENT_BYTES",
    "MAX_EXTENSION_DAYS",
    "MILESTONES",
    "NOTE_MAX_LENGTH",
    "AttachmentFile",
    "AttachmentInfo",
    "AttachmentUpload",
    "ChaseNote",
    "ComplaintAccepted",
    "ComplaintActions",
    "ComplaintDetail",
    "ComplaintForbidden",
    "ComplaintInputError",
    "ComplaintIntake",
    "ComplaintList",
    "ComplaintNotFound",
    "ComplaintRefused",
    "ComplaintRow",
    "ComplaintScope",
    "ComplaintSlip",
    "ContactMethod",
    "ExtensionView",
    "IntakePrefill",
    "LedgerExport",
    "MediationView",
    "MilestoneView",
    "OverdueMilestone",
    "OwnerOption",
    "extension_subject",
]

#: What a complaint says and what the customer asks for.
CONTENT_MAX_LENGTH = 2000
#: A milestone's note, a chase note, a transfer note, a resolution, a mediation record.
NOTE_MAX_LENGTH = 1000
#: A reason (extension), a responsible person, an external reference, a mediator.
SHORT_MAX_LENGTH = 100


class ComplaintNotFound(NotFound):
    """No complaint with that id or number in the user's hall (``params``: ``number`` or
    ``complaint_id``); also an attachment that does not exist (``attachment_id``)."""

    code = "complaint.not_found"


class ContactMethod(StrEnum):
    """How the customer was told (feedback, an extension); stored as its value."""

    PHONE = "phone"  # 电话
    SMS = "sms"  # 短信
    IN_PERSON = "in_person"  # 当面
    VISIT = "visit"  # 上门
    LETTER = "letter"  # 信函 / 邮件
    WECHAT = "wechat"  # 微信


class ComplaintScope(StrEnum):
    """Which complaints the list shows."""

    OPEN = "open"  # not closed, the hall's
    MINE = "mine"  # not closed, owned or followed up by the signed-in user
    DUE_TODAY = "due_today"  # the next milestone is due today
    OVERDUE = "overdue"  # a milestone is overdue
    APPEAL = "appeal"  # 申诉 not closed yet
    CLOSED = "closed"
    ALL = "all"


def extension_subject(number: str, kind: MilestoneKind | str) -> str:
    """The subject a manager approves an extension of (``AuthService.approve`` with action
    ``ApprovalAction.COMPLAINT_EXTENSION``): the complaint number and the milestone."""
    return f"{number}/{MilestoneKind(kind).value}"


# ----------------------------------------------------------------------------- input


@dataclass(frozen=True)
class AttachmentUpload:
    """A photo, scan or PDF the customer brought or sent: its name and its bytes (at most
    :data:`MAX_ATTACHMENT_BYTES`; the type is read from the content, not the name)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class ComplaintIntake:
    """What the intake form gives :meth:`ComplaintService.accept`.

    Attributes:
        complainant_name: Required.
        contact_phone: Required: a mobile, a landline with area code, or a 5-digit hotline.
        channel: Where the complaint arrived.
        category: What it is about.
        content: What the complaint says; required.
        received_at: When it was received (aware); None means now. Never in the future.
        severity: The clerk's judgement: ``emergency`` for leak, fire, danger to life;
            ``major``; ``general``. A repeat is raised to ``major`` automatically.
        account_id: The account found with the search, if the complainant has one.
        emergency_contact: Optional, free text (name and phone).
        demands: What the customer asks for; optional.
        responsible_person: The person or department responsible for the matter (责任人);
            required.
        follow_up_id: The user who follows the complaint up with the customer (跟进人); the
            accepting clerk when None. Kept through transfers.
        site_address: For an emergency: where the danger is (the account's supply address
            when empty); goes on the emergency repair request.
        external_reference: The outside channel's own number (12345 工单号), optional.
        external_due_at: That channel's own reply deadline, optional; tracked beside the
            milestones, the earlier one shows in the list.
        attachments: Photos, scans, PDF.
    """

    complainant_name: str
    contact_phone: str
    channel: ComplaintChannel
    category: ComplaintCategory
    content: str
    received_at: datetime | None = None
    severity: Severity = Severity.GENERAL
    account_id: int | None = None
    emergency_contact: str = ""
    demands: str = ""
    responsible_person: str = ""
    follow_up_id: int | None = None
    site_address: str = ""
    external_reference: str = ""
    external_due_at: datetime | None = None
    attachments: tuple[AttachmentUpload, ...] = ()


# ----------------------------------------------------------------------------- output


@dataclass(frozen=True)
class MilestoneView:
    """One milestone of the current round (the first, or the appeal's).

    ``overdue``: not recorded and past due, or recorded after it was due.
    ``on_time``: recorded by its deadline (True), late (False), or None while open.
    """

    milestone_id: int
    kind: MilestoneKind
    round: int
    due_at: datetime
    done_at: datetime | None
    done_by_name: str
    note: str
    extended: bool
    overdue: bool
    on_time: bool | None


@dataclass(frozen=True)
class ExtensionView:
    kind: MilestoneKind
    round: int
    old_due_at: datetime
    new_due_at: datetime
    reason: str
    customer_told_at: datetime
    customer_told_how: str  # a ContactMethod value
    approved_by_name: str
    at: datetime


@dataclass(frozen=True)
class ChaseNote:
    """催办: a manager's note on an overdue milestone, for the complaint's owner."""

    chase_id: int
    complaint_id: int
    complaint_number: str
    kind: MilestoneKind
    at: datetime
    by_name: str
    owner_name: str  # whom it was for (the owner at the time)
    note: str
    seen_at: datetime | None


@dataclass(frozen=True)
class AttachmentInfo:
    attachment_id: int
    filename: str
    content_type: str  # image/jpeg, image/png, ..., application/pdf
    size: int
    added_at: datetime
    added_by_name: str


@dataclass(frozen=True)
class AttachmentFile:
    info: AttachmentInfo
    data: bytes


@dataclass(frozen=True)
class MediationView:
    """调解: a mediation of a dispute and the agreement reached."""

    at: datetime
    mediator: str
    parties: str
    record: str
    agreement: str
    recorded_by_name: str


@dataclass(frozen=True)
class ComplaintRow:
    """A complaint as the lists show it.

    ``next_kind``: the first milestone not recorded; ``next_due_at``: its deadline, or the
    outside channel's when that falls first (``external`` True then); both None once every
    milestone is recorded, and for a closed complaint. ``overdue``: a milestone
    (or the outside deadline) is past due and not met; ``due_today``: the next one is due later
    today. ``unseen_chases``: 催办 notes its owner has not opened yet.
    """

    complaint_id: int
    number: str
    received_at: datetime
    complainant_name: str
    phone_masked: str
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    owner_id: int
    owner_name: str
    is_repeat: bool
    is_appeal: bool
    next_kind: MilestoneKind | None
    next_due_at: datetime | None
    external: bool
    due_today: bool
    overdue: bool
    unseen_chases: int


@dataclass(frozen=True)
class ComplaintActions:
    """What the signed-in user may do to the complaint now (the service checks again)."""

    record_milestone: MilestoneKind | None  # the next one, if they may record it
    extend: bool
    transfer: bool
    feedback: bool
    callback: bool
    close: bool
    mediate: bool
    chase: bool
    add_attachment: bool


@dataclass(frozen=True)
class ComplaintDetail:
    """Everything about one complaint, for its detail screen and the counter's lookup.

    ``contact_phone`` is masked; the full number comes from
    :meth:`ComplaintService.reveal_phone`, which the audit trail records (docs/domain.md §11).
    """

    row: ComplaintRow
    hall_id: int
    contact_phone: str
    content: str
    demands: str
    emergency_contact: str
    account_id: int | None
    account_number: str
    accepted_by_name: str
    follow_up_id: int
    follow_up_name: str
    responsible_person: str
    repeat_of_id: int | None
    repeat_of_number: str
    external_reference: str
    external_due_at: datetime | None
    repair_request_number: str
    resolution: str
    feedback_at: datetime | None
    feedback_method: str  # a ContactMethod value, or ""
    callback_at: datetime | None
    callback_note: str
    satisfaction: Satisfaction | None
    closed_at: datetime | None
    appeal_round: int  # 1: the first handling; 2 and on: appeals
    milestones: tuple[MilestoneView, ...]
    extensions: tuple[ExtensionView, ...]
    chases: tuple[ChaseNote, ...]
    attachments: tuple[AttachmentInfo, ...]
    mediations: tuple[MediationView, ...]
    actions: ComplaintActions


@dataclass(frozen=True)
class ComplaintAccepted:
    """What :meth:`ComplaintService.accept` returns.

    ``slip``: the 投诉受理单 to print (``PrintStep.issue(accepted.slip)``). ``alerted``: the
    hall's manager was alerted (an emergency). ``repair_request_number``: the emergency
    repair request opened in the Requests area, "" when none was.
    """

    detail: ComplaintDetail
    slip: ComplaintSlip
    alerted: bool
    repair_request_number: str


@dataclass(frozen=True)
class ComplaintList:
    rows: tuple[ComplaintRow, ...]
    more: bool  # more matched than the limit


@dataclass(frozen=True)
class OverdueMilestone:
    """A line of the manager's overdue view: one overdue milestone of the hall."""

    complaint_id: int
    number: str
    complainant_name: str
    category: ComplaintCategory
    severity: Severity
    is_appeal: bool
    kind: MilestoneKind
    due_at: datetime
    owner_id: int
    owner_name: str
    chases: int
    last_chased_at: datetime | None


@dataclass(frozen=True)
class OwnerOption:
    """A user a complaint can be transferred to."""

    user_id: int
    employee_no: str
    name: str
    is_manager: bool


@dataclass(frozen=True)
class IntakePrefill:
    """What the intake form starts with when the clerk comes from a customer's 360 view:
    the customer's name and full phone (the clerk is serving them; the read is audited),
    the account and the customer's emergency contact."""

    complainant_name: str
    contact_phone: str
    account_id: int | None
    account_number: str
    emergency_contact: str


@dataclass(frozen=True)
class LedgerExport:
    """Where the 投诉台账 was written and the totals line of its summary sheet."""

    path: Path
    total: LedgerSummaryLine

    @property
    def complaints(self) -> int:
        return self.total.complaints
