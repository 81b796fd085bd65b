"""Void (冲正) and refund (退费) through the real payment screen, and the documents they print."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
import test_payment_page as payment_screen
from payment_screen import debtor
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from test_payment_page import _load, _open_shift, _pdf_text, _verify

from counter_app.context import AppContext
from counter_app.db.models import Account, Bill, BusinessDay, PrintedDocument, Shift
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import (
    BillStatus,
    BusinessDayStatus,
    DocumentType,
    PaymentKind,
    ShiftStatus,
)
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.domain.money import amount_in_capitals, format_yuan
from counter_app.services.auth import ApprovalGrant
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import REFUND, VOID, PaymentResult, VerificationStatus
from counter_app.views.approval import ApprovalDialog
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.payments.receipt_dialogs import ReceiptDialog
from counter_app.views.printing import PrintOutcome

MANAGER = "M1001"

# The payment screen's own fixture: the same page, printer and clerk as its other tests.
page = payment_screen.page

Answer = Callable[[QWidget], None]


# ----------------------------------------------------------------------------- helpers


class ModalScript:
    """Answers the modal dialogs a page opens, one step per dialog, in order.

    Use it around the call that opens them. A step runs once a modal dialog it has not
    answered yet is on screen. A dialog still open after the last step (an approval that
    failed, say) is rejected after a while, so a broken test fails instead of hanging; and
    nothing is left scheduled to answer the dialogs of a later test.
    """

    def __init__(self, steps: list[Answer]) -> None:
        self.steps = list(steps)
        self.answered: list[str] = []
        self._poll = QTimer(interval=10)
        self._poll.timeout.connect(self._tick)
        self._watchdog = QTimer(singleShot=True, interval=10_000)
        self._watchdog.timeout.connect(self._give_up)

    def __enter__(self) -> ModalScript:
        self._poll.start()
        self._watchdog.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._poll.stop()
        self._watchdog.stop()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if not self.steps or widget is None or not widget.isVisible():
            return
        if widget.property("answered"):
            return
        widget.setProperty("answered", True)
        self.answered.append(type(widget).__name__)
        self.steps.pop(0)(widget)

    @staticmethod
    def _give_up() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog):
            widget.reject()


def choose_receipt(number: str, reason: str) -> Answer:
    """Pick the receipt by its number and give the reason, as a clerk would."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, ReceiptDialog), widget
        widget.number.setText(number)
        widget.look_up()
        assert widget.receipt is not None
        assert widget.receipt.receipt_no == number
        widget.reason_edit.setText(reason)  # Chinese cannot be typed key by key
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return answer


def approve_as_manager(expected_subject: str) -> Answer:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, ApprovalDialog), widget
        assert widget._subject == expected_subject
        assert widget.reason.toPlainText()  # carried over from the reason typed before
        widget.employee_no.setText(MANAGER)
        widget.password.setText(DEMO_PASSWORD)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return answer


def grant(ctx: AppContext, page: PaymentPage, action: str, subject: str) -> ApprovalGrant:
    return ctx.auth.approve(
        page._payments.actor,
        MANAGER,
        DEMO_PASSWORD,
        action=action,
        subject=subject,
        reason="客户要求",
    )


def pay(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> tuple[PaymentResult, str]:
    number = debtor(ctx)
    _load(qtbot, page, number)
    page.confirm()
    result = page.last_result
    assert result is not None, page.error.text()
    return result, number


def bills_of(ctx: AppContext, account_number: str) -> dict[int, tuple[Decimal, BillStatus]]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(Bill.id, Bill.paid_amount, Bill.status)
            .join(Account, Account.id == Bill.account_id)
            .where(Account.number == account_number)
        ).all()
    return {bill_id: (paid, status) for bill_id, paid, status in rows}


def register(ctx: AppContext, doc_type: DocumentType, number: str) -> list[PrintedDocument]:
    with ctx.db.read() as s:
        return list(
            s.execute(
                select(PrintedDocument).where(
                    PrintedDocument.doc_type == doc_type, PrintedDocument.doc_number == number
                )
            ).scalars()
        )


def close_business_day(ctx: AppContext) -> None:
    """Day close (日结) as the manager's day close will leave it."""
    with ctx.db.write() as s:
        s.execute(update(BusinessDay).values(status=BusinessDayStatus.CLOSED))


def next_morning(ctx: AppContext, clock: FixedClock, page: PaymentPage) -> None:
    """The day is closed with every shift; the clerk opens a shift on the next business day."""
    close_business_day(ctx)
    with ctx.db.write() as s:
        s.execute(update(Shift).values(status=ShiftStatus.CLOSED))
    clock.advance(days=1)
    page.opening_float.setText("500")
    page.open_shift()
    assert "Shift open since" in page.shift_label.text()


@pytest.fixture
def printer_online(page: PaymentPage, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A printer that takes every document; the list fills with the kinds printed."""
    printed: list[str] = []
    printer = page._printer

    def print_document(pdf: bytes, kind: str, number: str, suffix: str = "") -> PrintOutcome:
        printed.append(kind)
        return PrintOutcome(printer.save_copy(pdf, kind, number, suffix), True, "Thermal")

    monkeypatch.setattr(printer, "print_document", print_document)
    return printed


# ----------------------------------------------------------------------------- void


def test_void_restores_the_bills_and_prints_a_void_slip(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    _open_shift(qtbot, page)
    before = bills_of(ctx, debtor(ctx))
    paid, number = pay(qtbot, page, ctx)

    settled = {bill for bill, state in bills_of(ctx, number).items() if state != before[bill]}
    assert settled

    reason = "客户重复缴费"
    assert page.void(paid.receipt_no, reason, grant(ctx, page, VOID, paid.receipt_no))

    assert page.error.text() == ""
    assert bills_of(ctx, number) == before
    assert all(before[bill][1] is not BillStatus.PAID for bill in settled)
    verification = _verify(ctx, page, paid.receipt.qr_payload)
    assert verification.status is VerificationStatus.VOIDED

    outcome = page.last_void_print
    assert outcome is not None
    assert not outcome.printed
    assert outcome.pdf_path.parent.name == "void_slip"
    text = _pdf_text(outcome.pdf_path)
    for expected in (
        "冲正凭证",
        "作废",
        paid.receipt_no,
        number,
        f"冲正金额¥{paid.amount:,.2f}",
        amount_in_capitals(paid.amount),
        f"退还现金{format_yuan(paid.amount)}",
        f"冲正原因{reason}",
        "申请人工号G1001",
        f"审批人工号{MANAGER}",
        "恢复为未缴",
    ):
        assert expected in text, expected

    rows = register(ctx, DocumentType.VOID_SLIP, paid.receipt_no)
    assert len(rows) == 1
    assert not rows[0].printed
    assert rows[0].pdf_path == str(outcome.pdf_path)
    assert rows[0].layout == "thermal80"
    assert paid.receipt_no in page.result_label.text()
    assert "did not print" in page.result_label.text()
    assert str(outcome.pdf_path) in page.result_label.text()


def test_void_through_the_dialogs(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, printer_online: list[str]
) -> None:
    _open_shift(qtbot, page)
    before = bills_of(ctx, debtor(ctx))
    paid, number = pay(qtbot, page, ctx)
    printer_online.clear()

    steps = [
        choose_receipt(paid.receipt_no, "收费员录错金额"),
        approve_as_manager(paid.receipt_no),
    ]
    with ModalScript(steps) as script:
        page.ask_void()

    assert script.answered == ["ReceiptDialog", "ApprovalDialog"]
    assert page.last_void is not None, page.error.text()
    assert page.last_void.slip.reason == "收费员录错金额"
    assert bills_of(ctx, number) == before
    assert printer_online == ["void_slip"]
    outcome = page.last_void_print
    assert outcome is not None
    text = _pdf_text(outcome.pdf_path)
    assert "冲正" in text
    assert paid.receipt_no in text
    assert "收费员录错金额" in text
    (row,) = register(ctx, DocumentType.VOID_SLIP, paid.receipt_no)
    assert row.printed
    assert "void slip has printed" in page.result_label.text()


def test_void_without_a_fitting_approval_prints_nothing(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    _open_shift(qtbot, page)
    paid, number = pay(qtbot, page, ctx)
    after_payment = bills_of(ctx, number)

    wrong = grant(ctx, page, VOID, "H01-2026-99999999")
    assert not page.void(paid.receipt_no, "客户反悔", wrong)

    assert page.error.text()
    assert page.last_void is None
    assert bills_of(ctx, number) == after_payment
    assert register(ctx, DocumentType.VOID_SLIP, paid.receipt_no) == []


def test_cancelling_the_approval_voids_nothing(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    _open_shift(qtbot, page)
    paid, _ = pay(qtbot, page, ctx)

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, ApprovalDialog)
        widget.reject()

    with ModalScript([choose_receipt(paid.receipt_no, "客户反悔"), cancel]) as script:
        page.ask_void()

    assert script.answered == ["ReceiptDialog", "ApprovalDialog"]

    assert page.last_void is None
    status = _verify(ctx, page, paid.receipt.qr_payload).status
    assert status is VerificationStatus.VALID


# ----------------------------------------------------------------------------- refund


def test_after_day_close_a_void_is_refused_and_a_refund_prints_its_receipt(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, clock: FixedClock
) -> None:
    _open_shift(qtbot, page)
    before = bills_of(ctx, debtor(ctx))
    paid, number = pay(qtbot, page, ctx)
    close_business_day(ctx)

    assert not page.void(paid.receipt_no, "客户反悔", grant(ctx, page, VOID, paid.receipt_no))
    assert "make a refund instead" in page.error.text()
    assert "Shift+F11" in page.error.text()
    assert page.last_void is None
    assert register(ctx, DocumentType.VOID_SLIP, paid.receipt_no) == []

    next_morning(ctx, clock, page)

    refund = page.refund(paid.receipt_no, "多收", grant(ctx, page, REFUND, paid.receipt_no))

    assert refund is not None, page.error.text()
    assert page.error.text() == ""
    assert refund.kind is PaymentKind.REFUND
    assert refund.amount == -paid.amount
    assert refund.receipt_no != paid.receipt_no
    assert bills_of(ctx, number) == before
    verification = _verify(ctx, page, paid.receipt.qr_payload)
    assert verification.status is VerificationStatus.REFUNDED
    assert verification.refund_receipt_no == refund.receipt_no

    outcome = page.last_refund_print
    assert outcome is not None
    text = _pdf_text(outcome.pdf_path)
    assert refund.receipt_no in text
    assert "退费" in text
    assert f"退还原收据{paid.receipt_no}" in text
    (row,) = register(ctx, DocumentType.RECEIPT, refund.receipt_no)
    assert row.pdf_path == str(outcome.pdf_path)
    label = page.result_label.text()
    assert refund.receipt_no in label
    assert format_yuan(paid.amount) in label
    assert "1 receipt(s) waiting" in page.queue_label.text()  # no printer in the tests

    again = page.refund(paid.receipt_no, "多收", grant(ctx, page, REFUND, paid.receipt_no))
    assert again is None
    assert refund.receipt_no in page.error.text()  # already refunded, and by which receipt


def test_refund_through_the_keyboard_and_dialogs(
    qtbot: QtBot,
    page: PaymentPage,
    ctx: AppContext,
    clock: FixedClock,
    printer_online: list[str],
) -> None:
    _open_shift(qtbot, page)
    paid, _ = pay(qtbot, page, ctx)
    next_morning(ctx, clock, page)
    printer_online.clear()

    steps = [
        choose_receipt(paid.receipt_no, "客户搬离，要求退回"),
        approve_as_manager(paid.receipt_no),
    ]
    with ModalScript(steps) as script:
        qtbot.keyClick(page, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)

    assert script.answered == ["ReceiptDialog", "ApprovalDialog"]
    refund = page.last_refund
    assert refund is not None, page.error.text()
    assert refund.receipt.notes == (f"退还原收据 {paid.receipt_no}",)
    assert printer_online == ["receipt"]
    (row,) = register(ctx, DocumentType.RECEIPT, refund.receipt_no)
    assert row.printed


def test_a_refund_needs_a_reason(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    _open_shift(qtbot, page)
    paid, _ = pay(qtbot, page, ctx)

    said: list[str] = []

    def blank(widget: QWidget) -> None:
        assert isinstance(widget, ReceiptDialog)
        widget.number.setText(paid.receipt_no)
        widget.reason_edit.setText("  ")
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert widget.isVisible()  # the dialog stays, saying what is missing
        said.append(widget.reason_error.text())
        widget.reject()

    with ModalScript([blank]) as script:
        page.ask_refund()

    assert script.answered == ["ReceiptDialog"]

    assert "reason" in said[0]
    assert page.last_refund is None


def test_a_refund_retried_after_an_outage_sends_the_same_key(
    qtbot: QtBot,
    page: PaymentPage,
    ctx: AppContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If the connection broke during the commit, the retry replays the refund, never books
    a second one."""
    _open_shift(qtbot, page)
    paid, _ = pay(qtbot, page, ctx)
    keys: list[str] = []
    real = page._reversals.refund

    def flaky(receipt_no: str, reason: str, approval: ApprovalGrant, key: str) -> PaymentResult:
        keys.append(key)
        if len(keys) == 1:
            raise DatabaseUnavailable("connection lost")
        return real(receipt_no, reason, approval, key)

    monkeypatch.setattr(page._reversals, "refund", flaky)
    next_morning(ctx, clock, page)

    assert page.refund(paid.receipt_no, "多收", grant(ctx, page, REFUND, paid.receipt_no)) is None
    assert page.error.text()
    assert page.refund(paid.receipt_no, "多收", grant(ctx, page, REFUND, paid.receipt_no))
    assert keys[0] == keys[1]
    assert page._refund_keys == {}
