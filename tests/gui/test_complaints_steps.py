"""The other steps of a complaint through its screen: an extension approved by the manager at
the counter (only while the deadline has not passed), a transfer that keeps the follow-up and
responsible persons, a mediation record and a reprint of the slip (docs/domain.md §7)."""

from __future__ import annotations

from datetime import datetime

from complaints_steps import (  # noqa: F401 (desk_fixture gives the desk fixture)
    MANAGER,
    Desk,
    accept_directly,
    desk_fixture,
    fill_intake,
    pdf_text,
    press_ok,
    printed,
    take_step,
)
from requests_steps import approve_as

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import MilestoneKind
from counter_app.services.complaints.dto import ContactMethod
from counter_app.views.approval import ApprovalDialog


def test_an_extension_is_approved_by_the_manager_and_moves_the_later_deadlines(desk: Desk) -> None:
    page, clerk = desk.page()
    complaint = accept_directly(clerk)
    assert page.open_complaint(complaint.row.complaint_id)
    view = page.detail
    before = {m.kind: m.due_at for m in complaint.milestones}
    assert view.extend_button.isEnabled()
    view.extend_button.click()
    dialog = view.step_dialog
    assert dialog is not None
    dialog.set_value("kind", MilestoneKind.SOLUTION_PROPOSED.value)
    dialog.set_value("days", 2)
    seen: list[ApprovalDialog] = []
    approve_as(MANAGER, seen)
    # Without a reason, or without saying how the customer was told, OK is refused before
    # the manager is asked.
    dialog.set_value("told_how", ContactMethod.PHONE.value)
    assert not press_ok(dialog)
    assert "Reason" in dialog.error.text()
    dialog.set_value("reason", "需等待计量检定所出具校验报告")
    dialog.fields["told_how"].setCurrentIndex(-1)  # type: ignore[attr-defined]
    assert not press_ok(dialog)
    assert "Customer told" in dialog.error.text()
    assert seen == []
    assert clerk.complaints.get(complaint.row.complaint_id).extensions == ()
    dialog.set_value("told_how", ContactMethod.PHONE.value)
    assert press_ok(dialog), dialog.error.text()
    assert seen
    assert view.detail is not None
    after = {m.kind: m.due_at for m in view.detail.milestones}
    assert after[MilestoneKind.INVESTIGATION] == before[MilestoneKind.INVESTIGATION]
    for kind in (
        MilestoneKind.SOLUTION_PROPOSED,
        MilestoneKind.SOLUTION_DONE,
        MilestoneKind.RESULT_REPORTED,
    ):
        assert after[kind] > before[kind], kind
    # Each deadline it moved is on the extensions tab, with who approved it.
    moved = {e.kind for e in view.extensions_model.rows}
    assert MilestoneKind.SOLUTION_PROPOSED in moved
    assert MilestoneKind.INVESTIGATION not in moved
    assert all(e.approved_by_name for e in view.extensions_model.rows)
    assert all(e.reason == "需等待计量检定所出具校验报告" for e in view.extensions_model.rows)


def test_a_deadline_that_has_passed_is_not_offered_for_extension(desk: Desk) -> None:
    page, clerk = desk.page()
    late = accept_directly(clerk, received_at=datetime(2026, 11, 10, 10, 0, tzinfo=LOCAL_TZ))
    assert all(m.overdue for m in late.milestones)
    assert page.open_complaint(late.row.complaint_id)
    view = page.detail
    assert view.steps.extend() is None
    assert "passed" in view.message.text()


def test_a_transfer_keeps_the_follow_up_and_responsible_persons(desk: Desk) -> None:
    page, clerk = desk.page()
    complaint = accept_directly(clerk)
    assert page.open_complaint(complaint.row.complaint_id)
    view = page.detail
    view.transfer_button.click()
    dialog = view.step_dialog
    assert dialog is not None
    owners = clerk.complaints.owners()
    target = next(o for o in owners if o.user_id != clerk.actor.user_id)
    take_step(dialog, owner=target.user_id, note="涉及计量，转计量班处理")
    assert view.detail is not None
    assert view.detail.row.owner_id == target.user_id
    assert view.facts["owner"].text() == target.name
    assert view.detail.follow_up_id == complaint.follow_up_id
    assert view.detail.responsible_person == complaint.responsible_person


def test_mediation_is_recorded_and_the_slip_reprinted(desk: Desk) -> None:
    page, _ = desk.page()
    intake = page.new_complaint()
    fill_intake(intake)
    assert intake.save()
    view = page.detail
    assert view.detail is not None
    number = view.detail.row.number
    view.mediation_button.click()
    take_step(
        view.step_dialog,
        mediator="社区调解委员会 李主任",
        parties="客户郑建国；营业厅",
        record="双方就多收气费的计算方式进行了说明",
        agreement="按校表结果退还差额",
    )
    assert view.mediations_model.rowCount() == 1
    assert view.mediations_model.rows[0].agreement == "按校表结果退还差额"

    view.reprint_button.click()
    reprint = view.step_dialog
    assert reprint is not None
    assert not reprint.submit()  # a reprint needs its reason
    assert reprint.error.text()
    take_step(reprint, reason="客户遗失受理单")
    copy = printed(desk.tmp_path, "complaint_slip", f"{number}-reprint-1")
    assert number in pdf_text(copy)
