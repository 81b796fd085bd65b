"""The path of a service request and its deadlines as pure rules (docs/domain.md §6, §8)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counter_app.domain import calendar as calendar_module
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import RequestStatus, SlaUnit
from counter_app.domain.requests import (
    STEPS,
    Step,
    StepActor,
    StepRefused,
    after_documents,
    allowed_steps,
    check_step,
    deadline_for,
    is_due_on_day,
    is_overdue,
    next_step,
    on_time,
)

S = RequestStatus
OWNER = StepActor(user_id=1, hall_id=1, is_manager=False)
OTHER_CLERK = StepActor(user_id=2, hall_id=1, is_manager=False)
MANAGER = StepActor(user_id=3, hall_id=1, is_manager=True)
OTHER_HALL = StepActor(user_id=4, hall_id=2, is_manager=True)

# Exactly the path of docs/domain.md §6, with its side exits.
ALLOWED = {
    (Step.COMPLETE_DOCUMENTS, S.INCOMPLETE),
    (Step.DISPATCH, S.ACCEPTED),
    (Step.DISPATCH, S.PENDING_APPROVAL),
    (Step.START, S.DISPATCHED),
    (Step.COMPLETE, S.IN_PROGRESS),
    (Step.CALLBACK, S.COMPLETED),
    (Step.ARCHIVE, S.CALLBACK_DONE),
    (Step.REJECT, S.INCOMPLETE),
    (Step.REJECT, S.ACCEPTED),
    (Step.REJECT, S.PENDING_APPROVAL),
    (Step.WITHDRAW, S.INCOMPLETE),
    (Step.WITHDRAW, S.ACCEPTED),
    (Step.WITHDRAW, S.PENDING_APPROVAL),
    (Step.WITHDRAW, S.DISPATCHED),
}


@pytest.mark.parametrize("step", list(Step))
@pytest.mark.parametrize("status", list(RequestStatus))
def test_only_the_path_is_allowed(step: Step, status: RequestStatus) -> None:
    if (step, status) in ALLOWED:
        leads_to = check_step(step, status, actor=MANAGER, owner_id=1, hall_id=1)
        assert leads_to == STEPS[step][1]
        return
    with pytest.raises(StepRefused) as refused:
        check_step(step, status, actor=MANAGER, owner_id=1, hall_id=1)
    closed = status in (S.ARCHIVED, S.REJECTED, S.WITHDRAWN)
    assert refused.value.code == ("request.closed" if closed else "request.step_not_allowed")
    assert refused.value.params["step"] == step.value


def test_the_illegal_steps_of_the_issue_are_refused() -> None:
    cases = [
        (Step.COMPLETE, S.ACCEPTED),  # complete before dispatch
        (Step.ARCHIVE, S.COMPLETED),  # archive before callback
        (Step.DISPATCH, S.ARCHIVED),  # reopen an archived request
        (Step.WITHDRAW, S.IN_PROGRESS),  # the work has started
    ]
    for step, status in cases:
        with pytest.raises(StepRefused):
            check_step(step, status, actor=OWNER, owner_id=1, hall_id=1)


@pytest.mark.parametrize("step", [Step.REJECT, Step.ARCHIVE])
def test_reject_and_archive_belong_to_the_owner_or_a_manager(step: Step) -> None:
    status = S.ACCEPTED if step is Step.REJECT else S.CALLBACK_DONE
    assert check_step(step, status, actor=OWNER, owner_id=1, hall_id=1) is not None
    assert check_step(step, status, actor=MANAGER, owner_id=1, hall_id=1) is not None
    with pytest.raises(StepRefused) as refused:
        check_step(step, status, actor=OTHER_CLERK, owner_id=1, owner_name="王芳", hall_id=1)
    assert refused.value.code == "request.owner_or_manager"
    assert refused.value.params["owner"] == "王芳"


def test_any_clerk_of_the_hall_takes_the_other_steps() -> None:
    assert check_step(Step.START, S.DISPATCHED, actor=OTHER_CLERK, owner_id=1, hall_id=1)


def test_another_hall_takes_no_step() -> None:
    with pytest.raises(StepRefused) as refused:
        check_step(Step.START, S.DISPATCHED, actor=OTHER_HALL, owner_id=1, hall_id=1)
    assert refused.value.code == "request.other_hall"
    assert allowed_steps(S.ACCEPTED, actor=OTHER_HALL, owner_id=1, hall_id=1) == ()


def test_allowed_steps_and_next_step() -> None:
    assert allowed_steps(S.ACCEPTED, actor=OTHER_CLERK, owner_id=1, hall_id=1) == (
        Step.DISPATCH,
        Step.WITHDRAW,
    )
    assert allowed_steps(S.ACCEPTED, actor=OWNER, owner_id=1, hall_id=1) == (
        Step.DISPATCH,
        Step.REJECT,
        Step.WITHDRAW,
    )
    assert next_step(S.INCOMPLETE) is Step.COMPLETE_DOCUMENTS
    assert next_step(S.PENDING_APPROVAL) is Step.DISPATCH
    assert next_step(S.COMPLETED) is Step.CALLBACK
    assert [next_step(s) for s in (S.ARCHIVED, S.REJECTED, S.WITHDRAWN)] == [None] * 3


def test_documents_decide_where_a_request_stands() -> None:
    assert after_documents(missing=True, needs_approval=True) is S.INCOMPLETE
    assert after_documents(missing=False, needs_approval=True) is S.PENDING_APPROVAL
    assert after_documents(missing=False, needs_approval=False) is S.ACCEPTED


# ----------------------------------------------------------------------------- deadlines


def _at(*args: int) -> datetime:
    return datetime(*args, tzinfo=LOCAL_TZ)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("days", "due"),
    [
        (1, date(2026, 10, 8)),
        (2, date(2026, 10, 9)),
        (3, date(2026, 10, 10)),
        (5, date(2026, 10, 13)),
    ],
)
def test_working_days_over_national_day(days: int, due: date) -> None:
    """Accepted on Wednesday 2026-09-30: 10-01 … 10-07 are off, Saturday 10-10 is worked."""
    deadline = deadline_for(_at(2026, 9, 30, 15, 0), days, SlaUnit.WORKING_DAYS, WorkingCalendar())
    assert deadline.due_at.date() == due
    assert (deadline.due_at.hour, deadline.due_at.minute, deadline.due_at.second) == (23, 59, 59)
    assert deadline.unknown_years == ()


def test_a_request_accepted_on_a_sunday_counts_from_the_next_working_day() -> None:
    calendar = WorkingCalendar()
    sunday = _at(2026, 11, 22, 11, 0)
    assert deadline_for(sunday, 1, SlaUnit.WORKING_DAYS, calendar).due_at.date() == date(
        2026, 11, 23
    )
    assert deadline_for(sunday, 5, SlaUnit.WORKING_DAYS, calendar).due_at.date() == date(
        2026, 11, 27
    )


def test_a_24x7_type_counts_clock_hours_through_a_holiday() -> None:
    deadline = deadline_for(_at(2026, 10, 1, 10, 0), 4, SlaUnit.HOURS, WorkingCalendar())
    assert deadline.due_at == _at(2026, 10, 1, 14, 0)
    overnight = deadline_for(_at(2026, 10, 1, 22, 30), 4, SlaUnit.HOURS, WorkingCalendar())
    assert overnight.due_at == _at(2026, 10, 2, 2, 30)


def test_a_year_without_holiday_data_falls_back_and_warns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = calendar_module._library_is_workday

    def library(day: date) -> bool | None:
        return None if day.year == 2031 else real(day)

    monkeypatch.setattr(calendar_module, "_library_is_workday", library)
    warned: list[int] = []
    calendar = WorkingCalendar(
        {date(2031, 3, 10): False}, on_unknown_year=warned.append
    )  # an administrator's day off
    friday = _at(2031, 3, 7, 9, 0)
    deadline = deadline_for(friday, 1, SlaUnit.WORKING_DAYS, calendar)
    # Monday 03-10 is the override's day off: Tuesday.
    assert deadline.due_at.date() == date(2031, 3, 11)
    assert deadline.unknown_years == (2031,)
    assert warned == [2031]


def test_overdue_due_today_and_on_time() -> None:
    due = _at(2026, 11, 23, 23, 59)
    assert is_overdue(S.ACCEPTED, due, _at(2026, 11, 24, 0, 1))
    assert not is_overdue(S.COMPLETED, due, _at(2026, 11, 24, 0, 1))
    assert not is_overdue(S.ACCEPTED, None, _at(2026, 11, 24, 0, 1))
    assert is_due_on_day(due, _at(2026, 11, 23, 8, 0))
    assert not is_due_on_day(due, _at(2026, 11, 22, 8, 0))
    assert on_time(due, _at(2026, 11, 23, 18, 0)) is True
    assert on_time(due, _at(2026, 11, 24, 9, 0)) is False
    assert on_time(due, None) is None
