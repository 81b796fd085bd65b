"""The 1366×768 harness of ``test_screen_fit.py``: the screen it measures against, the checks
that find a window too large or a text cut, the main window each role signs in to, and the
registry of dialog factories (``dialog_factory``) with the drivers that walk the work areas
through the states that add text.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from payment_screen import debtors
from PySide6 import QtGui
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
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

from counter_app.context import AppContext, Services
from counter_app.db.models import Account
from counter_app.domain.enums import Role
from counter_app.domain.permissions import role_has
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.views.main_window import MainWindow
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


def drive_payments(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Open the shift and take three cash payments with change, as a clerk does."""
    from counter_app.views.payments.payment_page import PaymentPage

    page = window.page("payments")
    assert isinstance(page, PaymentPage)
    page._ask_rating = False
    yield "payments, before the shift"
    page.opening_float.setText("500.00")
    page.open_shift()
    for n, number in enumerate(debtors(ctx, 3), start=1):
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
            select(Account.id).where(Account.number == debtors(ctx, 1)[0])
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


def _rights_of(env: DialogEnv) -> tuple[Any, int, str]:
    """The manager's rights service and a demo customer the hall still serves."""
    from counter_app.services.customer_rights import CustomerRightsService

    services = env.services("M1001")
    row = next(r for r in services.customers.search("区").rows if r.customer_id is not None)
    rights = CustomerRightsService(env.ctx.db, env.ctx.clock, services.actor)
    return rights, row.customer_id, row.customer_name


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


def _account_ids(ctx: AppContext, count: int) -> list[int]:
    with ctx.db.read() as s:
        return list(
            s.execute(select(Account.id).where(Account.number.in_(debtors(ctx, count)))).scalars()
        )


def _request_account(env: DialogEnv) -> int:
    """A postpaid account of the demo hall with unpaid bills."""
    with env.ctx.db.read() as s:
        number = debtors(env.ctx, 1)[0]
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


def _admin_services(env: DialogEnv) -> Services:
    return env.ctx.services_for(env.ctx.auth.sign_in("S0001", DEMO_PASSWORD))
