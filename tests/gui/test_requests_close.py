"""A 销户 through the real screens: refused while a bill is unpaid, accepted once it is paid,
approved and dispatched, completed: the account is closed and the 结算单 prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from requests_steps import (
    MANAGER,
    debtor_account,
    pay_everything,
    pdf_text,
    printed,
    requests_page,
    take_step,
    window_for,
)
from sqlalchemy import func, select

from counter_app.context import AppContext
from counter_app.db.models import Account, Bill
from counter_app.domain.enums import AccountStatus, RequestStatus
from counter_app.services.requests.dto import Step
from counter_app.views.requests.intake_dialog import IntakeDialog


def _intake(page, account_id: int) -> IntakeDialog:  # type: ignore[no-untyped-def]
    dialog = page.new_request(account_id)
    assert isinstance(dialog, IntakeDialog)
    assert dialog.choose_type("CLOSE")
    for check in dialog.document_checks:
        check.setChecked(True)
    return dialog


def test_closure_waits_for_the_bills_then_closes_and_prints_the_settlement(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, services = window_for(qtbot, ctx, tmp_path, monkeypatch)
    account_id, _customer = debtor_account(ctx)
    page = requests_page(window)
    window.show_area("requests")

    dialog = _intake(page, account_id)
    dialog.accept_button.click()
    assert dialog.intake_result is None
    assert "still owes" in dialog.error.text(), dialog.error.text()
    assert dialog.isVisible()  # nothing saved; the clerk can pay and come back
    dialog.reject()

    pay_everything(services, account_id)
    dialog = _intake(page, account_id)
    dialog.accept_button.click()
    assert dialog.intake_result is not None, dialog.error.text()
    number = dialog.intake_result.request.summary.number
    view = page.detail
    assert view.detail is not None
    assert view.detail.summary.status is RequestStatus.PENDING_APPROVAL
    assert view.step_buttons[Step.DISPATCH].text() == "Approve and dispatch"

    take_step(view, Step.DISPATCH, team="表务班", approver=MANAGER)
    assert view.detail.summary.status is RequestStatus.DISPATCHED, view.message.text()
    take_step(view, Step.START)
    view.step_buttons[Step.COMPLETE].click()
    complete = view.step_dialog
    assert complete is not None
    assert "closes the account" in complete.effect.text()  # said before it is done
    complete.note.setPlainText("拆表，末次读数已抄")
    complete.ok_button.click()
    assert view.detail.summary.status is RequestStatus.COMPLETED, view.message.text()
    assert "Settlement slip" in view.message.text()

    with ctx.db.read() as s:
        status = s.execute(select(Account.status).where(Account.id == account_id)).scalar_one()
        account_number = s.execute(
            select(Account.number).where(Account.id == account_id)
        ).scalar_one()
        last_bill = s.execute(
            select(Bill.current_reading, Bill.current_read_on)
            .where(Bill.account_id == account_id)
            .order_by(Bill.current_read_on.desc())
            .limit(1)
        ).one()
        billed = s.execute(
            select(func.sum(Bill.amount)).where(Bill.account_id == account_id)
        ).scalar_one()
    assert status is AccountStatus.CLOSED
    text = " ".join(pdf_text(printed(tmp_path, "settlement_slip", number)).split())
    for expected in (
        "销户结算单",
        number,
        account_number,
        # the last reading, the final amounts (nothing owed, nothing left) and both signatures
        f"末次读数 {last_bill.current_reading:.3f} m³",
        f"{last_bill.current_read_on.year}年{last_bill.current_read_on.month}月"
        f"{last_bill.current_read_on.day}日",
        f"累计账单金额 ¥{billed:,.2f}",
        "欠费金额 ¥0.00",
        "账户余额 ¥0.00",
        "首问负责人 王芳（工号 G1001）",
        "客户签字",
        "经办人",
    ):
        assert expected in text, expected
