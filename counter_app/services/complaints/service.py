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

from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from counter_app.domain.approvals import ApprovalGrant
from counter_app.domain.enums import DocumentType, MilestoneKind, Satisfaction
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import IssuedDocument
from counter_app.services.base import requires
from counter_app.services.complaints.dto import (
    AttachmentFile,
    AttachmentInfo,
    AttachmentUpload,
    ChaseNote,
    ComplaintAccepted,
    ComplaintDetail,
    ComplaintIntake,
    ComplaintList,
    ComplaintRow,
    ComplaintScope,
    ComplaintSlip,
    ContactMethod,
    IntakePrefill,
    LedgerExport,
    OverdueMilestone,
    OwnerOption,
)
from counter_app.services.documents import DocumentService, DocumentSubject


class ComplaintService(DocumentService):
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
            * Major complaints are owned by the hall's manager (the first active one), others
              by the accepting clerk; the follow-up person stays as given.
            * An emergency alerts the hall's manager at once (``alerts.raise_alert``) and opens
              an emergency repair request in the Requests area; both in this unit of work.
            * The four deadlines: working days from receipt by the calendar (general, major),
              clock hours for an emergency (docs/domain.md §7).

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
                ``follow_up_id`` (``complaint.owner_invalid``), ``channel`` / ``category`` /
                ``severity`` (``complaint.choice_invalid``).
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def intake_prefill(self, customer_id: int, account_id: int | None = None) -> IntakePrefill:
        """The intake form's start for a customer found in the 360 view (F7).

        The full phone is read for the clerk serving the customer and audited as a reveal.

        Raises:
            NotFound: no such customer (``customer``), or the account is not theirs.
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def add_attachment(self, complaint_id: int, upload: AttachmentUpload) -> AttachmentInfo:
        """Keep one more photo, scan or PDF with the complaint, in the database.

        Raises:
            ComplaintNotFound, ComplaintForbidden: as :meth:`get`; ``complaint.not_owner``.
            ComplaintInputError: ``complaint.attachment_empty``,
                ``complaint.attachment_too_large``, ``complaint.attachment_type``.
            ComplaintRefused: ``complaint.attachments_full``, ``complaint.closed``.
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def attachment(self, attachment_id: int) -> AttachmentFile:
        """One attachment with its bytes, to show or save.

        Raises:
            ComplaintNotFound: no such attachment in the user's hall.
        """
        raise NotImplementedError

    # ------------------------------------------------------------------------- reading

    @requires(Permission.COMPLAINT_ACCEPT)
    def get(self, complaint_id: int) -> ComplaintDetail:
        """One complaint with its milestones, extensions, chases, attachments, mediations
        and what the signed-in user may do to it.

        Raises:
            ComplaintNotFound: no such complaint.
            ComplaintForbidden: ``complaint.other_hall``.
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def find(self, number: str) -> ComplaintDetail:
        """The complaint with this tracking number in the user's hall.

        Raises:
            ComplaintNotFound: no such number (``number``).
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def lookup(self, text: str) -> tuple[ComplaintRow, ...]:
        """For a customer asking how their complaint stands: the complaints of the hall
        whose tracking number is ``text`` or whose contact phone is ``text`` (any form the
        phone check accepts), newest first. Empty when nothing matches.
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def list(
        self, scope: ComplaintScope = ComplaintScope.OPEN, *, limit: int = 200
    ) -> ComplaintList:
        """The hall's complaints for the list screen, most urgent first (overdue, then by
        the next deadline), each with its next deadline, due today and overdue."""
        raise NotImplementedError

    @requires(Permission.CUSTOMER_READ)
    def for_account(self, account_id: int) -> tuple[ComplaintRow, ...]:
        """The complaints linked to an account, newest first, for the 360 view."""
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def owners(self) -> tuple[OwnerOption, ...]:
        """The active clerks and managers of the hall a complaint can be transferred to."""
        raise NotImplementedError

    # ------------------------------------------------------------------------- handling

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
        raise NotImplementedError

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
        raise NotImplementedError

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
        raise NotImplementedError

    @requires(Permission.COMPLAINT_MANAGE)
    def overdue(self) -> tuple[OverdueMilestone, ...]:
        """The manager's view: every overdue milestone of the hall's open complaints, the
        longest overdue first."""
        raise NotImplementedError

    @requires(Permission.COMPLAINT_MANAGE)
    def chase(self, complaint_id: int, kind: MilestoneKind, note: str) -> ComplaintDetail:
        """催办: a manager's note on an overdue milestone, for the complaint's owner to see.

        Raises:
            ComplaintRefused: ``complaint.not_overdue``, ``complaint.closed``.
            FieldErrors: ``note`` (``complaint.text_empty``, ``complaint.text_too_long``).
        """
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def my_chases(self) -> tuple[ChaseNote, ...]:
        """The 催办 notes on complaints the signed-in user owns that they have not seen."""
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def mark_chases_seen(self, complaint_id: int) -> None:
        """The owner has read the 催办 notes of this complaint (no-op for anyone else)."""
        raise NotImplementedError

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
        raise NotImplementedError

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
        raise NotImplementedError

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
        raise NotImplementedError

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
        raise NotImplementedError

    # ------------------------------------------------------------------------- printing

    @requires(Permission.COMPLAINT_ACCEPT)
    def slip(self, complaint_id: int) -> ComplaintSlip:
        """The 投诉受理单 of a complaint as it stands (current deadlines), e.g. to print it
        again for an appeal: pass it to :meth:`issue` (first print) or use
        :meth:`reprint_slip`."""
        raise NotImplementedError

    @requires(Permission.COMPLAINT_ACCEPT)
    def reprint_slip(self, number: str, reason: str, layout: str | None = None) -> IssuedDocument:
        """A 补打 copy of the slip, entered in the print register with its reason; hand it to
        ``PrintStep.send``.

        Raises:
            ComplaintNotFound: no such number in the hall.
            FieldErrors: no reason.
        """
        raise NotImplementedError

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        raise NotImplementedError

    # ------------------------------------------------------------------------- the ledger

    @requires(Permission.REPORT_EXPORT)
    def export_ledger(self, path: Path, start: date, end: date) -> LedgerExport:
        """Write the 投诉台账 of the user's hall for complaints received from ``start`` to
        ``end`` (hall dates, both included) to ``path`` (.xlsx, written whole or not at all).

        Raises:
            FieldErrors: ``end`` before ``start`` (``complaint.period_invalid``).
            OSError: the file cannot be written.
        """
        raise NotImplementedError
