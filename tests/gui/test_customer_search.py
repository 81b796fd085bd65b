from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_customer_view import _service

from counter_app.context import AppContext
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import AccountOverview, Customer360, RevealField
from counter_app.services.search_dto import MatchKind, SearchRow
from counter_app.views.customers.search_page import CUSTOMER_PAGE, LIST_PAGE, CustomerSearchPage
from counter_app.views.errors import error_message


@pytest.fixture
def customers(ctx: AppContext) -> CustomerService:
    return _service(ctx)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, customers: CustomerService, en: QApplication):
    widget = CustomerSearchPage(customers, ctx.clock)
    qtbot.addWidget(widget)
    widget.resize(1060, 700)
    widget.show()
    return widget


def _demo_customer(customers: CustomerService, min_accounts: int = 1) -> Customer360:
    """A demo customer from the service itself, so the tests follow the demo data."""
    for row in customers.search("号", limit=50).rows:
        data = customers.customer_360(row.customer_id)
        if len(data.accounts) >= min_accounts:
            return data
    raise AssertionError("the demo data has no such customer")


def _search(page: CustomerSearchPage, text: str) -> tuple[SearchRow, ...]:
    # setText, not keyClicks: the test typing cannot send Chinese characters.
    page.search_box.setText(text)
    page.flush_search()
    return page.results_model.rows


def _open_by_number(
    page: CustomerSearchPage, customers: CustomerService
) -> tuple[AccountOverview, bool]:
    """Search a demo account by its number and open the best match; the account and whether
    it opened."""
    account = _demo_customer(customers).accounts[0]
    _search(page, account.number)
    return account, page.open_best_match()


def _cell(page: CustomerSearchPage, row: int, column: int) -> str:
    model = page.results_model
    return model.data(model.index(row, column))


def test_search_by_account_number(page: CustomerSearchPage, customers: CustomerService) -> None:
    account = _demo_customer(customers).accounts[0]
    rows = _search(page, account.number)
    assert [r.account_id for r in rows] == [account.account_id]
    assert _cell(page, 0, 0) == account.number
    assert _cell(page, 0, 6) == "Account no."
    assert page.status.text().startswith("Exact match")


def test_results_appear_while_typing(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    account = _demo_customer(customers).accounts[0]
    qtbot.keyClicks(page.search_box, account.number)
    # No flush: the pause after the last key runs the search by itself.
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 1, timeout=2000)
    assert page.results_model.rows[0].account_number == account.number


def test_search_by_phone_lists_it_masked(
    page: CustomerSearchPage, customers: CustomerService
) -> None:
    customer = _demo_customer(customers)
    phone = customers.reveal(customer.identity.customer_id, RevealField.PHONE)
    rows = _search(page, phone)
    assert rows
    assert {r.customer_id for r in rows} == {customer.identity.customer_id}
    assert {r.match for r in rows} == {MatchKind.PHONE}
    shown = _cell(page, 0, 2)
    assert shown == customer.identity.phone_masked
    assert phone not in shown


def test_search_by_name_prefix(page: CustomerSearchPage, customers: CustomerService) -> None:
    customer = _demo_customer(customers)
    prefix = customer.identity.name[:2]  # surname and the first given character
    rows = _search(page, prefix)
    mine = [r for r in rows if r.customer_id == customer.identity.customer_id]
    assert mine
    assert mine[0].match is MatchKind.NAME
    assert all(r.customer_name.startswith(prefix) for r in rows if r.match is MatchKind.NAME)


def test_search_by_address_fragment(page: CustomerSearchPage, customers: CustomerService) -> None:
    account = _demo_customer(customers).accounts[0]
    fragment = account.supply_address[3:8]  # past the district: the road and house number
    rows = _search(page, fragment)
    assert account.account_id in {r.account_id for r in rows}
    assert all(fragment in r.supply_address for r in rows)


def test_enter_opens_the_best_match_and_esc_returns_with_the_query(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    customer = _demo_customer(customers)
    account = customer.accounts[0]
    qtbot.keyClicks(page.search_box, account.number)
    # Enter right after the last key, as a scanner sends it: the pending search runs first.
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == CUSTOMER_PAGE
    assert page.view.name_label.text() == customer.identity.name
    assert page.view.current_account() == account
    assert account.number in page.view.selected_account_label.text()

    qtbot.keyClick(page.view.accounts_table, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == LIST_PAGE
    assert page.search_box.text() == account.number
    assert page.results_model.rows[0].account_id == account.account_id


def test_esc_from_the_search_box_also_returns(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    account, opened = _open_by_number(page, customers)
    assert opened
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == LIST_PAGE
    assert page.search_box.text() == account.number


def test_back_button_returns_to_the_list(
    page: CustomerSearchPage, customers: CustomerService
) -> None:
    account, _opened = _open_by_number(page, customers)
    assert page.status.isHidden()
    page.view.back_button.click()
    assert page.stack.currentIndex() == LIST_PAGE
    assert not page.status.isHidden()
    assert page.search_box.text() == account.number


def test_double_click_opens_the_row(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    rows = _search(page, "号")
    assert len(rows) > 1
    index = page.results_model.index(1, 1)
    rect = page.results.visualRect(index)
    viewport = page.results.viewport()
    # Qt's test double-click needs the press of the first click to reach the view.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.showing_customer()
    assert page.view.customer_id == rows[1].customer_id
    current = page.view.current_account()
    assert current is not None
    assert current.account_id == rows[1].account_id


def test_enter_on_a_selected_row_opens_it(qtbot: QtBot, page: CustomerSearchPage) -> None:
    rows = _search(page, "号")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert page.results.currentIndex().row() == 0
    page.results.setCurrentIndex(page.results_model.index(2, 0))
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.showing_customer()
    assert page.view.customer_id == rows[2].customer_id


def test_typing_while_a_customer_is_open_goes_back_to_the_list(
    page: CustomerSearchPage, customers: CustomerService
) -> None:
    _open_by_number(page, customers)
    page.search_box.setText("号")
    assert page.stack.currentIndex() == LIST_PAGE


def test_no_match_says_so(page: CustomerSearchPage) -> None:
    assert _search(page, "0999999999") == ()
    assert "No match" in page.status.text()
    assert not page.open_best_match()
    assert page.stack.currentIndex() == LIST_PAGE


def test_too_many_matches_asks_for_more(
    qtbot: QtBot, ctx: AppContext, customers: CustomerService, en: QApplication
) -> None:
    small = CustomerSearchPage(customers, ctx.clock, limit=2)
    qtbot.addWidget(small)
    _search(small, "号")
    assert small.results_model.rowCount() == 2
    assert small.status.text().startswith("More than 2 matches")


def test_short_address_fragment_note_is_shown(page: CustomerSearchPage) -> None:
    _search(page, "号")
    assert "Short address fragment" in page.status.text()


def test_empty_box_shows_the_hint(page: CustomerSearchPage) -> None:
    _search(page, "号")
    _search(page, "")
    assert page.results_model.rowCount() == 0
    assert page.status.text().startswith("Type an account number")


def test_database_outage_is_a_message_not_a_crash(
    page: CustomerSearchPage, customers: CustomerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*_args: object, **_kwargs: object) -> None:
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(customers, "search", down)
    assert _search(page, "0100000001") == ()
    assert page.status.text() == error_message(DatabaseUnavailable())
    assert not page.open_best_match()
    # The box stays usable and the next search runs again once the database is back.
    monkeypatch.undo()
    assert _search(page, "号")


def test_placeholder_names_every_key(page: CustomerSearchPage) -> None:
    assert page.search_box.objectName() == "customerSearch"
    text = page.search_box.placeholderText()
    for key in ("Account no.", "name", "mobile", "ID no.", "meter no.", "address", "scan"):
        assert key in text


def test_new_account_button_and_ctrl_n(qtbot: QtBot, page: CustomerSearchPage) -> None:
    with qtbot.waitSignal(page.open_account_requested, timeout=1000):
        page.new_account_button.click()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    with qtbot.waitSignal(page.open_account_requested, timeout=1000):
        qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def _second_account(customers: CustomerService) -> tuple[Customer360, AccountOverview]:
    customer = _demo_customer(customers, min_accounts=2)
    return customer, customer.accounts[1]


def test_actions_use_the_account_chosen_in_the_360_view(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    customer, second = _second_account(customers)
    cid = customer.identity.customer_id
    assert page.show_customer(cid)
    page.view.accounts_table.selectRow(1)
    assert page.view.current_account() == second

    with qtbot.waitSignal(page.pay_requested, timeout=1000) as paid:
        page.view.pay_button.click()
    assert paid.args == [second.account_id]
    with qtbot.waitSignal(page.new_request_requested, timeout=1000) as request:
        page.view.request_button.click()
    assert request.args == [second.account_id]
    with qtbot.waitSignal(page.complaint_requested, timeout=1000) as complaint:
        page.view.complaint_button.click()
    assert complaint.args == [cid, second.account_id]


def test_function_keys_trigger_the_actions(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    customer = _demo_customer(customers)
    account = customer.accounts[0]
    page.show_customer(customer.identity.customer_id, account.account_id)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    with qtbot.waitSignal(page.pay_requested, timeout=1000) as paid:
        qtbot.keyClick(page.view.accounts_table, Qt.Key.Key_F5)
    assert paid.args == [account.account_id]
    with qtbot.waitSignal(page.new_request_requested, timeout=1000):
        qtbot.keyClick(page.view.accounts_table, Qt.Key.Key_F6)
    with qtbot.waitSignal(page.complaint_requested, timeout=1000):
        qtbot.keyClick(page.view.accounts_table, Qt.Key.Key_F7)


def test_function_keys_do_nothing_on_the_list(
    qtbot: QtBot, page: CustomerSearchPage, customers: CustomerService
) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    with qtbot.assertNotEmitted(page.pay_requested):
        qtbot.keyClick(page.search_box, Qt.Key.Key_F5)


def test_given_name_finds_the_customer(
    page: CustomerSearchPage, customers: CustomerService
) -> None:
    """The clerk types the given name the customer says (艳芳 of 沈艳芳)."""
    customer = _demo_customer(customers)
    given = customer.identity.name[1:]
    assert 1 <= len(given) <= 2
    rows = _search(page, given)
    assert customer.identity.customer_id in {r.customer_id for r in rows}
    assert "address" not in page.status.text()


def test_short_name_part_without_match_is_not_called_an_address(page: CustomerSearchPage) -> None:
    assert _search(page, "翠翠") == ()
    text = page.status.text()
    assert text.startswith("No match")
    assert "Short address fragment" not in text
    assert "start or the end of a name" in text
