"""The service-request and complaint sections of a hall report (docs/domain.md §10).

They read the ``service_requests`` and ``complaints`` tables directly, so the sections fill
as those areas record work; with no rows they are empty sections, not errors.

* requests accepted / completed in the period; overdue: still open at the end of the period
  (not completed, rejected or withdrawn) with their deadline passed;
* complaints received / closed in the period; overdue: not closed at the end of the period
  with a milestone past due and not done; repeat: received in the period and flagged repeat;
* callback rate: of the requests completed and the complaints answered (feedback given) in
  the period, those called back (请求 已回访 / 已归档, complaint with a callback time).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.db.models import Complaint, ComplaintMilestone, ServiceRequest, ServiceType
from counter_app.domain.complaints import CATEGORY_LABELS
from counter_app.domain.enums import ComplaintCategory, RequestStatus
from counter_app.domain.reports import Cell, Column, ColumnKind, Section
from counter_app.services.reports.payments import Scope, rate

COUNT = ColumnKind.COUNT
_ENDED = (RequestStatus.REJECTED, RequestStatus.WITHDRAWN)
_CALLED_BACK = (RequestStatus.CALLBACK_DONE, RequestStatus.ARCHIVED)


@dataclass(frozen=True)
class CaseFigures:
    requests: Section
    complaints: Section
    requests_accepted: int
    requests_completed: int
    requests_overdue: int
    complaints_received: int
    complaints_closed: int
    complaints_overdue: int
    callbacks_due: int
    callbacks_done: int


def overdue_requests_filter(hall_id: int, at: object) -> list[ColumnElement[bool]]:
    """Requests of the hall open at ``at`` with their deadline passed."""
    return [
        ServiceRequest.hall_id == hall_id,
        ServiceRequest.accepted_at < at,
        ServiceRequest.deadline_at.is_not(None),
        ServiceRequest.deadline_at < at,
        ServiceRequest.status.not_in(_ENDED),
        or_(ServiceRequest.completed_at.is_(None), ServiceRequest.completed_at >= at),
    ]


def overdue_complaints_filter(hall_id: int, at: object) -> list[ColumnElement[bool]]:
    """Complaints of the hall not closed at ``at`` with a milestone past due and not done."""
    late = (
        select(ComplaintMilestone.id)
        .where(
            ComplaintMilestone.complaint_id == Complaint.id,
            ComplaintMilestone.due_at < at,
            or_(ComplaintMilestone.done_at.is_(None), ComplaintMilestone.done_at >= at),
        )
        .exists()
    )
    return [
        Complaint.hall_id == hall_id,
        Complaint.received_at < at,
        or_(Complaint.closed_at.is_(None), Complaint.closed_at >= at),
        late,
    ]


def read_case_figures(s: Session, scope: Scope) -> CaseFigures:
    start, end = scope.start, scope.end
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    hall = ServiceRequest.hall_id == scope.hall_id
    for name, n in s.execute(
        select(ServiceType.name, func.count())
        .select_from(ServiceRequest)
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .where(hall, ServiceRequest.accepted_at >= start, ServiceRequest.accepted_at < end)
        .group_by(ServiceType.name)
    ).all():
        rows[name][0] = n
    completed_in = and_(
        hall, ServiceRequest.completed_at >= start, ServiceRequest.completed_at < end
    )
    for name, n, back in s.execute(
        select(
            ServiceType.name,
            func.count(),
            func.sum(case((ServiceRequest.status.in_(_CALLED_BACK), 1), else_=0)),
        )
        .select_from(ServiceRequest)
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .where(completed_in)
        .group_by(ServiceType.name)
    ).all():
        rows[name][1] = n
        rows[name][3] = int(back or 0)
    for name, n in s.execute(
        select(ServiceType.name, func.count())
        .select_from(ServiceRequest)
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .where(*overdue_requests_filter(scope.hall_id, end))
        .group_by(ServiceType.name)
    ).all():
        rows[name][2] = n
    request_rows: tuple[tuple[Cell, ...], ...] = tuple(
        (name, *values) for name, values in sorted(rows.items())
    )
    totals = [sum(r[i] for r in rows.values()) for i in range(4)]
    requests = Section(
        key="requests",
        title="业务受理",
        columns=(
            Column("service_type", "业务类型"),
            Column("accepted", "受理", COUNT),
            Column("completed", "办结", COUNT),
            Column("overdue", "超期未办结", COUNT),
            Column("called_back", "已回访", COUNT),
        ),
        rows=request_rows,
        totals=("合计", *totals),
        note="" if request_rows else "本期无业务受理记录。",
    )

    cats: dict[ComplaintCategory, list[int]] = {c: [0, 0, 0, 0] for c in ComplaintCategory}
    chall = Complaint.hall_id == scope.hall_id
    for category, n, repeats in s.execute(
        select(
            Complaint.category,
            func.count(),
            func.sum(case((Complaint.is_repeat.is_(True), 1), else_=0)),
        )
        .where(chall, Complaint.received_at >= start, Complaint.received_at < end)
        .group_by(Complaint.category)
    ).all():
        cats[ComplaintCategory(category)][0] = n
        cats[ComplaintCategory(category)][3] = int(repeats or 0)
    for category, n in s.execute(
        select(Complaint.category, func.count())
        .where(chall, Complaint.closed_at >= start, Complaint.closed_at < end)
        .group_by(Complaint.category)
    ).all():
        cats[ComplaintCategory(category)][1] = n
    for category, n in s.execute(
        select(Complaint.category, func.count())
        .where(*overdue_complaints_filter(scope.hall_id, end))
        .group_by(Complaint.category)
    ).all():
        cats[ComplaintCategory(category)][2] = n
    answered, called = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Complaint.callback_at.is_not(None), 1), else_=0)), 0),
        ).where(chall, Complaint.feedback_at >= start, Complaint.feedback_at < end)
    ).one()
    ctotals = [sum(v[i] for v in cats.values()) for i in range(4)]
    complaints = Section(
        key="complaints",
        title="投诉",
        columns=(
            Column("category", "投诉类别"),
            Column("received", "受理", COUNT),
            Column("closed", "办结", COUNT),
            Column("overdue", "超期", COUNT),
            Column("repeat", "重复投诉", COUNT),
            Column("rate", "占比", ColumnKind.RATE),
        ),
        rows=tuple((CATEGORY_LABELS[c], *v, rate(v[0], ctotals[0])) for c, v in cats.items()),
        totals=("合计", *ctotals, rate(ctotals[0], ctotals[0])),
        note="" if ctotals[0] or ctotals[2] else "本期无投诉记录。",
    )
    return CaseFigures(
        requests=requests,
        complaints=complaints,
        requests_accepted=totals[0],
        requests_completed=totals[1],
        requests_overdue=totals[2],
        complaints_received=ctotals[0],
        complaints_closed=ctotals[1],
        complaints_overdue=ctotals[2],
        callbacks_due=totals[1] + int(answered),
        callbacks_done=totals[3] + int(called),
    )
