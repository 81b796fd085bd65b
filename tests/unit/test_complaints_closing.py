"""Closing a complaint: the feedback after the four milestones, the callback, closing only
with all three; 不满意 reopens it as an appeal with new deadlines; mediation; lookups."""

from __future__ import annotations

from datetime import timedelta

import pytest
from complaint_cases import at, complaints_as, counts, intake, record_all
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import Account, ComplaintCallback
from counter_app.domain.clock import FixedClock
from counter_app.domain.complaints import ComplaintRefused
from counter_app.domain.enums import (
    ComplaintCategory,
    ComplaintStatus,
    MilestoneKind,
    Satisfaction,
)
from counter_app.services.complaints.dto import ComplaintScope, ContactMethod
from counter_app.services.customers_dto import FieldErrors


def test_a_complaint_closes_after_feedback_and_callback(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    complaint_id = service.accept(intake()).detail.row.complaint_id
    clock.advance(hours=3)
    with pytest.raises(ComplaintRefused) as early:
        service.record_feedback(
            complaint_id,
            resolution="已致歉",
            feedback_at=clock.now(),
            feedback_method=ContactMethod.PHONE,
        )
    assert early.value.code == "complaint.feedback_needs_milestones"
    with pytest.raises(ComplaintRefused) as unresolved:
        service.close(complaint_id)
    assert unresolved.value.code == "complaint.close_needs_resolution"
    with pytest.raises(ComplaintRefused) as no_feedback:
        service.record_callback(
            complaint_id, callback_at=clock.now(), satisfaction=Satisfaction.SATISFIED
        )
    assert no_feedback.value.code == "complaint.callback_needs_feedback"

    record_all(service, complaint_id)
    resolved = service.record_feedback(
        complaint_id,
        resolution="当事柜员当面致歉，班组开展服务规范培训。",
        feedback_at=clock.now(),
        feedback_method=ContactMethod.PHONE,
    )
    assert resolved.row.status is ComplaintStatus.RESOLVED
    assert resolved.actions.callback
    assert not resolved.actions.close
    with pytest.raises(ComplaintRefused) as no_callback:
        service.close(complaint_id)
    assert no_callback.value.code == "complaint.close_needs_callback"
    clock.advance(days=1)
    called = service.record_callback(
        complaint_id, callback_at=clock.now(), satisfaction=Satisfaction.SATISFIED, note="认可"
    )
    assert called.actions.close
    closed = service.close(complaint_id)
    assert closed.row.status is ComplaintStatus.CLOSED
    assert closed.closed_at == clock.now()
    assert closed.row.next_due_at is None
    assert not closed.row.overdue
    with pytest.raises(ComplaintRefused) as again:
        service.record_milestone(complaint_id, MilestoneKind.INVESTIGATION, "x")
    assert again.value.code == "complaint.closed"


def test_feedback_and_callback_times_are_checked(demo_db: Database, clock: FixedClock) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    complaint_id = service.accept(intake(received_at=clock.now() - timedelta(hours=2))).detail
    cid = complaint_id.row.complaint_id
    record_all(service, cid)
    before = counts(demo_db)
    with pytest.raises(FieldErrors) as refused:
        service.record_feedback(
            cid,
            resolution="",
            feedback_at=clock.now() + timedelta(minutes=5),
            feedback_method="telepathy",  # type: ignore[arg-type]
        )
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("resolution", "complaint.text_empty"),
        ("feedback_at", "complaint.time_future"),
        ("feedback_method", "complaint.choice_invalid"),
    }
    with pytest.raises(FieldErrors) as early:
        service.record_feedback(
            cid,
            resolution="已处理",
            feedback_at=clock.now() - timedelta(hours=3),  # before the complaint came in
            feedback_method=ContactMethod.SMS,
        )
    assert early.value.errors[0].code == "complaint.time_before"
    assert counts(demo_db) == before
    service.record_feedback(
        cid, resolution="已处理", feedback_at=clock.now(), feedback_method=ContactMethod.SMS
    )
    with pytest.raises(FieldErrors) as before_feedback:
        service.record_callback(
            cid,
            callback_at=clock.now() - timedelta(minutes=1),
            satisfaction=Satisfaction.SATISFIED,
        )
    assert before_feedback.value.errors[0].code == "complaint.time_before"


def test_a_dissatisfied_callback_reopens_it_as_an_appeal_for_the_manager(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    complaint_id = service.accept(intake()).detail.row.complaint_id
    record_all(service, complaint_id)
    service.record_feedback(
        complaint_id,
        resolution="已解释",
        feedback_at=clock.now(),
        feedback_method=ContactMethod.PHONE,
    )
    # Callback on Friday 2026-11-27: the appeal's deadlines count from that day.
    clock.advance(days=4, hours=1)
    appeal = service.record_callback(
        complaint_id,
        callback_at=at(2026, 11, 27, 10),
        satisfaction=Satisfaction.DISSATISFIED,
        note="对解释不认可",
    )
    assert appeal.row.status is ComplaintStatus.APPEAL
    assert appeal.row.is_appeal
    assert appeal.appeal_round == 2
    assert appeal.row.owner_name == "陈静"  # handled by the manager
    assert {m.kind: m.due_at.date().isoformat() for m in appeal.milestones} == {
        MilestoneKind.INVESTIGATION: "2026-11-30",
        MilestoneKind.SOLUTION_PROPOSED: "2026-12-01",
        MilestoneKind.SOLUTION_DONE: "2026-12-02",
        MilestoneKind.RESULT_REPORTED: "2026-12-04",
    }
    assert all(m.done_at is None for m in appeal.milestones)
    assert appeal.feedback_at is None
    assert appeal.satisfaction is None
    assert [r.complaint_id for r in service.list(ComplaintScope.APPEAL).rows] == [complaint_id]
    # The first round's callback stays on record.
    with demo_db.read() as s:
        kept = s.execute(select(ComplaintCallback.round, ComplaintCallback.satisfaction)).all()
    assert kept == [(1, Satisfaction.DISSATISFIED)]
    # The clerk may still follow it up, but closing the appeal is the manager's.
    manager = complaints_as(demo_db, clock, "M1001")
    record_all(manager, complaint_id)
    manager.record_feedback(
        complaint_id,
        resolution="上门复核，减免当月服务费",
        feedback_at=clock.now(),
        feedback_method=ContactMethod.VISIT,
    )
    manager.record_callback(
        complaint_id, callback_at=clock.now(), satisfaction=Satisfaction.FAIRLY_SATISFIED
    )
    closed = manager.close(complaint_id)
    assert closed.row.status is ComplaintStatus.CLOSED
    assert closed.row.is_appeal
    slip = manager.slip(complaint_id)
    assert slip.appeal


def test_a_dispute_records_mediation_and_its_agreement(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    complaint_id = service.accept(intake(category=ComplaintCategory.PRICE)).detail.row.complaint_id
    clock.advance(hours=5)
    with pytest.raises(FieldErrors) as refused:
        service.record_mediation(
            complaint_id, mediated_at=clock.now(), mediator="", parties="", record="", agreement=""
        )
    assert len(refused.value.errors) == 4
    detail = service.record_mediation(
        complaint_id,
        mediated_at=clock.now(),
        mediator="社区调解员 李明",
        parties="张伟；城东营业厅",
        record="双方就多收的气费金额核对表底读数。",
        agreement="按表底读数重新计费，多收部分退回。",
    )
    assert [(m.mediator, m.agreement) for m in detail.mediations] == [
        ("社区调解员 李明", "按表底读数重新计费，多收部分退回。")
    ]


def test_lookup_by_number_or_phone_and_the_account_s_complaints(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    with demo_db.read() as s:
        account_id = s.execute(select(Account.id).order_by(Account.id).limit(1)).scalar_one()
    first = service.accept(intake(account_id=account_id)).detail
    second = service.accept(
        intake(category=ComplaintCategory.SUPPLY, contact_phone="13900002222")
    ).detail
    assert [r.number for r in service.lookup(first.row.number.lower())] == [first.row.number]
    assert [r.number for r in service.lookup("138 1234 5678")] == [first.row.number]
    assert [r.number for r in service.lookup("13900002222")] == [second.row.number]
    assert service.lookup("nothing") == ()
    assert service.find(second.row.number).row.complaint_id == second.row.complaint_id
    assert [r.number for r in service.for_account(account_id)] == [first.row.number]


def test_the_list_puts_emergencies_and_overdue_first(demo_db: Database, clock: FixedClock) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    fresh = service.accept(intake()).detail
    late = service.accept(
        intake(category=ComplaintCategory.QUALITY, received_at=at(2026, 11, 18))
    ).detail
    mine = service.list(ComplaintScope.MINE).rows
    assert [r.complaint_id for r in mine] == [late.row.complaint_id, fresh.row.complaint_id]
    assert mine[0].overdue
    assert not mine[1].overdue
    assert service.list(ComplaintScope.DUE_TODAY).rows == ()
    assert service.list(ComplaintScope.CLOSED).rows == ()
    assert len(service.list(ComplaintScope.ALL).rows) == 2
