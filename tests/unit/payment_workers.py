"""Helpers for the payment tests: a counter ready to take money, test accounts and bills,
worker functions for spawned and forked processes, and the bookkeeping invariants.

Worker functions live here (not in a test module) so ``multiprocessing`` with ``spawn`` can
import them by name in a fresh interpreter.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import random
import signal
import time
import traceback
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AuditEntry,
    Bill,
    BusinessDay,
    Hall,
    Payment,
    PaymentAllocation,
    PaymentTender,
    ReceiptSequence,
    Shift,
    Tariff,
)
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import (
    AccountStatus,
    BillingMode,
    BillStatus,
    BusinessDayStatus,
    PaymentStatus,
    Role,
    ShiftStatus,
    UtilityKind,
)
from counter_app.services.audit import verify_chain
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.ratings import RatingService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.shifts import ShiftService

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_TZ)


def fixed_clock() -> FixedClock:
    return FixedClock(NOW)


def key() -> str:
    return str(uuid.uuid4())


def cash(amount: str, received: str | None = None, **kw: Any) -> dict[str, Any]:
    """Keyword arguments for a cash :class:`PaymentRequest`."""
    value = Decimal(amount)
    return {
        "amount": value,
        "tenders": [TenderLine("cash", value)],
        "cash_received": Decimal(received) if received is not None else None,
        "idempotency_key": key(),
        **kw,
    }


# ----------------------------------------------------------------------------- a counter


@dataclass
class Desk:
    """Demo data, a clerk at counter 1 with an open shift, and the hall manager at counter 2."""

    db: Database
    clock: FixedClock
    auth: AuthService
    clerk: Actor
    manager: Actor
    payments: PaymentService
    reversals: ReversalService
    prints: ReceiptPrintService
    verifier: ReceiptVerifier
    ratings: RatingService
    paid_before: dict[int, Decimal]

    def approve(self, action: str, subject: str, reason: str = "经核实同意") -> Any:
        return self.auth.approve(
            self.clerk, "M1001", DEMO_PASSWORD, action=action, subject=subject, reason=reason
        )

    def check(self) -> int:
        """Assert the books agree (bills paid by the demo data before the test excepted)."""
        return check_books(self.db, self.paid_before)

    def pay(self, account_id: int, amount: str, received: str | None = None, **kw: Any) -> Any:
        return self.payments.take_payment(
            PaymentRequest(account_id=account_id, **cash(amount, received, **kw))
        )

    def close_day(self) -> None:
        """The hall's business day is closed, as the manager's day close leaves it."""
        with self.db.write() as s:
            s.execute(select(BusinessDay)).scalar_one().status = BusinessDayStatus.CLOSED

    def next_morning(self) -> None:
        """The day closes with every shift; a day later the clerk opens a new shift."""
        self.close_day()
        with self.db.write() as s:
            for shift in s.execute(select(Shift)).scalars():
                shift.status = ShiftStatus.CLOSED
        self.clock.advance(days=1)
        ShiftService(self.db, self.clock, self.clerk).open_shift(Decimal("500"))


def open_desk(db: Database, clock: FixedClock, *, seed: bool = True) -> Desk:
    if seed:
        seed_demo(db, clock, customers=6)
    auth = AuthService(db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD, 1)
    manager = auth.sign_in("M1001", DEMO_PASSWORD, 2)
    ShiftService(db, clock, clerk).open_shift(Decimal("500.00"))
    return Desk(
        db,
        clock,
        auth,
        clerk,
        manager,
        PaymentService(db, clock, clerk),
        ReversalService(db, clock, clerk),
        ReceiptPrintService(db, clock, clerk),
        ReceiptVerifier(db, clock, clerk),
        RatingService(db, clock, clerk),
        snapshot_paid(db),
    )


_account_seq = 0


def new_account(
    db: Database,
    *,
    billing_mode: BillingMode = BillingMode.POSTPAID,
    tariff_class: str = "居民",
    status: AccountStatus = AccountStatus.ACTIVE,
    balance: Decimal = Decimal("0.00"),
) -> tuple[int, str]:
    """A bare account of the first demo customer, in hall H01; returns (id, number)."""
    global _account_seq
    _account_seq += 1
    with db.write() as s:
        hall_id = s.execute(select(Hall.id).where(Hall.code == "H01")).scalar_one()
        number = f"99{os.getpid() % 10000:04d}{_account_seq:04d}"
        account = Account(
            number=number,
            customer_id=1,
            hall_id=hall_id,
            utility_kind=UtilityKind.GAS,
            supply_address="东城区测试路1号",
            meter_number=f"T{number}",
            tariff_class=tariff_class,
            billing_mode=billing_mode,
            status=status,
            balance=balance,
            opened_on=date(2020, 1, 1),
            closed_on=date(2026, 1, 1) if status is AccountStatus.CLOSED else None,
        )
        s.add(account)
        s.flush()
        return account.id, number


def add_bill(
    db: Database,
    account_id: int,
    period: str,
    amount: str,
    due: date,
    *,
    tariff_class: str = "居民",
    paid: str = "0.00",
) -> int:
    """A bill with one tier line's worth of data; returns its id."""
    with db.write() as s:
        # The tariff the demo starts the year with (a price change may be entered ahead).
        tariff_id = s.execute(
            select(Tariff.id)
            .where(Tariff.tariff_class == tariff_class)
            .order_by(Tariff.effective_from)
            .limit(1)
        ).scalar_one()
        number = s.execute(select(Account.number).where(Account.id == account_id)).scalar_one()
        paid_amount = Decimal(paid)
        bill = Bill(
            number=f"B{number}{period.replace('-', '')}",
            account_id=account_id,
            period=period,
            previous_reading=Decimal("100.000"),
            previous_read_on=date(int(period[:4]), int(period[5:]), 1),
            current_reading=Decimal("130.000"),
            current_read_on=date(int(period[:4]), int(period[5:]), 28),
            usage=Decimal("30.000"),
            amount=Decimal(amount),
            paid_amount=paid_amount,
            due_date=due,
            status=BillStatus.PARTLY_PAID if paid_amount > 0 else BillStatus.UNPAID,
            tariff_id=tariff_id,
            created_at=NOW,
        )
        s.add(bill)
        s.flush()
        return bill.id


def bill_state(db: Database, bill_id: int) -> tuple[Decimal, BillStatus]:
    with db.read() as s:
        bill = s.get(Bill, bill_id)
        assert bill is not None
        return bill.paid_amount, bill.status


def balance_of(db: Database, account_id: int) -> Decimal:
    with db.read() as s:
        return s.execute(select(Account.balance).where(Account.id == account_id)).scalar_one()


def count_payments(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(Payment)).scalar_one()


# ----------------------------------------------------------------------------- concurrency


@dataclass(frozen=True)
class Scene:
    """What a worker process needs to take payments: the URL, actors and the accounts."""

    url: str
    actors: tuple[Actor, ...]
    accounts: tuple[int, ...]


def prepare_scene(db: Database, clock: FixedClock) -> Scene:
    """Demo data; four staff of H01 with open shifts; every postpaid and prepaid account."""
    seed_demo(db, clock, customers=6)
    auth = AuthService(db, clock)
    actors = []
    for counter, employee_no in enumerate(("G1001", "G1002", "G1003", "M1001"), start=1):
        actor = auth.sign_in(employee_no, DEMO_PASSWORD, counter)
        ShiftService(db, clock, actor).open_shift(Decimal("1000.00"))
        actors.append(actor)
    with db.read() as s:
        accounts = tuple(
            s.execute(
                select(Account.id)
                .where(Account.status != AccountStatus.CLOSED)
                .order_by(Account.id)
            ).scalars()
        )
    return Scene(db.url, tuple(actors), accounts)


def _payment_amount(rng: random.Random) -> Decimal:
    # ¥5.00-¥150.00: enough for the ¥1.00 minimum late fee, often partial, sometimes credit.
    return Decimal(rng.randrange(500, 15001)) / 100


def random_request(rng: random.Random, accounts: tuple[int, ...]) -> PaymentRequest:
    amount = _payment_amount(rng)
    if rng.random() < 0.3:
        card = (amount / 2).quantize(Decimal("0.01"))
        tenders = [TenderLine("cash", amount - card), TenderLine("bank_card", card, "POS1")]
    else:
        tenders = [TenderLine("cash", amount)]
    return PaymentRequest(
        account_id=rng.choice(accounts),
        amount=amount,
        tenders=tenders,
        idempotency_key=key(),
        cash_received=tenders[0].amount + Decimal(rng.randrange(0, 5000)) / 100,
    )


def _take_or_price(service: PaymentService, request: PaymentRequest) -> None:
    """Take the payment; a prepaid amount the tariff cannot sell exactly is bought as quoted."""
    from counter_app.services.payments.errors import PaymentInputError

    try:
        service.take_payment(request)
    except PaymentInputError as exc:
        if exc.code != "payment.prepaid_inexact":
            raise
        price = exc.params["suggested"]
        service.take_payment(
            PaymentRequest(
                account_id=request.account_id,
                amount=price,
                tenders=[TenderLine("cash", price)],
                idempotency_key=key(),
            )
        )


def spawned_payer(scene: Scene, index: int, count: int, barrier: Any, errors: Any) -> None:
    """Worker of the receipt-number test: wait for the others, then take ``count`` payments."""
    try:
        db = Database(scene.url)
        service = PaymentService(db, fixed_clock(), scene.actors[index % len(scene.actors)])
        rng = random.Random(1000 + index)
        requests = [random_request(rng, scene.accounts) for _ in range(count)]
        barrier.wait(timeout=600)  # only a guard against a hung run, not a speed limit
        for request in requests:
            _take_or_price(service, request)
        db.dispose()
    except BaseException:
        errors.put(f"worker {index}: {traceback.format_exc()}")
        raise


#: Phases a crashing child reports in its shared byte, read by the parent after the kill.
#: STARTING is set by the parent before the fork; the child's first transaction ends it.
IDLE, IN_TRANSACTION, COMMITTING, STARTING = 0, 1, 2, 3


def crashing_payer(
    db: Database, actor: Actor, accounts: tuple[int, ...], seed: int, phase: mmap.mmap
) -> None:
    """Child of the crash test (after ``os.fork``): take payments until killed.

    ``db`` is the parent's warmed-up Database: after ``dispose(close=False)`` a forked child may
    use the engine (it opens its own connections) and keeps the compiled statements, so it
    reaches its first commit within milliseconds. ``phase`` (shared with the parent) says
    where the child was when it died. Never returns into the forked test process: it leaves
    with ``os._exit``.
    """
    code = 0
    try:
        db.engine.dispose(close=False)
        db.read_engine.dispose(close=False)

        def mark(value: int) -> None:
            phase[0] = value

        event.listen(db.engine, "begin", lambda conn: mark(IN_TRANSACTION))
        event.listen(db.engine, "commit", lambda conn: mark(COMMITTING))
        event.listen(db.engine, "checkin", lambda dbapi_conn, record: mark(IDLE))
        service = PaymentService(db, fixed_clock(), actor)
        rng = random.Random(seed)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            _take_or_price(service, random_request(rng, accounts))
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def kill_once_started(pid: int, phase: mmap.mmap, delay: float) -> bool:
    """SIGKILL the child ``delay`` seconds after it began its first transaction.

    The delay counts from the child's own start, not from the fork, so a busy machine that
    starts children slowly still has them killed in the middle of their work. Returns True when
    the kill ended the child, False when it had stopped by itself (a failure or its deadline).
    """
    deadline = time.monotonic() + 60
    while phase[0] == STARTING:  # waiting for an event, not for time to pass
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError("a payment process never began a transaction")
        time.sleep(0.0005)
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


# ----------------------------------------------------------------------------- invariants


def snapshot_paid(db: Database) -> dict[int, Decimal]:
    """Paid amounts of all bills before a test run (the demo has bills paid without payments)."""
    with db.read() as s:
        return dict(s.execute(select(Bill.id, Bill.paid_amount)).all())


def check_books(db: Database, paid_before: dict[int, Decimal], *, hall_code: str = "H01") -> int:
    """Assert that the stored payments, bills, balances and audit trail agree; return the
    number of payments of the hall.

    * receipt numbers of the hall are exactly 1..N (no gap, no duplicate) and match receipt_no;
    * every payment has tenders adding up to its amount and its audit entry;
    * each completed payment: amount = allocations (principal + fee) + credit change;
    * each bill: paid now = paid before + allocated principal of completed payments;
    * each account: balance = payments taken - allocations (all started at zero);
    * the audit chain verifies.
    """
    with db.read() as s:
        hall = s.execute(select(Hall).where(Hall.code == hall_code)).scalar_one()
        payments = list(
            s.execute(
                select(Payment).where(Payment.hall_id == hall.id).order_by(Payment.receipt_seq)
            ).scalars()
        )
        seqs = [p.receipt_seq for p in payments]
        assert seqs == list(range(1, len(payments) + 1)), "receipt numbers have gaps or repeats"
        for p in payments:
            assert p.receipt_no == f"{hall_code}-{p.receipt_year}-{p.receipt_seq:08d}"
        if payments:
            last = s.execute(
                select(ReceiptSequence.last_seq).where(ReceiptSequence.hall_id == hall.id)
            ).scalar_one()
            assert last == len(payments)

        tenders: dict[int, Decimal] = defaultdict(Decimal)
        for payment_id, amount in s.execute(
            select(PaymentTender.payment_id, PaymentTender.amount)
        ).all():
            tenders[payment_id] += amount
        allocated: dict[int, Decimal] = defaultdict(Decimal)
        principal_by_bill: dict[int, Decimal] = defaultdict(Decimal)
        rows = s.execute(
            select(
                PaymentAllocation.payment_id,
                PaymentAllocation.bill_id,
                PaymentAllocation.principal,
                PaymentAllocation.late_fee,
                Payment.status,
            ).join(Payment, Payment.id == PaymentAllocation.payment_id)
        ).all()
        for payment_id, bill_id, principal, fee, status in rows:
            allocated[payment_id] += principal + fee
            if status is PaymentStatus.COMPLETED:
                principal_by_bill[bill_id] += principal
        audited = set(
            s.execute(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "payment", AuditEntry.action == "create"
                )
            ).scalars()
        )
        every = list(s.execute(select(Payment)).scalars())
        money_in: dict[int, Decimal] = defaultdict(Decimal)
        money_to_bills: dict[int, Decimal] = defaultdict(Decimal)
        for p in every:
            assert tenders[p.id] == p.amount, f"tenders of {p.receipt_no}"
            assert str(p.id) in audited, f"audit entry of {p.receipt_no}"
            if p.volume is None:
                change = p.balance_after - p.balance_before
                assert allocated[p.id] + change == p.amount, f"allocations of {p.receipt_no}"
            if p.status is PaymentStatus.COMPLETED and p.volume is None:
                money_in[p.account_id] += p.amount
                money_to_bills[p.account_id] += allocated[p.id]

        for bill in s.execute(select(Bill)).scalars():
            expected = paid_before.get(bill.id, Decimal("0.00")) + principal_by_bill[bill.id]
            assert bill.paid_amount == expected, f"bill {bill.number}"
            if bill.paid_amount == bill.amount:
                assert bill.status is BillStatus.PAID
            elif bill.paid_amount > 0:
                assert bill.status is BillStatus.PARTLY_PAID
            else:
                assert bill.status is BillStatus.UNPAID

        for account in s.execute(select(Account)).scalars():
            if account.billing_mode is BillingMode.PREPAID:
                assert account.balance == 0
                continue
            assert account.balance == money_in[account.id] - money_to_bills[account.id], (
                f"balance of {account.number}"
            )
            assert account.balance >= 0

        chain = verify_chain(s)
        assert chain.ok, f"audit chain broken at {chain.first_broken_id}"
        return len(payments)


def open_shift_actors(db: Database) -> list[int]:
    with db.read() as s:
        return list(
            s.execute(select(Shift.clerk_id).where(Shift.status == ShiftStatus.OPEN)).scalars()
        )


__all__ = [
    "NOW",
    "Desk",
    "Role",
    "Scene",
    "add_bill",
    "balance_of",
    "bill_state",
    "cash",
    "check_books",
    "count_payments",
    "crashing_payer",
    "fixed_clock",
    "key",
    "kill_once_started",
    "new_account",
    "open_desk",
    "prepare_scene",
    "snapshot_paid",
    "spawned_payer",
]
