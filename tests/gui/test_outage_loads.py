"""views/background.py: a screen's loads run on workers, the newest of a kind wins, a load
that could not reach the database runs again when it is back, a bug still reaches the GUI."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.errors import DatabaseUnavailable, NotFound
from counter_app.views.background import Loads, retry_waiting_loads
from counter_app.views.connection_banner import HealthMonitor

WAIT_MS = 20_000


@pytest.fixture
def loads(qtbot: QtBot, threaded_loads: None) -> Iterator[Loads]:
    owner = QWidget()  # a screen
    qtbot.addWidget(owner)
    yield Loads(owner)
    owner.close()


def test_a_load_runs_on_a_worker_and_answers_on_the_gui_thread(qtbot: QtBot, loads: Loads) -> None:
    ran_on: list[int] = []
    answered_on: list[int] = []

    def call() -> str:
        ran_on.append(threading.get_ident())
        return "rows"

    loads.run("search", call, lambda _rows: answered_on.append(threading.get_ident()))
    qtbot.waitUntil(lambda: bool(answered_on), timeout=WAIT_MS)
    assert ran_on[0] != threading.get_ident()
    assert answered_on == [threading.get_ident()]
    assert not loads.busy()


def test_the_newest_call_of_a_kind_wins(qtbot: QtBot, loads: Loads) -> None:
    slow_may_answer = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        slow_may_answer.wait(WAIT_MS / 1000)
        return "old query"

    loads.run("search", slow, shown.append)
    loads.run("search", lambda: "new query", shown.append)
    qtbot.waitUntil(lambda: shown == ["new query"], timeout=WAIT_MS)
    slow_may_answer.set()
    qtbot.wait(200)
    assert shown == ["new query"]  # the older answer came and was dropped


def test_a_dropped_kind_shows_nothing(qtbot: QtBot, loads: Loads) -> None:
    may_answer = threading.Event()
    shown: list[str] = []
    done = threading.Event()

    def call() -> str:
        may_answer.wait(WAIT_MS / 1000)
        done.set()
        return "quote"

    loads.run("account", call, shown.append)
    loads.drop("account")
    assert not loads.busy("account")
    may_answer.set()
    qtbot.waitUntil(done.is_set, timeout=WAIT_MS)
    qtbot.wait(200)
    assert shown == []


def test_a_load_that_could_not_reach_the_database_runs_again_when_it_is_back(
    qtbot: QtBot, loads: Loads
) -> None:
    database_up = threading.Event()
    shown: list[str] = []
    failed: list[str] = []

    def call() -> str:
        if not database_up.is_set():
            raise DatabaseUnavailable("connection refused")
        return "360"

    loads.run("customer", call, shown.append, lambda exc: failed.append(exc.code))
    qtbot.waitUntil(lambda: loads.waiting() == {"customer"}, timeout=WAIT_MS)
    assert failed == ["database_unavailable"]
    database_up.set()
    assert retry_waiting_loads() >= 1
    qtbot.waitUntil(lambda: shown == ["360"], timeout=WAIT_MS)
    assert loads.waiting() == frozenset()


def test_a_refusal_is_not_run_again(qtbot: QtBot, loads: Loads) -> None:
    failed: list[str] = []

    def call() -> str:
        raise NotFound("no such customer")

    loads.run("customer", call, lambda _r: None, lambda exc: failed.append(exc.code))
    qtbot.waitUntil(lambda: failed == ["not_found"], timeout=WAIT_MS)
    assert loads.waiting() == frozenset()


def test_a_bug_in_a_load_reaches_the_gui_thread(qtbot: QtBot, loads: Loads) -> None:
    def call() -> str:
        raise ZeroDivisionError("a bug")

    with qtbot.captureExceptions() as raised:
        loads.run("search", call, lambda _r: None)
        qtbot.waitUntil(lambda: bool(raised), timeout=WAIT_MS)
    assert isinstance(raised[0][1], ZeroDivisionError)


def test_a_load_cut_while_the_database_kept_answering_runs_again_at_the_next_round(
    qtbot: QtBot, loads: Loads
) -> None:
    """A connection the server ended under one load, with the database answering all along:
    no banner, and the load runs again at the monitor's next round."""
    monitor = HealthMonitor(lambda: None, loads.parent())
    monitor.start()
    attempts: list[int] = []
    shown: list[str] = []

    def call() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise DatabaseUnavailable("terminating connection due to administrator command")
        return "360"

    loads.run("customer", call, shown.append)
    qtbot.waitUntil(lambda: shown == ["360"], timeout=WAIT_MS)
    assert len(attempts) == 2
    assert not monitor.down
    monitor.stop()
