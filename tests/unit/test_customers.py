"""Customer service: 360 view, logged reveals, corrections with before/after, lookups."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from people import debtor, open_gas_account, resident_id, sign_in
from sealed import clear_of
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AccountOwnership,
    AuditEntry,
    Bill,
    Complaint,
    ContactLog,
    Customer,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock, hall_date
from counter_app.domain.enums import (
    BillStatus,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    RequestStatus,
    Severity,
)
from counter_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from counter_app.domain.identity import IdType, credit_code_check_char
from counter_app.services import personal_data
from counter_app.services.accounts_dto import NewIndividual, NewOrganisation
from counter_app.services.base import Actor
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import CustomerChanges, FieldErrors, RevealField
from counter_app.services.search_dto import MatchKind

ID_NUMBER = resident_id("33010619870512321")
PHONE = "13711112222"


@pytest.fixture
def customers(demo_db: Database, clock: FixedClock, clerk: Actor) -> CustomerService:
    return CustomerService(demo_db, clock, clerk)


@pytest.fixture
def customer_id(demo_db: Database, clock: FixedClock, clerk: Actor) -> int:
    """A customer opened at the counter, with an emergency contact and missing documents."""
    address = "西湖区文三路256号丽景湾8幢1单元302室"
    person = NewIndividual(
        name="何佳慧",
        id_type=IdType.RESIDENT_ID,
        id_number=ID_NUMBER,
        phone=PHONE,
        address=address,
        emergency_contact_name="何建国",
        emergency_contact_phone="13900008888",
    )
    result = open_gas_account(
        demo_db,
        clock,
        clerk,
        person,
        supply_address=address,
        meter="GM5500000001",
        documents=("身份证原件",),
    )
    return result.customer_id


def audit_count(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


# ----------------------------------------------------------------------------- 360


def test_customer_360_shows_arrears_bills_and_masked_identity(
    demo_db: Database, customers: CustomerService
) -> None:
    cid = debtor(demo_db)
    with demo_db.read() as s:
        customer = s.get_one(Customer, cid)
        unpaid = s.execute(
            select(Bill)
            .join(Account, Account.id == Bill.account_id)
            .where(Account.customer_id == cid, Bill.status == BillStatus.UNPAID)
        ).scalars()
        owed = sum((b.amount - b.paid_amount for b in unpaid), Decimal("0.00"))
        bill_count = s.execute(
            select(func.count())
            .select_from(Bill)
            .join(Account, Account.id == Bill.account_id)
            .where(Account.customer_id == cid)
        ).scalar_one()

    view = customers.customer_360(cid)

    assert view.identity.name == customer.name
    clear = clear_of(demo_db, cid)
    id_number, phone = clear["id_number"], clear["phone"]
    assert id_number is not None
    assert phone is not None
    assert view.identity.id_masked == id_number[:6] + "*" * 8 + id_number[-4:]
    assert view.identity.phone_masked == phone[:3] + "****" + phone[-4:]
    assert id_number not in repr(view)
    assert phone not in repr(view)
    assert view.total_arrears == owed > 0
    assert sum(a.arrears for a in view.accounts) == owed
    assert len(view.bills) == bill_count
    assert {b.status for b in view.bills} == {BillStatus.PAID, BillStatus.UNPAID}
    assert all(b.outstanding == 0 for b in view.bills if b.status is BillStatus.PAID)
    assert customers.arrears(cid).total == owed


def test_customer_360_lists_requests_complaints_contacts_and_changes(
    demo_db: Database,
    clock: FixedClock,
    clerk: Actor,
    customers: CustomerService,
    customer_id: int,
) -> None:
    with demo_db.write() as s:
        account = s.execute(select(Account).where(Account.customer_id == customer_id)).scalar_one()
        complaint = Complaint(
            number="TS2026112300001",
            hall_id=account.hall_id,
            complainant_name="何佳慧",
            received_at=clock.now(),
            channel=ComplaintChannel.COUNTER,
            category=ComplaintCategory.ATTITUDE,
            severity=Severity.GENERAL,
            content="窗口排队时间过长",
            status=ComplaintStatus.OPEN,
            owner_id=clerk.user_id,
            accepted_by=clerk.user_id,
        )
        s.add(complaint)
        personal_data.store_complaint_contact(s, complaint, PHONE, None)  # found by the phone
        s.add(
            ContactLog(
                customer_id=customer_id,
                account_id=account.id,
                at=clock.now(),
                user_id=clerk.user_id,
                channel="phone",
                note="提醒补交房产证",
            )
        )

    view = customers.customer_360(customer_id)

    assert [a.status.value for a in view.accounts] == ["pending"]
    assert [(r.type_code, r.status, r.owner_employee_no) for r in view.open_requests] == [
        ("OPEN", RequestStatus.INCOMPLETE, "G1001")
    ]
    assert view.open_requests[0].documents_missing == ("房产证或购房合同", "燃气设施安装位置图")
    assert [c.number for c in view.complaints] == ["TS2026112300001"]
    assert [(c.note, c.user_employee_no) for c in view.contacts] == [("提醒补交房产证", "G1001")]
    assert view.identity.emergency_contact_masked == "何建国 139****8888"
    (created,) = view.changes
    assert created.action == "create"
    assert created.user_employee_no == "G1001"
    assert created.after["id_number"] == ID_NUMBER[:6] + "*" * 8 + ID_NUMBER[-4:]
    assert created.after["phone"] == "137****2222"
    assert created.after["emergency_contact"] == "何建国 139****8888"


def test_customer_360_of_an_unknown_customer(customers: CustomerService) -> None:
    with pytest.raises(NotFound):
        customers.customer_360(99_999)


def test_a_demo_customer_is_on_file_before_their_first_account_opened(demo_db: Database) -> None:
    """The 360 view's 建档日期 of a demo customer is not the day the demo was seeded while
    the account they opened says it was opened years ago (a holder since a 过户 is on file
    from the transfer on)."""
    with demo_db.read() as s:
        rows = s.execute(
            select(Customer.created_at, func.min(AccountOwnership.valid_from))
            .join(AccountOwnership, AccountOwnership.customer_id == Customer.id)
            .group_by(Customer.id, Customer.created_at)
        ).all()
    assert len(rows) >= 5
    late = [(created, opened) for created, opened in rows if hall_date(created) > opened]
    assert not late, late[:5]


# ----------------------------------------------------------------------------- reveal


def test_reveal_returns_the_full_value_and_is_audited(
    demo_db: Database, clerk: Actor, customers: CustomerService, customer_id: int
) -> None:
    assert customers.reveal(customer_id, RevealField.ID_NUMBER) == ID_NUMBER
    assert customers.reveal(customer_id, "phone") == PHONE
    assert customers.reveal(customer_id, "emergency_contact") == "何建国 13900008888"
    with demo_db.read() as s:
        entries = s.execute(
            select(AuditEntry).where(AuditEntry.action == "reveal").order_by(AuditEntry.id)
        ).scalars()
        logged = [(e.user_id, e.counter_id, e.entity_id, e.after) for e in entries]
    assert logged == [
        (clerk.user_id, clerk.counter_id, str(customer_id), {"field": "id_number"}),
        (clerk.user_id, clerk.counter_id, str(customer_id), {"field": "phone"}),
        (clerk.user_id, clerk.counter_id, str(customer_id), {"field": "emergency_contact"}),
    ]
    # The trail records that a look happened, never the value looked at.
    assert ID_NUMBER not in repr(logged)
    view = customers.customer_360(customer_id)
    assert [c.action for c in view.changes] == ["create", "reveal", "reveal", "reveal"]


def test_reveal_refuses_other_fields_and_empty_values(demo_db: Database, clock: FixedClock) -> None:
    # The first debtor's accounts are in H02: a clerk of H02 may reveal (§1 hall boundaries).
    customers = CustomerService(demo_db, clock, sign_in(demo_db, clock, "G2001"))
    before = audit_count(demo_db)
    with pytest.raises(InvalidInput):
        customers.reveal(debtor(demo_db), "password_hash")
    with pytest.raises(NotFound):
        customers.reveal(debtor(demo_db), RevealField.EMERGENCY_CONTACT)
    assert audit_count(demo_db) == before


def test_auditor_may_reveal_but_not_change(
    demo_db: Database, clock: FixedClock, customer_id: int
) -> None:
    auditor = CustomerService(demo_db, clock, sign_in(demo_db, clock, "A1001"))
    assert auditor.reveal(customer_id, "phone") == PHONE
    with pytest.raises(PermissionDenied):
        auditor.update_customer(customer_id, CustomerChanges(phone="13800000000"), "更正")


def test_administrator_sees_no_customers(
    demo_db: Database, clock: FixedClock, customer_id: int
) -> None:
    admin = CustomerService(demo_db, clock, sign_in(demo_db, clock, "S0001"))
    with pytest.raises(PermissionDenied):
        admin.customer_360(customer_id)
    with pytest.raises(PermissionDenied):
        admin.reveal(customer_id, "phone")


# ----------------------------------------------------------------------------- update


def test_update_keeps_before_and_after_with_the_reason(
    demo_db: Database, clerk: Actor, customers: CustomerService, customer_id: int
) -> None:
    identity = customers.update_customer(
        customer_id,
        CustomerChanges(
            phone="１３７ ３３３３ ４４４４", address=" 西湖区文三路258号 ", name="何佳慧"
        ),
        " 客户更换手机号 ",
    )
    assert identity.phone_masked == "137****4444"
    assert identity.address == "西湖区文三路258号"
    assert clear_of(demo_db, customer_id)["phone"] == "13733334444"
    with demo_db.read() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.action == "update", AuditEntry.entity == "customer")
        ).scalar_one()
        # The trail holds the personal values sealed with the customer's key (§11).
        assert PHONE not in str(entry.before)
        assert "13733334444" not in str(entry.after)
        before = personal_data.open_audit_values(s, customer_id, entry.before)
        after = personal_data.open_audit_values(s, customer_id, entry.after)
    # The unchanged name is not recorded as a change.
    assert before == {"phone": PHONE, "address": "西湖区文三路256号丽景湾8幢1单元302室"}
    assert after == {
        "phone": "13733334444",
        "address": "西湖区文三路258号",
        "reason": "客户更换手机号",
    }
    assert entry.user_id == clerk.user_id

    change = customers.customer_360(customer_id).changes[-1]
    assert change.action == "update"
    assert change.reason == "客户更换手机号"
    assert change.before == {
        "phone": "137****2222",
        "address": "西湖区文三路256号丽景湾8幢1单元302室",
    }
    assert change.after == {"phone": "137****4444", "address": "西湖区文三路258号"}
    assert change.user_name == "王芳"


def test_update_collects_every_error_and_saves_nothing(
    demo_db: Database, customers: CustomerService, customer_id: int
) -> None:
    before = audit_count(demo_db)
    with pytest.raises(FieldErrors) as caught:
        customers.update_customer(
            customer_id,
            CustomerChanges(
                name="' OR 1=1 --",
                phone="137abc",
                id_number=ID_NUMBER[:17],
                address="x" * 2000,
                emergency_contact_name="何建国",
                emergency_contact_phone="",
                credit_code="91330100MA2AB12345",
            ),
            "  ",
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("name", "name.chars"),
        ("phone", "phone.chars"),
        ("id_number", "id.length"),
        ("address", "address.too_long"),
        ("emergency_phone", "emergency.incomplete"),
        ("credit_code", "field.not_applicable"),
        ("reason", "reason.empty"),
    }
    assert clear_of(demo_db, customer_id)["phone"] == PHONE
    assert audit_count(demo_db) == before


def test_update_refuses_an_id_number_of_another_customer(
    demo_db: Database, customers: CustomerService, customer_id: int
) -> None:
    with demo_db.read() as s:
        other_id = s.execute(
            select(Customer.id).where(
                Customer.id != customer_id, Customer.id_number_bidx.is_not(None)
            )
        ).scalar()
    assert other_id is not None
    other = clear_of(demo_db, other_id)["id_number"]
    assert other is not None
    with pytest.raises(FieldErrors) as caught:
        customers.update_customer(customer_id, CustomerChanges(id_number=other), "录入错误")
    assert [(e.field, e.code) for e in caught.value.errors] == [("id_number", "id.duplicate")]


def test_update_changes_the_id_and_search_follows(
    demo_db: Database, customers: CustomerService, customer_id: int
) -> None:
    corrected = resident_id("33010619870512329")
    customers.update_customer(customer_id, CustomerChanges(id_number=corrected), "身份证号录错一位")
    assert customers.search(ID_NUMBER).rows == ()
    rows = customers.search(corrected).rows
    assert [(r.customer_id, r.match) for r in rows] == [(customer_id, MatchKind.ID_NUMBER)]


def test_update_without_a_change_writes_nothing(
    demo_db: Database, customers: CustomerService, customer_id: int
) -> None:
    before = audit_count(demo_db)
    customers.update_customer(customer_id, CustomerChanges(phone=PHONE), "核对")
    assert audit_count(demo_db) == before


def test_emergency_contact_can_be_removed(
    demo_db: Database, customers: CustomerService, customer_id: int
) -> None:
    identity = customers.update_customer(
        customer_id,
        CustomerChanges(emergency_contact_name="", emergency_contact_phone=""),
        "客户要求删除",
    )
    assert identity.emergency_contact_masked is None


# ----------------------------------------------------------------------------- lookups


def test_find_by_id_number(customers: CustomerService, customer_id: int) -> None:
    found = customers.find_by_id_number(
        IdType.RESIDENT_ID, ID_NUMBER.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    )
    assert found is not None
    assert found.customer_id == customer_id
    assert found.id_masked == ID_NUMBER[:6] + "*" * 8 + ID_NUMBER[-4:]
    assert found.arrears == Decimal("0.00")
    assert len(found.account_numbers) == 1
    assert customers.find_by_id_number("resident_id", resident_id("11010119800101001")) is None


def test_find_by_id_number_validates(customers: CustomerService) -> None:
    with pytest.raises(FieldErrors) as caught:
        customers.find_by_id_number(IdType.RESIDENT_ID, "11010119800101001")
    assert [(e.field, e.code) for e in caught.value.errors] == [("id_number", "id.length")]
    with pytest.raises(FieldErrors) as bad_type:
        customers.find_by_id_number("library_card", "123")
    assert bad_type.value.fields == ("id_type",)


def test_find_by_credit_code(
    demo_db: Database, clock: FixedClock, clerk: Actor, customers: CustomerService
) -> None:
    code = "91330100MA2EF4321" + credit_code_check_char("91330100MA2EF4321")
    assert customers.find_by_credit_code(code) is None
    hotel = NewOrganisation(
        name="杭州悦来酒店有限公司",
        credit_code=code,
        contact_person="孙浩",
        phone="13655556666",
        address="拱墅区湖墅南路99号",
    )
    opened = open_gas_account(
        demo_db,
        clock,
        clerk,
        hotel,
        supply_address="拱墅区湖墅南路99号",
        meter="GM5500000002",
        tariff_class="非居民",
    )
    found = customers.find_by_credit_code(code.lower())
    assert found is not None
    assert found.customer_id == opened.customer_id
    assert found.id_label == "统一社会信用代码"
    with pytest.raises(FieldErrors) as caught:
        customers.find_by_credit_code(code[:17] + ("0" if code[17] != "0" else "1"))
    assert [(e.field, e.code) for e in caught.value.errors] == [("credit_code", "uscc.check")]


def test_search_through_the_customer_service(customers: CustomerService, customer_id: int) -> None:
    rows = customers.search(PHONE).rows
    assert [(r.customer_id, r.match) for r in rows] == [(customer_id, MatchKind.PHONE)]


def test_dtos_are_frozen(customers: CustomerService, customer_id: int) -> None:
    view = customers.customer_360(customer_id)
    with pytest.raises(AttributeError):
        view.identity.name = "x"  # type: ignore[misc]
    assert replace(view.identity, name="y").name == "y"
    assert isinstance(view.identity.created_at, datetime)
    assert view.identity.created_at.astimezone(LOCAL_TZ).year == 2026
