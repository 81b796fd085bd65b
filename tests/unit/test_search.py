"""Customer search: every key kind, barcodes, masking, limits and the trigram indexes' upkeep."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from people import FULL_WIDTH, open_gas_account, resident_id, sign_in
from sealed import clear_of
from sqlalchemy import delete, func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AccountOwnership,
    Bill,
    Customer,
    Payment,
    ServiceRequest,
    ServiceRequestEvent,
)
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import AccountStatus, PaymentKind, PaymentStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.identity import IdType, credit_code_check_char
from counter_app.services.accounts_dto import NewIndividual, NewOrganisation
from counter_app.services.base import Actor
from counter_app.services.search import SHORT_FRAGMENT_SCAN, SearchService, _next_string
from counter_app.services.search_dto import MatchKind, SearchNote


@pytest.fixture
def search(demo_db: Database, clock: FixedClock, clerk: Actor) -> SearchService:
    return SearchService(demo_db, clock, clerk)


@pytest.fixture
def sample(demo_db: Database) -> tuple[Account, Customer]:
    """A demo account of an individual, and its customer."""
    with demo_db.read() as s:
        account = s.execute(
            select(Account)
            .join(Customer, Customer.id == Account.customer_id)
            .where(Customer.id_number_bidx.is_not(None))
            .order_by(Account.id)
            .limit(1)
        ).scalar_one()
        return account, s.get_one(Customer, account.customer_id)


@pytest.fixture
def sample_clear(demo_db: Database, sample: tuple[Account, Customer]) -> dict[str, str]:
    """The sample customer's mobile and ID number in clear."""
    clear = clear_of(demo_db, sample[1].id)
    phone, id_number = clear["phone"], clear["id_number"]
    assert phone is not None
    assert id_number is not None
    return {"phone": phone, "id_number": id_number}


def open_account(
    db: Database,
    clock: FixedClock,
    actor: Actor,
    *,
    supply_address: str = "上城区解放路188号锦绣苑3幢1单元502室",
    meter: str = "GM7000000001",
    customer: NewIndividual | NewOrganisation | None = None,
) -> str:
    customer = customer or NewIndividual(
        name="欧阳明远",
        id_type=IdType.RESIDENT_ID,
        id_number=resident_id("33010219850611123"),
        phone="13957112345",
        address=supply_address,
    )
    result = open_gas_account(
        db,
        clock,
        actor,
        customer,
        supply_address=supply_address,
        meter=meter,
        documents=("身份证原件",),
    )
    return result.account_number


# ----------------------------------------------------------------------------- exact keys


def test_account_number_also_full_width_and_spaced(
    search: SearchService, sample: tuple[Account, Customer]
) -> None:
    account, customer = sample
    for query in (account.number, f"  {account.number.translate(FULL_WIDTH)} "):
        result = search.search(query)
        assert [r.account_number for r in result.rows] == [account.number]
        row = result.rows[0]
        assert row.match is MatchKind.ACCOUNT_NUMBER
        assert row.customer_id == customer.id
        assert row.customer_name == customer.name
        assert result.exact


def test_meter_number_any_case(search: SearchService, sample: tuple[Account, Customer]) -> None:
    account, _ = sample
    assert account.meter_number is not None
    result = search.search(account.meter_number.lower().translate(FULL_WIDTH))
    assert [(r.account_number, r.match) for r in result.rows] == [
        (account.number, MatchKind.METER_NUMBER)
    ]


def test_phone_in_any_typed_form(
    search: SearchService, sample: tuple[Account, Customer], sample_clear: dict[str, str]
) -> None:
    account, _ = sample
    phone = sample_clear["phone"]
    for query in (phone, f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}", phone.translate(FULL_WIDTH)):
        rows = search.search(query).rows
        assert account.number in [r.account_number for r in rows]
        assert {r.match for r in rows} == {MatchKind.PHONE}


def test_id_number_normalised(
    search: SearchService, sample: tuple[Account, Customer], sample_clear: dict[str, str]
) -> None:
    account, _ = sample
    id_number = sample_clear["id_number"]
    spaced = " ".join(id_number[i : i + 6] for i in range(0, 18, 6)).lower()
    rows = search.search(spaced.translate(FULL_WIDTH)).rows
    assert account.number in [r.account_number for r in rows]
    assert rows[0].match is MatchKind.ID_NUMBER


def test_credit_code_finds_the_organisation(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    first17 = "91330100MA2AB1234"
    code = first17 + credit_code_check_char(first17)
    number = open_account(
        demo_db,
        clock,
        clerk,
        customer=NewOrganisation(
            name="杭州湖畔餐饮管理有限公司",
            credit_code=code,
            contact_person="周建国",
            phone="13588886666",
            address="西湖区文三路256号",
        ),
    )
    rows = search.search(code.lower()).rows
    assert [(r.account_number, r.match) for r in rows] == [(number, MatchKind.ID_NUMBER)]
    assert rows[0].id_masked == code  # a credit code is public, not personal data
    contains = search.search("湖畔餐饮").rows
    assert [(r.account_number, r.match) for r in contains] == [(number, MatchKind.NAME_CONTAINS)]


def test_bill_barcode_opens_its_account(
    demo_db: Database, search: SearchService, sample: tuple[Account, Customer]
) -> None:
    account, _ = sample
    with demo_db.read() as s:
        bill = s.execute(select(Bill.number).where(Bill.account_id == account.id).limit(1)).scalar()
    assert bill is not None
    rows = search.search(bill).rows
    assert [(r.account_number, r.match, r.matched_document) for r in rows] == [
        (account.number, MatchKind.BILL, bill)
    ]


def test_receipt_barcode_with_or_without_hyphens(
    demo_db: Database, clock: FixedClock, search: SearchService, sample: tuple[Account, Customer]
) -> None:
    account, _ = sample
    with demo_db.write() as s:
        s.add(
            Payment(
                receipt_no="H01-2026-00001234",
                hall_id=account.hall_id,
                receipt_year=2026,
                receipt_seq=1234,
                counter_id=1,
                clerk_id=1,
                account_id=account.id,
                kind=PaymentKind.POSTPAID,
                status=PaymentStatus.COMPLETED,
                business_date=date(2026, 11, 23),
                created_at=clock.now(),
                amount=Decimal("10.00"),
                balance_before=Decimal("0.00"),
                balance_after=Decimal("0.00"),
                idempotency_key="test-receipt-1234",
            )
        )
    for query in ("H01-2026-00001234", "h01－2026－00001234", "H01202600001234"):
        rows = search.search(query).rows
        assert [(r.account_number, r.match) for r in rows] == [
            (account.number, MatchKind.RECEIPT)
        ], query
        assert rows[0].matched_document == "H01-2026-00001234"


def test_work_order_barcode(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    number = open_account(demo_db, clock, clerk)
    with demo_db.read() as s:
        request = s.execute(select(ServiceRequest.number)).scalar_one()
    rows = search.search(request).rows
    assert [(r.account_number, r.match) for r in rows] == [(number, MatchKind.WORK_ORDER)]


def test_unknown_key_finds_nothing_without_text_search(search: SearchService) -> None:
    for query in ("0999999999", "13900000000", "B0100000009209901"):
        result = search.search(query)
        assert result.rows == ()
        assert result.notes == ()


# ----------------------------------------------------------------------------- names, addresses


def test_name_prefix_exact_name_first(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    open_account(demo_db, clock, clerk)  # 欧阳明远
    open_account(
        demo_db,
        clock,
        clerk,
        meter="GM7000000002",
        supply_address="上城区解放路190号",
        customer=NewIndividual(
            name="欧阳",
            id_type=IdType.RESIDENT_ID,
            id_number=resident_id("33010219850611456"),
            phone="13957154321",
            address="上城区解放路190号",
        ),
    )
    by_surname = search.search("欧阳").rows
    assert [r.customer_name for r in by_surname] == ["欧阳", "欧阳明远"]
    assert {r.match for r in by_surname} == {MatchKind.NAME}
    assert [r.customer_name for r in search.search("欧").rows] == ["欧阳", "欧阳明远"]
    assert [r.customer_name for r in search.search("欧阳明").rows] == ["欧阳明远"]


def open_for(db: Database, clock: FixedClock, actor: Actor, name: str, n: int) -> str:
    """An account for an individual called ``name``; ``n`` keeps keys unique."""
    address = f"上城区解放路{200 + n}号"
    return open_account(
        db,
        clock,
        actor,
        meter=f"GM72000000{n:02d}",
        supply_address=address,
        customer=NewIndividual(
            name=name,
            id_type=IdType.RESIDENT_ID,
            id_number=resident_id(f"3301021986021512{n}"),
            phone=f"1395720000{n}",
            address=address,
        ),
    )


def test_given_name_finds_the_customer(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    """A clerk types the part of the name the customer says: 艳芳 for 沈艳芳, 芳 for 王芳."""
    yanfang = open_for(demo_db, clock, clerk, "沈艳芳", 1)
    fang = open_for(demo_db, clock, clerk, "王芳", 2)
    open_for(demo_db, clock, clerk, "艳芳华", 3)  # starts with 艳芳: found as a prefix
    result = search.search("艳芳")  # the demo data holds a 沈艳芳 of its own
    assert (result.rows[0].customer_name, result.rows[0].match) == ("艳芳华", MatchKind.NAME)
    assert {(r.customer_name, r.match) for r in result.rows[1:]} == {
        ("沈艳芳", MatchKind.NAME_CONTAINS)
    }
    assert yanfang in [r.account_number for r in result.rows]
    assert result.notes == ()
    by_one = search.search("芳").rows
    assert {(r.account_number, r.match) for r in by_one} >= {
        (yanfang, MatchKind.NAME_CONTAINS),
        (fang, MatchKind.NAME_CONTAINS),
    }
    assert all(r.customer_name.endswith("芳") for r in by_one)
    # The surname still finds the customer, as a prefix.
    by_surname = {(r.account_number, r.match) for r in search.search("沈").rows}
    assert (yanfang, MatchKind.NAME) in by_surname


def test_name_end_index_follows_name_changes(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    number = open_for(demo_db, clock, clerk, "沈艳芳", 1)
    with demo_db.write() as s:
        account = s.execute(select(Account).where(Account.number == number)).scalar_one()
        s.get_one(Customer, account.customer_id).name = "沈晓燕"
    assert number not in [r.account_number for r in search.search("艳芳").rows]
    assert number in [r.account_number for r in search.search("晓燕").rows]
    assert [r.account_number for r in search.search("沈晓燕").rows] == [number]


def test_short_query_that_can_be_a_name_is_not_called_an_address(search: SearchService) -> None:
    """No name ends or starts with it, no address holds it: the note says how names were
    searched, so the view does not tell the clerk that an address keyword was too short."""
    result = search.search("翠翠")
    assert result.rows == ()
    assert SearchNote.NAME_PART_SHORT in result.notes
    not_a_name = search.search("5#")
    assert SearchNote.ADDRESS_FRAGMENT_SHORT in not_a_name.notes
    assert SearchNote.NAME_PART_SHORT not in not_a_name.notes


def test_address_fragment_is_a_substring_search(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    number = open_account(demo_db, clock, clerk, supply_address="拱墅区湖墅南路99号香樟公寓7幢")
    rows = search.search("香樟公寓7幢").rows
    assert [(r.account_number, r.match) for r in rows] == [(number, MatchKind.ADDRESS)]
    assert rows[0].supply_address == "拱墅区湖墅南路99号香樟公寓7幢"
    assert search.search("湖墅南路９９号").rows[0].account_number == number  # full-width digits


def test_short_fragment_scans_only_recent_accounts(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    number = open_account(demo_db, clock, clerk, supply_address="拱墅区湖墅南路99号香樟公寓7幢")
    result = search.search("樟公")
    assert SearchNote.ADDRESS_FRAGMENT_SHORT in result.notes
    assert [r.account_number for r in result.rows] == [number]
    assert SHORT_FRAGMENT_SCAN >= 10_000


def test_trigram_index_follows_address_changes(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    number = open_account(demo_db, clock, clerk, supply_address="滨江区江南大道100号星河湾1幢")
    with demo_db.write() as s:
        account = s.execute(select(Account).where(Account.number == number)).scalar_one()
        account.supply_address = "余杭区文一西路998号云栖花园2幢"
    assert search.search("星河湾1幢").rows == ()
    assert [r.account_number for r in search.search("云栖花园2幢").rows] == [number]
    # The app never deletes accounts, but the index must not keep ghosts if a repair does.
    with demo_db.write() as s:
        for model in (ServiceRequestEvent, AccountOwnership, ServiceRequest):
            s.execute(delete(model))
        s.execute(delete(Account).where(Account.number == number))
    assert search.search("云栖花园2幢").rows == ()


def test_sql_text_in_a_query_is_just_text(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    with demo_db.read() as s:
        before = s.execute(select(func.count()).select_from(Account)).scalar_one()
    assert search.search("' OR 1=1 --").rows == ()
    assert search.search("%%%").rows == ()
    assert search.search("___").rows == ()
    number = open_account(demo_db, clock, clerk, supply_address="东城区' OR 1=1 --路1号")
    rows = search.search("' OR 1=1 --").rows
    assert [r.account_number for r in rows] == [number]
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Account)).scalar_one() == before + 1


def test_empty_query(search: SearchService) -> None:
    for query in ("", "   ", "\u3000"):
        result = search.search(query)
        assert result.rows == ()
        assert not result.truncated


# ----------------------------------------------------------------------------- result shape


def test_rows_are_masked(
    search: SearchService, sample: tuple[Account, Customer], sample_clear: dict[str, str]
) -> None:
    account, _ = sample
    phone, id_number = sample_clear["phone"], sample_clear["id_number"]
    row = search.search(account.number).rows[0]
    assert row.phone_masked == phone[:3] + "****" + phone[-4:]
    assert row.id_masked == id_number[:6] + "*" * 8 + id_number[-4:]
    assert phone not in repr(row)
    assert id_number not in repr(row)
    assert row.status is AccountStatus(account.status)
    assert row.supply_address == account.supply_address


def test_limit_and_truncation(
    demo_db: Database, clock: FixedClock, clerk: Actor, search: SearchService
) -> None:
    for n in range(5):
        open_account(
            demo_db,
            clock,
            clerk,
            meter=f"GM71000000{n:02d}",
            supply_address=f"钱塘区下沙路{n}号金沙湖公寓",
            customer=NewIndividual(
                name=f"钱{'一二三四五'[n]}",
                id_type=IdType.RESIDENT_ID,
                id_number=resident_id(f"3301021990010112{n}"),
                phone=f"1395710000{n}",
                address="钱塘区下沙路",
            ),
        )
    capped = search.search("金沙湖公寓", limit=3)
    assert len(capped.rows) == 3
    assert capped.truncated
    full = search.search("金沙湖公寓", limit=5)
    assert len(full.rows) == 5
    assert not full.truncated


def test_permissions(demo_db: Database, clock: FixedClock) -> None:
    auditor = sign_in(demo_db, clock, "A1001")
    assert SearchService(demo_db, clock, auditor).search("沈").query == "沈"
    admin = sign_in(demo_db, clock, "S0001")
    with pytest.raises(PermissionDenied):
        SearchService(demo_db, clock, admin).search("沈")


def test_next_string_bounds_a_prefix() -> None:
    assert _next_string("王") == "玌"
    assert _next_string("ab") == "ac"
    assert _next_string("a\U0010ffff") == "b"
    assert _next_string("\ud7ff") == "\ue000"  # never a surrogate
    assert _next_string("\U0010ffff") is None
