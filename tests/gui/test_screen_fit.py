"""Every work area and dialog fits a 1366×768 counter monitor, in Chinese and in English.

A window may never be wider or taller than the screen, its smallest size (set by its layouts)
must leave room for a title bar and a taskbar, and no button, tab, list item, placeholder or
one-line label may show its text cut. The real flows that add text run first: three payments
in a row, a customer opened in the 360 view, a receipt verified.

The harness finds its subjects itself, so what is built later is held to the same screen:
work areas come from the main window's area list for each demo role, and dialogs from every
``QDialog`` subclass under ``counter_app.views``. A dialog that cannot be built without
arguments gets a factory in ``screen_fit_dialogs.py``; the test names any that lacks one.

The GUI tests run on an offscreen screen of 1366×768 (``tests/gui/conftest.py``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

# The smallest counter monitor a hall uses, with a Windows taskbar (40 px at 100 %) and a
# window's title bar and borders on it.
import screen_fit_dialogs  # noqa: F401 - registers the dialog factories and area drivers
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
)
from pytestqt.qtbot import QtBot
from screen_fit import (
    AREA_DRIVERS,
    DEMO_USERS,
    DIALOG_FACTORIES,
    LANGUAGES,
    SCREEN,
    TASKBAR,
    DialogEnv,
    DialogFactory,
    _main_window,
    _role_for,
    fit_problems,
    long_text_problems,
)

import counter_app.views
from counter_app.context import AppContext
from counter_app.domain.enums import Role
from counter_app.views.app import create_application
from counter_app.views.main_window import AREAS


@pytest.fixture(autouse=True)
def _counter_screen(qapp: QApplication) -> None:
    create_application()  # names and fonts as the counter application sets them
    available = qapp.primaryScreen().availableGeometry().size()
    if available.width() < SCREEN.width() or available.height() < SCREEN.height() - TASKBAR:
        pytest.skip(
            f"the screen is {available.width()}×{available.height()}, smaller than {SCREEN}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", [a.key for a in AREAS])
def test_work_area_fits_the_screen(
    qtbot: QtBot,
    ctx: AppContext,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    area: str,
    language: str,
) -> None:
    request.getfixturevalue(language)
    role = _role_for(next(a.permission for a in AREAS if a.key == area))
    window, _ = _main_window(qtbot, ctx, role, tmp_path, monkeypatch)
    window.show_area(area)
    assert window.current_area() == area
    found: dict[str, str] = {}  # each problem, with the first state that shows it
    for p in fit_problems(window, language):
        found.setdefault(p, f"{area}, as shown")
    for state in AREA_DRIVERS.get(area, lambda w, c: iter(()))(window, ctx):
        for p in fit_problems(window, language):
            found.setdefault(p, state)
    assert not found, "\n".join(f"{state}: {p}" for p, state in found.items())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", list(DEMO_USERS))
def test_long_text_wraps_or_elides(
    qtbot: QtBot,
    ctx: AppContext,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    role: Role,
    language: str,
) -> None:
    request.getfixturevalue(language)
    window, _ = _main_window(qtbot, ctx, role, tmp_path, monkeypatch)
    problems = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        area = window.current_area()
        problems += [f"{area}: {p}" for p in long_text_problems(window)]
    assert not problems, "\n".join(problems)


def test_window_opens_within_the_screen(
    qtbot: QtBot,
    ctx: AppContext,
    zh: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first size of the main window fits the screen it opens on (1280×800 would not)."""
    window, _ = _main_window(qtbot, ctx, Role.CLERK, tmp_path, monkeypatch)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)


def _dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined under counter_app.views, by class name."""
    found: dict[str, type[QDialog]] = {}
    for module in pkgutil.walk_packages(counter_app.views.__path__, "counter_app.views."):
        loaded = importlib.import_module(module.name)
        for _, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("counter_app.views"):
                found[cls.__name__] = cls
    return dict(sorted(found.items()))


def _default_factory(cls: type[QDialog]) -> DialogFactory:
    def build(env: DialogEnv) -> Iterator[QDialog]:
        try:
            dialog = cls()
        except TypeError as exc:
            pytest.fail(
                f"{cls.__name__} needs arguments ({exc}): register a factory for it with "
                f"@dialog_factory({cls.__name__!r}) in tests/gui/screen_fit_dialogs.py"
            )
        yield dialog

    return build


def dialog_states(qtbot: QtBot, env: DialogEnv, name: str) -> Iterator[tuple[str, QDialog]]:
    """The dialog ``name`` in each state its factory drives it through, shown on screen, with
    the state's name for a failure message."""
    factory = DIALOG_FACTORIES.get(name, _default_factory(_dialog_classes()[name]))
    for step, dialog in enumerate(factory(env)):
        if step == 0:
            qtbot.addWidget(dialog)
            dialog.show()
        yield f"{name}, state {step}", dialog


def test_every_dialog_is_covered() -> None:
    """A dialog with a factory that no longer exists is a sign the registry went stale."""
    assert set(DIALOG_FACTORIES) <= set(_dialog_classes())


def problems_by_state(
    qtbot: QtBot, env: DialogEnv, name: str, problems: Callable[[QDialog], Iterable[str]]
) -> dict[str, str]:
    """Each problem ``problems`` finds in the dialog ``name`` in any of its states, with the
    first state it was found in."""
    found: dict[str, str] = {}
    for state, dialog in dialog_states(qtbot, env, name):
        for p in problems(dialog):
            found.setdefault(p, state)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(_dialog_classes()))
def test_dialog_fits_the_screen(
    qtbot: QtBot, dialog_env: DialogEnv, name: str, language: str
) -> None:
    found = problems_by_state(qtbot, dialog_env, name, lambda d: fit_problems(d, language))
    assert not found, "\n".join(f"{state}: {p}" for p, state in found.items())
