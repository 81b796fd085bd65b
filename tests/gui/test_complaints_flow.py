"""A counter complaint taken from intake to closure through the real screens, and a callback
with 不满意 that reopens it as an appeal (docs/domain.md §7)."""

from __future__ import annotations

from complaints_steps import (  # noqa: F401 (desk_fixture gives the desk fixture)
    Desk,
    desk_fixture,
    fill_intake,
    pdf_text,
    press_ok,
    press_save,
    printed,
    take_step,
)

from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import ComplaintStatus, MilestoneKind, Satisfaction
from counter_app.printing.wording import format_date
from counter_app.services.complaints.dto import ContactMethod
from counter_app.views.complaints.complaints_page import ComplaintsPage
from counter_app.views.labels import milestone_label
from counter_app.views.timefmt import hall_date


def _accept_at_counter(page: ComplaintsPage) -> str:
    """Intake through the form, saved with its button; returns the tracking number shown."""
    page.new_button.click()
    dialog = page.intake_dialog
    assert dialog is not None
    assert dialog.isVisible()
    fill_intake(dialog)
    assert press_save(dialog), [label.text() for label in dialog.errors.values() if label.text()]
    accepted = dialog.accepted_complaint
    assert accepted is not None
    number = accepted.detail.row.number
    assert page.showing_detail()
    assert page.detail.number_label.text() == number
    assert number in page.detail.notice.text()
    assert page.detail.notice.isVisible()
    return number


def _record_the_four_milestones(page: ComplaintsPage) -> None:
    view = page.detail
    for kind in MilestoneKind:
        assert view.milestone_button.isEnabled()
        assert milestone_label(kind) in view.milestone_button.text()
        view.milestone_button.click()
        take_step(view.step_dialog, note=f"{milestone_label(kind)}: 已与客户沟通")
    assert view.detail is not None
    assert all(m.done_at is not None for m in view.detail.milestones)
    assert not view.milestone_button.isEnabled()


def _feedback(page: ComplaintsPage) -> None:
    view = page.detail
    assert view.feedback_button.isEnabled()
    view.feedback_button.click()
    feedback = view.step_dialog
    assert feedback is not None
    feedback.set_value("resolution", "已约谈当事柜员并向客户当面致歉")
    # How the customer was told is never pre-set: OK without it is refused, nothing recorded.
    assert not press_ok(feedback)
    assert "How" in feedback.error.text()
    assert view.detail is not None
    assert view.detail.feedback_at is None
    take_step(feedback, method=ContactMethod.PHONE.value)
    assert view.detail is not None
    assert view.detail.feedback_at is not None


def test_counter_complaint_from_intake_to_closure(desk: Desk) -> None:
    page, services = desk.page()
    number = _accept_at_counter(page)

    # The 投诉受理单 printed (as a PDF copy: no printer here) with the number and four dates.
    text = pdf_text(printed(desk.tmp_path, "complaint_slip", number))
    detail = page.detail.detail
    assert detail is not None
    assert number in text
    assert len(detail.milestones) == 4
    for milestone in detail.milestones:
        assert format_date(hall_date(milestone.due_at)) in text, milestone

    view = page.detail
    assert not view.feedback_button.isEnabled()  # the feedback comes after the four milestones
    _record_the_four_milestones(page)
    assert not view.close_button.isEnabled()  # no closing without the feedback and callback
    _feedback(page)
    assert not view.close_button.isEnabled()
    assert view.callback_button.isEnabled()
    view.callback_button.click()
    callback = view.step_dialog
    assert callback is not None
    assert not press_ok(callback)  # the customer's satisfaction is never pre-set
    assert "Satisfaction" in callback.error.text()
    take_step(callback, satisfaction=Satisfaction.SATISFIED.value, note="客户表示满意")
    assert view.close_button.isEnabled()
    view.close_button.click()
    take_step(view.step_dialog)

    closed = services.complaints.find(number)
    assert closed.row.status is ComplaintStatus.CLOSED
    assert closed.closed_at is not None
    assert closed.satisfaction is Satisfaction.SATISFIED
    assert "Concluded" in view.state_label.text()
    assert not view.milestone_button.isEnabled()

    # Back on the list, the concluded complaint is under 已办结, not among the open ones.
    view.back_button.click()
    page.set_scope(page.scope.CLOSED)
    assert page.model.find_row(lambda r: r.number == number) >= 0
    page.set_scope(page.scope.OPEN)
    assert page.model.find_row(lambda r: r.number == number) < 0


def test_dissatisfied_callback_reopens_it_as_an_appeal(desk: Desk, clock: FixedClock) -> None:
    page, services = desk.page()
    number = _accept_at_counter(page)
    _record_the_four_milestones(page)
    _feedback(page)
    view = page.detail
    first_round = view.detail
    assert first_round is not None
    # The callback is two days later, on Wednesday 2026-11-25.
    clock.advance(days=2)
    view.callback_button.click()
    take_step(view.step_dialog, satisfaction=Satisfaction.DISSATISFIED.value, note="客户不认可")

    appeal = services.complaints.find(number)
    assert appeal.row.status is ComplaintStatus.APPEAL
    assert appeal.row.is_appeal
    assert appeal.appeal_round == 2
    # A new round of four deadlines, counted from the callback, none recorded yet.
    assert len(appeal.milestones) == 4
    assert all(m.done_at is None for m in appeal.milestones)
    assert [format_date(hall_date(m.due_at)) for m in appeal.milestones] == [
        "2026年11月26日",
        "2026年11月27日",
        "2026年11月30日",
        "2026年12月2日",
    ]
    assert appeal.milestones[0].due_at > first_round.milestones[0].due_at
    # The screen shows the appeal: its round, its open first milestone, no closing.
    assert "Appeal" in view.state_label.text()
    assert "appeal" in view.notice.text()
    assert view.milestones_model.rowCount() == 4
    assert not view.close_button.isEnabled()
    assert view.detail is not None
    assert view.detail.actions.record_milestone in (MilestoneKind.INVESTIGATION, None)
    page.set_scope(page.scope.APPEAL)
    assert page.model.find_row(lambda r: r.number == number) >= 0
