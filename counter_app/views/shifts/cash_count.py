"""The cash count grid (清点): pieces per note and coin, each line's amount and the running total.

The opening float and the cash at close are counted the same way. A count is checked as it is
typed (``domain.cash.check_pieces``): a negative or broken number shows its message under the
grid and the total says nothing until it is corrected. An empty line counts as none: coins a
clerk does not count can stay empty.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from counter_app.domain.cash import DENOMINATIONS, CashCountError, check_pieces, count_total
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.views.dialogs import message_line
from counter_app.views.errors import error_message
from counter_app.views.widgets import RED

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def denomination_text(value: Decimal, coin_only: bool = False) -> str:
    """How a denomination reads: "100 yuan", "5 jiao", "1 jiao (coin)"."""

    if value >= 1:
        text = QCoreApplication.translate("CashCount", "{n} yuan").format(n=int(value))
    else:
        text = QCoreApplication.translate("CashCount", "{n} jiao").format(n=int(value * 10))
    if coin_only:
        text = QCoreApplication.translate("CashCount", "{denomination} (coin)").format(
            denomination=text
        )
    return text


class CashCountGrid(QWidget):
    """Pieces of each denomination; ``total_changed`` after each keystroke.

    Signals:
        total_changed(object): the total as a Decimal, or None while a line is wrong.
    """

    total_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashCountGrid")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for column, caption in enumerate(
            (self.tr("Denomination"), self.tr("Pieces"), self.tr("Amount"))
        ):
            heading = QLabel(caption)
            heading.setStyleSheet("font-weight: bold;")
            if column:
                heading.setAlignment(_RIGHT)
            grid.addWidget(heading, 0, column)
        self.pieces: dict[Decimal, QLineEdit] = {}
        self._amounts: dict[Decimal, QLabel] = {}
        for row, denomination in enumerate(DENOMINATIONS, start=1):
            value = denomination.value
            edit = QLineEdit()
            edit.setObjectName(f"pieces_{value}")
            edit.setAlignment(_RIGHT)
            edit.setMaxLength(7)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000000") + 24)
            edit.textEdited.connect(self._recount)
            amount = QLabel(format_yuan(Decimal("0.00")))
            amount.setAlignment(_RIGHT)
            grid.addWidget(QLabel(denomination_text(value, denomination.coin_only)), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(amount, row, 2)
            self.pieces[value] = edit
            self._amounts[value] = amount
        total_row = len(DENOMINATIONS) + 1
        total_caption = QLabel(self.tr("Total counted:"))
        total_caption.setStyleSheet("font-weight: bold;")
        self.total_label = QLabel()
        self.total_label.setObjectName("countTotal")
        self.total_label.setAlignment(_RIGHT)
        self.total_label.setStyleSheet("font-weight: bold; font-size: 15pt;")
        grid.addWidget(total_caption, total_row, 0, 1, 2)
        grid.addWidget(self.total_label, total_row, 2)
        grid.setColumnStretch(2, 1)
        self.error = message_line("countError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        self._recount()

    def set_counts(self, counts: dict[Decimal, int]) -> None:
        for value, edit in self.pieces.items():
            pieces = counts.get(value, 0)
            edit.setText(str(pieces) if pieces else "")
        self._recount()

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.pieces.values())

    def counts(self) -> dict[Decimal, int]:
        """The pieces of every denomination, checked.

        Raises:
            CashCountError: a line is negative, not a whole number or absurdly many.
        """
        return {value: check_pieces(edit.text(), value) for value, edit in self.pieces.items()}

    def total(self) -> Decimal | None:
        """What the count adds up to; None while a line is wrong."""
        try:
            return count_total(self.counts())
        except CashCountError:
            return None

    def check(self) -> bool:
        """Show what is wrong with the count, if anything, and focus that line."""
        for value, edit in self.pieces.items():
            try:
                check_pieces(edit.text(), value)
            except CounterError as exc:
                self.error.setText(error_message(exc))
                edit.setFocus()
                edit.selectAll()
                return False
        self.error.clear()
        return True

    def _recount(self) -> None:
        problems: list[str] = []
        for value, edit in self.pieces.items():
            try:
                pieces = check_pieces(edit.text(), value)
            except CounterError as exc:
                problems.append(error_message(exc))
                self._amounts[value].setText("—")
                edit.setStyleSheet(f"border: 1px solid {RED};")
                continue
            edit.setStyleSheet("")
            self._amounts[value].setText(format_yuan(value * pieces))
        # The first problem only: one line, whatever was typed; each wrong line is marked.
        self.error.setText(problems[0] if problems else "")
        total = None if problems else self.total()
        self.total_label.setText("—" if total is None else format_yuan(total))
        self.total_changed.emit(total)
