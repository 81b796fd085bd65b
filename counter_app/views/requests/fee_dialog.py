"""The 业务费 of a request paid at the counter: one tender, the receipt printed like any other.

The payment goes through the payment service (a payment of kind ``fee`` with its own
gap-free receipt number in the clerk's shift); the request records the receipt, and a request
whose fee is unpaid cannot be dispatched (docs/domain.md §6).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.amounts import AmountError, parse_amount
from counter_app.domain.enums import Tender
from counter_app.domain.errors import CounterError
from counter_app.domain.money import ZERO, format_yuan
from counter_app.services.payments.dto import REFERENCE_MAX_LENGTH
from counter_app.services.requests.dto import FeeResult, RequestDetail, TenderLine
from counter_app.views.dialogs import KeepsTypedWork, message_line
from counter_app.views.errors import error_message
from counter_app.views.labels import tender_label
from counter_app.views.printing import DocumentPrinter, PrintStep
from counter_app.views.requests.common import outcome_text, submit_buttons
from counter_app.views.widgets import wrapping_label

if TYPE_CHECKING:
    from counter_app.services.payments.prints import ReceiptPrintService
    from counter_app.services.requests.service import RequestService


class FeeDialog(KeepsTypedWork, QDialog):
    """Take the fee of ``detail``'s request; ``result`` and ``printed`` once paid.

    Args:
        requests: Takes the fee (``pay_fee``).
        receipts: Issues the receipt for printing (``services.receipt_prints``).
        printer: Prints it and keeps its PDF copy.
        detail: The request as shown.
        receipt_layout: This counter's receipt printer (``thermal80`` or ``a5``).
    """

    def __init__(
        self,
        requests: RequestService,
        receipts: ReceiptPrintService,
        printer: DocumentPrinter,
        detail: RequestDetail,
        receipt_layout: str = "thermal80",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self._print = PrintStep(printer, receipts)
        self._layout = receipt_layout
        self._detail = detail
        self._key = uuid.uuid4().hex  # one dialog, one payment: a second press books nothing
        self.fee_result: FeeResult | None = None
        self.printed = ""
        self.setObjectName("feeDialog")
        summary = detail.summary
        self.setWindowTitle(self.tr("Service fee: {number}").format(number=summary.number))
        self.setMinimumWidth(440)

        heading = wrapping_label(
            self.tr("{type} on account {account}, {customer}").format(
                type=summary.type_name,
                account=summary.account_number or "—",
                customer=summary.customer_name,
            )
        )
        heading.setObjectName("feeHeading")
        self.amount = QLabel(format_yuan(summary.fee))
        self.amount.setObjectName("feeAmount")
        font = self.amount.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 4)
        self.amount.setFont(font)
        self.tender = QComboBox()
        self.tender.setObjectName("feeTender")
        for tender in Tender:
            self.tender.addItem(tender_label(tender), tender.value)
        self.tender.currentIndexChanged.connect(self._tender_changed)
        self.reference = QLineEdit()
        self.reference.setObjectName("feeReference")
        self.reference.setMaxLength(REFERENCE_MAX_LENGTH)
        self.cash_received = QLineEdit()
        self.cash_received.setObjectName("feeCashReceived")
        self.cash_received.setMaxLength(12)
        self.cash_received.textChanged.connect(self._update_change)
        self.change = QLabel()
        self.change.setObjectName("feeChange")
        form = QFormLayout()
        form.addRow(self.tr("Fee:"), self.amount)
        form.addRow(self.tr("Paid by:"), self.tender)
        self.reference_caption = QLabel(self.tr("Reference no.:"))
        form.addRow(self.reference_caption, self.reference)
        self.cash_caption = QLabel(self.tr("Cash received:"))
        form.addRow(self.cash_caption, self.cash_received)
        form.addRow("", self.change)
        self.error = message_line("feeError")
        self.buttons, self.ok_button = submit_buttons(
            self, self.tr("Take the fee"), "feeOk", self.submit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._tender_changed()

    def current_tender(self) -> Tender:
        return Tender(str(self.tender.currentData()))

    def _tender_changed(self) -> None:
        cash = self.current_tender() is Tender.CASH
        for widget in (self.cash_caption, self.cash_received, self.change):
            widget.setVisible(cash)
        for widget in (self.reference_caption, self.reference):
            widget.setVisible(not cash)

    def _received(self) -> Decimal | None:
        text = self.cash_received.text().strip()
        if not text or self.current_tender() is not Tender.CASH:
            return None
        return parse_amount(text, minimum=ZERO, field="cash_received")

    def _update_change(self) -> None:
        try:
            received = self._received()
        except AmountError:
            self.change.clear()
            return
        if received is None:
            self.change.clear()
            return
        change = received - self._detail.summary.fee
        self.change.setText(
            self.tr("Change {amount}").format(amount=format_yuan(change))
            if change >= 0
            else self.tr("Short by {amount}").format(amount=format_yuan(-change))
        )

    def submit(self) -> bool:
        self.error.clear()
        try:
            received = self._received()
        except AmountError as exc:
            self.error.setText(error_message(exc))
            return False
        tender = self.current_tender()
        line = TenderLine(
            tender,
            self._detail.summary.fee,
            None if tender is Tender.CASH else (self.reference.text().strip() or None),
        )
        try:
            result = self._requests.pay_fee(
                self._detail.summary.id, [line], self._key, cash_received=received
            )
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return False
        self.fee_result = result
        payment = result.payment
        lines = [
            self.tr("Fee paid. Receipt {number}, amount {amount}.").format(
                number=payment.receipt_no, amount=format_yuan(payment.amount)
            )
        ]
        if payment.change > 0:
            lines.append(
                self.tr("Give change: {change}").format(change=format_yuan(payment.change))
            )
        try:
            outcome = self._print.issue(payment.receipt, self._layout)
        except CounterError as exc:
            lines.append(error_message(exc))
        else:
            lines.append(outcome_text(self.tr("Receipt"), outcome))
        self.printed = "\n".join(lines)
        self.accept()
        return True
