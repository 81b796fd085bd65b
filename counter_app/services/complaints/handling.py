"""Working on a complaint after intake (docs/domain.md §7): the milestones in order, extension
with the manager's approval, transfer, 催办, feedback, callback and appeal, mediation, closing.

The rules of who may do what are in :mod:`.records`; the public methods are documented on
:class:`~counter_app.services.complaints.service.ComplaintService`, which inherits them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Complaint,
    ComplaintAttachment,
    ComplaintCallback,
    ComplaintChase,
    ComplaintExtension,
    ComplaintMediation,
    ComplaintMilestone,
    ComplaintTransfer,
)
from counter_app.domain.approvals import ApprovalGrant
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.complaints import (
    MAX_ATTACHMENTS,
    MILESTONES,
    ComplaintInputError,
    ComplaintRefused,
    check_extension,
    check_milestone_order,
    extended_due,
    is_satisfied,
    next_open,
)
from counter_app.domain.enums import (
    ApprovalAction,
    ComplaintStatus,
    MilestoneKind,
    Satisfaction,
    Severity,
)
from counter_app.domain.permissions import Permission
from counter_app.services import approvals, audit
from counter_app.services.base import Service, requires
from counter_app.services.calendar import load_calendar
from counter_app.services.complaints import records
from counter_app.services.complaints.dto import (
    NOTE_MAX_LENGTH,
    SHORT_MAX_LENGTH,
    AttachmentInfo,
    AttachmentUpload,
    ChaseNote,
    ComplaintDetail,
    ContactMethod,
    OverdueMilestone,
    extension_subject,
)
from counter_app.services.complaints.intake import (
    add_round,
    checked_upload,
    choice,
    is_hall_worker,
    not_before,
    store_attachment,
    text_field,
    time_field,
)
from counter_app.services.customers import ErrorCollector

Change = Callable[[Session, Complaint, datetime], dict[str, Any]]


class ComplaintHandling(Service):
    """The steps of a complaint after intake (see :class:`ComplaintService`)."""

    def _change(
        self,
        complaint_id: int,
        action: str,
        change: Change,
        *,
        decide: bool = False,
        errors: ErrorCollector | None = None,
    ) -> ComplaintDetail:
        """One step in one unit of work: the complaint locked, the user's right checked, the
        change made and audited (``change`` returns what the audit entry records)."""
        if errors is not None:
            errors.raise_if_any()
        now = self._clock.now()
        with self._db.write() as s:
            complaint = records.load(s, self.actor, complaint_id, lock=True)
            records.check_handler(s, self.actor, complaint, decide=decide)
            after = change(s, complaint, now)
            s.flush()
            audit.record_by(s, self.actor, now, action, "complaint", complaint.id, after=after)
            return records.detail(s, self.actor, complaint, now)

    # ------------------------------------------------------------------------- milestones

    @requires(Permission.COMPLAINT_ACCEPT)
    def record_milestone(
        self, complaint_id: int, kind: MilestoneKind, note: str
    ) -> ComplaintDetail:
        """Record a milestone as done now, by the signed-in user, with a note.

        Milestones are recorded in order (investigation, solution proposed, solution carried
        out, result reported); the first one moves the complaint to ``investigating``.

        Raises:
            ComplaintRefused: ``complaint.milestone_order``, ``complaint.milestone_done``,
                ``complaint.closed``.
            ComplaintForbidden: ``complaint.not_owner``, ``complaint.other_hall``.
            FieldErrors: ``note`` (``complaint.text_empty``, ``complaint.text_too_long``).
        """
        errors = ErrorCollector()
        which = MilestoneKind(kind)
        text = text_field(errors, "note", note, NOTE_MAX_LENGTH, required=True)

        def record(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            rows = records.milestones(s, c)
            check_milestone_order(which, records.done_map(rows))
            row = records.milestone(rows, which)
            row.done_at, row.done_by, row.note = now, self.actor.user_id, text
            if c.status is ComplaintStatus.OPEN:
                c.status = ComplaintStatus.INVESTIGATING
            return {"milestone": which, "round": c.appeal_round, "on_time": now <= row.due_at}

        return self._change(complaint_id, "milestone", record, errors=errors)

    @requires(Permission.COMPLAINT_ACCEPT)
    def extend(
        self,
        complaint_id: int,
        kind: MilestoneKind,
        *,
        days: int,
        reason: str,
        customer_told_at: datetime,
        customer_told_how: ContactMethod,
        approval: ApprovalGrant | None,
    ) -> ComplaintDetail:
        """Extend a milestone's deadline by ``days`` working days (an emergency: days of
        24 h), before it passes, with the customer told beforehand; every later milestone not
        recorded yet moves by as much. One ``ComplaintExtension`` row per milestone moved.

        Args:
            approval: A manager's grant from ``AuthService.approve`` with action
                ``ApprovalAction.COMPLAINT_EXTENSION`` and subject
                ``extension_subject(number, kind)``.

        Raises:
            ComplaintRefused: ``complaint.extension_late``, ``complaint.extension_done``,
                ``complaint.closed``.
            FieldErrors: ``days`` (``complaint.extension_days``), ``reason``
                (``complaint.text_empty``, ``complaint.text_too_long``),
                ``customer_told_at`` (``complaint.time_future``, ``complaint.time_before``:
                not before the complaint was received), ``customer_told_how``
                (``complaint.choice_invalid``).
            ApprovalRequired, ApprovalInvalid: no approval, or one that does not fit.
            ComplaintForbidden: ``complaint.not_owner``, ``complaint.other_hall``.
        """
        errors = ErrorCollector()
        which = MilestoneKind(kind)
        why = text_field(errors, "reason", reason, SHORT_MAX_LENGTH * 2, required=True)
        how = choice(errors, "customer_told_how", ContactMethod, customer_told_how)
        now = self._clock.now()
        told = time_field(errors, "customer_told_at", customer_told_at, now)
        calendar = load_calendar(self._db)

        def extend(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            not_before(errors, "customer_told_at", told, c.received_at)
            rows = records.milestones(s, c)
            row = records.milestone(rows, which)
            try:
                check_extension(which, row.due_at, row.done_at is not None, days, now)
            except ComplaintInputError as problem:
                errors.add(problem.field, problem.code, **problem.params)
            errors.raise_if_any()
            approved_by = self._approve_extension(s, c, which, approval, now)
            moved = [m for m in rows[MILESTONES.index(which) :] if m.done_at is None]
            for m in moved:
                new_due = extended_due(m.due_at.astimezone(LOCAL_TZ), days, c.severity, calendar)
                s.add(
                    ComplaintExtension(
                        milestone_id=m.id,
                        old_due_at=m.due_at,
                        new_due_at=new_due,
                        reason=why,
                        customer_told_at=told,
                        customer_told_how=str(how),
                        approved_by=approved_by,
                        at=now,
                    )
                )
                m.due_at = new_due
            return {
                "extended": which,
                "days": days,
                "moved": [m.kind for m in moved],
                "approved_by": approved_by,
            }

        return self._change(complaint_id, "extend", extend, errors=None)

    def _approve_extension(
        self,
        s: Session,
        c: Complaint,
        kind: MilestoneKind,
        approval: ApprovalGrant | None,
        now: datetime,
    ) -> int:
        """Who approved: a manager extending approves it themselves; a clerk brings a
        manager's grant, used here."""
        if approval is None and self.actor.can(Permission.APPROVE):
            return self.actor.user_id
        used = approvals.consume(
            s,
            approval,
            action=ApprovalAction.COMPLAINT_EXTENSION,
            subject=extension_subject(c.number, kind),
            actor=self.actor,
            now=now,
            used_for=c.number,
        )
        return used.approved_by

    # ------------------------------------------------------------------------- owners

    @requires(Permission.COMPLAINT_ACCEPT)
    def transfer(self, complaint_id: int, owner_id: int, note: str) -> ComplaintDetail:
        """Hand the complaint to another owner (e.g. the responsible department's contact);
        the follow-up person and the responsible person from intake stay.

        Raises:
            ComplaintRefused: ``complaint.same_owner``, ``complaint.owner_invalid``,
                ``complaint.owner_not_manager`` (major and appeal complaints),
                ``complaint.closed``.
            ComplaintForbidden: ``complaint.not_owner``, ``complaint.other_hall``.
            FieldErrors: ``note`` (``complaint.text_empty``, ``complaint.text_too_long``).
        """
        errors = ErrorCollector()
        text = text_field(errors, "note", note, NOTE_MAX_LENGTH, required=True)

        def transfer(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            if owner_id == c.owner_id:
                raise ComplaintRefused("complaint.same_owner", number=c.number)
            if not is_hall_worker(s, owner_id, c.hall_id):
                raise ComplaintRefused("complaint.owner_invalid", user_id=owner_id)
            manager_owned = c.severity is not Severity.GENERAL or c.is_appeal
            if manager_owned and not is_hall_worker(s, owner_id, c.hall_id, manager=True):
                raise ComplaintRefused("complaint.owner_not_manager", user_id=owner_id)
            s.add(
                ComplaintTransfer(
                    complaint_id=c.id,
                    at=now,
                    by_id=self.actor.user_id,
                    from_owner_id=c.owner_id,
                    to_owner_id=owner_id,
                    note=text,
                )
            )
            before, c.owner_id = c.owner_id, owner_id
            return {"from_owner": before, "to_owner": owner_id}

        return self._change(complaint_id, "transfer", transfer, decide=True, errors=errors)

    # ------------------------------------------------------------------------- chasing

    @requires(Permission.COMPLAINT_MANAGE)
    def overdue(self) -> tuple[OverdueMilestone, ...]:
        """The manager's view: every overdue milestone of the hall's open complaints, the
        longest overdue first."""
        now = self._clock.now()
        with self._db.read() as s:
            query = (
                select(ComplaintMilestone, Complaint)
                .join(Complaint, Complaint.id == ComplaintMilestone.complaint_id)
                .where(
                    Complaint.status != ComplaintStatus.CLOSED,
                    ComplaintMilestone.round == Complaint.appeal_round,
                    ComplaintMilestone.done_at.is_(None),
                    ComplaintMilestone.due_at < now,
                )
                .order_by(ComplaintMilestone.due_at, Complaint.id)
            )
            if self.actor.hall_id is not None:
                query = query.where(Complaint.hall_id == self.actor.hall_id)
            found = s.execute(query).all()
            chases: dict[int, list[datetime]] = {}
            ids = [m.id for m, _ in found]
            if ids:
                for milestone_id, at in s.execute(
                    select(ComplaintChase.milestone_id, ComplaintChase.at).where(
                        ComplaintChase.milestone_id.in_(ids)
                    )
                ):
                    chases.setdefault(milestone_id, []).append(at)
            names = records.Names(s)
            names.load(c.owner_id for _, c in found)
            return tuple(
                OverdueMilestone(
                    complaint_id=c.id,
                    number=c.number,
                    complainant_name=c.complainant_name,
                    category=c.category,
                    severity=c.severity,
                    is_appeal=c.is_appeal,
                    kind=m.kind,
                    due_at=m.due_at.astimezone(LOCAL_TZ),
                    owner_id=c.owner_id,
                    owner_name=names(c.owner_id),
                    chases=len(chases.get(m.id, [])),
                    last_chased_at=max(chases[m.id]).astimezone(LOCAL_TZ)
                    if m.id in chases
                    else None,
                )
                for m, c in found
            )

    @requires(Permission.COMPLAINT_MANAGE)
    def chase(self, complaint_id: int, kind: MilestoneKind, note: str) -> ComplaintDetail:
        """催办: a manager's note on an overdue milestone, for the complaint's owner to see.

        Raises:
            ComplaintRefused: ``complaint.not_overdue``, ``complaint.closed``.
            FieldErrors: ``note`` (``complaint.text_empty``, ``complaint.text_too_long``).
        """
        errors = ErrorCollector()
        which = MilestoneKind(kind)
        text = text_field(errors, "note", note, NOTE_MAX_LENGTH, required=True)

        def chase(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            row = records.milestone(records.milestones(s, c), which)
            if row.done_at is not None or now <= row.due_at:
                raise ComplaintRefused("complaint.not_overdue", kind=which)
            s.add(
                ComplaintChase(
                    complaint_id=c.id,
                    milestone_id=row.id,
                    at=now,
                    by_id=self.actor.user_id,
                    owner_id=c.owner_id,
                    note=text,
                )
            )
            return {"milestone": which, "owner": c.owner_id}

        return self._change(complaint_id, "chase", chase, errors=errors)

    @requires(Permission.COMPLAINT_ACCEPT)
    def my_chases(self) -> tuple[ChaseNote, ...]:
        """The 催办 notes on complaints the signed-in user owns that they have not seen."""
        with self._db.read() as s:
            found = s.execute(
                select(ComplaintChase, Complaint.number, ComplaintMilestone.kind)
                .join(Complaint, Complaint.id == ComplaintChase.complaint_id)
                .join(ComplaintMilestone, ComplaintMilestone.id == ComplaintChase.milestone_id)
                .where(
                    ComplaintChase.owner_id == self.actor.user_id,
                    Complaint.owner_id == self.actor.user_id,
                    ComplaintChase.seen_at.is_(None),
                )
                .order_by(ComplaintChase.at.desc(), ComplaintChase.id.desc())
            ).all()
            names = records.Names(s)
            return tuple(records.chase_note(x, number, kind, names) for x, number, kind in found)

    @requires(Permission.COMPLAINT_ACCEPT)
    def mark_chases_seen(self, complaint_id: int) -> None:
        """The owner has read the 催办 notes of this complaint (no-op for anyone else)."""
        now = self._clock.now()
        with self._db.write() as s:
            complaint = records.load(s, self.actor, complaint_id)
            unseen = s.execute(
                select(ComplaintChase).where(
                    ComplaintChase.complaint_id == complaint.id,
                    ComplaintChase.owner_id == self.actor.user_id,
                    ComplaintChase.seen_at.is_(None),
                )
            ).scalars()
            for chase in unseen:
                chase.seen_at = now

    # ------------------------------------------------------------------------- closing

    @requires(Permission.COMPLAINT_ACCEPT)
    def record_feedback(
        self,
        complaint_id: int,
        *,
        resolution: str,
        feedback_at: datetime,
        feedback_method: ContactMethod,
    ) -> ComplaintDetail:
        """The resolution and how and when the customer was told it; after the four
        milestones. The complaint becomes ``resolved``.

        Raises:
            ComplaintRefused: ``complaint.feedback_needs_milestones``, ``complaint.closed``.
            FieldErrors: ``resolution`` (``complaint.text_empty``,
                ``complaint.text_too_long``), ``feedback_at`` (``complaint.time_future``,
                ``complaint.time_before``), ``feedback_method``
                (``complaint.choice_invalid``).
            ComplaintForbidden: ``complaint.not_owner``, ``complaint.other_hall``.
        """
        errors = ErrorCollector()
        text = text_field(errors, "resolution", resolution, NOTE_MAX_LENGTH, required=True)
        method = choice(errors, "feedback_method", ContactMethod, feedback_method)
        at = time_field(errors, "feedback_at", feedback_at, self._clock.now())

        def feedback(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            missing = next_open(records.done_map(records.milestones(s, c)))
            if missing is not None:
                raise ComplaintRefused("complaint.feedback_needs_milestones", missing=missing)
            not_before(errors, "feedback_at", at, c.received_at)
            errors.raise_if_any()
            c.resolution, c.feedback_at, c.feedback_method = text, at, str(method)
            c.status = ComplaintStatus.RESOLVED
            return {"feedback_at": at, "method": method}

        return self._change(complaint_id, "feedback", feedback, errors=errors)

    @requires(Permission.COMPLAINT_ACCEPT)
    def record_callback(
        self,
        complaint_id: int,
        *,
        callback_at: datetime,
        satisfaction: Satisfaction,
        note: str = "",
    ) -> ComplaintDetail:
        """回访: the customer's satisfaction after the feedback.

        不满意 (``dissatisfied``) reopens the complaint as an appeal (申诉): status ``appeal``,
        owned by the hall's manager, a new round of the four milestones with deadlines from
        the callback time; the feedback and callback are cleared for the new round (the
        earlier ones stay in the audit trail and the ledger's flags).

        Raises:
            ComplaintRefused: ``complaint.callback_needs_feedback``, ``complaint.closed``.
            FieldErrors: ``callback_at`` (``complaint.time_future``,
                ``complaint.time_before``: not before the feedback), ``satisfaction``
                (``complaint.choice_invalid``), ``note`` (``complaint.text_too_long``).
            ComplaintForbidden: ``complaint.not_owner``, ``complaint.other_hall``.
        """
        errors = ErrorCollector()
        rating = choice(errors, "satisfaction", Satisfaction, satisfaction)
        text = text_field(errors, "note", note, NOTE_MAX_LENGTH)
        at = time_field(errors, "callback_at", callback_at, self._clock.now())
        calendar = load_calendar(self._db)

        def callback(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            if c.status is not ComplaintStatus.RESOLVED or c.feedback_at is None:
                raise ComplaintRefused("complaint.callback_needs_feedback", number=c.number)
            if c.callback_at is not None:
                raise ComplaintRefused("complaint.callback_done", number=c.number)
            not_before(errors, "callback_at", at, c.feedback_at)
            errors.raise_if_any()
            c.callback_at, c.satisfaction, c.callback_note = at, rating, text or None  # type: ignore[assignment]
            s.add(
                ComplaintCallback(
                    complaint_id=c.id,
                    round=c.appeal_round,
                    resolution=c.resolution or "",
                    feedback_at=c.feedback_at,
                    feedback_method=c.feedback_method or "",
                    callback_at=at,
                    satisfaction=rating,
                    note=text or None,
                    recorded_by=self.actor.user_id,
                )
            )
            after: dict[str, Any] = {"callback_at": at, "satisfaction": rating}
            if not is_satisfied(c.satisfaction):
                after.update(self._reopen_as_appeal(s, c, at, calendar))
            return after

        return self._change(complaint_id, "callback", callback, errors=errors)

    def _reopen_as_appeal(
        self, s: Session, c: Complaint, at: datetime, calendar: Any
    ) -> dict[str, Any]:
        """不满意: 申诉, owned by the manager, a new round of milestones due from the callback;
        the round's feedback and callback start empty (the audit trail keeps the earlier)."""
        previous = {
            "round": c.appeal_round,
            "resolution": c.resolution,
            "feedback_at": c.feedback_at,
            "callback_at": c.callback_at,
        }
        c.is_appeal = True
        c.status = ComplaintStatus.APPEAL
        c.appeal_round += 1
        c.owner_id = records.hall_manager(s, c.hall_id, self.actor)
        c.resolution = c.feedback_at = c.feedback_method = None
        c.callback_at = c.satisfaction = c.callback_note = None
        s.flush()
        add_round(s, c, at, calendar)
        return {"appeal_round": c.appeal_round, "owner": c.owner_id, "previous": previous}

    @requires(Permission.COMPLAINT_ACCEPT)
    def close(self, complaint_id: int) -> ComplaintDetail:
        """Close a resolved complaint whose callback found the customer satisfied.

        Raises:
            ComplaintRefused: ``complaint.close_needs_resolution``,
                ``complaint.close_needs_feedback``, ``complaint.close_needs_callback``,
                ``complaint.close_dissatisfied``, ``complaint.closed``.
            ComplaintForbidden: ``complaint.not_owner`` (only the owner or a manager closes),
                ``complaint.other_hall``.
        """

        def close(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            if not c.resolution:
                raise ComplaintRefused("complaint.close_needs_resolution", number=c.number)
            if c.feedback_at is None:
                raise ComplaintRefused("complaint.close_needs_feedback", number=c.number)
            if c.callback_at is None or c.satisfaction is None:
                raise ComplaintRefused("complaint.close_needs_callback", number=c.number)
            c.status, c.closed_at = ComplaintStatus.CLOSED, now
            return {"status": c.status}

        return self._change(complaint_id, "close", close, decide=True)

    @requires(Permission.COMPLAINT_ACCEPT)
    def record_mediation(
        self,
        complaint_id: int,
        *,
        mediated_at: datetime,
        mediator: str,
        parties: str,
        record: str,
        agreement: str,
    ) -> ComplaintDetail:
        """调解: the mediation of a dispute and the agreement reached (several may be kept).

        Raises:
            FieldErrors: ``mediator`` / ``parties`` / ``record`` / ``agreement``
                (``complaint.text_empty``, ``complaint.text_too_long``), ``mediated_at``
                (``complaint.time_future``, ``complaint.time_before``).
            ComplaintRefused: ``complaint.closed``.
            ComplaintForbidden: ``complaint.not_owner``, ``complaint.other_hall``.
        """
        errors = ErrorCollector()
        who = text_field(errors, "mediator", mediator, SHORT_MAX_LENGTH, required=True)
        sides = text_field(errors, "parties", parties, SHORT_MAX_LENGTH * 2, required=True)
        minutes = text_field(errors, "record", record, NOTE_MAX_LENGTH, required=True)
        agreed = text_field(errors, "agreement", agreement, NOTE_MAX_LENGTH, required=True)
        at = time_field(errors, "mediated_at", mediated_at, self._clock.now())

        def mediate(s: Session, c: Complaint, now: datetime) -> dict[str, Any]:
            not_before(errors, "mediated_at", at, c.received_at)
            errors.raise_if_any()
            s.add(
                ComplaintMediation(
                    complaint_id=c.id,
                    mediated_at=at,
                    mediator=who,
                    parties=sides,
                    record=minutes,
                    agreement=agreed,
                    recorded_by=self.actor.user_id,
                    recorded_at=now,
                )
            )
            return {"mediated_at": at, "mediator": who}

        return self._change(complaint_id, "mediation", mediate, errors=errors)

    @requires(Permission.COMPLAINT_ACCEPT)
    def add_attachment(self, complaint_id: int, upload: AttachmentUpload) -> AttachmentInfo:
        """Keep one more photo, scan or PDF with the complaint, in the database.

        Raises:
            ComplaintNotFound, ComplaintForbidden: as :meth:`get`; ``complaint.not_owner``.
            ComplaintInputError: ``complaint.attachment_empty``,
                ``complaint.attachment_too_large``, ``complaint.attachment_type``.
            ComplaintRefused: ``complaint.attachments_full``, ``complaint.closed``.
        """
        errors = ErrorCollector()
        checked = checked_upload(errors, upload)
        errors.raise_if_any()
        assert checked is not None
        name, content_type = checked
        now = self._clock.now()
        with self._db.write() as s:
            complaint = records.load(s, self.actor, complaint_id, lock=True)
            records.check_handler(s, self.actor, complaint)
            count = s.execute(
                select(func.count()).where(ComplaintAttachment.complaint_id == complaint.id)
            ).scalar_one()
            if count >= MAX_ATTACHMENTS:
                raise ComplaintRefused("complaint.attachments_full", max_count=MAX_ATTACHMENTS)
            row = store_attachment(
                s, complaint.id, name, content_type, upload.data, self.actor, now
            )
            s.flush()
            audit.record_by(
                s,
                self.actor,
                now,
                "attach",
                "complaint",
                complaint.id,
                after={"attachment": row.id, "filename": name, "size": row.size},
            )
            return records.attachment_info(row, self.actor.name)
