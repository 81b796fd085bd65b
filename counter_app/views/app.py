"""Start the GUI: fonts, language, error dialog, sign-in with the database opening behind it,
then the main window.

The sign-in window comes first and needs nothing but Qt, the font, the translation and the
workstation file. Opening the database (SQLAlchemy and every service imported, the connection
made, the schema checked) takes longer than showing the window, so on a PC that has started
before it happens in a background thread while the clerk types, and a sign-in asked for
sooner waits for it. The first start of a PC (no workstation file yet) opens the database
first, because what it asks before the sign-in (the setup wizard, which counter this is)
depends on what the database holds.

The entry point hands :func:`run_gui` the function that opens the application context; the
views only ever see what :class:`Backend` offers, never the database itself.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from counter_app.config import WORKSTATION_FILE, Config, Workstation, write_workstation
from counter_app.domain.errors import CounterError, DatabaseUnavailable
from counter_app.logs import setup_logging
from counter_app.views import msgbox
from counter_app.views.fonts import apply_app_font
from counter_app.views.login import LoginDialog
from counter_app.views.translation import install_language

if TYPE_CHECKING:
    from counter_app.context import Services
    from counter_app.services.auth import AuthService
    from counter_app.services.base import Actor
    from counter_app.services.setup import FirstRunService
    from counter_app.views.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_DB_UNAVAILABLE = 3


class Backend(Protocol):
    """What the GUI asks of the application context (:class:`counter_app.context.AppContext`)."""

    @property
    def auth(self) -> AuthService: ...

    def has_demo_data(self) -> bool: ...

    @property
    def setup(self) -> FirstRunService: ...

    def services_for(self, actor: Actor) -> Services: ...


def install_excepthook(log_path: str) -> None:
    """Unexpected errors: a short dialog for the clerk, the details in the log file."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error\n%s", details)
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            msgbox.error(
                None,
                QCoreApplication.translate("App", "Unexpected error"),
                QCoreApplication.translate(
                    "App",
                    "Something went wrong and the last action may not have finished. "
                    "The details were written to {log}. If a payment was in progress, look it "
                    "up before taking it again.",
                ).format(log=log_path),
                details,
            )
        finally:
            showing = False

    sys.excepthook = hook


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("counter-app")
    # Qt adds it to every window title; install_language() puts it into the chosen language.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Service Hall Counter"))
    apply_app_font(app)
    return app


def report_unopenable(exc: Exception) -> None:
    """Tell the user plainly that the database cannot be used, and why, in a dialog."""
    if isinstance(exc, DatabaseUnavailable):
        log.error("Database unavailable: %s", exc)
        msgbox.error(
            None,
            QCoreApplication.translate("App", "Database unavailable"),
            QCoreApplication.translate(
                "App",
                "The database cannot be opened or reached, so the counter cannot start. "
                "Check the network connection or call the administrator.",
            ),
            str(exc),
        )
        return
    if isinstance(exc, CounterError):
        # A refusal with words of its own: the data key or the audit key is missing or is not
        # the one the database is protected with; the counter does not start without it.
        from counter_app.views.errors import error_message

        log.error("The counter cannot start: %s", exc)
        msgbox.error(
            None,
            QCoreApplication.translate("App", "The counter cannot start"),
            error_message(exc),
        )
        return
    log.error("Database could not be prepared", exc_info=exc)
    msgbox.error(
        None,
        QCoreApplication.translate("App", "Database error"),
        QCoreApplication.translate(
            "App",
            "The database could not be prepared for use. A backup was kept if it was "
            "being upgraded. Call the administrator.",
        ),
        f"{type(exc).__name__}: {exc}",
    )


def open_context(config: Config, build: Callable[[Config], Backend]) -> Backend | None:
    """Open the database with ``build``, or tell the user plainly why it cannot be opened."""
    try:
        return build(config)
    except Exception as exc:
        report_unopenable(exc)
    return None


@dataclass(frozen=True)
class Opened:
    """An application context and what the sign-in asks of it first."""

    ctx: Backend
    needs_setup: bool
    demo: bool


class Opening(QThread):
    """Opens the application context off the GUI thread, then imports the main window's
    modules, so the first sign-in finds both ready.

    Signals (delivered in the GUI thread):
        opened: an :class:`Opened`.
        failed: the exception that stopped the opening.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, config: Config, build: Callable[[Config], Backend]) -> None:
        super().__init__()
        self._config = config
        self._build = build
        self.result: Opened | None = None
        # The counter a first-run setup chose, when the opened database needed one.
        self.station: Workstation | None = None

    def run(self) -> None:
        try:
            ctx = self._build(self._config)
            self.result = Opened(ctx, ctx.setup.needs_setup(), ctx.has_demo_data())
        except Exception as exc:  # worded by report_unopenable, in the GUI thread
            self.failed.emit(exc)
            return
        import counter_app.views.pages  # noqa: F401 - imported now, not after the sign-in

        self.opened.emit(self.result)


def run_gui(config: Config, build: Callable[[Config], Backend]) -> int:
    """Run the counter application on the context ``build`` opens for ``config``."""
    log_path = setup_logging(config.log_dir)
    app = create_application()
    install_language(app, config.workstation.language)
    install_excepthook(str(log_path))
    language = config.workstation.language
    station = config.workstation
    employee_no = ""
    ctx: Backend | None = None
    if not (config.data_dir / WORKSTATION_FILE).exists():
        ctx = open_context(config, build)
        if ctx is None:
            return EXIT_DB_UNAVAILABLE
        started = _first_start(ctx, config, demo=ctx.has_demo_data())
        if started is None:
            return EXIT_OK
        station, employee_no = started

    def switch_language(code: str) -> None:
        nonlocal language
        language = code
        install_language(app, code)
        write_workstation(config.data_dir, replace(station, language=code))

    while True:
        login = LoginDialog(
            None if ctx is None else ctx.auth,
            station.counter_number,
            demo_hint=ctx is not None and ctx.has_demo_data(),
            language=language,
            on_language=switch_language,
            employee_no=employee_no,
        )
        if ctx is None:
            opening = _open_behind(login, config, build)
            accepted = login.exec() == QDialog.DialogCode.Accepted
            opening.wait()  # a clerk who quits at once waits for the opening to end
            if opening.result is None:
                return EXIT_DB_UNAVAILABLE
            ctx = opening.result.ctx
            if opening.station is not None:
                station = opening.station
        else:
            accepted = login.exec() == QDialog.DialogCode.Accepted
        if not accepted or login.actor is None:
            return EXIT_OK
        if not _main_window(app, ctx, login.actor, config):
            return EXIT_OK
        employee_no = ""


def _first_start(ctx: Backend, config: Config, *, demo: bool) -> tuple[Workstation, str] | None:
    from counter_app.views.counter_choice import first_start

    started = first_start(ctx.setup, config, demo=demo)
    if started is not None and demo and not (config.data_dir / WORKSTATION_FILE).exists():
        # The demo company opens at counter 1 without asking; with the file in place the
        # next start shows the sign-in at once, as on every counter that has started before.
        # The language stays the one a missing file means: --lang is for this start only.
        write_workstation(config.data_dir, replace(started[0], language=Workstation().language))
    return started


def _open_behind(login: LoginDialog, config: Config, build: Callable[[Config], Backend]) -> Opening:
    """Open the database once ``login`` is on screen, and hand it the sign-in when ready."""
    opening = Opening(config, build)
    queued = Qt.ConnectionType.QueuedConnection

    def opened(result: Opened) -> None:
        if result.needs_setup:
            # A PC that started before, on a database without a company yet.
            login.forget_waiting()
            login.hide()
            started = _first_start(result.ctx, config, demo=result.demo)
            if started is None:
                login.reject()
                return
            opening.station = started[0]
            login.set_counter_number(started[0].counter_number)
            if started[1]:
                login.employee_no.setText(started[1])
                login.password.setFocus()
            login.show()
        login.set_auth(result.ctx.auth, demo_hint=result.demo)

    def failed(exc: Exception) -> None:
        report_unopenable(exc)
        login.reject()

    opening.opened.connect(opened, queued)
    opening.failed.connect(failed, queued)
    # Started from the event loop: the dialog is shown and painted before the work begins.
    QTimer.singleShot(0, opening.start)
    return opening


def open_main_window(ctx: Backend, actor: Actor, config: Config) -> MainWindow:
    """The signed-in user's main window, its pages linked, on screen."""
    from counter_app.views.main_window import MainWindow
    from counter_app.views.pages import build_pages, connect_pages

    services = ctx.services_for(actor)
    window = MainWindow(
        services,
        services.auth,
        pages=build_pages(services, config),
        idle_minutes=float(services.settings.get("security.idle_lock_minutes")),
    )
    connect_pages(window)
    window.show()
    return window


def _main_window(app: QApplication, ctx: Backend, actor: Actor, config: Config) -> bool:
    """The signed-in user's main window until it closes; True when they signed out."""
    window = open_main_window(ctx, actor, config)
    outcome = {"signed_out": False}
    window.signed_out.connect(lambda state=outcome: state.update(signed_out=True))
    app.exec()
    window.deleteLater()
    return outcome["signed_out"]
