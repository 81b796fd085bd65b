"""How a payment is written: the statements every payment runs, built once.

Building a statement (and its cache key) costs more than running it against an indexed table,
so the payment path uses these prebuilt Core statements (see benchmarks/payment_benchmark.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    Bill,
    BillLine,
    Customer,
    Payment,
    PaymentAllocation,
    PaymentTender,
    Setting,
    Shift,
    Tariff,
)
from counter_app.domain.enums import PaymentStatus
from counter_app.domain.late_fees import LateFeeRates
from counter_app.domain.receipts import ReceiptTierLine
from counter_app.domain.settings import DEFAULTS
from counter_app.domain.tariffs import VOLUME_STEP
from counter_app.services import audit
from counter_app.services.base import Actor
from counter_app.services.bills import OPEN_STATUSES, OpenBillRow
from counter_app.services.bills_dto import AccountNotFound
from counter_app.services.payments.checks import CheckedTender
from counter_app.services.payments.receipt_numbers import HallCodes, allocate_receipt_number
from counter_app.services.receipts import QR_SECRET_SETTING
from counter_app.services.settings import LATE_FEE_KEYS, late_fee_rates_from

_LIMIT_KEYS = ("payments.minimum", "payments.maximum", "payments.cash_approval_above")
_SETTING_KEYS = (*_LIMIT_KEYS, QR_SECRET_SETTING, *LATE_FEE_KEYS)
_SETTINGS = select(Setting.key, Setting.value).where(Setting.key.in_(_SETTING_KEYS))
# The same settings and the probe of a confirm key, each a scalar subquery of one row (NULL
# for a setting not stored, or a key not used): one round trip for what were two.
_SETTINGS_AND_KEY = select(
    *(select(Setting.value).where(Setting.key == k).scalar_subquery() for k in _SETTING_KEYS),
    select(Payment.id).where(Payment.idempotency_key == bindparam("key")).scalar_subquery(),
)
_LOCK_ACCOUNT = (
    select(Account, Customer.name)
    .join(Customer, Customer.id == Account.customer_id)
    .where(Account.id == bindparam("account_id"))
    .with_for_update(of=Account)
)


_INSERT_PAYMENT = insert(Payment).returning(Payment.id)
_INSERT_TENDER = insert(PaymentTender)
_INSERT_ALLOCATION = insert(PaymentAllocation)
_PAY_BILL = (
    update(Bill)
    .where(Bill.id == bindparam("b_id"))
    .values(
        paid_amount=bindparam("b_paid", type_=Bill.__table__.c.paid_amount.type),
        status=bindparam("b_status", type_=Bill.__table__.c.status.type),
    )
)
# The account row is locked (FOR UPDATE / BEGIN IMMEDIATE), so the version only moves on.
_SET_BALANCE = (
    update(Account)
    .where(Account.id == bindparam("a_id"))
    .values(
        balance=bindparam("a_balance", type_=Account.__table__.c.balance.type),
        version=Account.version + 1,
    )
)


def set_balance(s: Session, account_id: int, balance: Decimal) -> None:
    """Store the locked account's new credit balance."""
    s.connection().execute(_SET_BALANCE, {"a_id": account_id, "a_balance": balance})


def book_payment(
    s: Session,
    row: dict[str, Any],
    tenders: list[dict[str, Any]],
    allocations: list[dict[str, Any]],
    bill_updates: list[dict[str, Any]],
) -> Payment:
    """Write a new payment, its tenders and allocations and the bills it settles.

    This is the path every payment takes, so it writes with prebuilt Core statements (one
    round trip per table) instead of an ORM flush, which costs more than the writes
    themselves. Returns the payment as a transient object (not in the session) carrying
    everything the receipt needs.
    """
    conn = s.connection()
    payment_id = conn.execute(_INSERT_PAYMENT, row).scalar_one()
    conn.execute(_INSERT_TENDER, [{"payment_id": payment_id, **t} for t in tenders])
    if allocations:
        conn.execute(_INSERT_ALLOCATION, [{"payment_id": payment_id, **a} for a in allocations])
    if bill_updates:
        conn.execute(_PAY_BILL, bill_updates)
    payment = Payment(id=payment_id, **row)
    payment.tenders = [PaymentTender(payment_id=payment_id, **t) for t in tenders]
    return payment


def book_recorded(
    s: Session,
    values: dict[str, Any],
    tenders: Sequence[CheckedTender],
    allocations: list[dict[str, Any]],
    bill_updates: list[dict[str, Any]],
    *,
    actor: Actor,
    account_number: str,
    audit_after: Mapping[str, Any],
) -> Payment:
    """:func:`book_payment` of a payment taken at a counter, with its audit entry.

    ``values`` is a :func:`shift_payment_row` completed with the payment's own columns. The
    entry says what every such payment has (receipt, account, kind, amount, tenders, cash
    received, business date, idempotency key) and ``audit_after``, what is particular to it.
    """
    rows = [{"tender": t.tender, "amount": t.amount, "reference": t.reference} for t in tenders]
    payment = book_payment(s, values, rows, allocations, bill_updates)
    audit.record_by(
        s,
        actor,
        values["created_at"],
        "create",
        "payment",
        payment.id,
        counter_id=values["counter_id"],
        after={
            "receipt_no": values["receipt_no"],
            "account": account_number,
            "kind": values["kind"],
            "amount": values["amount"],
            "tenders": [[t.tender, t.amount, t.reference] for t in tenders],
            "cash_received": values["cash_received"],
            **audit_after,
            "business_date": values["business_date"],
            "key": values["idempotency_key"],
        },
    )
    return payment


def shift_payment_row(
    s: Session, shift: Shift, clerk_id: int, hall_codes: HallCodes, now: datetime
) -> dict[str, Any]:
    """What every payment booked in ``shift`` has: a new receipt number of the hall and the
    shift's business year, taken here in the payment's unit of work, the hall, counter,
    shift, clerk and business date, completed at ``now``."""
    year = shift.business_date.year
    seq, receipt_no = allocate_receipt_number(
        s, shift.hall_id, hall_codes.of(s, shift.hall_id), year
    )
    return {
        "receipt_no": receipt_no,
        "hall_id": shift.hall_id,
        "receipt_year": year,
        "receipt_seq": seq,
        "counter_id": shift.counter_id,
        "shift_id": shift.id,
        "clerk_id": clerk_id,
        "status": PaymentStatus.COMPLETED,
        "business_date": shift.business_date,
        "created_at": now,
    }


@dataclass(frozen=True)
class PaymentSettings:
    """The payment limits, the receipt QR key and the late-fee rates, read together."""

    minimum: Decimal
    maximum: Decimal
    cash_approval_above: Decimal
    qr_secret: bytes | None
    late_fees: LateFeeRates


def payment_settings(s: Session) -> PaymentSettings:
    """The payment limits (stored or default), the QR key and the late-fee rates, in one query."""
    return _settings_from({k: v for k, v in s.connection().execute(_SETTINGS).all()})


def payment_settings_and_key(s: Session, key: str) -> tuple[PaymentSettings, int | None]:
    """:func:`payment_settings`, and the id of the payment the confirm key ``key`` made if it
    made one, in one query.

    Run it after the account's lock: on PostgreSQL each statement sees what was committed
    before it began, so a confirm that waited for the lock finds the payment the same confirm
    made at another counter meanwhile (and replays it instead of refusing a changed quote).
    """
    *values, existing = s.connection().execute(_SETTINGS_AND_KEY, {"key": key}).one()
    stored = {k: v for k, v in zip(_SETTING_KEYS, values, strict=True) if v is not None}
    return _settings_from(stored), existing


def _settings_from(stored: Mapping[str, Any]) -> PaymentSettings:
    minimum, maximum, cash_above = (Decimal(str(stored.get(k, DEFAULTS[k]))) for k in _LIMIT_KEYS)
    secret = stored.get(QR_SECRET_SETTING)
    return PaymentSettings(
        minimum,
        maximum,
        cash_above,
        bytes.fromhex(str(secret)) if secret else None,
        late_fee_rates_from(stored),
    )


def lock_account(s: Session, account_id: int) -> tuple[Account, str]:
    """The account, locked for the rest of the unit of work, and its holder's name."""
    row = s.execute(_LOCK_ACCOUNT, {"account_id": account_id}).first()
    if row is None:
        raise AccountNotFound("no such account", account_id=account_id)
    return row[0], row[1]


# The open bills of :func:`counter_app.services.bills.open_bills` (same order) with their tier
# lines, which the receipt prints: one round trip where the receipt read them in a second.
_OPEN_BILLS_WITH_TIERS = (
    select(
        Bill,
        Tariff.residential,
        Tariff.unit,
        BillLine.tier_no,
        BillLine.volume,
        BillLine.unit_price,
        BillLine.amount,
    )
    .join(Tariff, Tariff.id == Bill.tariff_id)
    .outerjoin(BillLine, BillLine.bill_id == Bill.id)
    .where(Bill.account_id == bindparam("account_id"), Bill.status.in_(OPEN_STATUSES))
    .order_by(Bill.due_date, Bill.period, Bill.id, BillLine.tier_no)
)


def open_bills_with_tiers(
    s: Session, account_id: int
) -> tuple[list[OpenBillRow], dict[int, list[ReceiptTierLine]]]:
    """The account's unpaid and partly paid bills, oldest first, and each one's tier lines
    (by bill id, in tier order), for the receipt of a payment that settles them."""
    bills: list[OpenBillRow] = []
    tiers: dict[int, list[ReceiptTierLine]] = {}
    for bill, residential, unit, tier_no, volume, unit_price, amount in s.execute(
        _OPEN_BILLS_WITH_TIERS, {"account_id": account_id}
    ):
        lines = tiers.get(bill.id)
        if lines is None:
            bills.append(OpenBillRow(bill, bool(residential), unit))
            lines = tiers[bill.id] = []
        if tier_no is not None:
            lines.append(ReceiptTierLine(tier_no, volume, unit_price, amount))
    return bills, tiers


def prepaid_used_this_year(s: Session, account_id: int, year: int) -> Decimal:
    """Volume bought in ``year`` by completed purchases (refunds count negative)."""
    used = s.execute(
        select(func.coalesce(func.sum(Payment.volume), 0)).where(
            Payment.account_id == account_id,
            Payment.status == PaymentStatus.COMPLETED,
            Payment.volume.is_not(None),
            Payment.business_date >= date(year, 1, 1),
            Payment.business_date <= date(year, 12, 31),
        )
    ).scalar_one()
    return Decimal(str(used or 0)).quantize(VOLUME_STEP)
