from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from counter_app.views.table_models import (
    RIGHT,
    WARNING_RED,
    Column,
    DtoTableModel,
    display_text,
)


@dataclass(frozen=True)
class Line:
    number: str
    amount: Decimal
    due: date
    note: str | None = None


ROWS = (
    Line("B1", Decimal("1234.5"), date(2026, 10, 20)),
    Line("B2", Decimal("0"), date(2026, 12, 20), "paid at the bank"),
)


def _model() -> DtoTableModel[Line]:
    return DtoTableModel(
        [
            Column("Number", lambda r: r.number),
            Column.money(
                "Amount",
                lambda r: r.amount,
                lambda r: WARNING_RED if r.amount > 0 else None,
            ),
            Column("Due", lambda r: r.due),
            Column("Note", lambda r: r.note, tooltip=lambda r: r.note),
        ],
        ROWS,
    )


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = _model()
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_model_stays_consistent_through_set_rows(qtmodeltester: ModelTester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.set_rows(())
    assert model.rowCount() == 0
    model.set_rows((*ROWS, Line("B3", Decimal("9.99"), date(2026, 1, 1))))
    assert model.rowCount() == 3


def test_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(DtoTableModel([Column("Number", lambda r: r)]), force_py=True)


def test_money_is_formatted_in_yuan_and_right_aligned() -> None:
    model = _model()
    cell = model.index(0, 1)
    assert model.data(cell) == "¥1,234.50"
    assert model.data(cell, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    # The raw amount stays available for sorting.
    assert model.data(cell, Qt.ItemDataRole.UserRole) == Decimal("1234.5")
    assert model.data(model.index(1, 1)) == "¥0.00"


def test_foreground_tooltip_and_plain_values() -> None:
    model = _model()
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) == QColor(WARNING_RED)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 2)) == "2026-10-20"
    assert model.data(model.index(0, 3)) == ""
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole) == "paid at the bank"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None


def test_headers_and_rows() -> None:
    model = _model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Number",
        "Amount",
        "Due",
        "Note",
    ]
    assert model.headerData(9, Qt.Orientation.Horizontal) is None
    assert model.row_at(model.index(1, 0)) == ROWS[1]
    assert model.row_at(1) == ROWS[1]
    assert model.row_at(5) is None
    assert model.row_at(QModelIndex()) is None
    assert model.find_row(lambda r: r.number == "B2") == 1
    assert model.find_row(lambda r: r.number == "B9") == -1
    assert model.rows == ROWS


def test_display_text_shows_local_time_and_enums() -> None:
    from counter_app.domain.enums import BillStatus

    assert display_text(datetime(2026, 11, 23, 1, 30, tzinfo=UTC)) == "2026-11-23 09:30"
    assert display_text(BillStatus.PAID) == "paid"
    assert display_text(None) == ""
    assert display_text(3) == "3"
