"""What completing a 过户, 更名, 迁移, 暂停, 恢复 or 销户 does to the account, in the same unit of
work, and what it refuses (docs/domain.md §6), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from payment_workers import balance_of
from people import resident_id
from request_cases import Counter, add_bill, key, open_counter
from sqlalchemy import select, update

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AccountOwnership,
    AuditEntry,
    Customer,
    MeterReading,
    Payment,
)
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import AccountStatus, RequestStatus
from counter_app.services import personal_data
from counter_app.services.accounts_dto import NewIndividual
from counter_app.services.bills import BillService
from counter_app.services.bills_dto import AccountClosed, ReadingRefused
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.requests.dto import (
    RelocateDetails,
    RenameDetails,
    RequestDetail,
    RequestRefused,
    TransferDetails,
)

S = RequestStatus


@pytest.fixture
def hall(db: Database, clock: FixedClock) -> Counter:
    return open_counter(db, clock)


def _account(db: Database, account_id: int) -> Account:
    with db.read() as s:
        account = s.get(Account, account_id)
        assert account is not None
        s.expunge(account)
        return account


def _complete(hall: Counter, detail: RequestDetail, **kw: object) -> RequestDetail:
    detail = hall.to_in_progress(detail)
    return hall.requests.complete(detail.summary.id, "已办结", **kw).request  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- 过户


def test_transfer_waits_for_the_arrears_then_moves_the_account_and_keeps_its_history(
    hall: Counter,
) -> None:
    account = hall.account()
    old_owner = hall.customer_of(account)
    new_owner = hall.customer_of(hall.account())
    add_bill(hall.db, account, "2026-10", "120.00", date(2026, 11, 30))
    with pytest.raises(RequestRefused) as refused:
        hall.accept("TRANSFER", account, details=TransferDetails(new_customer_id=new_owner))
    assert refused.value.code == "request.arrears"
    assert refused.value.params["amount"] == Decimal("120.00")

    paid = hall.desk.pay(account, "120.00")
    detail = hall.accept("TRANSFER", account, details=TransferDetails(new_customer_id=new_owner))
    assert detail.details["old_owner_name"].startswith("测试户")
    done = _complete(hall, detail)
    assert done.summary.status is S.COMPLETED
    assert _account(hall.db, account).customer_id == new_owner
    owners = hall.requests.account_owners(account)
    assert [(o.customer_id, o.valid_to, o.request_number) for o in owners] == [
        (old_owner, hall.clock.now().date(), None),
        (new_owner, None, detail.summary.number),
    ]
    # The old owner's payment stays on the account.
    with hall.db.read() as s:
        payment = s.execute(
            select(Payment).where(Payment.receipt_no == paid.receipt_no)
        ).scalar_one()
        assert payment.account_id == account
        entry = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity == "account", AuditEntry.entity_id == str(account))
                .order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
        assert entry is not None
        assert entry.before == {"customer_id": old_owner}
        assert entry.after["customer_id"] == new_owner


def test_both_owners_360_views_list_the_accounts_holders_after_a_transfer(
    hall: Counter,
) -> None:
    """An old owner's record still says which account they handed on, when and to whom; the
    new owner's says whom they took it from (docs/domain.md §6)."""
    account = hall.account()
    kept = hall.account()  # the old owner's second account, which stays theirs
    old_owner = hall.customer_of(account)
    with hall.db.write() as s:
        second = s.get(Account, kept)
        assert second is not None
        second.customer_id = old_owner
        s.execute(
            update(AccountOwnership)
            .where(AccountOwnership.account_id == kept)
            .values(customer_id=old_owner)
        )
    new_owner = hall.customer_of(hall.account())
    detail = hall.accept("TRANSFER", account, details=TransferDetails(new_customer_id=new_owner))
    _complete(hall, detail)
    today = hall.clock.now().date()
    customers = CustomerService(hall.db, hall.clock, hall.clerk)
    with hall.db.read() as s:
        numbers = dict(s.execute(select(Account.id, Account.number)).all())
        names = dict(s.execute(select(Customer.id, Customer.name)).all())

    def rows(customer_id: int) -> list[tuple[object, ...]]:
        return [
            (o.account_number, o.customer_name, o.valid_from, o.valid_to, o.request_number)
            for o in customers.customer_360(customer_id).ownership
        ]

    handed_on = [
        (numbers[account], names[old_owner], date(2020, 1, 1), today, None),
        (numbers[account], names[new_owner], today, None, detail.summary.number),
    ]
    kept_row = (numbers[kept], names[old_owner], date(2020, 1, 1), None, None)
    # By account number, each account's holders oldest first.
    expected = (
        [*handed_on, kept_row] if numbers[account] < numbers[kept] else [kept_row, *handed_on]
    )
    assert rows(old_owner) == expected
    # The old owner no longer holds the account; the 360 still lists it under its holders.
    assert numbers[account] not in [a.number for a in customers.customer_360(old_owner).accounts]
    # The new owner's record: the account they took, and the one they had opened before.
    new_view = customers.customer_360(new_owner)
    assert [r for r in rows(new_owner) if r[0] == numbers[account]] == handed_on
    assert {o.account_id for o in new_view.ownership} == {a.account_id for a in new_view.accounts}


def test_transfer_to_the_same_customer_is_refused(hall: Counter) -> None:
    account = hall.account()
    with pytest.raises(RequestRefused) as refused:
        hall.accept(
            "TRANSFER", account, details=TransferDetails(new_customer_id=hall.customer_of(account))
        )
    assert refused.value.code == "request.same_owner"


def test_transfer_needs_a_new_owner(hall: Counter) -> None:
    with pytest.raises(FieldErrors) as refused:
        hall.accept("TRANSFER", hall.account())
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("new_owner", "request.new_owner_required")
    }


def test_transfer_to_a_new_customer_creates_them_at_intake(hall: Counter) -> None:
    account = hall.account()
    person = NewIndividual(
        name="周新",
        id_type="resident_id",
        id_number=resident_id("11010119900307001"),
        phone="13912345678",
        address="东城区建国路8号",
    )
    detail = hall.accept("TRANSFER", account, details=TransferDetails(new_customer=person))
    assert detail.details["new_owner_name"] == "周新"
    _complete(hall, detail)
    with hall.db.read() as s:
        holder = s.get(Customer, _account(hall.db, account).customer_id)
        assert holder is not None
        assert holder.name == "周新"


def test_arrears_arriving_after_intake_stop_the_completion_and_nothing_changes(
    hall: Counter,
) -> None:
    account = hall.account()
    old_owner = hall.customer_of(account)
    new_owner = hall.customer_of(hall.account())
    detail = hall.to_in_progress(
        hall.accept("TRANSFER", account, details=TransferDetails(new_customer_id=new_owner))
    )
    add_bill(hall.db, account, "2026-11", "35.50", date(2026, 12, 10))
    events = hall.events(detail.summary.id)
    with pytest.raises(RequestRefused) as refused:
        hall.requests.complete(detail.summary.id, "已过户")
    assert refused.value.code == "request.arrears"
    assert hall.requests.get(detail.summary.id).summary.status is S.IN_PROGRESS
    assert _account(hall.db, account).customer_id == old_owner
    assert hall.events(detail.summary.id) == events
    assert len(hall.requests.account_owners(account)) == 1


# ----------------------------------------------------------------------------- 更名, 迁移


def test_rename_changes_the_holders_name_with_history(hall: Counter) -> None:
    account = hall.account()
    customer = hall.customer_of(account)
    detail = hall.accept("RENAME", account, details=RenameDetails("张 新名"))
    _complete(hall, detail)
    with hall.db.read() as s:
        holder = s.get(Customer, customer)
        assert holder is not None
        assert holder.name == "张 新名"
        entry = s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "customer", AuditEntry.entity_id == str(customer)
            )
        ).scalar_one()
        # The names are the customer's personal data: sealed with their key in the trail.
        assert "张 新名" not in str(entry.after)
        before = personal_data.open_audit_values(s, customer, entry.before)
        after = personal_data.open_audit_values(s, customer, entry.after)
        assert before["name"] == detail.details["old_name"]
        assert after["name"] == "张 新名"
        holder_entry = s.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == "account", AuditEntry.entity_id == str(account))
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar_one()
        assert "张 新名" not in str(holder_entry.after)
        opened = personal_data.open_audit_values(s, customer, holder_entry.after)
        assert opened["holder_name"] == "张 新名"


@pytest.mark.parametrize(
    ("name", "code"), [("", "name.empty"), ("张3", "name.chars"), ("same", "request.new_name_same")]
)
def test_rename_refuses_a_bad_or_unchanged_name(hall: Counter, name: str, code: str) -> None:
    account = hall.account()
    if name == "same":
        with hall.db.read() as s:
            name = s.get(Customer, hall.customer_of(account)).name  # type: ignore[union-attr]
    with pytest.raises(FieldErrors) as refused:
        hall.accept("RENAME", account, details=RenameDetails(name))
    assert [(e.field, e.code) for e in refused.value.errors] == [("new_name", code)]


def test_relocate_changes_the_supply_address(hall: Counter) -> None:
    account = hall.account()
    detail = hall.accept("RELOCATE", account, details=RelocateDetails("东城区新址路9号3幢"))
    _complete(hall, detail)
    assert _account(hall.db, account).supply_address == "东城区新址路9号3幢"


@pytest.mark.parametrize(
    ("address", "code"), [("  ", "address.empty"), ("路" * 201, "address.too_long")]
)
def test_relocate_refuses_an_empty_or_over_long_address(
    hall: Counter, address: str, code: str
) -> None:
    with pytest.raises(FieldErrors) as refused:
        hall.accept("RELOCATE", hall.account(), details=RelocateDetails(address))
    assert [(e.field, e.code) for e in refused.value.errors] == [("new_address", code)]


# ----------------------------------------------------------------------------- 暂停, 恢复


def test_suspension_stops_billing_and_resumption_bills_from_the_reading_at_resumption(
    hall: Counter,
) -> None:
    account = hall.account()
    bills = BillService(hall.db, hall.clock, hall.clerk)
    bills.enter_reading(account, date(2026, 10, 20), Decimal("100.000"))
    _complete(hall, hall.accept("SUSPEND", account), meter_reading=Decimal("130.000"))
    assert _account(hall.db, account).status is AccountStatus.SUSPENDED
    assert bills.bills_due(account).account_status is AccountStatus.SUSPENDED
    with pytest.raises(ReadingRefused) as refused:
        bills.enter_reading(account, date(2026, 11, 23), Decimal("131.000"))
    assert refused.value.code == "reading.account_suspended"
    with pytest.raises(RequestRefused) as twice:
        hall.accept("SUSPEND", account)
    assert twice.value.code == "request.account_suspended"

    hall.clock.advance(days=40)
    _complete(hall, hall.accept("RESUME", account), meter_reading=Decimal("130.500"))
    assert _account(hall.db, account).status is AccountStatus.ACTIVE
    with hall.db.read() as s:
        readings = s.execute(
            select(MeterReading.read_on, MeterReading.reading, MeterReading.source)
            .where(MeterReading.account_id == account)
            .order_by(MeterReading.read_on)
        ).all()
    assert [(r.reading, r.source) for r in readings] == [
        (Decimal("100.000"), "counter"),
        (Decimal("130.000"), "counter"),
        (Decimal("130.500"), "resume"),
    ]
    hall.clock.advance(days=30)
    later = bills.enter_reading(account, hall.clock.now().date(), Decimal("150.500"))
    assert later.bill is not None
    assert later.bill.usage == Decimal("20.000")
    with pytest.raises(RequestRefused) as not_suspended:
        hall.accept("RESUME", account)
    assert not_suspended.value.code == "request.account_not_suspended"


# ----------------------------------------------------------------------------- 销户


def test_closure_needs_every_bill_paid_and_a_zero_balance(hall: Counter) -> None:
    account = hall.account()
    add_bill(hall.db, account, "2026-10", "80.00", date(2026, 11, 30))
    with pytest.raises(RequestRefused) as arrears:
        hall.accept("CLOSE", account)
    assert arrears.value.code == "request.arrears"
    # Paid with 20.00 too much: the credit must be refunded before the account closes.
    overpaid = hall.desk.payments.take_payment(
        PaymentRequest(
            account_id=account,
            amount=Decimal("100.00"),
            tenders=[TenderLine("cash", Decimal("100.00"))],
            idempotency_key=key(),
        )
    )
    assert balance_of(hall.db, account) == Decimal("20.00")
    detail = hall.to_in_progress(hall.accept("CLOSE", account))
    with pytest.raises(RequestRefused) as credit:
        hall.requests.complete(detail.summary.id, "已拆表")
    assert credit.value.code == "request.balance_not_zero"
    assert credit.value.params["balance"] == Decimal("20.00")
    assert _account(hall.db, account).status is AccountStatus.ACTIVE

    grant = hall.desk.approve("refund", overpaid.receipt_no)
    hall.desk.reversals.refund(overpaid.receipt_no, "销户退余额", grant, key())
    hall.desk.pay(account, "80.00")
    assert balance_of(hall.db, account) == Decimal("0.00")
    done = hall.requests.complete(detail.summary.id, "已拆表，结清")
    closed = _account(hall.db, account)
    assert (closed.status, closed.closed_on) == (AccountStatus.CLOSED, hall.clock.now().date())
    slip = done.settlement_slip
    assert slip is not None
    assert (slip.totals.billed_total, slip.arrears, slip.totals.balance) == (
        Decimal("80.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    )
    assert slip.totals.refunded_total == Decimal("100.00")
    assert slip.totals.paid_total == Decimal("180.00")
    assert slip.totals.last_bill_period == "2026-10"
    # A closed account takes no more money and no new request.
    with pytest.raises(AccountClosed):
        hall.desk.pay(account, "1.00")
    with pytest.raises(RequestRefused) as closed_account:
        hall.accept("METER", account, description="换表")
    assert closed_account.value.code == "request.account_closed"
    assert hall.requests.account_owners(account)[-1].valid_to == hall.clock.now().date()


def test_one_request_that_changes_the_account_at_a_time(hall: Counter) -> None:
    account = hall.account()
    first = hall.accept("CLOSE", account)
    with pytest.raises(RequestRefused) as refused:
        hall.accept("RELOCATE", account, details=RelocateDetails("东城区新址路9号"))
    assert refused.value.code == "request.open_exists"
    assert refused.value.params["number"] == first.summary.number
    # A request without an effect is not held up.
    assert hall.accept("INSPECT", account).summary.status is S.ACCEPTED
