"""A service request's life (docs/domain.md §6): its steps, who may take them, its deadline.

Pure rules, no database: the request services ask :func:`check_step` before they change a
request, :func:`next_step` words nothing but says which step comes next on the path, and
:func:`deadline_for` turns a type's SLA into the moment the request is due.

The path is ``accepted → (pending_approval) → dispatched → in_progress → completed →
callback_done → archived`` with the side exits ``rejected`` and ``withdrawn``; a request saved
as ``incomplete`` (资料不全) joins the path when its documents are complete. A type that needs
a manager's approval waits in ``pending_approval``; the approval is given with the dispatch
(the manager approves at the counter, the clerk dispatches in the same step), so the path has
no separate "approved" state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ, hall_date
from counter_app.domain.enums import RequestStatus, SlaUnit
from counter_app.domain.errors import CodedError, Conflict

S = RequestStatus


class Step(StrEnum):
    """What a user does to a request; each step is one service call and one event."""

    COMPLETE_DOCUMENTS = "complete_documents"  # 补齐资料
    DISPATCH = "dispatch"  # 派工 (with the manager's approval where the type needs it)
    START = "start"  # 开始处理
    COMPLETE = "complete"  # 完工 (the business effect is applied here)
    CALLBACK = "callback"  # 回访
    ARCHIVE = "archive"  # 归档
    REJECT = "reject"  # 驳回
    WITHDRAW = "withdraw"  # 撤销 (the customer's wish)


#: Where each step may start from, and where it leads. COMPLETE_DOCUMENTS leads to
#: ``accepted`` or ``pending_approval`` (see :func:`after_documents`), or stays ``incomplete``.
STEPS: dict[Step, tuple[frozenset[RequestStatus], RequestStatus | None]] = {
    Step.COMPLETE_DOCUMENTS: (frozenset({S.INCOMPLETE}), None),
    Step.DISPATCH: (frozenset({S.ACCEPTED, S.PENDING_APPROVAL}), S.DISPATCHED),
    Step.START: (frozenset({S.DISPATCHED}), S.IN_PROGRESS),
    Step.COMPLETE: (frozenset({S.IN_PROGRESS}), S.COMPLETED),
    Step.CALLBACK: (frozenset({S.COMPLETED}), S.CALLBACK_DONE),
    Step.ARCHIVE: (frozenset({S.CALLBACK_DONE}), S.ARCHIVED),
    Step.REJECT: (frozenset({S.INCOMPLETE, S.ACCEPTED, S.PENDING_APPROVAL}), S.REJECTED),
    Step.WITHDRAW: (
        frozenset({S.INCOMPLETE, S.ACCEPTED, S.PENDING_APPROVAL, S.DISPATCHED}),
        S.WITHDRAWN,
    ),
}

#: A request in one of these is closed: nothing happens to it any more.
CLOSED_STATUSES = frozenset({S.ARCHIVED, S.REJECTED, S.WITHDRAWN})
#: Work is still owed on a request in one of these (the deadline counts).
OPEN_STATUSES = frozenset(
    {S.INCOMPLETE, S.ACCEPTED, S.PENDING_APPROVAL, S.DISPATCHED, S.IN_PROGRESS}
)
#: Steps only the request's owner or a manager of its hall may take.
OWNER_OR_MANAGER_STEPS = frozenset({Step.REJECT, Step.ARCHIVE})

#: The next step on the path for each status (None: closed).
_NEXT: dict[RequestStatus, Step | None] = {
    S.INCOMPLETE: Step.COMPLETE_DOCUMENTS,
    S.ACCEPTED: Step.DISPATCH,
    S.PENDING_APPROVAL: Step.DISPATCH,
    S.DISPATCHED: Step.START,
    S.IN_PROGRESS: Step.COMPLETE,
    S.COMPLETED: Step.CALLBACK,
    S.CALLBACK_DONE: Step.ARCHIVE,
    S.ARCHIVED: None,
    S.REJECTED: None,
    S.WITHDRAWN: None,
}


class StepRefused(CodedError, Conflict):
    """A step the path or the user's role does not allow; nothing was changed.

    Codes:
        ``request.step_not_allowed``: the step does not start from the request's status
            (``step``, ``status``).
        ``request.closed``: the request is archived, rejected or withdrawn (``status``).
        ``request.owner_or_manager``: only the owner or a manager of the hall may reject or
            archive (``step``, ``owner``).
        ``request.other_hall``: the request belongs to another hall.
    """


@dataclass(frozen=True)
class StepActor:
    """Who asks for a step, as far as the rules need to know."""

    user_id: int
    hall_id: int | None
    is_manager: bool  # holds the ``approve`` permission


def check_step(
    step: Step,
    status: RequestStatus,
    *,
    actor: StepActor,
    owner_id: int,
    owner_name: str = "",
    hall_id: int,
) -> RequestStatus | None:
    """The status ``step`` leads to from ``status``; raise :class:`StepRefused` if it may not
    be taken (None for COMPLETE_DOCUMENTS: the documents decide, see :func:`after_documents`).
    """
    if actor.hall_id is not None and actor.hall_id != hall_id:
        raise StepRefused("request.other_hall", step=step.value)
    starts, leads_to = STEPS[step]
    if status not in starts:
        if status in CLOSED_STATUSES:
            raise StepRefused("request.closed", step=step.value, status=status.value)
        raise StepRefused("request.step_not_allowed", step=step.value, status=status.value)
    if step in OWNER_OR_MANAGER_STEPS and actor.user_id != owner_id and not actor.is_manager:
        raise StepRefused("request.owner_or_manager", step=step.value, owner=owner_name)
    return leads_to


def allowed_steps(
    status: RequestStatus, *, actor: StepActor, owner_id: int, hall_id: int
) -> tuple[Step, ...]:
    """Every step ``actor`` may take on a request in ``status``, in path order."""
    allowed = []
    for step in Step:
        try:
            check_step(step, status, actor=actor, owner_id=owner_id, hall_id=hall_id)
        except StepRefused:
            continue
        allowed.append(step)
    return tuple(allowed)


def next_step(status: RequestStatus) -> Step | None:
    """The step that moves the request along its path (None once it is closed)."""
    return _NEXT[status]


def after_documents(*, missing: bool, needs_approval: bool) -> RequestStatus:
    """Where a request stands once its documents are checked (at intake or later)."""
    if missing:
        return S.INCOMPLETE
    return S.PENDING_APPROVAL if needs_approval else S.ACCEPTED


# ----------------------------------------------------------------------------- deadlines


@dataclass(frozen=True)
class Deadline:
    """When a request is due, and the years the holiday library did not know (the deadline
    then counted Monday–Friday plus the administrator's overrides for them)."""

    due_at: datetime
    unknown_years: tuple[int, ...] = ()


def deadline_for(
    accepted_at: datetime, sla_amount: int, sla_unit: SlaUnit, calendar: WorkingCalendar
) -> Deadline:
    """The deadline of an SLA counted from ``accepted_at`` (docs/domain.md §6, §8).

    ``working_days``: the end (23:59:59 hall time) of the N-th working day after the day of
    acceptance, which never counts itself (a request accepted on a Sunday counts from the next
    working day). ``hours``: N clock hours later, round the clock (24×7 types and
    emergencies). A year the holiday library does not know falls back to Monday–Friday plus
    overrides and is named in ``unknown_years``; it never fails.
    """
    local = accepted_at.astimezone(LOCAL_TZ)
    if sla_unit is SlaUnit.HOURS:
        return Deadline(local + timedelta(hours=sla_amount))
    due = calendar.deadline(local, sla_amount)
    years = set(range(local.year, due.year + 1))
    return Deadline(due, tuple(sorted(calendar.unknown_years & years)))


def is_overdue(status: RequestStatus, deadline_at: datetime | None, now: datetime) -> bool:
    """Open past its deadline."""
    return status in OPEN_STATUSES and deadline_at is not None and deadline_at < now


def is_due_on_day(deadline_at: datetime | None, now: datetime) -> bool:
    """The deadline falls on today's hall date."""
    if deadline_at is None:
        return False
    return hall_date(deadline_at) == hall_date(now)


def on_time(deadline_at: datetime | None, completed_at: datetime | None) -> bool | None:
    """Completed by its deadline; None while not completed (or without a deadline)."""
    if deadline_at is None or completed_at is None:
        return None
    return completed_at <= deadline_at
