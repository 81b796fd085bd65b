"""The Requests area's desk jobs through the real dialogs: a fee taken before dispatch with its
receipt, a work order reprinted, "how is my request?" answered and printed, the ledger saved."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from requests_steps import (  # noqa: F401 (clerk_fixture gives the clerk fixture)
    MANAGER,
    Clerk,
    accept_request,
    clerk_fixture,
    pdf_text,
    printed,
    requests_page,
    take_step,
    window_for,
)

from counter_app.context import AppContext
from counter_app.domain.enums import DocumentType, RequestStatus
from counter_app.services.requests.dto import RelocateDetails, Step
from counter_app.views.requests.desk_dialogs import LedgerDialog, StatusLookupDialog
from counter_app.views.requests.fee_dialog import FeeDialog


def test_a_fee_is_taken_before_dispatch_and_its_receipt_prints(
    en: QApplication, clerk: Clerk, tmp_path: Path
) -> None:
    window, services, account_id = clerk
    accepted = accept_request(
        services,
        account_id,
        "RELOCATE",
        details=RelocateDetails("东城区和平里街道安定门外大街188号院3号楼2单元501室"),
    )
    assert accepted.summary.fee > 0
    page = requests_page(window)
    window.show_area("requests")
    assert page.open_request(accepted.summary.id)
    view = page.detail
    assert "not paid" in view.facts["fee"].text()

    # Refused while the fee is unpaid (a manager approves first: the type needs it).
    dialog = take_step(view, Step.DISPATCH, team="安装一班", approver=MANAGER)
    assert view.detail is not None
    assert view.detail.summary.status is RequestStatus.PENDING_APPROVAL
    assert dialog.error.text()
    dialog.reject()

    services.shifts.open_shift(Decimal("500.00"))
    assert view.fee_button.isVisible()
    fee = view.pay_fee()
    assert isinstance(fee, FeeDialog)
    fee.cash_received.setText("300")
    assert "100.00" in fee.change.text()
    fee.ok_button.click()
    assert fee.fee_result is not None, fee.error.text()
    receipt_no = fee.fee_result.payment.receipt_no
    assert receipt_no in view.facts["fee"].text()
    assert receipt_no in view.message.text()
    assert not view.fee_button.isVisible()
    assert printed(tmp_path, "receipt", receipt_no).exists()

    take_step(view, Step.DISPATCH, team="安装一班", approver=MANAGER)
    assert view.detail.summary.status is RequestStatus.DISPATCHED, view.message.text()
    text = pdf_text(printed(tmp_path, "work_order", accepted.summary.number))
    assert accepted.summary.number in text
    assert receipt_no in text

    # 补打 of the work order, with its reason.
    assert view.reprint_document(DocumentType.WORK_ORDER, "施工队遗失工单") is None
    copies = list((tmp_path / "documents" / "work_order").glob("*reprint*.pdf"))
    assert copies, view.message.text()
    assert view.reprint_document(DocumentType.SETTLEMENT_SLIP, "客户要求")  # never printed


def test_how_is_my_request_is_answered_and_printed(
    zh: QApplication, clerk: Clerk, tmp_path: Path
) -> None:
    window, services, account_id = clerk
    context = services.requests.intake_context(account_id)
    request = accept_request(services, account_id, "METER", description="表计走字快")
    page = requests_page(window)
    window.show_area("requests")
    dialog = page.look_up()
    assert isinstance(dialog, StatusLookupDialog)
    dialog.query.setText("")
    assert dialog.look_up() == 0
    assert dialog.error.text()
    dialog.query.setText(context.account_number)
    assert dialog.look_up() >= 1
    dialog.query.setText(request.summary.number)
    assert dialog.look_up() == 1
    words = dialog.words.text()
    assert request.summary.number in words
    assert "王芳" in words  # who to ask
    assert dialog.print_selected()
    slips = list((tmp_path / "documents" / "request_status").glob("*.pdf"))
    assert len(slips) == 1
    text = pdf_text(slips[0])
    assert request.summary.number in text
    dialog.open_selected()
    assert page.showing_request()


def test_the_ledger_is_saved_for_a_date_range(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk_window, _ = window_for(qtbot, ctx, tmp_path, monkeypatch)
    assert not requests_page(clerk_window).ledger_button.isVisibleTo(clerk_window)  # clerks
    window, services = window_for(qtbot, ctx, tmp_path, monkeypatch, "M1001", counter=2)
    page = requests_page(window)
    window.show_area("requests")
    dialog = page.ledger()
    assert isinstance(dialog, LedgerDialog)
    target = tmp_path / "ledger.xlsx"
    chosen: list[str] = []

    def ask(_parent: object, caption: str, suggested: Path, _filter: str) -> Path:
        chosen.append(caption)
        return target

    monkeypatch.setattr("counter_app.views.requests.desk_dialogs.ask_workbook_path", ask)
    assert dialog.choose_and_export()
    assert chosen
    assert dialog.export is not None
    assert target.exists()
    start, end = dialog.period()
    rows = services.requests.ledger_rows(start, end)
    assert len(dialog.export.rows) == len(rows)
    assert str(len(rows)) in dialog.result_label.text()
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) >= 2
    # End before start: refused in words, no file.
    dialog.end.setDate(dialog.start.date().addDays(-1))
    other = tmp_path / "ledger2.xlsx"
    assert not dialog.export_to(other)
    assert dialog.error.text()
    assert not other.exists()
