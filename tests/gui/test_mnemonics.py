"""Every Alt+letter in every dialog and wizard has one meaning, in Chinese and in English.

The dialogs come from the screen-fit harness's registry (``tests/gui/test_screen_fit.py``):
every ``QDialog`` subclass under ``counter_app.views`` is built, with a registered factory when
it needs arguments, and walked through the states the factory drives it to (each wizard page).
A dialog built later is checked without anyone adding it here.

What is collected is what Qt turns into a shortcut: the ``&`` letter of a label that has a
buddy, of a button (wizard buttons and button-box buttons included), of a group box title and
of a tab, for what is visible in that state.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_screen_fit import (
    LANGUAGES,
    DialogEnv,
    _dialog_classes,
    problems_by_state,
)

_MNEMONIC = re.compile(r"&(&|[^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+ letter ``text`` defines (lower case), if any; ``&&`` is a literal ampersand."""
    for match in _MNEMONIC.finditer(text):
        if match.group(1) != "&":
            return match.group(1).lower()
    return None


def _shortcut_texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, what it belongs to) for everything visible in ``window`` that defines one."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), f"label {name}"))
        elif isinstance(widget, QAbstractButton):
            found.append((widget.text(), f"button {name}"))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), f"group box {name}"))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    found.append((widget.tabText(index), f"tab {index} of {name}"))
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Every Alt+ letter that more than one visible widget of ``window`` claims."""
    owners: dict[str, list[str]] = defaultdict(list)
    for text, owner in _shortcut_texts(window):
        key = mnemonic(text)
        if key is not None:
            owners[key].append(f"{owner} {text!r}")
    return [
        f"Alt+{key.upper()} is " + " and ".join(claims)
        for key, claims in sorted(owners.items())
        if len(claims) > 1
    ]


def test_mnemonic_reads_the_letter_after_the_ampersand() -> None:
    assert mnemonic("ID n&umber:") == "u"
    assert mnemonic("下一步(&N) >") == "n"
    assert mnemonic("R&&D") is None
    assert mnemonic("R&&D &team") == "t"
    assert mnemonic("Cancel") is None


def test_a_clash_is_found(qtbot: QtBot) -> None:
    """The check itself: two widgets on Alt+N, and a hidden one that does not count."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("ID &number:")
    edit = QLineEdit()
    label.setBuddy(edit)
    hidden = QPushButton("&Nowhere")
    for widget in (label, edit, QPushButton("&Next >"), hidden, QLabel("&Not a shortcut")):
        layout.addWidget(widget)
    hidden.setVisible(False)
    assert mnemonic_clashes(window) == [
        "Alt+N is label QLabel 'ID &number:' and button QPushButton '&Next >'"
    ]


def _clashes_once_shown(dialog: QWidget) -> list[str]:
    QApplication.processEvents()
    return mnemonic_clashes(dialog)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(_dialog_classes()))
def test_every_shortcut_has_one_meaning(qtbot: QtBot, dialog_env: DialogEnv, name: str) -> None:
    found = problems_by_state(qtbot, dialog_env, name, _clashes_once_shown)
    assert not found, "\n".join(f"{state}: {clash}" for clash, state in found.items())
