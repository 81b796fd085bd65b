"""Work-area pages are built when first shown, and the links between them hold all the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages


def _window(qtbot: QtBot, ctx: AppContext, employee_no: str = "G1001") -> MainWindow:
    services = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))
    window = MainWindow(services, services.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.show()
    return window


def test_only_the_first_area_is_built_at_sign_in(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    window = _window(qtbot, ctx)
    assert list(window.built_pages()) == ["customers"]
    built: list[str] = []
    window.page_built.connect(lambda key, _page: built.append(key))
    window.show_area("payments")
    assert built == ["payments"]
    assert window.stack.currentWidget() is window.page("payments")
    window.show_area("payments")
    window.show_area("customers")
    assert built == ["payments"]  # each page once
    assert window.has_page("requests")
    assert "requests" not in window.built_pages()  # asking does not build it
    assert window.page("admin") is None  # not a clerk's area


def test_pay_from_the_360_view_builds_the_payment_screen_it_opens(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    from counter_app.views.customers.search_page import CustomerSearchPage
    from counter_app.views.payments.payment_page import PaymentPage

    window = _window(qtbot, ctx)
    customers = window.page("customers")
    assert isinstance(customers, CustomerSearchPage)
    services = window._services
    row = next(r for r in services.search.search("路").rows if r.account_id is not None)
    assert "payments" not in window.built_pages()
    customers.pay_requested.emit(row.account_id)
    payments = window.built_pages()["payments"]
    assert isinstance(payments, PaymentPage)
    assert window.current_area() == "payments"
    assert payments.account_input.text() == row.account_number


def test_the_shift_page_is_told_of_a_shift_opened_on_the_payment_screen_once_built(
    qtbot: QtBot, ctx: AppContext, en: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.views.payments.payment_page import PaymentPage
    from counter_app.views.shifts.shift_page import ShiftPage

    window = _window(qtbot, ctx)
    payments = window.page("payments")
    assert isinstance(payments, PaymentPage)
    assert "shift" not in window.built_pages()
    payments.opening_float.setText("300.00")
    payments.open_shift()  # no shift page yet: nothing to tell, nothing built
    assert window.status_shift.text() == "Shift: open"
    assert "shift" not in window.built_pages()
    shift = window.page("shift")
    assert isinstance(shift, ShiftPage)
    refreshed: list[object] = []
    monkeypatch.setattr(shift, "refresh", lambda *args: refreshed.append(args))
    payments.shift_changed.emit()
    assert len(refreshed) == 1


def test_a_pc_that_started_before_on_a_database_without_a_company_opens_the_setup_wizard(
    tmp_path: Path, zh: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sign-in comes first (the workstation file is there); once the database behind it
    turns out to hold no company, the sign-in steps aside for the setup wizard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from counter_app.config import Workstation, load_config, write_workstation
    from counter_app.setup_command import context_without_demo
    from counter_app.views import app as app_module
    from counter_app.views.login import LoginDialog
    from counter_app.views.setup_wizard import SetupWizard

    write_workstation(tmp_path / "data", Workstation(counter_number=2))
    config = load_config(tmp_path / "data", None, "zh_CN")
    seen: list[str] = []

    def wizard(dialog: SetupWizard) -> int:
        seen.append("wizard")
        return int(QDialog.DialogCode.Rejected)

    real_exec = LoginDialog.exec

    def sign_in_window(dialog: LoginDialog) -> int:
        seen.append(f"sign-in, auth {'ready' if dialog._auth else 'not yet'}")
        guard = QTimer(dialog)  # against a hung test only; goes with the dialog
        guard.setSingleShot(True)
        guard.timeout.connect(dialog.reject)
        guard.start(60_000)
        return int(real_exec(dialog))

    monkeypatch.setattr(SetupWizard, "exec", wizard)
    monkeypatch.setattr(LoginDialog, "exec", sign_in_window)
    assert app_module.run_gui(config, context_without_demo) == 0
    assert seen == ["sign-in, auth not yet", "wizard"]
