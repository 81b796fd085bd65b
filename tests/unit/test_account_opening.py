"""Opening an account: validation of every field, reuse, arrears approval, numbers, documents."""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from people import FULL_WIDTH, debtor, resident_id, sign_in
from row_counts import row_counts
from sealed import clear_of
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AccountOwnership,
    Approval,
    AuditEntry,
    Customer,
    NumberSequence,
    PrintedDocument,
    ServiceRequest,
    ServiceRequestEvent,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import (
    AccountStatus,
    CustomerKind,
    DocumentType,
    RequestStatus,
)
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.identity import IdType, credit_code_check_char
from counter_app.services.accounts import AccountService, render_account_number
from counter_app.services.accounts_dto import AccountOpeningRequest, NewIndividual, NewOrganisation
from counter_app.services.audit import verify_chain
from counter_app.services.auth import ApprovalGrant, AuthService
from counter_app.services.base import Actor
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import ArrearsBlocked, FieldErrors
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.search import SearchService
from counter_app.services.settings import SettingsService
from counter_app.views.errors import error_message

DOCUMENTS = ("身份证原件", "房产证或购房合同", "燃气设施安装位置图")
TABLES = (
    Customer,
    Account,
    AccountOwnership,
    ServiceRequest,
    ServiceRequestEvent,
    AuditEntry,
    NumberSequence,
    PrintedDocument,
)


ID_NUMBER = resident_id("11010119900307123")


def person(**changes: str) -> NewIndividual:
    base = NewIndividual(
        name="林晓燕",
        id_type=IdType.RESIDENT_ID,
        id_number=ID_NUMBER,
        phone="13812345678",
        address="东城区建国路88号阳光花园3幢2单元501室",
    )
    return replace(base, **changes)


def request(
    customer: NewIndividual | NewOrganisation | None = None, **changes: Any
) -> AccountOpeningRequest:
    base = AccountOpeningRequest(
        supply_address="东城区建国路88号阳光花园3幢2单元501室",
        utility_kind="gas",
        tariff_class="居民",
        billing_mode="postpaid",
        meter_number="GM2026000001",
        documents_received=DOCUMENTS,
        new_customer=customer if customer is not None else person(),
    )
    return replace(base, **changes)


def counts(db: Database) -> dict[str, int]:
    return row_counts(db, *TABLES)


def refused(
    db: Database, service: AccountService, req: AccountOpeningRequest
) -> dict[str, tuple[str, ...]]:
    """Open and expect field errors; nothing may have been written. Returns field -> codes."""
    before = counts(db)
    with pytest.raises(FieldErrors) as caught:
        service.open_account(req)
    assert counts(db) == before
    codes: dict[str, tuple[str, ...]] = {}
    for error in caught.value.errors:
        assert error_message(error)  # every error has wording a view can show
        codes[error.field] = (*codes.get(error.field, ()), error.code)
    return codes


# ----------------------------------------------------------------------------- the happy path


def test_complete_documents_open_a_pending_account(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    result = accounts.open_account(request())

    assert re.fullmatch(r"01\d{8}", result.account_number)
    assert result.account_status is AccountStatus.PENDING
    assert result.customer_created
    assert result.request_status is RequestStatus.ACCEPTED
    assert result.documents_missing == ()
    assert result.documents_received == DOCUMENTS
    # Received Monday 2026-11-23: 15 working days end on Monday 2026-12-14.
    assert result.deadline_at == datetime.combine(date(2026, 12, 14), time.max, tzinfo=LOCAL_TZ)
    assert result.missing_documents_notice is None
    confirmation = result.confirmation
    assert confirmation is not None
    assert confirmation.account_number == result.account_number
    assert confirmation.customer_name == "林晓燕"
    assert confirmation.id_masked == "110101********" + ID_NUMBER[-4:]
    assert confirmation.phone_masked == "138****5678"
    assert confirmation.id_label == "居民身份证"
    assert confirmation.meter_number == "GM2026000001"
    assert confirmation.request_number == result.request_number
    assert confirmation.request_deadline == date(2026, 12, 14)
    assert confirmation.issued.clerk_employee_no == "G1001"
    assert confirmation.issued.hall.code == "H01"
    assert ID_NUMBER not in repr(result)  # nothing printable carries the full number

    with demo_db.read() as s:
        account = s.get_one(Account, result.account_id)
        assert account.customer_id == result.customer_id
        assert account.status is AccountStatus.PENDING
        assert account.opened_on == clock.now().date()
        ownership = s.execute(
            select(AccountOwnership).where(AccountOwnership.account_id == account.id)
        ).scalar_one()
        assert ownership.customer_id == result.customer_id
        assert ownership.valid_to is None
        assert ownership.service_request_id == result.request_id
        sr = s.get_one(ServiceRequest, result.request_id)
        assert sr.owner_id == clerk.user_id  # 首问负责制
        assert sr.account_id == account.id
        assert sr.status is RequestStatus.ACCEPTED
        events = s.execute(
            select(ServiceRequestEvent).where(ServiceRequestEvent.request_id == sr.id)
        ).scalars()
        assert [(e.from_status, e.to_status, e.user_id) for e in events] == [
            (None, RequestStatus.ACCEPTED, clerk.user_id)
        ]
        audited = s.execute(
            select(AuditEntry.action, AuditEntry.entity).where(AuditEntry.user_id == clerk.user_id)
        ).all()
        assert {("create", "customer"), ("create", "account"), ("create", "service_request")} <= {
            tuple(a) for a in audited
        }
        assert verify_chain(s).ok


def test_missing_documents_give_the_one_time_notice(
    demo_db: Database, accounts: AccountService
) -> None:
    result = accounts.open_account(request(documents_received=["身份证原件"]))

    assert result.request_status is RequestStatus.INCOMPLETE
    assert result.documents_missing == ("房产证或购房合同", "燃气设施安装位置图")
    assert result.deadline_at is None  # the SLA runs from complete documents
    assert result.confirmation is None
    notice = result.missing_documents_notice
    assert notice is not None
    assert notice.notice_number == result.request_number
    assert notice.business == "开户/报装"
    assert notice.documents_required == DOCUMENTS
    assert notice.documents_received == ("身份证原件",)
    assert notice.documents_missing == ("房产证或购房合同", "燃气设施安装位置图")
    assert notice.phone_masked == "138****5678"
    with demo_db.read() as s:
        sr = s.get_one(ServiceRequest, result.request_id)
        assert sr.status is RequestStatus.INCOMPLETE
        assert sr.documents_missing == ["房产证或购房合同", "燃气设施安装位置图"]


def test_unknown_document_is_a_field_error(demo_db: Database, accounts: AccountService) -> None:
    codes = refused(demo_db, accounts, request(documents_received=["身份证原件", "结婚证"]))
    assert codes == {"documents": ("documents.unknown",)}


def test_organisation(demo_db: Database, accounts: AccountService) -> None:
    first17 = "91330100MA2CD5678"
    code = first17 + credit_code_check_char(first17)
    org = NewOrganisation(
        name="杭州老街餐饮有限公司",
        credit_code=code.lower(),
        contact_person="赵磊",
        phone="0086 13512345678",
        address="西湖区文三路256号",
    )
    result = accounts.open_account(request(org, tariff_class="非居民"))
    assert result.confirmation is not None
    assert result.confirmation.customer_kind == "单位"
    assert result.confirmation.id_label == "统一社会信用代码"
    with demo_db.read() as s:
        customer = s.get_one(Customer, result.customer_id)
        assert customer.kind is CustomerKind.ORGANISATION
        assert customer.credit_code == code
        assert customer.contact_person == "赵磊"
    assert clear_of(demo_db, result.customer_id)["phone"] == "13512345678"


def test_opening_options(accounts: AccountService) -> None:
    options = accounts.opening_options()
    assert options.required_documents == DOCUMENTS
    assert options.tariff_classes == ("居民", "非居民")
    assert options.service_name == "开户/报装"


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("customer", "field", "code"),
    [
        (
            person(id_number=ID_NUMBER[:17] + ("1" if ID_NUMBER[17] != "1" else "2")),
            "id_number",
            "id.check_digit",
        ),
        (person(id_number=resident_id("11010119990230123")), "id_number", "id.birth_date"),
        (person(id_number=ID_NUMBER[:17]), "id_number", "id.length"),
        (person(phone="138abc45678"), "phone", "phone.chars"),
        (person(name=""), "name", "name.empty"),
        (person(name="   "), "name", "name.empty"),
        (person(name="林晓燕😀"), "name", "name.emoji"),
        (person(name="' OR 1=1 --"), "name", "name.chars"),
        (person(address="东城区" + "号" * 2000), "address", "address.too_long"),
        (person(address="东城区建国路🏠88号"), "address", "address.emoji"),
        (person(id_type="driving_licence"), "id_type", "id_type.invalid"),
        (person(emergency_contact_name="林大海"), "emergency_phone", "emergency.incomplete"),
        (
            person(emergency_contact_name="林大海", emergency_contact_phone="12345"),
            "emergency_phone",
            "phone.length",
        ),
    ],
)
def test_each_invalid_field_is_refused(
    demo_db: Database,
    accounts: AccountService,
    customer: NewIndividual,
    field: str,
    code: str,
) -> None:
    assert refused(demo_db, accounts, request(customer)) == {field: (code,)}


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"supply_address": "x" * 2000}, "supply_address", "address.too_long"),
        ({"supply_address": "  "}, "supply_address", "address.empty"),
        ({"supply_address": "<script>"}, "supply_address", "address.chars"),
        ({"meter_number": ""}, "meter_number", "meter.empty"),
        ({"meter_number": "GM-12#3"}, "meter_number", "meter.chars"),
        ({"meter_number": "G" * 31}, "meter_number", "meter.too_long"),
        ({"tariff_class": "大工业"}, "tariff_class", "tariff_class.unknown"),
        ({"tariff_class": ""}, "tariff_class", "tariff_class.empty"),
        ({"billing_mode": "barter"}, "billing_mode", "billing_mode.invalid"),
        ({"utility_kind": "steam"}, "utility_kind", "utility_kind.invalid"),
        ({"utility_kind": "water"}, "utility_kind", "utility_kind.not_served"),
        ({"new_customer": None}, "customer", "customer.required"),
        ({"customer_id": 1}, "customer", "customer.both"),
        ({"new_customer": None, "customer_id": 99_999}, "customer", "customer.not_found"),
    ],
)
def test_each_invalid_account_field_is_refused(
    demo_db: Database, accounts: AccountService, changes: dict[str, Any], field: str, code: str
) -> None:
    assert refused(demo_db, accounts, request(**changes)) == {field: (code,)}


def test_all_errors_are_reported_at_once(demo_db: Database, accounts: AccountService) -> None:
    with demo_db.read() as s:
        taken = s.execute(select(Account.meter_number).limit(1)).scalar_one()
    bad = request(
        person(name="", id_number=ID_NUMBER[:17], phone="138abc45678", address="🏠"),
        supply_address="x" * 2000,
        meter_number=taken,
        tariff_class="大工业",
    )
    codes = refused(demo_db, accounts, bad)
    assert codes == {
        "name": ("name.empty",),
        "id_number": ("id.length",),
        "phone": ("phone.chars",),
        "address": ("address.emoji",),
        "supply_address": ("address.too_long",),
        "tariff_class": ("tariff_class.unknown",),
        "meter_number": ("meter.duplicate",),
    }


def test_duplicate_meter_number_names_the_holder(
    demo_db: Database, accounts: AccountService
) -> None:
    with demo_db.read() as s:
        holder = s.execute(select(Account).limit(1)).scalar_one()
    assert holder.meter_number is not None
    before = counts(demo_db)
    with pytest.raises(FieldErrors) as caught:
        accounts.open_account(request(meter_number=holder.meter_number.lower()))
    (error,) = caught.value.errors
    assert (error.field, error.code) == ("meter_number", "meter.duplicate")
    assert error.params["account_number"] == holder.number
    assert holder.number in error_message(error)
    assert counts(demo_db) == before


def test_typed_values_are_normalised(demo_db: Database, accounts: AccountService) -> None:
    result = accounts.open_account(
        request(
            person(
                name="  林晓燕 ",
                id_number=f" {ID_NUMBER[:6]} {ID_NUMBER[6:14]} {ID_NUMBER[14:]} ".translate(
                    FULL_WIDTH
                ),
                phone="１３８ １２３４ ５６７８",
                address="  东城区建国路８８号  ",
                emergency_contact_name=" 林大海 ",
                emergency_contact_phone="+86 139 0000 1111",
            ),
            supply_address="\u3000东城区建国路８８号阳光花园\u3000",
            meter_number=" gm２０２６-000001 ",
        )
    )
    with demo_db.read() as s:
        customer = s.get_one(Customer, result.customer_id)
        account = s.get_one(Account, result.account_id)
    assert customer.name == "林晓燕"
    clear = clear_of(demo_db, result.customer_id)
    assert clear["id_number"] == ID_NUMBER
    assert clear["phone"] == "13812345678"
    assert customer.address == "东城区建国路88号"
    assert clear["emergency_contact"] == "林大海 13900001111"
    assert account.supply_address == "东城区建国路88号阳光花园"
    assert account.meter_number == "GM2026000001"


def test_sql_in_an_address_is_stored_as_text(demo_db: Database, accounts: AccountService) -> None:
    address = "东城区'; DROP TABLE accounts; -- 路' OR 1=1 --号"
    result = accounts.open_account(
        request(supply_address=address, new_customer=person(address=address))
    )
    with demo_db.read() as s:
        assert s.get_one(Account, result.account_id).supply_address == address
        assert s.get_one(Customer, result.customer_id).address == address
        assert s.execute(select(func.count()).select_from(Account)).scalar_one() > 1


# ----------------------------------------------------------------------------- reuse, duplicates


def test_same_id_number_reuses_the_customer(demo_db: Database, accounts: AccountService) -> None:
    first = accounts.open_account(request())
    before = counts(demo_db)
    second = accounts.open_account(
        request(
            person(phone="13900001111", id_number=ID_NUMBER.lower()),
            meter_number="GM2026000002",
            supply_address="东城区建国路90号",
        )
    )
    assert second.customer_id == first.customer_id
    assert not second.customer_created
    assert second.customer_differences == ("phone",)
    after = counts(demo_db)
    assert after["customers"] == before["customers"]
    assert after["accounts"] == before["accounts"] + 1
    # The stored phone is not changed behind the clerk's back.
    assert clear_of(demo_db, first.customer_id)["phone"] == "13812345678"


def test_same_id_number_with_another_name_is_refused(
    demo_db: Database, accounts: AccountService
) -> None:
    accounts.open_account(request())
    codes = refused(demo_db, accounts, request(person(name="林小燕"), meter_number="GM2026000002"))
    assert codes == {"name": ("id.name_mismatch",)}


def test_same_phone_and_similar_name_is_a_warning(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    first = accounts.open_account(request())
    other = resident_id("11010119920101456")
    second = accounts.open_account(
        request(
            person(name="林晓艳", id_number=other),  # one character off, same phone
            meter_number="GM2026000002",
        )
    )
    assert second.customer_created
    assert [c.customer_id for c in second.duplicate_warnings] == [first.customer_id]
    assert second.duplicate_warnings[0].phone_masked == "138****5678"
    customers = CustomerService(demo_db, clock, clerk)
    warned = customers.duplicate_warnings("林晓燕", "138 1234 5678")
    assert {c.customer_id for c in warned} == {first.customer_id, second.customer_id}
    assert customers.duplicate_warnings("张三", "13812345678") == ()
    assert customers.duplicate_warnings("林晓燕", "not a phone") == ()


# ----------------------------------------------------------------------------- arrears


def test_arrears_block_the_opening(demo_db: Database, accounts: AccountService) -> None:
    customer_id = debtor(demo_db)
    before = counts(demo_db)
    with pytest.raises(ArrearsBlocked) as caught:
        accounts.open_account(request(new_customer=None, customer_id=customer_id))
    assert counts(demo_db) == before
    summary = caught.value.summary
    assert summary.customer_id == customer_id
    assert summary.total > Decimal("0.00")
    assert summary.total == sum(a.amount for a in summary.accounts)
    assert caught.value.params["approval_action"] == "arrears_override"
    assert caught.value.params["approval_subject"] == f"customer:{customer_id}"


def test_manager_override_opens_and_is_recorded(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    customer_id = debtor(demo_db)
    with pytest.raises(ArrearsBlocked) as caught:
        accounts.open_account(request(new_customer=None, customer_id=customer_id))
    summary = caught.value.summary
    grant = AuthService(demo_db, clock).approve(
        clerk,
        "M1001",
        DEMO_PASSWORD,
        action=summary.approval_action,
        subject=summary.approval_subject,
        reason="客户承诺本周内结清旧户欠费",
    )

    result = accounts.open_account(
        request(new_customer=None, customer_id=customer_id), approval=grant
    )

    assert result.customer_id == customer_id
    assert result.arrears == summary.total
    assert result.arrears_override_approval_id == grant.approval_id
    with demo_db.read() as s:
        approval = s.get_one(Approval, grant.approval_id)
        assert (approval.requested_by, approval.approved_by) == (clerk.user_id, grant.approver_id)
        used = s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "approval",
                AuditEntry.entity_id == str(grant.approval_id),
                AuditEntry.action == "use",
            )
        ).scalar_one()
        assert used.user_id == clerk.user_id
        assert (used.after or {})["arrears"] == f"{summary.total:.2f}"
        sr = s.get_one(ServiceRequest, result.request_id)
        assert (sr.payload or {})["arrears_override_approval_id"] == grant.approval_id

    # One approval, one opening.
    with pytest.raises(PermissionDenied) as again:
        accounts.open_account(
            request(new_customer=None, customer_id=customer_id, meter_number="GM2026000002"),
            approval=grant,
        )
    assert again.value.params["approval_used"] is True


def test_an_approval_for_something_else_does_not_override(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    customer_id = debtor(demo_db)
    auth = AuthService(demo_db, clock)
    void = auth.approve(
        clerk, "M1001", DEMO_PASSWORD, action="void", subject="H01-2026-00000001", reason="录错"
    )
    other_customer = auth.approve(
        clerk,
        "M1001",
        DEMO_PASSWORD,
        action="arrears_override",
        subject=f"customer:{customer_id + 1}",
        reason="r",
    )
    forged = ApprovalGrant(other_customer.approval_id + 1000, 5, "M1001", "r")
    before = counts(demo_db)
    for grant in (void, other_customer, forged):
        with pytest.raises(PermissionDenied):
            accounts.open_account(
                request(new_customer=None, customer_id=customer_id), approval=grant
            )
    assert counts(demo_db) == before


def test_an_approval_expires(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    customer_id = debtor(demo_db)
    grant = AuthService(demo_db, clock).approve(
        clerk,
        "M1001",
        DEMO_PASSWORD,
        action="arrears_override",
        subject=f"customer:{customer_id}",
        reason="r",
    )
    clock.advance(minutes=31)
    with pytest.raises(PermissionDenied) as caught:
        accounts.open_account(request(new_customer=None, customer_id=customer_id), approval=grant)
    assert caught.value.params["approval_expired"] is True


def test_customer_without_arrears_needs_no_approval(
    demo_db: Database, accounts: AccountService
) -> None:
    first = accounts.open_account(request())
    second = accounts.open_account(
        request(new_customer=None, customer_id=first.customer_id, meter_number="GM2026000002")
    )
    assert second.customer_id == first.customer_id
    assert second.arrears == Decimal("0.00")


# ----------------------------------------------------------------------------- numbers


def test_account_numbers_follow_the_setting_and_skip_taken_ones(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    with demo_db.read() as s:
        existing = set(s.execute(select(Account.number)).scalars())
    first = accounts.open_account(request())
    assert first.account_number not in existing
    assert int(first.account_number[2:]) > max(int(n[2:]) for n in existing if n[:2] == "01")

    admin = sign_in(demo_db, clock, "S0001")
    SettingsService(demo_db, clock, admin).set("accounts.number_format", "{hall_code}-{seq:06d}")
    second = accounts.open_account(
        request(person(id_number=resident_id("11010119920101456")), meter_number="GM2")
    )
    assert re.fullmatch(r"H01-\d{6}", second.account_number)


def test_render_account_number() -> None:
    assert render_account_number("{hall_digits}{seq:08d}", "H01", 123) == "0100000123"
    assert render_account_number("{hall_code}{seq:05d}", "H02", 7) == "H0200007"


@pytest.mark.slow
def test_account_numbers_unique_under_concurrency(demo_db: Database, clock: FixedClock) -> None:
    actors = [sign_in(demo_db, clock, no) for no in ("G1001", "G1002", "G1003", "M1001")]
    results: list[str] = []
    requests: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(len(actors))

    def counter(k: int, actor: Actor) -> None:
        service = AccountService(demo_db, clock, actor)
        start.wait()
        for i in range(10):
            n = k * 10 + i
            try:
                result = service.open_account(
                    request(
                        person(
                            name="陈" + "一二三四五六七八九十"[i],
                            id_number=resident_id(f"110101198{k}0101{i:03d}"),
                            phone=f"1370000{n:04d}",
                        ),
                        meter_number=f"GMC{n:06d}",
                    )
                )
            except BaseException as exc:  # collected and shown below
                failures.append(exc)
                return
            with lock:
                results.append(result.account_number)
                requests.append(result.request_number)

    threads = [threading.Thread(target=counter, args=(k, a)) for k, a in enumerate(actors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(results) == len(set(results)) == 40
    assert len(requests) == len(set(requests)) == 40
    with demo_db.read() as s:
        numbers = list(s.execute(select(Account.number)).scalars())
        assert len(numbers) == len(set(numbers))
        assert verify_chain(s).ok


# ----------------------------------------------------------------------------- print register


def test_register_print_original_then_reprint(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    result = accounts.open_account(request())
    digest = hashlib.sha256(b"%PDF-1.4 confirmation").hexdigest()
    original = accounts.register_print(
        DocumentType.ACCOUNT_OPENING,
        result.account_number,
        digest,
        "a4",
        "/tmp/confirmation.pdf",
        result.account_id,
    )
    assert original.reprint_no == 0
    with pytest.raises(FieldErrors) as no_reason:
        accounts.register_print(
            DocumentType.ACCOUNT_OPENING,
            result.account_number,
            digest,
            "a4",
            None,
            result.account_id,
        )
    assert no_reason.value.fields == ("reason",)
    reprint = accounts.register_print(
        "account_opening",
        result.account_number,
        digest.upper(),
        "a4",
        account_id=result.account_id,
        reason="客户遗失",
    )
    assert reprint.reprint_no == 1
    with pytest.raises(FieldErrors) as bad:
        accounts.register_print("poster", "", "xyz", "a3")
    assert set(bad.value.fields) == {"doc_type", "doc_number", "content_hash", "layout"}

    view = CustomerService(demo_db, clock, clerk).customer_360(result.customer_id)
    assert [(d.reprint_no, d.user_employee_no) for d in view.printed_documents] == [
        (1, "G1001"),
        (0, "G1001"),
    ]
    with demo_db.read() as s:
        actions = s.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "printed_document")
        ).scalars()
        assert list(actions) == ["print", "reprint"]


# ----------------------------------------------------------------------------- permissions


def test_auditor_cannot_open_accounts(demo_db: Database, clock: FixedClock) -> None:
    auditor = sign_in(demo_db, clock, "A1001")
    with pytest.raises(PermissionDenied):
        AccountService(demo_db, clock, auditor).open_account(request())


def test_new_account_is_searchable_at_once(
    demo_db: Database, clock: FixedClock, clerk: Actor, accounts: AccountService
) -> None:
    result = accounts.open_account(request(supply_address="西湖区文三路256号丽景湾8幢"))
    search = SearchService(demo_db, clock, clerk)
    assert [r.account_number for r in search.search("丽景湾8幢").rows] == [result.account_number]
    assert [r.account_number for r in search.search(result.request_number).rows] == [
        result.account_number
    ]


@pytest.mark.parametrize("service", [AccountService, CustomerService, SearchService])
def test_every_public_method_declares_its_permissions(service: type) -> None:
    public = [
        name
        for name, member in vars(service).items()
        if callable(member) and not name.startswith("_")
    ]
    assert public
    for name in public:
        assert hasattr(getattr(service, name), "__requires__"), f"{service.__name__}.{name}"
