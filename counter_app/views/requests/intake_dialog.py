"""Intake (受理) of a service request at the counter (docs/domain.md §6).

The clerk finds the account (filled in when coming from the 360 view), chooses the type from
the active catalogue of the account's utility kind, ticks the documents handed in, fills the
type's own fields (过户: the new owner; 更名: the new name; 迁移/移表: the new address; 报修: a
description), types or scans the queue ticket, and sees the status and deadline the request
will get before confirming. Missing documents save it as 资料不全 and print the 一次性告知单
listing every missing one; the accepting clerk is the request's named owner (首问负责).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import DocumentType, RequestEffect, RequestStatus
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.requests.dto import (
    ADDRESS_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    NAME_MAX_LENGTH,
    QUEUE_TICKET_MAX_LENGTH,
    TEAM_MAX_LENGTH,
    Details,
    IntakeContext,
    IntakePreview,
    IntakeRequest,
    IntakeResult,
    RelocateDetails,
    RenameDetails,
    ServiceTypeInfo,
)
from counter_app.views import msgbox
from counter_app.views.dialogs import (
    KeepsTypedWork,
    clear_message,
    error_label,
    message_line,
    show_message,
)
from counter_app.views.errors import error_message
from counter_app.views.labels import account_status_label, request_status_label
from counter_app.views.printing import DocumentPrinter, PrintStep
from counter_app.views.requests.common import (
    enter_runs,
    print_documents,
    sla_text,
    submit_buttons,
)
from counter_app.views.requests.owner_picker import NewOwnerPicker
from counter_app.views.timefmt import datetime_text
from counter_app.views.widgets import action_button, fit_to_screen, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.customers import CustomerService
    from counter_app.services.requests.service import RequestService

T = TypeVar("T")

#: The type's own fields, in the order the form shows them.
TYPE_FIELDS = ("new_owner", "new_name", "new_address")
#: Fields a refusal may name; anything else shows on the dialog's own line.
FORM_FIELDS = (
    "account",
    "queue_ticket",
    "description",
    "address",
    "documents",
    "team",
    *TYPE_FIELDS,
)


class IntakeDialog(KeepsTypedWork, QDialog):
    """Accept one service request; ``result`` holds what the service returned.

    Args:
        requests: Intake context, preview, acceptance and the 一次性告知单.
        customers: Finds the account (and a 过户's new owner) from what the customer hands over.
        printer: Prints the notice or the work order and keeps their PDF copies.
        account_id: The account chosen in the 360 view; None to find one here.
    """

    def __init__(
        self,
        requests: RequestService,
        customers: CustomerService,
        printer: DocumentPrinter,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self._customers = customers
        self._print = PrintStep(printer, requests)
        self._context: IntakeContext | None = None
        self._teams: tuple[str, ...] = ()
        self.intake_result: IntakeResult | None = None
        self.printed: list[str] = []
        self.document_checks: list[QCheckBox] = []
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New service request"))
        self.errors = {field: error_label(field) for field in FORM_FIELDS}

        self._build_account()
        self._build_form()
        self._build_side()
        self.error = message_line("intakeError")
        self.buttons, self.accept_button = submit_buttons(
            self, self.tr("Accept request"), "acceptRequest", self.submit
        )

        # The type's own fields (a new owner typed in full, say) may need more height than a
        # 768-line screen leaves: the form scrolls, the buttons stay in view.
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("intakeFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form_box)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = QHBoxLayout()
        columns.addWidget(self.form_scroll, 3)
        columns.addLayout(self.side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.account_box)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        try:
            self._teams = requests.teams()
        except CounterError:
            self._teams = ()
        self.team.addItems(self._teams)
        self.team.setCurrentIndex(-1)
        if account_id is not None:
            self.load_account(account_id)
        else:
            self._set_context(None)
        fit_to_screen(self, QSize(1040, 680))

    # ------------------------------------------------------------------ building

    def _build_account(self) -> None:
        self.account_box = QGroupBox(self.tr("Account"))
        self.account_input = QLineEdit()
        self.account_input.setObjectName("intakeAccount")
        self.account_input.setMaxLength(100)
        self.account_input.setPlaceholderText(self.tr("Account no., mobile, ID no. or scan"))
        enter_runs(self.account_input, self.find_account)
        self.find_button = action_button(self.tr("Find"), "intakeFind", self.find_account)
        self.account_text = wrapping_label()
        self.account_text.setObjectName("intakeAccountText")
        # A name or a mobile number may find several accounts: the clerk picks one.
        self.account_choice = QComboBox()
        self.account_choice.setObjectName("intakeAccountChoice")
        self.account_choice.setVisible(False)
        self.account_choice.activated.connect(self._account_chosen)
        row = QHBoxLayout()
        row.addWidget(self.account_input, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self.account_box)
        layout.addLayout(row)
        layout.addWidget(self.account_choice)
        layout.addWidget(self.account_text)
        layout.addWidget(self.errors["account"])

    def _build_form(self) -> None:
        self.form_box = QGroupBox(self.tr("Request"))
        self.form = QFormLayout(self.form_box)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("intakeType")
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.type_note = wrapping_label()
        self.type_note.setObjectName("intakeTypeNote")
        self.queue_ticket = QLineEdit()
        self.queue_ticket.setObjectName("intakeQueueTicket")
        self.queue_ticket.setMaxLength(QUEUE_TICKET_MAX_LENGTH)
        self.queue_ticket.setPlaceholderText(self.tr("Type or scan"))
        enter_runs(self.queue_ticket, self.focusNextChild)
        self.description = QPlainTextEdit()
        self.description.setObjectName("intakeDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.description.textChanged.connect(self._limit_description)
        self.address = QLineEdit()
        self.address.setObjectName("intakeAddress")
        self.address.setMaxLength(ADDRESS_MAX_LENGTH)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("intakeNewName")
        self.new_name.setMaxLength(NAME_MAX_LENGTH)
        self.new_address = QLineEdit()
        self.new_address.setObjectName("intakeNewAddress")
        # One more than allowed, so the service can say it is too long instead of cutting it.
        self.new_address.setMaxLength(ADDRESS_MAX_LENGTH + 1)
        self.owner_picker = NewOwnerPicker(self._customers)
        self.team = QComboBox()
        self.team.setObjectName("intakeTeam")
        self.team.setEditable(True)
        team_line = self.team.lineEdit()
        if team_line is not None:
            team_line.setMaxLength(TEAM_MAX_LENGTH)

        self.rows: dict[str, QLabel] = {}

        def add(field: str, caption: str, widget: QWidget) -> None:
            label = QLabel(caption)
            label.setBuddy(widget)
            self.rows[field] = label
            holder = QWidget()
            # Spare height goes below the form, not between a field and its caption.
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if field in self.errors:
                column.addWidget(self.errors[field])
            self.form.addRow(label, holder)

        add("type", self.tr("&Service:"), self.type_combo)
        self.form.addRow("", self.type_note)
        add("queue_ticket", self.tr("&Queue ticket:"), self.queue_ticket)
        add("description", self.tr("&Description:"), self.description)
        add("address", self.tr("&Work address:"), self.address)
        add("new_owner", self.tr("New &owner:"), self.owner_picker)
        add("new_name", self.tr("New &name:"), self.new_name)
        add("new_address", self.tr("New add&ress:"), self.new_address)
        add("team", self.tr("&Team sent now:"), self.team)

    def _build_side(self) -> None:
        self.documents_box = QGroupBox(self.tr("Documents handed in"))
        self.documents_layout = QVBoxLayout(self.documents_box)
        self.no_documents = QLabel(self.tr("No documents are needed."))
        self.documents_layout.addWidget(self.no_documents)
        self.documents_layout.addWidget(self.errors["documents"])
        self.preview_box = QGroupBox(self.tr("If accepted now"))
        self.preview = wrapping_label()
        self.preview.setObjectName("intakePreview")
        QVBoxLayout(self.preview_box).addWidget(self.preview)
        self.side = QVBoxLayout()
        self.side.addWidget(self.documents_box)
        self.side.addWidget(self.preview_box)
        self.side.addStretch(1)

    def _limit_description(self) -> None:
        text = self.description.toPlainText()
        if len(text) > DESCRIPTION_MAX_LENGTH + 1:
            self.description.setPlainText(text[: DESCRIPTION_MAX_LENGTH + 1])

    # ------------------------------------------------------------------ the account and type

    def find_account(self) -> bool:
        """Find the account from what was typed or scanned and fill the form for it."""
        clear_message(self.errors["account"])
        text = self.account_input.text().strip()
        if not text:
            show_message(self.errors["account"], self.tr("Type or scan the account number."))
            return False
        try:
            result = self._customers.search(text)
        except CounterError as exc:
            show_message(self.errors["account"], error_message(exc))
            return False
        rows = [r for r in result.rows if r.account_id is not None]
        self.account_choice.clear()
        self.account_choice.setVisible(len(rows) > 1)
        if not rows:
            show_message(
                self.errors["account"], self.tr("No account found for “{text}”.").format(text=text)
            )
            return False
        for row in rows:
            parts = (row.account_number or "", row.customer_name, row.supply_address)
            self.account_choice.addItem("  ".join(p for p in parts if p), row.account_id)
        return self._account_chosen(0)

    def _account_chosen(self, index: int) -> bool:
        account_id = self.account_choice.itemData(index)
        return account_id is not None and self.load_account(int(account_id))

    def load_account(self, account_id: int) -> bool:
        try:
            context = self._requests.intake_context(account_id)
        except CounterError as exc:
            show_message(self.errors["account"], error_message(exc))
            return False
        self.account_input.setText(context.account_number)
        self._set_context(context)
        return True

    @property
    def context(self) -> IntakeContext | None:
        return self._context

    def _set_context(self, context: IntakeContext | None) -> None:
        self._context = context
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        if context is None:
            self.account_text.setText(self.tr("Find the account the request is about."))
        else:
            parts = [
                self.tr("{number} ({status}), {name}").format(
                    number=context.account_number,
                    status=account_status_label(context.account_status),
                    name=context.customer_name,
                ),
                context.supply_address,
            ]
            if context.arrears > 0:
                parts.append(
                    self.tr("Arrears {amount}").format(amount=format_yuan(context.arrears))
                )
            self.account_text.setText("\n".join(parts))
            for service_type in context.types:
                self.type_combo.addItem(service_type.name, service_type.id)
            self.address.setText(context.supply_address)
        self.type_combo.setCurrentIndex(0 if context and context.types else -1)
        self.type_combo.blockSignals(False)
        self._type_changed()

    def current_type(self) -> ServiceTypeInfo | None:
        if self._context is None:
            return None
        type_id = self.type_combo.currentData()
        return next((t for t in self._context.types if t.id == type_id), None)

    def choose_type(self, code: str) -> bool:
        """Pick the type with ``code`` (e.g. ``TRANSFER``); False if the account has none."""
        if self._context is None:
            return False
        for index, service_type in enumerate(self._context.types):
            if service_type.code == code:
                self.type_combo.setCurrentIndex(index)
                return True
        return False

    def _set_row_visible(self, field: str, visible: bool) -> None:
        label = self.rows[field]
        label.setVisible(visible)
        buddy = label.buddy()
        holder = buddy.parentWidget() if buddy is not None else None
        if holder is not None:
            holder.setVisible(visible)

    def _type_changed(self) -> None:
        service_type = self.current_type()
        fields = set(service_type.fields) if service_type else set()
        for field in TYPE_FIELDS:
            self._set_row_visible(field, field in fields)
        self._set_row_visible("team", bool(service_type and service_type.emergency))
        self.owner_picker.holder_id = self._context.customer_id if self._context else None
        needs_description = bool(service_type and service_type.needs_description)
        self.rows["description"].setText(
            self.tr("&Description (required):") if needs_description else self.tr("&Description:")
        )
        self.type_note.setText(self._type_note(service_type))
        self._fill_documents(service_type)
        for label in self.errors.values():
            clear_message(label)
        self.error.clear()
        self.update_preview()
        self.accept_button.setEnabled(service_type is not None)

    def _type_note(self, service_type: ServiceTypeInfo | None) -> str:
        if service_type is None:
            return ""
        parts = [self.tr("Time limit: {sla}").format(sla=sla_text(service_type))]
        if service_type.fee > 0:
            parts.append(self.tr("fee {fee}").format(fee=format_yuan(service_type.fee)))
        if service_type.needs_approval:
            parts.append(self.tr("needs a manager's approval"))
        if service_type.needs_site_work:
            parts.append(self.tr("site work"))
        if service_type.emergency:
            parts.append(self.tr("EMERGENCY: dispatched at once, the manager is alerted"))
        return "; ".join(parts)

    def _fill_documents(self, service_type: ServiceTypeInfo | None) -> None:
        for check in self.document_checks:
            self.documents_layout.removeWidget(check)
            check.hide()
            check.deleteLater()
        self.document_checks = []
        names = service_type.required_documents if service_type else ()
        for index, name in enumerate(names):
            check = QCheckBox(name)
            check.setObjectName(f"intakeDocument_{index}")
            check.toggled.connect(self.update_preview)
            self.documents_layout.insertWidget(index, check)
            self.document_checks.append(check)
        self.no_documents.setVisible(not names)

    # ------------------------------------------------------------------ the request

    def documents_received(self) -> tuple[str, ...]:
        return tuple(c.text() for c in self.document_checks if c.isChecked())

    def _details(self, service_type: ServiceTypeInfo) -> Details | None:
        if "new_owner" in service_type.fields:
            return self.owner_picker.details()
        if "new_name" in service_type.fields:
            return RenameDetails(new_name=self.new_name.text().strip())
        if "new_address" in service_type.fields:
            return RelocateDetails(new_address=self.new_address.text().strip())
        return None

    def request(self) -> IntakeRequest | None:
        service_type = self.current_type()
        if service_type is None or self._context is None:
            return None
        team = self.team.currentText().strip() if service_type.emergency else ""
        return IntakeRequest(
            service_type_id=service_type.id,
            account_id=self._context.account_id,
            description=self.description.toPlainText().strip(),
            address=self.address.text().strip(),
            documents_received=self.documents_received(),
            details=self._details(service_type),
            queue_ticket=self.queue_ticket.text().strip() or None,
            team=team or None,
        )

    def update_preview(self) -> IntakePreview | None:
        """Show the status and deadline the request would get if accepted now."""
        request = self.request()
        if request is None:
            self.preview.setText("")
            return None
        try:
            preview = self._requests.preview_intake(request)
        except FieldErrors:
            # Fields still to fill in: the service's preview waits for them; what the
            # checklist and the type already say shows meanwhile.
            self.preview.setText(self._checklist_preview())
            return None
        except CounterError as exc:
            self.preview.setText(error_message(exc))
            return None
        self.preview.setText(self.preview_text(preview))
        return preview

    def _checklist_preview(self) -> str:
        service_type = self.current_type()
        assert service_type is not None
        received = set(self.documents_received())
        missing = [d for d in service_type.required_documents if d not in received]
        if missing:
            status = RequestStatus.INCOMPLETE
        elif service_type.needs_approval:
            status = RequestStatus.PENDING_APPROVAL
        else:
            status = RequestStatus.ACCEPTED
        lines = [self.tr("Status: {status}").format(status=request_status_label(status))]
        if missing:
            lines.append(self.tr("Deadline: starts when the documents are complete."))
            lines.append(
                self.tr("Missing ({n}): {docs}. A one-time notice listing them prints.").format(
                    n=len(missing), docs="、".join(missing)
                )
            )
        else:
            lines.append(
                self.tr("Deadline: {sla} from acceptance.").format(sla=sla_text(service_type))
            )
        context = self._context
        if (
            context is not None
            and context.arrears > 0
            and service_type.effect in (RequestEffect.TRANSFER, RequestEffect.CLOSE)
        ):
            # Said now, before the rest is typed in: the service refuses a 过户 or a 销户
            # while anything is owed (docs/domain.md §6).
            lines.append(
                self.tr("The account owes {amount}: it is paid first, or this is refused.").format(
                    amount=format_yuan(context.arrears)
                )
            )
        return "\n".join(lines)

    def preview_text(self, preview: IntakePreview) -> str:
        lines = [self.tr("Status: {status}").format(status=request_status_label(preview.status))]
        if preview.deadline_at is not None:
            lines.append(self.tr("Deadline: {at}").format(at=datetime_text(preview.deadline_at)))
        else:
            lines.append(self.tr("Deadline: starts when the documents are complete."))
        if preview.documents_missing:
            lines.append(
                self.tr("Missing ({n}): {docs}. A one-time notice listing them prints.").format(
                    n=len(preview.documents_missing), docs="、".join(preview.documents_missing)
                )
            )
        if preview.fee > 0:
            lines.append(
                self.tr("Fee {fee}, paid before dispatch.").format(fee=format_yuan(preview.fee))
            )
        if preview.unknown_years:
            lines.append(
                self.tr(
                    "No holiday data for {years}: the deadline counts Monday to Friday only."
                ).format(years=", ".join(str(y) for y in preview.unknown_years))
            )
        return "\n".join(lines)

    def _show_errors(self, errors: FieldErrors) -> None:
        for error in errors.errors:
            label = self.errors.get(error.field)
            holder = label.parentWidget() if label is not None else None
            if label is not None and holder is not None and holder.isVisibleTo(self):
                show_message(label, error_message(error))
            else:
                show_message(self.error, error_message(error))

    def _refused_or(self, call: Callable[[IntakeRequest], T], request: IntakeRequest) -> T | None:
        """``call(request)``, or None with each refusal shown under its field."""
        try:
            return call(request)
        except FieldErrors as errors:
            self._show_errors(errors)
        except CounterError as exc:
            self.error.setText(error_message(exc))
        return None

    def submit(self) -> bool:
        """Check, show the deadline and ask, then accept the request and print its notice."""
        for label in self.errors.values():
            clear_message(label)
        self.error.clear()
        request = self.request()
        if request is None:
            show_message(self.errors["account"], self.tr("Find the account first."))
            return False
        preview = self._refused_or(self._requests.preview_intake, request)
        if preview is None:
            return False
        self.preview.setText(self.preview_text(preview))
        if not msgbox.question(
            self,
            self.tr("Accept the request?"),
            self.tr("{type} on account {account}.").format(
                type=preview.service_type.name,
                account=self._context.account_number if self._context else "",
            )
            + "\n"
            + self.preview_text(preview),
        ):
            return False
        result = self._refused_or(self._requests.accept, request)
        if result is None:
            return False
        self.intake_result = result
        self.printed = print_documents(
            self._print,
            [
                (DocumentType.MISSING_DOCUMENTS, result.missing_documents_notice),
                (DocumentType.WORK_ORDER, result.work_order),
            ],
        )
        self.accept()
        return True

    def summary(self) -> str:
        """What was accepted and printed, for the screen the dialog returns to."""
        if self.intake_result is None:
            return ""
        request = self.intake_result.request.summary
        lines = [
            self.tr("Request {number} accepted: {status}.").format(
                number=request.number, status=request_status_label(request.status)
            )
        ]
        if request.status is RequestStatus.INCOMPLETE:
            lines.append(
                self.tr("Documents missing: {docs}").format(
                    docs="、".join(self.intake_result.request.documents_missing)
                )
            )
        return "\n".join(lines + self.printed)
