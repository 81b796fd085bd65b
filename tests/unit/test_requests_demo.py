"""The full demo has service requests in every state (docs/domain.md §6): overdue ones, an
emergency with its alert waiting, a 过户 and a 销户 done, callbacks due."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from people import sign_in
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    Approval,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceType,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import AccountStatus, ApprovalAction, RequestStatus
from counter_app.services.alerts import AlertService
from counter_app.services.demo import seed_demo
from counter_app.services.demo_requests import MIN_CUSTOMERS
from counter_app.services.requests.dto import RequestList
from counter_app.services.requests.service import RequestService


def test_the_demo_has_requests_in_every_state(db: Database, clock: FixedClock) -> None:
    seed_demo(db, clock, customers=MIN_CUSTOMERS)
    clerk = RequestService(db, clock, sign_in(db, clock, "G1001"))
    everything = clerk.list_requests(RequestList.ALL)
    assert {r.status for r in everything} == set(RequestStatus)
    overdue = clerk.list_requests(RequestList.OVERDUE)
    assert len(overdue) >= 2
    assert clerk.list_requests(RequestList.AWAITING_CALLBACK)
    first = clerk.list_requests(RequestList.OPEN)[0]
    assert first.emergency
    assert first.type_code == "LEAK"
    assert first.status is RequestStatus.DISPATCHED

    manager = sign_in(db, clock, "M1001")
    assert first.number in {a.subject for a in AlertService(db, clock, manager).pending()}

    transfer = next(
        r for r in everything if r.type_code == "TRANSFER" and r.status is RequestStatus.ARCHIVED
    )
    assert transfer.account_id is not None
    owners = clerk.account_owners(transfer.account_id)
    assert [o.request_number for o in owners] == [None, transfer.number]
    detail = clerk.get(transfer.id)
    assert detail.approved_by_name == "陈静"
    assert [e.to_status for e in detail.events][-1] is RequestStatus.ARCHIVED

    with db.read() as s:
        closed = s.execute(
            select(Account.status)
            .join(ServiceRequest, ServiceRequest.account_id == Account.id)
            .where(ServiceRequest.number.like("SRH02%"), ServiceRequest.status == "archived")
        ).scalar_one()
    assert closed is AccountStatus.CLOSED
    # Every request's timeline starts with its acceptance and agrees with its status.
    for summary in everything:
        events = clerk.get(summary.id).events
        assert events[0].from_status is None
        assert events[-1].to_status is summary.status


def test_a_small_demo_gets_the_catalogue_only(demo_db: Database, clock: FixedClock) -> None:
    clerk = RequestService(demo_db, clock, sign_in(demo_db, clock, "G1001"))
    assert clerk.list_requests(RequestList.ALL) == ()


def test_the_demo_seeded_before_opening_keeps_the_counter_steps_within_its_hours(
    db: Database,
) -> None:
    """Seeded at 07:30, before the hall opens: every step taken at a counter is from within
    its opening hours (09:00-17:00) and not after the demo's "now"; only the gas leak, an
    emergency taken 24×7, came in at whatever hour it was, minutes ago."""
    now = datetime(2026, 11, 24, 7, 30, tzinfo=LOCAL_TZ)
    seed_demo(db, FixedClock(now), customers=MIN_CUSTOMERS)
    with db.read() as s:
        moments = s.execute(
            select(ServiceRequest.number, ServiceType.code, ServiceRequestEvent.at)
            .join(ServiceRequestEvent, ServiceRequestEvent.request_id == ServiceRequest.id)
            .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        ).all()
        approvals = (
            s.execute(select(Approval.at).where(Approval.action == ApprovalAction.SERVICE_REQUEST))
            .scalars()
            .all()
        )
    assert len(moments) > 40
    at_counter = [(n, at.astimezone(LOCAL_TZ)) for n, code, at in moments if code != "LEAK"]
    outside = [(n, at) for n, at in at_counter if not time(9) <= at.time() < time(17)]
    assert not outside, outside[:5]
    assert max(at for _, at in at_counter) <= now
    leak = [at for _, code, at in moments if code == "LEAK"]
    assert leak
    assert all(now - timedelta(hours=1) <= at <= now for at in leak)
    assert all(time(9) <= a.astimezone(LOCAL_TZ).time() < time(17) for a in approvals)
    assert approvals
