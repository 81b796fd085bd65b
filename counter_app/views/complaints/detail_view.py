"""One complaint on one screen: who complained, the four deadlines, and every step taken.

The milestones are recorded in order, each with a note; an overdue one is red. The buttons at
the right take the complaint's steps (:mod:`counter_app.views.complaints.steps`: milestone,
extension with the manager's approval, chase, transfer, feedback, callback, mediation, close,
reprint). The service decides what is allowed (``ComplaintDetail.actions``); the buttons only
follow it. The attachments open from a temporary copy with the workstation's own viewer.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import Severity
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.services.complaints.dto import (
    AttachmentUpload,
    ComplaintDetail,
)
from counter_app.views.complaints.step_dialog import ComplaintStepDialog
from counter_app.views.complaints.steps import ComplaintSteps
from counter_app.views.errors import error_message
from counter_app.views.labels import (
    complaint_category_label,
    complaint_channel_label,
    complaint_status_label,
    contact_method_label,
    milestone_label,
    satisfaction_label,
    severity_label,
)
from counter_app.views.table_models import WARNING_RED, Column, DtoTableModel, table_view
from counter_app.views.timefmt import datetime_text
from counter_app.views.widgets import (
    ALERT_STYLE,
    DONE_STYLE,
    ElidedLabel,
    action_button,
    wrapping_label,
)

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.auth import AuthService
    from counter_app.services.complaints.dto import (
        AttachmentInfo,
        ChaseNote,
        ExtensionView,
        MediationView,
        MilestoneView,
    )
    from counter_app.services.complaints.service import ComplaintService
    from counter_app.views.printing import DocumentPrinter


def open_path(path: Path) -> bool:
    """Open a file with the program the workstation uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _when(value: object) -> str:
    return datetime_text(value) if value is not None else ""  # type: ignore[arg-type]


class ComplaintDetailView(QWidget):
    """The complaint's details, milestones and steps.

    Args:
        complaints: Loads the complaint and records each step.
        auth: Takes the manager's approval of an extension.
        printer: Prints the slip again (补打).
        clock: Now, the default time of feedback and callback.

    Signals:
        back_requested(): the clerk wants the list again.
        changed(int complaint_id): a step was recorded.
    """

    back_requested = Signal()
    changed = Signal(int)

    def __init__(
        self,
        complaints: ComplaintService,
        auth: AuthService,
        printer: DocumentPrinter,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self._auth = auth
        self._clock = clock
        self.detail: ComplaintDetail | None = None
        self.step_dialog: ComplaintStepDialog | None = None
        self.opened_files: list[Path] = []
        self.setObjectName("complaintDetailView")
        self.steps = ComplaintSteps(self, complaints, auth, printer, clock)

        self.back_button = action_button(
            self.tr("Back to the list (Esc)"), "complaintBack", self.back_requested
        )
        self.number_label = QLabel()
        self.number_label.setObjectName("complaintNumber")
        font = QFont(self.number_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.state_label = ElidedLabel()
        self.state_label.setObjectName("complaintState")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.number_label)
        header.addWidget(self.state_label, 1)

        self.message = wrapping_label()
        self.message.setObjectName("complaintMessage")
        self.message.setStyleSheet(ALERT_STYLE)
        self.message.setVisible(False)
        self.notice = wrapping_label()
        self.notice.setObjectName("complaintNotice")
        self.notice.setStyleSheet(DONE_STYLE + " font-weight: bold;")
        self.notice.setVisible(False)

        body = QHBoxLayout()
        body.addWidget(self._build_tabs(), 1)
        body.addLayout(self._build_actions())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self._build_facts())
        layout.addWidget(self.notice)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    # ------------------------------------------------------------------ building

    def _build_facts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complaint"))
        box.setObjectName("complaintFacts")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.facts: dict[str, ElidedLabel] = {}
        captions = (
            ("complainant", self.tr("Complainant:")),
            ("phone", self.tr("Phone:")),
            ("channel", self.tr("Channel:")),
            ("received", self.tr("Received:")),
            ("category", self.tr("Category:")),
            ("account", self.tr("Account:")),
            ("owner", self.tr("Owner:")),
            ("follow_up", self.tr("Follow-up:")),
            ("responsible", self.tr("Responsible:")),
            ("emergency_contact", self.tr("Emergency contact:")),
            ("external", self.tr("Outside channel:")),
            ("repair", self.tr("Repair request:")),
        )
        # The phone arrives masked; its owner, follow-up person or a manager shows it in full
        # (a logged read) to call the customer back.
        self.reveal_phone_button = action_button(
            self.tr("Show full phone"), "revealComplaintPhone", self.reveal_phone
        )
        for index, (key, caption) in enumerate(captions):
            row, column = divmod(index, 3)
            value = ElidedLabel()
            value.setObjectName(f"fact_{key}")
            self.facts[key] = value
            grid.addWidget(QLabel(caption), row, 2 * column)
            if key == "phone":
                pair = QWidget()
                line = QHBoxLayout(pair)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(value)
                line.addWidget(self.reveal_phone_button)
                line.addStretch(1)
                grid.addWidget(pair, row, 2 * column + 1)
            else:
                grid.addWidget(value, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        return box

    def reveal_phone(self) -> str | None:
        """The complainant's full phone, for the clerk who calls back; the service logs it."""
        if self.detail is None:
            return None
        try:
            phone = self._complaints.reveal_phone(self.detail.row.complaint_id)
        except CounterError as exc:
            self.show_message(error_message(exc))
            return None
        self.facts["phone"].setText(phone)
        self.reveal_phone_button.setEnabled(False)
        return phone

    def _build_tabs(self) -> QTabWidget:
        self.milestones_model: DtoTableModel[MilestoneView] = DtoTableModel(
            [
                Column(self.tr("Milestone"), lambda m: milestone_label(m.kind)),
                Column(
                    self.tr("Due by"),
                    lambda m: m.due_at,
                    foreground=lambda m: WARNING_RED if m.overdue else None,
                ),
                Column(self.tr("Done at"), lambda m: m.done_at),
                Column(self.tr("By"), lambda m: m.done_by_name),
                Column(self.tr("State"), self.milestone_state, foreground=self._red_if_overdue),
                Column(self.tr("Note"), lambda m: m.note, tooltip=lambda m: m.note or None),
            ],
            parent=self,
        )
        self.milestones_table = table_view(
            "complaintMilestones", self.milestones_model, stretch=(5,)
        )
        self.story = QPlainTextEdit()
        self.story.setObjectName("complaintStory")
        self.story.setReadOnly(True)
        self.chases_model: DtoTableModel[ChaseNote] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda c: c.at),
                Column(self.tr("Milestone"), lambda c: milestone_label(c.kind)),
                Column(self.tr("By"), lambda c: c.by_name),
                Column(self.tr("Owner"), lambda c: c.owner_name),
                Column(self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            ],
            parent=self,
        )
        self.chases_table = table_view("complaintChases", self.chases_model, stretch=(4,))
        self.extensions_model: DtoTableModel[ExtensionView] = DtoTableModel(
            [
                Column(self.tr("Milestone"), lambda e: milestone_label(e.kind)),
                Column(self.tr("Was due"), lambda e: e.old_due_at),
                Column(self.tr("Now due"), lambda e: e.new_due_at),
                Column(self.tr("Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
                Column(
                    self.tr("Customer told"),
                    lambda e: (
                        f"{_when(e.customer_told_at)} {contact_method_label(e.customer_told_how)}"
                    ),
                ),
                Column(self.tr("Approved by"), lambda e: e.approved_by_name),
            ],
            parent=self,
        )
        self.extensions_table = table_view(
            "complaintExtensions", self.extensions_model, stretch=(3,)
        )
        self.mediations_model: DtoTableModel[MediationView] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda m: m.at),
                Column(self.tr("Mediator"), lambda m: m.mediator),
                Column(self.tr("Parties"), lambda m: m.parties),
                Column(self.tr("Record"), lambda m: m.record, tooltip=lambda m: m.record),
                Column(self.tr("Agreement"), lambda m: m.agreement, tooltip=lambda m: m.agreement),
            ],
            parent=self,
        )
        self.mediations_table = table_view(
            "complaintMediations", self.mediations_model, stretch=(3, 4)
        )
        self.attachments_model: DtoTableModel[AttachmentInfo] = DtoTableModel(
            [
                Column(self.tr("File"), lambda a: a.filename),
                Column(self.tr("File type"), lambda a: a.content_type),
                Column(self.tr("Size"), lambda a: f"{max(1, a.size // 1024)} KB"),
                Column(self.tr("Added at"), lambda a: a.added_at),
                Column(self.tr("By"), lambda a: a.added_by_name),
            ],
            parent=self,
        )
        self.attachments_table = table_view(
            "complaintAttachments", self.attachments_model, stretch=(0,)
        )
        self.attachments_table.activated.connect(lambda _index: self.open_attachment())
        files = QWidget()
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.attachments_table, 1)
        files_row = QHBoxLayout()
        self.open_file_button = action_button(
            self.tr("Open selected file"), "openAttachment", self.open_attachment
        )
        self.add_file_button = action_button(
            self.tr("Add file…"), "addAttachment", self.choose_attachment
        )
        files_row.addStretch(1)
        files_row.addWidget(self.add_file_button)
        files_row.addWidget(self.open_file_button)
        files_layout.addLayout(files_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaintTabs")
        for widget in (
            self.milestones_table,
            self.story,
            self.chases_table,
            self.extensions_table,
            self.mediations_table,
            files,
        ):
            self.tabs.addTab(widget, "")
        self._set_tab_titles()
        return self.tabs

    def _build_actions(self) -> QVBoxLayout:
        self.milestone_button = action_button("", "recordMilestone", self.steps.record_milestone)
        self.extend_button = action_button(
            self.tr("Extend deadline…"), "extendDeadline", self.steps.extend
        )
        self.chase_button = action_button(self.tr("Chase…"), "chaseComplaint", self.steps.chase)
        self.transfer_button = action_button(
            self.tr("Transfer…"), "transferComplaint", self.steps.transfer
        )
        self.feedback_button = action_button(
            self.tr("Feedback to customer…"), "recordFeedback", self.steps.feedback
        )
        self.callback_button = action_button(
            self.tr("Callback…"), "recordCallback", self.steps.callback
        )
        self.mediation_button = action_button(
            self.tr("Mediation…"), "recordMediation", self.steps.mediation
        )
        self.close_button = action_button(
            self.tr("Close complaint…"), "closeComplaint", self.steps.close_complaint
        )
        self.reprint_button = action_button(
            self.tr("Reprint slip…"), "reprintSlip", self.steps.reprint_slip
        )
        column = QVBoxLayout()
        for button in (
            self.milestone_button,
            self.extend_button,
            self.chase_button,
            self.transfer_button,
            self.feedback_button,
            self.callback_button,
            self.mediation_button,
            self.close_button,
            self.reprint_button,
        ):
            column.addWidget(button)
        column.addStretch(1)
        return column

    def _set_tab_titles(self) -> None:
        d = self.detail
        counts = (
            (0, 0, 0, 0, 0)
            if d is None
            else (
                len(d.chases),
                len(d.extensions),
                len(d.mediations),
                len(d.attachments),
                len(d.milestones),
            )
        )
        self.tabs.setTabText(0, self.tr("Milestones ({n})").format(n=counts[4]))
        self.tabs.setTabText(1, self.tr("What was said and done"))
        self.tabs.setTabText(2, self.tr("Chase notes ({n})").format(n=counts[0]))
        self.tabs.setTabText(3, self.tr("Extensions ({n})").format(n=counts[1]))
        self.tabs.setTabText(4, self.tr("Mediation ({n})").format(n=counts[2]))
        self.tabs.setTabText(5, self.tr("Attachments ({n})").format(n=counts[3]))

    # ------------------------------------------------------------------ showing

    def milestone_state(self, m: MilestoneView) -> str:
        if m.done_at is None:
            text = self.tr("Overdue") if m.overdue else self.tr("Not done yet")
        elif m.on_time is False:
            text = self.tr("Done late")
        else:
            text = self.tr("Done on time")
        return self.tr("{state}, extended").format(state=text) if m.extended else text

    def _red_if_overdue(self, m: MilestoneView) -> QColor | None:
        return WARNING_RED if m.overdue else None

    def show_complaint(self, complaint_id: int) -> bool:
        """Load a complaint and show it; False (with the reason on screen) when refused."""
        try:
            detail = self._complaints.get(complaint_id)
        except CounterError as exc:
            self.show_message(error_message(exc))
            return False
        self.show_notice("")
        self.set_detail(detail)
        if detail.row.unseen_chases and detail.row.owner_id == self._complaints.actor.user_id:
            # Shown as new again next time if this fails; nothing is lost.
            with contextlib.suppress(CounterError):
                self._complaints.mark_chases_seen(complaint_id)
        return True

    def set_detail(self, detail: ComplaintDetail) -> None:
        self.detail = detail
        self.show_message("")
        row = detail.row
        self.number_label.setText(row.number)
        parts = [complaint_status_label(row.status), severity_label(row.severity)]
        if row.is_repeat:
            parts.append(
                self.tr("Repeat of {number}").format(number=detail.repeat_of_number)
                if detail.repeat_of_number
                else self.tr("Repeat")
            )
        if row.is_appeal:
            parts.append(self.tr("Appeal, round {n}").format(n=detail.appeal_round))
        if row.unseen_chases:
            parts.append(self.tr("New chase notes: {n}").format(n=row.unseen_chases))
        self.state_label.setText(" · ".join(parts))
        urgent = row.severity is Severity.EMERGENCY or row.overdue or bool(row.unseen_chases)
        self.state_label.setStyleSheet(ALERT_STYLE if urgent else "")
        external = detail.external_reference
        if detail.external_due_at is not None:
            external = (
                self.tr("{ref} reply by {time}")
                .format(ref=external, time=_when(detail.external_due_at))
                .strip()
            )
        values = {
            "complainant": row.complainant_name,
            "phone": detail.contact_phone,
            "channel": complaint_channel_label(row.channel),
            "received": _when(row.received_at),
            "category": complaint_category_label(row.category),
            "account": detail.account_number or "—",
            "owner": row.owner_name,
            "follow_up": detail.follow_up_name,
            "responsible": detail.responsible_person,
            "emergency_contact": detail.emergency_contact or "—",
            "external": external or "—",
            "repair": detail.repair_request_number or "—",
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.milestones_model.set_rows(detail.milestones)
        self.chases_model.set_rows(detail.chases)
        self.extensions_model.set_rows(detail.extensions)
        self.mediations_model.set_rows(detail.mediations)
        self.attachments_model.set_rows(detail.attachments)
        self.story.setPlainText(self.story_text(detail))
        self._set_tab_titles()
        self._update_actions()

    def story_text(self, d: ComplaintDetail) -> str:
        """What the customer said and asked for, and what was resolved, told and heard back."""
        lines = [self.tr("Complaint:"), d.content, ""]
        if d.demands:
            lines += [self.tr("The customer asks for:"), d.demands, ""]
        if d.resolution:
            lines += [self.tr("Resolution:"), d.resolution, ""]
        if d.feedback_at is not None:
            lines.append(
                self.tr("Feedback to the customer: {time}, {method}").format(
                    time=_when(d.feedback_at), method=contact_method_label(d.feedback_method)
                )
            )
        if d.callback_at is not None:
            lines.append(
                self.tr("Callback: {time}, {satisfaction}").format(
                    time=_when(d.callback_at), satisfaction=satisfaction_label(d.satisfaction)
                )
            )
            if d.callback_note:
                lines.append(d.callback_note)
        if d.closed_at is not None:
            lines.append(self.tr("Closed: {time}").format(time=_when(d.closed_at)))
        lines.append(self.tr("Accepted by: {name}").format(name=d.accepted_by_name))
        return "\n".join(lines).strip()

    def _update_actions(self) -> None:
        actions = self.detail.actions if self.detail is not None else None
        kind = actions.record_milestone if actions is not None else None
        self.milestone_button.setText(
            self.tr("Record: {milestone}…").format(milestone=milestone_label(kind))
            if kind is not None
            else self.tr("Record milestone…")
        )
        self.milestone_button.setEnabled(kind is not None)
        for button, allowed in (
            (self.extend_button, actions is not None and actions.extend),
            (self.chase_button, actions is not None and actions.chase),
            (self.transfer_button, actions is not None and actions.transfer),
            (self.feedback_button, actions is not None and actions.feedback),
            (self.callback_button, actions is not None and actions.callback),
            (self.mediation_button, actions is not None and actions.mediate),
            (self.close_button, actions is not None and actions.close),
        ):
            button.setEnabled(allowed)
        self.chase_button.setVisible(self._complaints.actor.can(Permission.COMPLAINT_MANAGE))
        self.reprint_button.setEnabled(self.detail is not None)
        may_change = self._complaints.actor.can(Permission.COMPLAINT_ACCEPT)
        self.reveal_phone_button.setVisible(may_change)
        self.reveal_phone_button.setEnabled(may_change and self.detail is not None)
        self.open_file_button.setEnabled(bool(self.detail and self.detail.attachments))
        self.add_file_button.setEnabled(actions is not None and actions.add_attachment)

    def show_message(self, text: str) -> None:
        """A refusal or a problem, in red."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        """What was done (the tracking number and the slip's printing), in green."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ------------------------------------------------------------------ files

    def choose_attachment(self) -> None:
        from counter_app.views.complaints.intake_dialog import FILE_FILTER

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo, scan or PDF file"),
            "",
            self.tr("Images and PDF ({patterns})").format(patterns=FILE_FILTER),
        )
        if path:
            self.add_attachment(Path(path))

    def add_attachment(self, path: Path) -> bool:
        """Keep one more file with the complaint; the service checks what it is."""
        if self.detail is None:
            return False
        try:
            data = path.read_bytes()
        except OSError:
            self.show_message(self.tr("{name} could not be read.").format(name=path.name))
            return False
        try:
            complaint_id = self.detail.row.complaint_id
            self._complaints.add_attachment(complaint_id, AttachmentUpload(path.name, data))
            detail = self._complaints.get(complaint_id)
        except CounterError as exc:
            self.show_message(error_message(exc))
            return False
        self.set_detail(detail)
        self.changed.emit(detail.row.complaint_id)
        return True

    def open_attachment(self) -> Path | None:
        """Save the selected attachment to a temporary file and open it."""
        rows = self.attachments_table.selectionModel().selectedRows()
        info = self.attachments_model.row_at(rows[0]) if rows else None
        if info is None and self.attachments_model.rowCount():
            info = self.attachments_model.row_at(0)
        if info is None:
            return None
        try:
            file = self._complaints.attachment(info.attachment_id)
        except CounterError as exc:
            self.show_message(error_message(exc))
            return None
        folder = Path(tempfile.mkdtemp(prefix="complaint-"))
        path = folder / Path(file.info.filename).name
        path.write_bytes(file.data)
        self.opened_files.append(path)
        if not open_path(path):
            self.show_message(
                self.tr("No program on this computer opens {name}.").format(name=path.name)
            )
        return path
