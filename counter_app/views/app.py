"""Start the GUI: fonts, language, error dialog, database, sign-in and the main window.

The entry point hands :func:`run_gui` the function that opens the application context; the
views only ever see what :class:`Backend` offers, never the database itself.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from counter_app.config import Config, write_workstation
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.logs import setup_logging
from counter_app.views import msgbox
from counter_app.views.counter_choice import first_start
from counter_app.views.fonts import apply_app_font
from counter_app.views.login import LoginDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.translation import install_language

if TYPE_CHECKING:
    from counter_app.context import Services
    from counter_app.services.auth import AuthService
    from counter_app.services.base import Actor
    from counter_app.services.setup import FirstRunService

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


def open_context(config: Config, build: Callable[[Config], Backend]) -> Backend | None:
    """Open the database with ``build``, or tell the user plainly why it cannot be opened."""
    try:
        return build(config)
    except DatabaseUnavailable as exc:
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
    except Exception as exc:
        log.exception("Database could not be prepared")
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
    return None


def run_gui(config: Config, build: Callable[[Config], Backend]) -> int:
    """Run the counter application on the context ``build`` opens for ``config``."""
    log_path = setup_logging(config.log_dir)
    app = create_application()
    install_language(app, config.workstation.language)
    install_excepthook(str(log_path))
    ctx = open_context(config, build)
    if ctx is None:
        return EXIT_DB_UNAVAILABLE
    language = config.workstation.language
    started = first_start(ctx.setup, config, demo=ctx.has_demo_data())
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
            ctx.auth,
            station.counter_number,
            demo_hint=ctx.has_demo_data(),
            language=language,
            on_language=switch_language,
            employee_no=employee_no,
        )
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return EXIT_OK
        services = ctx.services_for(login.actor)
        window = MainWindow(
            services,
            services.auth,
            pages=build_pages(services, config),
            idle_minutes=float(services.settings.get("security.idle_lock_minutes")),
        )
        connect_pages(window)
        outcome = {"signed_out": False}
        window.signed_out.connect(lambda state=outcome: state.update(signed_out=True))
        window.show()
        app.exec()
        window.deleteLater()
        if not outcome["signed_out"]:
            return EXIT_OK
