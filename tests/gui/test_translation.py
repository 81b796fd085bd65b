"""The chosen language reaches what Qt draws itself: its dialogs and every window's title."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from counter_app.views.translation import install_language, qt_translation_dirs

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_qt_catalogue_is_found_in_the_installed_pyside6() -> None:
    assert any((folder / "qtbase_zh_CN.qm").is_file() for folder in qt_translation_dirs())


def test_file_dialog_speaks_chinese_on_a_chinese_screen(qtbot: QtBot, zh: QApplication) -> None:
    """The Excel export's save dialog: no "Look in:" or "Files of type:" on a Chinese screen."""
    dialog = QFileDialog(None, "导出 Excel", "", "Excel 工作簿 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    words = [
        w.text()
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        if w.isVisibleTo(dialog) and re.search("[A-Za-z]{2}", w.text())
    ]
    assert [w for w in words if not CJK.search(w)] == []


def test_window_titles_end_in_the_chosen_language(qapp: QApplication) -> None:
    """Qt adds the application's display name to every window title."""
    try:
        install_language(qapp, "en")
        assert qapp.applicationDisplayName() == "Service Hall Counter"
        install_language(qapp, "zh_CN")
        assert qapp.applicationDisplayName() == "营业厅柜台系统"
    finally:
        install_language(qapp, "en")
