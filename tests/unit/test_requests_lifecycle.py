"""A service request from intake to archive, its roles, its fee, its lists and two counters at
once (docs/domain.md §6), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from request_cases import Counter, add_bill, key, open_counter
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    AuditEntry,
    Payment,
    SatisfactionRating,
    ServiceRequest,
    ServiceRequestEvent,
)
from counter_app.domain.approvals import ApprovalError
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import (
    ApprovalAction,
    PaymentKind,
    PaymentStatus,
    RequestStatus,
    Satisfaction,
)
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.requests import Step, StepRefused
from counter_app.services.auth import AuthService
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import TenderLine
from counter_app.services.requests.dto import (
    IntakeRequest,
    RequestList,
    RequestRefused,
    ServiceTypeInput,
)
from counter_app.services.requests.service import RequestService
from counter_app.services.shifts_dto import NoOpenShift

S = RequestStatus


@pytest.fixture
def hall(db: Database, clock: FixedClock) -> Counter:
    return open_counter(db, clock)


def _codes(exc: FieldErrors) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.errors}


# ----------------------------------------------------------------------------- intake


def test_complete_documents_accept_with_the_deadline_and_the_clerk_as_owner(
    hall: Counter,
) -> None:
    account = hall.account()
    detail = hall.accept("METER", account, description="表计走字异常", queue_ticket="A012")
    summary = detail.summary
    assert summary.status is S.ACCEPTED
    assert summary.number.startswith("SRH0120261123")
    assert (summary.owner_employee_no, summary.owner_name) == ("G1001", "王芳")
    # Monday 2026-11-23 + 5 working days: Monday 11-30, end of the day.
    assert summary.deadline_at == datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=LOCAL_TZ)
    assert summary.queue_ticket == "A012"
    assert detail.allowed_steps == (Step.DISPATCH, Step.REJECT, Step.WITHDRAW)
    assert [(e.from_status, e.to_status, e.user_employee_no) for e in detail.events] == [
        (None, S.ACCEPTED, "G1001")
    ]


def test_missing_documents_save_it_incomplete_with_every_missing_item_on_the_notice(
    hall: Counter,
) -> None:
    account = hall.account()
    info = hall.types["TRANSFER"]
    result = hall.requests.accept(
        IntakeRequest(
            service_type_id=info.id,
            account_id=account,
            documents_received=["原户主身份证"],
            details=_transfer_to(hall, hall.account()),
        )
    )
    summary = result.request.summary
    assert summary.status is S.INCOMPLETE
    assert summary.deadline_at is None
    notice = result.missing_documents_notice
    assert notice is not None
    assert notice.notice_number == summary.number
    assert notice.documents_missing == ("新户主身份证", "房产证明", "结清证明")
    assert notice.documents_received == ("原户主身份证",)

    hall.clock.advance(days=2)
    still = hall.requests.complete_documents(summary.id, ["新户主身份证"])
    assert still.request.summary.status is S.INCOMPLETE
    assert still.missing_documents_notice is not None
    assert still.missing_documents_notice.documents_missing == ("房产证明", "结清证明")
    done = hall.requests.complete_documents(summary.id, ["房产证明", "结清证明"])
    # 过户 needs approval; the deadline starts on Wednesday 11-25, when the documents came.
    assert done.request.summary.status is S.PENDING_APPROVAL
    assert done.request.summary.deadline_at is not None
    assert done.request.summary.deadline_at.date().isoformat() == "2026-12-02"
    assert done.missing_documents_notice is None


def test_intake_refuses_bad_input_all_at_once(hall: Counter) -> None:
    account = hall.account()
    info = hall.types["REPAIR"]
    with pytest.raises(FieldErrors) as refused:
        hall.requests.accept(
            IntakeRequest(
                service_type_id=info.id,
                account_id=account,
                description="  ",
                address="x" * 201,
                documents_received=["户口本"],
                queue_ticket="Q" * 21,
            )
        )
    assert _codes(refused.value) == {
        ("description", "request.description_empty"),
        ("address", "address.too_long"),
        ("documents", "request.documents_unknown"),
        ("queue_ticket", "request.queue_ticket_too_long"),
    }
    assert _count(hall.db, ServiceRequest) == 0


def test_a_deactivated_type_is_refused_and_a_catalogue_edit_applies_to_new_requests_only(
    hall: Counter,
) -> None:
    admin = hall.as_user("S0001")
    from counter_app.services.requests.catalogue import CatalogueService

    catalogue = CatalogueService(hall.db, hall.clock, admin.actor)
    account = hall.account()
    before = hall.accept("MODIFY", account, description="灶具改位")
    info = hall.types["MODIFY"]
    catalogue.update_type(
        info.id,
        ServiceTypeInput(
            utility_kind="gas",
            code="MODIFY",
            name="改装改管",
            required_documents=info.required_documents,
            needs_approval=True,
            needs_site_work=True,
            fee="180.00",
            sla_amount=3,
            sla_unit="working_days",
            needs_description=True,
        ),
    )
    again = hall.requests.get(before.summary.id)
    assert (again.summary.type_name, again.summary.fee) == ("改装/改管", Decimal("150.00"))
    assert again.summary.deadline_at == before.summary.deadline_at
    later = hall.accept("MODIFY", hall.account(), description="热水器移位")
    assert (later.summary.type_name, later.summary.fee) == ("改装改管", Decimal("180.00"))

    catalogue.set_active(info.id, False)
    with pytest.raises(RequestRefused) as refused:
        hall.accept("MODIFY", hall.account(), description="灶具改位")
    assert refused.value.code == "request.type_inactive"
    assert all(t.code != "MODIFY" for t in hall.catalogue.list_types("gas"))
    # Requests accepted before go on.
    assert hall.requests.get(later.summary.id).allowed_steps


def test_a_closed_account_and_a_type_of_another_utility_are_refused(hall: Counter) -> None:
    from counter_app.domain.enums import AccountStatus

    closed = hall.account(status=AccountStatus.CLOSED)
    with pytest.raises(RequestRefused) as refused:
        hall.accept("METER", closed, description="x")
    assert refused.value.code == "request.account_closed"
    water = next(t for t in hall.catalogue.list_types("water") if t.code == "METER")
    with pytest.raises(RequestRefused) as refused:
        hall.requests.accept(
            IntakeRequest(service_type_id=water.id, account_id=hall.account(), description="x")
        )
    assert refused.value.code == "request.type_not_served"
    with pytest.raises(RequestRefused) as refused:
        hall.accept("METER", None, description="x")
    assert refused.value.code == "request.account_required"


def test_preview_shows_the_deadline_and_saves_nothing(hall: Counter) -> None:
    account = hall.account()
    info = hall.types["RELOCATE"]
    preview = hall.requests.preview_intake(
        IntakeRequest(
            service_type_id=info.id,
            account_id=account,
            documents_received=info.required_documents,
            details=_relocate("东城区新址路9号"),
        )
    )
    assert preview.status is S.PENDING_APPROVAL
    assert preview.fee == Decimal("200.00")
    assert preview.deadline_at is not None
    assert preview.deadline_at.day == 30
    assert _count(hall.db, ServiceRequest) == 0


# ----------------------------------------------------------------------------- the path


def test_the_whole_path_records_every_step_with_user_time_and_note(hall: Counter) -> None:
    account = hall.account()
    detail = hall.accept("RELOCATE", account, details=_relocate("东城区新址路9号"))
    number = detail.summary.number
    assert detail.summary.status is S.PENDING_APPROVAL
    with pytest.raises(RequestRefused) as refused:
        hall.requests.dispatch(detail.summary.id, "安装一班")
    assert refused.value.code == "request.fee_unpaid"
    fee = hall.pay_fee(detail)
    assert fee.payment.kind is PaymentKind.FEE
    assert fee.request.fee_receipt_no == fee.payment.receipt_no
    with pytest.raises(ApprovalError) as missing:
        hall.requests.dispatch(detail.summary.id, "安装一班")
    assert missing.value.code == "approval.required"

    grant = hall.approval(fee.request)
    dispatched = hall.requests.dispatch(detail.summary.id, "安装一班", "带新表箱", grant)
    assert dispatched.request.summary.status is S.DISPATCHED
    assert dispatched.request.approved_by_name == "陈静"
    assert dispatched.work_order is not None
    assert dispatched.work_order.team == "安装一班"
    steps = [
        hall.requests.start_work(detail.summary.id, "已出发"),
        hall.requests.complete(detail.summary.id, "表具已迁至新址"),
        hall.requests.callback(detail.summary.id, Satisfaction.SATISFIED, "客户满意"),
        hall.requests.archive(detail.summary.id),
    ]
    final = steps[-1].request
    assert final.summary.status is S.ARCHIVED
    assert final.summary.next_step is None
    assert final.allowed_steps == ()
    assert final.satisfaction is Satisfaction.SATISFIED
    assert final.completed_at is not None
    assert final.closed_at is not None
    assert [(e.from_status, e.to_status, e.note) for e in final.events] == [
        (None, S.PENDING_APPROVAL, ""),
        (S.PENDING_APPROVAL, S.PENDING_APPROVAL, f"业务费 ¥200.00 {fee.payment.receipt_no}"),
        (S.PENDING_APPROVAL, S.DISPATCHED, "带新表箱"),
        (S.DISPATCHED, S.IN_PROGRESS, "已出发"),
        (S.IN_PROGRESS, S.COMPLETED, "表具已迁至新址"),
        (S.COMPLETED, S.CALLBACK_DONE, "客户满意"),
        (S.CALLBACK_DONE, S.ARCHIVED, ""),
    ]
    assert all(e.user_employee_no == "G1001" and e.at.tzinfo for e in final.events)
    with hall.db.read() as s:
        actions = s.execute(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "service_request")
            .order_by(AuditEntry.id)
        ).scalars()
        assert list(actions) == [
            "create",
            "pay_fee",
            "dispatch",
            "start",
            "complete",
            "callback",
            "archive",
        ]
        rating = s.execute(select(SatisfactionRating)).scalar_one()
        assert (rating.clerk_id, rating.rating) == (hall.clerk.user_id, Satisfaction.SATISFIED)
    # Reopening an archived request is refused.
    with pytest.raises(StepRefused) as closed:
        hall.requests.dispatch(detail.summary.id, "安装一班")
    assert closed.value.code == "request.closed"
    assert hall.requests.get_by_number(number.lower()).summary.id == detail.summary.id


@pytest.mark.parametrize(
    ("walk", "step"),
    [("accepted", "complete"), ("completed", "archive"), ("in_progress", "withdraw")],
)
def test_illegal_transitions_are_refused_and_change_nothing(
    hall: Counter, walk: str, step: str
) -> None:
    detail = hall.accept("METER", hall.account(), description="换表")
    if walk != "accepted":
        detail = hall.to_in_progress(detail)
    if walk == "completed":
        detail = hall.requests.complete(detail.summary.id, "已换表").request
    events = hall.events(detail.summary.id)
    call = {
        "complete": lambda: hall.requests.complete(detail.summary.id, "完工"),
        "archive": lambda: hall.requests.archive(detail.summary.id),
        "withdraw": lambda: hall.requests.withdraw(detail.summary.id, "客户不要了"),
    }[step]
    with pytest.raises(StepRefused) as refused:
        call()
    assert refused.value.code == "request.step_not_allowed"
    assert hall.requests.get(detail.summary.id).summary.status.value == walk
    assert hall.events(detail.summary.id) == events


def test_a_manager_cannot_approve_a_request_they_accepted(hall: Counter) -> None:
    detail = hall.accept(
        "TRANSFER",
        hall.account(),
        details=_transfer_to(hall, hall.account()),
        service=hall.manager_requests,
    )
    # The manager asks for their own approval: refused by the approvals themselves.
    with pytest.raises(ApprovalError) as own:
        hall.approval(detail, requester=hall.manager)
    assert own.value.code == "approval.own_request"
    # The clerk dispatches with the approval of the manager who accepted it: refused.
    grant = hall.approval(detail)
    with pytest.raises(RequestRefused) as refused:
        hall.requests.dispatch(detail.summary.id, "营业厅业务组", "", grant)
    assert refused.value.code == "request.approval_own"
    assert hall.requests.get(detail.summary.id).summary.status is S.PENDING_APPROVAL


def test_a_clerk_cannot_give_an_approval(hall: Counter) -> None:
    detail = hall.accept("TRANSFER", hall.account(), details=_transfer_to(hall, hall.account()))
    with pytest.raises(ApprovalError) as refused:
        AuthService(hall.db, hall.clock).approve(
            hall.clerk,
            "G1002",
            DEMO_PASSWORD,
            action=ApprovalAction.SERVICE_REQUEST,
            subject=detail.approval_subject,
            reason="同意",
        )
    assert refused.value.code == "approval.not_approver"


def test_reject_needs_the_owner_or_a_manager_and_a_reason(hall: Counter) -> None:
    detail = hall.accept("METER", hall.account(), description="换表")
    other = hall.as_user("G1002")
    with pytest.raises(StepRefused) as refused:
        other.reject(detail.summary.id, "不符合条件")
    assert refused.value.code == "request.owner_or_manager"
    with pytest.raises(FieldErrors) as empty:
        hall.requests.reject(detail.summary.id, "   ")
    assert _codes(empty.value) == {("reason", "request.reason_required")}
    done = hall.manager_requests.reject(detail.summary.id, "表具不属于本户")
    assert done.request.summary.status is S.REJECTED
    assert done.request.rejection_reason == "表具不属于本户"
    # Any clerk of the hall may take the ordinary steps, the owner stays the owner.
    second = hall.accept("METER", hall.account(), description="换表")
    moved = other.dispatch(second.summary.id, "表务班")
    assert moved.request.summary.owner_employee_no == "G1001"
    assert moved.request.events[-1].user_employee_no == "G1002"


def test_withdraw_at_the_customers_wish_until_work_starts(hall: Counter) -> None:
    detail = hall.accept("METER", hall.account(), description="换表")
    dispatched = hall.requests.dispatch(detail.summary.id, "表务班").request
    done = hall.requests.withdraw(dispatched.summary.id, "客户自行处理", version=dispatched.version)
    assert done.request.summary.status is S.WITHDRAWN
    assert done.request.events[-1].note == "客户自行处理"


def test_callback_needs_a_valid_rating_and_a_note_when_dissatisfied(hall: Counter) -> None:
    detail = hall.to_in_progress(hall.accept("METER", hall.account(), description="换表"))
    detail = hall.requests.complete(detail.summary.id, "已换表").request
    with pytest.raises(FieldErrors) as bad:
        hall.requests.callback(detail.summary.id, "happy")
    assert _codes(bad.value) == {("satisfaction", "request.satisfaction_invalid")}
    with pytest.raises(FieldErrors) as no_note:
        hall.requests.callback(detail.summary.id, Satisfaction.DISSATISFIED)
    assert _codes(no_note.value) == {("note", "request.note_required")}
    with pytest.raises(FieldErrors) as nothing_done:
        hall.requests.complete(detail.summary.id, "")
    assert _codes(nothing_done.value) == {("note", "request.note_required")}
    done = hall.requests.callback(detail.summary.id, "dissatisfied", "上门迟到")
    assert done.request.satisfaction is Satisfaction.DISSATISFIED


def test_dispatch_needs_a_team(hall: Counter) -> None:
    detail = hall.accept("METER", hall.account(), description="换表")
    with pytest.raises(FieldErrors) as empty:
        hall.requests.dispatch(detail.summary.id, " ")
    assert _codes(empty.value) == {("team", "request.team_empty")}
    with pytest.raises(FieldErrors) as long:
        hall.requests.dispatch(detail.summary.id, "班" * 51)
    assert _codes(long.value) == {("team", "request.team_too_long")}
    assert "表务班" in hall.requests.teams()


def test_roles_and_halls(hall: Counter) -> None:
    detail = hall.accept("METER", hall.account(), description="换表")
    auditor = hall.as_user("A1001")
    assert auditor.get(detail.summary.id).allowed_steps == ()
    with pytest.raises(PermissionDenied):
        auditor.start_work(detail.summary.id)
    with pytest.raises(PermissionDenied):
        hall.as_user("S0001").get(detail.summary.id)
    other_hall = hall.as_user("G2001")
    with pytest.raises(StepRefused) as refused:
        other_hall.dispatch(detail.summary.id, "抢修班")
    assert refused.value.code == "request.other_hall"
    assert other_hall.list_requests(RequestList.ALL) == ()


# ----------------------------------------------------------------------------- the fee


def test_the_fee_is_a_payment_with_its_own_gap_free_receipt(hall: Counter) -> None:
    account = hall.account()
    first = hall.desk.pay(_billed(hall, account), "10.00")
    detail = hall.accept("RELOCATE", account, details=_relocate("东城区新址路9号"))
    fee = hall.pay_fee(detail)
    assert _receipt_seq(fee.payment.receipt_no) == _receipt_seq(first.receipt_no) + 1
    with hall.db.read() as s:
        payment = s.get(Payment, fee.payment.payment_id)
        assert payment is not None
        assert (payment.kind, payment.amount, payment.balance_after) == (
            PaymentKind.FEE,
            Decimal("200.00"),
            payment.balance_before,
        )
        assert payment.allocations == []
    assert fee.payment.receipt.receipt_no == fee.payment.receipt_no
    with pytest.raises(RequestRefused) as twice:
        hall.pay_fee(fee.request)
    assert twice.value.code == "request.fee_not_due"
    # A void of the fee payment makes the fee owed again.
    grant = hall.desk.approve("void", fee.payment.receipt_no)
    hall.desk.reversals.void(fee.payment.receipt_no, "收错", grant)
    again = hall.requests.get(detail.summary.id)
    assert not again.summary.fee_paid
    assert again.fee_receipt_no is None
    with pytest.raises(RequestRefused) as unpaid:
        hall.requests.dispatch(detail.summary.id, "安装一班", "", hall.approval(again))
    assert unpaid.value.code == "request.fee_unpaid"
    with hall.db.read() as s:
        voided = s.get(Payment, fee.payment.payment_id)
        assert voided is not None
        assert voided.status is PaymentStatus.VOIDED


def test_the_same_fee_key_twice_pays_once(hall: Counter) -> None:
    detail = hall.accept("RELOCATE", hall.account(), details=_relocate("东城区新址路9号"))
    confirm = key()
    first = hall.requests.pay_fee(detail.summary.id, [TenderLine("cash", Decimal("200"))], confirm)
    second = hall.requests.pay_fee(detail.summary.id, [TenderLine("cash", Decimal("200"))], confirm)
    assert second.payment.replayed
    assert second.payment.receipt_no == first.payment.receipt_no
    assert _count(hall.db, Payment) == 1


def test_no_fee_without_a_shift(db: Database, clock: FixedClock) -> None:
    hall = open_counter(db, clock)
    detail = hall.accept("RELOCATE", hall.account(), details=_relocate("东城区新址路9号"))
    other = hall.as_user("G1002")
    with pytest.raises(NoOpenShift):
        other.pay_fee(detail.summary.id, [TenderLine("cash", Decimal("200"))], key())
    assert _count(db, Payment) == 0


# ----------------------------------------------------------------------------- two counters


def test_two_counters_completing_at_once_one_wins_the_other_is_told(hall: Counter) -> None:
    detail = hall.to_in_progress(hall.accept("METER", hall.account(), description="换表"))
    other = hall.as_user("G1002")
    barrier = threading.Barrier(2)
    outcomes: list[Any] = []

    def complete(service: RequestService) -> None:
        barrier.wait(timeout=30)
        try:
            outcomes.append(service.complete(detail.summary.id, "已换表", version=detail.version))
        except RequestRefused as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=complete, args=(s,)) for s in (hall.requests, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    refused = [o for o in outcomes if isinstance(o, RequestRefused)]
    assert len(outcomes) == 2
    assert len(refused) == 1
    assert refused[0].code == "request.changed"
    assert refused[0].params["status"] == "completed"
    with hall.db.read() as s:
        completions = s.execute(
            select(func.count())
            .select_from(ServiceRequestEvent)
            .where(ServiceRequestEvent.to_status == S.COMPLETED)
        ).scalar_one()
    assert completions == 1


def test_a_stale_version_is_refused(hall: Counter) -> None:
    detail = hall.accept("METER", hall.account(), description="换表")
    hall.requests.dispatch(detail.summary.id, "表务班", version=detail.version)
    with pytest.raises(RequestRefused) as stale:
        hall.requests.withdraw(detail.summary.id, "不要了", version=detail.version)
    assert stale.value.code == "request.changed"


# ----------------------------------------------------------------------------- lists


def test_lists_put_emergencies_first_and_know_overdue_and_due_today(hall: Counter) -> None:
    mine = hall.accept("METER", hall.account(), description="换表")
    other = hall.accept("INSPECT", hall.account(), service=hall.as_user("G1002"))
    repair = hall.accept("REPAIR", hall.account(), description="灶具打不着火")
    leak = hall.accept("LEAK", None, description="厨房有燃气味", address="东城区建国路1号")
    callback = hall.to_in_progress(hall.accept("METER", hall.account(), description="换表"))
    callback = hall.requests.complete(callback.summary.id, "已换表").request

    open_ids = [r.id for r in hall.requests.list_requests(RequestList.OPEN)]
    assert open_ids[0] == leak.summary.id
    assert set(open_ids) == {mine.summary.id, other.summary.id, repair.summary.id, leak.summary.id}
    assert [r.id for r in hall.requests.list_requests(RequestList.AWAITING_CALLBACK)] == [
        callback.summary.id
    ]
    mine_ids = {r.id for r in hall.requests.list_requests(RequestList.MINE)}
    assert other.summary.id not in mine_ids
    assert mine.summary.id in mine_ids
    due_today = [r.id for r in hall.requests.list_requests(RequestList.DUE_TODAY)]
    assert due_today == [leak.summary.id, repair.summary.id]  # 1 hour and 4 hours

    hall.clock.advance(hours=5)
    overdue = hall.requests.list_requests(RequestList.OVERDUE)
    assert [r.id for r in overdue] == [leak.summary.id, repair.summary.id]
    assert all(r.overdue for r in overdue)
    by_status = hall.requests.list_requests(RequestList.ALL, status=S.COMPLETED)
    assert [r.id for r in by_status] == [callback.summary.id]


def test_lookup_by_request_number_or_account(hall: Counter) -> None:
    account = hall.account()
    first = hall.accept("METER", account, description="换表")
    second = hall.accept("INSPECT", account)
    with hall.db.read() as s:
        from counter_app.db.models import Account

        number = s.execute(select(Account.number).where(Account.id == account)).scalar_one()
    assert [r.id for r in hall.requests.lookup(f" {first.summary.number.lower()} ")] == [
        first.summary.id
    ]
    assert {r.id for r in hall.requests.lookup(number)} == {first.summary.id, second.summary.id}
    assert hall.requests.lookup("SRH019999") == ()
    assert [r.id for r in hall.requests.for_account(account)] == [
        second.summary.id,
        first.summary.id,
    ]


def test_intake_context_fills_the_form(hall: Counter) -> None:
    account = hall.account()
    add_bill(hall.db, account, "2026-10", "88.00", hall.clock.now().date())
    context = hall.requests.intake_context(account)
    assert context.arrears == Decimal("88.00")
    assert context.customer_name.startswith("测试户")
    assert {t.code for t in context.types} >= {"TRANSFER", "CLOSE", "LEAK"}


# ----------------------------------------------------------------------------- helpers


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _relocate(address: str) -> Any:
    from counter_app.services.requests.dto import RelocateDetails

    return RelocateDetails(address)


def _transfer_to(hall: Counter, account_of_new_owner: int) -> Any:
    from counter_app.services.requests.dto import TransferDetails

    return TransferDetails(new_customer_id=hall.customer_of(account_of_new_owner))


def _billed(hall: Counter, account: int) -> int:
    add_bill(hall.db, account, "2026-10", "10.00", hall.clock.now().date())
    return account


def _receipt_seq(receipt_no: str) -> int:
    return int(receipt_no.rsplit("-", 1)[1])


def test_a_deadline_in_a_year_without_holiday_data_falls_back_and_says_so(
    db: Database,
) -> None:
    # The holiday library knows no year this far ahead: Monday–Friday, and a warning.
    hall = open_counter(db, FixedClock(datetime(2099, 3, 6, 10, 0, tzinfo=LOCAL_TZ)))
    info = hall.types["METER"]
    intake = IntakeRequest(
        service_type_id=info.id,
        account_id=hall.account(),
        description="换表",
        documents_received=info.required_documents,
    )
    preview = hall.requests.preview_intake(intake)
    assert preview.unknown_years == (2099,)
    result = hall.requests.accept(intake)
    assert result.unknown_years == (2099,)
    deadline = result.request.summary.deadline_at
    assert deadline is not None
    assert deadline.date().isoformat() == "2099-03-13"  # Friday + 5 working days, Mon–Fri


# ----------------------------------------------------------------------------- deadlines


def _type_due(db: Database, at: datetime, sla: int, unit: str) -> datetime:
    """The deadline of a request accepted at ``at`` (hall time) of a new type with that SLA,
    through the catalogue and the intake as a counter takes it, on the calendar in the
    database."""
    from counter_app.services.requests.catalogue import CatalogueService

    hall = open_counter(db, FixedClock(at))
    admin = CatalogueService(db, hall.clock, hall.as_user("S0001").actor)
    code = f"T{sla}{unit[0].upper()}"
    info = admin.add_type(
        ServiceTypeInput(
            utility_kind="gas",
            code=code,
            name=f"测试{sla}",
            required_documents=(),
            needs_approval=False,
            needs_site_work=True,
            fee=Decimal("0.00"),
            sla_amount=sla,
            sla_unit=unit,
        )
    )
    intake = IntakeRequest(service_type_id=info.id, account_id=hall.account())
    shown = hall.requests.preview_intake(intake).deadline_at
    deadline = hall.requests.accept(intake).request.summary.deadline_at
    assert deadline is not None
    assert shown == deadline  # the clerk saw it before confirming
    return deadline


def _hall(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LOCAL_TZ)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("at", "sla", "unit", "due"),
    [
        # National Day: 10-01 … 10-07 off; Saturday 10-10 is a make-up working day.
        (_hall(2026, 9, 30, 15, 0), 1, "working_days", _hall(2026, 10, 8, 23, 59, 59)),
        (_hall(2026, 9, 30, 15, 0), 5, "working_days", _hall(2026, 10, 13, 23, 59, 59)),
        # A Sunday counts from Monday.
        (_hall(2026, 11, 22, 11, 0), 1, "working_days", _hall(2026, 11, 23, 23, 59, 59)),
        # A 24×7 type counts clock hours, holiday or not.
        (_hall(2026, 10, 1, 10, 0), 4, "hours", _hall(2026, 10, 1, 14, 0)),
    ],
)
def test_deadlines_of_the_issue_through_the_intake(
    db: Database, at: datetime, sla: int, unit: str, due: datetime
) -> None:
    deadline = _type_due(db, at, sla, unit)
    assert deadline.replace(microsecond=0) == due
