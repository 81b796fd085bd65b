"""The payment screen (缴费): account, what is due, tenders, change, confirm, receipt.

A confirm screen carries one idempotency key: a double click, a retry after an error or a
second press of F12 can never book the payment twice. When the database cannot be reached
the clerk is told in plain words that the payment was not taken; when the connection broke
during the commit itself, the screen asks the database by the confirm key as soon as it
answers again and then says whether the payment was taken (with its receipt) or not, and
takes no other payment meanwhile.

What the screen shows — the shift, the account's bills, prepaid quotes, the print queue and
the last payment — is loaded off the GUI thread (:class:`~counter_app.views.background.Loads`);
what the clerk typed stays while the database is away, and a load that could not reach it
runs again by itself once it is back.

Reprints (补打, F10), voids (冲正, F11) and refunds (退费, Shift+F11) start here too: each picks
the receipt in :class:`~counter_app.views.payments.receipt_dialogs.ReceiptDialog` (the shift's
last receipt by default, shown before anything is done) with a reason; a void or refund then
needs a manager's approval, and each prints its own document - the 补打 copy, the void slip, or
the refund's receipt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.amounts import AmountError, parse_amount
from counter_app.domain.enums import AccountStatus, BillingMode, Satisfaction, Tender
from counter_app.domain.errors import CounterError
from counter_app.domain.money import ZERO, format_yuan
from counter_app.domain.receipts import Receipt, VoidSlip
from counter_app.services.payments.dto import (
    LARGE_CASH,
    PaymentQuote,
    PaymentRequest,
    PaymentResult,
    PrepaidQuote,
    QueuedReceipt,
    QuoteStamp,
    TenderLine,
    VoidResult,
    account_subject,
)
from counter_app.views.approval import ApprovalDialog, WhatIsApproved
from counter_app.views.background import Loads
from counter_app.views.errors import error_message
from counter_app.views.labels import account_status_label, tender_label
from counter_app.views.payments.payment_outcome import PaymentOutcome
from counter_app.views.payments.readings_dialog import MeterReadingDialog
from counter_app.views.payments.receipt_actions import ReceiptActions
from counter_app.views.printing import DocumentPrinter, PrintOutcome, PrintStep
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, datetime_text, time_text
from counter_app.views.widgets import ElidedLabel, fit_placeholder, place_for_customer

if TYPE_CHECKING:
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.bills import BillService
    from counter_app.services.bills_dto import BillsDue, DueBill
    from counter_app.services.payments.prints import ReceiptPrintService
    from counter_app.services.payments.ratings import RatingService
    from counter_app.services.payments.reversals import ReversalService
    from counter_app.services.payments.taking import PaymentService
    from counter_app.services.readings_import import ReadingImportService
    from counter_app.services.search import SearchService
    from counter_app.services.search_dto import SearchResult
    from counter_app.services.shifts import ShiftService
    from counter_app.services.shifts_dto import ShiftInfo


def _big(label: QLabel, extra: int, colour: str = "") -> QLabel:
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + extra)
    font.setBold(True)
    label.setFont(font)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    return label


class SatisfactionDialog(QDialog):
    """The customer rates the service (非常满意 … 不满意); keys 1–4 answer, Esc skips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("satisfactionDialog")
        self.setWindowTitle(self.tr("Please rate our service"))
        self.rating: Satisfaction | None = None
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("How satisfied are you with this service?"))
        _big(question, 4)
        layout.addWidget(question)
        row = QHBoxLayout()
        choices = (
            (Satisfaction.VERY_SATISFIED, self.tr("1 Very satisfied")),
            (Satisfaction.SATISFIED, self.tr("2 Satisfied")),
            (Satisfaction.FAIRLY_SATISFIED, self.tr("3 Fairly satisfied")),
            (Satisfaction.DISSATISFIED, self.tr("4 Dissatisfied")),
        )
        self.buttons: dict[Satisfaction, QPushButton] = {}
        for index, (value, text) in enumerate(choices, start=1):
            button = QPushButton(text)
            button.setObjectName(f"rating_{value.value}")
            button.setMinimumHeight(56)
            button.setShortcut(QKeySequence(str(index)))
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            self.buttons[value] = button
            row.addWidget(button)
        layout.addLayout(row)

    def _choose(self, value: Satisfaction) -> None:
        self.rating = value
        self.accept()


class PaymentPage(PaymentOutcome, ReceiptActions, QWidget):
    """Take a payment for one account at a time.

    Args:
        payments: quotes, takes, reprints and voids payments.
        shifts: the clerk's shift (a payment needs an open one).
        search: finds the account from a typed or scanned key.
        auth: manager approvals at this counter.
        printer: prints receipts and keeps their PDF copies.
        ask_rating: whether to ask the customer to rate the service after each payment.
        bills, importer: when given, "Meter readings (F7)" opens the reading dialog: a reading
            typed for the account on screen, or (for a manager) a reading round from a file.
        receipt_layout: this counter's receipt printer, ``thermal80`` or ``a5``
            (``receipt_layout`` in workstation.json).
        open_shift_dialog: opens the shift through the Shift area's dialog (called with this
            screen and the float typed); True once the shift is open.
    """

    payment_taken = Signal(str)  # receipt number
    shift_changed = Signal()

    def __init__(
        self,
        payments: PaymentService,
        shifts: ShiftService,
        search: SearchService,
        auth: AuthService,
        printer: DocumentPrinter,
        *,
        reversals: ReversalService,
        prints: ReceiptPrintService,
        ratings: RatingService,
        ask_rating: bool = True,
        bills: BillService | None = None,
        importer: ReadingImportService | None = None,
        receipt_layout: str = "thermal80",
        open_shift_dialog: Callable[[QWidget, str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._layout = receipt_layout
        self._open_shift_dialog = open_shift_dialog
        self._payments = payments
        self._reversals = reversals
        self._prints = prints
        self._ratings = ratings
        self._bills = bills
        self._importer = importer
        self._shifts = shifts
        self._search = search
        self._auth = auth
        self._printer = printer
        self._print = PrintStep(printer, prints)
        self._ask_rating = ask_rating
        self._due: BillsDue | None = None
        self._waiver: ApprovalGrant | None = None
        # A manager's approval of cash above the limit, kept for a retry of the same payment.
        self._cash_approval: ApprovalGrant | None = None
        self._cash_approved_amount = ZERO  # the cash the manager saw when approving
        self._key = self._new_key()
        # The confirm key of a payment whose commit was cut: asked about until it is known
        # whether it was taken, and no other payment is taken meanwhile.
        self.uncertain_key: str | None = None
        self.loads = Loads(self)
        self.last_result: PaymentResult | None = None
        self.last_print: PrintOutcome | None = None
        self.last_void: VoidResult | None = None
        self.last_void_print: PrintOutcome | None = None
        self.last_refund: PaymentResult | None = None
        self.last_refund_print: PrintOutcome | None = None
        # One idempotency key per receipt being refunded, kept until the refund is booked: a
        # retry after the connection broke during the commit replays it instead of failing.
        self._refund_keys: dict[str, str] = {}
        self.setObjectName("paymentPage")

        # --- shift banner: one line, so the screen's height goes to the payment
        self.shift_box = QFrame()
        self.shift_box.setObjectName("shiftBanner")
        self.shift_box.setFrameShape(QFrame.Shape.StyledPanel)
        shift_row = QHBoxLayout(self.shift_box)
        shift_row.setContentsMargins(8, 4, 8, 4)
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftLabel")
        self.shift_label.setWordWrap(True)
        self.opening_float = QLineEdit()
        self.opening_float.setObjectName("openingFloat")
        self.opening_float.setPlaceholderText(self.tr("Opening float, e.g. 500.00"))
        fit_placeholder(self.opening_float)
        self.open_shift_button = QPushButton(self.tr("Open shift (F8)"))
        self.open_shift_button.clicked.connect(self.open_shift)
        shift_row.addWidget(self.shift_label, 1)
        shift_row.addWidget(self.opening_float)
        shift_row.addWidget(self.open_shift_button)

        # --- account
        self.account_input = QLineEdit()
        self.account_input.setObjectName("paymentAccount")
        self.account_input.setPlaceholderText(
            self.tr("Account number, bill or receipt barcode, phone (F3)")
        )
        self.account_input.returnPressed.connect(self.find_account)
        self.account_label = QLabel()
        self.account_label.setObjectName("paymentAccountInfo")
        self.account_label.setWordWrap(True)

        # --- bills
        self.bills_model: DtoTableModel[DueBill] = DtoTableModel(
            [
                Column(self.tr("Period"), lambda b: b.period),
                Column.money(self.tr("Bill"), lambda b: b.amount),
                Column.money(self.tr("Paid"), lambda b: b.paid_amount),
                Column.money(self.tr("Outstanding"), lambda b: b.outstanding),
                Column(self.tr("Due date"), lambda b: date_text(b.due_date)),
                Column(self.tr("Days overdue"), lambda b: b.overdue_days or ""),
                Column.money(self.tr("Late fee"), lambda b: b.late_fee),
            ]
        )
        self.bills_view = table_view("paymentBills", self.bills_model)
        self.due_label = QLabel()
        self.due_label.setObjectName("amountDue")
        self.due_label.setWordWrap(True)
        _big(self.due_label, 6)
        # Why the late fee in the total is more than the bills' late fees add up to.
        self.late_fee_note = QLabel()
        self.late_fee_note.setObjectName("lateFeeNote")
        self.late_fee_note.setWordWrap(True)
        self.late_fee_note.setVisible(False)
        self.waive_button = QPushButton(self.tr("Waive late fee (F4)"))
        self.waive_button.clicked.connect(self.waive_late_fee)
        self.readings_button = QPushButton(self.tr("Meter readings (F7)"))
        self.readings_button.setObjectName("meterReadings")
        self.readings_button.clicked.connect(self.open_readings)
        self.readings_button.setVisible(bills is not None and importer is not None)

        # --- amount and tenders
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.amount.textEdited.connect(self._update_change)
        self.volume = QLineEdit()
        self.volume.setObjectName("prepaidVolume")
        self.volume.setPlaceholderText(self.tr("Volume (prepaid)"))
        fit_placeholder(self.volume)
        self.volume.editingFinished.connect(self._volume_to_amount)
        self.amount.editingFinished.connect(self._amount_to_volume)
        self.prepaid_label = QLabel()
        self.prepaid_label.setObjectName("prepaidQuote")
        self.prepaid_label.setWordWrap(True)

        tender_box = QGroupBox(self.tr("Tenders (leave empty to take everything in cash)"))
        grid = QGridLayout(tender_box)
        self.tender_amounts: dict[Tender, QLineEdit] = {}
        self.tender_refs: dict[Tender, QLineEdit] = {}
        for row, tender in enumerate(Tender):
            amount = QLineEdit()
            amount.setObjectName(f"tender_{tender.value}")
            amount.textEdited.connect(self._update_change)
            grid.addWidget(QLabel(tender_label(tender)), row, 0)
            grid.addWidget(amount, row, 1)
            self.tender_amounts[tender] = amount
            if tender is not Tender.CASH:
                ref = QLineEdit()
                ref.setObjectName(f"reference_{tender.value}")
                ref.setPlaceholderText(self.tr("Reference number"))
                fit_placeholder(ref)
                grid.addWidget(ref, row, 2)
                self.tender_refs[tender] = ref
        self.cash_received = QLineEdit()
        self.cash_received.setObjectName("cashReceived")
        self.cash_received.textEdited.connect(self._update_change)
        self.change_label = QLabel()
        self.change_label.setObjectName("changeDue")
        self.change_label.setWordWrap(True)
        _big(self.change_label, 22, "#0b6e2e")

        form = QFormLayout()
        form.addRow(self.tr("Amount to pay:"), self.amount)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume)
        volume_row.addWidget(self.prepaid_label, 1)
        form.addRow(self.tr("Volume:"), volume_row)
        form.addRow(self.tr("Cash received:"), self.cash_received)

        self.error = QLabel()
        self.error.setObjectName("paymentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.confirm_button = QPushButton(self.tr("Confirm payment (F12)"))
        self.confirm_button.setObjectName("confirmPayment")
        self.confirm_button.setMinimumHeight(44)
        self.confirm_button.clicked.connect(self.confirm)
        self.result_label = QLabel()
        self.result_label.setObjectName("paymentResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # --- receipts: what waits and the last payment on one line, the keys on the next
        receipts_info = QHBoxLayout()
        receipts_row = QHBoxLayout()
        self.queue_label = ElidedLabel()
        self.queue_label.setObjectName("printQueue")
        reprint = QPushButton(self.tr("Reprint receipt (F10)"))
        reprint.clicked.connect(self.ask_reprint)
        void = QPushButton(self.tr("Void receipt (F11)"))
        void.clicked.connect(self.ask_void)
        refund = QPushButton(self.tr("Refund receipt (Shift+F11)"))
        refund.setObjectName("refundReceipt")
        refund.clicked.connect(self.ask_refund)
        queue = QPushButton(self.tr("Print waiting receipts"))
        queue.clicked.connect(self.print_queue)
        self.last_payment_label = ElidedLabel()
        self.last_payment_label.setObjectName("lastPayment")
        self.last_payment_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        preview = QPushButton(self.tr("Preview last receipt (F9)"))
        preview.clicked.connect(self.preview_last_receipt)
        receipts_info.addWidget(self.queue_label, 1)
        receipts_info.addWidget(self.last_payment_label, 2)
        receipts_row.addStretch(1)
        receipts_row.addWidget(preview)
        receipts_row.addWidget(queue)
        receipts_row.addWidget(reprint)
        receipts_row.addWidget(void)
        receipts_row.addWidget(refund)

        left = QVBoxLayout()
        left.addWidget(self.account_input)
        left.addWidget(self.account_label)
        left.addWidget(self.bills_view, 1)
        # The amount due gets the column's whole width, so it does not wrap beside its keys.
        left.addWidget(self.due_label)
        due_row = QHBoxLayout()
        due_row.addWidget(self.late_fee_note, 1)
        due_row.addStretch(0)  # keeps the keys at the right while there is no note
        due_row.addWidget(self.readings_button)
        due_row.addWidget(self.waive_button)
        left.addLayout(due_row)
        # Under the bills, where the table gives way, so the taller column stays short.
        left.addWidget(self.result_label)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(tender_box)
        right.addWidget(self.change_label)
        right.addWidget(self.error)
        right.addWidget(self.confirm_button)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        columns.addWidget(line)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shift_box)
        layout.addLayout(columns, 1)
        layout.addLayout(receipts_info)
        layout.addLayout(receipts_row)

        for key, slot in (
            ("F3", self.focus_account_input),
            ("F4", self.waive_late_fee),
            ("F7", self.open_readings),
            ("F8", self.open_shift),
            ("F9", self.preview_last_receipt),
            ("F10", self.ask_reprint),
            ("F11", self.ask_void),
            ("Shift+F11", self.ask_refund),
            ("F12", self.confirm),
            ("Ctrl+Return", self.confirm),
            ("Esc", self.clear),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh_shift()
        self.refresh_queue()
        self.refresh_last_payment()
        self._set_account_enabled(False)

    # ------------------------------------------------------------------ state

    @staticmethod
    def _new_key() -> str:
        return uuid.uuid4().hex

    def _set_account_enabled(self, on: bool) -> None:
        for widget in (self.amount, self.cash_received, self.confirm_button, self.waive_button):
            widget.setEnabled(on)
        if self.uncertain_key is not None or self.loads.busy("confirm"):
            self.confirm_button.setEnabled(False)
        for edit in (*self.tender_amounts.values(), *self.tender_refs.values()):
            edit.setEnabled(on)
        prepaid = on and self._due is not None and self._due.billing_mode is BillingMode.PREPAID
        self.volume.setEnabled(prepaid)
        self.waive_button.setEnabled(on and not prepaid and self._late_fee() > 0)

    def _late_fee(self) -> Decimal:
        return self._due.late_fee_total if self._due is not None else ZERO

    def focus_account_input(self) -> None:
        """F3: the account box with its text selected, so the next key replaces the old
        account number instead of being added to it."""
        self.account_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.account_input.selectAll()

    def refresh_shift(self) -> None:
        self.loads.run(
            "shift",
            self._shifts.current_shift,
            self._show_shift,
            lambda exc: self.shift_label.setText(error_message(exc)),
        )

    def _show_shift(self, shift: ShiftInfo | None) -> None:
        opened = shift is not None
        self.opening_float.setVisible(not opened)
        self.open_shift_button.setVisible(not opened)
        if opened:
            assert shift is not None
            self.shift_label.setText(
                self.tr("Shift open since {time}, business date {date}, counter {n}.").format(
                    time=time_text(shift.opened_at),
                    date=date_text(shift.business_date),
                    n=shift.counter_number,
                )
            )
        else:
            self.shift_label.setText(
                self.tr("No shift is open. Count the opening float and open your shift first.")
            )

    def open_shift(self) -> None:
        """F8: the float typed here opens the shift at once; with nothing typed, or when the
        last clerk's handover waits to be acknowledged, the shift's opening dialog (the float
        counted by denomination, the handover) opens instead, when the screen has one."""
        text = self.opening_float.text().strip()
        dialog = self._open_shift_dialog
        try:
            if dialog is not None and not text:
                if not dialog(self, text):
                    return
            else:
                amount = parse_amount(text, minimum=ZERO, maximum=None)
                self._shifts.open_shift(amount)
        except CounterError as exc:
            waits = exc.code == "shift.handover_unacknowledged"
            if dialog is None or not waits or not dialog(self, text):
                self.shift_label.setText(error_message(exc))
                return
        self.opening_float.clear()
        self.refresh_shift()
        self.shift_changed.emit()

    def refresh_last_payment(self) -> None:
        """After a restart the clerk still sees their last payment and can reprint it."""
        self.loads.run(
            "last_payment", self._payments.last_payment, self._show_last_payment, lambda _e: None
        )

    def _show_last_payment(self, last: PaymentResult | None) -> None:
        if last is None:
            self.last_payment_label.clear()
            return
        self.last_payment_label.setText(
            self.tr("Last payment: receipt {number}, account {account}, {amount}, {time}").format(
                number=last.receipt_no,
                account=last.account_number,
                amount=format_yuan(last.amount),
                time=datetime_text(last.paid_at),
            )
        )
        if self.last_result is None:
            self.last_result = last

    def preview_last_receipt(self) -> None:
        """Qt's print preview of the last receipt (printing from it goes to any printer)."""
        if self.last_result is None:
            self.error.setText(self.tr("No receipt to preview yet."))
            return
        try:
            pdf = self._prints.preview(self.last_result.receipt, self._layout)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return
        self._printer.preview(
            self, pdf, self.tr("Receipt {number}").format(number=self.last_result.receipt_no)
        )

    def refresh_queue(self) -> None:
        self.loads.run(
            "queue", self._prints.print_queue, self._show_queue, lambda _e: self._show_queue([])
        )

    def _show_queue(self, waiting: Sequence[QueuedReceipt]) -> None:
        self.queue_label.setText(
            self.tr("{n} receipt(s) waiting to be printed.").format(n=len(waiting))
            if waiting
            else ""
        )
        self.queue_label.setStyleSheet("color: #b00020; font-weight: bold;" if waiting else "")

    # ------------------------------------------------------------------ account

    def find_account(self) -> None:
        query = self.account_input.text().strip()
        if not query:
            return
        search = self._search
        self.loads.run(
            "account",
            lambda: search.search(query, limit=5),
            lambda result: self._account_found(query, result),
            self._load_failed,
        )

    def _load_failed(self, exc: CounterError) -> None:
        self.error.setText(error_message(exc))

    def _account_found(self, query: str, result: SearchResult) -> None:
        accounts = [r for r in result.rows if r.account_id is not None]
        if len(accounts) != 1 and not (result.exact and accounts):
            self.error.setText(
                self.tr("No account found for {query}.").format(query=query)
                if not accounts
                else self.tr("Several accounts match: type the account number or scan the bill.")
            )
            return
        account_id = accounts[0].account_id
        assert account_id is not None
        self.load_account(account_id)

    def load_account(self, account_id: int) -> None:
        """Show what the account owes and get ready to take its payment."""
        self.error.clear()
        self.result_label.clear()
        self._waiver = None
        self._cash_approval = None
        self._key = self._new_key()
        payments = self._payments
        self.loads.run(
            "account",
            lambda: payments.quote(account_id),
            lambda quote: self._show_quote(quote.due, quote.amount_due),
            self._load_failed,
        )

    def readings_dialog(self) -> MeterReadingDialog | None:
        """The meter-reading dialog, opened on the account on screen (not shown yet)."""
        if self._bills is None or self._importer is None:
            return None
        dialog = MeterReadingDialog(self._bills, self._importer, self)
        if self._due is not None:
            dialog.set_account(self._due.account_id, self._due.account_number)
        return dialog

    def open_readings(self) -> None:
        """Enter a reading or import a file; the account on screen then shows its new bill."""
        dialog = self.readings_dialog()
        if dialog is None:
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        changed = dialog.last_reading is not None or (
            dialog.last_import is not None and dialog.last_import.imported
        )
        if self._due is not None and changed:
            self.load_account(self._due.account_id)

    def _show_quote(self, due: BillsDue, amount_due: Decimal) -> None:
        self._due = due
        self.account_input.setText(due.account_number)
        mode = (
            self.tr("prepaid") if due.billing_mode is BillingMode.PREPAID else self.tr("postpaid")
        )
        # A suspended (暂停) or not yet connected account says so: it is not billed meanwhile.
        status = (
            ""
            if due.account_status is AccountStatus.ACTIVE
            else f"  【{account_status_label(due.account_status)}】"
        )
        self.account_label.setText(
            self.tr("{number}  {name}  {address}  ({mode}, credit {credit})").format(
                number=due.account_number,
                name=due.account_name,
                address=due.address,
                mode=mode,
                credit=format_yuan(due.credit),
            )
            + status
        )
        self.bills_model.set_rows(due.bills)
        self._show_due(due, amount_due)
        self.amount.setText(f"{amount_due:.2f}" if amount_due > 0 else "")
        for edit in (*self.tender_amounts.values(), *self.tender_refs.values()):
            edit.clear()
        self.cash_received.clear()
        self.volume.clear()
        self.prepaid_label.clear()
        self._set_account_enabled(True)
        self._update_change()
        self.amount.setFocus()
        self.amount.selectAll()

    def _show_due(self, due: BillsDue, amount_due: Decimal) -> None:
        self.due_label.setText(
            self.tr("Due: {total}  (bills {principal} + late fee {fee})").format(
                total=format_yuan(amount_due),
                principal=format_yuan(due.principal_total),
                fee=format_yuan(due.late_fee_total),
            )
        )
        # docs/domain.md §4: a late-fee total under the minimum is charged as the minimum, so
        # ¥0.60 on the bill row becomes ¥1.00 in the total; say so, or it looks like an error.
        topped_up = due.minimum_topup > 0
        self.late_fee_note.setVisible(topped_up)
        self.late_fee_note.setText(
            self.tr(
                "Late fees under {minimum} are charged as {minimum}: the bills' late fees of "
                "{fees} become {charged}."
            ).format(
                minimum=format_yuan(due.late_fee_total),  # topped up: the least total
                fees=format_yuan(due.late_fee_total - due.minimum_topup),
                charged=format_yuan(due.late_fee_total),
            )
            if topped_up
            else ""
        )

    def _show_bills_after(self, result: PaymentResult) -> None:
        """The bills as the payment left them: a bill it settled shows as paid, a partly paid
        one with what is still open, and the amount due is what remains."""
        shown = self.bills_model.rows
        payments = self._payments
        self.loads.run(
            "account",
            lambda: payments.quote(result.account_id).due,
            lambda due: self._show_bills_left(shown, due),
            lambda _exc: self._forget_bills(),
        )

    def _forget_bills(self) -> None:
        # The payment stands; rows that may be stale must not stay on screen as unpaid.
        self.bills_model.set_rows(())
        self.due_label.clear()
        self.late_fee_note.setVisible(False)

    def _show_bills_left(self, shown: Sequence[DueBill], due: BillsDue) -> None:
        still_open = {bill.bill_id: bill for bill in due.bills}
        rows = [
            still_open.pop(
                bill.bill_id,
                replace(
                    bill,
                    paid_amount=bill.amount,
                    outstanding=ZERO,
                    overdue_days=0,
                    late_fee=ZERO,
                ),
            )
            for bill in shown
        ]
        self.bills_model.set_rows((*rows, *still_open.values()))
        self._show_due(due, due.amount_due)

    def waive_late_fee(self) -> None:
        if self._due is None or self._late_fee() <= 0:
            return
        dialog = ApprovalDialog(
            self._auth,
            self._payments.actor,
            "waive_late_fee",
            account_subject(self._due.account_number),
            self.tr("Waive the late fee of {fee} on account {number}.").format(
                fee=format_yuan(self._late_fee()), number=self._due.account_number
            ),
            self,
            shown=WhatIsApproved(
                customer=self._due.account_name,
                account=self._due.account_number,
                amount=self._late_fee(),
            ),
        )
        if not dialog.exec() or dialog.grant is None:
            return
        grant, account_id, payments = dialog.grant, self._due.account_id, self._payments
        self.loads.run(
            "account",
            lambda: payments.quote(account_id, grant),
            lambda quote: self._show_waived(grant, quote),
            self._load_failed,
            retry=False,  # the manager's grant is for now, not for whenever the line is back
        )

    def _show_waived(self, grant: ApprovalGrant, quote: PaymentQuote) -> None:
        self._waiver = grant
        self._show_quote(quote.due, quote.amount_due)
        self.due_label.setText(
            self.due_label.text()
            + "  "
            + self.tr("late fee waived: {fee}").format(fee=format_yuan(quote.late_fee_waived))
        )

    # ------------------------------------------------------------------ prepaid

    def _amount_to_volume(self) -> None:
        if self._due is None or self._due.billing_mode is not BillingMode.PREPAID:
            return
        try:
            amount = parse_amount(self.amount.text())
        except CounterError as exc:
            self.prepaid_label.setText(error_message(exc))
            return
        account_id, payments = self._due.account_id, self._payments
        self.loads.run(
            "prepaid",
            lambda: payments.prepaid_quote(account_id, amount=amount),
            self._show_volume,
            lambda exc: self.prepaid_label.setText(error_message(exc)),
        )

    def _show_volume(self, quote: PrepaidQuote) -> None:
        self.volume.setText(f"{quote.volume.normalize():f}")
        self.prepaid_label.setText(
            self.tr("{amount} buys {volume} {unit}").format(
                amount=format_yuan(quote.amount), volume=quote.volume.normalize(), unit=quote.unit
            )
        )
        if quote.adjusted:
            self.amount.setText(f"{quote.amount:.2f}")
        self._update_change()

    def _volume_to_amount(self) -> None:
        if self._due is None or self._due.billing_mode is not BillingMode.PREPAID:
            return
        text = self.volume.text().strip()
        if not text:
            return
        try:
            volume = Decimal(text)
        except ArithmeticError:
            volume = Decimal("NaN")
        if not volume.is_finite():
            self.prepaid_label.setText(self.tr("Invalid volume."))
            return
        account_id, payments = self._due.account_id, self._payments
        self.loads.run(
            "prepaid",
            lambda: payments.prepaid_quote(account_id, volume=volume),
            self._show_amount,
            lambda exc: self.prepaid_label.setText(error_message(exc)),
        )

    def _show_amount(self, quote: PrepaidQuote) -> None:
        self.amount.setText(f"{quote.amount:.2f}")
        self.prepaid_label.setText(
            self.tr("{volume} {unit} costs {amount}").format(
                amount=format_yuan(quote.amount), volume=quote.volume.normalize(), unit=quote.unit
            )
        )
        self._update_change()

    # ------------------------------------------------------------------ tenders and change

    def _tender_lines(self, amount: Decimal) -> list[TenderLine]:
        lines: list[TenderLine] = []
        for tender, edit in self.tender_amounts.items():
            if not edit.text().strip():
                continue
            value = parse_amount(edit.text(), field=f"tender_{tender.value}")
            ref_edit = self.tender_refs.get(tender)
            reference = ref_edit.text().strip() if ref_edit is not None else None
            lines.append(TenderLine(tender, value, reference or None))
        if not lines:
            lines.append(TenderLine(Tender.CASH, amount))
        return lines

    def _cash_part(self, lines: list[TenderLine]) -> Decimal:
        return sum((ln.amount for ln in lines if ln.tender == Tender.CASH), ZERO)

    def _update_change(self) -> None:
        try:
            amount = parse_amount(self.amount.text())
            cash = self._cash_part(self._tender_lines(amount))
            received_text = self.cash_received.text().strip()
            received = parse_amount(received_text, minimum=ZERO) if received_text else cash
        except CounterError:
            self.change_label.clear()
            return
        if cash <= 0:
            self.change_label.clear()
            return
        change = received - cash
        if change < 0:
            self.change_label.setText(
                self.tr("Short by {amount}").format(amount=format_yuan(-change))
            )
            self.change_label.setStyleSheet("color: #b00020;")
        else:
            self.change_label.setText(self.tr("Change {amount}").format(amount=format_yuan(change)))
            self.change_label.setStyleSheet("color: #0b6e2e;")

    # ------------------------------------------------------------------ confirm

    def confirm(self) -> None:
        if self.uncertain_key is not None:
            # Never a second payment while the first one's fate is unknown: F12 asks again.
            if not self.loads.busy("fate"):
                self._ask_fate(self.uncertain_key)
            return
        if self._due is None or not self.confirm_button.isEnabled() or self.loads.busy("confirm"):
            return
        self.error.clear()
        try:
            amount = parse_amount(self.amount.text())
            lines = self._tender_lines(amount)
            received_text = self.cash_received.text().strip()
            received = (
                parse_amount(received_text, minimum=ZERO, field="cash_received")
                if received_text
                else None
            )
        except AmountError as exc:
            self.error.setText(error_message(exc))
            return
        volume = None
        if self._due.billing_mode is BillingMode.PREPAID and self.volume.text().strip():
            try:
                volume = Decimal(self.volume.text().strip())
            except ArithmeticError:
                self.error.setText(self.tr("Invalid volume."))
                return
        request = PaymentRequest(
            account_id=self._due.account_id,
            amount=amount,
            tenders=lines,
            idempotency_key=self._key,
            cash_received=received,
            waive_late_fee=self._waiver,
            volume=volume,
            # An approval covers the cash the manager was shown, not a changed amount.
            cash_approval=(
                self._cash_approval
                if self._cash_part(lines) == self._cash_approved_amount
                else None
            ),
            # The bills the clerk showed: if another counter settled them meanwhile, the
            # payment is refused with the new amount instead of becoming credit unasked.
            quote=(
                QuoteStamp.of(self._due) if self._due.billing_mode is BillingMode.POSTPAID else None
            ),
        )
        self._submit(request)

    def _approve_cash(self, cash: Decimal) -> bool:
        """Cash above the limit (docs/domain.md §5): a manager approves it here at the counter."""
        assert self._due is not None
        dialog = ApprovalDialog(
            self._auth,
            self._payments.actor,
            LARGE_CASH,
            account_subject(self._due.account_number),
            self.tr("Cash payment of {amount} on account {number}: above the cash limit.").format(
                amount=format_yuan(cash), number=self._due.account_number
            ),
            self,
            amount=cash,
            shown=WhatIsApproved(customer=self._due.account_name, account=self._due.account_number),
        )
        try:
            if not dialog.exec() or dialog.grant is None:
                self.error.setText(
                    self.tr(
                        "Cash above the limit needs a manager's approval: the payment was not "
                        "taken."
                    )
                )
                return False
            self._cash_approval = dialog.grant
            self._cash_approved_amount = cash
            return True
        finally:
            dialog.deleteLater()

    def _after_payment(self, result: PaymentResult) -> None:
        self.last_result = result
        self.last_print = self._print_receipt(result)
        printed = self.last_print is not None and self.last_print.printed
        lines = [
            self.tr("Paid. Receipt {number}, amount {amount}.").format(
                number=result.receipt_no, amount=format_yuan(result.amount)
            )
        ]
        if result.change > 0:
            lines.append(self.tr("Give change: {change}").format(change=format_yuan(result.change)))
        lines.append(
            self.tr("Balance after payment: {balance}").format(
                balance=format_yuan(result.balance_after)
            )
        )
        if not printed:
            lines.append(self.tr("The receipt did not print; it waits in the reprint queue."))
        self.result_label.setText("\n".join(lines))
        self.change_label.setText(
            self.tr("Change {amount}").format(amount=format_yuan(result.change))
        )
        self._due = None
        self._key = self._new_key()
        self._set_account_enabled(False)
        self._show_bills_after(result)
        self.refresh_queue()
        self.refresh_last_payment()
        self.payment_taken.emit(result.receipt_no)
        if self._ask_rating:
            self.ask_rating(result.payment_id)

    def _print_receipt(self, result: PaymentResult) -> PrintOutcome | None:
        return self._print_original(result.receipt)

    def _print_original(self, document: Receipt | VoidSlip) -> PrintOutcome | None:
        """Print the first copy of a receipt or void slip, entered in the register.

        The money is booked already: a printer or register failure is shown, never raised, and
        a copy that did not print waits in the reprint queue (None: not even issued).
        """
        try:
            outcome = self._print.issue(document, self._layout)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return None
        if outcome.report_error is not None:
            self.error.setText(error_message(outcome.report_error))
        return outcome

    def ask_rating(self, payment_id: int) -> None:
        dialog = SatisfactionDialog(self)
        # On the customer-facing screen when one is attached; else over the clerk's window.
        place_for_customer(dialog, self.screen())
        if dialog.exec() and dialog.rating is not None:
            try:
                self._ratings.rate_service(payment_id, dialog.rating)
            except CounterError as exc:
                self.error.setText(error_message(exc))

    def clear(self) -> None:
        # An account or a prepaid quote still on its way is not wanted any more; a payment's
        # fate still being asked about is, and keeps being asked.
        self.loads.drop("account")
        self.loads.drop("prepaid")
        self._due = None
        self._waiver = None
        self._cash_approval = None
        self._key = self._new_key()
        self.account_input.clear()
        self.account_label.clear()
        self.bills_model.set_rows(())
        self.due_label.clear()
        self.late_fee_note.setVisible(False)
        self.amount.clear()
        self.error.clear()
        self._set_account_enabled(False)
        self.account_input.setFocus()
