"""A counter that survives outages (docs/domain.md §11), on PostgreSQL through a TCP proxy.

The counter's database URL points at :class:`~outage_proxy.OutageProxy`, which forwards to the
test server and can drop every connection. With the payment screen open and typed into, the
proxy is cut: the banner comes, what was typed stays, a search that could not reach the
database waits; the proxy is restored: the banner goes by itself, the search runs again by
itself and a payment goes through. The window keeps answering because no database call runs
on the GUI thread: a SQLAlchemy listener records the thread of every statement, checkout and
new connection, and none may be the GUI thread's while the screens load, search or wait out
the outage. (How long the GUI thread's longest pause is, is a speed figure:
benchmarks/outage_benchmark.py measures it beside a bare-Qt floor.)

A payment cut at its commit is told right once the database is back: taken, with its receipt
number, when the server committed before the connection broke; not taken when it did not.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from modal_dialogs import when_shown
from outage_proxy import CommitCut, OutageProxy
from payment_screen import debtor
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from counter_app.config import load_config
from counter_app.context import AppContext, build_context
from counter_app.db.engine import Database
from counter_app.db.models import Payment
from counter_app.domain.clock import FixedClock
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.shifts import ShiftService
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.payments.payment_page import PaymentPage, SatisfactionDialog

pytestmark = pytest.mark.postgres

WAIT_MS = 20_000  # generous: the machine may be busy; nothing here is a timing assertion


@pytest.fixture
def proxy() -> Iterator[OutageProxy]:
    running = OutageProxy()
    yield running
    running.stop()


@pytest.fixture
def pg_ctx(
    tmp_path: Path, clock: FixedClock, pg_schema: Any, proxy: OutageProxy
) -> Iterator[AppContext]:
    """A counter whose database is the test server's schema, reached through the proxy."""
    pg_schema.fresh().dispose()
    config = load_config(tmp_path / "data", proxy.url(pg_schema.url), "en")
    context = build_context(config, seed_if_empty=False, clock=clock)
    seed_demo(context.db, clock, customers=6)
    yield context
    proxy.restore()
    context.db.dispose()


class DbThreads:
    """The thread of every statement, pool checkout and new connection of a database."""

    def __init__(self, ctx: AppContext) -> None:
        self._engine = ctx.db.engine
        self.threads: list[tuple[int, str]] = []
        self.on = False

    def _seen(self, what: str) -> Any:
        def record(*_args: Any) -> None:
            if self.on:
                self.threads.append((threading.get_ident(), what))

        return record

    def __enter__(self) -> DbThreads:
        self._listeners = [
            (self._engine, "before_cursor_execute", self._seen("statement")),
            (self._engine.pool, "checkout", self._seen("checkout")),
            (self._engine.pool, "connect", self._seen("connect")),
        ]
        for target, name, fn in self._listeners:
            event.listen(target, name, fn)
        return self

    def __exit__(self, *_exc: object) -> None:
        for target, name, fn in self._listeners:
            event.remove(target, name, fn)

    def on_gui_thread(self) -> list[str]:
        gui = threading.get_ident()
        return [what for thread, what in self.threads if thread == gui]


def _payments(pg_schema: Any) -> int:
    """Payments in the database, asked past the proxy."""
    db = Database(pg_schema.url)
    try:
        with db.read() as s:
            return s.execute(select(func.count()).select_from(Payment)).scalar_one()
    finally:
        db.dispose()


def _clerk_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    ShiftService(ctx.db, ctx.clock, actor).open_shift(Decimal("500.00"))
    services = ctx.services_for(actor)
    window = MainWindow(services, ctx.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.show()
    return window


def _confirm(qtbot: QtBot, page: PaymentPage) -> None:
    """Confirm, and wait for the payment's answer (it is taken off the GUI thread)."""
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loads.busy("confirm"), timeout=WAIT_MS)


def _rating_skipped() -> None:
    """The customer's rating after the next payment is skipped (Esc)."""
    when_shown(SatisfactionDialog, lambda dialog: dialog.reject())


def _payment_page(qtbot: QtBot, window: MainWindow, number: str) -> PaymentPage:
    """The payment screen loaded (off the GUI thread) with the account ``number``."""
    window.show_area("payments")
    page = window.page("payments")
    assert isinstance(page, PaymentPage)
    page.refresh_shift()
    page.refresh_queue()
    page.refresh_last_payment()
    qtbot.keyClicks(page.account_input, number)
    qtbot.keyClick(page.account_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.amount.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.loads.busy(), timeout=WAIT_MS)
    assert "Shift open since" in page.shift_label.text()
    return page


Paying = tuple[MainWindow, PaymentPage]


@pytest.fixture
def at_debtor(qtbot: QtBot, pg_ctx: AppContext, threaded_loads: None, en: QApplication) -> Paying:
    """Clerk G1001's window, shift open, its payment screen loaded with an account that owes;
    loads run on workers, as in the application."""
    window = _clerk_window(qtbot, pg_ctx)
    return window, _payment_page(qtbot, window, debtor(pg_ctx))


def test_the_counter_says_so_keeps_the_typing_and_takes_up_again_by_itself(
    qtbot: QtBot,
    pg_ctx: AppContext,
    proxy: OutageProxy,
    threaded_loads: None,
    en: QApplication,
    pg_schema: Any,
) -> None:
    number = debtor(pg_ctx)
    window = _clerk_window(qtbot, pg_ctx)
    banner = window.connection_banner
    customers = window.page("customers")
    assert isinstance(customers, CustomerSearchPage)

    ticks_in_outage: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks_in_outage.append(1) if banner.isVisible() else None)

    with DbThreads(pg_ctx) as db_threads:
        db_threads.on = True
        # Searching and the 360 view.
        customers.search_box.setText(number)
        customers.flush_search()
        qtbot.waitUntil(lambda: customers.result is not None, timeout=WAIT_MS)
        customers.open_best_match()
        qtbot.waitUntil(customers.showing_customer, timeout=WAIT_MS)
        # Loading the payment screen, then the clerk types the money handed over.
        page = _payment_page(qtbot, window, number)
        qtbot.keyClicks(page.cash_received, "1000")
        qtbot.keyClicks(page.tender_refs[next(iter(page.tender_refs))], "REF-1")
        typed = (page.amount.text(), page.cash_received.text())
        assert not banner.isVisible()

        heartbeat.start()
        cut_at = time.perf_counter()
        proxy.cut()
        qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
        delay = time.perf_counter() - cut_at
        print(f"banner shown {delay * 1000:.0f} ms after the connections were cut (target 2 s)")
        assert banner.title.text() == "The central database cannot be reached — retrying…"

        # The clerk goes on typing; a search meanwhile cannot reach the database and waits.
        customers.search_box.setText(number[:-1])
        customers.flush_search()
        qtbot.waitUntil(lambda: "search" in customers.loads.waiting(), timeout=WAIT_MS)
        assert customers.status.text()  # it says why
        assert customers.search_box.text() == number[:-1]
        assert (page.amount.text(), page.cash_received.text()) == typed
        assert page.tender_refs[next(iter(page.tender_refs))].text() == "REF-1"
        qtbot.waitUntil(lambda: len(ticks_in_outage) >= 3, timeout=WAIT_MS)

        proxy.restore()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)
        # The search that waited ran again by itself, for the text as the clerk left it.
        qtbot.waitUntil(
            lambda: customers.result is not None and customers.result.query == number[:-1],
            timeout=WAIT_MS,
        )
        db_threads.on = False
    heartbeat.stop()

    assert db_threads.threads, "nothing was read"
    assert db_threads.on_gui_thread() == []
    assert {what for _t, what in db_threads.threads} >= {"statement", "checkout", "connect"}
    # The GUI thread served its timer while the database was away, not only before and after.
    assert len(ticks_in_outage) >= 3

    # After the outage a payment goes through with what was typed before it.
    assert (page.amount.text(), page.cash_received.text()) == typed
    page.tender_refs[next(iter(page.tender_refs))].clear()
    _rating_skipped()
    _confirm(qtbot, page)
    assert "Paid. Receipt H01-2026-" in page.result_label.text(), page.error.text()
    assert _payments(pg_schema) == 1


@pytest.mark.parametrize("when", ["after", "before"])
def test_a_payment_cut_at_its_commit_is_told_right_once_the_database_is_back(
    qtbot: QtBot, at_debtor: Paying, proxy: OutageProxy, pg_schema: Any, when: CommitCut
) -> None:
    window, page = at_debtor
    qtbot.keyClicks(page.cash_received, "1000")

    proxy.cut_at_commit(when)
    _confirm(qtbot, page)
    assert proxy.commits_cut == 1
    # Not known yet, and said so; no second payment can be taken meanwhile.
    assert page.uncertain_key is not None
    assert "not known yet whether it was taken" in page.error.text()
    assert not page.confirm_button.isEnabled()
    qtbot.waitUntil(window.connection_banner.isVisible, timeout=WAIT_MS)
    page.confirm()  # F12 while the fate is unknown: asks again, pays nothing
    assert _payments(pg_schema) == (1 if when == "after" else 0)

    if when == "after":
        _rating_skipped()  # the payment found is finished as one just taken
    proxy.restore()
    qtbot.waitUntil(lambda: page.uncertain_key is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=WAIT_MS)
    if when == "after":
        text = page.result_label.text()
        assert "the payment WAS taken" in text
        assert "Paid. Receipt H01-2026-00000001" in text
        assert page.last_print is not None  # its receipt is printed (or waits to be)
        assert _payments(pg_schema) == 1
        return
    assert "the payment was NOT taken" in page.error.text()
    assert page.confirm_button.isEnabled()
    _rating_skipped()
    _confirm(qtbot, page)  # the same confirm key: it pays once
    assert "Paid. Receipt H01-2026-00000001" in page.result_label.text(), page.error.text()
    assert _payments(pg_schema) == 1


def test_a_payment_refused_before_it_started_is_not_taken(
    qtbot: QtBot, at_debtor: Paying, proxy: OutageProxy, pg_schema: Any
) -> None:
    window, page = at_debtor
    proxy.cut()
    _confirm(qtbot, page)
    assert "the payment was NOT taken" in page.error.text()
    assert page.uncertain_key is None
    assert page.confirm_button.isEnabled()
    proxy.restore()
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=WAIT_MS)
    assert _payments(pg_schema) == 0


def test_a_database_that_stops_answering_without_an_error_is_noticed_too(
    qtbot: QtBot, at_debtor: Paying, proxy: OutageProxy
) -> None:
    """A network that swallows packets gives no error: the question the banner's monitor asks
    goes unanswered, which counts as an outage; the banner goes when the answer comes."""
    window, page = at_debtor
    qtbot.keyClicks(page.cash_received, "1000")
    stalled_at = time.perf_counter()
    proxy.stall()
    qtbot.waitUntil(window.connection_banner.isVisible, timeout=WAIT_MS)
    delay = time.perf_counter() - stalled_at
    print(f"banner shown {delay * 1000:.0f} ms after the network stopped answering")
    assert page.cash_received.text() == "1000"
    proxy.restore()
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=WAIT_MS)
    assert page.cash_received.text() == "1000"
