"""Accepting a service request (受理, docs/domain.md §6).

The checks run in one place for the preview the clerk sees before confirming and for the
intake itself: the type is active and fits the account, the type's own data is valid and
allowed (过户, 更名, 迁移, 暂停, 恢复, 销户), the documents are from its checklist. The request
then copies its type's name, approval flag, fee, SLA and effect, so a later edit of the
catalogue does not change it; its owner is the accepting clerk (首问负责制).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    CalendarOverride,
    Customer,
    Hall,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceType,
    User,
)
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ, Clock
from counter_app.domain.documents import MissingDocumentsNotice
from counter_app.domain.enums import (
    AccountStatus,
    CustomerKind,
    RequestEffect,
    RequestStatus,
    UtilityKind,
)
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.identity import normalize_text, validate_address
from counter_app.domain.requests import OPEN_STATUSES, after_documents, deadline_for
from counter_app.services import audit, personal_data
from counter_app.services.accounts import (
    _issued_by,
    _validate_new_customer,
    allocate_request_number,
    create_customer,
)
from counter_app.services.alerts import raise_alert
from counter_app.services.alerts_dto import EMERGENCY_REQUEST
from counter_app.services.base import Actor
from counter_app.services.bills import load_account
from counter_app.services.customers import ErrorCollector, normalised_name, phone_display
from counter_app.services.requests.catalogue import load_type, type_info
from counter_app.services.requests.dto import (
    DESCRIPTION_MAX_LENGTH,
    QUEUE_TICKET_MAX_LENGTH,
    IntakePreview,
    IntakeRequest,
    RelocateDetails,
    RenameDetails,
    RequestRefused,
    ServiceTypeNotFound,
    TransferDetails,
)
from counter_app.services.requests.effects import check_account_for
from counter_app.services.requests.queries import type_name_of
from counter_app.services.settings import read_setting


def calendar_in(s: Session) -> WorkingCalendar:
    """The working-day calendar with the administrators' overrides, read in ``s``."""
    rows = s.execute(select(CalendarOverride.day, CalendarOverride.is_working_day)).all()
    return WorkingCalendar({day: working for day, working in rows})


def clean_text(raw: str | None) -> str:
    return " ".join(normalize_text(raw or "").split())


@dataclass
class Planned:
    """An intake after every check: what will be written."""

    service_type: ServiceType
    account: Account | None
    customer: Customer | None
    description: str
    address: str
    received: tuple[str, ...]
    missing: tuple[str, ...]
    status: RequestStatus
    deadline_at: datetime | None
    unknown_years: tuple[int, ...]
    queue_ticket: str | None
    payload: dict[str, Any] = field(default_factory=dict)
    new_owner: Any = None  # a validated new customer to create for a 过户


def hall_of(s: Session, actor: Actor) -> Hall:
    hall = s.get(Hall, actor.hall_id) if actor.hall_id is not None else None
    if hall is None:
        raise PermissionDenied("requests are accepted at a hall", hall_required=True)
    return hall


def _type_for(s: Session, request: IntakeRequest) -> ServiceType:
    st = load_type(s, request.service_type_id)
    if not st.active:
        raise RequestRefused("request.type_inactive", type_name=st.name)
    return st


def plan_intake(
    s: Session, request: IntakeRequest, calendar: WorkingCalendar, now: datetime
) -> Planned:
    """Check an intake against the stored data; nothing is written.

    Raises: see :meth:`RequestService.accept`.
    """
    st = _type_for(s, request)
    account: Account | None = None
    customer: Customer | None = None
    if request.account_id is not None:
        account = load_account(s, request.account_id)
        if account.utility_kind is not st.utility_kind:
            raise RequestRefused(
                "request.type_not_served", type_name=st.name, utility_kind=account.utility_kind
            )
        if account.status is AccountStatus.CLOSED:
            raise RequestRefused("request.account_closed", account_number=account.number)
        customer = s.get(Customer, account.customer_id)
    elif not st.emergency:
        raise RequestRefused("request.account_required", type_name=st.name)
    elif request.customer_id is not None:
        customer = s.get(Customer, request.customer_id)

    errors = ErrorCollector()
    description = clean_text(request.description)
    if st.needs_description and not description:
        errors.add("description", "request.description_empty")
    elif len(description) > DESCRIPTION_MAX_LENGTH:
        errors.add(
            "description",
            "request.description_too_long",
            max=DESCRIPTION_MAX_LENGTH,
            actual=len(description),
        )
    address = clean_text(request.address)
    if address:
        address = errors.check("address", lambda: validate_address(address)) or address
    elif account is not None:
        address = account.supply_address
    else:
        errors.add("address", "request.address_empty")
    required = tuple(st.required_documents or ())
    typed = tuple(
        dict.fromkeys(d for d in (clean_text(x) for x in request.documents_received) if d)
    )
    for name in typed:
        if name not in required:
            errors.add("documents", "request.documents_unknown", name=name)
    ticket = clean_text(request.queue_ticket)
    if len(ticket) > QUEUE_TICKET_MAX_LENGTH:
        errors.add("queue_ticket", "request.queue_ticket_too_long", max=QUEUE_TICKET_MAX_LENGTH)
    payload: dict[str, Any] = {}
    new_owner = None
    if account is not None and customer is not None:
        new_owner = _check_details(s, st, account, customer, request, errors, payload, now)
    errors.raise_if_any()
    if account is not None:
        check_account_for(s, st.effect, account, payload)
        _refuse_second_effect(s, st, account)

    received = tuple(d for d in required if d in typed)
    missing = tuple(d for d in required if d not in typed)
    status = after_documents(
        missing=bool(missing), needs_approval=st.needs_approval and not st.emergency
    )
    deadline_at: datetime | None = None
    unknown: tuple[int, ...] = ()
    if not missing:
        deadline = deadline_for(now, st.sla_amount, st.sla_unit, calendar)
        deadline_at, unknown = deadline.due_at, deadline.unknown_years
    return Planned(
        service_type=st,
        account=account,
        customer=customer,
        description=description,
        address=address,
        received=received,
        missing=missing,
        status=status,
        deadline_at=deadline_at,
        unknown_years=unknown,
        queue_ticket=ticket or None,
        payload=payload,
        new_owner=new_owner,
    )


def _check_details(
    s: Session,
    st: ServiceType,
    account: Account,
    holder: Customer,
    request: IntakeRequest,
    errors: ErrorCollector,
    payload: dict[str, Any],
    now: datetime,
) -> Any:
    """The type's own data into ``payload``; a new customer to create for a 过户."""
    details = request.details
    if st.effect is RequestEffect.TRANSFER:
        if not isinstance(details, TransferDetails) or (
            details.new_customer_id is None and details.new_customer is None
        ):
            errors.add("new_owner", "request.new_owner_required")
            return None
        payload["old_owner_id"] = holder.id
        payload["old_owner_name"] = holder.name
        if details.new_customer_id is not None:
            new = s.get(Customer, details.new_customer_id)
            if new is None or new.anonymised_at is not None:
                errors.add("new_owner", "customer.not_found", id=details.new_customer_id)
                return None
            payload["new_customer_id"] = new.id
            payload["new_owner_name"] = new.name
            return None
        assert details.new_customer is not None
        today = now.astimezone(LOCAL_TZ).date()
        typed = _validate_new_customer(details.new_customer, today, errors)
        if typed is None:
            return None
        existing = _existing_customer(s, typed, errors)
        if existing is not None:
            payload["new_customer_id"] = existing.id
            payload["new_owner_name"] = existing.name
            return None
        payload["new_owner_name"] = typed.name
        return typed
    if st.effect is RequestEffect.RENAME:
        raw = details.new_name if isinstance(details, RenameDetails) else ""
        name = normalised_name(holder.kind, raw, errors)
        if name is not None and name == holder.name:
            errors.add("new_name", "request.new_name_same")
        elif name is not None:
            payload.update(new_name=name, old_name=holder.name, customer_id=holder.id)
        _rename_field(errors)
    elif st.effect is RequestEffect.RELOCATE:
        raw = details.new_address if isinstance(details, RelocateDetails) else ""
        new_address = errors.check(
            "new_address", lambda: validate_address(raw, field="new_address")
        )
        if new_address is not None and new_address == account.supply_address:
            errors.add("new_address", "request.new_address_same")
        elif new_address is not None:
            payload.update(new_address=new_address, old_address=account.supply_address)
    return None


def _rename_field(errors: ErrorCollector) -> None:
    """Name errors of a 更名 belong to the ``new_name`` field of the form."""
    errors.errors = [
        type(e)("new_name", e.code, e.params) if e.field == "name" else e for e in errors.errors
    ]


def _existing_customer(s: Session, typed: Any, errors: ErrorCollector) -> Customer | None:
    """The stored customer with the new owner's ID number or credit code, if any; a different
    name under the same number is a field error (most likely a mistyped number)."""
    if typed.kind is CustomerKind.INDIVIDUAL:
        key, code = "id_number", "id.name_mismatch"
        same = personal_data.id_number_is(s, typed.id_number or "")
    else:
        key, code = "credit_code", "uscc.name_mismatch"
        same = Customer.credit_code == typed.credit_code
    existing = s.execute(select(Customer).where(same)).scalar_one_or_none()
    if existing is None:
        return None
    if existing.anonymised_at is not None:
        errors.add(key, "customer.anonymised")
    elif "".join(existing.name.split()) != "".join(typed.name.split()):
        errors.add("name", code, registered_name=existing.name)
    return existing


def _refuse_second_effect(s: Session, st: ServiceType, account: Account) -> None:
    """One request that changes the account at a time: a 过户 and a 销户 must not race."""
    if st.effect is RequestEffect.NONE:
        return
    other = s.execute(
        select(ServiceRequest.number, ServiceRequest.effect, ServiceType.effect)
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .where(
            ServiceRequest.account_id == account.id,
            ServiceRequest.status.in_(OPEN_STATUSES),
        )
    ).all()
    for number, own, of_type in other:
        if (own or of_type) is not RequestEffect.NONE:
            raise RequestRefused("request.open_exists", number=number)


def preview(planned: Planned) -> IntakePreview:
    return IntakePreview(
        service_type=type_info(planned.service_type),
        status=planned.status,
        deadline_at=planned.deadline_at,
        documents_missing=planned.missing,
        fee=planned.service_type.fee,
        unknown_years=planned.unknown_years,
    )


def _sealed_payload(
    s: Session, holder_id: int | None, payload: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The request's data for its audit entry, each name in it sealed with the key of the
    customer it names (the holder's for a 更名 and a 过户's seller, the buyer's for the new
    holder), so erasing either customer leaves their name unreadable in the trail."""
    if not payload:
        return payload
    sealed = dict(payload)
    owners = {
        "old_name": holder_id,
        "new_name": holder_id,
        "old_owner_name": holder_id,
        "new_owner_name": payload.get("new_customer_id"),
    }
    for key, owner in owners.items():
        if owner is not None and key in sealed:
            sealed.update(personal_data.seal_audit_values(s, int(owner), {key: sealed[key]}) or {})
    return sealed


def write_intake(
    s: Session, actor: Actor, planned: Planned, now: datetime, *, note: str = ""
) -> ServiceRequest:
    """Store a checked intake: the request, its first event, the audit entry, the alert of
    an emergency; returns the request."""
    hall = hall_of(s, actor)
    today = now.astimezone(LOCAL_TZ).date()
    st = planned.service_type
    if planned.new_owner is not None:
        new = create_customer(s, planned.new_owner, now, actor.user_id)
        s.flush()
        planned.payload["new_customer_id"] = new.id
        after = personal_data.seal_audit_values(s, new.id, {"name": new.name})
        audit.record_by(s, actor, now, "create", "customer", new.id, after=after)
    number = allocate_request_number(s, hall, today)
    sr = ServiceRequest(
        number=number,
        service_type_id=st.id,
        hall_id=hall.id,
        customer_id=planned.customer.id if planned.customer else None,
        account_id=planned.account.id if planned.account else None,
        owner_id=actor.user_id,
        status=planned.status,
        description=planned.description,
        address=planned.address,
        documents_received=list(planned.received),
        documents_missing=list(planned.missing),
        emergency=st.emergency,
        accepted_at=now,
        deadline_at=planned.deadline_at,
        fee=st.fee,
        payload=planned.payload or None,
        queue_ticket=planned.queue_ticket,
        version=1,
        type_name=st.name,
        needs_approval=st.needs_approval and not st.emergency,
        sla_amount=st.sla_amount,
        sla_unit=st.sla_unit,
        effect=st.effect,
    )
    s.add(sr)
    s.flush()
    first_note = "资料不全：" + "、".join(planned.missing) if planned.missing else note
    s.add(
        ServiceRequestEvent(
            request_id=sr.id,
            from_status=None,
            to_status=sr.status,
            user_id=actor.user_id,
            at=now,
            note=first_note,
        )
    )
    audit.record_by(
        s,
        actor,
        now,
        "create",
        "service_request",
        sr.id,
        after={
            "number": sr.number,
            "type": st.code,
            "status": sr.status,
            "account_number": planned.account.number if planned.account else None,
            "documents_received": sr.documents_received,
            "documents_missing": sr.documents_missing,
            "deadline_at": sr.deadline_at,
            "fee": sr.fee,
            "payload": _sealed_payload(s, sr.customer_id, sr.payload),
            "emergency": sr.emergency,
        },
    )
    if sr.emergency:
        raise_alert(
            s,
            hall_id=hall.id,
            kind=EMERGENCY_REQUEST,
            subject=sr.number,
            summary=f"{st.name} · {sr.address}",
            at=now,
        )
    s.flush()
    return sr


def missing_notice(
    s: Session, actor: Actor, sr: ServiceRequest, now: datetime
) -> MissingDocumentsNotice | None:
    """The 一次性告知单 of a request with missing documents (None when nothing is missing)."""
    if not sr.documents_missing:
        return None
    customer = s.get(Customer, sr.customer_id) if sr.customer_id is not None else None
    received = tuple(sr.documents_received or ())
    missing = tuple(sr.documents_missing or ())
    owner = s.get(User, sr.owner_id)
    return MissingDocumentsNotice(
        issued=_issued_by(s, hall_of(s, actor), actor, now),
        notice_number=sr.number,
        customer_name=customer.name if customer else "",
        phone_masked=phone_display(customer) if customer else "",
        business=type_name_of(s, sr),
        address=sr.address,
        documents_required=received + missing,
        documents_received=received,
        documents_missing=missing,
        owner_employee_no=owner.employee_no if owner else "",
        owner_name=owner.name if owner else "",
    )


def open_emergency_repair(
    s: Session,
    actor: Actor,
    clock: Clock,
    *,
    hall_id: int,
    account_id: int | None,
    description: str,
    address: str = "",
    customer_id: int | None = None,
    source: str = "",
) -> str:
    """Open an emergency repair (e.g. 燃气泄漏报修) inside the caller's unit of work.

    For an emergency complaint (docs/domain.md §7): the request is accepted at once with
    the emergency type of the account's utility kind (the deployment's first served kind
    when there is no account), owned by ``actor``, due by the type's clock hours; an alert is
    raised for the hall's manager. ``source`` goes into the first event's note (e.g. the
    complaint number).

    Returns:
        The request number.

    Raises:
        ServiceTypeNotFound: the catalogue has no active emergency type for the kind.
        FieldErrors: empty or over-long description or address.
        AccountNotFound, RequestRefused (``request.account_closed``).
    """
    if actor.hall_id != hall_id:
        actor = replace(actor, hall_id=hall_id)
    if account_id is not None:
        kind = load_account(s, account_id).utility_kind
    else:
        kind = UtilityKind(read_setting(s, "utility_kinds")[0])
    type_id = s.execute(
        select(ServiceType.id)
        .where(
            ServiceType.utility_kind == kind,
            ServiceType.emergency.is_(True),
            ServiceType.active.is_(True),
        )
        .order_by(ServiceType.id)
        .limit(1)
    ).scalar_one_or_none()
    if type_id is None:
        raise ServiceTypeNotFound("no emergency type", utility_kind=kind.value, emergency=True)
    now = clock.now()
    request = IntakeRequest(
        service_type_id=type_id,
        account_id=account_id,
        description=description,
        address=address,
        customer_id=customer_id,
    )
    planned = plan_intake(s, request, calendar_in(s), now)
    if source:
        planned.payload["source"] = clean_text(source)[:60]
    return write_intake(s, actor, planned, now, note=clean_text(source)[:200]).number
