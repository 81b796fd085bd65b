"""The shift's dialogs: opening with the float and the handover, cash in and out, closing.

* :class:`OpenShiftDialog` - the opening float (备用金) counted by denomination, or typed as
  one amount when it is not counted; the handover (交接班) the last clerk at this counter left,
  which the clerk acknowledges by ticking it before the shift opens.
* :class:`CashMovementDialog` - cash put in or taken out of the drawer, with a reason.
* :class:`CloseShiftDialog` - the cash counted against the cash expected, the other tenders,
  the receipt range, voids and reprints; a difference (长款/短款) needs a reason and the
  manager's credentials at this counter; the note for the next clerk.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.amounts import parse_amount
from counter_app.domain.enums import ApprovalAction, CashMovementKind, DocumentType, RequestStatus
from counter_app.domain.errors import CounterError
from counter_app.domain.money import ZERO, format_yuan
from counter_app.services.shifts_dto import (
    NOTE_MAX_LENGTH,
    REASON_MAX_LENGTH,
    CashMovementInfo,
    Handover,
    ShiftCloseResult,
    ShiftFigures,
    ShiftInfo,
)
from counter_app.views.approval import ApprovalDialog, WhatIsApproved
from counter_app.views.dialogs import KeepsTypedWork, message_line, submit_buttons
from counter_app.views.errors import error_message
from counter_app.views.labels import document_type_label, request_status_label, tender_label
from counter_app.views.shifts.cash_count import CashCountGrid
from counter_app.views.timefmt import date_text, datetime_text
from counter_app.views.widgets import AMBER, GREEN, RED, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.shifts import ShiftService

_BOLD = "font-weight: bold;"
_SHORT = f"color: {RED}; {_BOLD}"  # 短款: less in the drawer than expected
_OVER = f"color: {AMBER}; {_BOLD}"  # 长款: more than expected
_EVEN = f"color: {GREEN}; {_BOLD}"


def variance_text(variance: Decimal) -> tuple[str, str]:
    """How a difference reads, and its colour: 长款 ¥3.00 / 短款 ¥3.00 / none."""
    if variance > 0:
        return (
            QCoreApplication.translate("ShiftDialogs", "Cash over by {amount}").format(
                amount=format_yuan(variance)
            ),
            _OVER,
        )
    if variance < 0:
        return (
            QCoreApplication.translate("ShiftDialogs", "Cash short by {amount}").format(
                amount=format_yuan(-variance)
            ),
            _SHORT,
        )
    return QCoreApplication.translate("ShiftDialogs", "No difference"), _EVEN


def open_item_text(kind: str, number: str, detail: str) -> str:
    """One open item of a handover, e.g. "Waiting to print: receipt H01-…"."""
    if kind == "reprint":
        try:
            what = document_type_label(DocumentType(detail))
        except ValueError:
            what = detail
        return QCoreApplication.translate(
            "ShiftDialogs", "Waiting to print: {what} {number}"
        ).format(what=what, number=number)
    try:
        status = request_status_label(RequestStatus(detail))
    except ValueError:
        status = detail
    return QCoreApplication.translate("ShiftDialogs", "Open request {number} ({detail})").format(
        number=number, detail=status
    )


def handover_box(handover: Handover) -> QGroupBox:
    """What the last clerk at this counter handed over: who, when, the note, the open items."""
    box = QGroupBox(QCoreApplication.translate("ShiftDialogs", "Handover from the last shift"))
    box.setObjectName("handoverBox")
    layout = QVBoxLayout(box)
    who = wrapping_label(
        QCoreApplication.translate(
            "ShiftDialogs", "{name} ({no}), counter {n}, business date {date}, closed {time}."
        ).format(
            name=handover.clerk_name,
            no=handover.clerk_employee_no,
            date=date_text(handover.business_date),
            time=datetime_text(handover.closed_at),
            n=handover.counter_number,
        )
    )
    who.setObjectName("handoverWho")
    # The note and the open items scroll: a long handover never makes the window taller.
    lines = [handover.note or QCoreApplication.translate("ShiftDialogs", "(no note left)")]
    if handover.open_items:
        lines.append("")
        lines += [
            "• " + open_item_text(item.kind, item.number, item.detail)
            for item in handover.open_items
        ]
    note = QPlainTextEdit("\n".join(lines))
    note.setObjectName("handoverNote")
    note.setReadOnly(True)
    note.setStyleSheet("QPlainTextEdit { background: #fff8e1; }")
    note.setMinimumHeight(note.fontMetrics().height() * 3 + 12)
    note.setMaximumHeight(note.fontMetrics().height() * 8 + 12)
    layout.addWidget(who)
    layout.addWidget(note)
    layout.addStretch(1)
    return box


# ----------------------------------------------------------------------------- opening


class OpenShiftDialog(KeepsTypedWork, QDialog):
    """Open the clerk's shift: the float counted (or typed), the handover acknowledged.

    Args:
        shifts: opens the shift and acknowledges the handover.
        handover: what the last clerk at this counter left, if it waits to be acknowledged.
        float_text: an amount already typed elsewhere (the payment screen), shown here.
    """

    def __init__(
        self,
        shifts: ShiftService,
        handover: Handover | None = None,
        parent: QWidget | None = None,
        *,
        float_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._shifts = shifts
        self._handover = handover
        self.setObjectName("openShiftDialog")
        self.setWindowTitle(self.tr("Open shift"))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        self.acknowledge: QCheckBox | None = None
        if handover is not None:
            # The handover beside the count, so a long note does not make the dialog tall.
            left = QVBoxLayout()
            left.addWidget(handover_box(handover), 1)
            self.acknowledge = QCheckBox(
                self.tr("I have read the handover and take over its open items")
            )
            self.acknowledge.setObjectName("acknowledgeHandover")
            left.addWidget(self.acknowledge)
            columns.addLayout(left, 1)
        count_box = QGroupBox(self.tr("Opening float, counted by denomination"))
        count_layout = QVBoxLayout(count_box)
        self.grid = CashCountGrid()
        count_layout.addWidget(self.grid)
        self.amount = QLineEdit(float_text)
        self.amount.setObjectName("openingFloatAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 500.00"))
        form = QFormLayout()
        form.addRow(self.tr("Or the float without counting:"), self.amount)
        count_layout.addLayout(form)
        columns.addWidget(count_box, 1)
        self.grid.total_changed.connect(self._counted)
        self.error = message_line("openShiftError")
        layout.addWidget(self.error)
        self.buttons, _ok = submit_buttons(
            self, self.tr("Open shift"), "openShiftOk", self.open_shift
        )
        layout.addWidget(self.buttons)
        self.result_shift: ShiftInfo | None = None

    def _counted(self, total: Decimal | None) -> None:
        # A count decides the float; the amount field is for a float that is not counted.
        self.amount.setEnabled(self.grid.is_empty())

    def open_shift(self) -> None:
        """Open the shift as the dialog says; the dialog closes once it is open."""
        self.error.clear()
        if self.acknowledge is not None and not self.acknowledge.isChecked():
            self.error.setText(self.tr("Tick the handover to confirm you have read it."))
            self.acknowledge.setFocus()
            return
        if not self.grid.check():
            return
        try:
            counts = None if self.grid.is_empty() else self.grid.counts()
            amount = (
                parse_amount(self.amount.text() or "0", minimum=ZERO, maximum=None)
                if counts is None
                else None
            )
            # The handover is acknowledged in the same step that opens the shift.
            acknowledge = None if self._handover is None else self._handover.shift_id
            self.result_shift = self._shifts.open_shift(
                None if counts is not None else amount, counts, acknowledge=acknowledge
            )
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return
        self.accept()


# ----------------------------------------------------------------------------- cash in and out


class CashMovementDialog(KeepsTypedWork, QDialog):
    """Cash put into or taken out of the drawer during the shift, with its reason."""

    def __init__(
        self, shifts: ShiftService, kind: CashMovementKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shifts = shifts
        self._kind = kind
        self.movement: CashMovementInfo | None = None
        self.setObjectName("cashMovementDialog")
        cash_in = kind is CashMovementKind.CASH_IN
        self.setWindowTitle(self.tr("Cash in") if cash_in else self.tr("Cash out"))
        self.amount = QLineEdit()
        self.amount.setObjectName("movementAmount")
        self.reason = QComboBox()
        self.reason.setObjectName("movementReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        suggestions = (
            (self.tr("Change from the safe"), self.tr("Float topped up"))
            if cash_in
            else (self.tr("Handed in to the safe"), self.tr("Handed in to the bank"))
        )
        self.reason.addItems(suggestions)
        self.reason.setCurrentIndex(-1)
        line_edit = self.reason.lineEdit()
        assert line_edit is not None
        line_edit.setMaxLength(REASON_MAX_LENGTH)
        line_edit.setPlaceholderText(self.tr("Why the cash goes in or out"))
        form = QFormLayout()
        form.addRow(self.tr("Amount:"), self.amount)
        form.addRow(self.tr("Reason:"), self.reason)
        self.error = message_line("movementError")
        self.buttons, _ok = submit_buttons(self, self.tr("Book"), "bookMovementOk", self.book)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def book(self) -> None:
        self.error.clear()
        try:
            amount = parse_amount(self.amount.text(), minimum=Decimal("0.01"), maximum=None)
            self.movement = self._shifts.cash_movement(
                self._kind, amount, self.reason.currentText()
            )
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return
        self.accept()


# ----------------------------------------------------------------------------- closing


class CloseShiftDialog(KeepsTypedWork, QDialog):
    """Close the clerk's shift: count, compare, explain a difference, leave a handover note.

    Args:
        shifts: checks and closes the shift.
        auth: the manager's sign-off of a difference, at this counter.
        figures: the shift's figures as they are now.
    """

    def __init__(
        self,
        shifts: ShiftService,
        auth: AuthService,
        figures: ShiftFigures,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shifts = shifts
        self._auth = auth
        self._figures = figures
        self.result_close: ShiftCloseResult | None = None
        self.setObjectName("closeShiftDialog")
        self.setWindowTitle(self.tr("Close shift"))

        count_box = QGroupBox(self.tr("Cash in the drawer, counted"))
        count_layout = QVBoxLayout(count_box)
        self.grid = CashCountGrid()
        count_layout.addWidget(self.grid)
        count_layout.addStretch(1)

        compare = QGroupBox(self.tr("Counted against expected"))
        compare_form = QFormLayout(compare)
        self.expected = QLabel(format_yuan(figures.expected_cash))
        self.expected.setObjectName("expectedCash")
        self.counted = QLabel()
        self.counted.setObjectName("countedCash")
        self.difference = QLabel()
        self.difference.setObjectName("cashDifference")
        compare_form.addRow(self.tr("Expected cash:"), self.expected)
        compare_form.addRow(self.tr("Counted cash:"), self.counted)
        compare_form.addRow(self.tr("Difference:"), self.difference)

        other = QGroupBox(self.tr("The shift"))
        other_form = QFormLayout(other)
        for tender in figures.non_cash():
            other_form.addRow(
                tender_label(tender.tender) + ":",
                QLabel(
                    self.tr("{amount} (payments: {n})").format(
                        amount=format_yuan(tender.amount), n=tender.count
                    )
                ),
            )
        # The first and last receipt numbers each on a row: together they are too wide.
        first = QLabel(figures.first_receipt_no or self.tr("none"))
        first.setObjectName("closeFirstReceipt")
        last = QLabel(figures.last_receipt_no or self.tr("none"))
        last.setObjectName("closeLastReceipt")
        other_form.addRow(self.tr("First receipt:"), first)
        other_form.addRow(self.tr("Last receipt:"), last)
        other_form.addRow(self.tr("Transactions:"), QLabel(str(figures.transactions)))
        other_form.addRow(
            self.tr("Voids:"),
            QLabel(
                self.tr("{n} ({amount})").format(
                    n=figures.voids, amount=format_yuan(figures.voids_amount)
                )
            ),
        )
        other_form.addRow(self.tr("Reprints:"), QLabel(str(figures.reprints)))

        self.variance_reason = QLineEdit()
        self.variance_reason.setObjectName("varianceReason")
        self.variance_reason.setMaxLength(REASON_MAX_LENGTH)
        self.variance_reason.setPlaceholderText(self.tr("Why the cash differs"))
        self.handover_note = QPlainTextEdit()
        self.handover_note.setObjectName("handoverNoteEdit")
        self.handover_note.setFixedHeight(64)
        self.handover_note.setTabChangesFocus(True)
        self.handover_note.setPlaceholderText(
            self.tr("What the next clerk at this counter should know")
        )
        notes = QFormLayout()
        notes.addRow(self.tr("Reason for the difference:"), self.variance_reason)
        notes.addRow(self.tr("Handover note:"), self.handover_note)

        right = QVBoxLayout()
        right.addWidget(compare)
        right.addWidget(other)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(count_box, 1)
        columns.addLayout(right, 1)
        self.error = message_line("closeShiftError")
        self.buttons, _ok = submit_buttons(
            self, self.tr("Close shift"), "closeShiftOk", self.close_shift
        )
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(notes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.grid.total_changed.connect(self._compare)
        self._compare(self.grid.total())

    def variance(self) -> Decimal | None:
        counted = self.grid.total()
        return None if counted is None else counted - self._figures.expected_cash

    def _compare(self, counted: Decimal | None) -> None:
        if counted is None:
            self.counted.setText("—")
            self.difference.setText("—")
            self.difference.setStyleSheet("")
            return
        self.counted.setText(format_yuan(counted))
        text, style = variance_text(counted - self._figures.expected_cash)
        self.difference.setText(text)
        self.difference.setStyleSheet(style)
        self.variance_reason.setEnabled(counted != self._figures.expected_cash)

    def _sign_off(self, reason: str) -> ApprovalGrant | None:
        """The manager's approval of the difference, typed at this counter; None if cancelled."""
        check = self._shifts.check_close(self.grid.counts())
        text, _ = variance_text(check.variance)
        dialog = ApprovalDialog(
            self._auth,
            self._shifts.actor,
            ApprovalAction.CASH_VARIANCE.value,
            check.approval_subject,
            self.tr(
                "Cash difference at the close of the shift of {name} ({no}), counter {n}: "
                "{difference}. Expected {expected}, counted {counted}."
            ).format(
                name=self._figures.clerk_name,
                no=self._figures.clerk_employee_no,
                n=self._figures.shift.counter_number,
                difference=text,
                expected=format_yuan(check.expected_cash),
                counted=format_yuan(check.counted_cash),
            ),
            self,
            amount=check.variance,
            shown=WhatIsApproved(amount=check.variance),
        )
        dialog.reason.setPlainText(reason)
        if not dialog.exec():
            return None
        return dialog.grant

    def close_shift(self) -> None:
        """Close as the dialog says: a difference first gets its reason and sign-off."""
        self.error.clear()
        if not self.grid.check():
            return
        variance = self.variance()
        assert variance is not None  # the count was checked
        reason = " ".join(self.variance_reason.text().split())
        note = self.handover_note.toPlainText().strip()
        if len(note) > NOTE_MAX_LENGTH:
            self.error.setText(
                self.tr("The handover note may have at most {max} characters.").format(
                    max=NOTE_MAX_LENGTH
                )
            )
            return
        grant = None
        try:
            if variance != 0:
                if not reason:
                    self.error.setText(self.tr("Give the reason for the cash difference."))
                    self.variance_reason.setFocus()
                    return
                grant = self._sign_off(reason)
                if grant is None:
                    self.error.setText(
                        self.tr("A cash difference needs the manager's sign-off to close.")
                    )
                    return
            self.result_close = self._shifts.close_shift(
                self.grid.counts(),
                variance_reason=reason or None,
                approval=grant,
                handover_note=note,
            )
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return
        self.accept()
