"""The customer 360 view's "Personal data…" button (docs/domain.md §11): a manager makes the
copy of a customer's data into a folder and erases it at the customer's request; a clerk has
no such button; a customer the hall still serves cannot be erased and the dialog says why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import Account, Hall, PrintedDocument
from counter_app.domain.enums import AccountStatus
from counter_app.domain.identity import IdType, resident_id_check_digit
from counter_app.services.accounts import AccountService
from counter_app.services.accounts_dto import AccountOpeningRequest, NewIndividual
from counter_app.services.customer_rights import CustomerRightsService
from counter_app.services.customers import CustomerService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.requests.service import RequestService
from counter_app.views import msgbox
from counter_app.views.customers.customer_view import CustomerView
from counter_app.views.customers.rights_dialog import EraseDataDialog, ExportDataDialog
from counter_app.views.printing import DocumentPrinter

NAME = "禤婕妤"
FIRST17 = "44010619880315262"
ID_NUMBER = FIRST17 + resident_id_check_digit(FIRST17)
PHONE = "13598761234"


def _no_longer_served(ctx: AppContext) -> int:
    """A customer whose only account is closed and whose opening was withdrawn."""
    auth = ctx.auth
    clerk = auth.sign_in("G1001", DEMO_PASSWORD, 1)
    opened = AccountService(ctx.db, ctx.clock, clerk).open_account(
        AccountOpeningRequest(
            supply_address="天河区华夏路28号1801室",
            utility_kind="gas",
            tariff_class="居民",
            billing_mode="postpaid",
            meter_number="GM5590000031",
            documents_received=(),
            new_customer=NewIndividual(
                name=NAME,
                id_type=IdType.RESIDENT_ID,
                id_number=ID_NUMBER,
                phone=PHONE,
                address="天河区珠江新城华夏路28号",
            ),
        )
    )
    RequestService(ctx.db, ctx.clock, clerk).withdraw(opened.request_id, "客户改期再办")
    # Closed directly: the 销户 itself has its tests in the requests area.
    with ctx.db.write() as s:
        account = s.get(Account, opened.account_id)
        assert account is not None
        account.status = AccountStatus.CLOSED
        account.closed_on = date(2026, 11, 23)
    return opened.customer_id


def _served_in_h01(ctx: AppContext) -> int:
    """A demo customer with an account of hall H01 in supply."""
    with ctx.db.read() as s:
        return int(
            s.execute(
                select(Account.customer_id)
                .join(Hall, Hall.id == Account.hall_id)
                .where(Hall.code == "H01", Account.status == AccountStatus.ACTIVE)
                .order_by(Account.customer_id)
                .limit(1)
            ).scalar_one()
        )


def _view(
    qtbot: QtBot, ctx: AppContext, employee_no: str, tmp_path: Path
) -> tuple[CustomerView, CustomerRightsService]:
    actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 2)
    view = CustomerView(CustomerService(ctx.db, ctx.clock, actor), ctx.clock)
    rights = CustomerRightsService(ctx.db, ctx.clock, actor)
    view.set_rights(rights, DocumentPrinter(tmp_path / "documents"), tmp_path)
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    return view, rights


def test_a_manager_makes_the_copy_and_erases_the_data_from_the_360_view(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_id = _no_longer_served(ctx)
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    view, _rights = _view(qtbot, ctx, "M1001", tmp_path)
    assert view.show_customer(customer_id)
    button = view.rights_button
    assert button is not None
    assert (button.isVisible(), button.isEnabled()) == (True, True)

    button.export_action.trigger()
    export = button.dialog
    assert isinstance(export, ExportDataDialog)
    qtbot.waitUntil(export.isVisible, timeout=20000)
    export.grab().save(str(tmp_path / "export_dialog.png"))
    assert not export.submit()  # no reason yet
    assert export.error.text()
    export.reason.setText("客户到柜台申请个人信息副本")
    assert export.submit()
    files = export.files
    assert files is not None
    assert (files.pdf_path.exists(), files.json_path.exists()) == (True, True)
    assert files.pdf_path.parent == tmp_path
    assert str(files.json_path) in told[-1]

    button.erase_action.trigger()
    erase = button.dialog
    assert isinstance(erase, EraseDataDialog)
    qtbot.waitUntil(erase.isVisible, timeout=20000)
    assert erase.ok.isEnabled()
    assert not erase.blockers.isVisible()
    erase.grab().save(str(tmp_path / "erase_dialog.png"))
    erase.reason.setText(f"{NAME} 申请删除")
    erase.submit()  # refused: the reason may not name the customer
    assert erase.done_result is None
    assert erase.isVisible()
    assert erase.ok.isEnabled()
    assert "name" in erase.error.text()
    erase.reason.clear()
    erase.reason.setText("客户书面申请删除个人信息，已核验身份证件")
    assert erase.submit()

    qtbot.waitUntil(lambda: view.anonymised_label.isVisible(), timeout=20000)
    assert view.name_label.text().startswith("已注销客户")
    assert (view.id_value.text(), view.phone_value.text()) == ("", "")
    assert not view.reveal_id_button.isVisible()


def test_a_customer_still_served_cannot_be_erased_and_the_dialog_says_why(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    view, _rights = _view(qtbot, ctx, "M1001", tmp_path)
    assert view.show_customer(_served_in_h01(ctx))
    assert view.rights_button is not None
    view.rights_button.erase_action.trigger()
    erase = view.rights_button.dialog
    assert isinstance(erase, EraseDataDialog)
    qtbot.waitUntil(erase.isVisible, timeout=20000)
    assert not erase.ok.isEnabled()
    assert not erase.reason.isEnabled()
    assert erase.blockers.isVisible()
    assert "not closed" in erase.blockers.text()


def test_a_clerk_has_no_personal_data_button(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    view, _rights = _view(qtbot, ctx, "G1001", tmp_path)
    assert view.show_customer(_served_in_h01(ctx))
    assert view.rights_button is None


def test_the_copy_is_made_off_the_gui_thread(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    threaded_loads: None,
) -> None:
    monkeypatch.setattr(msgbox, "information", lambda *_args: None)
    view, _rights = _view(qtbot, ctx, "M1001", tmp_path)
    customer_id = _served_in_h01(ctx)
    view.show_customer(customer_id)
    qtbot.waitUntil(lambda: view.customer_id == customer_id, timeout=20000)
    assert view.rights_button is not None
    export = view.rights_button.open_export()
    assert export is not None
    export.reason.setText("客户到柜台申请个人信息副本")
    assert export.submit()
    assert not export.ok.isEnabled()  # while the copy is being made
    qtbot.waitUntil(lambda: export.files is not None, timeout=20000)
    assert export.files is not None
    assert export.files.json_path.exists()
    qtbot.waitUntil(lambda: not export.isVisible(), timeout=20000)


def test_a_copy_asked_to_print_goes_through_the_print_step(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(DocumentPrinter, "default_printer", lambda _self: None)
    view, _rights = _view(qtbot, ctx, "M1001", tmp_path)
    assert view.show_customer(_served_in_h01(ctx))
    assert view.rights_button is not None
    export = view.rights_button.open_export()
    assert export is not None
    export.reason.setText("客户到柜台申请个人信息副本")
    export.print_copy.setChecked(True)
    assert export.submit()
    files = export.files
    assert files is not None
    # No printer here: the print step kept its PDF copy and says it did not print.
    assert "did not print" in told[-1]
    with ctx.db.read() as s:
        entry = s.get(PrintedDocument, files.issued.doc_id)
        assert entry is not None
        assert entry.printed is False
        assert entry.pdf_path is not None
        assert Path(entry.pdf_path).parent.parent == tmp_path / "documents"
