"""A 过户 through the real screens: accepted from the 360 view with a document missing (the
一次性告知单 prints and lists it), completed later, approved by a manager at the counter,
dispatched, worked, completed, called back and archived; the account then belongs to the new
owner and still lists the old owner's payments."""

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
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import Account, Customer
from counter_app.domain.enums import RequestStatus
from counter_app.services.requests.dto import Step
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.requests.intake_dialog import IntakeDialog


def _other_customer(ctx: AppContext, not_id: int) -> tuple[int, str]:
    with ctx.db.read() as s:
        row = s.execute(
            select(Customer.id, Customer.name).where(Customer.id != not_id).order_by(Customer.id)
        ).first()
    assert row is not None
    return int(row[0]), str(row[1])


def test_transfer_from_intake_to_archive(
    qtbot: QtBot,
    ctx: AppContext,
    zh: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, services = window_for(qtbot, ctx, tmp_path, monkeypatch)
    account_id, old_owner = debtor_account(ctx)
    receipt_no = pay_everything(services, account_id)  # 过户 needs the arrears cleared
    new_owner, new_name = _other_customer(ctx, old_owner)

    # F6 in the 360 view opens the intake on that account.
    customers = window.page("customers")
    assert isinstance(customers, CustomerSearchPage)
    window.show_area("customers")
    assert customers.show_customer(old_owner, account_id)
    customers.view.select_account(account_id)
    customers.view.request_button.click()
    page = requests_page(window)
    assert window.current_area() == "requests"
    dialog = page.intake_dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.context is not None
    assert dialog.context.account_id == account_id
    assert dialog.choose_type("TRANSFER")
    picker = dialog.owner_picker
    assert picker is not None
    assert picker.isVisibleTo(dialog)
    picker.query.setText(new_name)
    assert picker.search() >= 1
    picker.choice.setCurrentIndex(picker.choice.findData(new_owner))
    assert len(dialog.document_checks) >= 2
    for check in dialog.document_checks[:-1]:
        check.setChecked(True)
    missing = dialog.document_checks[-1].text()
    # The deadline and status are on screen before confirming.
    assert "资料不全" in dialog.preview.text()
    assert missing in dialog.preview.text()
    dialog.accept_button.click()
    QApplication.processEvents()
    assert dialog.intake_result is not None, dialog.error.text()
    detail = dialog.intake_result.request
    number = detail.summary.number
    assert detail.summary.status is RequestStatus.INCOMPLETE
    notice = pdf_text(printed(tmp_path, "missing_documents", number))
    assert missing in notice
    assert number in notice
    assert "王芳（工号 G1001）" in notice  # the named owner (首问负责)

    # The request's screen shows it, with only the steps its status allows.
    view = page.detail
    assert page.showing_request()
    assert view.detail is not None
    assert view.detail.summary.number == number
    shown = {s for s, b in view.step_buttons.items() if b.isVisibleTo(view)}
    assert Step.COMPLETE_DOCUMENTS in shown
    assert Step.COMPLETE not in shown
    assert Step.ARCHIVE not in shown
    assert "王芳" in view.facts["owner"].text()  # the named owner (首问负责)

    # The customer brings the missing document.
    view.step_buttons[Step.COMPLETE_DOCUMENTS].click()
    step_dialog = view.step_dialog
    assert step_dialog is not None
    for check in step_dialog.document_checks:
        check.setChecked(True)
    step_dialog.ok_button.click()
    assert view.detail.summary.status is RequestStatus.PENDING_APPROVAL
    assert view.detail.summary.deadline_at is not None

    # Approved by the manager at this counter as part of the dispatch.
    take_step(view, Step.DISPATCH, team="营业厅业务组", approver=MANAGER)
    assert view.detail.summary.status is RequestStatus.DISPATCHED, view.message.text()
    assert view.detail.approved_by_name
    printed(tmp_path, "work_order", number)
    take_step(view, Step.START)
    take_step(view, Step.COMPLETE, note="新户主资料已核验，户名变更完成")
    assert view.detail.summary.status is RequestStatus.COMPLETED, view.message.text()
    callback = view.step_buttons[Step.CALLBACK]
    callback.click()
    assert view.step_dialog is not None
    view.step_dialog.satisfaction_buttons[next(iter(view.step_dialog.satisfaction_buttons))].click()
    view.step_dialog.ok_button.click()
    assert view.detail.summary.status is RequestStatus.CALLBACK_DONE, view.message.text()
    take_step(view, Step.ARCHIVE)
    assert view.detail.summary.status is RequestStatus.ARCHIVED
    assert not any(b.isVisibleTo(view) for b in view.step_buttons.values())
    statuses = [e.to_status for e in view.detail.events]
    assert statuses[0] is RequestStatus.INCOMPLETE
    assert statuses[-1] is RequestStatus.ARCHIVED
    assert view.timeline_model.rowCount() == len(view.detail.events)
    # The request's screen says whose the account was before and since when it is the new
    # owner's (the ownership history the 过户 left).
    holders = view.facts["holders"]
    assert holders.isVisibleTo(view)
    with ctx.db.read() as s:
        old_name = s.get(Customer, old_owner).name  # type: ignore[union-attr]
    assert holders.text().index(old_name) < holders.text().index(new_name)
    assert f"（经 {number}）" in holders.text()

    # The account passed to the new owner; the old owner's payment is still listed on it.
    with ctx.db.read() as s:
        assert s.get(Account, account_id).customer_id == new_owner  # type: ignore[union-attr]
    data = services.customers.customer_360(new_owner)
    assert any(a.account_id == account_id for a in data.accounts)
    assert receipt_no in {p.receipt_no for p in data.payments}
    window.show_area("customers")
    assert customers.show_customer(new_owner, account_id)
    receipts = customers.view.payments_model
    assert receipts.find_row(lambda p: p.receipt_no == receipt_no) >= 0

    # Both owners' 360 views list the account's holders on their own tab: the old owner still
    # sees the account they handed on, to whom and by which 过户.
    with ctx.db.read() as s:
        account_no = s.get(Account, account_id).number  # type: ignore[union-attr]
    for shown in (new_owner, old_owner):
        assert customers.show_customer(shown)
        view360 = customers.view
        view360.tabs.setCurrentIndex(0)  # under the accounts
        assert view360.ownership_table.isVisibleTo(view360)
        model = view360.ownership_model
        assert view360.ownership_caption.text().startswith("户主记录")
        assert f"（{model.rowCount()}）" in view360.ownership_caption.text()
        lines = [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        holders_of_account = [line for line in lines if line[0] == account_no]

        def named(name: str, customer: int, shown: int = shown) -> str:
            return f"{name}（本客户）" if customer == shown else name

        assert [(h[1], h[3], h[4]) for h in holders_of_account] == [
            (named(old_name, old_owner), holders_of_account[1][2], "开户"),
            (named(new_name, new_owner), "至今", number),
        ]


def test_a_transfer_on_an_account_that_owes_says_so_before_anything_is_typed(
    qtbot: QtBot,
    ctx: AppContext,
    zh: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, services = window_for(qtbot, ctx, tmp_path, monkeypatch)
    account_id, _ = debtor_account(ctx)
    arrears = services.requests.intake_context(account_id).arrears
    assert arrears > 0
    dialog = requests_page(window).new_request(account_id)
    assert isinstance(dialog, IntakeDialog)
    assert dialog.choose_type("TRANSFER")
    assert f"该户欠费 ¥{arrears:,.2f}" in dialog.preview.text()
    assert dialog.choose_type("RENAME")  # a 更名 does not wait for the bills
    assert "欠费" not in dialog.preview.text()
    dialog.reject()
