"""Open accounts through the real wizard widgets and read the printed PDF back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from modal_dialogs import when_shown
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.context import AppContext
from counter_app.db.models import Account, Bill, Customer, PrintedDocument
from counter_app.domain.enums import BillStatus
from counter_app.domain.identity import mask_phone, resident_id_check_digit
from counter_app.services import personal_data
from counter_app.services.accounts import AccountService
from counter_app.services.customers import CustomerService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views import msgbox
from counter_app.views.approval import ApprovalDialog
from counter_app.views.customers.opening_wizard import (
    PAGE_CUSTOMER,
    PAGE_RESULT,
    PAGE_SUPPLY,
    AccountOpeningWizard,
)
from counter_app.views.printing import DocumentPrinter
from counter_app.views.translation import current_language

ADDRESS = "东城区和平里街道安定门外大街188号院3号楼2单元501室"


def _id(first17: str = "11010519850317123") -> str:
    return first17 + resident_id_check_digit(first17)


def _make_wizard(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AccountOpeningWizard:
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)  # no printer on this machine
    w = AccountOpeningWizard(
        AccountService(ctx.db, ctx.clock, actor),
        CustomerService(ctx.db, ctx.clock, actor),
        ctx.auth,
        printer,
    )
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def wizard(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AccountOpeningWizard:
    return _make_wizard(qtbot, ctx, tmp_path, monkeypatch)


def _next(qtbot: QtBot, w: AccountOpeningWizard) -> None:
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _type_id_number(w: AccountOpeningWizard, id_number: str) -> None:
    """Type an ID number and leave the field: a customer who holds it is looked up."""
    page = w.customer_page
    page.id_number.setText(id_number)
    page.id_number.editingFinished.emit()


def _fill_customer(qtbot: QtBot, w: AccountOpeningWizard, id_number: str, name: str) -> None:
    page = w.customer_page
    _type_id_number(w, id_number)
    page.name.setText(name)  # Chinese goes in with setText, never keyClicks
    qtbot.keyClicks(page.phone, "13912345678")
    page.address.setText(ADDRESS)


def _fill_supply(qtbot: QtBot, w: AccountOpeningWizard, meter: str) -> None:
    w.supply_page.same_address.setChecked(True)
    qtbot.keyClicks(w.supply_page.meter_number, meter)


def _hand_in_every_document(qtbot: QtBot, w: AccountOpeningWizard) -> None:
    """Tick every document on the checklist and go on."""
    for check in w.documents_page.checks:
        check.setChecked(True)
    _next(qtbot, w)


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def _count(ctx: AppContext, model: type) -> int:
    with ctx.db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_new_individual_with_all_documents_prints_the_confirmation(
    qtbot: QtBot, wizard: AccountOpeningWizard, ctx: AppContext
) -> None:
    _fill_customer(qtbot, wizard, _id(), "陈晓明")
    _next(qtbot, wizard)
    _fill_supply(qtbot, wizard, "GM7000000001")
    _next(qtbot, wizard)
    _hand_in_every_document(qtbot, wizard)
    assert "陈晓明" in wizard.confirm_page.summary.text()
    _next(qtbot, wizard)  # Open account

    assert wizard.currentId() == PAGE_RESULT
    result = wizard.result_dto
    assert result is not None
    assert result.documents_complete
    assert wizard.printed is not None
    assert wizard.printed.kind == "account_opening"
    assert not wizard.printed.outcome.printed  # no printer: the PDF copy is kept
    text = _pdf_text(wizard.printed.outcome.pdf_path)
    assert "陈晓明" in text
    assert result.account_number in text
    assert ADDRESS in text
    assert "开户确认单" in text
    assert result.account_number in wizard.result_page.account_number.text()
    assert "reprint queue" in wizard.result_page.printing.text()
    with ctx.db.read() as s:
        row = s.execute(select(PrintedDocument)).scalars().one()
        assert (row.doc_number, row.printed, row.layout) == (result.account_number, False, "a4")


def test_missing_documents_print_the_one_time_notice_with_exactly_those(
    qtbot: QtBot, wizard: AccountOpeningWizard
) -> None:
    _fill_customer(qtbot, wizard, _id("11010519900101004"), "李思远")
    _next(qtbot, wizard)
    _fill_supply(qtbot, wizard, "GM7000000002")
    _next(qtbot, wizard)
    checks = wizard.documents_page.checks
    assert len(checks) == 3
    checks[0].setChecked(True)  # only the ID card
    missing = [c.text() for c in checks[1:]]
    _next(qtbot, wizard)
    assert "Missing (2)" in wizard.confirm_page.summary.text()
    _next(qtbot, wizard)

    assert wizard.currentId() == PAGE_RESULT
    assert wizard.printed is not None
    assert wizard.printed.kind == "missing_documents"
    text = _pdf_text(wizard.printed.outcome.pdf_path)
    assert "一次性告知单" in text
    assert "李思远" in text
    section = text[text.index("尚需补交的材料") :]
    assert "共2项" in section
    for doc in missing:
        assert doc in section
    assert checks[0].text() not in section
    assert wizard.result_dto is not None
    assert wizard.result_dto.documents_missing == tuple(missing)


def _open_with_wrong_check_digit(qtbot: QtBot, wizard: AccountOpeningWizard) -> str:
    """Go through the wizard with a wrong last ID character; returns the right one."""
    good = _id()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    _fill_customer(qtbot, wizard, bad, "王五")
    _next(qtbot, wizard)
    _fill_supply(qtbot, wizard, "GM7000000003")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # Open account: refused
    return good[-1]


def test_wrong_check_digit_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, wizard: AccountOpeningWizard, ctx: AppContext
) -> None:
    assert current_language() == "en"
    before = (_count(ctx, Customer), _count(ctx, Account))
    expected = _open_with_wrong_check_digit(qtbot, wizard)

    assert wizard.currentId() == PAGE_CUSTOMER
    label = wizard.customer_page.person.errors["id_number"]
    assert label.isVisible()
    assert label.text() == (  # in the user's language, naming the expected check digit
        f"The check digit of the ID card number is wrong: it should be {expected}. "
        "Check the whole number digit by digit; the mistake may be in an earlier digit."
    )
    assert (_count(ctx, Customer), _count(ctx, Account)) == before


def test_wrong_check_digit_is_worded_in_chinese_for_a_chinese_user(
    qtbot: QtBot, ctx: AppContext, zh: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert current_language() == "zh_CN"
    wizard = _make_wizard(qtbot, ctx, tmp_path, monkeypatch)
    expected = _open_with_wrong_check_digit(qtbot, wizard)

    assert wizard.currentId() == PAGE_CUSTOMER
    label = wizard.customer_page.person.errors["id_number"]
    assert label.isVisible()
    assert label.text() == (
        f"身份证号校验位错误：应为 {expected}。请逐位核对整个号码，输错的也可能是前面的数字"
    )


def test_arrears_need_a_manager_at_the_counter(
    qtbot: QtBot, wizard: AccountOpeningWizard, ctx: AppContext
) -> None:
    with ctx.db.read() as s:
        debtor = s.execute(
            select(Customer)
            .join(Account, Account.customer_id == Customer.id)
            .join(Bill, Bill.account_id == Account.id)
            .where(Bill.status == BillStatus.UNPAID, Customer.id_number_bidx.is_not(None))
            .limit(1)
        ).scalar_one()
        id_number, name = personal_data.reveal(s, debtor)["id_number"], debtor.name
    assert id_number is not None
    _fill_customer(qtbot, wizard, id_number, name)
    assert "must approve" in wizard.customer_page.found.text()
    _next(qtbot, wizard)
    _fill_supply(qtbot, wizard, "GM7000000004")
    _next(qtbot, wizard)
    _hand_in_every_document(qtbot, wizard)

    seen: dict[str, str] = {}

    def approve(dialog: ApprovalDialog) -> None:
        qtbot.keyClicks(dialog.employee_no, "G1002")  # a clerk cannot approve
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        dialog.reason.setPlainText("客户承诺本周内结清欠费")
        approve_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(approve_button, Qt.MouseButton.LeftButton)
        seen["clerk_error"] = dialog.error.text()
        dialog.employee_no.setText("M1001")
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        qtbot.mouseClick(approve_button, Qt.MouseButton.LeftButton)

    when_shown(ApprovalDialog, approve)
    _next(qtbot, wizard)

    assert "role does not allow" in seen["clerk_error"]
    assert wizard.currentId() == PAGE_RESULT
    assert wizard.result_dto is not None
    assert wizard.result_dto.arrears_override_approval_id is not None
    assert wizard.result_dto.customer_created is False


# ----------------------------------------------------------------------------- each page checked


class _Questions:
    """Answers the "discard what was typed?" question and remembers that it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.asked: list[str] = []
        self.answer = answer
        monkeypatch.setattr(msgbox, "question", self._ask)

    def _ask(self, _parent: object, title: str, _text: str) -> bool:
        self.asked.append(title)
        return self.answer


def _wrong_check_digit() -> str:
    good = _id()
    return good[:-1] + ("0" if good[-1] != "0" else "1")


def test_a_wrong_check_digit_stops_next_on_the_customer_page(
    qtbot: QtBot, wizard: AccountOpeningWizard, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(wizard._accounts, "open_account", lambda *a, **k: opened.append(a) or None)
    _fill_customer(qtbot, wizard, _wrong_check_digit(), "王五")
    _next(qtbot, wizard)

    assert wizard.currentId() == PAGE_CUSTOMER
    label = wizard.customer_page.person.errors["id_number"]
    assert label.isVisible()
    assert "check digit" in label.text()
    assert wizard.focusWidget() is wizard.customer_page.id_number
    assert opened == []  # nothing reached the service's opening


def test_an_empty_customer_page_names_every_missing_field(
    qtbot: QtBot, wizard: AccountOpeningWizard
) -> None:
    _next(qtbot, wizard)

    assert wizard.currentId() == PAGE_CUSTOMER
    errors = wizard.customer_page.person.errors
    shown = {field for field, label in errors.items() if label.isVisible()}
    assert shown == {"id_number", "name", "phone", "address"}
    assert all(errors[f].text() for f in shown)


def test_a_field_is_checked_when_it_is_left_and_cleared_when_corrected(
    qtbot: QtBot, wizard: AccountOpeningWizard
) -> None:
    page = wizard.customer_page
    qtbot.keyClicks(page.id_number, _wrong_check_digit())
    qtbot.keyClick(page.id_number, Qt.Key.Key_Tab)  # leaves the field
    label = page.person.errors["id_number"]
    assert label.isVisible()
    assert "check digit" in label.text()

    qtbot.keyClick(page.id_number, Qt.Key.Key_Backspace)
    assert label.isVisible()  # still wrong: 17 digits
    qtbot.keyClicks(page.id_number, _id()[-1])
    assert not label.isVisible()  # corrected: the message goes at once
    assert label.text() == ""

    page.phone.setFocus()
    qtbot.keyClicks(page.phone, "1391234")
    qtbot.keyClick(page.phone, Qt.Key.Key_Tab)
    assert page.person.errors["phone"].isVisible()
    # Tabbing through a field not typed in yet says nothing; 下一步 does.
    assert not page.person.errors["address"].isVisible()
    assert not page.person.errors["name"].isVisible()


def _type_known_individual(w: AccountOpeningWizard, ctx: AppContext) -> Customer:
    """Type the ID number of a customer on record who owes nothing; returns the customer."""
    known = _stored_individual(ctx)
    id_number = _clear(ctx, known)["id_number"]
    assert id_number is not None
    _type_id_number(w, id_number)
    return known


def _clear(ctx: AppContext, customer: Customer) -> dict[str, str | None]:
    """The customer's personal fields as stored, sealed ones opened."""
    with ctx.db.read() as s:
        return personal_data.reveal(s, s.get_one(Customer, customer.id))


def _stored_individual(ctx: AppContext) -> Customer:
    """A customer on record who owes nothing (a debtor would need a manager)."""
    owing = (
        select(Account.customer_id)
        .join(Bill, Bill.account_id == Account.id)
        .where(Bill.status != BillStatus.PAID)
    )
    with ctx.db.read() as s:
        customer = s.execute(
            select(Customer)
            .where(
                Customer.id_number_bidx.is_not(None),
                Customer.anonymised_at.is_(None),
                Customer.id.not_in(owing),
            )
            .order_by(Customer.id)
            .limit(1)
        ).scalar_one()
        s.expunge(customer)
    return customer


def test_an_existing_customer_is_filled_in_and_locked_then_used(
    qtbot: QtBot, wizard: AccountOpeningWizard, ctx: AppContext
) -> None:
    known = _type_known_individual(wizard, ctx)
    page = wizard.customer_page

    assert known.name in page.found.text()
    assert page.name.text() == known.name
    assert page.phone.text() == mask_phone(_clear(ctx, known)["phone"] or "")  # masked
    assert page.address.text() == known.address
    for field in (page.name, page.phone, page.address, page.emergency_name, page.emergency_phone):
        assert field.isReadOnly()
    before = _count(ctx, Customer)

    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUPPLY
    _fill_supply(qtbot, wizard, "GM7000000011")
    assert wizard.supply_page.supply_address.text() == known.address
    _next(qtbot, wizard)
    _hand_in_every_document(qtbot, wizard)
    assert known.name in wizard.confirm_page.summary.text()
    _next(qtbot, wizard)  # Open account
    assert wizard.currentId() == PAGE_RESULT
    result = wizard.result_dto
    assert result is not None
    assert (result.customer_id, result.customer_created) == (known.id, False)
    assert _count(ctx, Customer) == before


def test_changing_the_id_number_releases_the_locked_fields(
    qtbot: QtBot, wizard: AccountOpeningWizard, ctx: AppContext
) -> None:
    _type_known_individual(wizard, ctx)
    page = wizard.customer_page
    assert page.name.isReadOnly()

    page.id_number.selectAll()
    qtbot.keyClicks(page.id_number, _id())  # a new customer's number
    qtbot.keyClick(page.id_number, Qt.Key.Key_Tab)

    assert page.existing is None
    assert page.found.text() == ""
    for field in (page.name, page.phone, page.address):
        assert not field.isReadOnly()
        assert field.text() == ""  # nothing of the other customer's record stays


def test_the_supply_page_needs_a_meter_number(qtbot: QtBot, wizard: AccountOpeningWizard) -> None:
    _fill_customer(qtbot, wizard, _id(), "陈晓明")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUPPLY
    wizard.supply_page.same_address.setChecked(True)
    _next(qtbot, wizard)

    assert wizard.currentId() == PAGE_SUPPLY
    assert wizard.supply_page.form.errors["meter_number"].isVisible()
    assert wizard.focusWidget() is wizard.supply_page.meter_number


# ----------------------------------------------------------------------------- typed work kept


def test_typing_starts_in_the_id_number_and_shift_tab_never_reaches_cancel(
    qtbot: QtBot, wizard: AccountOpeningWizard
) -> None:
    page = wizard.customer_page
    assert wizard.focusWidget() is page.id_number

    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    widget = page.id_number
    for _ in range(30):  # the whole Tab chain, backwards
        qtbot.keyClick(widget, Qt.Key.Key_Backtab)
        widget = wizard.focusWidget()
        assert widget is not cancel
        if widget is page.id_number:
            break
    assert widget is page.id_number

    _fill_customer(qtbot, wizard, _id(), "陈晓明")
    _next(qtbot, wizard)
    assert wizard.focusWidget() is wizard.supply_page.supply_address


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_a_filled_wizard_asks_before_it_is_thrown_away(
    qtbot: QtBot, wizard: AccountOpeningWizard, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    questions = _Questions(monkeypatch, answer=False)
    _fill_customer(qtbot, wizard, _id(), "陈晓明")

    def discard() -> None:
        if how == "escape":
            qtbot.keyClick(wizard.customer_page.name, Qt.Key.Key_Escape)
        elif how == "cancel":  # Space on 取消
            cancel = wizard.button(QWizard.WizardButton.CancelButton)
            cancel.setFocus()
            qtbot.keyClick(cancel, Qt.Key.Key_Space)
        else:  # the window's close button
            wizard.closeEvent(_WindowSystemClose())

    discard()
    assert len(questions.asked) == 1
    assert wizard.isVisible()
    assert wizard.customer_page.name.text() == "陈晓明"

    questions.answer = True
    with qtbot.waitSignal(wizard.rejected, timeout=1000):
        discard()
    assert len(questions.asked) == 2


class _WindowSystemClose(QCloseEvent):
    """A close event as the window manager sends it (close button, Alt+F4)."""

    def spontaneous(self) -> bool:
        return True


def test_an_untouched_wizard_and_a_finished_one_close_without_asking(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = _Questions(monkeypatch, answer=False)
    untouched = _make_wizard(qtbot, ctx, tmp_path, monkeypatch)
    with qtbot.waitSignal(untouched.rejected, timeout=1000):
        qtbot.keyClick(untouched.customer_page.id_number, Qt.Key.Key_Escape)

    finished = _make_wizard(qtbot, ctx, tmp_path / "second", monkeypatch)
    _fill_customer(qtbot, finished, _id("11010519900101004"), "李思远")
    _next(qtbot, finished)
    _fill_supply(qtbot, finished, "GM7000000012")
    _next(qtbot, finished)
    _next(qtbot, finished)
    _next(qtbot, finished)
    assert finished.currentId() == PAGE_RESULT
    with qtbot.waitSignal(finished.rejected, timeout=1000):
        qtbot.keyClick(finished, Qt.Key.Key_Escape)
    assert questions.asked == []


def test_an_organisation_page_is_checked_too(qtbot: QtBot, wizard: AccountOpeningWizard) -> None:
    page = wizard.customer_page
    qtbot.mouseClick(page.organisation, Qt.MouseButton.LeftButton)
    assert wizard.focusWidget() is page.credit_code
    qtbot.keyClicks(page.credit_code, "91110000ABCDEFGH12")  # not a valid check character
    qtbot.keyClick(page.credit_code, Qt.Key.Key_Tab)
    assert page.company.errors["credit_code"].isVisible()

    _next(qtbot, wizard)

    assert wizard.currentId() == PAGE_CUSTOMER
    shown = {field for field, label in page.company.errors.items() if label.isVisible()}
    assert shown == {"credit_code", "name", "contact_person", "phone", "address"}
