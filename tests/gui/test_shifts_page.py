"""The Shift area through its real widgets: open with a counted float, take payments on the
payment screen, cash out, close with a difference the manager signs off at the counter, the
shift report printed; the next clerk at that counter reads and acknowledges the handover; the
manager's day close refuses while that clerk's shift is open and goes through once it is
closed, after which a void of the day is refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from payment_screen import debtor
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from test_payment_page import _make_page, _pdf_text
from test_payment_void import ModalScript, grant

from counter_app.context import AppContext, Services
from counter_app.db.models import BusinessDay, CashCount, CashMovement, Payment, Shift, User
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import BusinessDayStatus, CashMovementKind, ShiftStatus
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import VOID
from counter_app.views.approval import ApprovalDialog
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.printing import DocumentPrinter
from counter_app.views.reports.reports_page import ReportsPage
from counter_app.views.shifts.shift_dialogs import (
    CashMovementDialog,
    CloseShiftDialog,
    OpenShiftDialog,
)
from counter_app.views.shifts.shift_page import ShiftPage, ask_open_shift
from counter_app.views.timefmt import hall_today

MANAGER = "M1001"
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentPrinter:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)  # no printer: PDF copies
    return printer


def services_of(ctx: AppContext, employee_no: str, counter: int = 1) -> Services:
    return ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, counter))


def shift_page(qtbot: QtBot, services: Services, printer: DocumentPrinter) -> ShiftPage:
    page = ShiftPage(services.shifts, services.auth, printer)
    qtbot.addWidget(page)
    page.show()
    return page


def count(grid_owner: OpenShiftDialog | CloseShiftDialog, pieces: dict[str, str]) -> None:
    """Type the pieces of each denomination, as a clerk counting the drawer does."""
    for value, text in pieces.items():
        edit = grid_owner.grid.pieces[Decimal(value)]
        edit.setText(text)
        edit.textEdited.emit(text)


def open_with_count(pieces: dict[str, str], *, acknowledge: bool = False):  # type: ignore[no-untyped-def]
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, OpenShiftDialog), widget
        if acknowledge:
            assert widget.acknowledge is not None
            widget.acknowledge.setChecked(True)
        count(widget, pieces)
        widget.buttons.button(OK).click()

    return answer


def approve(employee_no: str):  # type: ignore[no-untyped-def]
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, ApprovalDialog), widget
        widget.employee_no.setText(employee_no)
        widget.password.setText(DEMO_PASSWORD)
        widget.buttons.button(OK).click()

    return answer


def drawer_of(ctx: AppContext, shift_id: int) -> dict[str, Decimal]:
    """The shift's money as its own rows say, not as the service adds it up."""
    with ctx.db.read() as s:
        received = s.execute(
            select(func.count(Payment.id)).where(Payment.shift_id == shift_id)
        ).scalar_one()
        moved_out = s.execute(
            select(func.count(CashMovement.id)).where(
                CashMovement.shift_id == shift_id,
                CashMovement.kind == CashMovementKind.CASH_OUT,
            )
        ).scalar_one()
    return {"payments": Decimal(received), "cash_outs": Decimal(moved_out)}


def test_a_day_from_the_counted_float_through_the_handover_to_the_day_close(
    qtbot: QtBot, ctx: AppContext, en: QApplication, printer: DocumentPrinter, tmp_path: Path
) -> None:
    clerk = services_of(ctx, "G1001")
    page = shift_page(qtbot, clerk, printer)
    assert page.open_button.isVisible()
    assert "No shift is open" in page.heading.text()

    # F8 on the payment screen with no float typed opens the same counting dialog.
    payments = _make_page(
        qtbot,
        ctx,
        printer,
        open_shift_dialog=lambda parent, text: ask_open_shift(clerk.shifts, parent, text),
    )
    with ModalScript([open_with_count({"100": "4", "50": "1", "10": "4", "0.50": "20"})]):
        payments.open_shift()
    assert "Shift open since" in payments.shift_label.text()
    page.refresh()
    figures = page.figures
    assert figures is not None
    assert figures.opening_float == Decimal("500.00")  # 400 + 50 + 40 + 10
    assert figures.opening_count is not None
    assert figures.opening_count[Decimal("0.50")] == 20
    with ctx.db.read() as s:
        shift = s.execute(select(Shift).where(Shift.status == ShiftStatus.OPEN)).scalar_one()
        counted = dict(
            s.execute(
                select(CashCount.denomination, CashCount.pieces).where(
                    CashCount.shift_id == shift.id, CashCount.phase == "open"
                )
            ).all()
        )
    assert counted[Decimal("100.00")] == 4

    # Two cash payments through the payment screen.
    payments._ask_rating = False
    taken = Decimal("0.00")
    receipts: list[str] = []
    for due in (Decimal("50.00"), Decimal("36.50")):  # to the jiao: the drawer has no fen
        payments.account_input.setText(debtor(ctx))
        payments.find_account()
        payments.amount.setText(str(due))
        payments.cash_received.setText("100")
        payments._update_change()
        payments.confirm()
        assert payments.last_result is not None, payments.error.text()
        receipts.append(payments.last_result.receipt_no)
        taken += due
    page.refresh()
    assert page.figures is not None
    assert page.figures.transactions == 2
    assert page._cash["expected_cash"].text() == f"¥{Decimal('500.00') + taken:,.2f}"
    assert page.receipt_range.text().count("H01-") == 2

    # Cash handed in to the safe, with its reason.
    def cash_out(widget: QWidget) -> None:
        assert isinstance(widget, CashMovementDialog)
        widget.amount.setText("300")
        widget.reason.setEditText("交款至保险柜")
        widget.buttons.button(OK).click()

    with ModalScript([cash_out]):
        page.book_movement(CashMovementKind.CASH_OUT)
    assert page.movements_model.rowCount() == 1
    expected = Decimal("500.00") + taken - Decimal("300.00")
    assert page.figures is not None
    assert page.figures.expected_cash == expected
    assert drawer_of(ctx, shift.id) == {"payments": Decimal(2), "cash_outs": Decimal(1)}

    # Close ¥10 short: a reason, the manager's credentials at this counter, the handover note.
    short = expected - Decimal("10.00")
    hundreds, rest = divmod(short, Decimal(100))
    tenths = (rest * 10).to_integral_value()

    def close(widget: QWidget) -> None:
        assert isinstance(widget, CloseShiftDialog)
        count(widget, {"100": str(hundreds), "0.10": str(tenths)})
        assert widget.difference.text() == "Cash short by ¥10.00"
        widget.variance_reason.setText("点钞差错")
        widget.handover_note.setPlainText("2号保险柜钥匙在主管处。")
        # Clicked once this step has returned: the approval it opens is the next step's.
        QTimer.singleShot(0, widget.buttons.button(OK).click)

    with ModalScript([close, approve(MANAGER)]) as script:
        page.close_shift()
    assert script.answered == ["CloseShiftDialog", "ApprovalDialog"]
    result = page.last_close
    assert result is not None, page.message.text()
    assert result.variance == Decimal("-10.00")
    assert "Cash short by ¥10.00" in page.message.text()
    with ctx.db.read() as s:
        closed = s.get(Shift, shift.id)
        assert closed is not None
        manager_id = s.execute(select(User.id).where(User.employee_no == MANAGER)).scalar_one()
    assert closed.status is ShiftStatus.CLOSED
    assert closed.variance == Decimal("-10.00")
    assert closed.variance_approved_by == manager_id
    assert closed.handover_note == "2号保险柜钥匙在主管处。"

    # The shift report, on the 80 mm roll of this counter.
    outcome = page.last_print
    assert outcome is not None
    assert not outcome.printed
    text = _pdf_text(outcome.pdf_path)
    assert "班次" in text
    assert "点钞差错" in text
    assert f"{expected:,.2f}" in text  # the cash expected
    assert f"{short:,.2f}" in text  # the cash counted
    assert "-10.00" in text or "短款" in text
    assert page.open_button.isVisible()
    page.reprint_report()  # another copy, entered in the register as 补打 1
    assert page.last_print is not None
    assert page.last_print.pdf_path.name.endswith("-reprint-1.pdf"), page.message.text()

    # The next clerk at counter 1 reads the note and acknowledges it when opening.
    payments.close()
    next_clerk = services_of(ctx, "G1002")
    next_page = shift_page(qtbot, next_clerk, printer)
    note = next_page.findChild(QPlainTextEdit, "handoverNote")
    assert note is not None
    assert "2号保险柜钥匙在主管处。" in note.toPlainText()

    def refuse_then_acknowledge(widget: QWidget) -> None:
        assert isinstance(widget, OpenShiftDialog)
        count(widget, {"100": "5"})
        widget.buttons.button(OK).click()  # not ticked: refused
        assert "Tick the handover" in widget.error.text()
        assert widget.isVisible()
        assert widget.acknowledge is not None
        widget.acknowledge.setChecked(True)
        widget.buttons.button(OK).click()

    with ModalScript([refuse_then_acknowledge]):
        next_page.open_shift()
    assert next_page.figures is not None
    assert next_page.figures.opening_float == Decimal("500.00")
    with ctx.db.read() as s:
        handed = s.get(Shift, shift.id)
        g1002 = s.execute(select(User.id).where(User.employee_no == "G1002")).scalar_one()
    assert handed is not None
    assert handed.handover_acknowledged_by == g1002
    assert handed.handover_acknowledged_at is not None
    assert next_page._handover_widget is None  # acknowledged: no longer shown

    # The manager's day close is refused while G1002's shift is open, and names it.
    manager = services_of(ctx, MANAGER, 2)
    reports = ReportsPage(
        manager.reports, manager.day_close, printer, ctx.clock, folder=tmp_path, refresh_ms=200
    )
    qtbot.addWidget(reports)
    reports.show()
    view = reports.day_close
    assert view is not None
    reports.tabs.setCurrentWidget(view)
    today = hall_today(ctx.clock)
    view.refresh()
    view.choose(today)
    view.ask_close_day()  # the question is answered yes
    assert view.last_close is None
    assert "G1002" in view.message.text(), view.message.text()
    with ctx.db.read() as s:
        state = s.execute(
            select(BusinessDay.status).where(BusinessDay.business_date == today)
        ).scalar_one()
    assert state is BusinessDayStatus.OPEN

    # G1002 closes on the Shift screen, the float untouched: even, no sign-off asked.
    def close_even(widget: QWidget) -> None:
        assert isinstance(widget, CloseShiftDialog)
        count(widget, {"100": "5"})
        assert widget.difference.text() == "No difference"
        widget.buttons.button(OK).click()

    with ModalScript([close_even]) as script:
        next_page.close_shift()
    assert script.answered == ["CloseShiftDialog"]
    assert next_page.last_close is not None, next_page.message.text()
    assert next_page.last_close.variance == Decimal("0.00")

    view.refresh()
    view.choose(today)
    view.ask_close_day()
    closed_day = view.last_close
    assert closed_day is not None, view.message.text()
    assert closed_day.business_date == today
    with ctx.db.read() as s:
        day_row = s.execute(select(BusinessDay).where(BusinessDay.business_date == today)).one()[0]
    assert day_row.status is BusinessDayStatus.CLOSED
    assert day_row.totals is not None

    # The next morning G1001 takes over counter 1 again: a void of yesterday's receipt is
    # refused, it is a refund now.
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.advance(days=1)
    morning = _make_page(
        qtbot,
        ctx,
        printer,
        open_shift_dialog=lambda parent, text: ask_open_shift(
            services_of(ctx, "G1001").shifts, parent, text
        ),
    )
    with ModalScript([open_with_count({"100": "5"}, acknowledge=True)]):
        morning.open_shift()
    assert "Shift open since" in morning.shift_label.text()
    approval = grant(ctx, morning, VOID, receipts[0])
    assert not morning.void(receipts[0], "客户要求", approval)
    assert "Refund" in morning.error.text(), morning.error.text()


def test_bad_counts_are_refused_with_a_message(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    clerk = services_of(ctx, "G1001")
    dialog = OpenShiftDialog(clerk.shifts, clerk.shifts.pending_handover())
    qtbot.addWidget(dialog)
    dialog.show()
    for typed in ("-3", "2.5", "十"):
        count(dialog, {"50": typed})
        assert dialog.grid.total_label.text() == "—"
        assert dialog.grid.error.text(), typed
        if dialog.acknowledge is not None:
            dialog.acknowledge.setChecked(True)
        dialog.open_shift()
        assert dialog.result_shift is None
        assert dialog.grid.error.text()
    count(dialog, {"50": "-3"})
    assert "negative" in dialog.grid.error.text().lower()
    assert clerk.shifts.current_shift() is None
    count(dialog, {"50": "10"})
    assert dialog.grid.total_label.text() == "¥500.00"
    assert not dialog.grid.error.text()
    dialog.open_shift()
    assert dialog.result_shift is not None, dialog.error.text()


def _open(clerk: Services, float_amount: str = "500.00") -> None:
    clerk.shifts.open_shift(Decimal(float_amount))


def test_a_difference_needs_a_reason(
    qtbot: QtBot, ctx: AppContext, en: QApplication, printer: DocumentPrinter
) -> None:
    clerk = services_of(ctx, "G1001")
    _open(clerk)
    dialog = CloseShiftDialog(clerk.shifts, clerk.auth, clerk.shifts.figures())
    qtbot.addWidget(dialog)
    dialog.show()
    count(dialog, {"100": "4"})  # ¥100 short
    assert dialog.difference.text() == "Cash short by ¥100.00"
    dialog.close_shift()
    assert "reason" in dialog.error.text().lower()
    assert dialog.result_close is None
    assert clerk.shifts.current_shift() is not None
    count(dialog, {"100": "6"})
    assert dialog.difference.text() == "Cash over by ¥100.00"
    assert dialog.variance_reason.isEnabled()
    count(dialog, {"100": "5"})
    assert dialog.difference.text() == "No difference"
    assert not dialog.variance_reason.isEnabled()
    dialog.close_shift()  # even: no reason, no sign-off
    assert dialog.result_close is not None, dialog.error.text()
    assert clerk.shifts.current_shift() is None


def test_a_manager_cannot_sign_off_their_own_shift(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    manager = services_of(ctx, MANAGER, 2)
    _open(manager)
    dialog = CloseShiftDialog(manager.shifts, manager.auth, manager.shifts.figures())
    qtbot.addWidget(dialog)
    dialog.show()
    count(dialog, {"100": "4", "50": "1", "20": "2"})  # ¥10 short
    dialog.variance_reason.setText("找零错误")
    refused: list[str] = []

    def own_credentials(widget: QWidget) -> None:
        assert isinstance(widget, ApprovalDialog)
        widget.employee_no.setText(MANAGER)
        widget.password.setText(DEMO_PASSWORD)
        widget.buttons.button(OK).click()
        refused.append(widget.error.text())
        assert widget.grant is None
        widget.reject()

    with ModalScript([own_credentials]):
        dialog.close_shift()
    assert refused
    assert refused[0]
    assert dialog.result_close is None
    assert "sign-off" in dialog.error.text()
    assert manager.shifts.current_shift() is not None


def test_a_shift_left_open_past_its_business_date_says_so(
    qtbot: QtBot, ctx: AppContext, en: QApplication, printer: DocumentPrinter
) -> None:
    clerk = services_of(ctx, "G1001")
    _open(clerk)
    page = shift_page(qtbot, clerk, printer)
    assert not page.warning.isVisible()
    ctx.clock.advance(days=1)  # type: ignore[attr-defined]
    page.refresh()
    assert page.warning.isVisible()
    assert "2026-11-23" in page.warning.text()


def test_f8_with_a_float_typed_opens_the_dialog_when_a_handover_waits(
    qtbot: QtBot, ctx: AppContext, en: QApplication, printer: DocumentPrinter
) -> None:
    first = services_of(ctx, "G1002")
    _open(first)
    first.shifts.close_shift({Decimal("100.00"): 5}, handover_note="零钱不多了")
    clerk = services_of(ctx, "G1001")
    payments = _make_page(
        qtbot,
        ctx,
        printer,
        open_shift_dialog=lambda parent, text: ask_open_shift(clerk.shifts, parent, text),
    )
    payments.opening_float.setText("300.00")
    seen: list[str] = []

    def acknowledge(widget: QWidget) -> None:
        assert isinstance(widget, OpenShiftDialog)
        seen.append(widget.amount.text())
        note = widget.findChild(QPlainTextEdit, "handoverNote")
        assert note is not None
        seen.append(note.toPlainText())
        assert widget.acknowledge is not None
        widget.acknowledge.setChecked(True)
        widget.buttons.button(OK).click()

    with ModalScript([acknowledge]) as script:
        payments.open_shift()
    assert script.answered == ["OpenShiftDialog"]
    assert seen[0] == "300.00"  # what was typed on the payment screen
    assert "零钱不多了" in seen[1]
    assert "Shift open since" in payments.shift_label.text()
    shift = clerk.shifts.current_shift()
    assert shift is not None
    assert shift.opening_float == Decimal("300.00")


def test_the_status_bar_and_the_payment_screen_follow_the_shift(
    qtbot: QtBot, ctx: AppContext, en: QApplication, printer: DocumentPrinter
) -> None:
    from test_main_window import _clerk_window

    window, _ = _clerk_window(qtbot, ctx)
    page = window.page("shift")
    payments = window.page("payments")
    assert isinstance(page, ShiftPage)
    assert isinstance(payments, PaymentPage)
    window.show_area("shift")
    assert window.status_shift.text() == "Shift: not open"
    with ModalScript([open_with_count({"100": "3"})]):
        page.open_shift()
    assert window.status_shift.text() == "Shift: open"
    assert "Shift open since" in payments.shift_label.text()

    def close_even(widget: QWidget) -> None:
        assert isinstance(widget, CloseShiftDialog)
        count(widget, {"100": "3"})
        widget.buttons.button(OK).click()

    with ModalScript([close_even]):
        page.close_shift()
    assert page.last_close is not None, page.message.text()
    assert window.status_shift.text() == "Shift: not open"
    assert "No shift is open" in payments.shift_label.text()
