"""Every work area and dialog fits a 1366×768 counter monitor, in Chinese and in English.

A window may never be wider or taller than the screen, its smallest size (set by its layouts)
must leave room for a title bar and a taskbar, and no button, tab, list item, placeholder or
one-line label may show its text cut. The real flows that add text run first: three payments
in a row, a customer opened in the 360 view, a receipt verified.

The harness finds its subjects itself, so what is built later is held to the same screen:
work areas come from the main window's area list for each demo role, and dialogs from every
``QDialog`` subclass under ``counter_app.views``. A dialog that cannot be built without
arguments gets a factory in ``DIALOG_FACTORIES``; the test names any that lacks one.

The GUI tests run on an offscreen screen of 1366×768 (``tests/gui/conftest.py``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QDate, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import counter_app.views
from counter_app.context import AppContext, Services
from counter_app.db.models import Account, Bill
from counter_app.domain.enums import BillingMode, BillStatus, Role
from counter_app.domain.identity import resident_id_check_digit
from counter_app.domain.permissions import role_has
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.views.app import create_application
from counter_app.views.main_window import AREAS, MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.printing import DocumentPrinter

# The smallest counter monitor a hall uses, with a Windows taskbar (40 px at 100 %) and a
# window's title bar and borders on it.
SCREEN = QSize(1366, 768)
TASKBAR = 40
FRAME = QMargins(8, 31, 8, 8)
DESK = QSize(SCREEN.width(), SCREEN.height() - TASKBAR)
CLIENT = QSize(
    DESK.width() - FRAME.left() - FRAME.right(), DESK.height() - FRAME.top() - FRAME.bottom()
)

LANGUAGES = ("zh", "en")
DEMO_USERS = {
    Role.CLERK: "G1001",
    Role.MANAGER: "M1001",
    Role.AUDITOR: "A1001",
    Role.ADMIN: "S0001",
}
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# Text a label may come to hold: a long address and name, or a long message.
LONG_TEXT = (
    "西湖区延安路209号金色家园2幢2单元1164室 欧阳娜仁托娅 The database cannot be reached: "
    "the payment was NOT taken and nothing was saved; try again when the connection is back. "
) * 2


def _pump() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture(autouse=True)
def _counter_screen(qapp: QApplication) -> None:
    create_application()  # names and fonts as the counter application sets them
    available = qapp.primaryScreen().availableGeometry().size()
    if available.width() < SCREEN.width() or available.height() < SCREEN.height() - TASKBAR:
        pytest.skip(
            f"the screen is {available.width()}×{available.height()}, smaller than {SCREEN}"
        )


# ----------------------------------------------------------------------------- the checks


def _shown_text(text: str) -> str:
    """What a button or label draws: ``&`` marks the mnemonic, ``&&`` is one ampersand."""
    return re.sub(r"&(.)", r"\1", text)


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in _shown_text(text).split("\n"))


def _describe(widget: QWidget, text: str = "") -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text!r}" if text else name


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` its containers leave on screen, in its own coordinates."""
    rect = widget.rect()
    child: QWidget = widget
    offset = QPoint(0, 0)
    while child is not window and child.parentWidget() is not None:
        offset += child.pos()
        child = child.parentWidget()
        rect = rect.intersected(child.rect().translated(-offset))
    return rect


def _cut_by_container(widget: QWidget, window: QWidget) -> bool:
    """Whether a widget with text sticks out of what holds it (a scroll area may hide it)."""
    if widget is window or _in_scroll_area(widget, window):
        return False
    if not isinstance(widget, QAbstractButton | QLabel | QLineEdit | QTabBar):
        return False
    seen = _visible_rect(widget, window)
    return seen.width() < widget.width() or seen.height() < widget.height()


def _button_room(button: QAbstractButton) -> tuple[int, int]:
    """(width the text needs, width the button draws text in), icon and menu arrow included."""
    need = _text_width(button, button.text())
    icon = button.icon()
    if not icon.isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        if button.menu() is not None:
            need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        return need, room.width()
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return need, button.style().subElementRect(element, option, button).width()
    return need, button.contentsRect().width() - 6


def _placeholder_room(edit: QLineEdit) -> int:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 4  # Qt's 2 px each side


def _is_eliding(label: QLabel) -> bool:
    return bool(label.property("elides"))


def text_problems(window: QWidget) -> list[str]:
    """Every button, tab, list item, placeholder and one-line label whose text is cut."""
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if _cut_by_container(widget, window):
            text = getattr(widget, "text", lambda: "")()
            problems.append(f"{_describe(widget, text)} is cut off by its container")
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need, room = _button_room(widget)
            if need > room:
                problems.append(
                    f"button {_describe(widget, widget.text())} needs {need} px, has {room}"
                )
        elif isinstance(widget, QLabel) and widget.text() and not _is_eliding(widget):
            if widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            if (
                QtGui.Qt.mightBeRichText(widget.text())
                and widget.textFormat() != Qt.TextFormat.PlainText
            ):
                continue
            text = widget.text() if widget.buddy() is None else _shown_text(widget.text())
            need = max(widget.fontMetrics().horizontalAdvance(ln) for ln in text.split("\n"))
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if need > room:
                problems.append(
                    f"label {_describe(widget, widget.text())} needs {need}, has {room}"
                )
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            room = _placeholder_room(widget)
            if need > room:
                problems.append(
                    f"placeholder {_describe(widget, widget.placeholderText())} "
                    f"needs {need} px, has {room}"
                )
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                need = _text_width(widget, widget.tabText(i))
                need += widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace)
                tab = widget.tabRect(i)
                if not widget.rect().contains(tab):
                    problems.append(f"tab {widget.tabText(i)!r} lies beyond its tab bar's edge")
                elif tab.width() < need:
                    problems.append(f"tab {widget.tabText(i)!r} needs {need} px, has {tab.width()}")
        elif isinstance(widget, QListView):
            if widget.horizontalScrollBar().isVisible():
                problems.append(f"list {_describe(widget)} scrolls sideways")
            model = widget.model()
            for row in range(model.rowCount() if model is not None else 0):
                index = model.index(row, widget.modelColumn())
                need = widget.sizeHintForIndex(index).width()
                if need > widget.viewport().width():
                    text = str(index.data())
                    problems.append(
                        f"list item {text!r} needs {need} px, has {widget.viewport().width()}"
                    )
        elif isinstance(widget, QGroupBox) and widget.title():
            need = _text_width(widget, widget.title()) + 16
            if need > widget.width():
                problems.append(f"group box title {widget.title()!r} is cut")
    return problems


def size_problems(window: QWidget) -> list[str]:
    """A window larger than the screen, or one whose layouts will not let it fit the desk."""
    problems: list[str] = []
    name = window.objectName() or type(window).__name__
    screen = window.screen().availableGeometry().size().boundedTo(SCREEN)
    frame = window.frameGeometry().size()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(
            f"{name} is {frame.width()}×{frame.height()} px on a "
            f"{screen.width()}×{screen.height()} screen"
        )
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    if smallest.width() > CLIENT.width() or smallest.height() > CLIENT.height():
        problems.append(
            f"{name} cannot be smaller than {smallest.width()}×{smallest.height()} px; "
            f"a window on a {SCREEN.width()}×{SCREEN.height()} desk has "
            f"{CLIENT.width()}×{CLIENT.height()}"
        )
    return problems


def language_problems(window: QWidget) -> list[str]:
    """On an English screen the interface's own words carry no Chinese: the title every window
    gets from the application, menus, the area list, push buttons, tabs, group boxes, form
    labels and placeholders. (Window titles, check boxes and radio buttons may name data.)"""
    problems: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if CJK.search(app.applicationDisplayName()):
        problems.append(f"window titles end in {app.applicationDisplayName()!r}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts: list[str] = []
        if isinstance(widget, QPushButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QListView) and widget.objectName() == "areaList":
            model = widget.model()
            texts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
        problems += [f"{_describe(widget, t)} is in Chinese" for t in texts if CJK.search(t)]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if CJK.search(action.text()):
                problems.append(f"menu {action.text()!r} is in Chinese")
    return problems


def fit_problems(window: QWidget, language: str) -> list[str]:
    _pump()
    problems = size_problems(window) + text_problems(window)
    if language == "en":
        problems += language_problems(window)
    return problems


def long_text_problems(window: QWidget) -> list[str]:
    """Fill every label the code writes to (those with an object name) with long text: each
    must wrap or elide, never widen the window."""
    for label in window.findChildren(QLabel):
        if label.objectName() and label.isVisibleTo(window):
            label.setText(LONG_TEXT)
    _pump()
    problems = []
    width = window.minimumSizeHint().width()
    if width > CLIENT.width():
        wide = sorted(
            (c.minimumSizeHint().width(), _describe(c))
            for c in window.findChildren(QLabel)
            if c.isVisibleTo(window) and c.objectName()
        )[-3:]
        problems.append(f"long text makes {window.objectName()} {width} px wide: {wide}")
    frame = window.frameGeometry().width()
    if frame > SCREEN.width():
        problems.append(f"long text widened {window.objectName()} to {frame} px")
    return problems


# ----------------------------------------------------------------------------- work areas


def _role_for(permission: object) -> Role:
    return next(r for r in DEMO_USERS if role_has(r, permission))  # type: ignore[arg-type]


def _printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentPrinter:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)  # no printer here
    return printer


def _main_window(
    qtbot: QtBot,
    ctx: AppContext,
    role: Role,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, Services]:
    actor = ctx.auth.sign_in(DEMO_USERS[role], DEMO_PASSWORD, 1)
    services = ctx.services_for(actor)
    monkeypatch.setattr(
        "counter_app.views.pages.DocumentPrinter",
        lambda folder: _printer(tmp_path, monkeypatch),
    )
    window = MainWindow(services, services.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.show()
    _pump()
    return window, services


def _debtors(ctx: AppContext, count: int) -> list[str]:
    with ctx.db.read() as s:
        return list(
            s.execute(
                select(Account.number)
                .join(Bill, Bill.account_id == Account.id)
                .where(
                    Account.billing_mode == BillingMode.POSTPAID, Bill.status == BillStatus.UNPAID
                )
                .group_by(Account.number)
                .order_by(Account.number)
                .limit(count)
            ).scalars()
        )


def drive_payments(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Open the shift and take three cash payments with change, as a clerk does."""
    from counter_app.views.payments.payment_page import PaymentPage

    page = window.page("payments")
    assert isinstance(page, PaymentPage)
    page._ask_rating = False
    yield "payments, before the shift"
    page.opening_float.setText("500.00")
    page.open_shift()
    for n, number in enumerate(_debtors(ctx, 3), start=1):
        page.account_input.setText(number)
        page.find_account()
        assert page.amount.isEnabled(), page.error.text()
        yield f"payments, account {n} loaded"
        page.cash_received.setText("1000")
        page._update_change()
        page.confirm()
        assert page.last_result is not None
        assert page.last_result.receipt_no
        yield f"payments, after payment {n}"


def drive_customers(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Search, then open the customer with the longest address in the 360 view."""
    from counter_app.views.customers.search_page import CustomerSearchPage

    page = window.page("customers")
    assert isinstance(page, CustomerSearchPage)
    page.search_box.setText("区")
    page.flush_search()
    yield "customers, search results"
    page.open_best_match()
    yield "customers, 360 view"
    for index in range(page.view.tabs.count()) if hasattr(page.view, "tabs") else ():
        page.view.tabs.setCurrentIndex(index)
        yield f"customers, 360 view tab {index}"


def drive_audit(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Verify a paid receipt by its QR code, then look at the print register."""
    from counter_app.views.audit.audit_page import AuditPage

    page = window.page("audit")
    assert isinstance(page, AuditPage)
    clerk = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    clerk.shifts.open_shift(Decimal("500.00"))
    with ctx.db.read() as s:
        account_id = s.execute(
            select(Account.id).where(Account.number == _debtors(ctx, 1)[0])
        ).scalar_one()
    paid = clerk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=Decimal("86.40"),
            tenders=[TenderLine("cash", Decimal("86.40"))],
            cash_received=Decimal("100.00"),
            idempotency_key=uuid.uuid4().hex,
        )
    )
    page.qr_input.setText(paid.receipt.qr_payload)
    page.verify()
    page.check_chain()
    yield "audit, receipt verified"
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        yield f"audit, tab {index}"
    page.load_register()
    page.tabs.setCurrentIndex(1)
    yield "audit, print register"


# What each work area does before it is checked; areas without a driver are checked as shown.
AREA_DRIVERS: dict[str, Callable[[MainWindow, AppContext], Iterator[str]]] = {
    "payments": drive_payments,
    "customers": drive_customers,
    "audit": drive_audit,
}


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


# ----------------------------------------------------------------------------- dialogs


@dataclass
class DialogEnv:
    ctx: AppContext
    tmp_path: Path
    monkeypatch: pytest.MonkeyPatch
    language: str

    def services(self, employee_no: str = "G1001") -> Services:
        return self.ctx.services_for(self.ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))

    def printer(self) -> DocumentPrinter:
        return _printer(self.tmp_path, self.monkeypatch)


DialogFactory = Callable[[DialogEnv], Iterator[QDialog]]
DIALOG_FACTORIES: dict[str, DialogFactory] = {}


def dialog_factory(name: str) -> Callable[[DialogFactory], DialogFactory]:
    """Register how to build the dialog class ``name`` and walk it through its states."""

    def register(factory: DialogFactory) -> DialogFactory:
        DIALOG_FACTORIES[name] = factory
        return factory

    return register


@dialog_factory("LoginDialog")
def _login(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.login import LoginDialog

    language = "zh_CN" if env.language == "zh" else "en"
    dialog = LoginDialog(env.ctx.auth, 1, demo_hint=True, language=language)
    yield dialog
    dialog.employee_no.setText("G1001")
    dialog.password.setText("not-it")
    dialog._try_sign_in()
    yield dialog


@dialog_factory("LockDialog")
def _lock(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.lock import LockDialog

    services = env.services()
    yield LockDialog(services.auth, services.actor)


@dialog_factory("ApprovalDialog")
def _approval(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.approval import ApprovalDialog, WhatIsApproved

    services = env.services()
    yield ApprovalDialog(
        services.auth,
        services.actor,
        "void",
        "H01-2026-00000001",
        "Void receipt H01-2026-00000001: " + LONG_TEXT,
        shown=WhatIsApproved(
            customer=LONG_TEXT[:40],
            account="0101000123",
            amount=Decimal("86400.40"),
            receipt_no="H01-2026-00000001",
        ),
    )


@dialog_factory("ReceiptDialog")
def _receipt(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.payments.receipt_dialogs import ReceiptAction, ReceiptDialog

    services = env.services()
    yield ReceiptDialog(ReceiptAction.VOID, services.receipt_prints)  # no receipts yet
    services.shifts.open_shift(Decimal("500.00"))
    with env.ctx.db.read() as s:
        accounts = list(
            s.execute(select(Account.id).where(Account.number.in_(_debtors(env.ctx, 3)))).scalars()
        )
    for account_id in accounts:
        services.payments.take_payment(
            PaymentRequest(
                account_id=account_id,
                amount=Decimal("86.40"),
                tenders=[TenderLine("cash", Decimal("86.40"))],
                idempotency_key=uuid.uuid4().hex,
            )
        )
    dialog = ReceiptDialog(ReceiptAction.REFUND, services.receipt_prints)
    yield dialog  # the shift's receipts, the last one shown
    dialog.number.setText("H01-2026-99999999")
    dialog.look_up()
    yield dialog  # a number that is no receipt


@dialog_factory("EditCustomerDialog")
def _edit_customer(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.edit_dialog import EditCustomerDialog

    services = env.services()
    row = next(r for r in services.customers.search("区").rows if r.customer_id is not None)
    data = services.customers.customer_360(row.customer_id)
    yield EditCustomerDialog(services.customers, data.identity)


def _rights_of(env: DialogEnv) -> tuple[Any, int, str]:
    """The manager's rights service and a demo customer the hall still serves."""
    from counter_app.services.customer_rights import CustomerRightsService

    services = env.services("M1001")
    row = next(r for r in services.customers.search("区").rows if r.customer_id is not None)
    rights = CustomerRightsService(env.ctx.db, env.ctx.clock, services.actor)
    return rights, row.customer_id, row.customer_name


@dialog_factory("ExportDataDialog")
def _export_data(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.rights_dialog import ExportDataDialog

    rights, customer_id, name = _rights_of(env)
    dialog = ExportDataDialog(rights, env.printer(), customer_id, name, env.tmp_path)
    yield dialog
    dialog.submit()  # no reason: the line under the form says so
    yield dialog


@dialog_factory("EraseDataDialog")
def _erase_data(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.rights_dialog import EraseDataDialog

    rights, customer_id, _name = _rights_of(env)
    yield EraseDataDialog(rights, customer_id)


@dialog_factory("MeterReadingDialog")
def _readings(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.payments.readings_dialog import MeterReadingDialog

    services = env.services("M1001")
    dialog = MeterReadingDialog(services.bills, services.readings_import)
    yield dialog
    with env.ctx.db.read() as s:
        number = s.execute(
            select(Account.number)
            .where(Account.billing_mode == BillingMode.POSTPAID)
            .order_by(Account.number)
            .limit(1)
        ).scalar_one()
    dialog.account_input.setText(number)
    dialog.find_account()
    account = dialog.current_account
    assert account is not None
    assert account.last_reading is not None
    dialog.read_on.setDate(QDate(2026, 11, 20))
    dialog.reading.setText(str(account.last_reading + 260))
    dialog.enter_reading()
    yield dialog
    dialog.tabs.setCurrentIndex(1)
    yield dialog


@dialog_factory("SatisfactionDialog")
def _rating(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.payments.payment_page import SatisfactionDialog

    yield SatisfactionDialog()


@dialog_factory("AccountOpeningWizard")
def _opening(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.opening_wizard import AccountOpeningWizard

    services = env.services()
    wizard = AccountOpeningWizard(
        services.accounts, services.customers, services.auth, env.printer()
    )
    yield wizard
    # Filled in as a clerk would, page by page up to the confirmation.
    customer = wizard.customer_page
    customer.id_number.setText("11010519850317123" + resident_id_check_digit("11010519850317123"))
    customer.id_number.editingFinished.emit()
    customer.name.setText("欧阳娜仁托娅")
    customer.phone.setText("13912345678")
    customer.address.setText("东城区和平里街道安定门外大街188号院3号楼2单元501室")
    wizard.next()
    yield wizard
    wizard.supply_page.same_address.setChecked(True)
    wizard.supply_page.meter_number.setText("M20261123")
    wizard.next()
    yield wizard
    for check in wizard.documents_page.checks:
        check.setChecked(True)
    wizard.next()
    yield wizard


# ----------------------------------------------------------------------------- shifts and reports


def _clerk_with_shift(env: DialogEnv, employee_no: str = "G1001") -> Services:
    """A clerk whose shift is open with a counted float, two payments and a cash out."""
    services = env.services(employee_no)
    services.shifts.open_shift(None, {Decimal("100.00"): 5})
    _pay_each(env.ctx, services, ("cash", "wechat"))
    services.shifts.cash_out(Decimal("200.00"), "交款至保险柜")
    return services


def _pay_each(ctx: AppContext, services: Services, tenders: tuple[str, ...]) -> None:
    """¥86.40 from a debtor for each tender, in the open shift of ``services``."""
    for account_id, tender in zip(_account_ids(ctx, len(tenders)), tenders, strict=True):
        services.payments.take_payment(
            PaymentRequest(
                account_id=account_id,
                amount=Decimal("86.40"),
                tenders=[TenderLine(tender, Decimal("86.40"), "" if tender == "cash" else "42")],
                cash_received=Decimal("100.00") if tender == "cash" else None,
                idempotency_key=uuid.uuid4().hex,
            )
        )


@dialog_factory("OpenShiftDialog")
def _open_shift(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.shifts.shift_dialogs import OpenShiftDialog

    first = _clerk_with_shift(env)
    counts = {Decimal("100.00"): 4, Decimal("50.00"): 1, Decimal("20.00"): 2}
    check = first.shifts.check_close(counts)
    approval = env.ctx.auth.approve(
        first.actor,
        "M1001",
        DEMO_PASSWORD,
        action="cash_variance",
        subject=check.approval_subject,
        reason="点钞差错",
        amount=check.variance,
    )
    first.shifts.close_shift(
        counts, variance_reason="点钞差错", approval=approval, handover_note=LONG_TEXT[:1900]
    )
    services = env.services("G1002")
    dialog = OpenShiftDialog(services.shifts, services.shifts.pending_handover())
    yield dialog  # the handover waits, with a long note
    for edit in dialog.grid.pieces.values():
        edit.setText("-12345")
    dialog.grid._recount()
    yield dialog  # every line wrong at once


@dialog_factory("CashMovementDialog")
def _cash_movement(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.enums import CashMovementKind
    from counter_app.views.shifts.shift_dialogs import CashMovementDialog

    services = _clerk_with_shift(env)
    dialog = CashMovementDialog(services.shifts, CashMovementKind.CASH_OUT)
    yield dialog
    dialog.amount.setText("99999")
    dialog.reason.setEditText("交款")
    dialog.book()
    yield dialog  # more out than the drawer holds


@dialog_factory("CloseShiftDialog")
def _close_shift(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.shifts.shift_dialogs import CloseShiftDialog

    services = _clerk_with_shift(env)
    dialog = CloseShiftDialog(services.shifts, services.auth, services.shifts.figures())
    yield dialog
    dialog.grid.set_counts({Decimal("100.00"): 3, Decimal("50.00"): 1, Decimal("0.10"): 64})
    dialog.close_shift()  # a difference without a reason
    yield dialog


def drive_shift(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """A shift open with payments and a cash out, as the clerk sees it."""
    from counter_app.views.shifts.shift_page import ShiftPage

    page = window.page("shift")
    assert isinstance(page, ShiftPage)
    services = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    services.shifts.open_shift(Decimal("500.00"))
    _pay_each(ctx, services, ("cash", "cash", "alipay"))
    services.shifts.cash_out(Decimal("100.00"), "交款至保险柜")
    page.refresh()
    yield "shift, open with payments"


def drive_reports(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """The dashboard with its figures, day close with a shift still open, the exports."""
    from counter_app.views.reports.reports_page import ReportsPage

    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    clerk = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    clerk.shifts.open_shift(Decimal("500.00"))
    if page.dashboard is not None:
        page.dashboard.refresh()
        while page.dashboard.loading:
            QApplication.processEvents()
        yield "reports, dashboard"
    if page.day_close is not None:
        page.tabs.setCurrentWidget(page.day_close)
        page.day_close.refresh()
        page.day_close.close_day(page.day_close.chosen_day().business_date)  # type: ignore[union-attr]
        yield "reports, day close refused"
    page.tabs.setCurrentWidget(page.exports)
    yield "reports, exports"


def _account_ids(ctx: AppContext, count: int) -> list[int]:
    with ctx.db.read() as s:
        return list(
            s.execute(select(Account.id).where(Account.number.in_(_debtors(ctx, count)))).scalars()
        )


AREA_DRIVERS["shift"] = drive_shift
AREA_DRIVERS["reports"] = drive_reports


# ----------------------------------------------------------------------------- service requests


def _request_account(env: DialogEnv) -> int:
    """A postpaid account of the demo hall with unpaid bills."""
    with env.ctx.db.read() as s:
        number = _debtors(env.ctx, 1)[0]
        return int(s.execute(select(Account.id).where(Account.number == number)).scalar_one())


def _accepted_request(services: Services, account_id: int, code: str) -> object:
    from counter_app.services.requests.dto import IntakeRequest, RelocateDetails

    context = services.requests.intake_context(account_id)
    service_type = next(t for t in context.types if t.code == code)
    return services.requests.accept(
        IntakeRequest(
            service_type_id=service_type.id,
            account_id=account_id,
            description=LONG_TEXT[:120],
            documents_received=service_type.required_documents,
            details=RelocateDetails(LONG_TEXT[:60]) if code == "RELOCATE" else None,
        )
    ).request


@dialog_factory("IntakeDialog")
def _intake(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.intake_dialog import IntakeDialog

    services = env.services()
    dialog = IntakeDialog(services.requests, services.customers, env.printer())
    yield dialog  # from the Requests area: no account yet
    dialog.account_input.setText("no such account")
    dialog.find_account()
    yield dialog
    dialog.account_input.setText("区")  # several accounts: the clerk picks one
    dialog.find_account()
    yield dialog
    dialog.load_account(_request_account(env))
    for code in ("TRANSFER", "RELOCATE", "RENAME", "LEAK", "REPAIR"):
        dialog.choose_type(code)
        for check in dialog.document_checks[:1]:
            check.setChecked(True)
        dialog.update_preview()
        yield dialog
    dialog.choose_type("TRANSFER")
    picker = dialog.owner_picker
    assert picker is not None
    picker.query.setText("区")
    picker.search()
    picker.new_customer.setChecked(True)
    dialog.submit()  # the new owner's fields are empty: every message under its field
    yield dialog


@dialog_factory("StepDialog")
def _step(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.services.requests.dto import Step
    from counter_app.views.requests.step_dialog import StepDialog

    services = env.services()
    detail = _accepted_request(services, _request_account(env), "METER")
    for step in Step:
        teams = services.requests.teams()
        dialog = StepDialog(step, detail, lambda _entered: LONG_TEXT, teams)
        yield dialog
        dialog.submit()
        yield dialog


@dialog_factory("FeeDialog")
def _fee(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.fee_dialog import FeeDialog

    services = env.services()
    detail = _accepted_request(services, _request_account(env), "RELOCATE")
    fee_dialog = FeeDialog  # the request is a RequestDetail (typed as object above)
    dialog = fee_dialog(services.requests, services.receipt_prints, env.printer(), detail)
    yield dialog
    dialog.cash_received.setText("1000")
    yield dialog
    dialog.submit()  # no shift open: refused in words
    yield dialog
    dialog.tender.setCurrentIndex(1)
    yield dialog


@dialog_factory("ReprintDialog")
def _request_reprint(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.enums import DocumentType
    from counter_app.views.requests.reprint_dialog import ReprintDialog

    dialog = ReprintDialog(
        "SRH01202611230001",
        (DocumentType.WORK_ORDER, DocumentType.SETTLEMENT_SLIP, DocumentType.MISSING_DOCUMENTS),
        lambda _doc, _reason: LONG_TEXT,
    )
    yield dialog
    dialog.reason.setText("客户遗失")
    dialog.submit()
    yield dialog


@dialog_factory("StatusLookupDialog")
def _status_lookup(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.desk_dialogs import StatusLookupDialog

    services = env.services()
    detail = _accepted_request(services, _request_account(env), "METER")
    dialog = StatusLookupDialog(services.requests, env.printer())
    yield dialog
    dialog.query.setText(detail.summary.account_number)  # type: ignore[attr-defined]
    dialog.look_up()
    yield dialog
    dialog.print_selected()
    yield dialog


@dialog_factory("LedgerDialog")
def _ledger(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.desk_dialogs import LedgerDialog

    services = env.services("M1001")
    dialog = LedgerDialog(services.requests, services.clock)
    yield dialog
    dialog.export_to(env.tmp_path / "ledger.xlsx")
    yield dialog


def drive_requests(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Every list, then the request with the most in it, then the intake on an account."""
    from counter_app.views.requests.requests_page import LISTS, RequestsPage

    page = window.page("requests")
    assert isinstance(page, RequestsPage)
    for index, _which in enumerate(LISTS):
        page.tabs.setCurrentIndex(index)
        yield f"requests, list {index}"
    page.show_list_of(LISTS[-1])
    if page.model.rows:
        page.open_request(page.model.rows[0].id)
        yield "requests, a request's screen"
        page.show_list()


AREA_DRIVERS["requests"] = drive_requests


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
                f"@dialog_factory({cls.__name__!r}) in tests/gui/test_screen_fit.py"
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


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(_dialog_classes()))
def test_dialog_fits_the_screen(
    qtbot: QtBot,
    ctx: AppContext,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    language: str,
) -> None:
    request.getfixturevalue(language)
    env = DialogEnv(ctx, tmp_path, monkeypatch, language)
    found: dict[str, str] = {}
    for state, dialog in dialog_states(qtbot, env, name):
        for p in fit_problems(dialog, language):
            found.setdefault(p, state)
    assert not found, "\n".join(f"{state}: {p}" for p, state in found.items())


# ----------------------------------------------------------------------------- complaints


def _complaint(env_ctx: AppContext, employee_no: str = "G1001", **extra: object) -> int:
    """A complaint overdue since last week with a long text, accepted by ``employee_no``."""
    from datetime import datetime

    from counter_app.domain.clock import LOCAL_TZ
    from counter_app.domain.enums import ComplaintCategory, ComplaintChannel
    from counter_app.services.complaints.dto import ComplaintIntake

    services = env_ctx.services_for(env_ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))
    intake = ComplaintIntake(
        complainant_name="欧阳娜仁托娅",
        contact_phone="13957101234",
        channel=ComplaintChannel.HOTLINE_12345,
        category=ComplaintCategory.SUPPLY,
        content=LONG_TEXT,
        demands=LONG_TEXT[:300],
        received_at=datetime(2026, 11, 18, 10, 0, tzinfo=LOCAL_TZ),
        responsible_person="西湖区管网运行维护中心抢修二班",
        external_reference="12345-20261118-000123",
        **extra,
    )
    return services.complaints.accept(intake).detail.row.complaint_id


def drive_complaints(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """The list with an overdue complaint, its detail on every tab, and a lookup."""
    from counter_app.views.complaints.complaints_page import ComplaintsPage

    page = window.page("complaints")
    assert isinstance(page, ComplaintsPage)
    complaint_id = _complaint(ctx)
    page.refresh_lists()
    yield "complaints, list"
    assert page.open_complaint(complaint_id)
    for index in range(page.detail.tabs.count()):
        page.detail.tabs.setCurrentIndex(index)
        yield f"complaints, detail tab {index}"
    page.lookup_box.setText("13957101234")
    page.lookup()
    yield "complaints, lookup"


AREA_DRIVERS["complaints"] = drive_complaints


@dialog_factory("ComplaintIntakeDialog")
def _complaint_intake(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.complaints.intake_dialog import ComplaintIntakeDialog

    services = env.services()
    dialog = ComplaintIntakeDialog(services.complaints, services.customers, services.clock)
    yield dialog
    dialog.channel.setCurrentIndex(dialog.channel.count() - 1)  # 12345: its own fields
    dialog.has_external_due.setChecked(True)
    dialog.severity.setCurrentIndex(dialog.severity.count() - 1)  # emergency: the site
    dialog.save()
    yield dialog  # every required field refused
    dialog.account_query.setText("区")
    dialog.find_account()
    yield dialog


@dialog_factory("ComplaintStepDialog")
def _complaint_step(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.errors import CounterError
    from counter_app.views.complaints.step_dialog import ComplaintStepDialog

    def refuse(_dialog: ComplaintStepDialog) -> object:
        raise CounterError("the deadline has passed: " + LONG_TEXT)

    dialog = ComplaintStepDialog("Extend deadline - TS-H01-20261118-001", LONG_TEXT, "OK", refuse)
    dialog.add_choice("kind", "Milestone:", [("investigation", LONG_TEXT[:30])])
    dialog.add_line("reason", "Reason:")
    dialog.add_note("note", "Note:")
    dialog.add_time("at", "Told at:", env.ctx.clock.now())
    dialog.add_date("on", "From:", env.ctx.clock.now().date())
    yield dialog
    dialog.submit()
    yield dialog


# ----------------------------------------------------------------------------- administration


def drive_admin(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Every tab of the Administration area, the calendar on a year the library lacks."""
    from counter_app.views.admin.admin_page import AdminPage

    page = window.page("admin")
    assert isinstance(page, AdminPage)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        yield f"admin, tab {index}"
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.year.setValue(2027)
    yield "admin, calendar of 2027"
    page.users.unlock()
    yield "admin, a message under the users"


AREA_DRIVERS["admin"] = drive_admin


def _admin_services(env: DialogEnv) -> Services:
    return env.ctx.services_for(env.ctx.auth.sign_in("S0001", DEMO_PASSWORD))


@dialog_factory("UserDialog")
def _user_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.users_page import UserDialog

    services = _admin_services(env)
    dialog = UserDialog(services.users, ["H01", "H02"])
    yield dialog
    dialog.employee_no.setText("G1001")
    dialog.password.setText("x")
    dialog._save()
    yield dialog  # refused, with the reason
    row = next(u for u in services.users.users() if u.employee_no == "G1001")
    yield UserDialog(services.users, ["H01", "H02"], row)


@dialog_factory("ResetPasswordDialog")
def _reset_password(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.users_page import ResetPasswordDialog

    services = _admin_services(env)
    row = next(u for u in services.users.users() if u.employee_no == "G1001")
    dialog = ResetPasswordDialog(services.users, row)
    yield dialog
    dialog.password.setText("g1001abc")
    dialog._save()
    yield dialog


@dialog_factory("HallDialog")
def _hall_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.halls_page import HallDialog

    services = _admin_services(env)
    dialog = HallDialog(services.hall_admin)
    yield dialog
    dialog.fields.code.setText("H01")
    dialog._save()
    yield dialog
    yield HallDialog(services.hall_admin, services.hall_admin.halls()[0])


@dialog_factory("CounterDialog")
def _counter_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.halls_page import CounterDialog

    services = _admin_services(env)
    hall = services.hall_admin.halls()[0]
    yield CounterDialog(services.hall_admin, hall)
    yield CounterDialog(services.hall_admin, hall, hall.counters[0])


@dialog_factory("TariffDialog")
def _tariff_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from datetime import date

    from counter_app.domain.enums import UtilityKind
    from counter_app.views.admin.tariffs_page import TariffDialog

    services = _admin_services(env)
    row = services.tariff_admin.tariffs()[0]
    dialog = TariffDialog(
        services.tariff_admin, [UtilityKind.GAS], date(2026, 11, 23), based_on=row
    )
    yield dialog
    dialog.fields.tier_table.table.item(1, 0).setText("250")  # overlaps tier 1
    dialog._save()
    yield dialog
    yield TariffDialog(services.tariff_admin, list(UtilityKind), date(2026, 11, 23))


@dialog_factory("OverrideDialog")
def _override_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from datetime import date

    from counter_app.views.admin.calendar_page import OverrideDialog

    dialog = OverrideDialog(_admin_services(env).calendar, date(2026, 10, 1), False)
    yield dialog
    dialog._save()  # 1 October is a holiday already
    yield dialog


@dialog_factory("ServiceTypeDialog")
def _service_type_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.enums import UtilityKind
    from counter_app.views.admin.catalogue_page import ServiceTypeDialog

    services = _admin_services(env)
    dialog = ServiceTypeDialog(services.catalogue, [UtilityKind.GAS])
    yield dialog
    dialog._save()
    yield dialog
    first = services.catalogue.list_types()[0]
    yield ServiceTypeDialog(services.catalogue, [UtilityKind.GAS], first)


@dialog_factory("ChangePasswordDialog")
def _change_password(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.password_dialog import ChangePasswordDialog

    services = env.services()
    dialog = ChangePasswordDialog(services.auth, services.actor)
    yield dialog
    dialog.old.setText(DEMO_PASSWORD)
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog._change()
    yield dialog


@dialog_factory("SetupWizard")
def _setup_wizard(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.setup_wizard import SetupWizard

    wizard = SetupWizard(env.ctx.setup)
    yield wizard
    for _page in range(4):
        wizard.next()
        yield wizard
    wizard.admin_no.setText("S0009")
    wizard.button(wizard.WizardButton.FinishButton).click()
    yield wizard  # refused: this database is set up already


@dialog_factory("CounterChoiceDialog")
def _counter_choice(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.counter_choice import CounterChoiceDialog

    yield CounterChoiceDialog(env.ctx.setup.counter_choices(), 2)
