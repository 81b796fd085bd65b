"""The demo data has complaints in every state: new, overdue and chased, a repeat, an appeal,
an emergency with its repair and alert, resolved, closed, mediated, in both halls."""

from __future__ import annotations

from complaint_cases import complaints_as
from people import sign_in

from counter_app.db.engine import Database
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import ComplaintStatus, Severity
from counter_app.services.alerts import AlertService
from counter_app.services.alerts_dto import EMERGENCY_COMPLAINT
from counter_app.services.complaints.dto import ComplaintScope
from counter_app.services.demo import seed_demo
from counter_app.services.demo_complaints import MIN_CUSTOMERS


def test_the_demo_has_complaints_in_every_state(db: Database, clock: FixedClock) -> None:
    seed_demo(db, clock, customers=MIN_CUSTOMERS)
    manager = complaints_as(db, clock, "M1001")
    rows = manager.list(ComplaintScope.ALL).rows
    assert {r.status for r in rows} == set(ComplaintStatus)
    assert any(r.overdue for r in rows)
    assert any(r.due_today for r in rows)
    assert any(r.is_repeat and r.severity is Severity.MAJOR for r in rows)
    assert any(r.is_appeal and r.status is ComplaintStatus.APPEAL for r in rows)
    emergency = next(r for r in rows if r.severity is Severity.EMERGENCY)
    assert manager.get(emergency.complaint_id).repair_request_number
    assert any(o.chases for o in manager.overdue())
    details = [manager.get(r.complaint_id) for r in rows]
    assert any(d.mediations for d in details)
    assert any(d.extensions for d in details)
    assert any(d.attachments for d in details)
    alerts = AlertService(db, clock, sign_in(db, clock, "M1001")).pending()
    assert emergency.number in {a.subject for a in alerts if a.kind == EMERGENCY_COMPLAINT}
    assert complaints_as(db, clock, "M2001").list(ComplaintScope.OVERDUE).rows


def test_the_small_demo_of_the_tests_has_none(demo_db: Database, clock: FixedClock) -> None:
    assert complaints_as(demo_db, clock, "M1001").list(ComplaintScope.ALL).rows == ()
