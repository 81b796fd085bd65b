"""Bills (账单, docs/domain.md §4): what an account owes now, and bills from meter readings.

``bills_due`` lists the unpaid and partly paid bills oldest first with their late fee as of
today; ``enter_reading`` turns a meter reading into a bill priced by the tiered tariff
(阶梯价格) on the account's cumulative usage of the year. An import of readings from
Excel/CSV checks its rows in bulk and writes them with :func:`store_readings`, the same
writer the counter uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.orm import Session, selectinload

from counter_app.db.models import (
    Account,
    Bill,
    BillLine,
    Customer,
    MeterReading,
    Setting,
    Tariff,
)
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import AccountStatus, BillingMode, BillStatus, UtilityKind
from counter_app.domain.late_fees import (
    OpenBill,
    Settlement,
    full_settlement,
    late_fee_for,
)
from counter_app.domain.money import ZERO, money
from counter_app.domain.permissions import Permission
from counter_app.domain.settings import DEFAULTS
from counter_app.domain.tariffs import (
    MAX_READING,
    VOLUME_STEP,
    Tier,
    TierLine,
    split_period,
    split_usage,
    total,
)
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.bills_dto import (
    AccountClosed,
    AccountNotFound,
    BillExists,
    BillInfo,
    BillsDue,
    DueBill,
    ReadingRefused,
    ReadingResult,
    TariffNotFound,
)
from counter_app.services.settings import late_fee_rates, read_setting

#: Days from the reading to the due date, until the deployment setting exists.
BILL_DUE_DAYS_SETTING = "bills.due_days"
BILL_DUE_DAYS_DEFAULT = 20
OPEN_STATUSES = (BillStatus.UNPAID, BillStatus.PARTLY_PAID)
READING_SOURCES = frozenset({"counter", "import", "meter-reader"})

UTILITY_LABELS = {
    UtilityKind.GAS: "燃气",
    UtilityKind.ELECTRICITY: "电力",
    UtilityKind.WATER: "自来水",
}


# ----------------------------------------------------------------------------- helpers


def setting_or(s: Session, key: str, fallback: Any) -> Any:
    """A setting's value; ``fallback`` while the key is neither stored nor a known default."""
    if key in DEFAULTS:
        return read_setting(s, key)
    row = s.get(Setting, key)
    return fallback if row is None else row.value


def load_account(s: Session, account_id: int, *, lock: bool = False) -> Account:
    """The account; with ``lock`` its row stays locked until the unit of work ends.

    Locking the account serialises everything that changes its money (payments, voids,
    refunds, new bills) on PostgreSQL; SQLite's BEGIN IMMEDIATE already does.

    Raises:
        AccountNotFound: no such account.
    """
    query = select(Account).where(Account.id == account_id)
    if lock:
        query = query.with_for_update()
    account = s.execute(query).scalar_one_or_none()
    if account is None:
        raise AccountNotFound("no such account", account_id=account_id)
    return account


def refuse_closed(account: Account) -> None:
    if account.status is AccountStatus.CLOSED:
        raise AccountClosed(
            "the account is closed", account_number=account.number, closed_on=account.closed_on
        )


def reading_refusal(account: Account) -> AccountClosed | ReadingRefused | None:
    """Why ``account`` takes no meter reading, or None: it is closed, prepaid (not billed from
    readings), or suspended (暂停: the suspended period is not billed, docs/domain.md §6).

    The counter raises it; the import reports it on the row."""
    if account.status is AccountStatus.CLOSED:
        return AccountClosed(
            "the account is closed", account_number=account.number, closed_on=account.closed_on
        )
    if account.billing_mode is BillingMode.PREPAID:
        return ReadingRefused("reading.prepaid_account", account_number=account.number)
    if account.status is AccountStatus.SUSPENDED:
        return ReadingRefused("reading.account_suspended", account_number=account.number)
    return None


def tariff_for(s: Session, kind: UtilityKind, tariff_class: str, on: date) -> Tariff:
    """The tariff of a class in force on ``on``, with its tiers loaded.

    Raises:
        TariffNotFound: none is in force.
    """
    tariff = s.execute(
        select(Tariff)
        .where(
            Tariff.utility_kind == kind,
            Tariff.tariff_class == tariff_class,
            Tariff.effective_from <= on,
        )
        .order_by(Tariff.effective_from.desc())
        .limit(1)
        .options(selectinload(Tariff.tiers))
    ).scalar_one_or_none()
    if tariff is None:
        raise TariffNotFound("no tariff in force", tariff_class=tariff_class, on=on)
    return tariff


def tiers_of(tariff: Tariff) -> list[Tier]:
    return [Tier(t.tier_no, t.upper_volume, t.unit_price) for t in tariff.tiers]


def price_reading(
    s: Session,
    tariff: Tariff,
    previous_on: date,
    read_on: date,
    used_before: Decimal,
    usage: Decimal,
) -> list[TierLine]:
    """The tier lines of the usage read on ``read_on`` since ``previous_on``.

    ``tariff`` is the one in force on ``read_on``. When it took effect after ``previous_on``
    the period spans a price change: the days from the day after ``previous_on`` through
    ``read_on`` are cut at each change, and the usage is shared out by days, each share at
    the prices in force on its days (docs/domain.md §4, :func:`split_period`).
    """
    if tariff.effective_from <= previous_on:
        return split_usage(tiers_of(tariff), used_before, usage)
    earlier = (
        s.execute(
            select(Tariff)
            .where(
                Tariff.utility_kind == tariff.utility_kind,
                Tariff.tariff_class == tariff.tariff_class,
                Tariff.effective_from < tariff.effective_from,
            )
            .order_by(Tariff.effective_from)
            .options(selectinload(Tariff.tiers))
        )
        .scalars()
        .all()
    )
    # The tariffs over the period: the last one that started on or before its first day,
    # then every one that started within it.
    first_day = previous_on + timedelta(days=1)
    in_period = [t for t in earlier if t.effective_from > first_day]
    before = [t for t in earlier if t.effective_from <= first_day]
    chain = before[-1:] + in_period + [tariff]
    parts: list[tuple[list[Tier], int]] = []
    for i, current in enumerate(chain):
        start = first_day if i == 0 else current.effective_from
        end = read_on + timedelta(days=1) if i == len(chain) - 1 else chain[i + 1].effective_from
        parts.append((tiers_of(current), (end - max(start, first_day)).days))
    return split_period([p for p in parts if p[1] > 0], used_before, usage)


@dataclass(frozen=True)
class OpenBillRow:
    """An open bill with what its tariff says about it."""

    bill: Bill
    residential: bool  # decides the late-fee rate
    unit: str  # m³ / kWh / t, for the receipt


# Built once: it runs in every payment.
_OPEN_BILLS = (
    select(Bill, Tariff.residential, Tariff.unit)
    .join(Tariff, Tariff.id == Bill.tariff_id)
    .where(Bill.account_id == bindparam("account_id"), Bill.status.in_(OPEN_STATUSES))
    .order_by(Bill.due_date, Bill.period, Bill.id)
)


def open_bills(s: Session, account_id: int) -> list[OpenBillRow]:
    """Unpaid and partly paid bills, oldest first (the index on account and status finds them)."""
    rows = s.execute(_OPEN_BILLS, {"account_id": account_id}).all()
    return [OpenBillRow(bill, bool(residential), unit) for bill, residential, unit in rows]


def as_open_bills(bills: list[OpenBillRow]) -> list[OpenBill]:
    return [
        OpenBill(
            row.bill.id, row.bill.amount - row.bill.paid_amount, row.bill.due_date, row.residential
        )
        for row in bills
    ]


def bill_status(amount: Decimal, paid: Decimal) -> BillStatus:
    if paid <= 0:
        return BillStatus.UNPAID
    if paid < amount:
        return BillStatus.PARTLY_PAID
    return BillStatus.PAID


def customer_name(s: Session, account: Account) -> str:
    name = s.execute(
        select(Customer.name).where(Customer.id == account.customer_id)
    ).scalar_one_or_none()
    return name or ""


def bills_due_of(
    s: Session, account: Account, today: date, *, waive: bool = False
) -> tuple[BillsDue, Settlement]:
    """What the account owes on ``today``, and the settlement that would clear it."""
    bills = open_bills(s, account.id)
    rates = late_fee_rates(s)
    settlement = full_settlement(as_open_bills(bills), today, waive=waive, rates=rates)
    rows = []
    for row in bills:
        bill, residential = row.bill, row.residential
        outstanding = bill.amount - bill.paid_amount
        fee = late_fee_for(
            outstanding,
            residential=residential,
            due_date=bill.due_date,
            paid_on=today,
            rates=rates,
        )
        rows.append(
            DueBill(
                bill_id=bill.id,
                number=bill.number,
                period=bill.period,
                amount=bill.amount,
                paid_amount=bill.paid_amount,
                outstanding=outstanding,
                due_date=bill.due_date,
                overdue_days=fee.days,
                daily_rate=fee.daily_rate,
                late_fee=fee.amount,
                residential=residential,
            )
        )
    computed = full_settlement(as_open_bills(bills), today, rates=rates) if waive else settlement
    credit = max(account.balance, ZERO)
    due_total = computed.principal + computed.late_fee
    return (
        BillsDue(
            account_id=account.id,
            account_number=account.number,
            account_name=customer_name(s, account),
            address=account.supply_address,
            billing_mode=account.billing_mode,
            account_status=account.status,
            as_of=today,
            bills=tuple(rows),
            principal_total=computed.principal,
            late_fee_total=computed.late_fee,
            minimum_topup=computed.minimum_topup,
            total=due_total,
            credit=credit,
            amount_due=max(due_total - credit, ZERO),
        ),
        settlement,
    )


def _check_reading(value: Decimal) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise ReadingRefused("reading.format", field="reading")
    if value != value.quantize(VOLUME_STEP) or value > MAX_READING:
        raise ReadingRefused("reading.format", field="reading")
    return value.quantize(VOLUME_STEP)


def used_this_year(s: Session, account_id: int, year: int) -> Decimal:
    """Billed usage of the account in ``year`` (bills by their period's year)."""
    used = s.execute(
        select(func.coalesce(func.sum(Bill.usage), 0)).where(
            Bill.account_id == account_id,
            Bill.period >= f"{year:04d}-01",
            Bill.period <= f"{year:04d}-12",
        )
    ).scalar_one()
    return Decimal(used)


@dataclass(frozen=True)
class CheckedReading:
    """A reading that passed every check of :func:`bill_from_reading`, with what it is billed
    against: the account's previous reading (None for a baseline), the tariff in force on
    ``read_on`` and the usage already billed in that year."""

    account: Account
    read_on: date
    reading: Decimal
    previous: tuple[date, Decimal] | None
    tariff: Tariff | None
    used_before: Decimal


def last_reading(s: Session, account_id: int) -> tuple[date, Decimal] | None:
    """The account's latest reading as (date, value): the one the next bill starts from."""
    row = s.execute(
        select(MeterReading.read_on, MeterReading.reading)
        .where(MeterReading.account_id == account_id)
        .order_by(MeterReading.read_on.desc(), MeterReading.id.desc())
        .limit(1)
    ).one_or_none()
    return None if row is None else (row[0], Decimal(row[1]))


def bill_from_reading(
    s: Session,
    account: Account,
    read_on: date,
    reading: Decimal,
    *,
    today: date,
    user_id: int | None,
    counter_id: int | None,
    source: str,
    now: datetime,
) -> ReadingResult:
    """Store a reading and bill the usage since the previous one, in the caller's unit of work.

    The usage counts towards the year of ``read_on`` (the bill's period): the tier split
    starts from the usage already billed in that year.

    Raises:
        ReadingRefused: see the class; AccountClosed; BillExists; TariffNotFound.
    """
    refused = reading_refusal(account)
    if refused is not None:
        raise refused
    if read_on > today:
        raise ReadingRefused("reading.future_date", field="read_on", today=today)
    previous = last_reading(s, account.id)
    tariff: Tariff | None = None
    used_before = ZERO
    if previous is not None:
        previous_on, previous_value = previous
        if read_on <= previous_on:
            raise ReadingRefused(
                "reading.date_not_after_previous",
                field="read_on",
                previous_read_on=previous_on,
            )
        if reading < previous_value:
            raise ReadingRefused("reading.below_previous", field="reading", previous=previous_value)
        period = f"{read_on:%Y-%m}"
        existing = s.execute(
            select(Bill.number).where(Bill.account_id == account.id, Bill.period == period)
        ).scalar_one_or_none()
        if existing is not None:
            raise BillExists("a bill for this month exists", period=period, number=existing)
        tariff = tariff_for(s, account.utility_kind, account.tariff_class, read_on)
        used_before = used_this_year(s, account.id, read_on.year)
    checked = CheckedReading(account, read_on, reading, previous, tariff, used_before)
    return store_readings(
        s, [checked], user_id=user_id, counter_id=counter_id, source=source, now=now
    )[0]


# Core tables: a batch of thousands goes straight to the driver, without the ORM's bookkeeping.
_READINGS = cast(Table, MeterReading.__table__)
_BILLS = cast(Table, Bill.__table__)
_BILL_LINES = cast(Table, BillLine.__table__)


def store_readings(
    s: Session,
    readings: Sequence[CheckedReading],
    *,
    user_id: int | None,
    counter_id: int | None,
    source: str,
    now: datetime,
) -> list[ReadingResult]:
    """Write checked readings, their bills (one line per tier) and an audit entry for each.

    All rows of a kind go to the database in one statement batch: an import of thousands of
    readings holds the write lock for a fraction of a second per thousand, not per reading.
    The caller has checked every reading (see :func:`bill_from_reading`) and, for a batch,
    gives each account once.
    """
    due_days = int(setting_or(s, BILL_DUE_DAYS_SETTING, BILL_DUE_DAYS_DEFAULT))
    # Bulk INSERTs with RETURNING in the order of the rows given (not the ORM's unit of work:
    # at thousands of rows its bookkeeping, not the database, is what takes the time).
    reading_ids = (
        s.execute(
            insert(_READINGS).returning(_READINGS.c.id, sort_by_parameter_order=True),
            [
                {
                    "account_id": item.account.id,
                    "read_on": item.read_on,
                    "reading": item.reading,
                    "source": source,
                    "entered_by": user_id,
                    "entered_at": now,
                }
                for item in readings
            ],
        )
        .scalars()
        .all()
    )

    priced: list[tuple[CheckedReading, dict[str, Any], list[TierLine]]] = []
    for item in readings:
        if item.previous is None:
            continue
        if item.tariff is None:
            raise TariffNotFound(
                "no tariff in force", tariff_class=item.account.tariff_class, on=item.read_on
            )
        previous_on, previous_value = item.previous
        usage = item.reading - previous_value
        lines = price_reading(s, item.tariff, previous_on, item.read_on, item.used_before, usage)
        amount = total(lines)
        bill: dict[str, Any] = {
            "number": f"B{item.account.number}{item.read_on:%Y%m}",
            "account_id": item.account.id,
            "period": f"{item.read_on:%Y-%m}",
            "previous_reading": previous_value,
            "previous_read_on": previous_on,
            "current_reading": item.reading,
            "current_read_on": item.read_on,
            "usage": usage,
            "amount": amount,
            "paid_amount": ZERO,
            "due_date": item.read_on + timedelta(days=due_days),
            # A zero bill (no usage) is settled from the start.
            "status": BillStatus.PAID if amount == 0 else BillStatus.UNPAID,
            "tariff_id": item.tariff.id,
            "created_at": now,
        }
        priced.append((item, bill, lines))
    bill_ids: list[int] = []
    if priced:
        bill_ids = list(
            s.execute(
                insert(_BILLS).returning(_BILLS.c.id, sort_by_parameter_order=True),
                [bill for _, bill, _ in priced],
            ).scalars()
        )
        s.execute(
            insert(_BILL_LINES),
            [
                {
                    "bill_id": bill_id,
                    "tier_no": ln.tier,
                    "volume": ln.volume,
                    "unit_price": ln.unit_price,
                    "amount": ln.amount,
                }
                for bill_id, (_, _, lines) in zip(bill_ids, priced, strict=True)
                for ln in lines
            ],
        )
    bills_of = {
        id(item): (bill_id, bill, lines)
        for bill_id, (item, bill, lines) in zip(bill_ids, priced, strict=True)
    }

    changes = []
    results = []
    for item, reading_id in zip(readings, reading_ids, strict=True):
        number = item.account.number
        billed = bills_of.get(id(item))
        if billed is None or item.tariff is None or item.previous is None:
            # The first reading of a meter is the baseline the next bill is measured from.
            changes.append(
                audit.Change(
                    "create",
                    "meter_reading",
                    reading_id,
                    after={"account": number, "read_on": item.read_on, "reading": item.reading},
                )
            )
            results.append(
                ReadingResult(reading_id, item.account.id, item.read_on, item.reading, None)
            )
            continue
        bill_id, bill, lines = billed
        changes.append(
            audit.Change(
                "create",
                "bill",
                bill_id,
                after={
                    "number": bill["number"],
                    "account": number,
                    "reading": item.reading,
                    "read_on": item.read_on,
                    "usage": bill["usage"],
                    "amount": bill["amount"],
                    "tiers": [[ln.tier, ln.volume, ln.unit_price, ln.amount] for ln in lines],
                },
            )
        )
        info = BillInfo(
            bill_id=bill_id,
            number=bill["number"],
            period=bill["period"],
            previous_reading=item.previous[1],
            previous_read_on=item.previous[0],
            current_reading=item.reading,
            current_read_on=item.read_on,
            usage=bill["usage"],
            used_before_this_year=item.used_before,
            lines=tuple(lines),
            amount=money(bill["amount"]),
            due_date=bill["due_date"],
            unit=item.tariff.unit,
        )
        results.append(ReadingResult(reading_id, item.account.id, item.read_on, item.reading, info))
    audit.record_many(s, at=now, user_id=user_id, counter_id=counter_id, changes=changes)
    return results


# ----------------------------------------------------------------------------- the service


class BillService(Service):
    """Bills of an account: what is due, and new bills from meter readings."""

    @requires(Permission.CUSTOMER_READ)
    def bills_due(self, account_id: int) -> BillsDue:
        """Unpaid and partly paid bills oldest first, with late fees if paid in full today.

        Args:
            account_id: The account.

        Returns:
            The bills, their outstanding principal and late fee (days counted through today),
            and the totals including the ¥1.00 minimum and the account's credit.

        Raises:
            AccountNotFound: no such account.
        """
        today = hall_date(self._clock.now())
        with self._db.read() as s:
            account = load_account(s, account_id)
            due, _ = bills_due_of(s, account, today)
            return due

    @requires(Permission.CUSTOMER_WRITE)
    def enter_reading(
        self, account_id: int, read_on: date, reading: Decimal, *, source: str = "counter"
    ) -> ReadingResult:
        """Store a meter reading and bill the usage since the previous reading.

        The usage is split across the tariff's tiers by the account's cumulative billed usage
        in the year of ``read_on``; a bill that crosses a tier boundary gets one line per tier.
        The bill's period is the month of ``read_on`` (one bill per month) and it falls due
        after the ``bills.due_days`` setting (20 days by default). An account's first reading
        is stored as the baseline without a bill.

        Args:
            account_id: A postpaid account that is not closed.
            read_on: Date of the reading: after the previous reading's date, not in the future.
            reading: Meter reading, not below the previous one, at most three decimals.
            source: ``counter`` (typed here), ``import`` or ``meter-reader``.

        Returns:
            The stored reading and the new bill (None for a baseline reading).

        Raises:
            ReadingRefused: the reading or its date is not acceptable (see its codes).
            AccountNotFound: no such account.
            AccountClosed: the account is closed.
            BillExists: the account already has a bill for that month.
            TariffNotFound: no tariff of the account's class is in force on ``read_on``.
        """
        value = _check_reading(reading)
        if source not in READING_SOURCES:
            raise ReadingRefused("reading.source", field="source", value=source)
        now = self._clock.now()
        today = hall_date(now)
        with self._db.write() as s:
            account = load_account(s, account_id, lock=True)
            return bill_from_reading(
                s,
                account,
                read_on,
                value,
                today=today,
                user_id=self.actor.user_id,
                counter_id=self.actor.counter_id,
                source=source,
                now=now,
            )
