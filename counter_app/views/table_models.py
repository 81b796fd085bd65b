"""A read-only table model over a tuple of frozen DTO rows, shared by every list in the views.

Each list declares its columns (header, value, alignment, colour) next to the widget that shows
it; the model only turns values into text. Services return DTOs, so the model never holds a
database object and can be checked without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from counter_app.domain.money import format_yuan
from counter_app.views.timefmt import date_text, datetime_text
from counter_app.views.widgets import RED

RowT = TypeVar("RowT")

AnyIndex = QModelIndex | QPersistentModelIndex

# Red for money owed and dates passed: the one colour a clerk must not miss.
WARNING_RED = QColor(RED)
# Grey for rows that no longer count (voided payments, closed accounts).
MUTED_GREY = QColor("#7a7f85")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def display_text(value: object) -> str:
    """How a plain value reads in a cell. Money is formatted by :meth:`Column.money`, because
    a bare Decimal may also be a gas volume or another quantity."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        # Stored instants are UTC; the hall reads its own local time.
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column of a :class:`DtoTableModel`.

    Attributes:
        header: The translated header text.
        value: Gives the cell's value for a row; turned into text by :func:`display_text`.
        align: Cell alignment; ``None`` leaves the view's default (left).
        foreground: Gives a text colour for a row, or ``None`` for the default colour.
        tooltip: Gives a tooltip for a row, e.g. the whole text of a long note.
        format: Turns the value into text when :func:`display_text` will not do (money).
    """

    header: str
    value: Callable[[RowT], object]
    align: Qt.AlignmentFlag | None = None
    foreground: Callable[[RowT], QColor | None] | None = None
    tooltip: Callable[[RowT], str | None] | None = None
    # Turns the value into the cell text; :func:`display_text` when not given.
    format: Callable[[Any], str] | None = None

    @classmethod
    def money(
        cls,
        header: str,
        amount: Callable[[RowT], Decimal | None],
        foreground: Callable[[RowT], QColor | None] | None = None,
    ) -> Column[RowT]:
        """A right-aligned column of yuan amounts (``¥1,234.50``); ``None`` shows empty."""
        return cls(header, amount, RIGHT, foreground, format=_yuan_or_empty)

    def text(self, row: RowT) -> str:
        value = self.value(row)
        return self.format(value) if self.format is not None else display_text(value)


def _yuan_or_empty(value: Decimal | None) -> str:
    return "" if value is None else format_yuan(value)


class DtoTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of frozen dataclasses shown through a list of :class:`Column`.

    The raw value of a cell is available under ``Qt.ItemDataRole.UserRole`` for sorting or
    tests; the row itself comes from :meth:`row_at`.
    """

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        rows: Sequence[RowT] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[RowT], ...] = tuple(columns)
        self._rows: tuple[RowT, ...] = tuple(rows)

    # ------------------------------------------------------------------ content

    @property
    def rows(self) -> tuple[RowT, ...]:
        return self._rows

    @property
    def columns(self) -> tuple[Column[RowT], ...]:
        return self._columns

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Replace every row (a search result or a refreshed 360 view is a new set)."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[RowT]]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self.endResetModel()

    def row_at(self, index: AnyIndex | int) -> RowT | None:
        """The DTO behind a row number or an index of this model; ``None`` when out of range."""
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    def find_row(self, predicate: Callable[[RowT], bool]) -> int:
        """The number of the first row the predicate accepts, or -1."""
        for number, row in enumerate(self._rows):
            if predicate(row):
                return number
        return -1

    # ------------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        # A table has no children: only the invisible root has rows.
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(row) if column.foreground is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return column.value(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
            return None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def setup_table_view(
    view: QTableView,
    model: QAbstractTableModel,
    *,
    stretch: Sequence[int] = (),
) -> None:
    """The look every DTO list shares: whole rows selected, nothing editable, columns sized
    to their text, and the named columns (long addresses, notes) taking the spare width."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(not stretch)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def table_view(name: str, model: QAbstractTableModel, *, stretch: Sequence[int] = ()) -> QTableView:
    """A new table of ``model`` named ``name``, set up as :func:`setup_table_view` does."""
    view = QTableView()
    view.setObjectName(name)
    setup_table_view(view, model, stretch=stretch)
    return view
