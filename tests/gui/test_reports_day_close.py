"""Day close (日结) through the manager's Reports area: refused while a clerk's shift is open
(and naming it), done once every shift is closed, the daily report printed; after it a void of
that day is refused on the payment screen."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from payment_screen import debtor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_payment_page import _make_page, _pdf_text
from test_payment_void import grant

from counter_app.context import AppContext, Services
from counter_app.db.models import Account, BusinessDay
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import BusinessDayStatus
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import VOID, PaymentRequest, PaymentResult, TenderLine
from counter_app.views.printing import DocumentPrinter
from counter_app.views.reports.reports_page import ReportsPage
from counter_app.views.timefmt import hall_today


@pytest.fixture
def printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentPrinter:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    return printer


def services_of(ctx: AppContext, employee_no: str, counter: int = 1) -> Services:
    return ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, counter))


def card_payment(ctx: AppContext, clerk: Services) -> PaymentResult:
    """A bank-card payment: the drawer's cash stays the float, so the close is even."""
    with ctx.db.read() as s:
        account_id = s.execute(select(Account.id).where(Account.number == debtor(ctx))).scalar_one()
    return clerk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=Decimal("86.40"),
            tenders=[TenderLine("bank_card", Decimal("86.40"), "6222000011112222")],
            idempotency_key=uuid.uuid4().hex,
        )
    )


def reports_page(
    qtbot: QtBot, ctx: AppContext, printer: DocumentPrinter, tmp_path: Path
) -> ReportsPage:
    manager = services_of(ctx, "M1001")
    page = ReportsPage(
        manager.reports, manager.day_close, printer, ctx.clock, folder=tmp_path, refresh_ms=200
    )
    qtbot.addWidget(page)
    page.show()
    return page


def test_day_close_waits_for_every_shift_then_locks_the_day(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    printer: DocumentPrinter,
    tmp_path: Path,
) -> None:
    clerk = services_of(ctx, "G1001")
    clerk.shifts.open_shift(Decimal("500.00"))
    paid = card_payment(ctx, clerk)
    today = hall_today(ctx.clock)

    page = reports_page(qtbot, ctx, printer, tmp_path)
    view = page.day_close
    assert view is not None
    page.tabs.setCurrentWidget(view)
    view.refresh()
    view.choose(today)
    day = view.chosen_day()
    assert day is not None
    assert day.business_date == today
    assert not day.closed
    assert [r.clerk_employee_no for r in day.open_shifts] == ["G1001"]
    assert "G1001" in view.chosen_label.text()

    view.ask_close_day()  # the question is answered yes
    assert view.last_close is None
    refusal = view.message.text()
    assert "G1001" in refusal, refusal
    with ctx.db.read() as s:
        state = s.execute(
            select(BusinessDay.status).where(BusinessDay.business_date == today)
        ).scalar_one()
    assert state is BusinessDayStatus.OPEN

    clerk.shifts.close_shift({Decimal("100.00"): 5})  # the float, untouched: even
    view.refresh()
    day = view.chosen_day()
    assert day is not None
    assert not day.open_shifts
    view.ask_close_day()
    result = view.last_close
    assert result is not None, view.message.text()
    assert result.business_date == today
    assert "closed" in view.message.text()
    with ctx.db.read() as s:
        closed = s.execute(select(BusinessDay).where(BusinessDay.business_date == today)).one()[0]
    assert closed.status is BusinessDayStatus.CLOSED
    assert closed.totals is not None
    day = view.chosen_day()
    assert day is not None
    assert day.closed
    assert not view.close_button.isEnabled()

    # The daily report printed on A4 (here: its PDF copy), with the card payment in it.
    outcome = view.last_print
    assert outcome is not None
    text = _pdf_text(outcome.pdf_path)
    assert "营业日报" in text
    assert "86.40" in text
    for signature in ("制表", "复核", "主管"):
        assert signature in text

    # The next morning the clerk may no longer void that receipt: it is a refund now.
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.advance(days=1)
    payments = _make_page(qtbot, ctx, printer)
    payments.opening_float.setText("500.00")
    payments.open_shift()
    assert "Shift open since" in payments.shift_label.text()
    approval = grant(ctx, payments, VOID, paid.receipt_no)
    assert not payments.void(paid.receipt_no, "客户要求", approval)
    assert "Refund" in payments.error.text(), payments.error.text()


def test_closing_a_day_twice_says_when_it_was_closed(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    printer: DocumentPrinter,
    tmp_path: Path,
) -> None:
    clerk = services_of(ctx, "G1001")
    clerk.shifts.open_shift(Decimal("0.00"))
    clerk.shifts.close_shift({})
    page = reports_page(qtbot, ctx, printer, tmp_path)
    view = page.day_close
    assert view is not None
    today: date = hall_today(ctx.clock)
    assert view.close_day(today) is not None
    assert view.close_day(today) is None
    assert view.message.text()
    assert "already" in view.message.text().lower(), view.message.text()


def test_an_auditor_sees_the_exports_only(
    qtbot: QtBot, ctx: AppContext, en: QApplication, printer: DocumentPrinter, tmp_path: Path
) -> None:
    auditor = services_of(ctx, "A1001")
    page = ReportsPage(auditor.reports, auditor.day_close, printer, ctx.clock, folder=tmp_path)
    qtbot.addWidget(page)
    page.show()
    assert page.dashboard is None
    assert page.day_close is None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Exports"]
