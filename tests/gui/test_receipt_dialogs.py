"""Reprint, void and refund start from a receipt the clerk can see before anything is done.

The receipt number defaults to the shift's last receipt, can be picked from the shift's list
or scanned (number + Enter), and the dialog shows its customer, account, amount, time and
status; what cannot be voided or refunded is refused before a manager is called, and the
manager's approval dialog shows what is approved.
"""

from __future__ import annotations

import pytest
import test_payment_page as payment_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from test_payment_page import _open_shift
from test_payment_void import MANAGER, ModalScript, grant, pay

from counter_app.context import AppContext
from counter_app.db.models import Hall, Payment
from counter_app.domain.money import format_yuan
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import VOID, PaymentResult
from counter_app.views.approval import ApprovalDialog
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.payments.receipt_dialogs import ReceiptAction, ReceiptDialog
from counter_app.views.timefmt import datetime_text

page = payment_screen.page


def _dialog(qtbot: QtBot, page: PaymentPage, action: ReceiptAction) -> ReceiptDialog:
    dialog = ReceiptDialog(action, page._prints, page)
    qtbot.addWidget(dialog)
    dialog.show()
    # Keys go to the active window, as at the counter (the page's own Esc stays the page's).
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _customer_of(ctx: AppContext, page: PaymentPage, paid: PaymentResult) -> str:
    return page._prints.receipt_summary(paid.receipt_no).customer_name


@pytest.fixture
def two_paid(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> tuple[PaymentResult, PaymentResult]:
    _open_shift(qtbot, page)
    first, _ = pay(qtbot, page, ctx)
    page.clear()
    second, _ = pay(qtbot, page, ctx)
    return first, second


def test_the_number_starts_as_the_shifts_last_receipt_and_shows_it(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, two_paid: tuple[PaymentResult, PaymentResult]
) -> None:
    first, second = two_paid
    dialog = _dialog(qtbot, page, ReceiptAction.VOID)

    assert dialog.number.text() == second.receipt_no
    assert dialog.number.selectedText() == second.receipt_no  # typing or scanning replaces it
    assert dialog.focusWidget() is dialog.number
    assert [r.receipt_no for r in dialog.model.rows] == [second.receipt_no, first.receipt_no]
    assert dialog.customer.text() == _customer_of(ctx, page, second)
    assert dialog.account.text() == second.account_number
    assert dialog.amount.text() == format_yuan(second.amount)
    assert dialog.paid_at.text() == datetime_text(second.paid_at)
    assert dialog.status.text() == "Completed"
    assert dialog.ok_button.isEnabled()
    assert dialog.number.width() >= 400  # not a 200 px box


def test_a_receipt_is_picked_from_the_shifts_list(
    qtbot: QtBot, page: PaymentPage, two_paid: tuple[PaymentResult, PaymentResult]
) -> None:
    first, _ = two_paid
    dialog = _dialog(qtbot, page, ReceiptAction.REPRINT)
    row = dialog.list.visualRect(dialog.model.index(1, 0)).center()
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=row)

    assert dialog.number.text() == first.receipt_no
    assert dialog.receipt is not None
    assert dialog.receipt.receipt_no == first.receipt_no
    assert dialog.account.text() == first.account_number


def test_a_scanned_number_is_looked_up_and_enter_goes_on_to_the_reason(
    qtbot: QtBot, page: PaymentPage, two_paid: tuple[PaymentResult, PaymentResult]
) -> None:
    first, _ = two_paid
    dialog = _dialog(qtbot, page, ReceiptAction.VOID)
    qtbot.keyClicks(dialog.number, first.receipt_no)  # replaces the selected default
    assert dialog.amount.text() == ""  # nothing stale while the number is typed
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # the scanner's Enter

    assert dialog.isVisible()  # Enter did not press Void before the clerk saw the receipt
    assert dialog.receipt is not None
    assert dialog.receipt.receipt_no == first.receipt_no
    assert dialog.amount.text() == format_yuan(first.amount)
    assert dialog.focusWidget() is dialog.reason_edit


def test_an_unknown_number_is_said_at_once(
    qtbot: QtBot, page: PaymentPage, two_paid: tuple[PaymentResult, PaymentResult]
) -> None:
    dialog = _dialog(qtbot, page, ReceiptAction.REPRINT)
    dialog.number.setText("H01-2026-99999999")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)

    assert dialog.number_error.isVisible()
    assert "H01-2026-99999999 does not exist" in dialog.number_error.text()
    assert dialog.receipt is None


def test_a_voided_receipt_is_refused_before_a_manager_is_called(
    qtbot: QtBot,
    page: PaymentPage,
    ctx: AppContext,
    two_paid: tuple[PaymentResult, PaymentResult],
) -> None:
    _, second = two_paid
    assert page.void(second.receipt_no, "录错", grant(ctx, page, VOID, second.receipt_no))
    for action, words in (
        (ReceiptAction.VOID, "already been voided"),
        (ReceiptAction.REFUND, "no refund is needed"),
    ):
        dialog = _dialog(qtbot, page, action)
        assert dialog.number.text() == second.receipt_no
        assert dialog.status.text() == "Voided"
        assert words in dialog.number_error.text()
        assert not dialog.ok_button.isEnabled()

    reprint = _dialog(qtbot, page, ReceiptAction.REPRINT)  # a voided receipt may be reprinted
    assert reprint.ok_button.isEnabled()
    assert not reprint.number_error.isVisible()


def test_another_halls_receipt_is_refused_without_showing_its_customer(
    qtbot: QtBot,
    page: PaymentPage,
    ctx: AppContext,
    two_paid: tuple[PaymentResult, PaymentResult],
) -> None:
    first, _ = two_paid
    with ctx.db.write() as s:
        other = s.execute(select(Hall.id).where(Hall.code != "H01").limit(1)).scalar_one()
        s.execute(update(Payment).where(Payment.id == first.payment_id).values(hall_id=other))
    dialog = _dialog(qtbot, page, ReceiptAction.VOID)
    dialog.number.setText(first.receipt_no)
    dialog.look_up()

    assert "Only receipts of this service hall" in dialog.number_error.text()
    assert not dialog.ok_button.isEnabled()
    assert (dialog.customer.text(), dialog.account.text()) == ("-", "-")


def test_the_manager_sees_what_they_approve(
    qtbot: QtBot,
    page: PaymentPage,
    ctx: AppContext,
    two_paid: tuple[PaymentResult, PaymentResult],
) -> None:
    _, second = two_paid
    seen: dict[str, str] = {}

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, ReceiptDialog)
        widget.reason_edit.setText("收费员录错金额")
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def approve(widget: QWidget) -> None:
        assert isinstance(widget, ApprovalDialog)
        for name in (
            "approvalAction",
            "approvalReceipt",
            "approvalCustomer",
            "approvalAccount",
            "approvalAmount",
        ):
            label = widget.findChild(QWidget, name)
            assert label is not None, name
            seen[name] = label.text()  # type: ignore[attr-defined]
        seen["reason"] = widget.reason.toPlainText()
        widget.employee_no.setText(MANAGER)
        widget.password.setText(DEMO_PASSWORD)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with ModalScript([choose, approve]) as script:
        qtbot.keyClick(page, Qt.Key.Key_F11)

    assert script.answered == ["ReceiptDialog", "ApprovalDialog"]
    assert seen == {
        "approvalAction": "Void a receipt",
        "approvalReceipt": second.receipt_no,
        "approvalCustomer": _customer_of(ctx, page, second),
        "approvalAccount": second.account_number,
        "approvalAmount": format_yuan(second.amount),
        "reason": "收费员录错金额",
    }
    assert page.last_void is not None
    assert page.last_void.receipt_no == second.receipt_no


def test_a_reprint_through_f10_takes_the_last_receipt(
    qtbot: QtBot, page: PaymentPage, two_paid: tuple[PaymentResult, PaymentResult]
) -> None:
    _, second = two_paid

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, ReceiptDialog)
        widget.reason_edit.setFocus()
        widget.reason_edit.setText("客户遗失收据")
        qtbot.keyClick(widget.reason_edit, Qt.Key.Key_Return)

    with ModalScript([choose]) as script:
        qtbot.keyClick(page, Qt.Key.Key_F10)

    assert script.answered == ["ReceiptDialog"]
    assert f"receipt {second.receipt_no} made" in page.result_label.text()


def test_a_filled_receipt_dialog_asks_before_esc_throws_it_away(
    qtbot: QtBot,
    page: PaymentPage,
    monkeypatch: pytest.MonkeyPatch,
    two_paid: tuple[PaymentResult, PaymentResult],
    en: QApplication,
) -> None:
    from counter_app.views import msgbox

    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, title, _t: asked.append(title) or False)
    dialog = _dialog(qtbot, page, ReceiptAction.VOID)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Escape)  # only the default: closes
    assert asked == []
    assert not dialog.isVisible()

    dialog = _dialog(qtbot, page, ReceiptAction.VOID)
    dialog.reason_edit.setText("客户反悔")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert asked
    assert dialog.isVisible()
