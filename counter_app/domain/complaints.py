"""Complaints (投诉受理, docs/domain.md §7): the deadlines, the order of the milestones, repeats,
extensions, what closing needs, attachments, and the 投诉受理单 the customer signs.

No database code here: the complaint services apply these rules in their units of work, the
views read the errors and the DTO of the slip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.documents import IssuedBy
from counter_app.domain.enums import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    MilestoneKind,
    Satisfaction,
    Severity,
)
from counter_app.domain.errors import CodedError, Conflict, InvalidInput, PermissionDenied
from counter_app.domain.identity import ValidationIssue, normalize_text, validate_mobile

# ----------------------------------------------------------------------------- errors


class ComplaintRefused(CodedError, Conflict):
    """The complaint is not in a state that allows this; ``code`` says why.

    Codes (``params`` in brackets):

    * ``complaint.milestone_order`` - an earlier milestone is not recorded yet (``kind``,
      ``missing``);
    * ``complaint.milestone_done`` - this milestone is recorded already (``kind``);
    * ``complaint.extension_late`` - its deadline has passed: too late to extend (``kind``,
      ``due_at``);
    * ``complaint.extension_done`` - the milestone is recorded: nothing to extend (``kind``);
    * ``complaint.closed`` - the complaint is closed (``number``);
    * ``complaint.feedback_needs_milestones`` - the feedback to the customer comes after the
      four milestones (``missing``);
    * ``complaint.callback_needs_feedback`` - the callback comes after the feedback;
    * ``complaint.close_needs_resolution``, ``complaint.close_needs_feedback``,
      ``complaint.close_needs_callback`` - what closing still lacks;
    * ``complaint.close_dissatisfied`` - the customer was not satisfied: the complaint is an
      appeal now, not closable;
    * ``complaint.not_overdue`` - only an overdue milestone is chased (``kind``);
    * ``complaint.same_owner`` - the complaint is owned by that user already;
    * ``complaint.owner_invalid`` - the new owner is not an active clerk or manager of the
      complaint's hall (``user_id``);
    * ``complaint.owner_not_manager`` - a major complaint and an appeal are owned by a manager
      (``user_id``);
    * ``complaint.attachments_full`` - the complaint holds the most attachments allowed
      (``max_count``).
    """


class ComplaintForbidden(CodedError, PermissionDenied):
    """The signed-in user may not do this to this complaint; ``code`` says why.

    Codes: ``complaint.not_owner`` (``owner_name``) - only its owner, its follow-up person or
    a manager of the hall changes a complaint, and only its owner or a manager closes or
    transfers it; ``complaint.other_hall`` - the complaint belongs to another hall;
    ``complaint.manager_only`` - chasing, the overdue view and appeals are the manager's.
    """


class ComplaintInputError(CodedError, InvalidInput):
    """A value given for a complaint cannot be accepted; ``field`` names its input.

    Codes: ``complaint.content_empty``, ``complaint.content_too_long`` (``max_length``),
    ``complaint.text_empty``, ``complaint.text_too_long`` (``max_length``),
    ``complaint.received_future``, ``complaint.time_future``, ``complaint.time_before``
    (``earliest``), ``complaint.extension_days`` (``min``, ``max``),
    ``complaint.attachment_empty``, ``complaint.attachment_too_large`` (``size``,
    ``max_bytes``), ``complaint.attachment_type`` (``filename``),
    ``complaint.satisfaction_invalid``, ``complaint.choice_invalid`` (``value``).
    """

    def __init__(self, code: str, field: str, **params: object) -> None:
        super().__init__(code, **params)
        self.field = field


# ----------------------------------------------------------------------------- deadlines

#: The order milestones are recorded in (docs/domain.md §7).
MILESTONES: tuple[MilestoneKind, ...] = (
    MilestoneKind.INVESTIGATION,
    MilestoneKind.SOLUTION_PROPOSED,
    MilestoneKind.SOLUTION_DONE,
    MilestoneKind.RESULT_REPORTED,
)

#: General and major complaints: working days from receipt, by the working-day calendar.
WORKING_DAYS: Mapping[MilestoneKind, int] = {
    MilestoneKind.INVESTIGATION: 1,
    MilestoneKind.SOLUTION_PROPOSED: 2,
    MilestoneKind.SOLUTION_DONE: 3,
    MilestoneKind.RESULT_REPORTED: 5,
}

#: Emergency complaints (leak, fire, danger to life): clock hours from receipt, 24x7, no
#: calendar. On site and investigating within the hour, a solution within 4, carried out
#: within a day, the customer told within two (docs/domain.md §7).
EMERGENCY_HOURS: Mapping[MilestoneKind, int] = {
    MilestoneKind.INVESTIGATION: 1,
    MilestoneKind.SOLUTION_PROPOSED: 4,
    MilestoneKind.SOLUTION_DONE: 24,
    MilestoneKind.RESULT_REPORTED: 48,
}


def milestone_deadlines(
    start: datetime, severity: Severity, calendar: WorkingCalendar
) -> dict[MilestoneKind, datetime]:
    """Every milestone's deadline for a complaint received (or appealed) at ``start``.

    ``start`` is an aware time in hall time; a working-day deadline is the end of that day
    (docs/domain.md §8), an emergency one the exact clock hour.
    """
    if severity is Severity.EMERGENCY:
        return {kind: start + timedelta(hours=EMERGENCY_HOURS[kind]) for kind in MILESTONES}
    return {kind: calendar.deadline(start, WORKING_DAYS[kind]) for kind in MILESTONES}


def next_open(done: Mapping[MilestoneKind, bool]) -> MilestoneKind | None:
    """The first milestone not recorded yet, in order; None when all four are."""
    for kind in MILESTONES:
        if not done.get(kind, False):
            return kind
    return None


def check_milestone_order(kind: MilestoneKind, done: Mapping[MilestoneKind, bool]) -> None:
    """Milestones are recorded in order, each once.

    Raises:
        ComplaintRefused: ``complaint.milestone_done`` or ``complaint.milestone_order``.
    """
    if done.get(kind, False):
        raise ComplaintRefused("complaint.milestone_done", kind=kind)
    expected = next_open(done)
    if expected is not None and expected is not kind:
        raise ComplaintRefused("complaint.milestone_order", kind=kind, missing=expected)


#: An extension moves a deadline by 1 to this many working days (emergency: days of 24 h).
MAX_EXTENSION_DAYS = 10


def extended_due(
    due: datetime, days: int, severity: Severity, calendar: WorkingCalendar
) -> datetime:
    """``due`` moved on by ``days``: working days for general and major complaints (to the
    end of that day), whole days of 24 hours for an emergency one."""
    if severity is Severity.EMERGENCY:
        return due + timedelta(days=days)
    return calendar.deadline(due, days)


def check_extension(
    kind: MilestoneKind, due: datetime, done: bool, days: int, now: datetime
) -> None:
    """An extension is asked for before the deadline passes, for a milestone not recorded.

    Raises:
        ComplaintRefused: ``complaint.extension_done`` or ``complaint.extension_late``.
        ComplaintInputError: ``complaint.extension_days``.
    """
    if done:
        raise ComplaintRefused("complaint.extension_done", kind=kind)
    if now > due:
        raise ComplaintRefused("complaint.extension_late", kind=kind, due_at=due)
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ComplaintInputError("complaint.extension_days", "days", min=1, max=MAX_EXTENSION_DAYS)


def is_due_today(due: datetime, now: datetime) -> bool:
    """Due later today (hall time), not overdue yet."""
    return due >= now and due.astimezone(now.tzinfo).date() == now.date()


# ----------------------------------------------------------------------------- repeats


def within_repeat_window(earlier: datetime, received: datetime, window_days: int) -> bool:
    """Whether a complaint received at ``earlier`` makes one received at ``received`` a
    repeat: at most ``window_days`` calendar days before it (hall dates, both counted)."""
    days = (received.date() - earlier.astimezone(received.tzinfo).date()).days
    return 0 <= days <= window_days


def repeat_window_start(received: datetime, window_days: int) -> datetime:
    """The earliest receipt time that :func:`within_repeat_window` can accept."""
    first = received.date() - timedelta(days=window_days)
    return datetime.combine(first, time.min, tzinfo=received.tzinfo)


# ----------------------------------------------------------------------------- contact phone

_LANDLINE_MIN = 10  # 0 + area code (2-3 digits) + 7-8 digit number
_LANDLINE_MAX = 12


def validate_contact_phone(raw: str, *, field: str = "contact_phone") -> str:
    """A mobile number (checked as :func:`validate_mobile` does), or a landline with its area
    code (``0571-88886666``, written as ``057188886666``), or a service hotline such as 12345
    (five digits starting 1 or 9) - complaints arrive by any of them.

    Raises:
        ValidationIssue: the ``phone.*`` codes of :func:`validate_mobile`, or
            ``complaint.landline_length`` (``min``, ``max``, ``actual``) for a number
            starting with 0 that is no landline.
    """
    compact = "".join(ch for ch in normalize_text(raw) if ch not in " -()（）")
    compact = compact.translate({cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)})
    if compact.startswith("0") and compact.isascii() and compact.isdigit():
        if _LANDLINE_MIN <= len(compact) <= _LANDLINE_MAX and compact[1] != "0":
            return compact
        # Worded as a landline's, not as a mobile's 11 digits: 0571-888 is a short landline.
        raise ValidationIssue(
            "complaint.landline_length",
            field,
            {"min": _LANDLINE_MIN, "max": _LANDLINE_MAX, "actual": len(compact)},
        )
    if len(compact) == 5 and compact.isascii() and compact.isdigit() and compact[0] in "19":
        return compact
    return validate_mobile(raw, field=field)


# ----------------------------------------------------------------------------- attachments

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 20

# What a file is, by its first bytes: photos, scans and PDF.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", "application/pdf"),
)


def attachment_type(data: bytes, filename: str = "") -> str:
    """The content type of an attachment, read from its content (never from its name).

    Raises:
        ComplaintInputError: ``complaint.attachment_empty``,
            ``complaint.attachment_too_large`` or ``complaint.attachment_type``.
    """
    if not data:
        raise ComplaintInputError("complaint.attachment_empty", "attachments", filename=filename)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ComplaintInputError(
            "complaint.attachment_too_large",
            "attachments",
            filename=filename,
            size=len(data),
            max_bytes=MAX_ATTACHMENT_BYTES,
        )
    for magic, content_type in _MAGIC:
        if data.startswith(magic):
            return content_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    raise ComplaintInputError("complaint.attachment_type", "attachments", filename=filename)


# ----------------------------------------------------------------------------- the slip


@dataclass(frozen=True)
class SlipDeadline:
    """One commitment on the slip: the milestone and the date (or time) it is due."""

    kind: MilestoneKind
    label: str  # 初步调查 ... already worded
    due_at: datetime


@dataclass(frozen=True)
class ComplaintSlip:
    """投诉受理单 (A4): what the customer signs and keeps, with the tracking number."""

    issued: IssuedBy
    number: str
    received_at: datetime
    channel: str  # 柜台现场 ..., already worded
    category: str
    severity: str
    emergency: bool
    complainant_name: str
    phone_masked: str
    account_number: str
    content: str
    demands: str
    deadlines: tuple[SlipDeadline, ...]
    follow_up_name: str
    attachments: int = 0
    appeal: bool = False
    site_address: str = ""  # an emergency: where the danger is
    repair_request_number: str = ""  # the emergency repair opened with it
    reprint_no: int = 0


#: How the slip names the milestones and the rest, in Chinese (the printed language).
MILESTONE_LABELS: Mapping[MilestoneKind, str] = {
    MilestoneKind.INVESTIGATION: "初步调查",
    MilestoneKind.SOLUTION_PROPOSED: "提出处理方案",
    MilestoneKind.SOLUTION_DONE: "处理方案落实",
    MilestoneKind.RESULT_REPORTED: "向客户反馈结果",
}


CHANNEL_LABELS: Mapping[ComplaintChannel, str] = {
    ComplaintChannel.COUNTER: "柜台现场",
    ComplaintChannel.PHONE: "电话",
    ComplaintChannel.ONLINE: "网站/APP",
    ComplaintChannel.LETTER: "信函/邮件",
    ComplaintChannel.SOCIAL: "微信/微博",
    ComplaintChannel.HOTLINE_12345: "12345政务热线",
}
CATEGORY_LABELS: Mapping[ComplaintCategory, str] = {
    ComplaintCategory.ATTITUDE: "服务态度",
    ComplaintCategory.QUALITY: "服务质量",
    ComplaintCategory.SUPPLY: "供气/供电",
    ComplaintCategory.PRICE: "价格收费",
    ComplaintCategory.EQUIPMENT: "设备故障",
    ComplaintCategory.OTHER: "其他",
}
SEVERITY_LABELS: Mapping[Severity, str] = {
    Severity.EMERGENCY: "紧急",
    Severity.MAJOR: "重大",
    Severity.GENERAL: "一般",
}
STATUS_LABELS: Mapping[ComplaintStatus, str] = {
    ComplaintStatus.OPEN: "已受理",
    ComplaintStatus.INVESTIGATING: "处理中",
    ComplaintStatus.RESOLVED: "已反馈",
    ComplaintStatus.CLOSED: "已办结",
    ComplaintStatus.APPEAL: "申诉中",
}
SATISFACTION_LABELS: Mapping[Satisfaction, str] = {
    Satisfaction.VERY_SATISFIED: "非常满意",
    Satisfaction.SATISFIED: "满意",
    Satisfaction.FAIRLY_SATISFIED: "基本满意",
    Satisfaction.DISSATISFIED: "不满意",
}


def is_satisfied(satisfaction: Satisfaction | None) -> bool:
    """满意 in any degree; 不满意 reopens the complaint as an appeal."""
    return satisfaction is not None and satisfaction is not Satisfaction.DISSATISFIED


# ----------------------------------------------------------------------------- the ledger


@dataclass(frozen=True)
class LedgerMilestone:
    """One milestone of one complaint in the ledger: due, done, and whether on time."""

    kind: MilestoneKind
    due_at: datetime
    done_at: datetime | None
    on_time: bool | None  # None: not recorded and not due yet


@dataclass(frozen=True)
class LedgerComplaint:
    """One line of the 投诉台账 (the current round's milestones; every round's callbacks)."""

    number: str
    received_at: datetime
    complainant_name: str
    phone_masked: str
    account_number: str
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    is_repeat: bool
    repeat_of: str
    is_appeal: bool
    owner_name: str
    content: str
    milestones: tuple[LedgerMilestone, ...]
    resolution: str
    feedback_at: datetime | None
    callback_at: datetime | None
    satisfaction: Satisfaction | None
    closed_at: datetime | None
    callbacks: tuple[Satisfaction, ...]  # every 回访 of every round, in order


@dataclass(frozen=True)
class LedgerSummaryLine:
    """One category's figures on the summary sheet (``category`` None: all of them).

    ``milestones_due``: milestones recorded or past their deadline; ``milestones_on_time``:
    those recorded by their deadline. ``satisfied``: callbacks other than 不满意.
    """

    category: ComplaintCategory | None
    complaints: int
    milestones_due: int
    milestones_on_time: int
    repeats: int
    appeals: int
    callbacks: int
    satisfied: int

    @property
    def on_time_rate(self) -> float | None:
        return self.milestones_on_time / self.milestones_due if self.milestones_due else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.callbacks if self.callbacks else None


def _summary_line(
    category: ComplaintCategory | None, complaints: Sequence[LedgerComplaint]
) -> LedgerSummaryLine:
    decided = [m for c in complaints for m in c.milestones if m.on_time is not None]
    callbacks = [r for c in complaints for r in c.callbacks]
    return LedgerSummaryLine(
        category=category,
        complaints=len(complaints),
        milestones_due=len(decided),
        milestones_on_time=sum(1 for m in decided if m.on_time),
        repeats=sum(1 for c in complaints if c.is_repeat),
        appeals=sum(1 for c in complaints if c.is_appeal),
        callbacks=len(callbacks),
        satisfied=sum(1 for r in callbacks if is_satisfied(r)),
    )


def ledger_summary(complaints: Sequence[LedgerComplaint]) -> tuple[LedgerSummaryLine, ...]:
    """The figures by category, every category in its order, then the total."""
    lines = [
        _summary_line(category, [c for c in complaints if c.category is category])
        for category in ComplaintCategory
    ]
    return (*lines, _summary_line(None, complaints))


@dataclass(frozen=True)
class ComplaintLedger:
    """The complaints of one hall received in a period, for the 投诉台账 workbook."""

    hall_name: str
    start: date
    end: date
    exported_by: str
    exported_at: datetime
    complaints: tuple[LedgerComplaint, ...]
