"""The 业务受理台账 (docs/domain.md §10): every request of a period and hall, with its
on-time flag and satisfaction, and the workbook written through ``files.atomic_write``."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from counter_app.db.models import Account, Customer, Hall, ServiceRequest, ServiceType, User
from counter_app.domain.clock import LOCAL_TZ, local_time
from counter_app.domain.requests import is_overdue, on_time
from counter_app.files import atomic_write
from counter_app.services.base import Actor
from counter_app.services.requests.dto import LedgerRow, RequestInputError
from counter_app.services.requests.queries import type_copy

MAX_PERIOD_DAYS = 366


def check_period(start: date, end: date) -> None:
    """Raises RequestInputError (``field``: ``end``) for a period that ends before it starts or
    is longer than :data:`MAX_PERIOD_DAYS`."""
    if end < start:
        raise RequestInputError("request.period_invalid", field="end", start=start, end=end)
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise RequestInputError("request.period_too_long", field="end", max_days=MAX_PERIOD_DAYS)


def hall_code(s: Session, hall_id: int | None) -> str | None:
    if hall_id is None:
        return None
    hall = s.get(Hall, hall_id)
    return hall.code if hall else None


def rows(
    s: Session, start: date, end: date, hall_id: int | None, now: datetime
) -> tuple[LedgerRow, ...]:
    """Every request accepted from ``start`` to ``end`` (hall dates, both included), oldest
    first. ``on_time``: completed by the deadline; an open request past it is late already
    (False); None while it can still be on time or has no deadline."""
    owner = aliased(User)
    since = datetime.combine(start, time.min, tzinfo=LOCAL_TZ)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=LOCAL_TZ)
    query = (
        select(ServiceRequest, ServiceType, Hall.code, Account.number, Customer.name, owner)
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .join(Hall, Hall.id == ServiceRequest.hall_id)
        .join(owner, owner.id == ServiceRequest.owner_id)
        .outerjoin(Account, Account.id == ServiceRequest.account_id)
        .outerjoin(Customer, Customer.id == ServiceRequest.customer_id)
        .where(ServiceRequest.accepted_at >= since, ServiceRequest.accepted_at < until)
        .order_by(ServiceRequest.accepted_at, ServiceRequest.id)
    )
    if hall_id is not None:
        query = query.where(ServiceRequest.hall_id == hall_id)
    result = []
    for sr, st, code, account_number, customer_name, user in s.execute(query):
        copy = type_copy(sr, st)
        flag = on_time(sr.deadline_at, sr.completed_at)
        if flag is None and is_overdue(sr.status, sr.deadline_at, now):
            flag = False
        result.append(
            LedgerRow(
                number=sr.number,
                hall_code=code,
                type_code=copy.code,
                type_name=copy.name,
                status=sr.status,
                emergency=sr.emergency,
                account_number=account_number or "",
                customer_name=customer_name or "",
                owner_employee_no=user.employee_no,
                owner_name=user.name,
                accepted_at=sr.accepted_at.astimezone(LOCAL_TZ),
                deadline_at=local_time(sr.deadline_at),
                completed_at=local_time(sr.completed_at),
                on_time=flag,
                satisfaction=sr.satisfaction,
            )
        )
    return tuple(result)


def write(
    path: Path,
    ledger_rows: tuple[LedgerRow, ...],
    *,
    start: date,
    end: date,
    hall_code: str | None,
    actor: Actor,
    now: datetime,
) -> None:
    """The workbook to ``path``, whole or not at all."""
    from counter_app.reports.requests_ledger import requests_ledger_workbook

    data = requests_ledger_workbook(
        ledger_rows,
        start=start,
        end=end,
        hall_code=hall_code,
        exported_by=f"{actor.employee_no} {actor.name}",
        exported_at=now,
    )
    atomic_write(path, data)
