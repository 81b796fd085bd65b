"""Demo shifts (docs/domain.md §9): yesterday a closed business day, today shifts at work.

Everything goes through the real services on a clock of its own, so the demo's figures are
exactly what the counters would have left: yesterday three clerks of 城东营业厅 (H01) opened
with a float (one counted by denomination), took payments in cash, by card, WeChat, Alipay and
transfer, voided two with the manager's approval, reprinted two receipts, handed cash in to
the safe and took change out of it, and closed - one exactly, one ¥10.00 short and one ¥5.00
over, both variances signed off by the manager - and the manager closed the day (日结), so
a newcomer can export yesterday at once. Today two clerks have shifts open at counters where
they acknowledged yesterday's handover, the third counter's handover still waits, and in
城西营业厅 (H02) a shift opened yesterday was never closed: the manager sees it flagged.

Only the full demo gets this (the tests' small demo starts every test on an empty day).
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import Account, Counter, Hall, User
from counter_app.domain.approvals import ApprovalGrant
from counter_app.domain.cash import DENOMINATIONS
from counter_app.domain.clock import LOCAL_TZ, Clock, FixedClock
from counter_app.domain.enums import ApprovalAction, Satisfaction
from counter_app.services import approvals
from counter_app.services.base import Actor
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.ratings import RatingService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.shifts.day_close import DayCloseService
from counter_app.services.shifts.service import ShiftService

#: The shift history needs the full demo's accounts to pay on.
MIN_CUSTOMERS = 20
D = Decimal
_NON_CASH = (("bank_card", "POS"), ("wechat", "WX"), ("alipay", "ZFB"), ("transfer", "ZZ"))


def _count(amount: Decimal) -> dict[Decimal, int]:
    left, counts = amount, {}
    for d in DENOMINATIONS:
        counts[d.value] = int(left // d.value)
        left -= d.value * counts[d.value]
    return counts


class _Counter:
    """One clerk at one counter on the demo's own clock."""

    def __init__(self, db: Database, clock: FixedClock, actor: Actor) -> None:
        self.actor = actor
        self.db = db
        self.shifts = ShiftService(db, clock, actor)
        self.payments = PaymentService(db, clock, actor)
        self.reversals = ReversalService(db, clock, actor)
        self.prints = ReceiptPrintService(db, clock, actor)
        self.ratings = RatingService(db, clock, actor)


def _pay(desk: _Counter, rng: random.Random, account_id: int) -> str:
    amount = D(rng.randint(200, 6000)) / 10
    roll = rng.random()
    if roll < 0.5:
        received = (amount / 50).to_integral_value(rounding="ROUND_CEILING") * 50
        tenders = [TenderLine("cash", amount)]
    else:
        tender, prefix = _NON_CASH[int(roll * 10) % 4]
        tenders = [TenderLine(tender, amount, f"{prefix}{rng.randint(10**9, 10**10 - 1)}")]
        received = None
    paid = desk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=amount,
            tenders=tenders,
            cash_received=received,
            idempotency_key=str(uuid.UUID(int=rng.getrandbits(128))),
        )
    )
    issued = desk.prints.issue(paid.receipt)
    desk.prints.report_print(issued, printed=True)
    if rng.random() < 0.4:
        desk.ratings.rate_service(
            paid.payment_id,
            rng.choice([Satisfaction.VERY_SATISFIED] * 5 + [Satisfaction.SATISFIED] * 2),
        )
    return paid.receipt_no


def _actor(db: Database, employee_no: str, counter_number: int) -> Actor:
    """A demo user at a counter, as signing in makes them (without checking a password:
    hashing it is what makes a sign-in slow, on purpose)."""
    with db.read() as s:
        user = s.execute(select(User).where(User.employee_no == employee_no)).scalar_one()
        counter_id = s.execute(
            select(Counter.id).where(
                Counter.hall_id == user.hall_id, Counter.number == counter_number
            )
        ).scalar_one()
        return Actor.of(user, counter_id)


def _approve(
    db: Database,
    clock: FixedClock,
    requester: Actor,
    action: ApprovalAction,
    subject: str,
    reason: str,
    amount: Decimal | None = None,
) -> ApprovalGrant:
    """The hall manager M1001's approval at the requester's counter."""
    with db.write() as s:
        manager = s.execute(select(User).where(User.employee_no == "M1001")).scalar_one()
        return approvals.give(
            s,
            requester=requester,
            approver=manager,
            action=action,
            subject=subject,
            reason=reason,
            amount=amount,
            now=clock.now(),
        )


def _close(desk: _Counter, clock: FixedClock, variance: Decimal, reason: str, note: str) -> None:
    expected = desk.shifts.figures().expected_cash
    counts = _count(expected + variance)
    grant = None
    if variance:
        check = desk.shifts.check_close(counts)
        grant = _approve(
            desk.db,
            clock,
            desk.actor,
            ApprovalAction.CASH_VARIANCE,
            check.approval_subject,
            "已复点确认",
            check.variance,
        )
    desk.shifts.close_shift(
        counts, variance_reason=reason or None, approval=grant, handover_note=note
    )


def seed_demo_shifts(db: Database, clock: Clock, *, customers: int) -> None:
    """Yesterday's closed day and today's open shifts (with the full demo only)."""
    if customers < MIN_CUSTOMERS:
        return

    rng = random.Random(20261201)
    now = clock.now().astimezone(LOCAL_TZ)
    today = now.date()
    yesterday = today - timedelta(days=1)
    own = FixedClock(datetime.combine(yesterday, time(8, 30), LOCAL_TZ))
    with db.read() as s:
        halls = {h.code: h.id for h in s.execute(select(Hall)).scalars()}
        accounts = list(
            s.execute(
                select(Account.id).where(Account.hall_id == halls["H01"]).order_by(Account.id)
            ).scalars()
        )
    desks = [
        _Counter(db, own, _actor(db, no, counter))
        for no, counter in (("G1002", 1), ("G1003", 2), ("G1001", 3))
    ]
    desks[0].shifts.open_shift(
        counts={D("100"): 3, D("50"): 2, D("10"): 8, D("1"): 15, D("0.5"): 10}
    )
    desks[1].shifts.open_shift(D("300.00"))
    desks[2].shifts.open_shift(D("500.00"))
    stale = _Counter(db, own, _actor(db, "G2001", 1))
    stale.shifts.open_shift(D("400.00"))

    # The day: payments one after another across the three counters.
    used: list[int] = []
    for number in range(30):
        own.advance(minutes=rng.randint(3, 12))
        desk = desks[number % 3]
        account = accounts[rng.randrange(len(accounts))]
        receipt = _pay(desk, rng, account)
        used.append(account)
        if number in (7, 22):  # typed the wrong amount: voided at once, with approval
            grant = _approve(db, own, desk.actor, ApprovalAction.VOID, receipt, "金额输错")
            desk.reversals.void(receipt, "金额输错，客户重新缴费", grant)
        if number in (12, 25):  # the customer lost the slip
            reprint = desk.prints.reprint(receipt, "客户遗失收据")
            desk.prints.report_print(reprint, printed=True)
        if number == 20:
            desks[0].shifts.cash_out(D("1000.00"), "交款入保险柜")
            desks[1].shifts.cash_in(D("100.00"), "从保险柜领取零钱")
    _pay(stale, rng, _h02_account(db, halls["H02"]))
    own.advance(hours=1)
    _close(desks[0], own, D("0.00"), "", "打印纸已补充，备用金已清点")
    _close(desks[1], own, D("-10.00"), "找零多付给客户", "短款 10 元已报主管")
    _close(desks[2], own, D("5.00"), "客户未取零钱", "3 号窗口读卡器偶有失灵，已报修")
    own.advance(minutes=20)
    manager = _actor(db, "M1001", 4)
    DayCloseService(db, own, manager).close_day(yesterday)

    # Today: two clerks at work, each at another's counter of yesterday; G1001, the first clerk a
    # newcomer signs in as, is at counter 1, where a demo workstation starts.
    # Seeded just after midnight, two hours ago is yesterday, which is closed: then the shifts
    # opened at midnight.
    opened = max(
        min(datetime.combine(today, time(8, 30), LOCAL_TZ), now - timedelta(hours=2)),
        datetime.combine(today, time(0, 0), LOCAL_TZ),
    )
    own.advance(seconds=(max(opened, own.now()) - own.now()).total_seconds())
    first = _Counter(db, own, _actor(db, "G1001", 1))
    second = _Counter(db, own, _actor(db, "G1002", 2))
    for desk in (first, second):
        waiting = desk.shifts.pending_handover()
        desk.shifts.open_shift(D("500.00"), acknowledge=waiting.shift_id if waiting else None)
    step = max((now - own.now()) / 12, timedelta(seconds=30))
    for number in range(6):
        own.advance(seconds=step.total_seconds())
        if own.now() >= now:
            break
        _pay((first, second)[number % 2], rng, accounts[rng.randrange(len(accounts))])


def _h02_account(db: Database, hall_id: int) -> int:
    with db.read() as s:
        return s.execute(
            select(Account.id).where(Account.hall_id == hall_id).order_by(Account.id).limit(1)
        ).scalar_one()
