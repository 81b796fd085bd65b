"""Accept a complaint (投诉受理) from the counter, the phone, the website, a letter, social media
or the 12345 hotline (docs/domain.md §7).

The clerk types who complains, how to reach them and what it is about; the account is found
with the customer search and is optional. Photos, scans and PDF files are attached from disk
(at most 10 MB each; the content, not the name, decides what a file is). Every refused field
shows its message under it, and nothing is saved until the whole intake is valid. After saving
the tracking number is on screen and the 投诉受理单 is printed for the customer to sign.
"""

from __future__ import annotations

from enum import StrEnum
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.complaints import attachment_type, validate_contact_phone
from counter_app.domain.enums import ComplaintCategory, ComplaintChannel, Severity
from counter_app.domain.errors import CounterError
from counter_app.services.complaints.dto import (
    MAX_ATTACHMENTS,
    SHORT_MAX_LENGTH,
    AttachmentUpload,
    ComplaintAccepted,
    ComplaintIntake,
)
from counter_app.services.customers_dto import FieldErrors
from counter_app.views.customers.fields import FieldForm
from counter_app.views.dialogs import (
    KeepsTypedWork,
    clear_message,
    error_label,
    message_line,
    show_message,
    submit_buttons,
)
from counter_app.views.errors import error_message
from counter_app.views.labels import (
    complaint_category_label,
    complaint_channel_label,
    severity_label,
)
from counter_app.views.timefmt import from_qdatetime, qdatetime
from counter_app.views.widgets import (
    ALERT_STYLE,
    action_button,
    fit_placeholder,
    fit_to_screen,
    wrapping_label,
)

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.complaints.service import ComplaintService
    from counter_app.services.customers import CustomerService
    from counter_app.services.search_dto import SearchRow

# Where an error for a field this form has no line of its own ends up.
GENERAL = "general"
#: What the file picker offers; the content is what is checked.
FILE_FILTER = "*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.pdf"


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class _EnterSearches(QObject):
    """Enter in the account box searches instead of pressing the dialog's Save."""

    def __init__(self, search: object, parent: QObject) -> None:
        super().__init__(parent)
        self._search = search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._search()  # type: ignore[operator]
            return True
        return super().eventFilter(watched, event)


class ComplaintIntakeDialog(KeepsTypedWork, QDialog):
    """The intake form; after ``accept()`` :attr:`accepted_complaint` holds what the service
    returned (the complaint, its slip to print, whether the manager was alerted).

    Args:
        complaints: Accepts the complaint and lists who can follow it up.
        customers: The customer search that finds the account.
        clock: Now, for the time received.
        customer_id, account_id: The customer (and account) of the 360 view when the clerk
            pressed F7: the form starts with their name, phone and account.
    """

    def __init__(
        self,
        complaints: ComplaintService,
        customers: CustomerService,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        account_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self._customers = customers
        self._clock = clock
        self.accepted_complaint: ComplaintAccepted | None = None
        self.account_id: int | None = None
        self.uploads: list[AttachmentUpload] = []
        self._forms: list[FieldForm] = []
        self.setObjectName("complaintIntakeDialog")
        self.setWindowTitle(self.tr("New complaint"))

        # Three columns, so that every field and its error line fit a 768-pixel-high screen:
        # who complains comes first, as the clerk types it first; then what it is about, and
        # the customer's own words.
        person = self._build_person_box()
        complaint = self._build_complaint_box()
        first = QVBoxLayout()
        first.addWidget(person)
        first.addWidget(self._build_handling_box())
        first.addStretch(1)
        second = QVBoxLayout()
        second.addWidget(complaint)
        second.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(first, 5)
        columns.addLayout(second, 4)
        columns.addWidget(self._build_content_box(), 5)

        # Every field's error line, by the field names the service reports problems under.
        self.errors: dict[str, QLabel] = {GENERAL: error_label(GENERAL)}
        for form in self._forms:
            self.errors.update(form.errors)
        self.message = message_line("intakeMessage")
        self.buttons, self.save_button = submit_buttons(
            self,
            self.tr("Save and print slip"),
            "intakeSave",
            self.save,
            ok=QDialogButtonBox.StandardButton.Save,
        )

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.errors[GENERAL])
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Tab goes from who complains to what it is about before the handling, which mostly
        # keeps what it opens with.
        complaint_fields = (
            self.account_choice,
            self.channel,
            self.received_at,
            self.category,
            self.severity,
            self.site_address,
            self.external_reference,
            self.has_external_due,
            self.external_due_at,
        )
        for before, after in pairwise(complaint_fields):
            QWidget.setTabOrder(before, after)

        self._severity_changed()
        self._channel_changed()
        if customer_id is not None:
            self._prefill(customer_id, account_id)
        fit_to_screen(self, QSize(1240, 600).expandedTo(self.minimumSizeHint()))

    # ------------------------------------------------------------------ building

    def _form(self, box: QGroupBox) -> FieldForm:
        """The fields of a group box, each with its red error line right under it."""
        form = FieldForm(name_prefix="intake_")
        form.form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(box)
        layout.addWidget(form)
        self._forms.append(form)
        return form

    def _combo(self, items: list[tuple[StrEnum, str]]) -> QComboBox:
        # The value, not the member: a combo's data comes back as a plain string.
        combo = QComboBox()
        for member, text in items:
            combo.addItem(text, member.value)
        return combo

    def _line(self, max_length: int = SHORT_MAX_LENGTH) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return edit

    def _build_complaint_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complaint"))
        form = self._form(box)
        self.channel = self._combo([(c, complaint_channel_label(c)) for c in ComplaintChannel])
        self.channel.currentIndexChanged.connect(self._channel_changed)
        now = self._clock.now()
        self.received_at = QDateTimeEdit(qdatetime(now))
        self.received_at.setCalendarPopup(True)
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_at.setMaximumDateTime(qdatetime(now))
        self.category = self._combo([(c, complaint_category_label(c)) for c in ComplaintCategory])
        self.severity = self._combo(
            [(s, severity_label(s)) for s in (Severity.GENERAL, Severity.MAJOR, Severity.EMERGENCY)]
        )
        self.severity.currentIndexChanged.connect(self._severity_changed)
        self.emergency_note = wrapping_label(
            self.tr(
                "Emergency (leak, fire, danger to life): the hall manager is alerted at once and "
                "an emergency repair is opened; deadlines run round the clock."
            )
        )
        self.emergency_note.setObjectName("emergencyNote")
        self.emergency_note.setStyleSheet(ALERT_STYLE)
        self.site_address = self._line(200)
        self.site_address.setPlaceholderText(self.tr("Where the danger is"))
        self.external_reference = self._line()
        self.has_external_due = QCheckBox(self.tr("The channel set a reply deadline"))
        self.has_external_due.setObjectName("intakeHasExternalDue")
        self.has_external_due.toggled.connect(self._channel_changed)
        self.external_due_at = QDateTimeEdit(qdatetime(now))
        self.external_due_at.setCalendarPopup(True)
        self.external_due_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.add("channel", self.tr("Channel:"), self.channel)
        form.add("received_at", self.tr("Received at:"), self.received_at)
        form.add("category", self.tr("Category:"), self.category)
        form.add("severity", self.tr("Severity:"), self.severity)
        form.form.addRow(self.emergency_note)
        form.add("site_address", self.tr("Site address:"), self.site_address)
        self._site_row = form.form.rowCount() - 1
        form.add("external_reference", self.tr("Outside ref. no.:"), self.external_reference)
        self._external_row = form.form.rowCount() - 1
        form.form.addRow(self.has_external_due)
        form.add("external_due_at", self.tr("Reply deadline:"), self.external_due_at)
        self._complaint_form = form.form
        return box

    def _build_person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complainant"))
        form = self._form(box)
        self.name = self._line(50)
        self.phone = self._line(30)
        self.emergency_contact = self._line()
        self.emergency_contact.setPlaceholderText(self.tr("Name and phone, optional"))
        self.account_query = self._line()
        self.account_query.setObjectName("intakeAccountQuery")
        self.account_query.setPlaceholderText(self.tr("Account no., mobile, ID no., name"))
        fit_placeholder(self.account_query)
        self.account_query.installEventFilter(_EnterSearches(self.find_account, self))
        self.find_button = action_button(self.tr("Find"), "intakeFindAccount", self.find_account)
        self.account_choice = QComboBox()
        self.account_choice.setObjectName("intakeAccountChoice")
        self.account_choice.currentIndexChanged.connect(self._account_chosen)
        self._set_choices(())
        form.add("complainant_name", self.tr("Name:"), self.name)
        form.add(
            "contact_phone",
            self.tr("Contact phone:"),
            self.phone,
            lambda: validate_contact_phone(self.phone.text()),
        )
        form.add("emergency_contact", self.tr("Emergency contact:"), self.emergency_contact)
        find = QWidget()
        find_row = QHBoxLayout(find)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.account_query, 1)
        find_row.addWidget(self.find_button)
        form.form.addRow(QLabel(self.tr("Find account:")), find)
        form.add("account_id", self.tr("Account:"), self.account_choice)
        return box

    def _text(self, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return edit

    def _build_content_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the customer says"))
        form = self._form(box)
        self.content = self._text(90)
        self.demands = self._text(50)
        form.add("content", self.tr("Complaint:"), self.content)
        form.add("demands", self.tr("Customer asks for:"), self.demands)
        return box

    def _build_handling_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handling"))
        form = self._form(box)
        self.follow_up = QComboBox()
        try:
            owners = self._complaints.owners()
        except CounterError:
            owners = ()
        me = self._complaints.actor.user_id
        for owner in owners:
            self.follow_up.addItem(f"{owner.name} ({owner.employee_no})", owner.user_id)
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(me)))
        self.responsible = self._line()
        self.responsible.setPlaceholderText(self.tr("Person or department"))
        self.attachments = QListWidget()
        self.attachments.setObjectName("intakeAttachments")
        self.attachments.setMaximumHeight(70)
        self.add_files_button = action_button(
            self.tr("Add files…"), "intakeAddFiles", self.choose_files
        )
        self.remove_file_button = action_button(
            self.tr("Remove"), "intakeRemoveFile", self.remove_file
        )
        files = QWidget()
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.attachments)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        form.add("follow_up_id", self.tr("Follow-up person:"), self.follow_up)
        form.add("responsible_person", self.tr("Responsible:"), self.responsible)
        form.add("attachments", self.tr("Attachments:"), files)
        return box

    # ------------------------------------------------------------------ what shows when

    def _severity_changed(self, *_args: object) -> None:
        emergency = self.severity.currentData() == Severity.EMERGENCY
        self.emergency_note.setVisible(emergency)
        self._complaint_form.setRowVisible(self._site_row, emergency)

    def _channel_changed(self, *_args: object) -> None:
        outside = self.channel.currentData() != ComplaintChannel.COUNTER
        self._complaint_form.setRowVisible(self._external_row, outside)
        self.has_external_due.setVisible(outside)
        self._complaint_form.setRowVisible(
            self._external_row + 2, outside and self.has_external_due.isChecked()
        )

    # ------------------------------------------------------------------ the account

    def _prefill(self, customer_id: int, account_id: int | None) -> None:
        try:
            start = self._complaints.intake_prefill(customer_id, account_id)
        except CounterError as exc:
            self.message.setText(error_message(exc))
            return
        self.name.setText(start.complainant_name)
        self.phone.setText(start.contact_phone)
        self.emergency_contact.setText(start.emergency_contact)
        if start.account_id is not None:
            self.account_choice.clear()
            self.account_choice.addItem(self.tr("No account"), None)
            self.account_choice.addItem(start.account_number, start.account_id)
            self.account_choice.setCurrentIndex(1)

    def _set_choices(self, rows: tuple[SearchRow, ...]) -> None:
        self.account_choice.blockSignals(True)
        self.account_choice.clear()
        self.account_choice.addItem(self.tr("No account"), None)
        for row in rows:
            if row.account_id is None:
                continue
            self.account_choice.addItem(
                f"{row.account_number}  {row.customer_name}  {row.supply_address}", row.account_id
            )
        self.account_choice.blockSignals(False)
        self._account_chosen()

    def find_account(self) -> None:
        """Search with the customer search; the matches are offered in the account list."""
        query = self.account_query.text().strip()
        if not query:
            return
        try:
            result = self._customers.search(query)
        except CounterError as exc:
            self.errors["account_id"].setText(error_message(exc))
            self.errors["account_id"].setVisible(True)
            return
        self._set_choices(result.rows)
        if self.account_choice.count() > 1:
            self.account_choice.setCurrentIndex(1)
            self.errors["account_id"].setVisible(False)
        else:
            self.errors["account_id"].setText(
                self.tr("No account matches “{query}”.").format(query=query)
            )
            self.errors["account_id"].setVisible(True)

    def _account_chosen(self, *_args: object) -> None:
        data = self.account_choice.currentData()
        self.account_id = data if isinstance(data, int) else None

    # ------------------------------------------------------------------ attachments

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos, scans or PDF files"),
            "",
            self.tr("Images and PDF ({patterns})").format(patterns=FILE_FILTER),
        )
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Attach one file, refused at once when it is not an image or PDF or too large."""
        label = self.errors["attachments"]
        label.setVisible(False)
        label.clear()
        if len(self.uploads) >= MAX_ATTACHMENTS:
            show_message(
                label,
                self.tr("At most {n} files can be attached.").format(n=MAX_ATTACHMENTS),
            )
            return False
        try:
            data = path.read_bytes()
        except OSError:
            show_message(label, self.tr("{name} could not be read.").format(name=path.name))
            return False
        try:
            content_type = attachment_type(data, path.name)
        except CounterError as exc:
            show_message(label, error_message(exc))
            return False
        self.uploads.append(AttachmentUpload(path.name, data))
        item = QListWidgetItem(f"{path.name}  ({_size_text(len(data))}, {content_type})")
        self.attachments.addItem(item)
        return True

    def remove_file(self) -> None:
        row = self.attachments.currentRow()
        if 0 <= row < len(self.uploads):
            del self.uploads[row]
            self.attachments.takeItem(row)

    # ------------------------------------------------------------------ saving

    def intake(self) -> ComplaintIntake:
        """What the form holds, as the service takes it."""
        severity = Severity(self.severity.currentData())
        outside = self.channel.currentData() != ComplaintChannel.COUNTER
        follow_up = self.follow_up.currentData()
        return ComplaintIntake(
            complainant_name=self.name.text(),
            contact_phone=self.phone.text(),
            channel=ComplaintChannel(self.channel.currentData()),
            category=ComplaintCategory(self.category.currentData()),
            content=self.content.toPlainText(),
            received_at=from_qdatetime(self.received_at.dateTime()),
            severity=severity,
            account_id=self.account_id,
            emergency_contact=self.emergency_contact.text(),
            demands=self.demands.toPlainText(),
            responsible_person=self.responsible.text(),
            follow_up_id=follow_up if isinstance(follow_up, int) else None,
            site_address=self.site_address.text() if severity is Severity.EMERGENCY else "",
            external_reference=self.external_reference.text() if outside else "",
            external_due_at=(
                from_qdatetime(self.external_due_at.dateTime())
                if outside and self.has_external_due.isChecked()
                else None
            ),
            attachments=tuple(self.uploads),
        )

    def save(self) -> bool:
        """Accept the complaint; each refused field shows why and nothing is saved."""
        for form in self._forms:
            form.clear_errors()
        clear_message(self.errors[GENERAL])
        self.message.clear()
        try:
            self.accepted_complaint = self._complaints.accept(self.intake())
        except FieldErrors as exc:
            first: QWidget | None = None
            for problem in exc.errors:
                field = problem.field if problem.field in self.errors else GENERAL
                show_message(self.errors[field], error_message(problem))
                widget = self.findChild(QWidget, f"intake_{problem.field}")
                if first is None and widget is not None:
                    first = widget
            if first is not None:
                first.setFocus()
            return False
        except CounterError as exc:
            self.message.setText(error_message(exc))
            return False
        self.accept()
        return True
