"""The Complaints area among the others: F7 in a customer's 360 view accepts a complaint from
that customer, the 360 view's list opens one, a customer at the counter is told how theirs
stands by its number or phone, and the manager exports the ledger (docs/domain.md §7)."""

from __future__ import annotations

from complaints_steps import (  # noqa: F401 (desk_fixture gives the desk fixture)
    MANAGER,
    Desk,
    accept_directly,
    desk_fixture,
    fill_intake,
)
from openpyxl import load_workbook

from counter_app.views.complaints.complaints_page import ComplaintsPage
from counter_app.views.customers.search_page import CustomerSearchPage


def test_f7_in_the_360_view_accepts_a_complaint_from_that_customer(desk: Desk) -> None:
    window, _services = desk.window()
    customers = window.page("customers")
    complaints = window.page("complaints")
    assert isinstance(customers, CustomerSearchPage)
    assert isinstance(complaints, ComplaintsPage)
    customers.search_box.setText("区")
    customers.flush_search()
    assert customers.open_best_match()
    view = customers.view
    account = view.current_account()
    assert account is not None
    assert view.data is not None
    view.complaint_button.click()

    assert window.current_area() == "complaints"
    dialog = complaints.intake_dialog
    assert dialog is not None
    assert dialog.name.text() == view.data.identity.name
    assert dialog.phone.text()  # the full phone, not the mask
    assert "*" not in dialog.phone.text()
    assert dialog.account_id == account.account_id
    fill_intake(dialog, name=dialog.name.text(), phone=dialog.phone.text())
    assert dialog.save()
    number = complaints.detail.number_label.text()
    assert complaints.detail.facts["account"].text() == account.number

    # Back in the 360 view the complaint is listed, and Enter on it opens it here.
    window.show_area("customers")
    view.refresh()
    row = view.complaints_model.find_row(lambda c: c.number == number)
    assert row >= 0
    complaints.show_list()
    view.complaints_table.activated.emit(view.complaints_model.index(row, 0))
    assert window.current_area() == "complaints"
    assert complaints.showing_detail()
    assert complaints.detail.number_label.text() == number


def test_lookup_by_number_or_phone_for_a_customer_at_the_counter(desk: Desk) -> None:
    page, services = desk.page()
    first = accept_directly(services, phone="13957101111")
    accept_directly(services, phone="13957102222")
    page.lookup_box.setText(first.row.number)
    assert page.lookup()
    assert page.showing_detail()  # one match opens at once
    assert page.detail.number_label.text() == first.row.number
    page.lookup_box.setText("13957101111")
    assert page.lookup()
    assert [r.number for r in page.model.rows] == [first.row.number]
    page.lookup_box.setText("13900000000")
    assert not page.lookup()
    assert page.model.rowCount() == 0
    assert "13900000000" in page.status.text()


def test_the_manager_exports_the_ledger_of_a_period(desk: Desk) -> None:
    clerk_page, clerk = desk.page()
    assert not clerk_page.ledger_button.isVisibleTo(clerk_page)  # clerks do not export
    accepted = {accept_directly(clerk, phone=f"1395710{n:04d}").row.number for n in range(3)}
    page, _ = desk.page(MANAGER)
    assert page.ledger_button.isVisibleTo(page)
    target = desk.tmp_path / "投诉台账.xlsx"
    desk.monkeypatch.setattr("counter_app.views.dialogs.ask_workbook_path", lambda *_args: target)
    dialog = page.export_ledger()
    assert dialog.submit(), dialog.error.text()
    desk.qtbot.waitUntil(lambda: not page.ledger_runner.running, timeout=30_000)
    assert target.exists()
    assert str(target) in page.status.text()
    sheet = load_workbook(target).worksheets[0]
    numbers = {cell.value for row in sheet.iter_rows() for cell in row}
    assert accepted <= numbers


def test_an_emergency_alerts_the_manager_whose_banner_opens_it(desk: Desk) -> None:
    from counter_app.domain.enums import ComplaintCategory, Severity

    page, _ = desk.page()
    dialog = page.new_complaint()
    fill_intake(
        dialog,
        content="楼道内燃气味很重，怀疑管道泄漏",
        category=ComplaintCategory.SUPPLY,
        severity=Severity.EMERGENCY,
    )
    assert dialog.emergency_note.isVisibleTo(dialog)
    assert dialog.site_address.isVisibleTo(dialog)
    dialog.site_address.setText("西湖区文三路100号3单元")
    assert dialog.save(), {n: e.text() for n, e in dialog.errors.items() if e.text()}
    accepted = dialog.accepted_complaint
    assert accepted is not None
    assert accepted.alerted
    assert "manager has been alerted" in page.detail.notice.text()
    number = accepted.detail.row.number

    window, _ = desk.window(MANAGER)
    banner = window.alert_banner
    banner.poll()
    assert banner.pending()
    complaints = window.page("complaints")
    assert isinstance(complaints, ComplaintsPage)
    # The list puts the emergency first.
    complaints.set_scope(complaints.scope.OPEN)
    assert complaints.model.rows[0].number == number
    # The complaint's alert opens the complaint, wherever the manager is.
    window.show_area("customers")
    while banner.pending() and number not in banner.text.text():
        banner.acknowledge_current()  # the repair request's own alert comes first
    assert number in banner.text.text()
    banner.open_current()
    assert window.current_area() == "complaints"
    assert complaints.showing_detail()
    assert complaints.detail.number_label.text() == number


def test_a_12345_transfer_keeps_the_hotline_number_and_its_own_deadline(desk: Desk) -> None:
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    from counter_app.domain.clock import LOCAL_TZ
    from counter_app.domain.enums import ComplaintChannel

    page, _ = desk.page()
    dialog = page.new_complaint()
    assert not dialog.external_reference.isVisibleTo(dialog)  # at the counter: no outside number
    dialog.channel.setCurrentIndex(dialog.channel.findData(ComplaintChannel.HOTLINE_12345.value))
    assert dialog.external_reference.isVisibleTo(dialog)
    assert not dialog.external_due_at.isVisibleTo(dialog)
    dialog.has_external_due.setChecked(True)
    assert dialog.external_due_at.isVisibleTo(dialog)
    fill_intake(dialog)
    dialog.external_reference.setText("12345-20261123-000456")
    dialog.external_due_at.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(17, 0)))
    assert dialog.save(), {n: e.text() for n, e in dialog.errors.items() if e.text()}
    detail = page.detail.detail
    assert detail is not None
    assert detail.external_reference == "12345-20261123-000456"
    assert detail.external_due_at is not None
    assert detail.external_due_at == datetime(2026, 11, 30, 17, 0, tzinfo=LOCAL_TZ)
    assert "12345-20261123-000456" in page.detail.facts["external"].text()
    assert "2026-11-30 17:00" in page.detail.facts["external"].text()
