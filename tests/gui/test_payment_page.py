"""Take payments through the real payment screen and read the receipts back."""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from demo_meters import last_reading
from modal_dialogs import when_shown
from payment_screen import debtor, payment_page
from pypdf import PdfReader
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.context import AppContext
from counter_app.db.models import (
    Account,
    Bill,
    Payment,
    PaymentTender,
    PrintedDocument,
    SatisfactionRating,
    User,
)
from counter_app.domain.enums import BillStatus, Satisfaction
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.domain.money import amount_in_capitals
from counter_app.services.bills import BillService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import ReceiptVerification, VerificationStatus
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.readings_import import ReadingImportService
from counter_app.views.approval import ApprovalDialog
from counter_app.views.payments.payment_page import PaymentPage, SatisfactionDialog
from counter_app.views.payments.readings_dialog import MeterReadingDialog
from counter_app.views.printing import DocumentPrinter


def _make_page(
    qtbot: QtBot,
    ctx: AppContext,
    printer: DocumentPrinter,
    *,
    readings: bool = False,
    **options: Any,
) -> PaymentPage:
    """The payment screen of clerk G1001 at counter 1, shown."""
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    if readings:
        options["bills"] = BillService(ctx.db, ctx.clock, actor)
        options["importer"] = ReadingImportService(ctx.db, ctx.clock, actor)
    return payment_page(qtbot, ctx, actor, printer, **options)


def _verify(ctx: AppContext, page: PaymentPage, payload: str) -> ReceiptVerification:
    """What scanning the receipt's QR code says, as the page's clerk."""
    return ReceiptVerifier(ctx.db, ctx.clock, page._payments.actor).verify_receipt(payload)


@pytest.fixture
def page(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> PaymentPage:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    return _make_page(qtbot, ctx, printer)


def _open_shift(qtbot: QtBot, page: PaymentPage) -> None:
    qtbot.keyClicks(page.opening_float, "500")
    qtbot.mouseClick(page.open_shift_button, Qt.MouseButton.LeftButton)
    assert "Shift open since" in page.shift_label.text()


def _load(qtbot: QtBot, page: PaymentPage, number: str) -> None:
    qtbot.keyClicks(page.account_input, number)
    qtbot.keyClick(page.account_input, Qt.Key.Key_Return)
    assert page.amount.isEnabled(), page.error.text()


def _open_at_debtor(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> str:
    """Open a shift and load a postpaid account with unpaid bills; returns its number."""
    _open_shift(qtbot, page)
    number = debtor(ctx)
    _load(qtbot, page, number)
    return number


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(p.extract_text().split()) for p in reader.pages)


def test_cash_payment_with_change(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    number = _open_at_debtor(qtbot, page, ctx)
    due = Decimal(page.amount.text())
    assert due > 0
    received = (due + Decimal("50")).quantize(Decimal(1))
    qtbot.keyClicks(page.cash_received, str(received))
    change = received - due
    assert page.change_label.text() == f"Change ¥{change:,.2f}"
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)

    result = page.last_result
    assert result is not None, page.error.text()
    assert result.change == change
    assert result.receipt_no.startswith("H01-2026-")
    assert result.receipt_no in page.result_label.text()
    assert page.last_print is not None
    assert not page.last_print.printed
    text = _pdf_text(page.last_print.pdf_path)
    for expected in (
        result.receipt_no,
        number,
        f"{due:,.2f}",
        f"{change:,.2f}",
        f"{received:,.2f}",
        amount_in_capitals(due),
    ):
        assert expected in text, expected
    verification = _verify(ctx, page, result.receipt.qr_payload)
    assert verification.status is VerificationStatus.VALID
    assert verification.receipt_no == result.receipt_no
    assert "1 receipt(s) waiting" in page.queue_label.text()


def test_mixed_tender(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    _open_at_debtor(qtbot, page, ctx)
    due = Decimal(page.amount.text())
    wechat = (due / 2).quantize(Decimal("0.01"))
    cash = due - wechat
    from counter_app.domain.enums import Tender

    qtbot.keyClicks(page.tender_amounts[Tender.WECHAT], f"{wechat:.2f}")
    qtbot.keyClicks(page.tender_refs[Tender.WECHAT], "4200001234202611230001")
    qtbot.keyClicks(page.tender_amounts[Tender.CASH], f"{cash:.2f}")
    qtbot.keyClicks(page.cash_received, f"{cash + 10:.2f}")
    qtbot.keyClick(page, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=3000)

    result = page.last_result
    assert result is not None
    assert result.change == Decimal("10.00")
    with ctx.db.read() as s:
        tenders = s.execute(
            select(PaymentTender.tender, PaymentTender.amount, PaymentTender.reference)
            .where(PaymentTender.payment_id == result.payment_id)
            .order_by(PaymentTender.tender)
        ).all()
    assert sorted((t.value, a, r) for t, a, r in tenders) == [
        ("cash", cash, None),
        ("wechat", wechat, "4200001234202611230001"),
    ]
    assert page.last_print is not None
    text = _pdf_text(page.last_print.pdf_path)
    assert "4200001234202611230001" in text
    assert result.receipt_no in text


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "less than ¥0.01"),
        ("-5", "negative"),
        ("12.345", "two decimal places"),
        ("1e3", "1e3"),
        ("100,00", "commas"),
        ("¥100", "¥"),
        ("100001", "more than ¥100,000.00"),
    ],
)
def test_bad_amounts_are_refused(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, typed: str, message: str
) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    page.amount.setText(typed)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert message in page.error.text()
    assert page.last_result is None
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(Payment)).scalar_one() == 0


def test_missing_tender_reference_and_short_cash(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    from counter_app.domain.enums import Tender

    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    due = Decimal(page.amount.text())
    qtbot.keyClicks(page.tender_amounts[Tender.ALIPAY], f"{due:.2f}")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.error.text()  # reference required
    assert page.last_result is None
    page.tender_amounts[Tender.ALIPAY].clear()
    qtbot.keyClicks(page.cash_received, "0.01")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is None
    assert "Short by" in page.change_label.text()


def test_double_confirm_pays_once(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    page.confirm()
    page.confirm()
    qtbot.keyClick(page, Qt.Key.Key_F12)
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(Payment)).scalar_one() == 1


def test_unreachable_database_says_the_payment_was_not_taken(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))

    def down(request: object) -> None:
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(page._payments, "take_payment", down)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert "NOT taken" in page.error.text()
    assert page.confirm_button.isEnabled()  # the clerk can try again with the same key


def test_payment_needs_an_open_shift(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    assert "No shift is open" in page.shift_label.text()
    _load(qtbot, page, debtor(ctx))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is None
    assert page.error.text()


def test_reprint_says_so_on_the_copy(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    result = page.last_result
    assert result is not None
    outcome = page.reprint(result.receipt_no, "客户遗失收据")
    assert outcome is not None
    text = _pdf_text(outcome.pdf_path)
    assert "补打" in text
    assert result.receipt_no in text


def test_last_payment_is_shown_after_a_restart(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, tmp_path: Path
) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    result = page.last_result
    assert result is not None
    # A new screen, as after restarting the program, still knows the last payment.
    again = PaymentPage(
        page._payments,
        page._shifts,
        page._search,
        page._auth,
        page._printer,
        reversals=page._reversals,
        prints=page._prints,
        ratings=page._ratings,
        ask_rating=False,
    )
    qtbot.addWidget(again)
    assert result.receipt_no in again.last_payment_label.text()
    assert again.last_result is not None
    assert again.last_result.receipt_no == result.receipt_no


def test_preview_paints_the_receipt(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        page._printer, "preview", lambda parent, pdf, title: shown.append((pdf, title))
    )
    qtbot.keyClick(page, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown[0][0].startswith(b"%PDF")
    assert page.last_result is not None
    assert page.last_result.receipt_no in shown[0][1]


def test_a_reading_entered_from_the_payment_screen_is_billed_and_shown(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    page = _make_page(qtbot, ctx, DocumentPrinter(tmp_path / "documents"), readings=True)
    assert page.readings_button.isVisible()
    number = debtor(ctx)
    _load(qtbot, page, number)
    bills_before = page.bills_model.rowCount()
    due_before = page.due_label.text()
    with ctx.db.read() as s:
        account_id = s.execute(select(Account.id).where(Account.number == number)).scalar_one()
    _, last = last_reading(ctx.db, account_id)
    seen: dict[str, object] = {}

    def enter_in_dialog(dialog: MeterReadingDialog) -> None:
        # Opened on the account on screen, ready for the reading.
        seen["account"] = dialog.account_input.text()
        seen["ready"] = dialog.reading.isEnabled()
        # A clerk enters readings; importing a file needs a manager.
        seen["import_allowed"] = dialog.choose_button.isEnabled()
        dialog.read_on.setDate(QDate(2026, 11, 20))
        dialog.reading.setText(str(Decimal(last) + 12))
        dialog.enter_button.click()
        seen["bill"] = dialog.bill_label.text()
        dialog.reject()

    when_shown(MeterReadingDialog, enter_in_dialog)
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)  # shortcuts need the active window
    qtbot.keyClick(page, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: "bill" in seen, timeout=5000)
    assert seen["account"] == number
    assert seen["ready"] is True
    assert seen["import_allowed"] is False
    assert "2026-11" in str(seen["bill"])
    # Back on the payment screen the new bill is among what is due.
    assert page.bills_model.rowCount() == bills_before + 1
    assert page.due_label.text() != due_before
    with ctx.db.read() as s:
        assert s.execute(
            select(Bill.id).where(Bill.account_id == account_id, Bill.period == "2026-11")
        ).scalar_one_or_none()


def test_cash_above_the_limit_is_taken_only_with_a_managers_approval(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    _open_at_debtor(qtbot, page, ctx)
    page.amount.setText("60000")  # above the ¥50,000.00 cash limit; the rest becomes credit
    page.cash_received.setText("60000")
    answers = iter(["cancel", "approve"])

    def answer(dialog: ApprovalDialog) -> None:
        if next(answers) == "cancel":
            dialog.reject()
            return
        dialog.employee_no.setText("M1001")
        dialog.password.setText(DEMO_PASSWORD)
        dialog.reason.setPlainText("客户预存全年燃气费，现金已双人清点")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with ctx.db.read() as s:
        before = s.execute(select(func.count()).select_from(Payment)).scalar_one()
    when_shown(ApprovalDialog, answer)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is None
    assert "needs a manager's approval" in page.error.text()
    assert page.confirm_button.isEnabled()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(Payment)).scalar_one() == before

    when_shown(ApprovalDialog, answer)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None, page.error.text()
    assert page.last_result.amount == Decimal("60000.00")
    with ctx.db.read() as s:
        approver = s.execute(
            select(Payment.approved_by).where(Payment.receipt_no == page.last_result.receipt_no)
        ).scalar_one()
        manager = s.execute(select(User.id).where(User.employee_no == "M1001")).scalar_one()
    assert approver == manager


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12.345", "The amount can have at most two decimal places (to the fen); it has 3."),
        ("100001", "A single amount cannot be more than ¥100,000.00."),
    ],
)
def test_bad_amounts_are_explained_in_english(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, typed: str, message: str
) -> None:
    from counter_app.views.translation import current_language

    assert current_language() == "en"
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    page.amount.setText(typed)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == message
    assert page.last_result is None


def test_bad_amount_is_explained_in_chinese_for_a_chinese_user(
    qtbot: QtBot, ctx: AppContext, zh: QApplication, tmp_path: Path
) -> None:
    from counter_app.views.translation import current_language

    assert current_language() == "zh_CN"
    chinese_page = _make_page(qtbot, ctx, DocumentPrinter(tmp_path / "documents"))
    qtbot.keyClicks(chinese_page.opening_float, "500")
    qtbot.mouseClick(chinese_page.open_shift_button, Qt.MouseButton.LeftButton)
    _load(qtbot, chinese_page, debtor(ctx))
    chinese_page.amount.setText("12.345")
    qtbot.mouseClick(chinese_page.confirm_button, Qt.MouseButton.LeftButton)
    assert chinese_page.error.text() == "金额最多两位小数（精确到分），现为 3 位"
    assert chinese_page.last_result is None


def test_a_counter_with_a_sheet_printer_prints_a5_receipts(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    page = _make_page(qtbot, ctx, DocumentPrinter(tmp_path / "documents"), receipt_layout="a5")
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_print is not None
    assert page.last_result is not None
    pdf = PdfReader(io.BytesIO(page.last_print.pdf_path.read_bytes()))
    width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (420, 595)  # A5 portrait, in points
    with ctx.db.read() as s:
        layout = s.execute(
            select(PrintedDocument.layout).where(
                PrintedDocument.doc_number == page.last_result.receipt_no
            )
        ).scalar_one()
    assert layout == "a5"


def test_an_approval_of_large_cash_does_not_cover_a_changed_amount(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    number = _open_at_debtor(qtbot, page, ctx)
    # The manager approved ¥60,000.00 in cash for this account a moment ago.
    clerk = page._payments.actor
    page._cash_approval = ctx.auth.approve(
        clerk,
        "M1001",
        DEMO_PASSWORD,
        action="large_cash",
        subject=f"account:{number}",
        reason="现金已双人清点",
    )
    page._cash_approved_amount = Decimal("60000.00")
    shown: list[bool] = []

    def cancel(dialog: ApprovalDialog) -> None:
        shown.append(True)
        dialog.reject()

    # The clerk then typed ¥70,000.00: the approval does not stretch to it.
    page.amount.setText("70000")
    page.cash_received.setText("70000")
    when_shown(ApprovalDialog, cancel)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert shown == [True]
    assert page.last_result is None

    # Back to the approved amount: it goes through without asking again.
    page.amount.setText("60000")
    page.cash_received.setText("60000")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None, page.error.text()
    assert shown == [True]


# ----------------------------------------------------------------------------- after a payment


def _bill_cells(page: PaymentPage) -> list[tuple[str, str, str]]:
    """(bill, paid, outstanding) as the bill list shows them."""
    model = page.bills_model
    return [
        tuple(model.data(model.index(row, column)) for column in (1, 2, 3))
        for row in range(model.rowCount())
    ]


def test_the_bill_list_shows_the_payment_at_once(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    """No stale "paid ¥0.00" rows after paying: the bills show as the payment left them."""
    number = _open_at_debtor(qtbot, page, ctx)
    before = page.bills_model.rows
    assert before
    assert all(b.paid_amount == 0 for b in before)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None, page.error.text()
    after = page.bills_model.rows
    assert [b.bill_id for b in after] == [b.bill_id for b in before]
    assert all(b.paid_amount == b.amount and b.outstanding == 0 for b in after)
    assert all(paid == bill and left == "¥0.00" for bill, paid, left in _bill_cells(page))
    assert page.due_label.text().startswith("Due: ¥0.00")
    # Loading the account again shows nothing is owed any more.
    page.account_input.clear()
    qtbot.keyClicks(page.account_input, number)
    qtbot.keyClick(page.account_input, Qt.Key.Key_Return)
    assert page.bills_model.rows == ()


def test_a_partial_payment_leaves_the_open_part_on_the_list(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    before = page.bills_model.rows
    oldest = before[0]
    part = (oldest.outstanding / 2).quantize(Decimal("0.01"))
    page.amount.setText(f"{part + page._late_fee():.2f}")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    result = page.last_result
    assert result is not None, page.error.text()
    after = {b.bill_id: b for b in page.bills_model.rows}
    assert after[oldest.bill_id].paid_amount == result.principal
    assert after[oldest.bill_id].outstanding == oldest.outstanding - result.principal
    still = sum((b.outstanding for b in after.values()), Decimal(0))
    assert f"bills ¥{still:,.2f}" in page.due_label.text()


def test_f3_selects_the_old_account_number(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    """After a payment the clerk presses F3 and types the next account: it replaces the old."""
    _open_shift(qtbot, page)
    first = debtor(ctx)
    _load(qtbot, page, first)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None
    page.confirm_button.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F3)
    assert page.account_input.hasFocus()
    assert page.account_input.selectedText() == first
    qtbot.keyClicks(page.account_input, "0100000002")
    assert page.account_input.text() == "0100000002"


def _one_day_overdue(ctx: AppContext, number: str) -> None:
    """The account's oldest open bill one day overdue, the others not due yet: its late fee
    is under ¥1.00."""
    with ctx.db.write() as s:
        bills = (
            s.execute(
                select(Bill)
                .join(Account, Account.id == Bill.account_id)
                .where(Account.number == number, Bill.status != BillStatus.PAID)
                .order_by(Bill.period)
            )
            .scalars()
            .all()
        )
        today = ctx.clock.now().date()
        for n, bill in enumerate(bills):
            bill.due_date = today - timedelta(days=1) if n == 0 else today + timedelta(days=9)


def test_a_late_fee_under_the_minimum_says_why_the_total_is_one_yuan(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    """docs/domain.md §4: the bill row shows its own late fee (e.g. ¥0.60) and the total the
    ¥1.00 charged; a note says why the two differ."""
    number = debtor(ctx)
    _one_day_overdue(ctx, number)
    _open_shift(qtbot, page)
    _load(qtbot, page, number)
    fees = sum((b.late_fee for b in page.bills_model.rows), Decimal(0))
    assert Decimal(0) < fees < Decimal("1.00")
    assert "late fee ¥1.00" in page.due_label.text()
    note = page.late_fee_note
    assert note.isVisible()
    assert note.text() == (
        f"Late fees under ¥1.00 are charged as ¥1.00: the bills' late fees of ¥{fees:.2f} "
        "become ¥1.00."
    )
    page.clear()
    assert not note.isVisible()


def test_no_minimum_note_without_a_top_up(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> None:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    due = page._due
    assert due is not None
    assert due.minimum_topup == 0
    assert not page.late_fee_note.isVisible()


class _SecondScreen:
    """A customer-facing monitor to the right of the counter's 1366×768 screen."""

    def availableGeometry(self) -> QRect:
        return QRect(1366, 0, 1024, 768)


@pytest.mark.parametrize("second_screen", [True, False], ids=["two screens", "one screen"])
def test_the_rating_asks_on_the_customers_screen_when_one_is_attached(
    qtbot: QtBot,
    page: PaymentPage,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    second_screen: bool,
) -> None:
    # docs/domain.md §12: the customer rates on the second screen; the clerk's is the fallback.
    clerk = QGuiApplication.primaryScreen()
    screens = [clerk, _SecondScreen()] if second_screen else [clerk]
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: screens))
    asked_at: list[QRect] = []

    def answer(dialog: SatisfactionDialog) -> int:
        asked_at.append(dialog.geometry())
        dialog.buttons[Satisfaction.SATISFIED].click()
        return int(dialog.result())

    monkeypatch.setattr(SatisfactionDialog, "exec", answer)
    page._ask_rating = True
    _open_at_debtor(qtbot, page, ctx)
    qtbot.keyClicks(page.cash_received, "1000")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None, page.error.text()

    assert len(asked_at) == 1
    centre = asked_at[0].center()
    on_customer_screen = QRect(1366, 0, 1024, 768).contains(centre)
    assert on_customer_screen is second_screen
    with ctx.db.read() as s:
        rated = s.execute(
            select(func.count())
            .select_from(SatisfactionRating)
            .where(SatisfactionRating.payment_id == page.last_result.payment_id)
        ).scalar_one()
    assert rated == 1


def test_a_suspended_account_says_so_at_the_payment_screen(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    from counter_app.domain.enums import AccountStatus

    _open_shift(qtbot, page)
    number = debtor(ctx)
    with ctx.db.write() as s:
        account = s.execute(select(Account).where(Account.number == number)).scalar_one()
        account.status = AccountStatus.SUSPENDED
    _load(qtbot, page, number)
    assert page.account_label.text().endswith("【Suspended】")
