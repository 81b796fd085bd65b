from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext, Services
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.main_window import MainWindow, PlaceholderPage


def _window(
    qtbot: QtBot, ctx: AppContext, employee_no: str, idle_minutes: float = 10
) -> MainWindow:
    actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1)
    window = MainWindow(ctx.services_for(actor), ctx.auth, idle_minutes=idle_minutes)
    qtbot.addWidget(window)
    window.show()
    return window


def _clerk_window(
    qtbot: QtBot, ctx: AppContext, *, connect: bool = True, show: bool = True
) -> tuple[MainWindow, Services]:
    """Clerk G1001's main window with the real pages, as the app builds it after sign-in."""
    from counter_app.views.pages import build_pages, connect_pages

    services = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    window = MainWindow(services, ctx.auth, pages=build_pages(services, ctx.config))
    if connect:
        connect_pages(window)
    qtbot.addWidget(window)
    if show:
        window.show()
    return window, services


def _areas(window: MainWindow) -> list[str]:
    return [a.key for a in window.allowed_areas()]


@pytest.mark.parametrize(
    ("employee_no", "areas"),
    [
        ("G1001", ["customers", "payments", "requests", "complaints", "shift"]),
        ("M1001", ["customers", "payments", "requests", "complaints", "shift", "reports"]),
        ("A1001", ["customers", "reports", "audit"]),
        ("S0001", ["audit", "admin"]),
    ],
)
def test_each_role_sees_its_work_areas(
    qtbot: QtBot, ctx: AppContext, en: QApplication, employee_no: str, areas: list[str]
) -> None:
    window = _window(qtbot, ctx, employee_no)
    assert _areas(window) == areas
    assert window.nav.count() == len(areas)


def test_unbuilt_area_says_so_in_chinese(qtbot: QtBot, ctx: AppContext, zh: QApplication) -> None:
    window = _window(qtbot, ctx, "G1001")
    page = window.stack.currentWidget()
    assert isinstance(page, PlaceholderPage)
    assert page.notice.text() == "此功能区尚未建成。"
    assert window.nav.item(0).text().startswith("客户")


def test_shortcuts_switch_areas(qtbot: QtBot, ctx: AppContext, en: QApplication) -> None:
    window = _window(qtbot, ctx, "G1001")
    window.activateWindow()
    # Shortcuts only reach the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "requests"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "customers"
    # A clerk has no Administration area: its shortcut does nothing.
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "customers"


def test_status_bar_shows_hall_counter_clerk_date_and_shift(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    window = _window(qtbot, ctx, "G1001")
    assert window.status_hall.text() == "营业厅：城东营业厅 (H01)"
    assert window.status_counter.text() == "1 号窗口"
    assert window.status_clerk.text() == "柜员：王芳［G1001］"
    assert window.status_date.text() == "营业日：2026-11-23"
    assert window.status_shift.text() == "班次：未开班"


def test_idle_lock_needs_the_same_users_password(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    window = _window(qtbot, ctx, "G1001", idle_minutes=0.002)  # 120 ms
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = window.lock_dialog
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        # Esc must not get past the lock.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["visible_after_esc"] = dialog.isVisible()
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert seen["visible_after_esc"] is True
    assert "Wrong employee number or password" in str(seen["error"])


def test_ctrl_l_locks_and_sign_out_from_lock(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    window = _window(qtbot, ctx, "M1001")
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))

    def sign_out() -> None:
        dialog = window.lock_dialog
        if dialog is None:
            QTimer.singleShot(20, sign_out)
            return
        qtbot.keyClick(
            dialog.password,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    QTimer.singleShot(0, sign_out)
    window.lock_action.trigger()
    assert signed_out == [True]
    assert not window.isVisible()


def test_idle_timer_default_is_ten_minutes(qtbot: QtBot, ctx: AppContext, en: QApplication) -> None:
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    services = ctx.services_for(actor)
    minutes = services.settings.get("security.idle_lock_minutes")
    window = MainWindow(services, ctx.auth, idle_minutes=float(minutes))
    qtbot.addWidget(window)
    assert window.idle.interval_ms == 10 * 60_000


def test_administrator_is_warned_about_years_without_holiday_data(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    # The demo clock stands in 2026; the holiday library knows 2026 but not 2027.
    window = _window(qtbot, ctx, "S0001")
    assert window.calendar_warning.isVisible()
    assert "2027" in window.calendar_warning.text()
    assert "2026" not in window.calendar_warning.text()
    clerk_window = _window(qtbot, ctx, "G1001")
    assert not clerk_window.calendar_warning.isVisible()


def test_customers_area_is_the_real_search_page(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    from counter_app.views.customers.search_page import CustomerSearchPage

    window, _ = _clerk_window(qtbot, ctx, connect=False)
    window.show_area("customers")
    assert isinstance(window.stack.currentWidget(), CustomerSearchPage)


def test_pay_from_the_customer_view_opens_the_payment_screen(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    from counter_app.views.customers.search_page import CustomerSearchPage
    from counter_app.views.payments.payment_page import PaymentPage

    window, services = _clerk_window(qtbot, ctx)
    customers = window.page("customers")
    payments = window.page("payments")
    assert isinstance(customers, CustomerSearchPage)
    assert isinstance(payments, PaymentPage)
    row = services.search.search("路").rows[0]
    assert row.account_id is not None
    customers.pay_requested.emit(row.account_id)
    assert window.current_area() == "payments"
    assert payments.account_input.text() == row.account_number


def test_opening_a_shift_updates_the_status_bar(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    from counter_app.views.payments.payment_page import PaymentPage

    window, _ = _clerk_window(qtbot, ctx, show=False)
    assert window.status_shift.text() == "Shift: not open"
    payments = window.page("payments")
    assert isinstance(payments, PaymentPage)
    payments.opening_float.setText("300.00")
    payments.open_shift()
    assert window.status_shift.text() == "Shift: open"


def test_new_request_from_the_360_view_opens_the_intake_on_that_account(
    qtbot: QtBot, ctx: AppContext, zh: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.views import msgbox
    from counter_app.views.customers.search_page import CustomerSearchPage
    from counter_app.views.requests.requests_page import RequestsPage

    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _title, text: told.append(text))
    window, services = _clerk_window(qtbot, ctx)
    customers = window.page("customers")
    assert isinstance(customers, CustomerSearchPage)
    row = next(r for r in services.search.search("路").rows if r.account_id is not None)
    assert customers.show_customer(row.customer_id, row.account_id)
    customers.view.request_button.click()  # F6
    assert window.current_area() == "requests"
    page = window.page("requests")
    assert isinstance(page, RequestsPage)
    assert page.intake_dialog is not None
    assert page.intake_dialog.context is not None
    assert page.intake_dialog.context.account_id == row.account_id
    page.intake_dialog.reject()
    assert told == []  # the area is built: no "not built yet"


def test_signing_out_with_a_shift_open_asks_and_says_it_stays_open(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from decimal import Decimal

    from counter_app.views import msgbox

    asked: list[str] = []
    answer = {"yes": False}

    def question(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr(msgbox, "question", question)
    window = _window(qtbot, ctx, "G1001")
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    # No shift open: signing out asks nothing.
    assert window.confirm_sign_out()
    assert asked == []

    window._services.shifts.open_shift(Decimal("300.00"))
    window.sign_out_action.trigger()
    assert len(asked) == 1
    assert "stays open" in asked[0]
    assert signed_out == []
    assert window.isVisible()

    answer["yes"] = True
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="counter_app.operations"):
        window.sign_out_action.trigger()
    assert signed_out == [True]
    assert not window.isVisible()
    assert [r.getMessage() for r in caplog.records if r.name == "counter_app.operations"] == [
        "Sign-out: G1001 (shift left open)"
    ]


def test_the_lock_covers_the_whole_window_and_hides_the_customer(
    qtbot: QtBot, ctx: AppContext, en: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from counter_app.views.customers.search_page import CustomerSearchPage

    window, services = _clerk_window(qtbot, ctx)
    customers = window.page("customers")
    assert isinstance(customers, CustomerSearchPage)
    row = services.search.search("路").rows[0]
    assert customers.show_customer(row.customer_id)
    name = customers.view.name_label.text()
    address = customers.view.address_value.text()
    assert name
    assert address

    def on_screen() -> list[str]:
        texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
        return texts

    assert any(name in t for t in on_screen())
    seen: dict[str, object] = {}

    def while_locked() -> None:
        dialog = window.lock_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, while_locked)
            return
        seen["covers"] = dialog.geometry().contains(window.frameGeometry())
        seen["texts"] = on_screen()
        seen["content_visible"] = window.centralWidget().isVisible()
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        seen["still_locked"] = dialog.isVisible()
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, while_locked)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="counter_app.operations"):
        window.lock_action.trigger()
    messages = [r.getMessage() for r in caplog.records if r.name == "counter_app.operations"]
    assert messages[0] == "Screen locked: G1001"
    assert messages[-1] == "Screen unlocked: G1001"
    assert seen["covers"] is True
    assert seen["content_visible"] is False
    assert seen["still_locked"] is True
    texts = seen["texts"]
    assert isinstance(texts, list)
    assert not any(name in t or address in t for t in texts)
    # Unlocked: the work is back as it was.
    assert not window.locked
    assert customers.view.name_label.isVisible()
    assert customers.view.name_label.text() == name
