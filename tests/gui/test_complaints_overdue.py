"""An overdue complaint is red on the list, the manager's overdue view lists it, and a chase
note (催办) reaches its owner (docs/domain.md §7)."""

from __future__ import annotations

from datetime import datetime

from complaints_steps import (  # noqa: F401 (desk_fixture gives the desk fixture)
    MANAGER,
    Desk,
    accept_directly,
    desk_fixture,
    take_step,
)
from PySide6.QtCore import Qt

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import MilestoneKind
from counter_app.services.complaints.dto import ComplaintScope
from counter_app.views.table_models import WARNING_RED


def _column(page: object, header: str) -> int:
    model = page.model  # type: ignore[attr-defined]
    return [c.header for c in model.columns].index(header)


def test_overdue_is_red_listed_for_the_manager_and_chased(desk: Desk) -> None:
    clerk_page, clerk = desk.page()
    # Received on Wednesday 2026-11-18: the first investigation was due on the 19th, and it is
    # Monday the 23rd now.
    late = accept_directly(clerk, received_at=datetime(2026, 11, 18, 10, 0, tzinfo=LOCAL_TZ))
    # Received on Friday the 20th: the first investigation is due by the end of today.
    today = accept_directly(
        clerk, received_at=datetime(2026, 11, 20, 15, 0, tzinfo=LOCAL_TZ), phone="13957108888"
    )
    fresh = accept_directly(clerk, phone="13957109999")
    number = late.row.number

    clerk_page.set_scope(ComplaintScope.OPEN)
    model = clerk_page.model
    deadline = _column(clerk_page, "Next deadline")
    late_row = model.find_row(lambda r: r.number == number)
    fresh_row = model.find_row(lambda r: r.number == fresh.row.number)
    assert late_row >= 0
    assert fresh_row >= 0
    colour = model.data(model.index(late_row, deadline), Qt.ItemDataRole.ForegroundRole)
    assert colour == WARNING_RED
    assert "overdue" in model.data(model.index(late_row, deadline))
    assert model.data(model.index(fresh_row, deadline), Qt.ItemDataRole.ForegroundRole) is None
    # Due today is red too, and says so.
    today_row = model.find_row(lambda r: r.number == today.row.number)
    assert model.data(model.index(today_row, deadline), Qt.ItemDataRole.ForegroundRole) == (
        WARNING_RED
    )
    assert "due today" in model.data(model.index(today_row, deadline))
    assert late_row < today_row < fresh_row
    # Overdue ones come before those still in time.
    assert late_row < fresh_row
    clerk_page.set_scope(ComplaintScope.OVERDUE)
    assert [r.number for r in model.rows].count(number) == 1
    assert fresh.row.number not in [r.number for r in model.rows]
    assert today.row.number not in [r.number for r in model.rows]
    clerk_page.set_scope(ComplaintScope.DUE_TODAY)
    assert [r.number for r in model.rows] == [today.row.number]

    # The manager's view of the hall lists the overdue milestones, and chases the first.
    manager_page, _ = desk.page(MANAGER)
    assert manager_page.tabs.count() == 2
    manager_page.tabs.setCurrentIndex(1)
    overdue = manager_page.overdue_model
    lines = [o for o in overdue.rows if o.number == number]
    assert {o.kind for o in lines} >= {MilestoneKind.INVESTIGATION}
    row = overdue.find_row(lambda o: o.number == number)
    manager_page.overdue_table.selectRow(row)
    due_column = [c.header for c in overdue.columns].index("Was due")
    assert overdue.data(overdue.index(row, due_column), Qt.ItemDataRole.ForegroundRole) == (
        WARNING_RED
    )
    manager_page.chase_button.click()
    take_step(manager_page.step_dialog, note="请今天下班前联系客户并回复")
    assert overdue.rows[overdue.find_row(lambda o: o.number == number)].chases >= 1

    # The owner sees it: a notice on the page, a note on the list, the note on the complaint.
    clerk_page.refresh_lists()
    assert clerk_page.chase_row.isVisible()
    assert "请今天下班前联系客户并回复" in clerk_page.chase_notice.text()
    assert number in clerk_page.chase_notice.text()
    clerk_page.set_scope(ComplaintScope.MINE)
    row = clerk_page.model.find_row(lambda r: r.number == number)
    assert row >= 0
    assert "chase" in clerk_page.flags_text(clerk_page.model.rows[row]).lower()
    clerk_page.open_chased_button.click()  # the notice's button opens the chased complaint
    assert clerk_page.showing_detail()
    view = clerk_page.detail
    assert view.number_label.text() == number
    # The owner calls the customer back: the phone is masked until shown (a logged read).
    assert "*" in view.facts["phone"].text()
    view.reveal_phone_button.click()
    assert view.facts["phone"].text() == "13957105678"
    assert not view.reveal_phone_button.isEnabled()
    assert view.chases_model.rowCount() == 1
    assert view.chases_model.rows[0].note == "请今天下班前联系客户并回复"
    assert view.tabs.tabText(2) == "Chase notes (1)"
    # Opened by its owner, the note is read: the notice goes away.
    clerk_page.load_chases()
    assert not clerk_page.chase_row.isVisible()
