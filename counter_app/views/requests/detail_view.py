"""One request on screen: what it is about, its timeline, and the steps the user may take now.

Only the steps the request's status and the user's role allow show as buttons (the service
says which: ``RequestDetail.allowed_steps``); the service refuses any other anyway. A request
that waits for a manager's approval is approved at this counter, with the manager's own
credentials, as part of its dispatch. Every step reloads the request and prints what it
produced: the work order after a dispatch, the 结算单 after a 销户, the 一次性告知单 while
documents are still missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import DocumentType, RequestEffect, RequestStatus
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.domain.permissions import Permission
from counter_app.domain.requests import CLOSED_STATUSES
from counter_app.services.requests.dto import (
    SERVICE_REQUEST,
    RequestDetail,
    RequestEventInfo,
    Step,
    StepResult,
)
from counter_app.views.approval import ApprovalDialog, WhatIsApproved
from counter_app.views.errors import error_message
from counter_app.views.labels import (
    document_type_label,
    request_next_step_text,
    request_status_label,
    request_step_label,
    satisfaction_label,
)
from counter_app.views.printing import DocumentPrinter, PrintStep
from counter_app.views.requests.common import outcome_text, print_documents
from counter_app.views.requests.fee_dialog import FeeDialog
from counter_app.views.requests.reprint_dialog import ReprintDialog
from counter_app.views.requests.step_dialog import StepDialog, StepInput
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, datetime_text
from counter_app.views.widgets import ERROR_STYLE, RED, action_button, say

if TYPE_CHECKING:
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.payments.prints import ReceiptPrintService
    from counter_app.services.requests.service import RequestService

EMERGENCY_STYLE = (
    f"QLabel {{ background: {RED}; color: white; border-radius: 3px; padding: 2px 6px; "
    "font-weight: bold; }"
)

#: Refusals that mean the screen shows an older state of the request than there is.
STALE_CODES = frozenset({"request.changed", "request.step_not_allowed", "request.closed"})

#: The documents a request may have printed, for 补打.
REPRINTABLE = (
    DocumentType.WORK_ORDER,
    DocumentType.SETTLEMENT_SLIP,
    DocumentType.MISSING_DOCUMENTS,
)


class RequestDetailView(QWidget):
    """A request's screen.

    Args:
        requests: Reads the request and takes its steps.
        auth: The manager's approval at this counter.
        receipts: Issues the fee's receipt for printing.
        printer: Prints the request's documents and keeps their PDF copies.
        receipt_layout: This counter's receipt printer.

    Signals:
        back_requested(): the clerk wants the list again.
        changed(int request_id): a step was taken (the lists are out of date).
        customer_requested(int customer_id, int account_id): the clerk wants the customer's
            360 view (after a 过户, the new owner's); ``account_id`` -1 without an account.
    """

    back_requested = Signal()
    changed = Signal(int)
    customer_requested = Signal(int, int)

    def __init__(
        self,
        requests: RequestService,
        auth: AuthService,
        receipts: ReceiptPrintService,
        printer: DocumentPrinter,
        receipt_layout: str = "thermal80",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self._auth = auth
        self._receipts = receipts
        self._printer = printer
        self._print = PrintStep(printer, requests)
        self._layout = receipt_layout
        self._detail: RequestDetail | None = None
        self._teams: tuple[str, ...] | None = None
        self.step_dialog: StepDialog | None = None
        self.reprint_dialog: ReprintDialog | None = None
        self.setObjectName("requestDetail")

        self.back_button = action_button(
            self.tr("Back to list (Esc)"), "requestBack", self.back_requested
        )
        self.number = QLabel()
        self.number.setObjectName("requestNumber")
        font = QFont(self.number.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emergency = QLabel(self.tr("EMERGENCY"))
        self.emergency.setObjectName("requestEmergency")
        self.emergency.setStyleSheet(EMERGENCY_STYLE)
        self.status = QLabel()
        self.status.setObjectName("requestStatus")
        status_font = QFont(self.status.font())
        status_font.setBold(True)
        status_font.setPointSize(status_font.pointSize() + 2)
        self.status.setFont(status_font)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.number)
        header.addWidget(self.emergency)
        header.addStretch(1)
        header.addWidget(self.status)

        self._build_facts()
        self._build_actions()
        self.timeline_model: DtoTableModel[RequestEventInfo] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda e: e.at),
                Column(
                    self.tr("Status"),
                    lambda e: request_status_label(e.to_status),
                ),
                Column(self.tr("By"), lambda e: f"{e.user_name} ({e.user_employee_no})"),
                Column(self.tr("Note"), lambda e: e.note, tooltip=lambda e: e.note or None),
            ],
            parent=self,
        )
        self.timeline = table_view("requestTimeline", self.timeline_model, stretch=(3,))
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        self.message = QLabel()
        self.message.setObjectName("requestMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.facts_box)
        layout.addLayout(self.step_row)
        layout.addWidget(self.message)
        layout.addWidget(timeline_box, 1)
        self._update_actions()  # no request yet: no step to offer

    # ------------------------------------------------------------------ building

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A row as tall as its longest value keeps every value level with its caption.
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _build_facts(self) -> None:
        self.facts_box = QGroupBox(self.tr("Request"))
        grid = QGridLayout(self.facts_box)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.facts: dict[str, QLabel] = {}
        rows = (
            ("type", self.tr("Service:"), "owner", self.tr("Named owner:")),
            ("customer", self.tr("Customer:"), "account", self.tr("Account:")),
            ("address", self.tr("Address:"), "ticket", self.tr("Queue ticket:")),
            ("accepted", self.tr("Accepted:"), "deadline", self.tr("Deadline:")),
            ("next", self.tr("Next:"), "team", self.tr("Team:")),
            ("received", self.tr("Documents in:"), "missing", self.tr("Missing:")),
            ("details", self.tr("Change asked:"), "fee", self.tr("Fee:")),
            ("description", self.tr("Description:"), "outcome", self.tr("Outcome:")),
        )
        for row, (left, left_caption, right, right_caption) in enumerate(rows):
            for column, (key, caption) in enumerate(((left, left_caption), (right, right_caption))):
                value = self._value(f"fact_{key}")
                self.facts[key] = value
                grid.addWidget(QLabel(caption), row, column * 2, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, row, column * 2 + 1)
        # An account that changed hands says whose its earlier bills and payments were.
        self.holders_caption = QLabel(self.tr("Holders:"))
        self.facts["holders"] = self._value("fact_holders")
        grid.addWidget(self.holders_caption, len(rows), 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.facts["holders"], len(rows), 1, 1, 3)

    def _build_actions(self) -> None:
        self.step_buttons: dict[Step, QPushButton] = {}
        self.step_row = QHBoxLayout()
        for step in Step:
            button = action_button(
                request_step_label(step), f"step_{step.value}", lambda _=False, s=step: self.take(s)
            )
            button.setMinimumHeight(button.sizeHint().height() + 6)
            self.step_buttons[step] = button
            self.step_row.addWidget(button)
        self.step_row.addStretch(1)
        self.fee_button = action_button(self.tr("Take fee"), "requestPayFee", self.pay_fee)
        self.reprint_button = action_button(self.tr("Reprint…"), "requestReprint", self.reprint)
        self.slip_button = action_button(
            self.tr("Print status slip"), "requestStatusSlip", self.print_status_slip
        )
        self.customer_button = action_button(
            self.tr("Open customer"), "requestCustomer", self.show_customer
        )
        for button in (
            self.fee_button,
            self.reprint_button,
            self.slip_button,
            self.customer_button,
        ):
            button.setMinimumHeight(button.sizeHint().height() + 6)
            self.step_row.addWidget(button)

    # ------------------------------------------------------------------ showing

    @property
    def detail(self) -> RequestDetail | None:
        return self._detail

    def show_request(self, request_id: int) -> bool:
        try:
            detail = self._requests.get(request_id)
        except CounterError as exc:
            self.show_message(error_message(exc), error=True)
            return False
        self.set_detail(detail)
        return True

    def show_number(self, number: str) -> bool:
        try:
            detail = self._requests.get_by_number(number)
        except CounterError as exc:
            self.show_message(error_message(exc), error=True)
            return False
        self.set_detail(detail)
        return True

    def refresh(self) -> bool:
        return self._detail is not None and self.show_request(self._detail.summary.id)

    def set_detail(self, detail: RequestDetail) -> None:
        self._detail = detail
        self.show_message("")
        summary = detail.summary
        self.number.setText(summary.number)
        self.emergency.setVisible(summary.emergency)
        status = request_status_label(summary.status)
        if summary.overdue:
            status = self.tr("{status}, overdue").format(status=status)
        self.status.setText(status)
        self.status.setStyleSheet(ERROR_STYLE if summary.overdue else "")
        facts = self.facts
        facts["type"].setText(summary.type_name)
        facts["owner"].setText(f"{summary.owner_name} ({summary.owner_employee_no})")
        facts["customer"].setText(summary.customer_name)
        facts["account"].setText(summary.account_number or "—")
        facts["address"].setText(summary.address)
        facts["ticket"].setText(summary.queue_ticket or "—")
        facts["accepted"].setText(datetime_text(summary.accepted_at))
        if summary.deadline_at is not None:
            facts["deadline"].setText(datetime_text(summary.deadline_at))
        elif summary.status is RequestStatus.INCOMPLETE:
            facts["deadline"].setText(self.tr("starts when the documents are complete"))
        else:
            facts["deadline"].setText("—")
        facts["deadline"].setStyleSheet(ERROR_STYLE if summary.overdue else "")
        facts["next"].setText(request_next_step_text(summary.next_step, summary.status))
        facts["team"].setText(detail.team or "—")
        facts["received"].setText("、".join(detail.documents_received) or "—")
        facts["missing"].setText("、".join(detail.documents_missing) or "—")
        facts["missing"].setStyleSheet(ERROR_STYLE if detail.documents_missing else "")
        facts["details"].setText(self._details_text(detail) or "—")
        facts["fee"].setText(self._fee_text(detail))
        facts["description"].setText(detail.description or "—")
        facts["outcome"].setText(self._outcome_text(detail) or "—")
        holders = self._holders_text(detail)
        facts["holders"].setText(holders)
        facts["holders"].setVisible(bool(holders))
        self.holders_caption.setVisible(bool(holders))
        self.timeline_model.set_rows(tuple(reversed(detail.events)))
        self._update_actions()

    def _details_text(self, detail: RequestDetail) -> str:
        d = detail.details
        parts = []
        if d.get("new_owner_name"):
            parts.append(
                self.tr("New owner: {new} (was {old})").format(
                    new=d["new_owner_name"], old=d.get("old_owner_name", "—")
                )
            )
        if d.get("new_name"):
            parts.append(
                self.tr("New name: {new} (was {old})").format(
                    new=d["new_name"], old=d.get("old_name", "—")
                )
            )
        if d.get("new_address"):
            parts.append(
                self.tr("New address: {new} (was {old})").format(
                    new=d["new_address"], old=d.get("old_address", "—")
                )
            )
        return "\n".join(parts)

    def _holders_text(self, detail: RequestDetail) -> str:
        """The account's holders in order, when it has had more than one or this request
        passes it on (过户); empty otherwise."""
        holders = detail.account_holders
        if len(holders) < 2 and detail.effect is not RequestEffect.TRANSFER:
            return ""
        parts = []
        for h in holders:
            if h.valid_to is None:
                text = self.tr("{name} since {start}").format(
                    name=h.customer_name, start=date_text(h.valid_from)
                )
            else:
                text = self.tr("{name} {start} to {end}").format(
                    name=h.customer_name,
                    start=date_text(h.valid_from),
                    end=date_text(h.valid_to),
                )
            if h.request_number:
                text += self.tr(" (by {number})").format(number=h.request_number)
            parts.append(text)
        return " → ".join(parts)

    def _fee_text(self, detail: RequestDetail) -> str:
        summary = detail.summary
        if summary.fee <= 0:
            return self.tr("none")
        if detail.fee_receipt_no:
            return self.tr("{fee}, paid (receipt {receipt})").format(
                fee=format_yuan(summary.fee), receipt=detail.fee_receipt_no
            )
        return self.tr("{fee}, not paid yet").format(fee=format_yuan(summary.fee))

    def _outcome_text(self, detail: RequestDetail) -> str:
        parts = []
        if detail.approved_by_name and detail.approved_at:
            parts.append(
                self.tr("Approved by {name} at {at}").format(
                    name=detail.approved_by_name, at=datetime_text(detail.approved_at)
                )
            )
        if detail.completed_at:
            parts.append(self.tr("Completed at {at}").format(at=datetime_text(detail.completed_at)))
        if detail.satisfaction is not None:
            parts.append(
                self.tr("Customer: {satisfaction}").format(
                    satisfaction=satisfaction_label(detail.satisfaction)
                )
            )
        if detail.rejection_reason:
            parts.append(self.tr("Reason: {reason}").format(reason=detail.rejection_reason))
        return "\n".join(parts)

    def _update_actions(self) -> None:
        detail = self._detail
        allowed = set(detail.allowed_steps) if detail else set()
        for step, button in self.step_buttons.items():
            button.setVisible(step in allowed)
            button.setEnabled(step in allowed)
        if detail is not None:
            self.step_buttons[Step.DISPATCH].setText(
                self.tr("Approve and dispatch")
                if detail.summary.status is RequestStatus.PENDING_APPROVAL
                else request_step_label(Step.DISPATCH)
            )
        actor = self._requests.actor
        fee_due = (
            detail is not None
            and detail.summary.fee > 0
            and not detail.fee_receipt_no
            and detail.summary.status not in CLOSED_STATUSES
            and actor.can(Permission.PAYMENT_TAKE)
        )
        self.fee_button.setVisible(fee_due)
        self.reprint_button.setVisible(detail is not None)
        self.slip_button.setVisible(detail is not None)
        self.customer_button.setVisible(detail is not None and detail.customer_id is not None)

    def show_message(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ steps

    def _team_list(self) -> tuple[str, ...]:
        if self._teams is None:
            try:
                self._teams = self._requests.teams()
            except CounterError:
                self._teams = ()
        return self._teams

    def take(self, step: Step) -> StepDialog | None:
        """Open the dialog of ``step`` (window-modal); taking it reloads the request."""
        detail = self._detail
        if detail is None or step not in detail.allowed_steps:
            return None
        dialog = StepDialog(step, detail, self.run_step, self._team_list(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._step_finished)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_finished(self, _result: int) -> None:
        self.step_dialog = None

    def run_step(self, entered: StepInput) -> str | None:
        """Take a step through the service; None when done, else what to tell the clerk."""
        detail = self._detail
        if detail is None:
            return None
        request_id = detail.summary.id
        version = detail.version
        r = self._requests
        try:
            if entered.step is Step.COMPLETE_DOCUMENTS:
                received = (*detail.documents_received, *entered.documents)
                result = r.complete_documents(request_id, received, version=version)
            elif entered.step is Step.DISPATCH:
                grant = None
                if detail.summary.status is RequestStatus.PENDING_APPROVAL:
                    grant = self._ask_approval(detail)
                    if grant is None:
                        return self.tr(
                            "This request needs a manager's approval before it is dispatched."
                        )
                result = r.dispatch(request_id, entered.team, entered.note, grant, version=version)
            elif entered.step is Step.START:
                result = r.start_work(request_id, entered.note, version=version)
            elif entered.step is Step.COMPLETE:
                result = r.complete(request_id, entered.note, version=version)
            elif entered.step is Step.CALLBACK:
                assert entered.satisfaction is not None
                result = r.callback(request_id, entered.satisfaction, entered.note, version=version)
            elif entered.step is Step.ARCHIVE:
                result = r.archive(request_id, entered.note, version=version)
            elif entered.step is Step.REJECT:
                result = r.reject(request_id, entered.note, version=version)
            else:
                result = r.withdraw(request_id, entered.note, version=version)
        except CounterError as exc:
            if exc.code in STALE_CODES:
                # Another counter took a step first: show the request as it is now.
                self.refresh()
                self.changed.emit(request_id)
            return error_message(exc)
        self._after_step(entered.step, result)
        return None

    def _ask_approval(self, detail: RequestDetail) -> ApprovalGrant | None:
        summary = detail.summary
        dialog = ApprovalDialog(
            self._auth,
            self._requests.actor,
            SERVICE_REQUEST,
            detail.approval_subject,
            self.tr(
                "{type} {number}: the manager approves the request before it is dispatched."
            ).format(type=summary.type_name, number=summary.number),
            self,
            shown=WhatIsApproved(customer=summary.customer_name, account=summary.account_number),
        )
        try:
            if dialog.exec() and dialog.grant is not None:
                return dialog.grant
            return None
        finally:
            dialog.deleteLater()

    def _after_step(self, step: Step, result: StepResult) -> None:
        lines = [
            self.tr("{step} done: {status}.").format(
                step=request_step_label(step),
                status=request_status_label(result.request.summary.status),
            )
        ]
        if result.unknown_years:
            lines.append(
                self.tr(
                    "No holiday data for {years}: the deadline counts Monday to Friday only."
                ).format(years=", ".join(str(y) for y in result.unknown_years))
            )
        lines += print_documents(
            self._print,
            [
                (DocumentType.WORK_ORDER, result.work_order),
                (DocumentType.SETTLEMENT_SLIP, result.settlement_slip),
                (DocumentType.MISSING_DOCUMENTS, result.missing_documents_notice),
            ],
        )
        self.set_detail(result.request)
        self.show_message("\n".join(lines))
        self.changed.emit(result.request.summary.id)

    def show_customer(self) -> None:
        detail = self._detail
        if detail is not None and detail.customer_id is not None:
            account = detail.summary.account_id
            self.customer_requested.emit(detail.customer_id, -1 if account is None else account)

    # ------------------------------------------------------------------ fee and prints

    def pay_fee(self) -> FeeDialog | None:
        detail = self._detail
        if detail is None or not self.fee_button.isVisible():
            return None
        dialog = FeeDialog(
            self._requests, self._receipts, self._printer, detail, self._layout, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._fee_paid(dialog))
        dialog.open()
        return dialog

    def _fee_paid(self, dialog: FeeDialog) -> None:
        if dialog.fee_result is None:
            return
        self.set_detail(dialog.fee_result.request)
        self.show_message(dialog.printed)
        self.changed.emit(dialog.fee_result.request.summary.id)

    def reprint(self) -> bool:
        """补打 one of the request's documents, with a reason."""
        detail = self._detail
        if detail is None:
            return False
        dialog = ReprintDialog(detail.summary.number, REPRINTABLE, self.reprint_document, self)
        self.reprint_dialog = dialog
        try:
            return bool(dialog.exec())
        finally:
            self.reprint_dialog = None
            dialog.deleteLater()

    def reprint_document(self, doc_type: DocumentType, reason: str) -> str | None:
        """补打 ``doc_type`` of the shown request; None when sent, else what went wrong."""
        detail = self._detail
        if detail is None:
            return None
        try:
            issued = self._requests.reprint(doc_type, detail.summary.number, reason)
        except CounterError as exc:
            return error_message(exc)
        outcome = self._print.send(issued)
        self.show_message(outcome_text(document_type_label(doc_type), outcome))
        return None

    def print_status_slip(self) -> bool:
        """The one-page 业务进度单 for the customer: status, deadline, next step."""
        detail = self._detail
        if detail is None:
            return False
        try:
            slip = self._requests.status_slip(detail.summary.id)
        except CounterError as exc:
            self.show_message(error_message(exc), error=True)
            return False
        self.show_message(
            "\n".join(print_documents(self._print, [(DocumentType.REQUEST_STATUS, slip)]))
        )
        return True
