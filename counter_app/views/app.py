"""Start the GUI: fonts, language, error dialog, database, sign-in and the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import replace
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from counter_app.config import Config, write_workstation
from counter_app.context import AppContext, build_context
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.logs import setup_logging
from counter_app.views import msgbox
from counter_app.views.fonts import apply_app_font
from counter_app.views.login import LoginDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.translation import install_language

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_DB_UNAVAILABLE = 3


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
    app.setApplicationDisplayName("营业厅柜台系统")
    apply_app_font(app)
    return app


def open_context(config: Config) -> AppContext | None:
    """Open the database, or tell the user plainly why it cannot be opened."""
    try:
        return build_context(config, seed_if_empty=config.embedded)
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


def run_gui(config: Config) -> int:
    log_path = setup_logging(config.log_dir)
    app = create_application()
    install_language(app, config.workstation.language)
    install_excepthook(str(log_path))
    ctx = open_context(config)
    if ctx is None:
        return EXIT_DB_UNAVAILABLE
    language = config.workstation.language

    def switch_language(code: str) -> None:
        nonlocal language
        language = code
        install_language(app, code)
        write_workstation(config.data_dir, replace(config.workstation, language=code))

    while True:
        login = LoginDialog(
            ctx.auth,
            config.workstation.counter_number,
            demo_hint=ctx.has_demo_data(),
            language=language,
            on_language=switch_language,
        )
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return EXIT_OK
        services = ctx.services_for(login.actor)
        window = MainWindow(
            services,
            ctx.auth,
            pages=build_pages(ctx, services),
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
