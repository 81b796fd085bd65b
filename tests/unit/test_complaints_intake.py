"""Taking a complaint in: the deadlines on the working-day calendar, every bad input refused
with nothing saved, attachments checked by their content, repeats found and raised to major."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from complaint_cases import EXE, JPEG, PDF, PNG, at, complaints_as, counts, intake
from people import sign_in
from sealed import clear_of
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AuditEntry,
    Complaint,
    ComplaintAttachment,
    Customer,
    ServiceRequest,
    ServiceType,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.complaints import MAX_ATTACHMENT_BYTES
from counter_app.domain.enums import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    MilestoneKind,
    Severity,
)
from counter_app.domain.errors import NotFound
from counter_app.services.alerts import AlertService
from counter_app.services.alerts_dto import EMERGENCY_COMPLAINT
from counter_app.services.complaints.dto import AttachmentUpload
from counter_app.services.complaints.service import ComplaintService
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.settings import SettingsService
from counter_app.views.errors import error_message


def _due_dates(detail: object) -> dict[MilestoneKind, str]:
    return {m.kind: m.due_at.date().isoformat() for m in detail.milestones}  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- deadlines


def test_deadlines_across_the_national_day_holiday(demo_db: Database, clock: FixedClock) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    accepted = service.accept(intake(received_at=at(2026, 9, 30, 16, 20)))
    assert _due_dates(accepted.detail) == {
        MilestoneKind.INVESTIGATION: "2026-10-08",
        MilestoneKind.SOLUTION_PROPOSED: "2026-10-09",
        MilestoneKind.SOLUTION_DONE: "2026-10-10",  # a Saturday, but a make-up working day
        MilestoneKind.RESULT_REPORTED: "2026-10-13",
    }
    # "within N working days" is by the end of that day, hall time.
    first = accepted.detail.milestones[0].due_at
    assert (first.hour, first.minute, first.tzinfo) == (23, 59, LOCAL_TZ)
    assert [d.due_at for d in accepted.slip.deadlines] == [
        m.due_at for m in accepted.detail.milestones
    ]


def test_a_complaint_received_on_a_saturday_counts_from_monday(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    accepted = service.accept(intake(received_at=at(2026, 11, 21, 11, 0)))  # Saturday
    assert _due_dates(accepted.detail) == {
        MilestoneKind.INVESTIGATION: "2026-11-23",
        MilestoneKind.SOLUTION_PROPOSED: "2026-11-24",
        MilestoneKind.SOLUTION_DONE: "2026-11-25",
        MilestoneKind.RESULT_REPORTED: "2026-11-27",
    }


def test_an_emergency_runs_on_clock_hours_through_the_holiday(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    received = at(2026, 10, 1, 21, 15)  # National Day itself
    accepted = service.accept(
        intake(
            severity=Severity.EMERGENCY,
            category=ComplaintCategory.EQUIPMENT,
            content="楼道里有很重的燃气味，怀疑漏气。",
            site_address="东城区建国路88号3单元",
            received_at=received,
        )
    )
    dues = [m.due_at for m in accepted.detail.milestones]
    assert dues == [received + timedelta(hours=h) for h in (1, 4, 24, 48)]
    assert accepted.slip.emergency


# ----------------------------------------------------------------------------- what is kept


def test_a_counter_complaint_is_kept_with_its_number_owner_and_follow_up(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    with demo_db.read() as s:
        account = s.execute(select(Account).order_by(Account.id).limit(1)).scalar_one()
    accepted = service.accept(
        intake(
            account_id=account.id,
            contact_phone="+86 138-1234-5678",
            attachments=(AttachmentUpload("现场.jpg", JPEG), AttachmentUpload("x.pdf", PDF)),
        )
    )
    detail = accepted.detail
    assert detail.row.number == "TS-H01-20261123-001"
    assert detail.row.status is ComplaintStatus.OPEN
    assert detail.row.owner_name == "王芳"
    assert detail.follow_up_name == "王芳"
    assert detail.responsible_person == "城东营业厅 班长"
    assert detail.account_number == account.number
    assert detail.contact_phone == "138****5678"
    assert service.reveal_phone(detail.row.complaint_id) == "13812345678"
    assert detail.row.phone_masked == "138****5678"
    assert [a.content_type for a in detail.attachments] == ["image/jpeg", "application/pdf"]
    assert not accepted.alerted
    assert accepted.repair_request_number == ""
    second = service.accept(intake(category=ComplaintCategory.PRICE))
    assert second.detail.row.number == "TS-H01-20261123-002"
    stored = service.attachment(detail.attachments[0].attachment_id)
    assert stored.data == JPEG
    assert stored.info.filename == "现场.jpg"


def test_a_landline_and_the_12345_hotline_are_phones_too(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    hotline = service.accept(
        intake(
            channel=ComplaintChannel.HOTLINE_12345,
            contact_phone="0571-8888 6666",
            external_reference="HZ12345-20261123-0088",
            external_due_at=at(2026, 11, 24, 9, 0),
        )
    )
    assert service.reveal_phone(hotline.detail.row.complaint_id) == "057188886666"
    # The hotline's own deadline falls before our first milestone: the list shows it.
    assert hotline.detail.row.external
    assert hotline.detail.row.next_due_at == at(2026, 11, 24, 9, 0)
    assert hotline.detail.row.next_kind is MilestoneKind.INVESTIGATION


def test_a_major_complaint_is_owned_by_the_hall_manager(
    demo_db: Database, clock: FixedClock
) -> None:
    accepted = complaints_as(demo_db, clock, "G1001").accept(intake(severity=Severity.MAJOR))
    assert accepted.detail.row.owner_name == "陈静"  # M1001, manager of H01
    assert accepted.detail.follow_up_name == "王芳"


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"complainant_name": "  "}, "complainant_name", "name.empty"),
        ({"contact_phone": ""}, "contact_phone", "phone.empty"),
        ({"contact_phone": "1381234"}, "contact_phone", "phone.length"),
        ({"contact_phone": "23812345678"}, "contact_phone", "phone.format"),
        ({"contact_phone": "138abc45678"}, "contact_phone", "phone.chars"),
        ({"content": " \n "}, "content", "complaint.content_empty"),
        ({"content": "长" * 2001}, "content", "complaint.content_too_long"),
        ({"responsible_person": ""}, "responsible_person", "complaint.text_empty"),
        ({"received_at": at(2026, 11, 23, 9, 31)}, "received_at", "complaint.received_future"),
        ({"channel": "fax"}, "channel", "complaint.choice_invalid"),
        ({"account_id": 99999}, "account_id", "complaint.account_unknown"),
        ({"follow_up_id": 99999}, "follow_up_id", "complaint.owner_invalid"),
        (
            {"attachments": (AttachmentUpload("big.png", PNG + b"\x00" * MAX_ATTACHMENT_BYTES),)},
            "attachments",
            "complaint.attachment_too_large",
        ),
        (
            {"attachments": (AttachmentUpload("photo.jpg", EXE),)},  # the name lies
            "attachments",
            "complaint.attachment_type",
        ),
        (
            {"attachments": (AttachmentUpload("empty.pdf", b""),)},
            "attachments",
            "complaint.attachment_empty",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    demo_db: Database, clock: FixedClock, changes: dict[str, object], field: str, code: str
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    before = counts(demo_db)
    with pytest.raises(FieldErrors) as refused:
        service.accept(intake(**changes))
    assert [(e.field, e.code) for e in refused.value.errors] == [(field, code)]
    assert counts(demo_db) == before
    assert "{" not in error_message(refused.value)


def test_every_problem_of_the_form_is_reported_at_once(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    with pytest.raises(FieldErrors) as refused:
        service.accept(
            intake(
                complainant_name="",
                contact_phone="12",
                content="",
                received_at=at(2026, 11, 24),
                attachments=(AttachmentUpload("a.png", PNG), AttachmentUpload("b.doc", EXE)),
            )
        )
    assert refused.value.fields == (
        "complainant_name",
        "contact_phone",
        "content",
        "received_at",
        "attachments",
    )
    with demo_db.read() as s:
        assert s.execute(select(ComplaintAttachment)).first() is None


def test_an_organisation_may_complain(demo_db: Database, clock: FixedClock) -> None:
    accepted = complaints_as(demo_db, clock, "G1001").accept(
        intake(complainant_name="老杭州面馆（建国路店）")
    )
    assert accepted.detail.row.complainant_name == "老杭州面馆（建国路店）"


def test_an_attachment_added_later_is_checked_the_same_way(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    detail = service.accept(intake()).detail
    info = service.add_attachment(detail.row.complaint_id, AttachmentUpload("scan.png", PNG))
    assert info.content_type == "image/png"
    assert info.size == len(PNG)
    with pytest.raises(FieldErrors) as refused:
        service.add_attachment(detail.row.complaint_id, AttachmentUpload("scan.pdf", EXE))
    assert refused.value.errors[0].code == "complaint.attachment_type"
    assert len(service.get(detail.row.complaint_id).attachments) == 1


# ----------------------------------------------------------------------------- repeats


@pytest.mark.parametrize(("days", "repeat"), [(29, True), (30, True), (31, False)])
def test_the_same_phone_and_category_within_the_window_is_a_repeat(
    demo_db: Database, clock: FixedClock, days: int, repeat: bool
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    now = clock.now()
    first = service.accept(intake(received_at=now - timedelta(days=days))).detail
    second = service.accept(intake(received_at=now)).detail
    assert second.row.is_repeat is repeat
    assert second.repeat_of_id == (first.row.complaint_id if repeat else None)
    assert second.row.severity is (Severity.MAJOR if repeat else Severity.GENERAL)
    if repeat:
        assert second.repeat_of_number == first.row.number
        assert second.row.owner_name == "陈静"  # a major complaint is the manager's


def test_another_category_is_not_a_repeat(demo_db: Database, clock: FixedClock) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    service.accept(intake(received_at=clock.now() - timedelta(days=3)))
    other = service.accept(intake(category=ComplaintCategory.PRICE)).detail
    assert not other.row.is_repeat
    assert other.row.severity is Severity.GENERAL


def test_the_same_account_from_another_phone_is_a_repeat(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    with demo_db.read() as s:
        account_id = s.execute(select(Account.id).order_by(Account.id).limit(1)).scalar_one()
    first = service.accept(
        intake(account_id=account_id, received_at=clock.now() - timedelta(days=10))
    )
    second = service.accept(intake(account_id=account_id, contact_phone="13900001111")).detail
    assert second.row.is_repeat
    assert second.repeat_of_id == first.detail.row.complaint_id


def test_the_repeat_window_is_a_setting(demo_db: Database, clock: FixedClock) -> None:
    SettingsService(demo_db, clock, sign_in(demo_db, clock, "S0001")).set(
        "complaints.repeat_window_days", 7
    )
    service = complaints_as(demo_db, clock, "G1001")
    service.accept(intake(received_at=clock.now() - timedelta(days=8)))
    assert not service.accept(intake()).detail.row.is_repeat


def test_an_emergency_stays_an_emergency_when_it_repeats(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    service.accept(intake(received_at=clock.now() - timedelta(days=1)))
    repeat = service.accept(intake(severity=Severity.EMERGENCY, site_address="建国路88号"))
    assert repeat.detail.row.is_repeat
    assert repeat.detail.row.severity is Severity.EMERGENCY
    with demo_db.read() as s:
        assert s.execute(select(Complaint.is_repeat).order_by(Complaint.id)).scalars().all() == [
            False,
            True,
        ]


# ----------------------------------------------------------------------------- emergency


def test_an_emergency_alerts_the_manager_and_opens_a_repair_request(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    general = service.accept(intake())
    assert not general.alerted
    assert general.repair_request_number == ""
    accepted = service.accept(
        intake(
            severity=Severity.EMERGENCY,
            category=ComplaintCategory.EQUIPMENT,
            content="厨房燃气表旁有嘶嘶声和气味。",
            site_address="东城区建国路88号3单元502",
        )
    )
    assert accepted.alerted
    number = accepted.repair_request_number
    assert number
    assert accepted.detail.repair_request_number == number
    assert accepted.detail.row.owner_name == "陈静"  # escalated to the manager
    with demo_db.read() as s:
        repair = s.execute(
            select(ServiceRequest).where(ServiceRequest.number == number)
        ).scalar_one()
        assert repair.emergency
        assert repair.address == "东城区建国路88号3单元502"
        assert accepted.detail.row.number in repair.description
    pending = AlertService(demo_db, clock, sign_in(demo_db, clock, "M1001")).pending()
    assert EMERGENCY_COMPLAINT in {a.kind for a in pending}
    assert accepted.detail.row.number in {a.subject for a in pending}
    assert AlertService(demo_db, clock, sign_in(demo_db, clock, "M2001")).pending() == ()


def test_an_emergency_is_kept_and_alerted_when_no_repair_can_be_opened(
    demo_db: Database, clock: FixedClock
) -> None:
    with demo_db.write() as s:
        for service_type in s.execute(select(ServiceType).where(ServiceType.emergency)).scalars():
            service_type.active = False
    accepted = complaints_as(demo_db, clock, "G1001").accept(
        intake(severity=Severity.EMERGENCY, site_address="建国路88号")
    )
    assert accepted.alerted
    assert accepted.repair_request_number == ""
    with demo_db.read() as s:
        assert s.execute(select(Complaint.number)).scalar_one() == accepted.detail.row.number
        assert s.execute(select(ServiceRequest).where(ServiceRequest.emergency)).first() is None
    pending = AlertService(demo_db, clock, sign_in(demo_db, clock, "M1001")).pending()
    assert [a.subject for a in pending] == [accepted.detail.row.number]


def test_an_emergency_must_say_where(demo_db: Database, clock: FixedClock) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    before = counts(demo_db)
    with pytest.raises(FieldErrors) as refused:
        service.accept(intake(severity=Severity.EMERGENCY))
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("site_address", "complaint.site_required")
    ]
    assert counts(demo_db) == before
    with demo_db.read() as s:
        account = s.execute(select(Account).order_by(Account.id).limit(1)).scalar_one()
    accepted = service.accept(intake(severity=Severity.EMERGENCY, account_id=account.id))
    with demo_db.read() as s:
        repair = s.execute(
            select(ServiceRequest).where(ServiceRequest.number == accepted.repair_request_number)
        ).scalar_one()
    assert repair.address == account.supply_address


def test_tracking_numbers_are_unique_when_counters_accept_at_once(
    demo_db: Database, clock: FixedClock
) -> None:
    services = [complaints_as(demo_db, clock, no) for no in ("G1001", "G1002", "G1003", "M1001")]
    numbers: list[str] = []
    failures: list[BaseException] = []
    start = threading.Barrier(len(services))

    def counter(k: int, service: ComplaintService) -> None:
        start.wait(timeout=60)
        for i in range(5):
            try:
                accepted = service.accept(
                    intake(contact_phone=f"1390000{k}{i:03d}", category=ComplaintCategory.OTHER)
                )
            except BaseException as exc:  # collected and shown below
                failures.append(exc)
                return
            numbers.append(accepted.detail.row.number)

    threads = [threading.Thread(target=counter, args=(k, x)) for k, x in enumerate(services)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert failures == []
    assert sorted(numbers) == [f"TS-H01-20261123-{n:03d}" for n in range(1, 21)]


def test_the_intake_starts_from_the_customer_of_the_360_view(
    demo_db: Database, clock: FixedClock
) -> None:
    with demo_db.read() as s:
        account = s.execute(select(Account).order_by(Account.id).limit(1)).scalar_one()
        other = s.execute(
            select(Account).where(Account.customer_id != account.customer_id).limit(1)
        ).scalar_one()
        customer_name = s.get_one(Customer, account.customer_id).name
    phone = clear_of(demo_db, account.customer_id)["phone"]
    service = complaints_as(demo_db, clock, "G1001")
    start = service.intake_prefill(account.customer_id, account.id)
    assert (start.complainant_name, start.contact_phone) == (customer_name, phone)
    assert (start.account_id, start.account_number) == (account.id, account.number)
    with demo_db.read() as s:
        reveal = s.execute(
            select(AuditEntry).where(AuditEntry.action == "reveal", AuditEntry.entity == "customer")
        ).scalar_one()
    assert reveal.entity_id == str(account.customer_id)
    with pytest.raises(NotFound):
        service.intake_prefill(account.customer_id, other.id)  # not this customer's account
    assert service.intake_prefill(account.customer_id).account_id is None
