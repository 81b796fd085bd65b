"""GUI fixtures: a seeded context on SQLite and the language the test asks for."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from counter_app.config import load_config
from counter_app.context import AppContext, build_context
from counter_app.domain.clock import FixedClock
from counter_app.views import msgbox
from counter_app.views.background import run_inline
from counter_app.views.fonts import apply_app_font
from counter_app.views.translation import install_language

if TYPE_CHECKING:
    from screen_fit import DialogEnv

# The offscreen screen is a 1366×768 counter monitor (Qt's default is 800×600), so every GUI
# test sees the screen tests/gui/test_screen_fit.py holds each window to.
_SCREEN = Path(__file__).with_name("offscreen_1366x768.json")
if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and ":" not in str(_SCREEN):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


def _seeded_data_dir(factory: pytest.TempPathFactory, clock: FixedClock) -> Path:
    """A data dir (database, audit key, workstation file) migrated and seeded with the small
    demo data set as of ``clock``'s time, made once per time in a run: migrating and seeding
    a fresh database takes over a second, copying the result a few milliseconds. Seeding reads
    the clock and never moves it, so a copy is what seeding at that time would have made."""
    from counter_app.services.demo import seed_demo

    made = _SEEDED.get(clock.now())
    if made is None:
        made = factory.mktemp("seeded") / "data"
        config = load_config(made, None, "zh_CN")
        context = build_context(config, seed_if_empty=False, clock=FixedClock(clock.now()))
        seed_demo(context.db, context.clock, customers=6)
        context.db.dispose()
        _SEEDED[clock.now()] = made
    return made


_SEEDED: dict[datetime, Path] = {}


@pytest.fixture
def ctx(
    tmp_path: Path, clock: FixedClock, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppContext]:
    """A context on a fresh SQLite data dir with a small demo data set."""
    data_dir = tmp_path / "data"
    shutil.copytree(_seeded_data_dir(tmp_path_factory, clock), data_dir)
    config = load_config(data_dir, None, "zh_CN")
    context = build_context(config, seed_if_empty=False, clock=clock)
    yield context
    context.db.dispose()


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QApplication]:
    apply_app_font(qapp)
    install_language(qapp, "zh_CN")
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def en(qapp: QApplication) -> QApplication:
    apply_app_font(qapp)
    install_language(qapp, "en")
    return qapp


@pytest.fixture
def dialog_env(
    ctx: AppContext,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> DialogEnv:
    """What the screen-fit registry's dialog factories build with (tests/gui/screen_fit.py),
    in the ``language`` (``zh`` or ``en``) the test is parametrised with, installed."""
    from screen_fit import DialogEnv

    request.getfixturevalue(language)
    return DialogEnv(ctx, tmp_path, monkeypatch, language)


@pytest.fixture(autouse=True)
def _loads_inline() -> Iterator[None]:
    """The GUI tests drive a screen step by step and look at each step's result on the next
    line, so a screen's loads run at once instead of on a worker. tests/gui/test_outage*.py
    run them on workers, as the application does, with the ``threaded_loads`` fixture."""
    run_inline(True)
    yield
    run_inline(False)


@pytest.fixture
def threaded_loads(_loads_inline: None) -> None:
    """Loads on worker threads, as in the application."""
    run_inline(False)


@pytest.fixture(autouse=True)
def _questions_answered_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question box would wait for a click no test makes and hang the run: every question
    (``msgbox.question``) is answered Yes unless the test answers it itself."""
    monkeypatch.setattr(msgbox, "question", lambda *_args: True)
