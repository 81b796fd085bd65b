"""Working a complaint: the milestones in order, extensions before the deadline with the
manager's approval, transfer, the manager's overdue view and 催办, and who may do what."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from complaint_cases import at, complaints_as, counts, intake
from people import sign_in
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, ComplaintExtension, User
from counter_app.domain.approvals import ApprovalInvalid, ApprovalRequired
from counter_app.domain.clock import FixedClock
from counter_app.domain.complaints import ComplaintForbidden, ComplaintRefused
from counter_app.domain.enums import (
    ApprovalAction,
    ComplaintCategory,
    ComplaintStatus,
    MilestoneKind,
    Severity,
)
from counter_app.domain.errors import PermissionDenied
from counter_app.services.auth import AuthService
from counter_app.services.complaints.dto import ComplaintScope, ContactMethod, extension_subject
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.demo import DEMO_PASSWORD

FIRST, PROPOSED, DONE, REPORTED = (
    MilestoneKind.INVESTIGATION,
    MilestoneKind.SOLUTION_PROPOSED,
    MilestoneKind.SOLUTION_DONE,
    MilestoneKind.RESULT_REPORTED,
)


def _user_id(db: Database, employee_no: str) -> int:
    with db.read() as s:
        return s.execute(select(User.id).where(User.employee_no == employee_no)).scalar_one()


# ----------------------------------------------------------------------------- milestones


def test_milestones_are_recorded_in_order_with_user_time_and_note(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    complaint_id = service.accept(intake()).detail.row.complaint_id
    before = counts(demo_db)
    with pytest.raises(ComplaintRefused) as refused:
        service.record_milestone(complaint_id, PROPOSED, "方案")
    assert refused.value.code == "complaint.milestone_order"
    assert refused.value.params["missing"] is FIRST
    assert counts(demo_db) == before

    clock.advance(hours=2)
    detail = service.record_milestone(complaint_id, FIRST, "已调阅监控，联系当事柜员")
    assert detail.row.status is ComplaintStatus.INVESTIGATING
    first = detail.milestones[0]
    assert (first.done_at, first.done_by_name, first.note) == (
        clock.now(),
        "王芳",
        "已调阅监控，联系当事柜员",
    )
    assert first.on_time
    assert detail.row.next_kind is PROPOSED
    service.record_milestone(complaint_id, PROPOSED, "向客户致歉，班组培训")
    with pytest.raises(ComplaintRefused) as refused:
        service.record_milestone(complaint_id, REPORTED, "已反馈")  # 3 not before 2, 4 not before 3
    assert refused.value.params["missing"] is DONE
    with pytest.raises(ComplaintRefused) as refused:
        service.record_milestone(complaint_id, PROPOSED, "again")
    assert refused.value.code == "complaint.milestone_done"
    with pytest.raises(FieldErrors) as empty:
        service.record_milestone(complaint_id, DONE, "  ")
    assert empty.value.errors[0].code == "complaint.text_empty"


def test_a_late_milestone_is_overdue_until_done_and_then_late(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    # Received Friday 11-20: the first milestone was due by the end of Monday 11-23.
    complaint_id = service.accept(intake(received_at=at(2026, 11, 20, 15))).detail.row.complaint_id
    row = service.get(complaint_id).row
    assert row.due_today
    assert not row.overdue
    clock.advance(days=1)
    row = service.get(complaint_id).row
    assert row.overdue
    assert not row.due_today
    assert [r.complaint_id for r in service.list(ComplaintScope.OVERDUE).rows] == [complaint_id]
    detail = service.record_milestone(complaint_id, FIRST, "迟到的调查")
    assert detail.milestones[0].on_time is False
    assert not detail.row.overdue


# ----------------------------------------------------------------------------- extension


def _grant(db: Database, clock: FixedClock, number: str, kind: MilestoneKind) -> object:
    clerk = sign_in(db, clock, "G1001")
    return AuthService(db, clock).approve(
        clerk,
        "M1001",
        DEMO_PASSWORD,
        action=ApprovalAction.COMPLAINT_EXTENSION,
        subject=extension_subject(number, kind),
        reason="需现场勘查",
    )


def test_an_extension_before_the_deadline_moves_it_and_the_later_ones(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    fresh = service.accept(intake()).detail  # Monday 11-23
    clock.advance(hours=1)
    number, complaint_id = fresh.row.number, fresh.row.complaint_id
    service.record_milestone(complaint_id, FIRST, "已调查")
    grant = _grant(demo_db, clock, number, PROPOSED)
    extended = service.extend(
        complaint_id,
        PROPOSED,
        days=2,
        reason="需燃气表检定中心出具报告",
        customer_told_at=clock.now() - timedelta(minutes=5),
        customer_told_how=ContactMethod.PHONE,
        approval=grant,  # type: ignore[arg-type]
    )
    due = {m.kind: m.due_at.date().isoformat() for m in extended.milestones}
    # Monday 11-23: proposed 11-25 -> 11-27, done 11-26 -> 11-30, reported 11-30 -> 12-02.
    assert due == {
        FIRST: "2026-11-24",
        PROPOSED: "2026-11-27",
        DONE: "2026-11-30",
        REPORTED: "2026-12-02",
    }
    assert [(e.kind, e.customer_told_how, e.approved_by_name) for e in extended.extensions] == [
        (PROPOSED, "phone", "陈静"),
        (DONE, "phone", "陈静"),
        (REPORTED, "phone", "陈静"),
    ]
    assert extended.milestones[1].extended
    assert not extended.milestones[0].extended


def test_extension_is_refused_after_the_deadline_without_the_customer_told_or_approval(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    late = service.accept(intake(received_at=at(2026, 11, 19))).detail  # first due 11-20
    fresh = service.accept(intake(category=ComplaintCategory.QUALITY)).detail
    clock.advance(hours=1)
    wrong = _grant(demo_db, clock, fresh.row.number, PROPOSED)  # for another milestone
    before = counts(demo_db)

    def extend(complaint_id: int, **changes: Any) -> None:
        asked: dict[str, Any] = {
            "days": 1,
            "reason": "原因",
            "customer_told_at": clock.now() - timedelta(minutes=1),
            "customer_told_how": ContactMethod.SMS,
            "approval": None,
            **changes,
        }
        service.extend(complaint_id, FIRST, **asked)

    with pytest.raises(ComplaintRefused) as refused:
        extend(late.row.complaint_id)
    assert refused.value.code == "complaint.extension_late"
    with pytest.raises(FieldErrors) as missing:
        extend(
            fresh.row.complaint_id,
            days=0,
            reason="",
            customer_told_at=clock.now() + timedelta(hours=1),
            customer_told_how="pigeon",
        )
    assert {(e.field, e.code) for e in missing.value.errors} == {
        ("reason", "complaint.text_empty"),
        ("customer_told_how", "complaint.choice_invalid"),
        ("customer_told_at", "complaint.time_future"),
        ("days", "complaint.extension_days"),
    }
    with pytest.raises(ApprovalRequired):
        extend(fresh.row.complaint_id)
    with pytest.raises(ApprovalInvalid):
        extend(fresh.row.complaint_id, approval=wrong)
    assert counts(demo_db) == before
    with demo_db.read() as s:
        assert s.execute(select(ComplaintExtension)).first() is None


def test_a_manager_extends_without_another_approval(demo_db: Database, clock: FixedClock) -> None:
    manager = complaints_as(demo_db, clock, "M1001")
    detail = manager.accept(intake(severity=Severity.MAJOR)).detail
    extended = manager.extend(
        detail.row.complaint_id,
        FIRST,
        days=1,
        reason="涉及第三方",
        customer_told_at=clock.now(),
        customer_told_how=ContactMethod.IN_PERSON,
        approval=None,
    )
    assert extended.extensions[0].approved_by_name == "陈静"


# ----------------------------------------------------------------------------- roles


def test_a_clerk_cannot_close_or_touch_a_major_complaint_they_do_not_own(
    demo_db: Database, clock: FixedClock
) -> None:
    accepting = complaints_as(demo_db, clock, "G1001")
    major = accepting.accept(intake(severity=Severity.MAJOR)).detail
    other = complaints_as(demo_db, clock, "G1002")
    with pytest.raises(ComplaintForbidden) as refused:
        other.close(major.row.complaint_id)
    assert refused.value.code == "complaint.not_owner"
    assert refused.value.params["owner_name"] == "陈静"
    with pytest.raises(ComplaintForbidden):
        other.record_milestone(major.row.complaint_id, FIRST, "看看")
    # The accepting clerk follows it up: they record milestones, but only the owner closes.
    accepting.record_milestone(major.row.complaint_id, FIRST, "已调查")
    with pytest.raises(ComplaintForbidden):
        accepting.close(major.row.complaint_id)
    with pytest.raises(ComplaintForbidden):
        accepting.transfer(major.row.complaint_id, _user_id(demo_db, "G1002"), "请跟进")
    assert accepting.get(major.row.complaint_id).actions.close is False


def test_another_halls_complaint_is_not_seen(demo_db: Database, clock: FixedClock) -> None:
    detail = complaints_as(demo_db, clock, "G1001").accept(intake()).detail
    other_hall = complaints_as(demo_db, clock, "G2001")
    with pytest.raises(ComplaintForbidden) as refused:
        other_hall.get(detail.row.complaint_id)
    assert refused.value.code == "complaint.other_hall"
    assert other_hall.lookup(detail.row.number) == ()
    assert other_hall.list(ComplaintScope.ALL).rows == ()


def test_the_overdue_view_and_chasing_are_the_managers(
    demo_db: Database, clock: FixedClock
) -> None:
    clerk = complaints_as(demo_db, clock, "G1001")
    with pytest.raises(PermissionDenied):
        clerk.overdue()
    with pytest.raises(PermissionDenied):
        clerk.chase(1, FIRST, "快点")


# ----------------------------------------------------------------------------- transfer


def test_a_transfer_keeps_the_follow_up_and_responsible_persons(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    detail = service.accept(intake()).detail
    moved = service.transfer(
        detail.row.complaint_id, _user_id(demo_db, "G1003"), "由维修班联系人处理"
    )
    assert moved.row.owner_name == "赵磊"
    assert moved.follow_up_name == "王芳"
    assert moved.responsible_person == "城东营业厅 班长"
    # The new owner works on it; the former owner still follows it up.
    new_owner = complaints_as(demo_db, clock, "G1003")
    new_owner.record_milestone(detail.row.complaint_id, FIRST, "已到场")
    with pytest.raises(ComplaintForbidden):  # no longer the owner: only follows it up
        service.transfer(detail.row.complaint_id, _user_id(demo_db, "G1002"), "再转")
    with pytest.raises(ComplaintRefused) as same:
        new_owner.transfer(detail.row.complaint_id, _user_id(demo_db, "G1003"), "再转")
    assert same.value.code == "complaint.same_owner"
    with pytest.raises(ComplaintRefused) as foreign:
        complaints_as(demo_db, clock, "G1003").transfer(
            detail.row.complaint_id, _user_id(demo_db, "G2001"), "转城西"
        )
    assert foreign.value.code == "complaint.owner_invalid"


def test_a_major_complaint_goes_only_to_a_manager(demo_db: Database, clock: FixedClock) -> None:
    manager = complaints_as(demo_db, clock, "M1001")
    major = manager.accept(intake(severity=Severity.MAJOR)).detail
    with pytest.raises(ComplaintRefused) as refused:
        manager.transfer(major.row.complaint_id, _user_id(demo_db, "G1002"), "交给柜员")
    assert refused.value.code == "complaint.owner_not_manager"


# ----------------------------------------------------------------------------- chasing


def test_the_manager_sees_every_overdue_milestone_and_chases_one(
    demo_db: Database, clock: FixedClock
) -> None:
    clerk = complaints_as(demo_db, clock, "G1001")
    late = clerk.accept(intake(received_at=at(2026, 11, 18))).detail  # a Wednesday
    on_time = clerk.accept(intake(category=ComplaintCategory.QUALITY)).detail
    manager = complaints_as(demo_db, clock, "M1001")
    overdue = manager.overdue()
    # Due 11-19 and 11-20; solution carried out by the end of today, 11-23, not overdue yet.
    assert [(o.number, o.kind) for o in overdue] == [
        (late.row.number, FIRST),
        (late.row.number, PROPOSED),
    ]
    assert all(o.owner_name == "王芳" and o.chases == 0 for o in overdue)
    with pytest.raises(ComplaintRefused) as refused:
        manager.chase(on_time.row.complaint_id, FIRST, "请尽快")
    assert refused.value.code == "complaint.not_overdue"
    chased = manager.chase(late.row.complaint_id, FIRST, "今天下班前完成初步调查")
    assert chased.chases[0].note == "今天下班前完成初步调查"
    assert manager.overdue()[0].chases == 1
    # The owner sees the note until they open the complaint.
    assert clerk.get(late.row.complaint_id).row.unseen_chases == 1
    notes = clerk.my_chases()
    assert [(n.complaint_number, n.kind, n.by_name) for n in notes] == [
        (late.row.number, FIRST, "陈静")
    ]
    clerk.mark_chases_seen(late.row.complaint_id)
    assert clerk.my_chases() == ()
    assert clerk.get(late.row.complaint_id).chases[0].seen_at == clock.now()


def test_the_full_phone_is_for_those_who_handle_it_and_the_look_is_audited(
    demo_db: Database, clock: FixedClock
) -> None:
    detail = complaints_as(demo_db, clock, "G1001").accept(intake()).detail
    assert detail.contact_phone == "138****5678"
    manager = complaints_as(demo_db, clock, "M1001")
    assert manager.reveal_phone(detail.row.complaint_id) == "13812345678"
    with demo_db.read() as s:
        looks = s.execute(
            select(AuditEntry.user_id).where(
                AuditEntry.action == "reveal", AuditEntry.entity == "complaint"
            )
        ).all()
    assert [u for (u,) in looks] == [_user_id(demo_db, "M1001")]
    with pytest.raises(ComplaintForbidden):
        complaints_as(demo_db, clock, "G1002").reveal_phone(detail.row.complaint_id)
