"""Two counters, one account, on the real payment screen: a confirm on bills another counter
has just settled is refused with the new amount, and the typed money becomes credit only when
the clerk says so (docs/domain.md §5)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from payment_screen import debtor, payment_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.context import AppContext
from counter_app.db.models import Account, Payment
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.payments.taking import PaymentService
from counter_app.services.shifts import ShiftService
from counter_app.views import msgbox
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.printing import DocumentPrinter


@pytest.fixture
def page(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> PaymentPage:
    """Clerk G1001's payment screen at counter 1, shift open, on an account that owes."""
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    ShiftService(ctx.db, ctx.clock, actor).open_shift(Decimal("500.00"))
    screen = payment_page(qtbot, ctx, actor, printer)
    qtbot.keyClicks(screen.account_input, debtor(ctx))
    qtbot.keyClick(screen.account_input, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.amount.isEnabled, timeout=20000)
    return screen


def _another_counter_pays_everything(ctx: AppContext, page: PaymentPage) -> Decimal:
    """G1002 at counter 3 settles the same account first, on its own current quote."""
    clerk = ctx.auth.sign_in("G1002", DEMO_PASSWORD, 3)
    ShiftService(ctx.db, ctx.clock, clerk).open_shift(Decimal("0.00"))
    payments = PaymentService(ctx.db, ctx.clock, clerk)
    assert page._due is not None
    quote = payments.quote(page._due.account_id)
    payments.take_payment(
        PaymentRequest(
            account_id=page._due.account_id,
            amount=quote.amount_due,
            tenders=[TenderLine("cash", quote.amount_due)],
            idempotency_key="other-counter",
            quote=quote.stamp,
        )
    )
    return quote.amount_due


def _count(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return s.execute(select(func.count()).select_from(Payment)).scalar_one()


def _credit(ctx: AppContext, page: PaymentPage, number: str) -> Decimal:
    with ctx.db.read() as s:
        return s.execute(select(Account.balance).where(Account.number == number)).scalar_one()


def test_a_confirm_on_bills_just_settled_elsewhere_is_refused_with_the_new_amount(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or False)
    typed = page.amount.text()
    number = page.account_input.text()
    _another_counter_pays_everything(ctx, page)
    before = _count(ctx)

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)

    assert asked == [
        f"The amount due is now ¥0.00. Take ¥{Decimal(typed):,.2f} as typed anyway? "
        f"¥{Decimal(typed):,.2f} of it becomes credit on the account."
    ]
    assert _count(ctx) == before  # nothing taken
    assert _credit(ctx, page, number) == Decimal("0.00")
    assert page.error.text().startswith("The amount due is now ¥0.00:")
    assert "Nothing was taken" in page.error.text()
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 0, timeout=20000)  # as they are now
    assert page.amount.text() == ""  # nothing is due any more


def test_the_clerk_may_take_the_money_as_credit_on_purpose(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_a: True)
    typed = Decimal(page.amount.text())
    number = page.account_input.text()
    _another_counter_pays_everything(ctx, page)
    before = _count(ctx)

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)

    assert _count(ctx) == before + 1
    assert page.last_result is not None
    assert page.last_result.amount == typed
    assert _credit(ctx, page, number) == typed  # the bills were paid: all of it is credit
    assert "Paid. Receipt" in page.result_label.text()
