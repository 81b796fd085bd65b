"""The steps of a complaint taken from its screen: a milestone, a chase (催办), a transfer, an
extension with the manager's approval, the feedback, the callback, a mediation, the closure
and a reprint of the slip.

Each step opens a small form (:class:`ComplaintStepDialog`) over the complaint's screen; the
form stays open with the service's refusal until the step is recorded, and the screen then
shows the complaint as it now is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from counter_app.domain.enums import ApprovalAction, MilestoneKind, Satisfaction
from counter_app.domain.errors import CounterError
from counter_app.services.complaints.dto import (
    MAX_EXTENSION_DAYS,
    ComplaintDetail,
    ContactMethod,
    extension_subject,
)
from counter_app.views.approval import ApprovalDialog, WhatIsApproved
from counter_app.views.complaints.step_dialog import STAY, ComplaintStepDialog
from counter_app.views.errors import error_message
from counter_app.views.labels import contact_method_label, milestone_label, satisfaction_label
from counter_app.views.printing import PrintStep

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.complaints.service import ComplaintService
    from counter_app.views.complaints.detail_view import ComplaintDetailView
    from counter_app.views.printing import DocumentPrinter


class ComplaintSteps(QObject):
    """Takes the steps of the complaint ``view`` shows.

    Args:
        view: The complaint's screen: what it shows, where a refusal is said, and where the
            open step's form is kept (``view.step_dialog``).
        complaints: Records each step.
        auth: Takes the manager's approval of an extension.
        printer: Prints the slip again (补打).
        clock: Now, the default time of feedback, callback and mediation.
    """

    def __init__(
        self,
        view: ComplaintDetailView,
        complaints: ComplaintService,
        auth: AuthService,
        printer: DocumentPrinter,
        clock: Clock,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._complaints = complaints
        self._auth = auth
        self._print = PrintStep(printer, complaints)
        self._clock = clock

    def _step(
        self,
        title: str,
        explanation: str,
        ok_text: str,
        record: Callable[[ComplaintStepDialog], object],
        fields: Callable[[ComplaintStepDialog], object] | None = None,
    ) -> ComplaintStepDialog | None:
        """Open a step's form (window-modal) with the fields ``fields`` adds; when it records,
        show the complaint as it now is."""
        if self._view.detail is None:
            return None
        dialog = ComplaintStepDialog(
            f"{title} - {self._view.detail.row.number}", explanation, ok_text, record, self._view
        )
        if fields is not None:
            fields(dialog)
        dialog.accepted.connect(lambda: self._recorded(dialog))
        dialog.finished.connect(lambda _result: setattr(self._view, "step_dialog", None))
        self._view.step_dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, dialog: ComplaintStepDialog) -> None:
        detail = dialog.result_value
        if not isinstance(detail, ComplaintDetail):
            return
        before = self._view.detail
        self._view.set_detail(detail)
        if before is not None and detail.appeal_round > before.appeal_round:
            self._view.show_notice(
                self.tr(
                    "Reopened as an appeal with new deadlines. Reprint slip… gives the "
                    "customer a slip with them."
                )
            )
        self._view.changed.emit(detail.row.complaint_id)

    def _id(self) -> int:
        assert self._view.detail is not None
        return self._view.detail.row.complaint_id

    def record_milestone(self) -> ComplaintStepDialog | None:
        """Record the next milestone with its note (in order: 1, 2, 3, 4)."""
        if self._view.detail is None or self._view.detail.actions.record_milestone is None:
            return None
        kind = self._view.detail.actions.record_milestone
        return self._step(
            milestone_label(kind),
            self.tr("Record that this milestone is done, with what was found or done."),
            self.tr("Record"),
            lambda d: self._complaints.record_milestone(self._id(), kind, d.text("note")),
            lambda d: d.add_note("note", self.tr("Note:")),
        )

    def chase(self) -> ComplaintStepDialog | None:
        """催办: a manager's note on an overdue milestone, for the complaint's owner."""

        def fields(d: ComplaintStepDialog) -> None:
            d.add_choice("kind", self.tr("Milestone:"), self._open_kinds(overdue=True))
            d.add_note("note", self.tr("Note:"))

        return self._step(
            self.tr("Chase"),
            self.tr("The owner sees this note on their list and on the complaint."),
            self.tr("Send"),
            lambda d: self._complaints.chase(self._id(), self._kind(d), d.text("note")),
            fields,
        )

    def transfer(self) -> ComplaintStepDialog | None:
        """Hand the complaint to another owner; the follow-up and responsible persons stay."""
        try:
            owners = self._complaints.owners()
        except CounterError as exc:
            self._view.show_message(error_message(exc))
            return None
        current = self._view.detail.row.owner_id if self._view.detail is not None else None

        def fields(d: ComplaintStepDialog) -> None:
            d.add_choice(
                "owner",
                self.tr("New owner:"),
                [
                    (o.user_id, f"{o.name} ({o.employee_no})")
                    for o in owners
                    if o.user_id != current
                ],
            )
            d.add_note("note", self.tr("Note:"))

        return self._step(
            self.tr("Transfer"),
            self.tr("The follow-up person and the responsible person stay as they are."),
            self.tr("Transfer"),
            lambda d: self._complaints.transfer(
                self._id(), int(str(d.choice("owner"))), d.text("note")
            ),
            fields,
        )

    def extend(self) -> ComplaintStepDialog | None:
        """Move a deadline (and the later ones) before it passes, with the manager's approval
        and a record of how and when the customer was told."""
        if self._view.detail is None:
            return None
        in_time = self._open_kinds(overdue=False)
        if not in_time:
            self._view.show_message(
                self.tr("No deadline can be extended: those still open have passed already.")
            )
            return None

        def fields(d: ComplaintStepDialog) -> None:
            d.add_choice("kind", self.tr("Milestone:"), in_time)
            d.add_choice(
                "days",
                self.tr("By working days:"),
                [(n, str(n)) for n in range(1, MAX_EXTENSION_DAYS + 1)],
            )
            d.add_line("reason", self.tr("Reason:"), required=True)
            self._method_choice(d, "told_how", self.tr("Customer told:"))
            d.add_time("told_at", self.tr("Told at:"), self._clock.now())

        return self._step(
            self.tr("Extend deadline"),
            self.tr(
                "Only before the deadline passes, with the customer told beforehand. "
                "The manager approves with their own password; later milestones move too."
            ),
            self.tr("Approve and extend"),
            self._record_extension,
            fields,
        )

    def _record_extension(self, d: ComplaintStepDialog) -> object:
        assert self._view.detail is not None
        kind = self._kind(d)
        days = int(str(d.choice("days")))
        number = self._view.detail.row.number
        grant = self.approval(
            extension_subject(number, kind),
            self.tr("Extend “{milestone}” of complaint {number} by {days} working days.").format(
                milestone=milestone_label(kind), number=number, days=days
            ),
            d.text("reason"),
        )
        if grant is None:
            return STAY
        return self._complaints.extend(
            self._id(),
            kind,
            days=days,
            reason=d.text("reason"),
            customer_told_at=d.time("told_at"),
            customer_told_how=ContactMethod(str(d.choice("told_how"))),
            approval=grant,
        )

    def approval(self, subject: str, explanation: str, reason: str) -> ApprovalGrant | None:
        """The manager's approval of an extension, typed in at this counter."""
        assert self._view.detail is not None
        dialog = ApprovalDialog(
            self._auth,
            self._complaints.actor,
            ApprovalAction.COMPLAINT_EXTENSION,
            subject,
            explanation,
            self._view.step_dialog or self._view,
            shown=WhatIsApproved(customer=self._view.detail.row.complainant_name),
        )
        dialog.reason.setPlainText(reason)
        if not dialog.exec():
            return None
        return dialog.grant

    def feedback(self) -> ComplaintStepDialog | None:
        """The resolution and how and when the customer was told of it."""
        resolution = self._view.detail.resolution if self._view.detail is not None else ""

        def fields(d: ComplaintStepDialog) -> None:
            d.add_note("resolution", self.tr("Resolution:"), resolution)
            d.add_time("at", self.tr("Told at:"), self._clock.now())
            self._method_choice(d, "method", self.tr("How:"))

        return self._step(
            self.tr("Feedback to customer"),
            "",
            self.tr("Record"),
            lambda d: self._complaints.record_feedback(
                self._id(),
                resolution=d.text("resolution"),
                feedback_at=d.time("at"),
                feedback_method=ContactMethod(str(d.choice("method"))),
            ),
            fields,
        )

    def callback(self) -> ComplaintStepDialog | None:
        """回访: the customer's satisfaction; 不满意 reopens the complaint as an appeal."""

        def fields(d: ComplaintStepDialog) -> None:
            d.add_time("at", self.tr("Called at:"), self._clock.now())
            d.add_choice(
                "satisfaction",
                self.tr("Satisfaction:"),
                [(s.value, satisfaction_label(s)) for s in Satisfaction],
                required=True,
            )
            d.add_note("note", self.tr("Note:"))

        return self._step(
            self.tr("Callback"),
            self.tr("“Dissatisfied” reopens the complaint as an appeal with new deadlines."),
            self.tr("Record"),
            lambda d: self._complaints.record_callback(
                self._id(),
                callback_at=d.time("at"),
                satisfaction=Satisfaction(str(d.choice("satisfaction"))),
                note=d.text("note"),
            ),
            fields,
        )

    def mediation(self) -> ComplaintStepDialog | None:
        """调解: who mediated between whom, what was said and what was agreed."""

        def fields(d: ComplaintStepDialog) -> None:
            d.add_time("at", self.tr("Mediated at:"), self._clock.now())
            d.add_line("mediator", self.tr("Mediator:"))
            d.add_line("parties", self.tr("Parties:"))
            d.add_note("record", self.tr("Record:"), height=60)
            d.add_note("agreement", self.tr("Agreement:"), height=60)

        return self._step(
            self.tr("Mediation"),
            "",
            self.tr("Record"),
            lambda d: self._complaints.record_mediation(
                self._id(),
                mediated_at=d.time("at"),
                mediator=d.text("mediator"),
                parties=d.text("parties"),
                record=d.text("record"),
                agreement=d.text("agreement"),
            ),
            fields,
        )

    def close_complaint(self) -> ComplaintStepDialog | None:
        """Close: needs the resolution, the feedback and a satisfied callback; the service
        says why when it is refused (a clerk closing a major complaint they do not own)."""
        return self._step(
            self.tr("Close complaint"),
            self.tr("The complaint is concluded; nothing more can be recorded on it."),
            self.tr("Conclude"),
            lambda d: self._complaints.close(self._id()),
        )

    def _kind(self, d: ComplaintStepDialog) -> MilestoneKind:
        return MilestoneKind(str(d.choice("kind")))

    def _open_kinds(self, *, overdue: bool) -> list[tuple[object, str]]:
        """The milestones not recorded yet: for a chase the overdue ones (all open ones when
        none is), for an extension those still in time (a deadline that has passed cannot
        be extended)."""
        assert self._view.detail is not None
        open_ones = [m for m in self._view.detail.milestones if m.done_at is None]
        if overdue:
            open_ones = [m for m in open_ones if m.overdue] or open_ones
        else:
            open_ones = [m for m in open_ones if not m.overdue]
        return [(m.kind.value, milestone_label(m.kind)) for m in open_ones]

    def _method_choice(self, d: ComplaintStepDialog, name: str, label: str) -> None:
        """How the customer was told: chosen each time, never pre-set, so an extension or a
        feedback is not recorded with a way of telling the clerk never said."""
        d.add_choice(
            name,
            label,
            [(m.value, contact_method_label(m)) for m in ContactMethod],
            required=True,
        )

    def reprint_slip(self) -> ComplaintStepDialog | None:
        """补打 the 投诉受理单 with a reason; the copy says so."""
        if self._view.detail is None:
            return None
        number = self._view.detail.row.number

        def reprint(d: ComplaintStepDialog) -> None:
            outcome = self._print.send(self._complaints.reprint_slip(number, d.text("reason")))
            if outcome.report_error is not None:
                raise outcome.report_error

        return self._step(
            self.tr("Reprint slip"),
            "",
            self.tr("Reprint"),
            reprint,
            lambda d: d.add_line("reason", self.tr("Reason:")),
        )
