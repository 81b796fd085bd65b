"""Reading complaints: loading one with the checks of who may see and change it, the state of
its milestones, and the DTOs the screens get (docs/domain.md §7)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    Complaint,
    ComplaintAttachment,
    ComplaintChase,
    ComplaintExtension,
    ComplaintMediation,
    ComplaintMilestone,
    ServiceRequest,
    User,
)
from counter_app.domain.clock import LOCAL_TZ, local_time
from counter_app.domain.complaints import (
    MILESTONES,
    ComplaintForbidden,
    ComplaintRefused,
    is_due_today,
    next_open,
)
from counter_app.domain.enums import ComplaintStatus, MilestoneKind, Role, Severity
from counter_app.domain.identity import mask_phone
from counter_app.domain.permissions import Permission
from counter_app.services import personal_data
from counter_app.services.base import Actor
from counter_app.services.complaints.dto import (
    AttachmentInfo,
    ChaseNote,
    ComplaintActions,
    ComplaintDetail,
    ComplaintNotFound,
    ComplaintRow,
    ExtensionView,
    MediationView,
    MilestoneView,
)
from counter_app.services.hall_boundary import company_wide

# ----------------------------------------------------------------------------- who may


def is_manager(actor: Actor) -> bool:
    return actor.can(Permission.COMPLAINT_MANAGE)


def check_hall(actor: Actor, complaint: Complaint) -> None:
    """A complaint is its hall's: clerks and managers of another hall neither see nor change
    it; an auditor reads every hall's (docs/domain.md §1 "Hall boundaries")."""
    if company_wide(actor):
        return
    if actor.hall_id is not None and complaint.hall_id != actor.hall_id:
        raise ComplaintForbidden("complaint.other_hall", number=complaint.number)


def may_handle(actor: Actor, complaint: Complaint) -> bool:
    """Its owner, its follow-up person and the hall's managers work on a complaint."""
    return is_manager(actor) or actor.user_id in (complaint.owner_id, complaint.follow_up_id)


def may_decide(actor: Actor, complaint: Complaint) -> bool:
    """Only its owner or a manager transfers or closes it."""
    return is_manager(actor) or actor.user_id == complaint.owner_id


def not_owner(s: Session, complaint: Complaint) -> ComplaintForbidden:
    owner = s.get(User, complaint.owner_id)
    return ComplaintForbidden(
        "complaint.not_owner", number=complaint.number, owner_name=owner.name if owner else ""
    )


def check_handler(s: Session, actor: Actor, complaint: Complaint, *, decide: bool = False) -> None:
    """The signed-in user may change this complaint (``decide``: transfer or close it), and it
    is not closed.

    Raises:
        ComplaintForbidden: ``complaint.not_owner``.
        ComplaintRefused: ``complaint.closed``.
    """
    allowed = may_decide(actor, complaint) if decide else may_handle(actor, complaint)
    if not allowed:
        raise not_owner(s, complaint)
    if complaint.status is ComplaintStatus.CLOSED:
        raise ComplaintRefused("complaint.closed", number=complaint.number)


def load(s: Session, actor: Actor, complaint_id: int, *, lock: bool = False) -> Complaint:
    """The complaint, in the actor's hall.

    Raises:
        ComplaintNotFound, ComplaintForbidden: ``complaint.other_hall``.
    """
    query = select(Complaint).where(Complaint.id == complaint_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    complaint = s.execute(query).scalar_one_or_none()
    if complaint is None:
        raise ComplaintNotFound("no such complaint", complaint_id=complaint_id)
    check_hall(actor, complaint)
    return complaint


def hall_manager(s: Session, hall_id: int, actor: Actor) -> int:
    """Who owns a major complaint or an appeal: the signed-in manager, else the hall's first
    active manager; the actor when the hall has none (so the complaint is never ownerless)."""
    if is_manager(actor) and actor.hall_id in (None, hall_id):
        return actor.user_id
    manager = s.execute(
        select(User.id)
        .where(User.hall_id == hall_id, User.role == Role.MANAGER, User.active.is_(True))
        .order_by(User.id)
        .limit(1)
    ).scalar_one_or_none()
    return actor.user_id if manager is None else manager


# ----------------------------------------------------------------------------- milestones


def milestones(s: Session, complaint: Complaint) -> list[ComplaintMilestone]:
    """The current round's milestones, in their order."""
    rows = s.execute(
        select(ComplaintMilestone).where(
            ComplaintMilestone.complaint_id == complaint.id,
            ComplaintMilestone.round == complaint.appeal_round,
        )
    ).scalars()
    by_kind = {m.kind: m for m in rows}
    return [by_kind[k] for k in MILESTONES if k in by_kind]


def done_map(rows: Iterable[ComplaintMilestone]) -> dict[MilestoneKind, bool]:
    return {m.kind: m.done_at is not None for m in rows}


def milestone(rows: Sequence[ComplaintMilestone], kind: MilestoneKind) -> ComplaintMilestone:
    for row in rows:
        if row.kind is kind:
            return row
    raise ComplaintNotFound("no such milestone", kind=kind)


def on_time(m: ComplaintMilestone, now: datetime) -> bool | None:
    if m.done_at is not None:
        return m.done_at <= m.due_at
    return False if now > m.due_at else None


@dataclass(frozen=True)
class Deadline:
    """Where a complaint stands against its deadlines now."""

    next_kind: MilestoneKind | None
    next_due_at: datetime | None
    external: bool
    overdue: bool
    due_today: bool


def deadline_state(
    complaint: Complaint, rows: Sequence[ComplaintMilestone], now: datetime
) -> Deadline:
    """The next deadline (a milestone's, or the outside channel's when that falls first),
    whether one is overdue, and whether the next is due later today."""
    if complaint.status is ComplaintStatus.CLOSED:
        return Deadline(None, None, False, False, False)
    kind = next_open(done_map(rows))
    due = milestone(rows, kind).due_at if kind is not None else None
    overdue = any(m.done_at is None and now > m.due_at for m in rows)
    external = False
    reported = kind is None  # the outside channel is answered with the result
    outside = complaint.external_due_at
    if outside is not None and not reported and (due is None or outside < due):
        due, external = outside, True
        overdue = overdue or now > outside
    today = due is not None and not overdue and is_due_today(due, now.astimezone(LOCAL_TZ))
    return Deadline(kind, due, external, overdue, today)


# ----------------------------------------------------------------------------- DTOs


class Names:
    """Users' names, looked up once per unit of work."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._names: dict[int, str] = {}

    def load(self, ids: Iterable[int | None]) -> None:
        wanted = {i for i in ids if i is not None and i not in self._names}
        if wanted:
            rows = self._s.execute(select(User.id, User.name).where(User.id.in_(wanted)))
            self._names.update({uid: name for uid, name in rows})

    def __call__(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id not in self._names:
            self.load([user_id])
        return self._names.get(user_id, "")


def _unseen_chases(s: Session, complaint_ids: Sequence[int]) -> dict[int, int]:
    if not complaint_ids:
        return {}
    rows = s.execute(
        select(ComplaintChase.complaint_id, func.count())
        .join(Complaint, Complaint.id == ComplaintChase.complaint_id)
        .where(
            ComplaintChase.complaint_id.in_(complaint_ids),
            ComplaintChase.seen_at.is_(None),
            ComplaintChase.owner_id == Complaint.owner_id,
        )
        .group_by(ComplaintChase.complaint_id)
    )
    return {cid: n for cid, n in rows}


def round_milestones(
    s: Session, complaints: Sequence[Complaint]
) -> dict[int, list[ComplaintMilestone]]:
    if not complaints:
        return {}
    rounds = {c.id: c.appeal_round for c in complaints}
    found: dict[int, dict[MilestoneKind, ComplaintMilestone]] = {c.id: {} for c in complaints}
    rows = s.execute(
        select(ComplaintMilestone).where(ComplaintMilestone.complaint_id.in_(list(rounds)))
    ).scalars()
    for m in rows:
        if m.round == rounds[m.complaint_id]:
            found[m.complaint_id][m.kind] = m
    return {cid: [by[k] for k in MILESTONES if k in by] for cid, by in found.items()}


def rows_of(s: Session, complaints: Sequence[Complaint], now: datetime) -> list[ComplaintRow]:
    """List rows of ``complaints``, in the order given."""
    names = Names(s)
    names.load(c.owner_id for c in complaints)
    by_complaint = round_milestones(s, complaints)
    unseen = _unseen_chases(s, [c.id for c in complaints])
    phones = personal_data.complaint_contacts(s, complaints)
    return [
        _row(c, phones[c.id].phone, by_complaint.get(c.id, []), names, unseen.get(c.id, 0), now)
        for c in complaints
    ]


def _row(
    c: Complaint,
    phone: str,
    rows: Sequence[ComplaintMilestone],
    names: Names,
    unseen: int,
    now: datetime,
) -> ComplaintRow:
    state = deadline_state(c, rows, now)
    return ComplaintRow(
        complaint_id=c.id,
        number=c.number,
        received_at=c.received_at.astimezone(LOCAL_TZ),
        complainant_name=c.complainant_name,
        phone_masked=mask_phone(phone),
        channel=c.channel,
        category=c.category,
        severity=c.severity,
        status=c.status,
        owner_id=c.owner_id,
        owner_name=names(c.owner_id),
        is_repeat=c.is_repeat,
        is_appeal=c.is_appeal,
        next_kind=state.next_kind,
        next_due_at=local_time(state.next_due_at),
        external=state.external,
        due_today=state.due_today,
        overdue=state.overdue,
        unseen_chases=unseen,
    )


def urgency(row: ComplaintRow) -> tuple[object, ...]:
    """Emergencies first, then overdue, due today, by the next deadline; newest last."""
    far = datetime.max.replace(tzinfo=LOCAL_TZ)
    return (
        row.severity is not Severity.EMERGENCY or row.status is ComplaintStatus.CLOSED,
        not row.overdue,
        not row.due_today,
        row.next_due_at or far,
        -row.complaint_id,
    )


def detail(s: Session, actor: Actor, c: Complaint, now: datetime) -> ComplaintDetail:
    """Everything about ``c`` for the signed-in user."""
    names = Names(s)
    all_milestones = list(
        s.execute(
            select(ComplaintMilestone)
            .where(ComplaintMilestone.complaint_id == c.id)
            .order_by(ComplaintMilestone.round, ComplaintMilestone.id)
        ).scalars()
    )
    current = [m for m in all_milestones if m.round == c.appeal_round]
    current.sort(key=lambda m: MILESTONES.index(m.kind))
    by_id = {m.id: m for m in all_milestones}
    extensions = (
        list(
            s.execute(
                select(ComplaintExtension)
                .where(ComplaintExtension.milestone_id.in_(list(by_id)))
                .order_by(ComplaintExtension.id)
            ).scalars()
        )
        if by_id
        else []
    )
    chases = list(
        s.execute(
            select(ComplaintChase)
            .where(ComplaintChase.complaint_id == c.id)
            .order_by(ComplaintChase.id)
        ).scalars()
    )
    attachments = list(
        s.execute(
            select(
                ComplaintAttachment.id,
                ComplaintAttachment.filename,
                ComplaintAttachment.content_type,
                ComplaintAttachment.size,
                ComplaintAttachment.added_at,
                ComplaintAttachment.added_by,
            )
            .where(ComplaintAttachment.complaint_id == c.id)
            .order_by(ComplaintAttachment.id)
        )
    )
    mediations = list(
        s.execute(
            select(ComplaintMediation)
            .where(ComplaintMediation.complaint_id == c.id)
            .order_by(ComplaintMediation.id)
        ).scalars()
    )
    names.load(
        [c.owner_id, c.accepted_by, c.follow_up_id]
        + [m.done_by for m in current]
        + [e.approved_by for e in extensions]
        + [x.by_id for x in chases]
        + [x.owner_id for x in chases]
        + [a.added_by for a in attachments]
        + [m.recorded_by for m in mediations]
    )
    extended = {e.milestone_id for e in extensions}
    account_number = ""
    if c.account_id is not None:
        account_number = s.execute(
            select(Account.number).where(Account.id == c.account_id)
        ).scalar_one()
    repeat_of_number = ""
    if c.repeat_of_id is not None:
        repeat_of_number = s.execute(
            select(Complaint.number).where(Complaint.id == c.repeat_of_id)
        ).scalar_one()
    repair_number = ""
    if c.repair_request_id is not None:
        repair_number = s.execute(
            select(ServiceRequest.number).where(ServiceRequest.id == c.repair_request_id)
        ).scalar_one()
    unseen = sum(1 for x in chases if x.seen_at is None and x.owner_id == c.owner_id)
    contact = personal_data.complaint_contact(s, c)
    row = _row(c, contact.phone, current, names, unseen, now)
    return ComplaintDetail(
        row=row,
        hall_id=c.hall_id,
        contact_phone=mask_phone(contact.phone),
        content=c.content,
        demands=c.demands or "",
        emergency_contact=contact.emergency_contact or "",
        account_id=c.account_id,
        account_number=account_number,
        accepted_by_name=names(c.accepted_by),
        follow_up_id=c.follow_up_id or c.accepted_by,
        follow_up_name=names(c.follow_up_id or c.accepted_by),
        responsible_person=c.responsible_person,
        repeat_of_id=c.repeat_of_id,
        repeat_of_number=repeat_of_number,
        external_reference=c.external_reference or "",
        external_due_at=local_time(c.external_due_at),
        repair_request_number=repair_number,
        resolution=c.resolution or "",
        feedback_at=local_time(c.feedback_at),
        feedback_method=c.feedback_method or "",
        callback_at=local_time(c.callback_at),
        callback_note=c.callback_note or "",
        satisfaction=c.satisfaction,
        closed_at=local_time(c.closed_at),
        appeal_round=c.appeal_round,
        milestones=tuple(
            MilestoneView(
                milestone_id=m.id,
                kind=m.kind,
                round=m.round,
                due_at=m.due_at.astimezone(LOCAL_TZ),
                done_at=local_time(m.done_at),
                done_by_name=names(m.done_by),
                note=m.note or "",
                extended=m.id in extended,
                overdue=m.done_at is None and now > m.due_at,
                on_time=on_time(m, now),
            )
            for m in current
        ),
        extensions=tuple(
            ExtensionView(
                kind=by_id[e.milestone_id].kind,
                round=by_id[e.milestone_id].round,
                old_due_at=e.old_due_at.astimezone(LOCAL_TZ),
                new_due_at=e.new_due_at.astimezone(LOCAL_TZ),
                reason=e.reason,
                customer_told_at=e.customer_told_at.astimezone(LOCAL_TZ),
                customer_told_how=e.customer_told_how,
                approved_by_name=names(e.approved_by),
                at=e.at.astimezone(LOCAL_TZ),
            )
            for e in extensions
        ),
        chases=tuple(chase_note(x, c.number, by_id[x.milestone_id].kind, names) for x in chases),
        attachments=tuple(attachment_info(a, names(a.added_by)) for a in attachments),
        mediations=tuple(
            MediationView(
                at=m.mediated_at.astimezone(LOCAL_TZ),
                mediator=m.mediator,
                parties=m.parties,
                record=m.record,
                agreement=m.agreement,
                recorded_by_name=names(m.recorded_by),
            )
            for m in mediations
        ),
        actions=_actions(actor, c, current, row, now),
    )


def attachment_info(row: Any, added_by_name: str) -> AttachmentInfo:
    """An attachment as the screens list it, from its row (or the row's columns without
    the file's bytes)."""
    return AttachmentInfo(
        attachment_id=row.id,
        filename=row.filename,
        content_type=row.content_type,
        size=row.size,
        added_at=row.added_at.astimezone(LOCAL_TZ),
        added_by_name=added_by_name,
    )


def chase_note(x: ComplaintChase, number: str, kind: MilestoneKind, names: Names) -> ChaseNote:
    return ChaseNote(
        chase_id=x.id,
        complaint_id=x.complaint_id,
        complaint_number=number,
        kind=kind,
        at=x.at.astimezone(LOCAL_TZ),
        by_name=names(x.by_id),
        owner_name=names(x.owner_id),
        note=x.note,
        seen_at=local_time(x.seen_at),
    )


def _actions(
    actor: Actor,
    c: Complaint,
    rows: Sequence[ComplaintMilestone],
    row: ComplaintRow,
    now: datetime,
) -> ComplaintActions:
    open_ = c.status is not ComplaintStatus.CLOSED
    handles = open_ and may_handle(actor, c)
    decides = open_ and may_decide(actor, c)
    kind = next_open(done_map(rows))
    all_done = kind is None
    return ComplaintActions(
        record_milestone=kind if handles else None,
        extend=handles and any(m.done_at is None and now <= m.due_at for m in rows),
        transfer=decides,
        feedback=handles and all_done and c.feedback_at is None,
        callback=handles and c.status is ComplaintStatus.RESOLVED and c.callback_at is None,
        close=decides and c.status is ComplaintStatus.RESOLVED and c.callback_at is not None,
        mediate=handles,
        chase=open_ and is_manager(actor) and row.overdue,
        add_attachment=handles,
    )
