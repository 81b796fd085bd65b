"""The widgets that keep a screen within the screen (counter_app/views/widgets.py)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from counter_app.views.widgets import ElidedLabel, fit_placeholder, fitted_size

ADDRESS = "西湖区延安路209号金色家园2幢2单元1164室，东侧入户门，联系物业后上门抄表"


def _row(qtbot: QtBot, label: ElidedLabel, width: int) -> QWidget:
    window = QWidget()
    row = QHBoxLayout(window)
    row.addWidget(label, 1)
    row.addWidget(QPushButton("Reprint receipt (F10)"))
    qtbot.addWidget(window)
    window.resize(width, 40)
    window.show()
    QApplication.processEvents()
    return window


def test_long_text_elides_instead_of_widening_the_window(qtbot: QtBot, en: QApplication) -> None:
    label = ElidedLabel()
    window = _row(qtbot, label, 300)
    label.setText(ADDRESS * 3)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() < 300
    assert window.width() == 300
    assert label.text() == ADDRESS * 3  # the whole text, for the code and the tests
    assert label.is_elided()
    assert label.toolTip() == ADDRESS * 3  # and for the clerk, on hover


def test_text_that_fits_is_whole_and_has_no_tooltip(qtbot: QtBot, en: QApplication) -> None:
    label = ElidedLabel("Counter 1")
    window = _row(qtbot, label, 600)
    assert window.isVisible()
    assert not label.is_elided()
    assert label.toolTip() == ""


def test_placeholder_sets_the_smallest_width(qtbot: QtBot, en: QApplication) -> None:
    edit = QLineEdit()
    edit.setPlaceholderText("Opening float, e.g. 500.00")
    fit_placeholder(edit)
    assert edit.minimumWidth() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())


def test_first_size_is_bounded_by_the_screen_but_not_below_the_minimum() -> None:
    frame = QMargins(8, 31, 8, 8)
    desk = QSize(1366, 728)  # 1366×768 less a 40 px taskbar
    assert fitted_size(QSize(1440, 900), QSize(900, 600), desk, frame) == QSize(1350, 689)
    assert fitted_size(QSize(1280, 600), QSize(900, 500), desk, frame) == QSize(1280, 600)
    big = QSize(1920, 1040)
    assert fitted_size(QSize(1440, 900), QSize(900, 600), big, frame) == QSize(1440, 900)
    # A window whose layouts need more than the screen still gets what it needs.
    assert fitted_size(QSize(1440, 900), QSize(1400, 700), desk, frame) == QSize(1400, 700)
