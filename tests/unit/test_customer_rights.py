"""Customers' rights (docs/domain.md §11): erasure on request on both backends — refused while
the hall still serves, bills or owes the customer; afterwards their name, ID number and phone
are nowhere in the database (raw file bytes on SQLite, every text/JSON/bytea column on
PostgreSQL), while their payments, receipts and the audit trail still verify."""

from __future__ import annotations

import pytest
from people import open_gas_account
from raw_scan import found_anywhere
from request_cases import Counter, open_counter
from rights_cases import EMERGENCY, HOME, ID_NUMBER, NAME, PHONE, served, settle
from sqlalchemy import select

from counter_app.__main__ import build_parser
from counter_app.cli_audit import run_verify_audit
from counter_app.db.engine import Database
from counter_app.db.models import Account, AuditEntry, Bill, Complaint, Customer, Hall
from counter_app.domain.clock import FixedClock
from counter_app.domain.customer_rights import RightsError, anonymous_name
from counter_app.domain.enums import BillStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.identity import credit_code_check_char
from counter_app.services import personal_data
from counter_app.services.accounts_dto import NewOrganisation
from counter_app.services.audit import verify_chain
from counter_app.services.audit_records import verify_records
from counter_app.services.auth import AuthService
from counter_app.services.customer_rights import CustomerRightsService
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.hall_boundary import OtherHall
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.requests.dto import RenameDetails


@pytest.fixture
def hall(db: Database, clock: FixedClock) -> Counter:
    return open_counter(db, clock)


@pytest.fixture
def rights(hall: Counter) -> CustomerRightsService:
    return CustomerRightsService(hall.db, hall.clock, hall.manager)


def codes(check: object) -> list[str]:
    return [b.code for b in check.blockers]


# ----------------------------------------------------------------------------- the rule


def test_erasure_waits_until_the_hall_no_longer_serves_bills_or_owes_the_customer(
    hall: Counter, rights: CustomerRightsService
) -> None:
    story = served(hall)
    check = rights.deletion_check(story.customer_id)
    assert not check.allowed
    assert codes(check) == [
        "rights.accounts_open",
        "rights.requests_open",
        "rights.complaints_open",
    ]
    assert check.blockers[0].params["accounts"] == story.account_number
    with pytest.raises(RightsError) as refused:
        rights.delete_on_request(story.customer_id, "客户书面申请删除个人信息")
    assert refused.value.code == "rights.accounts_open"
    with hall.db.read() as s:
        customer = s.get(Customer, story.customer_id)
        assert customer is not None
        assert (customer.name, customer.anonymised_at) == (NAME, None)

    with hall.db.read() as s:
        owing = s.execute(
            select(Account.customer_id)
            .join(Hall, Hall.id == Account.hall_id)
            .join(Bill, Bill.account_id == Account.id)
            .where(Hall.code == "H01", Bill.status == BillStatus.UNPAID)
            .order_by(Account.customer_id)
            .limit(1)
        ).scalar_one()
    assert "rights.arrears" in codes(rights.deletion_check(owing))


def test_a_clerk_and_another_halls_manager_are_refused_and_the_reason_may_not_name_the_customer(
    hall: Counter, rights: CustomerRightsService
) -> None:
    story = served(hall)
    settle(hall, story)
    clerk_rights = CustomerRightsService(hall.db, hall.clock, hall.clerk)
    with pytest.raises(PermissionDenied):
        clerk_rights.delete_on_request(story.customer_id, "客户申请")
    with pytest.raises(PermissionDenied):
        clerk_rights.export(story.customer_id, "客户申请")
    other_hall = AuthService(hall.db, hall.clock).sign_in("M2001", DEMO_PASSWORD, 1)
    for call in (
        lambda r: r.deletion_check(story.customer_id),
        lambda r: r.delete_on_request(story.customer_id, "客户申请"),
        lambda r: r.export(story.customer_id, "客户申请"),
    ):
        with pytest.raises(OtherHall):
            call(CustomerRightsService(hall.db, hall.clock, other_hall))
    with pytest.raises(FieldErrors) as no_reason:
        rights.delete_on_request(story.customer_id, "  ")
    assert no_reason.value.errors[0].code == "reason.empty"
    for named in (f"{NAME} 本人申请", f"电话 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]} 申请"):
        with pytest.raises(RightsError) as names:
            rights.delete_on_request(story.customer_id, named)
        assert names.value.code == "rights.reason_names_customer"
    assert rights.deletion_check(story.customer_id).allowed


# ----------------------------------------------------------------------------- erasure


def test_after_erasure_the_person_is_nowhere_in_the_database_and_the_books_still_verify(
    hall: Counter, rights: CustomerRightsService, capsys: pytest.CaptureFixture[str]
) -> None:
    story = served(hall)
    settle(hall, story)
    for value in (NAME, ID_NUMBER, PHONE):
        assert found_anywhere(hall.db, value), f"{value} should be stored before the erasure"

    done = rights.delete_on_request(story.customer_id, "客户到柜台书面申请删除，已核验身份证件")

    assert done.name == anonymous_name(story.customer_id)
    assert done.records_cleaned >= 2  # the complaint and the contact note
    assert done.storage_cleaned == hall.db.is_sqlite
    for value in (NAME, ID_NUMBER, PHONE, EMERGENCY[1], HOME):
        assert found_anywhere(hall.db, value) == [], value
    with hall.db.read() as s:
        customer = s.get(Customer, story.customer_id)
        assert customer is not None
        assert customer.name.startswith("已注销客户")
        assert customer.anonymised_at == hall.clock.now()
        complaint = s.get(Complaint, story.complaint_id)
        assert complaint is not None
        assert complaint.complainant_name == done.name
        assert complaint.content == "***（***）反映上门安装迟到两小时。"
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "anonymise")).scalar_one()
        assert (entry.entity_id, entry.user_id) == (str(story.customer_id), hall.manager.user_id)
        assert entry.after["reason"] == "客户到柜台书面申请删除，已核验身份证件"
        # The books: the chain, and every payment, bill and print against its entries.
        chain = verify_chain(s)
        assert chain.ok, chain
        records = verify_records(s)
        assert records.ok, records.mismatches
    verify = build_parser().parse_args(["verify-audit"])
    assert run_verify_audit(verify, hall.db) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    auditor = AuthService(hall.db, hall.clock).sign_in("A1001", DEMO_PASSWORD, 1)
    verifier = ReceiptVerifier(hall.db, hall.clock, auditor)
    assert verifier.verify_receipt(story.qr_payload).genuine
    by_number = verifier.verify_receipt_number(story.receipt_no)
    assert (by_number.genuine, by_number.account_number) == (True, story.account_number)

    # The counter sees an erased customer, and nothing is left to reveal, copy or erase.
    customers = CustomerService(hall.db, hall.clock, hall.clerk)
    view = customers.customer_360(story.customer_id)
    assert view.identity.anonymised
    assert (view.identity.id_masked, view.identity.phone_masked) == ("", "")
    assert view.changes[-1].action == "anonymise"
    assert customers.search(NAME).rows == ()
    assert codes(rights.deletion_check(story.customer_id)) == ["rights.anonymised"]
    with pytest.raises(RightsError) as again:
        rights.export(story.customer_id, "再次申请副本")
    assert again.value.code == "rights.anonymised"


def test_an_organisation_is_corrected_not_erased(
    hall: Counter, rights: CustomerRightsService
) -> None:
    body = "91330100MA2B3C4D5"
    hotel = NewOrganisation(
        name="广州禤记餐饮有限公司",
        credit_code=body + credit_code_check_char(body),
        contact_person="禤国栋",
        phone="13655556666",
        address="越秀区北京路1号",
    )
    opened = open_gas_account(
        hall.db,
        hall.clock,
        hall.clerk,
        hotel,
        supply_address="越秀区北京路1号",
        meter="GM5590000018",
        tariff_class="非居民",
    )
    assert codes(rights.deletion_check(opened.customer_id)) == ["rights.organisation"]


# ----------------------------------------------------------------------------- demo


def test_the_demo_holds_one_customer_erased_at_their_request(
    db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    noted: list[dict[str, str | None]] = []
    erase = CustomerRightsService.delete_on_request

    def noting(self: CustomerRightsService, customer_id: int, reason: str) -> object:
        with db.read() as s:
            customer = s.get(Customer, customer_id)
            assert customer is not None
            noted.append(personal_data.reveal(s, customer))
        return erase(self, customer_id, reason)

    monkeypatch.setattr(CustomerRightsService, "delete_on_request", noting)
    seed_demo(db, clock, customers=60)
    (before,) = noted
    # Demo names repeat across customers; their ID numbers and phones do not.
    for key in ("id_number", "phone"):
        value = before[key]
        assert value
        assert found_anywhere(db, value) == [], key
    with db.read() as s:
        erased = list(
            s.execute(select(Customer).where(Customer.anonymised_at.is_not(None))).scalars()
        )
        assert [c.name for c in erased] == [anonymous_name(c.id) for c in erased]
        assert len(erased) == 1
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "anonymise")).scalar_one()
        assert entry.entity_id == str(erased[0].id)
        assert verify_chain(s).ok
        assert verify_records(s).ok


def test_the_names_a_request_carries_are_sealed_in_its_audit_entry(hall: Counter) -> None:
    story = served(hall)
    renamed = hall.accept("RENAME", story.account_id, details=RenameDetails("禤婕然"))
    with hall.db.read() as s:
        entry = s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "service_request",
                AuditEntry.entity_id == str(renamed.summary.id),
                AuditEntry.action == "create",
            )
        ).scalar_one()
        payload = entry.after["payload"]
        assert NAME not in str(payload)
        assert "禤婕然" not in str(payload)
        opened = personal_data.open_audit_values(s, story.customer_id, payload)
        assert (opened["old_name"], opened["new_name"]) == (NAME, "禤婕然")
