"""The Shift work area (班次, Ctrl+5): open, cash in and out, the running figures, close.

Without an open shift the page shows the handover the last clerk at this counter left, and
"Open shift (F8)" opens :class:`~counter_app.views.shifts.shift_dialogs.OpenShiftDialog`. With
one it shows the shift's cash as it stands (float, cash taken, change, refunds, voids, cash in
and out, the cash expected), the other tenders, the receipt range, voids, reprints and the
cash movements. Closing prints the shift report on this counter's printer: the 80 mm roll for a
receipt printer, A4 otherwise (``receipt_layout`` in workstation.json).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import CashMovementKind
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.services.shifts_dto import (
    CashMovementInfo,
    Handover,
    ShiftCloseResult,
    ShiftFigures,
    TenderFigure,
)
from counter_app.views.errors import error_message
from counter_app.views.labels import cash_movement_label, tender_label
from counter_app.views.printing import DocumentPrinter, PrintOutcome, PrintStep
from counter_app.views.shifts.shift_dialogs import (
    CashMovementDialog,
    CloseShiftDialog,
    OpenShiftDialog,
    handover_box,
    variance_text,
)
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, time_text
from counter_app.views.widgets import ALERT_STYLE, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.auth import AuthService
    from counter_app.services.shifts import ShiftService

#: The shift report's layout for each receipt printer (workstation.json ``receipt_layout``).
REPORT_LAYOUTS = {"thermal80": "thermal80", "a5": "a4"}


def report_layout(receipt_layout: str) -> str:
    """The shift report's layout on a counter with ``receipt_layout``: 80 mm or A4."""
    return REPORT_LAYOUTS.get(receipt_layout, "a4")


def ask_open_shift(shifts: ShiftService, parent: QWidget | None, float_text: str = "") -> bool:
    """Open the clerk's shift through the opening dialog, with the handover waiting at this
    counter; True once the shift is open."""
    try:
        handover = shifts.pending_handover()
    except CounterError:
        handover = None  # the dialog's own call words what is wrong
    dialog = OpenShiftDialog(shifts, handover, parent, float_text=float_text)
    return bool(dialog.exec()) and dialog.result_shift is not None


class ShiftPage(QWidget):
    """The clerk's own shift.

    Args:
        shifts: the clerk's shift, its figures, cash movements, close and report.
        auth: the manager's sign-off of a cash difference at this counter.
        printer: prints the shift report and keeps its PDF copy.
        receipt_layout: this counter's receipt printer, ``thermal80`` or ``a5``.

    Signals:
        shift_changed: the shift opened or closed (the status bar and payment screen follow).
    """

    shift_changed = Signal()

    def __init__(
        self,
        shifts: ShiftService,
        auth: AuthService,
        printer: DocumentPrinter,
        *,
        receipt_layout: str = "thermal80",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shifts = shifts
        self._auth = auth
        self._print = PrintStep(printer, shifts)
        self._layout = report_layout(receipt_layout)
        self.figures: ShiftFigures | None = None
        self.last_close: ShiftCloseResult | None = None
        self.last_print: PrintOutcome | None = None
        self.setObjectName("shiftPage")

        self.heading = wrapping_label()
        self.heading.setObjectName("shiftHeading")
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.warning = wrapping_label()
        self.warning.setObjectName("shiftWarning")
        self.warning.setStyleSheet(ALERT_STYLE)
        self.warning.setVisible(False)

        # --- no shift: the handover that waits
        self.handover_area = QVBoxLayout()

        # --- an open shift: cash, other tenders, receipts, movements
        self.cash_box = QGroupBox(self.tr("Cash in the drawer"))
        cash_form = QFormLayout(self.cash_box)
        self._cash: dict[str, QLabel] = {}
        for key, caption in (
            ("opening_float", self.tr("Opening float:")),
            ("cash_received", self.tr("Cash received:")),
            ("change_given", self.tr("Change given:")),
            ("cash_refunded", self.tr("Cash refunded:")),
            ("cash_voided", self.tr("Cash back on voids:")),
            ("cash_in", self.tr("Cash in:")),
            ("cash_out", self.tr("Cash out:")),
            ("expected_cash", self.tr("Cash expected:")),
        ):
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cash_form.addRow(caption, value)
            self._cash[key] = value
        self._cash["expected_cash"].setStyleSheet("font-weight: bold;")

        self.tenders_model: DtoTableModel[TenderFigure] = DtoTableModel(
            [
                Column(self.tr("Tender"), lambda t: tender_label(t.tender)),
                Column(self.tr("Payments"), lambda t: t.count),
                Column.money(self.tr("Amount"), lambda t: t.amount),
            ]
        )
        self.tenders_view = table_view("shiftTenders", self.tenders_model)
        tenders_box = QGroupBox(self.tr("Takings by tender"))
        tenders_layout = QVBoxLayout(tenders_box)
        tenders_layout.addWidget(self.tenders_view)

        self.receipts_box = QGroupBox(self.tr("Receipts"))
        receipts_form = QFormLayout(self.receipts_box)
        self.receipt_range = wrapping_label()
        self.receipt_range.setObjectName("shiftReceiptRange")
        self.transactions = QLabel()
        self.transactions.setObjectName("shiftTransactions")
        self.voids = QLabel()
        self.voids.setObjectName("shiftVoids")
        self.reprints = QLabel()
        self.reprints.setObjectName("shiftReprints")
        receipts_form.addRow(self.tr("Receipt numbers:"), self.receipt_range)
        receipts_form.addRow(self.tr("Transactions:"), self.transactions)
        receipts_form.addRow(self.tr("Voids:"), self.voids)
        receipts_form.addRow(self.tr("Reprints:"), self.reprints)

        self.movements_model: DtoTableModel[CashMovementInfo] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda m: time_text(m.at)),
                Column(self.tr("Cash in or out"), lambda m: cash_movement_label(m.kind)),
                Column.money(self.tr("Amount"), lambda m: m.amount),
                Column(self.tr("Reason"), lambda m: m.reason),
                Column(self.tr("By"), lambda m: m.employee_no),
            ]
        )
        self.movements_view = table_view("shiftMovements", self.movements_model, stretch=[3])
        movements_box = QGroupBox(self.tr("Cash in and out"))
        movements_layout = QVBoxLayout(movements_box)
        movements_layout.addWidget(self.movements_view)

        right = QVBoxLayout()
        right.addWidget(tenders_box, 1)
        right.addWidget(self.receipts_box)
        columns = QHBoxLayout()
        columns.addWidget(self.cash_box, 2)
        columns.addLayout(right, 3)
        self.shift_area = QWidget()
        shift_layout = QVBoxLayout(self.shift_area)
        shift_layout.setContentsMargins(0, 0, 0, 0)
        shift_layout.addLayout(columns, 2)
        shift_layout.addWidget(movements_box, 1)

        # --- what was done last, and the keys
        self.message = wrapping_label()
        self.message.setObjectName("shiftMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open shift (F8)"))
        self.open_button.setObjectName("openShift")
        self.open_button.clicked.connect(self.open_shift)
        self.cash_in_button = QPushButton(self.tr("Cash in…"))
        self.cash_in_button.setObjectName("cashIn")
        self.cash_in_button.clicked.connect(lambda: self.book_movement(CashMovementKind.CASH_IN))
        self.cash_out_button = QPushButton(self.tr("Cash out…"))
        self.cash_out_button.setObjectName("cashOut")
        self.cash_out_button.clicked.connect(lambda: self.book_movement(CashMovementKind.CASH_OUT))
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Close shift…"))
        self.close_button.setObjectName("closeShift")
        self.close_button.clicked.connect(self.close_shift)
        self.reprint_button = QPushButton(self.tr("Print the shift report again"))
        self.reprint_button.setObjectName("reprintShiftReport")
        self.reprint_button.clicked.connect(self.reprint_report)
        self.reprint_button.setVisible(False)
        keys = QHBoxLayout()
        keys.addWidget(self.open_button)
        keys.addWidget(self.cash_in_button)
        keys.addWidget(self.cash_out_button)
        keys.addStretch(1)
        keys.addWidget(self.reprint_button)
        keys.addWidget(self.refresh_button)
        keys.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addLayout(self.handover_area)
        layout.addWidget(self.shift_area, 1)
        layout.addStretch(0)
        layout.addWidget(self.message)
        layout.addLayout(keys)

        for key, slot in (("F8", self.open_shift), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._handover_widget: QWidget | None = None
        self.refresh()

    # ------------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # payments taken on the payment screen show at once

    def refresh(self) -> None:
        """Show the shift as it stands now, or the handover waiting when none is open."""
        try:
            shift = self._shifts.current_shift()
            self.figures = self._shifts.figures() if shift is not None else None
            handover = None if shift is not None else self._shifts.pending_handover()
        except CounterError as exc:
            self.heading.setText(error_message(exc))
            return
        opened = self.figures is not None
        self.shift_area.setVisible(opened)
        for button in (self.cash_in_button, self.cash_out_button, self.close_button):
            button.setVisible(opened)
        self.open_button.setVisible(not opened)
        self._show_handover(handover)
        if self.figures is None:
            self.heading.setText(self.tr("No shift is open at this counter."))
            self.warning.setVisible(False)
            return
        self._show_figures(self.figures)

    def _show_handover(self, handover: Handover | None) -> None:
        if self._handover_widget is not None:
            self.handover_area.removeWidget(self._handover_widget)
            self._handover_widget.deleteLater()
            self._handover_widget = None
        if handover is not None:
            self._handover_widget = handover_box(handover)
            self.handover_area.addWidget(self._handover_widget)

    def _show_figures(self, figures: ShiftFigures) -> None:
        shift = figures.shift
        self.heading.setText(
            self.tr(
                "Shift of {name} ({no}) open since {time}, business date {date}, counter {n}."
            ).format(
                name=figures.clerk_name,
                no=figures.clerk_employee_no,
                time=time_text(shift.opened_at),
                date=date_text(shift.business_date),
                n=shift.counter_number,
            )
        )
        self.warning.setText(
            self.tr(
                "This shift is still open after its business date {date}: close it, so the "
                "manager can close that day."
            ).format(date=date_text(shift.business_date))
        )
        self.warning.setVisible(figures.past_business_day)
        for key, label in self._cash.items():
            label.setText(format_yuan(getattr(figures, key)))
        self.tenders_model.set_rows(figures.tenders)
        self.receipt_range.setText(
            f"{figures.first_receipt_no} – {figures.last_receipt_no}"
            if figures.first_receipt_no
            else self.tr("none yet")
        )
        self.transactions.setText(str(figures.transactions))
        self.voids.setText(
            self.tr("{n} ({amount})").format(
                n=figures.voids, amount=format_yuan(figures.voids_amount)
            )
        )
        self.reprints.setText(str(figures.reprints))
        self.movements_model.set_rows(figures.movements)

    # ------------------------------------------------------------------ actions

    def open_shift(self) -> None:
        """F8: the opening dialog (float, handover); nothing when a shift is open."""
        if self.figures is not None:
            return
        if ask_open_shift(self._shifts, self):
            self.message.setText(self.tr("Your shift is open."))
            self.refresh()
            self.shift_changed.emit()

    def book_movement(self, kind: CashMovementKind) -> None:
        if self.figures is None:
            return
        dialog = CashMovementDialog(self._shifts, kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.movement is None:
            return
        moved = dialog.movement
        self.message.setText(
            self.tr("{kind} of {amount} booked: {reason}").format(
                kind=cash_movement_label(moved.kind),
                amount=format_yuan(moved.amount),
                reason=moved.reason,
            )
        )
        self.refresh()

    def close_shift(self) -> None:
        """The close dialog; once closed, the shift report prints."""
        self.refresh()
        if self.figures is None:
            return
        dialog = CloseShiftDialog(self._shifts, self._auth, self.figures, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_close is None:
            return
        self.closed(dialog.result_close)

    def closed(self, result: ShiftCloseResult) -> None:
        """After the close: print the shift report and say how the cash came out."""
        self.last_close = result
        text, _ = variance_text(result.variance)
        lines = [
            self.tr("Shift closed. Counted {counted}: {difference}.").format(
                counted=format_yuan(result.counted_cash), difference=text
            )
        ]
        try:
            outcome = self._print.issue(result.report, self._layout)  # type: ignore[arg-type]
        except CounterError as exc:
            lines.append(error_message(exc))
            outcome = None
        self.last_print = outcome
        if outcome is not None:
            lines.append(self._print_result(outcome))
        self.message.setText("\n".join(lines))
        self.reprint_button.setVisible(True)
        self.refresh()
        self.shift_changed.emit()

    def _print_result(self, outcome: PrintOutcome) -> str:
        if outcome.report_error is not None:
            return error_message(outcome.report_error)
        if outcome.printed:
            return self.tr("The shift report has printed.")
        return self.tr("The shift report did not print; its PDF is kept at {path}.").format(
            path=outcome.pdf_path
        )

    def reprint_report(self) -> None:
        """Another copy of the last closed shift's report (补打), entered in the register."""
        if self.last_close is None:
            return
        try:
            issued = self._shifts.reprint_report(
                self.last_close.figures.shift.shift_id,
                self.tr("Another copy at the counter"),
                self._layout,
            )
        except CounterError as exc:
            self.message.setText(error_message(exc))
            return
        self.last_print = outcome = self._print.send(issued)
        self.message.setText(self._print_result(outcome))
