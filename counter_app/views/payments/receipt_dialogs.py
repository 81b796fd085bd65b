"""Choosing the receipt to reprint (补打), void (冲正) or refund (退费), and seeing it first.

The receipt number starts as the last receipt of the clerk's shift, the one most often meant;
another is picked from the shift's list, typed, or scanned from the receipt's barcode (a
scanner types the number and Enter, which looks the receipt up instead of going on). Once a
number is in, the dialog shows the receipt's customer, account, amount, time and status, and
refuses at once what the service would refuse (a receipt already voided or refunded, another
hall's receipt), so a manager is never called to approve what cannot be done.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import PaymentKind, PaymentStatus
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.services.payments.dto import REASON_MAX_LENGTH, ReceiptSummary
from counter_app.services.payments.errors import RefundNotAllowed, VoidNotAllowed
from counter_app.views.approval import WhatIsApproved
from counter_app.views.dialogs import (
    KeepsTypedWork,
    clear_message,
    error_label,
    show_message,
    submit_buttons,
)
from counter_app.views.errors import error_message
from counter_app.views.labels import payment_kind_label, payment_status_label
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.timefmt import datetime_text, time_text
from counter_app.views.widgets import fit_placeholder, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.payments.prints import ReceiptPrintService


class ReceiptAction(StrEnum):
    REPRINT = "reprint"
    VOID = "void"
    REFUND = "refund"


def refusal(action: ReceiptAction, receipt: ReceiptSummary) -> CounterError | None:
    """What the service would refuse about ``receipt`` at once, before any approval."""
    if action is ReceiptAction.VOID:
        if not receipt.own_hall:
            return VoidNotAllowed("void.other_hall")
        if receipt.status is PaymentStatus.VOIDED:
            return VoidNotAllowed("void.already_voided", receipt_no=receipt.receipt_no)
        if receipt.refund_receipt_no is not None:
            return VoidNotAllowed("void.refunded", refund_receipt_no=receipt.refund_receipt_no)
    if action is ReceiptAction.REFUND:
        if receipt.kind is PaymentKind.REFUND:
            return RefundNotAllowed("refund.not_refundable")
        if receipt.status is PaymentStatus.VOIDED:
            return RefundNotAllowed("refund.voided")
        if receipt.refund_receipt_no is not None:
            return RefundNotAllowed(
                "refund.already_refunded", refund_receipt_no=receipt.refund_receipt_no
            )
    return None


def what_is_approved(receipt: ReceiptSummary) -> WhatIsApproved:
    """The receipt as the manager sees it in the approval dialog."""
    return WhatIsApproved(
        customer=receipt.customer_name,
        account=receipt.account_number,
        amount=abs(receipt.amount),
        receipt_no=receipt.receipt_no,
    )


def _status_text(receipt: ReceiptSummary) -> str:
    text = payment_status_label(receipt.status)
    if receipt.kind is PaymentKind.REFUND:
        text = f"{payment_kind_label(receipt.kind)} · {text}"
    if receipt.refund_receipt_no is not None:
        text += " · " + QCoreApplication.translate("ReceiptDialog", "refunded by {number}").format(
            number=receipt.refund_receipt_no
        )
    return text


class ReceiptDialog(KeepsTypedWork, QDialog):
    """Pick the receipt for ``action``, see what it is, give the reason.

    Args:
        action: what is to be done with the receipt.
        receipts: lists the shift's receipts and finds one by number.

    After ``exec()`` returns Accepted, :attr:`receipt` is the receipt chosen and
    :meth:`reason` the reason given.
    """

    def __init__(
        self,
        action: ReceiptAction,
        receipts: ReceiptPrintService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self._receipts = receipts
        #: The receipt shown, once a number has been looked up.
        self.receipt: ReceiptSummary | None = None
        self.setObjectName("receiptDialog")
        titles = {
            # The page's own words for these, so they keep their translations.
            ReceiptAction.REPRINT: QCoreApplication.translate("PaymentPage", "Reprint receipt"),
            ReceiptAction.VOID: QCoreApplication.translate("PaymentPage", "Void receipt"),
            ReceiptAction.REFUND: QCoreApplication.translate("PaymentPage", "Refund receipt"),
        }
        self.setWindowTitle(titles[action])
        self.setMinimumWidth(680)

        self.number = QLineEdit()
        self.number.setObjectName("receiptNumber")
        self.number.setMaxLength(30)
        self.number.setPlaceholderText(self.tr("Type or scan the receipt number"))
        fit_placeholder(self.number)
        self.number.textEdited.connect(self._number_edited)
        self.number.editingFinished.connect(self.look_up)
        self.number.installEventFilter(self)
        self.number_error = error_label("receipt")

        self.model: DtoTableModel[ReceiptSummary] = DtoTableModel(
            [
                Column(self.tr("Receipt"), lambda r: r.receipt_no),
                Column(self.tr("Time"), lambda r: time_text(r.paid_at)),
                Column(self.tr("Customer"), lambda r: r.customer_name),
                Column.money(self.tr("Amount"), lambda r: r.amount),
                Column(self.tr("Status"), _status_text),
            ]
        )
        self.list = table_view("shiftReceipts", self.model, stretch=(2,))
        self.list.setMinimumHeight(self.list.verticalHeader().defaultSectionSize() * 5)
        self.list.clicked.connect(lambda index: self._pick(self.model.row_at(index)))
        self.list.activated.connect(lambda index: self._pick(self.model.row_at(index)))

        self.details = QGroupBox(self.tr("Receipt"))
        self.details.setObjectName("receiptDetails")
        facts = QFormLayout(self.details)
        self.customer = wrapping_label()
        self.customer.setObjectName("receiptCustomer")
        self.account = wrapping_label()
        self.account.setObjectName("receiptAccount")
        self.amount = QLabel()
        self.amount.setObjectName("receiptAmount")
        font = QFont(self.amount.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.amount.setFont(font)
        self.paid_at = QLabel()
        self.paid_at.setObjectName("receiptPaidAt")
        self.status = wrapping_label()
        self.status.setObjectName("receiptStatus")
        facts.addRow(self.tr("Customer:"), self.customer)
        facts.addRow(self.tr("Account:"), self.account)
        facts.addRow(self.tr("Amount:"), self.amount)
        facts.addRow(self.tr("Paid at:"), self.paid_at)
        facts.addRow(self.tr("Status:"), self.status)

        reasons = {
            ReceiptAction.REPRINT: self.tr("&Reason for the reprint:"),
            ReceiptAction.VOID: self.tr("&Reason for the void:"),
            ReceiptAction.REFUND: self.tr("&Reason for the refund:"),
        }
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("receiptReason")
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.reason_error = error_label("reason")
        self.reason_edit.textEdited.connect(lambda _t: clear_message(self.reason_error))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        number_label = QLabel(self.tr("Receipt &number:"))
        number_label.setBuddy(self.number)
        form.addRow(number_label, _with_error(self.number, self.number_error))
        list_label = QLabel(self.tr("This &shift's receipts:"))
        list_label.setBuddy(self.list)
        form.addRow(list_label, self.list)
        reason_label = QLabel(reasons[action])
        reason_label.setBuddy(self.reason_edit)

        oks = {
            ReceiptAction.REPRINT: self.tr("Re&print"),
            ReceiptAction.VOID: self.tr("&Void..."),
            ReceiptAction.REFUND: self.tr("Re&fund..."),
        }
        self.buttons, self.ok_button = submit_buttons(
            self, oks[action], "receiptActionOk", self._go_on
        )

        reason_form = QFormLayout()
        reason_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        reason_form.addRow(reason_label, _with_error(self.reason_edit, self.reason_error))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addLayout(reason_form)
        layout.addWidget(self.buttons)

        self._load_shift()
        self.number.setFocus()

    # ------------------------------------------------------------------ choosing

    def _load_shift(self) -> None:
        try:
            rows = self._receipts.shift_receipts()
        except CounterError as exc:
            show_message(self.number_error, error_message(exc))
            rows = ()
        self.model.set_rows(rows)
        if rows:
            # The last receipt of the shift is the one most often meant; typing or scanning
            # replaces it, since the whole number is selected.
            self._pick(rows[0])
            self.number.selectAll()
        else:
            self._show(None)

    def _pick(self, receipt: ReceiptSummary | None) -> None:
        if receipt is None:
            return
        self.number.setText(receipt.receipt_no)
        self._show(receipt)

    def _number_edited(self) -> None:
        # What is shown no longer matches the number being typed.
        if self.receipt is not None:
            self._show(None)
        clear_message(self.number_error)

    def look_up(self) -> bool:
        """Show the receipt whose number is typed; returns whether it may be used."""
        text = self.number.text().strip()
        if not text:
            self._show(None)
            return False
        if self.receipt is not None and self.receipt.receipt_no == text.upper():
            return refusal(self._action, self.receipt) is None
        listed = next((r for r in self.model.rows if r.receipt_no == text.upper()), None)
        if listed is not None:
            self._show(listed)
        else:
            try:
                found = self._receipts.receipt_summary(text)
            except CounterError as exc:
                self._show(None)
                show_message(self.number_error, error_message(exc))
                return False
            self.number.setText(found.receipt_no)
            self._show(found)
        return self.receipt is not None and refusal(self._action, self.receipt) is None

    def _show(self, receipt: ReceiptSummary | None) -> None:
        self.receipt = receipt
        clear_message(self.number_error)
        self.list.clearSelection()
        if receipt is None:
            for label in (self.customer, self.account, self.amount, self.paid_at, self.status):
                label.clear()
            self.ok_button.setEnabled(True)
            return
        for row, listed in enumerate(self.model.rows):
            if listed.receipt_no == receipt.receipt_no:
                self.list.selectRow(row)
        self.customer.setText(receipt.customer_name or "-")
        self.account.setText(receipt.account_number or "-")
        self.amount.setText(format_yuan(receipt.amount))
        self.paid_at.setText(datetime_text(receipt.paid_at))
        self.status.setText(_status_text(receipt))
        refused = refusal(self._action, receipt)
        if refused is not None:
            show_message(self.number_error, error_message(refused))
        self.ok_button.setEnabled(refused is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scanner ends the number with Enter: look the receipt up and go on to the reason,
        # rather than let Enter press the dialog's button before the clerk has seen it.
        if (
            watched is self.number
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.look_up():
                self.reason_edit.setFocus()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ going on

    def reason(self) -> str:
        """The reason typed, spaces collapsed."""
        return " ".join(self.reason_edit.text().split())

    def _go_on(self) -> None:
        if not self.look_up():
            if self.receipt is None and not self.number_error.isVisible():
                show_message(self.number_error, self.tr("Type or scan the receipt number"))
            self.number.setFocus()
            return
        if not self.reason():
            needs = {
                ReceiptAction.REPRINT: QCoreApplication.translate(
                    "PaymentPage", "A reprint needs a reason."
                ),
                ReceiptAction.VOID: QCoreApplication.translate(
                    "PaymentPage", "A void needs a reason."
                ),
                ReceiptAction.REFUND: QCoreApplication.translate(
                    "PaymentPage", "A refund needs a reason."
                ),
            }
            clear_message(self.reason_error)
            show_message(self.reason_error, needs[self._action])
            self.reason_edit.setFocus()
            return
        self.accept()


def _with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box
