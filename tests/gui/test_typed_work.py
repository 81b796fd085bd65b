"""No dialog throws typed work away without asking: Esc on a dialog with something typed
either leaves it open or asks first (``counter_app.views.dialogs.KeepsTypedWork``).

The dialogs come from the screen-fit harness's registry (``tests/gui/test_screen_fit.py``), so
a dialog built later is held to this without being added here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from test_screen_fit import DIALOG_FACTORIES, DialogEnv, _default_factory, _dialog_classes

from counter_app.context import AppContext
from counter_app.views import msgbox
from counter_app.views.dialogs import first_text_field, typed_values

# Dialogs whose typed text is no work to keep, and why.
NOTHING_TO_KEEP = {
    # Signing in: an employee number and a password are typed again in seconds, and Esc on
    # the sign-in means "leave the program", which must not take a second question.
    "LoginDialog": "sign-in",
}


@pytest.mark.parametrize("name", list(_dialog_classes()))
def test_esc_never_loses_typed_work_silently(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    if name in NOTHING_TO_KEEP:
        pytest.skip(f"nothing to keep: {NOTHING_TO_KEEP[name]}")
    asked: list[str] = []

    def question(_parent: object, title: str, _text: str) -> bool:
        asked.append(title)
        return False  # keep what was typed

    monkeypatch.setattr(msgbox, "question", question)
    factory = DIALOG_FACTORIES.get(name, _default_factory(_dialog_classes()[name]))
    dialog = next(iter(factory(DialogEnv(ctx, tmp_path, monkeypatch, "en"))))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    field = first_text_field(dialog)
    if field is None:
        pytest.skip("nothing can be typed")
    assert dialog.focusWidget() is field, "typing does not start in the first text field"
    work = next(
        (w for w in typed_values(dialog) if isinstance(w, QLineEdit | QPlainTextEdit)), None
    )
    if work is None:
        pytest.skip("nothing typed here is work to keep")
    work.setFocus()
    qtbot.keyClicks(work, "7")
    qtbot.keyClick(work, Qt.Key.Key_Escape)

    # Open still: it asked and was told to keep the work, or Esc does not close it at all.
    assert dialog.isVisible(), "Esc threw typed work away"


def test_a_stored_reading_is_no_work_to_keep(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, title, _t: asked.append(title) or False)
    states = iter(
        DIALOG_FACTORIES["MeterReadingDialog"](DialogEnv(ctx, tmp_path, monkeypatch, "en"))
    )
    dialog = next(states)
    qtbot.addWidget(dialog)
    dialog.show()
    next(states)  # a reading typed and stored
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == []
