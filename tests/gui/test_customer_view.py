from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext
from counter_app.domain.enums import CustomerKind, DocumentType, PaymentKind, PaymentStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.identity import IdType, mask_phone, resident_id_check_digit
from counter_app.domain.permissions import Permission
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import (
    Customer360,
    PaymentRow,
    PrintedDocumentRow,
    RevealField,
)
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.customers.customer_view import CustomerView
from counter_app.views.customers.edit_dialog import EditCustomerDialog
from counter_app.views.errors import error_message
from counter_app.views.table_models import MUTED_GREY, WARNING_RED
from counter_app.views.translation import current_language

NEW_PHONE = "13912345678"


def _service(ctx: AppContext, employee_no: str = "G1001") -> CustomerService:
    actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1)
    return CustomerService(ctx.db, ctx.clock, actor)


@pytest.fixture
def customers(ctx: AppContext) -> CustomerService:
    return _service(ctx)


def _customer_with_arrears(customers: CustomerService) -> Customer360:
    for row in customers.search("号", limit=50).rows:
        data = customers.customer_360(row.customer_id)
        if data.total_arrears > 0 and data.bills:
            return data
    raise AssertionError("the demo data has no customer with arrears")


def _view(qtbot: QtBot, ctx: AppContext, customers: CustomerService) -> CustomerView:
    view = CustomerView(customers, ctx.clock)
    qtbot.addWidget(view)
    view.resize(1060, 700)
    view.show()
    return view


@pytest.fixture
def shown(
    qtbot: QtBot, ctx: AppContext, customers: CustomerService, en: QApplication
) -> tuple[CustomerView, Customer360]:
    data = _customer_with_arrears(customers)
    view = _view(qtbot, ctx, customers)
    assert view.show_customer(data.identity.customer_id)
    return view, data


def _changes_text(view: CustomerView) -> list[str]:
    model = view.changes_model
    return [
        " | ".join(model.data(model.index(r, c)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_identity_is_masked_and_totals_shown(shown: tuple[CustomerView, Customer360]) -> None:
    view, data = shown
    ident = data.identity
    assert view.name_label.text() == ident.name
    assert view.id_value.text() == ident.id_masked
    assert "*" in view.id_value.text()
    assert view.phone_value.text() == ident.phone_masked
    assert view.address_value.text() == ident.address
    assert view.id_caption.text() == "Resident ID card:"
    assert view.kind_label.text() == "Individual"
    assert view.accounts_model.rowCount() == len(data.accounts)
    assert view.arrears_label.text().endswith(f"{data.total_arrears:,.2f}")
    assert "b00020" in view.arrears_label.styleSheet()
    assert view.tabs.tabText(1) == f"Bills ({len(data.bills)})"
    assert view.current_account() == data.accounts[0]


def test_overdue_bills_are_red(shown: tuple[CustomerView, Customer360]) -> None:
    view, data = shown
    today = view.today()
    model = view.bills_model
    status_column = model.columnCount() - 1
    for row, bill in enumerate(data.bills):
        colour = model.data(model.index(row, status_column), Qt.ItemDataRole.ForegroundRole)
        overdue = bill.outstanding > 0 and bill.due_date < today
        assert (colour == WARNING_RED) is overdue, bill
        if overdue:
            assert model.data(model.index(row, status_column)).endswith("overdue")
    assert any(b.outstanding > 0 and b.due_date < today for b in data.bills)


def test_arrears_column_is_red_only_when_owed(shown: tuple[CustomerView, Customer360]) -> None:
    view, data = shown
    model = view.accounts_model
    arrears_column = [c.header for c in model.columns].index("Arrears")
    for row, account in enumerate(data.accounts):
        colour = model.data(model.index(row, arrears_column), Qt.ItemDataRole.ForegroundRole)
        assert (colour == WARNING_RED) is (account.arrears > 0)


def test_reveal_shows_the_full_id_and_is_audited(
    shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    cid = data.identity.customer_id
    view.reveal_id_button.click()
    full = view.id_value.text()
    assert "*" not in full
    assert full[:6] == data.identity.id_masked[:6]
    assert full[-4:] == data.identity.id_masked[-4:]
    assert not view.reveal_id_button.isEnabled()
    changes = customers.customer_360(cid).changes
    assert [(c.action, c.after.get("field")) for c in changes] == [("reveal", "id_number")]
    # The history shows the look after a refresh, with who looked.
    view.refresh_button.click()
    assert "*" in view.id_value.text()
    assert "Full ID number shown" in _changes_text(view)[0]
    assert "G1001" in _changes_text(view)[0]


def test_reveal_phone(shown: tuple[CustomerView, Customer360]) -> None:
    view, data = shown
    view.reveal_phone_button.click()
    assert mask_phone(view.phone_value.text()) == data.identity.phone_masked
    assert "*" not in view.phone_value.text()


def test_refused_reveal_shows_the_error(
    shown: tuple[CustomerView, Customer360],
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, data = shown

    def refuse(*_args: object) -> str:
        raise PermissionDenied("no", permission=Permission.CUSTOMER_REVEAL.value)

    monkeypatch.setattr(customers, "reveal", refuse)
    view.reveal_id_button.click()
    assert view.id_value.text() == data.identity.id_masked
    assert view.message.text() == error_message(PermissionDenied())
    assert not view.message.isHidden()


def _open_edit(view: CustomerView) -> EditCustomerDialog:
    view.edit_button.click()
    dialog = view.edit_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_edit_fields_are_prefilled_with_masks(shown: tuple[CustomerView, Customer360]) -> None:
    view, data = shown
    dialog = _open_edit(view)
    assert dialog.name.text() == data.identity.name
    assert dialog.id_number.text() == data.identity.id_masked
    assert dialog.phone.text() == data.identity.phone_masked
    assert dialog.address.text() == data.identity.address
    assert dialog.reason.text() == ""
    dialog.reject()


def test_invalid_phone_shows_its_error_and_saves_nothing(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    cid = data.identity.customer_id
    dialog = _open_edit(view)
    dialog.phone.setText("1391234")
    dialog.reason.setText("customer has a new phone")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = dialog.findChild(type(dialog.general_error), "error_phone")
    assert error is not None
    assert error.isVisible()
    assert error.text()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.general_error.isVisible()
    after = customers.customer_360(cid)
    assert after.identity.phone_masked == data.identity.phone_masked
    assert [c for c in after.changes if c.action == "update"] == []


def _individual(customers: CustomerService) -> Customer360:
    for row in customers.search("号", limit=50).rows:
        data = customers.customer_360(row.customer_id)
        if data.identity.kind is CustomerKind.INDIVIDUAL:
            return data
    raise AssertionError("the demo data has no individual customer")


def _type_wrong_check_digit(qtbot: QtBot, dialog: EditCustomerDialog) -> str:
    """Type a resident ID whose last character is wrong; returns the right check digit."""
    first17 = "11010519850317123"
    good = resident_id_check_digit(first17)
    dialog.id_type.setCurrentIndex(dialog.id_type.findData(IdType.RESIDENT_ID.value))
    dialog.id_number.setText(first17 + ("0" if good != "0" else "1"))
    dialog.reason.setText("ID card renewed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return good


@pytest.mark.parametrize(
    ("language", "explained"),
    [
        (
            "en",
            "The check digit of the ID card number is wrong: it should be {good}. "
            "Check the whole number digit by digit; the mistake may be in an earlier digit.",
        ),
        ("zh_CN", "身份证号校验位错误：应为 {good}。请逐位核对整个号码，输错的也可能是前面的数字"),
    ],
)
def test_wrong_id_check_digit_is_explained(
    qtbot: QtBot,
    ctx: AppContext,
    customers: CustomerService,
    request: pytest.FixtureRequest,
    language: str,
    explained: str,
) -> None:
    request.getfixturevalue("en" if language == "en" else "zh")
    assert current_language() == language
    data = _individual(customers)
    view = _view(qtbot, ctx, customers)
    assert view.show_customer(data.identity.customer_id)
    dialog = _open_edit(view)
    good = _type_wrong_check_digit(qtbot, dialog)

    error = dialog.errors["id_number"]
    assert error.isVisible()
    assert error.text() == explained.format(good=good)
    assert dialog.isVisible()
    assert customers.customer_360(data.identity.customer_id).identity == data.identity
    dialog.reject()


def test_missing_reason_is_shown_under_the_reason(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    dialog = _open_edit(view)
    dialog.phone.setText(NEW_PHONE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["reason"].isVisible()
    assert dialog.isVisible()
    assert customers.customer_360(data.identity.customer_id).identity == data.identity


def test_nothing_changed_is_said_not_saved(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    dialog = _open_edit(view)
    dialog.reason.setText("just looking")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.text() == "Nothing was changed."
    assert customers.customer_360(data.identity.customer_id).changes == ()


def test_valid_edit_changes_the_phone_and_the_history_shows_it(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    cid = data.identity.customer_id
    dialog = _open_edit(view)
    dialog.phone.setText(NEW_PHONE)
    dialog.reason.setText("customer has a new phone")
    with qtbot.waitSignal(view.customer_changed, timeout=1000) as changed:
        # Enter in the reason field confirms, as on every dialog of the counter.
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert changed.args == [cid]
    assert view.edit_dialog is None

    after = customers.customer_360(cid)
    assert after.identity.phone_masked == mask_phone(NEW_PHONE)
    assert view.phone_value.text() == mask_phone(NEW_PHONE)
    history = _changes_text(view)
    assert len(history) == 1
    assert "Corrected" in history[0]
    assert f"{data.identity.phone_masked} → {mask_phone(NEW_PHONE)}" in history[0]
    assert "customer has a new phone" in history[0]
    assert NEW_PHONE not in history[0]
    assert view.tabs.tabText(7) == "Change history (1)"


def test_esc_cancels_the_edit(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    dialog = _open_edit(view)
    dialog.phone.setText(NEW_PHONE)
    dialog.reason.setText("changed my mind")
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert customers.customer_360(data.identity.customer_id).changes == ()


def test_emergency_contact_needs_the_full_phone_again(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    cid = data.identity.customer_id
    dialog = _open_edit(view)
    dialog.emergency_name.setText("王小明")
    dialog.emergency_phone.setText("13800001111")
    dialog.reason.setText("customer added a contact")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert customers.customer_360(cid).identity.emergency_contact_masked == "王小明 138****1111"

    dialog = _open_edit(view)
    assert dialog.emergency_phone.text() == "138****1111"
    dialog.emergency_name.setText("王大明")
    dialog.reason.setText("typo in the name")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["emergency_phone"].isVisible()
    assert dialog.isVisible()
    dialog.reject()


def test_auditor_cannot_edit(
    qtbot: QtBot, ctx: AppContext, customers: CustomerService, en: QApplication
) -> None:
    data = _customer_with_arrears(customers)
    auditor = _service(ctx, "A1001")
    assert not auditor.actor.can(Permission.CUSTOMER_WRITE)
    view = _view(qtbot, ctx, auditor)
    assert view.show_customer(data.identity.customer_id)
    assert not view.edit_button.isEnabled()
    assert not view.pay_button.isEnabled()
    assert view.edit_customer() is None
    # Auditors verify identities, so they may reveal; the look is logged like anyone's.
    assert view.reveal_id_button.isEnabled()

    # Even if the dialog were reached, the service refuses and the dialog says so.
    dialog = EditCustomerDialog(auditor, data.identity)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText(NEW_PHONE)
    dialog.reason.setText("not allowed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.text() == error_message(PermissionDenied())
    assert dialog.isVisible()
    assert customers.customer_360(data.identity.customer_id).identity == data.identity


def test_reprint_emits_the_selected_document(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360]
) -> None:
    view, data = shown
    assert not view.reprint_button.isEnabled()  # nothing selected
    # Demo customers have printed nothing yet, so the register row is made here.
    document = PrintedDocumentRow(
        document_id=42,
        doc_type=DocumentType.RECEIPT,
        doc_number="R01-0001-00000001",
        printed_at=datetime(2026, 11, 23, 1, 0, tzinfo=UTC),
        reprint_no=0,
        printed=False,
        layout="receipt_80mm",
        user_employee_no="G1001",
        account_number=data.accounts[0].number,
    )
    view.set_data(dataclasses.replace(data, printed_documents=(document,)))
    assert view.tabs.tabText(5) == "Printed documents (1)"
    model = view.prints_model
    assert model.data(model.index(0, 0)) == "Receipt"
    assert model.data(model.index(0, 2)) == "2026-11-23 09:00"
    # Not on paper (the printer failed): red, so the clerk offers a reprint.
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) == WARNING_RED
    view.prints_table.selectRow(0)
    with qtbot.waitSignal(view.reprint_requested, timeout=1000) as reprint:
        view.reprint_button.click()
    assert reprint.args == [42]


def test_payments_show_yuan_and_voided_ones_grey(
    shown: tuple[CustomerView, Customer360],
) -> None:
    view, data = shown
    payment = PaymentRow(
        payment_id=7,
        receipt_no="R01-0001-00000007",
        account_number=data.accounts[0].number,
        kind=PaymentKind.POSTPAID,
        status=PaymentStatus.VOIDED,
        business_date=date(2026, 11, 23),
        created_at=datetime(2026, 11, 23, 2, 15, tzinfo=UTC),
        amount=Decimal("1234.5"),
        late_fee=Decimal("0.62"),
        clerk_employee_no="G1001",
    )
    view.set_data(dataclasses.replace(data, payments=(payment,)))
    model = view.payments_model
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "¥1,234.50" in texts
    assert "¥0.62" in texts
    assert "Voided" in texts
    assert "2026-11-23 10:15" in texts
    for column in range(model.columnCount()):
        colour = model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole)
        assert colour == MUTED_GREY


def test_refresh_and_edit_shortcuts(
    qtbot: QtBot, shown: tuple[CustomerView, Customer360], customers: CustomerService
) -> None:
    view, data = shown
    customers.reveal(data.identity.customer_id, RevealField.PHONE)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    qtbot.keyClick(view.accounts_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.tabText(7) == "Change history (1)"
    # A button's shortcut animates the click, so the dialog opens a moment later.
    qtbot.keyClick(view.accounts_table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.edit_dialog is not None, timeout=1000)
    assert view.edit_dialog is not None
    view.edit_dialog.reject()
