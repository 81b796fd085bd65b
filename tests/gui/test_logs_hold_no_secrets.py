"""No password, identity number or full phone ends up in a log file (docs/domain.md §11):
a whole morning at the counter through the real widgets (a wrong password and a sign-in, an
account opened with an identity number and a phone, a payment) and an administrator's
command line run, then every log file is read."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_opening_wizard import (
    _fill_customer,
    _fill_supply,
    _hand_in_every_document,
    _id,
    _make_wizard,
    _next,
)
from test_payment_page import _make_page, _open_at_debtor

from counter_app.__main__ import main
from counter_app.context import AppContext
from counter_app.logs import setup_logging
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.customers.opening_wizard import PAGE_RESULT
from counter_app.views.login import LoginDialog
from counter_app.views.printing import DocumentPrinter

PHONE = "13912345678"  # what the wizard's helper types
WRONG_PASSWORD = "Wrong#Guess77"
NEW_PASSWORD = "Temp#Pass2026"


@pytest.fixture
def log_dir(ctx: AppContext) -> Iterator[Path]:
    """The application's log, as a counter writes it."""
    setup_logging(ctx.config.log_dir)
    yield ctx.config.log_dir
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (
            isinstance(handler, logging.FileHandler)
            and str(ctx.config.log_dir) in handler.baseFilename
        ):
            root.removeHandler(handler)
            handler.close()


def test_a_morning_at_the_counter_leaves_no_secret_in_the_logs(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    log_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login = LoginDialog(ctx.auth, 1)  # type: ignore[arg-type]
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.employee_no, "G1001")
    qtbot.keyClicks(login.password, WRONG_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.keyClicks(login.password, DEMO_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor is not None

    id_number = _id("11010519900101456")
    wizard = _make_wizard(qtbot, ctx, tmp_path, monkeypatch)
    _fill_customer(qtbot, wizard, id_number, "陈晓明")
    _next(qtbot, wizard)
    _fill_supply(qtbot, wizard, "GM7000000099")
    _next(qtbot, wizard)
    _hand_in_every_document(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_RESULT

    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    page = _make_page(qtbot, ctx, printer)
    _open_at_debtor(qtbot, page, ctx)
    due = Decimal(page.amount.text())
    qtbot.keyClicks(page.cash_received, str((due + 50).quantize(Decimal(1))))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None, page.error.text()

    # And an administrator adds a user at the command line, typing both passwords.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO_PASSWORD}\n{NEW_PASSWORD}\n"))
    command = ["--data-dir", str(ctx.config.data_dir), "user", "add", "G7777", "--name", "新 员工"]
    assert (
        main([*command, "--role", "clerk", "--hall", "H01", "--user", "S0001", "--password-stdin"])
        == 0
    )

    logged = "".join(p.read_text(encoding="utf-8") for p in sorted(log_dir.glob("*.log*")))
    assert "Sign-in: G1001" in logged  # the log was written, and by the same steps
    assert "wrong password" in logged
    for secret in (DEMO_PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, id_number, PHONE):
        assert secret not in logged, secret
