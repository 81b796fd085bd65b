"""The Requests area's lists, the emergency banner on a manager's window at another counter,
opening a request from the customer search box, and input the screens refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_dialogs import when_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from requests_steps import (  # noqa: F401 (clerk_fixture gives the clerk fixture)
    Clerk,
    accept_request,
    clerk_fixture,
    debtor_account,
    requests_page,
    take_step,
    window_for,
)

from counter_app.context import AppContext
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import RequestStatus
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.requests.dto import RequestList, Step
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.lock import LockDialog
from counter_app.views.requests.intake_dialog import IntakeDialog
from counter_app.views.table_models import WARNING_RED


def test_lists_show_overdue_in_red_and_emergencies_first(
    en: QApplication, clerk: Clerk, clock: FixedClock
) -> None:
    window, services, account_id = clerk
    late = accept_request(services, account_id, "METER", description="表计走字异常")
    clock.advance(days=20)  # well past its 5 working days
    leak = accept_request(services, account_id, "LEAK", description="厨房燃气味很重")

    page = requests_page(window)
    window.show_area("requests")
    page.show_list_of(RequestList.OPEN)
    rows = page.model.rows
    numbers = [r.number for r in rows]
    assert late.summary.number in numbers
    assert leak.summary.number in numbers
    emergencies = [r.emergency for r in rows]
    assert emergencies == sorted(emergencies, reverse=True)  # every emergency at the top
    assert rows[0].emergency
    row = page.model.find_row(lambda r: r.number == late.summary.number)
    assert page.model.rows[row].overdue
    for column in range(1, page.model.columnCount()):
        index = page.model.index(row, column)
        assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) == WARNING_RED
    assert "overdue" in page.status.text()

    page.show_list_of(RequestList.OVERDUE)
    assert late.summary.number in [r.number for r in page.model.rows]
    page.show_list_of(RequestList.MINE)
    assert all(r.owner_employee_no == "G1001" for r in page.model.rows)


def test_an_emergency_taken_at_one_counter_alerts_the_manager_at_another(
    qtbot: QtBot,
    ctx: AppContext,
    zh: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manager_window, _ = window_for(qtbot, ctx, tmp_path, monkeypatch, "M1001", counter=2)
    banner = manager_window.alert_banner
    banner.poll()
    already = len(banner.pending())
    clerk_window, _ = window_for(qtbot, ctx, tmp_path, monkeypatch, "G1002", counter=3)
    assert not clerk_window.alert_banner.isVisibleTo(clerk_window)  # clerks get no alerts
    account_id, _ = debtor_account(ctx)
    # The clerk takes the gas leak at the counter and sends the repair team at once.
    clerk_page = requests_page(clerk_window)
    clerk_window.show_area("requests")
    dialog = clerk_page.new_request(account_id)
    assert isinstance(dialog, IntakeDialog)
    assert dialog.choose_type("LEAK")
    assert dialog.team.isVisibleTo(dialog)
    dialog.description.setPlainText("楼道里有燃气味")
    dialog.team.setCurrentText("抢修班")
    dialog.accept_button.click()
    assert dialog.intake_result is not None, dialog.error.text()
    leak = dialog.intake_result.request
    assert leak.summary.emergency
    assert leak.summary.status is RequestStatus.DISPATCHED
    assert (tmp_path / "documents" / "work_order" / f"{leak.summary.number}.pdf").exists()

    # Within a few seconds, without anyone touching the manager's window.
    qtbot.waitUntil(lambda: len(banner.pending()) == already + 1, timeout=5000)
    assert banner.isVisibleTo(manager_window)
    assert leak.summary.number in banner.text.text()
    assert "紧急" in banner.text.text()

    banner.open_current()
    page = requests_page(manager_window)
    assert manager_window.current_area() == "requests"
    assert page.detail.detail is not None
    assert page.detail.detail.summary.number == leak.summary.number

    while banner.pending():
        banner.acknowledge_current()
    assert not banner.isVisibleTo(manager_window)
    banner.poll()
    assert not banner.pending()


def test_a_work_order_number_in_the_search_box_opens_the_request(
    qtbot: QtBot, clerk: Clerk
) -> None:
    window, services, account_id = clerk
    request = accept_request(services, account_id, "METER", description="表计检查")
    customers = window.page("customers")
    assert isinstance(customers, CustomerSearchPage)
    window.show_area("customers")
    # A scanner types the barcode and presses Enter.
    qtbot.keyClicks(customers.search_box, request.summary.number)
    qtbot.keyClick(customers.search_box, Qt.Key.Key_Return)
    page = requests_page(window)
    assert window.current_area() == "requests"
    assert page.showing_request()
    assert page.detail.detail is not None
    assert page.detail.detail.summary.number == request.summary.number
    # Typed (in lower case) into the Requests area's own box, too.
    page.show_list()
    page.number_box.setText(request.summary.number.lower())
    assert page.open_typed()
    page.number_box.setText("SRH01209912319999")
    assert not page.open_typed()
    assert page.status.isVisible()
    assert page.status.text()
    # Enter on the request in the 360 view's requests tab opens it as well.
    page.show_list()
    window.show_area("customers")
    assert customers.show_customer(request.customer_id or 0, account_id)
    table = customers.view.requests_table
    row = customers.view.requests_model.find_row(lambda r: r.number == request.summary.number)
    assert row >= 0
    table.activated.emit(customers.view.requests_model.index(row, 0))
    assert window.current_area() == "requests"
    assert page.showing_request()
    # And back: the request's screen opens its customer's 360 view on the account.
    page.detail.customer_button.click()
    assert window.current_area() == "customers"
    assert customers.showing_customer()
    current = customers.view.current_account()
    assert current is not None
    assert current.account_id == account_id


def test_a_repair_without_description_is_refused_and_nothing_is_saved(
    en: QApplication, qtbot: QtBot, clerk: Clerk
) -> None:
    window, services, account_id = clerk
    before = services.requests.for_account(account_id)
    page = requests_page(window)
    window.show_area("requests")
    page.new_button.click()  # Ctrl+N: the intake with no account yet
    dialog = page.intake_dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.context is None
    assert not dialog.errors["account"].isVisibleTo(dialog)
    assert not dialog.accept_button.isEnabled()
    dialog.account_input.setText("区")  # part of many addresses: the clerk picks the account
    assert dialog.find_account()
    assert dialog.account_choice.isVisibleTo(dialog)
    assert dialog.account_choice.count() > 1
    # Scanned: the number and the scanner's Enter find the account, and press nothing else.
    number = services.requests.intake_context(account_id).account_number
    dialog.account_input.clear()
    qtbot.keyClicks(dialog.account_input, number)
    qtbot.keyClick(dialog.account_input, Qt.Key.Key_Return)
    assert dialog.context is not None
    assert dialog.context.account_id == account_id
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.queue_ticket, "A017")
    qtbot.keyClick(dialog.queue_ticket, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.intake_result is None
    assert dialog.choose_type("REPAIR")
    assert "required" in dialog.rows["description"].text()
    dialog.accept_button.click()
    assert dialog.intake_result is None
    assert dialog.errors["description"].isVisible()
    assert dialog.errors["description"].text()
    assert services.requests.for_account(account_id) == before
    dialog.description.setPlainText("灶具打不着火")
    dialog.accept_button.click()
    assert dialog.intake_result is not None, dialog.error.text()


def test_only_the_allowed_steps_show_and_others_are_refused(en: QApplication, clerk: Clerk) -> None:
    window, services, account_id = clerk
    request = accept_request(services, account_id, "METER", description="换表")
    page = requests_page(window)
    window.show_area("requests")
    assert page.open_request(request.summary.id)
    view = page.detail
    assert view.detail is not None
    assert view.detail.summary.status is RequestStatus.ACCEPTED
    shown = {s for s, b in view.step_buttons.items() if b.isVisibleTo(view)}
    assert Step.DISPATCH in shown
    assert not shown & {Step.START, Step.COMPLETE, Step.CALLBACK, Step.ARCHIVE}
    assert view.take(Step.COMPLETE) is None  # a step not allowed opens nothing
    # Had the screen offered it anyway, the service refuses it in the user's words.
    from counter_app.views.requests.step_dialog import StepInput

    problem = view.run_step(StepInput(Step.COMPLETE, note="完工"))
    assert problem
    assert view.detail.summary.status is RequestStatus.ACCEPTED
    # A dispatch without a team is refused by the dialog before the service is asked.
    view.step_buttons[Step.DISPATCH].click()
    dialog = view.step_dialog
    assert dialog is not None
    dialog.team.setCurrentText("")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text()
    dialog.reject()
    assert view.detail.summary.status is RequestStatus.ACCEPTED


def test_two_counters_on_one_request_the_second_is_told_and_sees_it_as_it_is(
    en: QApplication,
    clerk: Clerk,
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, services, account_id = clerk
    request = accept_request(services, account_id, "METER", description="换表")
    other_window, _ = window_for(qtbot, ctx, tmp_path, monkeypatch, "G1002", counter=2)
    mine, theirs = requests_page(window), requests_page(other_window)
    for counter, page in ((window, mine), (other_window, theirs)):
        counter.show_area("requests")
        assert page.open_request(request.summary.id)
    take_step(theirs.detail, Step.DISPATCH, team="表务班")
    assert theirs.detail.detail is not None
    assert theirs.detail.detail.summary.status is RequestStatus.DISPATCHED

    # This counter still shows it accepted; its dispatch is refused in words, nothing changes.
    dialog = take_step(mine.detail, Step.DISPATCH, team="安装二班")
    assert dialog.isVisible()
    assert dialog.error.text()
    assert mine.detail.detail is not None
    assert mine.detail.detail.summary.status is RequestStatus.DISPATCHED  # reloaded
    assert mine.detail.facts["team"].text() == "表务班"
    dialog.reject()


def test_a_locked_managers_screen_says_an_emergency_waits_without_its_details(
    qtbot: QtBot,
    ctx: AppContext,
    en: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _ = window_for(qtbot, ctx, tmp_path, monkeypatch, "M1001", counter=2)
    _, clerk = window_for(qtbot, ctx, tmp_path, monkeypatch, "G1002", counter=3)
    account_id, _ = debtor_account(ctx)
    banner = window.alert_banner
    banner.poll()
    while banner.pending():
        banner.acknowledge_current()
    seen: dict[str, object] = {}

    def while_locked(dialog: LockDialog) -> None:
        seen["before"] = dialog.alert_notice.isVisibleTo(dialog)
        leak = accept_request(clerk, account_id, "LEAK", description="地下室燃气味")
        qtbot.waitUntil(lambda: dialog.alert_notice.isVisibleTo(dialog), timeout=5000)
        seen["notice"] = dialog.alert_notice.text()
        seen["number"] = leak.summary.number
        dialog.password.setText(DEMO_PASSWORD)
        dialog.password.returnPressed.emit()

    when_shown(LockDialog, while_locked)
    window.lock_screen()
    assert seen["before"] is False
    assert "emergency" in str(seen["notice"])
    assert str(seen["number"]) not in str(seen["notice"])  # the details stay behind the lock
    assert banner.isVisibleTo(window)  # unlocked: the banner with the details
    assert str(seen["number"]) in banner.text.text()


def test_a_year_without_holiday_data_counts_monday_to_friday_and_says_so(
    zh: QApplication, clerk: Clerk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holiday library does not know this year: the intake shows the deadline counted
    Monday to Friday with a warning before confirming, the request is saved with it, and
    the documents completed later say so too; nothing crashes."""
    from datetime import date

    from counter_app.domain import calendar as calendar_module
    from counter_app.services.requests.dto import IntakeRequest, RenameDetails

    window, services, account_id = clerk
    known = calendar_module._library_is_workday
    monkeypatch.setattr(
        calendar_module,
        "_library_is_workday",
        lambda day: None if day.year == 2026 else known(day),
    )
    warning = "2026 年无节假日数据：期限仅按周一至周五计算。"
    page = requests_page(window)
    window.show_area("requests")
    dialog = page.new_request(account_id)
    assert isinstance(dialog, IntakeDialog)
    assert dialog.choose_type("METER")
    dialog.description.setPlainText("表计走字异常")
    for check in dialog.document_checks:
        check.setChecked(True)
    dialog.update_preview()
    assert warning in dialog.preview.text()
    dialog.accept_button.click()
    assert dialog.intake_result is not None, dialog.error.text()
    deadline = dialog.intake_result.request.summary.deadline_at
    assert deadline is not None
    assert deadline.date() == date(2026, 11, 30)  # Monday 11-23 + 5 days, Monday to Friday

    types = services.requests.intake_context(account_id).types
    rename = next(t for t in types if t.code == "RENAME")
    waiting = services.requests.accept(
        IntakeRequest(
            service_type_id=rename.id,
            account_id=account_id,
            documents_received=(),
            details=RenameDetails("李新名"),
        )
    ).request
    assert page.open_request(waiting.summary.id)
    view = page.detail
    view.step_buttons[Step.COMPLETE_DOCUMENTS].click()
    step = view.step_dialog
    assert step is not None
    for check in step.document_checks:
        check.setChecked(True)
    step.ok_button.click()
    assert view.detail is not None
    assert view.detail.summary.status is RequestStatus.ACCEPTED, view.message.text()
    assert warning in view.message.text()
