"""Reading service requests: one request locked for a step, the DTOs the screens show, and
the hall's lists (docs/domain.md §6)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, exists, false, or_, select
from sqlalchemy.orm import Session, aliased

from counter_app.db.models import (
    Account,
    Customer,
    Payment,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceType,
    User,
)
from counter_app.domain.clock import LOCAL_TZ, hall_date, local_time
from counter_app.domain.enums import (
    PaymentKind,
    PaymentStatus,
    RequestEffect,
    RequestStatus,
    SlaUnit,
)
from counter_app.domain.permissions import Permission
from counter_app.domain.requests import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    StepActor,
    allowed_steps,
    is_due_on_day,
    is_overdue,
    next_step,
)
from counter_app.services.base import Actor
from counter_app.services.ownership import holders
from counter_app.services.requests.dto import (
    OwnershipInfo,
    RequestDetail,
    RequestEventInfo,
    RequestList,
    RequestNotFound,
    RequestSummary,
    request_subject,
)

ZERO = Decimal("0.00")


# ----------------------------------------------------------------------------- one request


def load_request(s: Session, request_id: int, *, lock: bool = False) -> ServiceRequest:
    """The request; with ``lock`` its row stays locked to the end of the unit of work, so
    two counters taking a step on it at once go one after the other.

    Raises:
        RequestNotFound: no such request.
    """
    query = select(ServiceRequest).where(ServiceRequest.id == request_id)
    if lock:
        query = query.with_for_update()
    row = s.execute(query).scalar_one_or_none()
    if row is None:
        raise RequestNotFound("no such request", request_id=request_id)
    return row


def request_id_of(s: Session, number: str) -> int:
    """The id of the request with that number (typed or scanned, any case and spaces).

    Raises:
        RequestNotFound: no such request.
    """
    cleaned = "".join(number.split()).upper()
    found = s.execute(
        select(ServiceRequest.id).where(ServiceRequest.number == cleaned)
    ).scalar_one_or_none()
    if found is None:
        raise RequestNotFound("no such request", number=cleaned)
    return int(found)


@dataclass(frozen=True)
class TypeCopy:
    """What a request took from its type at intake (its own copy, else the type's values)."""

    name: str
    code: str
    needs_approval: bool
    needs_site_work: bool
    sla_amount: int
    sla_unit: SlaUnit
    effect: RequestEffect


def type_copy(sr: ServiceRequest, st: ServiceType) -> TypeCopy:
    return TypeCopy(
        name=sr.type_name or st.name,
        code=st.code,
        needs_approval=st.needs_approval if sr.needs_approval is None else sr.needs_approval,
        needs_site_work=st.needs_site_work,
        sla_amount=st.sla_amount if sr.sla_amount is None else sr.sla_amount,
        sla_unit=st.sla_unit if sr.sla_unit is None else sr.sla_unit,
        effect=st.effect if sr.effect is None else sr.effect,
    )


def type_name_of(s: Session, sr: ServiceRequest) -> str:
    """The type's name as the request copied it (rows from before the copy: the type's)."""
    if sr.type_name:
        return sr.type_name
    st = s.get(ServiceType, sr.service_type_id)
    return st.name if st else ""


def step_actor(actor: Actor) -> StepActor:
    return StepActor(
        user_id=actor.user_id, hall_id=actor.hall_id, is_manager=actor.can(Permission.APPROVE)
    )


# ----------------------------------------------------------------------------- fee


def _refunded(payment_id: Any) -> Any:
    refund = aliased(Payment)
    return exists().where(
        refund.reverses_payment_id == payment_id,
        refund.kind == PaymentKind.REFUND,
        refund.status == PaymentStatus.COMPLETED,
    )


def fee_paid_in(s: Session, sr: ServiceRequest) -> bool:
    """The request's fee is zero, or its 业务费 payment stands (not voided, not refunded)."""
    if sr.fee <= 0:
        return True
    if sr.fee_payment_id is None:
        return False
    row = s.execute(
        select(Payment.status, _refunded(Payment.id)).where(Payment.id == sr.fee_payment_id)
    ).one_or_none()
    return row is not None and row[0] is PaymentStatus.COMPLETED and not row[1]


# ----------------------------------------------------------------------------- summaries

_owner = aliased(User)
_fee_payment = aliased(Payment)


def _summary_query() -> Select[Any]:
    fee_paid = case(
        (ServiceRequest.fee <= 0, True),
        (
            and_(
                _fee_payment.id.is_not(None),
                _fee_payment.status == PaymentStatus.COMPLETED,
                ~_refunded(_fee_payment.id),
            ),
            True,
        ),
        else_=False,
    )
    return (
        select(
            ServiceRequest,
            ServiceType,
            Account.number,
            Customer.name,
            _owner.employee_no,
            _owner.name,
            fee_paid,
        )
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .join(_owner, _owner.id == ServiceRequest.owner_id)
        .outerjoin(Account, Account.id == ServiceRequest.account_id)
        .outerjoin(Customer, Customer.id == ServiceRequest.customer_id)
        .outerjoin(_fee_payment, _fee_payment.id == ServiceRequest.fee_payment_id)
    )


def _summary(row: Sequence[Any], now: datetime) -> RequestSummary:
    sr, st, account_number, customer_name, owner_no, owner_name, fee_paid = row
    copy = type_copy(sr, st)
    return RequestSummary(
        id=sr.id,
        number=sr.number,
        type_code=copy.code,
        type_name=copy.name,
        status=sr.status,
        emergency=sr.emergency,
        account_id=sr.account_id,
        account_number=account_number or "",
        customer_name=customer_name or "",
        address=sr.address,
        owner_id=sr.owner_id,
        owner_employee_no=owner_no,
        owner_name=owner_name,
        accepted_at=sr.accepted_at.astimezone(LOCAL_TZ),
        deadline_at=local_time(sr.deadline_at),
        overdue=is_overdue(sr.status, sr.deadline_at, now),
        due_today=sr.status in OPEN_STATUSES and is_due_on_day(sr.deadline_at, now),
        fee=sr.fee,
        fee_paid=bool(fee_paid),
        queue_ticket=sr.queue_ticket,
        next_step=next_step(sr.status),
    )


def _ordered(query: Select[Any]) -> Select[Any]:
    """Emergencies first, then the nearest deadline (none last), then the oldest."""
    return query.order_by(
        ServiceRequest.emergency.desc(),
        ServiceRequest.deadline_at.is_(None),
        ServiceRequest.deadline_at,
        ServiceRequest.accepted_at,
        ServiceRequest.id,
    )


def summaries(
    s: Session, query: Select[Any], now: datetime, *, ordered: bool = True
) -> tuple[RequestSummary, ...]:
    return tuple(_summary(row, now) for row in s.execute(_ordered(query) if ordered else query))


def summary_of(s: Session, request_id: int, now: datetime) -> RequestSummary:
    row = s.execute(_summary_query().where(ServiceRequest.id == request_id)).one()
    return _summary(row, now)


def list_query(
    which: RequestList,
    *,
    actor: Actor,
    now: datetime,
    status: RequestStatus | None,
    limit: int,
) -> Select[Any]:
    """The query of one of the hall's lists (see :class:`RequestList`)."""
    query = _summary_query()
    if actor.hall_id is not None:
        query = query.where(ServiceRequest.hall_id == actor.hall_id)
    open_only = ServiceRequest.status.in_(OPEN_STATUSES)
    if which is RequestList.MINE:
        query = query.where(ServiceRequest.owner_id == actor.user_id, ~_closed())
    elif which is RequestList.DUE_TODAY:
        today = hall_date(now)
        start = datetime.combine(today, datetime.min.time(), tzinfo=LOCAL_TZ)
        end = datetime.combine(today, datetime.max.time(), tzinfo=LOCAL_TZ)
        query = query.where(
            open_only, ServiceRequest.deadline_at >= start, ServiceRequest.deadline_at <= end
        )
    elif which is RequestList.OVERDUE:
        query = query.where(open_only, ServiceRequest.deadline_at < now)
    elif which is RequestList.AWAITING_CALLBACK:
        query = query.where(ServiceRequest.status == RequestStatus.COMPLETED)
    elif which is RequestList.OPEN:
        query = query.where(open_only)
    if status is not None:
        query = query.where(ServiceRequest.status == status)
    return _ordered(query).limit(limit)


def _closed() -> Any:
    return ServiceRequest.status.in_(CLOSED_STATUSES)


def account_query(account_ids: Iterable[int]) -> Select[Any]:
    ids = list(account_ids)
    if not ids:
        return _summary_query().where(false())
    return (
        _summary_query()
        .where(ServiceRequest.account_id.in_(ids))
        .order_by(ServiceRequest.accepted_at.desc(), ServiceRequest.id.desc())
    )


def lookup_query(text: str) -> Select[Any]:
    """Requests with the number ``text``, or of the account numbered ``text``."""
    cleaned = "".join(text.split()).upper()
    account_ids = select(Account.id).where(Account.number == "".join(text.split()))
    return (
        _summary_query()
        .where(or_(ServiceRequest.number == cleaned, ServiceRequest.account_id.in_(account_ids)))
        .order_by(ServiceRequest.accepted_at.desc(), ServiceRequest.id.desc())
        .limit(200)
    )


# ----------------------------------------------------------------------------- detail


def _user_names(s: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, str]]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(User.id, User.employee_no, User.name).where(User.id.in_(wanted)))
    return {uid: (no, name) for uid, no, name in rows}


def _details(payload: Any) -> dict[str, str]:
    if not isinstance(payload, dict):
        return {}
    keys = (
        "new_owner_name",
        "old_owner_name",
        "new_name",
        "old_name",
        "new_address",
        "old_address",
        "source",
    )
    return {k: str(payload[k]) for k in keys if payload.get(k) not in (None, "")}


def account_holders(s: Session, account_id: int) -> tuple[OwnershipInfo, ...]:
    """Who held the account when (its 过户 history), oldest first."""
    return holders(s, [account_id])


def detail_of(s: Session, sr: ServiceRequest, actor: Actor, now: datetime) -> RequestDetail:
    """The request as the request screen shows it, with what ``actor`` may do next."""
    s.flush()
    summary = summary_of(s, sr.id, now)
    st = s.get(ServiceType, sr.service_type_id)
    assert st is not None
    copy = type_copy(sr, st)
    events = list(
        s.execute(
            select(ServiceRequestEvent)
            .where(ServiceRequestEvent.request_id == sr.id)
            .order_by(ServiceRequestEvent.at, ServiceRequestEvent.id)
        ).scalars()
    )
    names = _user_names(s, [e.user_id for e in events] + [sr.approved_by])
    approver = names.get(sr.approved_by) if sr.approved_by is not None else None
    return RequestDetail(
        summary=summary,
        utility_kind=st.utility_kind,
        effect=copy.effect,
        needs_approval=copy.needs_approval,
        needs_site_work=copy.needs_site_work,
        description=sr.description,
        documents_received=tuple(sr.documents_received or ()),
        documents_missing=tuple(sr.documents_missing or ()),
        team=sr.dispatched_team,
        completed_at=local_time(sr.completed_at),
        closed_at=local_time(sr.closed_at),
        rejection_reason=sr.rejection_reason,
        satisfaction=sr.satisfaction,
        callback_at=local_time(sr.callback_at),
        approved_by_name=approver[1] if approver else None,
        approved_at=local_time(sr.approved_at),
        fee_receipt_no=sr.fee_receipt_no if summary.fee_paid and sr.fee > 0 else None,
        details=_details(sr.payload),
        events=tuple(
            RequestEventInfo(
                at=e.at.astimezone(LOCAL_TZ),
                from_status=e.from_status,
                to_status=e.to_status,
                user_employee_no=names.get(e.user_id, ("", ""))[0],
                user_name=names.get(e.user_id, ("", ""))[1],
                note=e.note,
            )
            for e in events
        ),
        allowed_steps=allowed_steps(
            sr.status, actor=step_actor(actor), owner_id=sr.owner_id, hall_id=sr.hall_id
        )
        if actor.can(Permission.REQUEST_ACCEPT)
        else (),
        version=sr.version,
        customer_id=sr.customer_id,
        approval_subject=request_subject(sr.number),
        account_holders=account_holders(s, sr.account_id) if sr.account_id is not None else (),
    )
