"""The complaint service (投诉受理, docs/domain.md §7): each public method one unit of work.

Intake, the four milestones on the clock, extension with the manager's approval, transfer,
催办, feedback, callback, appeal, mediation, closing, lookups, the 投诉受理单 through the one
print step, and the 投诉台账 workbook.

Who may do what (checked here, not only by hiding buttons):

* every complaint belongs to a hall; users of another hall neither see nor change it
  (``complaint.other_hall``);
* its owner, its follow-up person (跟进人) and the hall's managers record milestones,
  feedback, callbacks, mediations and attachments, and ask for extensions; only its owner or a
  manager transfers or closes it (``complaint.not_owner``) - so a clerk cannot close a major
  complaint, which a manager owns;
* the overdue view, 催办 and appeals are the managers' (``complaint.manager_only``);
* an extension needs a manager's approval at the counter
  (``ApprovalAction.COMPLAINT_EXTENSION`` on :func:`~.dto.extension_subject`).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Complaint, ComplaintAttachment, Customer, Hall, User
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.complaints import ComplaintSlip, validate_contact_phone
from counter_app.domain.enums import ComplaintStatus, DocumentType, Role, Severity
from counter_app.domain.errors import NotFound, PermissionDenied
from counter_app.domain.identity import ValidationIssue, normalize_text
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import IssuedDocument
from counter_app.files import atomic_write
from counter_app.services import audit, personal_data
from counter_app.services.base import requires
from counter_app.services.calendar import load_calendar
from counter_app.services.complaints import records
from counter_app.services.complaints.dto import (
    SHORT_MAX_LENGTH,
    AttachmentFile,
    ComplaintAccepted,
    ComplaintDetail,
    ComplaintIntake,
    ComplaintList,
    ComplaintNotFound,
    ComplaintRow,
    ComplaintScope,
    IntakePrefill,
    LedgerExport,
    OwnerOption,
)
from counter_app.services.complaints.escalation import escalate
from counter_app.services.complaints.handling import ComplaintHandling
from counter_app.services.complaints.intake import (
    Typed,
    add_round,
    check_intake,
    check_references,
    find_repeat,
    new_complaint,
    repeat_window,
    text_field,
)
from counter_app.services.complaints.ledger import ledger_export, ledger_of
from counter_app.services.complaints.slip import slip_of
from counter_app.services.customers import ErrorCollector
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.print_register import Copies


class ComplaintService(ComplaintHandling, DocumentService):
    """Complaints from intake to closure; prints the 投诉受理单 (:meth:`issue`)."""

    ISSUE_REQUIRES = (Permission.COMPLAINT_ACCEPT,)

    # ------------------------------------------------------------------------- intake

    @requires(Permission.COMPLAINT_ACCEPT)
    def accept(self, intake: ComplaintIntake) -> ComplaintAccepted:
        """Accept a complaint from any channel and issue its tracking number.

        Rules:
            * Every field is checked first and all problems are raised together; nothing is
              saved unless the whole intake is valid (attachments included).
            * A repeat - the same account or the same phone, and the same category, within
              ``complaints.repeat_window_days`` (30) days before - is flagged, linked to the
              latest such complaint and raised to major.
            * Major and emergency complaints are owned by the hall's manager (the signed-in
              one, else the hall's first active manager), others by the accepting clerk; the
              follow-up person (the clerk, unless another is named) stays through transfers.
            * An emergency alerts the hall's manager at once (``alerts.raise_alert``) and opens
              an emergency repair request in the Requests area; both in this unit of work.
            * The four deadlines: working days from receipt by the calendar (general, major),
              clock hours for an emergency (docs/domain.md §7).
            * An emergency needs to say where: the site address, or an account whose supply
              address it is.

        Returns:
            The complaint, the 投诉受理单 to print (:meth:`issue`), whether the manager was
            alerted and the repair request's number.

        Raises:
            FieldErrors: field ``complainant_name`` (``name.*``), ``contact_phone``
                (``phone.*``), ``content`` (``complaint.content_empty``,
                ``complaint.content_too_long``), ``received_at``
                (``complaint.received_future``), ``responsible_person``
                (``complaint.text_empty``, ``complaint.text_too_long``), ``demands`` /
                ``emergency_contact`` / ``site_address`` / ``external_reference``
                (``complaint.text_too_long``), ``external_due_at``
                (``complaint.time_before``), ``attachments``
                (``complaint.attachment_empty``, ``complaint.attachment_too_large``,
                ``complaint.attachment_type``), ``account_id`` (``complaint.account_unknown``),
                ``follow_up_id`` (``complaint.owner_invalid``), ``site_address``
                (``complaint.site_required``), ``channel`` / ``category`` /
                ``severity`` (``complaint.choice_invalid``).
        """
        now = self._clock.now()
        errors = ErrorCollector()
        typed = check_intake(intake, now, errors)
        calendar = load_calendar(self._db)
        with self._db.write() as s:
            return self._accept(s, intake, typed, errors, calendar, now)

    def _accept(
        self,
        s: Session,
        intake: ComplaintIntake,
        typed: Typed,
        errors: ErrorCollector,
        calendar: WorkingCalendar,
        now: datetime,
    ) -> ComplaintAccepted:
        if self.actor.hall_id is None:
            raise PermissionDenied("complaints are taken at a hall", hall_required=True)
        hall = s.get(Hall, self.actor.hall_id)
        assert hall is not None
        account = check_references(s, intake, hall.id, errors)
        errors.raise_if_any()
        repeat_of = find_repeat(s, typed, None if account is None else account.id, repeat_window(s))
        manager_owned = typed.severity is not Severity.GENERAL or repeat_of is not None
        complaint = new_complaint(
            s,
            typed,
            hall=hall,
            account=account,
            follow_up_id=intake.follow_up_id or self.actor.user_id,
            owner_id=records.hall_manager(s, hall.id, self.actor)
            if manager_owned
            else self.actor.user_id,
            repeat_of=repeat_of,
            actor=self.actor,
            now=now,
        )
        add_round(s, complaint, complaint.received_at, calendar)
        alerted, repair = False, ""
        if complaint.severity is Severity.EMERGENCY:
            alerted, repair = escalate(s, self.actor, self._clock, complaint, account, now)
        audit.record_by(
            s,
            self.actor,
            now,
            "create",
            "complaint",
            complaint.id,
            after={
                "number": complaint.number,
                "severity": complaint.severity,
                "category": complaint.category,
                "channel": complaint.channel,
                "repeat_of": None if repeat_of is None else repeat_of.number,
                "owner": complaint.owner_id,
                "attachments": len(typed.attachments),
                "repair_request": repair or None,
            },
        )
        return ComplaintAccepted(
            detail=records.detail(s, self.actor, complaint, now),
            slip=slip_of(s, complaint, self.actor, now),
            alerted=alerted,
            repair_request_number=repair,
        )

    @requires(Permission.COMPLAINT_ACCEPT)
    def intake_prefill(self, customer_id: int, account_id: int | None = None) -> IntakePrefill:
        """The intake form's start for a customer found in the 360 view (F7).

        The full phone is read for the clerk serving the customer and audited as a reveal.

        Raises:
            NotFound: no such customer (``customer``), or the account is not theirs.
        """
        with self._db.write() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound("no such customer", customer=customer_id)
            account = None
            if account_id is not None:
                account = s.get(Account, account_id)
                if account is None or account.customer_id != customer.id:
                    raise NotFound("not the customer's account", account=account_id)
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "reveal",
                "customer",
                customer.id,
                after={"field": "phone", "for": "complaint"},
            )
            clear = personal_data.sealed_fields(s, customer)
            return IntakePrefill(
                complainant_name=customer.name,
                contact_phone=clear["phone"] or "",
                account_id=None if account is None else account.id,
                account_number="" if account is None else account.number,
                emergency_contact=clear["emergency_contact"] or "",
            )

    @requires(Permission.CUSTOMER_READ)
    def attachment(self, attachment_id: int) -> AttachmentFile:
        """One attachment with its bytes, to show or save.

        Raises:
            ComplaintNotFound: no such attachment in the user's hall.
        """
        with self._db.read() as s:
            row = s.get(ComplaintAttachment, attachment_id)
            if row is None:
                raise ComplaintNotFound("no such attachment", attachment_id=attachment_id)
            records.load(s, self.actor, row.complaint_id)
            info = records.attachment_info(row, records.Names(s)(row.added_by))
            return AttachmentFile(info=info, data=bytes(row.data))

    # ------------------------------------------------------------------------- reading

    @requires(Permission.CUSTOMER_READ)
    def get(self, complaint_id: int) -> ComplaintDetail:
        """One complaint with its milestones, extensions, chases, attachments, mediations
        and what the signed-in user may do to it.

        Raises:
            ComplaintNotFound: no such complaint.
            ComplaintForbidden: ``complaint.other_hall``.
        """
        with self._db.read() as s:
            complaint = records.load(s, self.actor, complaint_id)
            return records.detail(s, self.actor, complaint, self._clock.now())

    @requires(Permission.COMPLAINT_ACCEPT)
    def reveal_phone(self, complaint_id: int) -> str:
        """The complainant's full phone, to call them back; the look is audited.

        Raises:
            ComplaintNotFound, ComplaintForbidden: ``complaint.other_hall``, and
                ``complaint.not_owner`` for a user who neither owns, follows up nor manages it.
        """
        with self._db.write() as s:
            complaint = records.load(s, self.actor, complaint_id)
            if not records.may_handle(self.actor, complaint):
                raise records.not_owner(s, complaint)
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "reveal",
                "complaint",
                complaint.id,
                after={"field": "contact_phone"},
            )
            return personal_data.complaint_contact(s, complaint).phone

    @requires(Permission.CUSTOMER_READ)
    def find(self, number: str) -> ComplaintDetail:
        """The complaint with this tracking number in the user's hall.

        Raises:
            ComplaintNotFound: no such number (``number``).
        """
        with self._db.read() as s:
            complaint = self._by_number(s, number)
            return records.detail(s, self.actor, complaint, self._clock.now())

    @requires(Permission.CUSTOMER_READ)
    def lookup(self, text: str) -> tuple[ComplaintRow, ...]:
        """For a customer asking how their complaint stands: the complaints of the hall
        whose tracking number is ``text`` or whose contact phone is ``text`` (any form the
        phone check accepts), newest first. Empty when nothing matches.
        """
        cleaned = normalize_text(text or "").strip().upper()
        if not cleaned:
            return ()
        with self._db.read() as s:
            match = [Complaint.number == cleaned]
            with contextlib.suppress(ValidationIssue):  # not a phone: the number alone
                phone = validate_contact_phone(cleaned)
                match.append(personal_data.complaint_phone_is(s, phone))
            found = self._hall_complaints(s, or_(*match)).order_by(
                Complaint.received_at.desc(), Complaint.id.desc()
            )
            return tuple(records.rows_of(s, list(s.execute(found).scalars()), self._clock.now()))

    @requires(Permission.CUSTOMER_READ)
    def list(
        self, scope: ComplaintScope = ComplaintScope.OPEN, *, limit: int = 200
    ) -> ComplaintList:
        """The hall's complaints for the list screen, most urgent first (overdue, then by
        the next deadline), each with its next deadline, due today and overdue."""
        now = self._clock.now()
        which = ComplaintScope(scope)
        with self._db.read() as s:
            query = self._hall_complaints(s)
            if which is ComplaintScope.CLOSED:
                query = query.where(Complaint.status == ComplaintStatus.CLOSED).order_by(
                    Complaint.closed_at.desc(), Complaint.id.desc()
                )
            elif which is not ComplaintScope.ALL:
                query = query.where(Complaint.status != ComplaintStatus.CLOSED)
            if which is ComplaintScope.MINE:
                me = self.actor.user_id
                query = query.where(or_(Complaint.owner_id == me, Complaint.follow_up_id == me))
            elif which is ComplaintScope.APPEAL:
                query = query.where(Complaint.is_appeal.is_(True))
            if which in (ComplaintScope.CLOSED, ComplaintScope.ALL):
                query = query.order_by(Complaint.received_at.desc(), Complaint.id.desc())
                complaints = list(s.execute(query.limit(limit + 1)).scalars())
                rows = records.rows_of(s, complaints[:limit], now)
                more = len(complaints) > limit
                return ComplaintList(rows=tuple(rows), more=more)
            # Open complaints are few enough to judge each one's deadlines here.
            rows = records.rows_of(s, list(s.execute(query).scalars()), now)
        if which is ComplaintScope.OVERDUE:
            rows = [r for r in rows if r.overdue]
        elif which is ComplaintScope.DUE_TODAY:
            rows = [r for r in rows if r.due_today]
        rows.sort(key=records.urgency)
        return ComplaintList(rows=tuple(rows[:limit]), more=len(rows) > limit)

    @requires(Permission.CUSTOMER_READ)
    def for_account(self, account_id: int) -> tuple[ComplaintRow, ...]:
        """The complaints linked to an account, newest first, for the 360 view."""
        with self._db.read() as s:
            query = self._hall_complaints(s, Complaint.account_id == account_id).order_by(
                Complaint.received_at.desc(), Complaint.id.desc()
            )
            return tuple(records.rows_of(s, list(s.execute(query).scalars()), self._clock.now()))

    @requires(Permission.COMPLAINT_ACCEPT)
    def owners(self) -> tuple[OwnerOption, ...]:
        """The active clerks and managers of the hall a complaint can be transferred to."""
        with self._db.read() as s:
            query = (
                select(User)
                .where(User.active.is_(True), User.role.in_((Role.CLERK, Role.MANAGER)))
                .order_by(User.role.desc(), User.employee_no)
            )
            if self.actor.hall_id is not None:
                query = query.where(User.hall_id == self.actor.hall_id)
            return tuple(
                OwnerOption(
                    user_id=u.id,
                    employee_no=u.employee_no,
                    name=u.name,
                    is_manager=u.role is Role.MANAGER,
                )
                for u in s.execute(query).scalars()
            )

    # ------------------------------------------------------------------------- printing

    @requires(Permission.COMPLAINT_ACCEPT)
    def slip(self, complaint_id: int) -> ComplaintSlip:
        """The 投诉受理单 of a complaint as it stands (current deadlines), e.g. to print it
        again for an appeal: pass it to :meth:`issue` (first print) or use
        :meth:`reprint_slip`."""
        with self._db.read() as s:
            complaint = records.load(s, self.actor, complaint_id)
            return slip_of(s, complaint, self.actor, self._clock.now())

    @requires(Permission.COMPLAINT_ACCEPT)
    def reprint_slip(self, number: str, reason: str, layout: str | None = None) -> IssuedDocument:
        """A 补打 copy of the slip, entered in the print register with its reason; hand it to
        ``PrintStep.send``.

        Raises:
            ComplaintNotFound: no such number in the hall.
            FieldErrors: no reason.
        """
        errors = ErrorCollector()
        why = text_field(errors, "reason", reason, SHORT_MAX_LENGTH * 2, required=True)
        errors.raise_if_any()
        now = self._clock.now()
        with self._db.write() as s:
            complaint = self._by_number(s, number)

            def copy(copies: Copies) -> ComplaintSlip:
                return replace(slip_of(s, complaint, self.actor, now), reprint_no=copies.count)

            issued, _ = self._issue_copy(
                s,
                DocumentType.COMPLAINT_SLIP,
                complaint.number,
                copy,
                at=now,
                layout=layout,
                reason=why,
                subject=DocumentSubject(complaint.hall_id, complaint.account_id),
            )
            return issued

    def _by_number(self, s: Session, number: str) -> Complaint:
        cleaned = normalize_text(number or "").strip().upper()
        complaint = s.execute(
            self._hall_complaints(s, Complaint.number == cleaned)
        ).scalar_one_or_none()
        if complaint is None:
            raise ComplaintNotFound("no such complaint", number=cleaned)
        return complaint

    def _hall_complaints(self, s: Session, *where: Any) -> Select[Complaint]:
        query = select(Complaint).where(*where)
        if self.actor.hall_id is not None:
            query = query.where(Complaint.hall_id == self.actor.hall_id)
        return query

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        if doc_type is DocumentType.COMPLAINT_SLIP:
            found = s.execute(
                select(Complaint.hall_id, Complaint.account_id).where(
                    Complaint.number == doc_number
                )
            ).first()
            if found is not None:
                return DocumentSubject(hall_id=found.hall_id, account_id=found.account_id)
            raise ComplaintNotFound("no such complaint", number=doc_number)
        raise NotFound(f"complaints do not issue {doc_type}")

    # ------------------------------------------------------------------------- the ledger

    @requires(Permission.REPORT_EXPORT)
    def export_ledger(self, path: Path, start: date, end: date) -> LedgerExport:
        """Write the 投诉台账 of the user's hall for complaints received from ``start`` to
        ``end`` (hall dates, both included) to ``path`` (.xlsx, written whole or not at all).

        Raises:
            FieldErrors: ``end`` before ``start`` (``complaint.period_invalid``).
            OSError: the file cannot be written.
        """
        if end < start:
            errors = ErrorCollector()
            errors.add("end", "complaint.period_invalid", start=start, end=end)
            errors.raise_if_any()
        now = self._clock.now()
        with self._db.read() as s:
            ledger = ledger_of(s, self.actor, start, end, now)
        from counter_app.reports.complaints_ledger import ledger_workbook

        atomic_write(path, ledger_workbook(ledger))
        with self._db.write() as s:
            audit.record_by(
                s,
                self.actor,
                now,
                "export",
                "complaint_ledger",
                f"{start.isoformat()}..{end.isoformat()}",
                after={"path": str(path), "complaints": len(ledger.complaints)},
            )
        return ledger_export(path, ledger)
