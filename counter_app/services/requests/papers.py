"""The printed documents of a request, filled from the database: the work order (工单), the
settlement slip of a 销户 (结算单) and the request-status slip (业务进度单).

Personal data is masked here, before printing sees it (docs/domain.md §11).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Customer, Hall, ServiceRequestEvent, User
from counter_app.db.models import ServiceRequest as Request
from counter_app.domain.clock import LOCAL_TZ, local_time
from counter_app.domain.documents import IssuedBy
from counter_app.domain.enums import RequestStatus, UtilityKind
from counter_app.domain.request_documents import (
    Copy,
    RequestStatusSlip,
    SettlementSlip,
    WorkOrder,
)
from counter_app.domain.requests import is_overdue, next_step
from counter_app.services.accounts import UTILITY_LABELS, _issued_by
from counter_app.services.base import Actor
from counter_app.services.customers import phone_display
from counter_app.services.requests.effects import arrears_principal, closure_of
from counter_app.services.requests.queries import fee_paid_in, type_name_of

ORIGINAL = Copy()

#: The unit of volume of each kind (docs/domain.md §2).
UNITS = {UtilityKind.GAS: "m³", UtilityKind.ELECTRICITY: "kWh", UtilityKind.WATER: "t"}


def _issued(s: Session, sr: Request, actor: Actor, now: datetime) -> IssuedBy:
    hall = s.get(Hall, sr.hall_id)
    assert hall is not None
    return _issued_by(s, hall, actor, now)


def _people(s: Session, sr: Request) -> tuple[Customer | None, Account | None, User]:
    customer = s.get(Customer, sr.customer_id) if sr.customer_id is not None else None
    account = s.get(Account, sr.account_id) if sr.account_id is not None else None
    owner = s.get(User, sr.owner_id)
    assert owner is not None
    return customer, account, owner


def _dispatch_note(s: Session, sr: Request) -> str:
    note = s.execute(
        select(ServiceRequestEvent.note)
        .where(
            ServiceRequestEvent.request_id == sr.id,
            ServiceRequestEvent.to_status == RequestStatus.DISPATCHED,
        )
        .order_by(ServiceRequestEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return note or ""


def work_order_of(
    s: Session, sr: Request, actor: Actor, now: datetime, copy: Copy = ORIGINAL
) -> WorkOrder:
    customer, account, owner = _people(s, sr)
    return WorkOrder(
        issued=_issued(s, sr, actor, now),
        number=sr.number,
        type_name=type_name_of(s, sr),
        emergency=sr.emergency,
        customer_name=customer.name if customer else "",
        phone_masked=phone_display(customer) if customer else "",
        account_number=account.number if account else "",
        address=sr.address,
        description=sr.description,
        documents_received=tuple(sr.documents_received or ()),
        fee=sr.fee,
        fee_receipt_no=sr.fee_receipt_no if sr.fee > 0 and fee_paid_in(s, sr) else None,
        accepted_at=sr.accepted_at.astimezone(LOCAL_TZ),
        deadline_at=local_time(sr.deadline_at),
        team=sr.dispatched_team or "",
        dispatch_note=_dispatch_note(s, sr),
        owner_employee_no=owner.employee_no,
        owner_name=owner.name,
        copy=copy,
    )


def settlement_slip_of(
    s: Session, sr: Request, actor: Actor, now: datetime, copy: Copy = ORIGINAL
) -> SettlementSlip | None:
    """The settlement slip of a completed 销户 (None when the account is not closed)."""
    customer, account, owner = _people(s, sr)
    if account is None or account.closed_on is None:
        return None
    return SettlementSlip(
        issued=_issued(s, sr, actor, now),
        request_number=sr.number,
        account_number=account.number,
        customer_name=customer.name if customer else "",
        phone_masked=phone_display(customer) if customer else "",
        address=account.supply_address,
        utility_kind=UTILITY_LABELS[account.utility_kind],
        meter_number=account.meter_number or "",
        unit=UNITS[account.utility_kind],
        totals=closure_of(s, account, account.closed_on),
        arrears=arrears_principal(s, account.id),
        owner_employee_no=owner.employee_no,
        owner_name=owner.name,
        copy=copy,
    )


def status_slip_of(s: Session, sr: Request, actor: Actor, now: datetime) -> RequestStatusSlip:
    customer, account, owner = _people(s, sr)
    local = now.astimezone(LOCAL_TZ)
    return RequestStatusSlip(
        issued=_issued(s, sr, actor, now),
        slip_number=f"{sr.number}-{local:%y%m%d%H%M%S}",
        request_number=sr.number,
        type_name=type_name_of(s, sr),
        customer_name=customer.name if customer else "",
        account_number=account.number if account else "",
        address=sr.address,
        status=sr.status,
        accepted_at=sr.accepted_at.astimezone(LOCAL_TZ),
        deadline_at=local_time(sr.deadline_at),
        overdue=is_overdue(sr.status, sr.deadline_at, now),
        next_step=next_step(sr.status),
        documents_missing=tuple(sr.documents_missing or ()),
        team=sr.dispatched_team,
        owner_employee_no=owner.employee_no,
        owner_name=owner.name,
        completed_at=local_time(sr.completed_at),
        rejection_reason=sr.rejection_reason,
    )
