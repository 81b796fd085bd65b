"""What a payment sends to the database, and the confirm key read in the same query as the
limits, after the account's lock. Both backends.

A payment's statements are its round trips to a central PostgreSQL server, and on a busy
machine each costs about a millisecond (benchmarks/payment_benchmark.py counts them at a
million accounts); the count is pinned here so that a statement added to every payment is
added on purpose.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from payment_workers import Desk, add_bill, balance_of, cash, count_payments, new_account, open_desk
from sqlalchemy import event, text

from counter_app.db.engine import Database
from counter_app.db.models import BillLine
from counter_app.domain.clock import FixedClock
from counter_app.services.payments.dto import PaymentRequest, PaymentResult
from counter_app.services.payments.taking import PaymentService

D = Decimal


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    desk = open_desk(db, clock)
    # The first payment of a deployment makes the receipt QR key and checks the audit key.
    warm_up, _ = new_account(db)
    desk.pay(warm_up, "10.00")
    return desk


@pytest.fixture
def owing(desk: Desk) -> int:
    """An account owing ¥80.00 on one bill of two tiers, not yet due."""
    account_id, _ = new_account(desk.db)
    bill_id = add_bill(desk.db, account_id, "2026-10", "80.00", date(2026, 12, 10))
    with desk.db.write() as s:
        s.add_all(
            [
                BillLine(
                    bill_id=bill_id,
                    tier_no=2,
                    volume=D("10"),
                    unit_price=D("3.00"),
                    amount=D("30.00"),
                ),
                BillLine(
                    bill_id=bill_id,
                    tier_no=1,
                    volume=D("20"),
                    unit_price=D("2.50"),
                    amount=D("50.00"),
                ),
            ]
        )
    return account_id


def test_a_payment_that_settles_a_bill_and_leaves_credit_sends_twelve_statements(
    desk: Desk, owing: int
) -> None:
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(" ".join(statement.split())[:60])

    engines = {desk.db.engine, desk.db.read_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        paid = desk.pay(owing, "100.00")
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)

    assert paid.balance_after == D("20.00")
    assert [line.paid_now for line in paid.receipt.bills] == [D("80.00")]
    # The bill's tier lines, read with the open bills, in tier order.
    assert [(x.tier, x.amount) for x in paid.receipt.bills[0].tiers] == [
        (1, D("50.00")),
        (2, D("30.00")),
    ]
    # The account locked with its holder's name; the limits, QR key, late-fee rates and the
    # confirm key; the shift; the open bills with their tier lines; the receipt number; the
    # payment, its tender and allocation, the bill; the audit chain's end (on PostgreSQL with
    # its lock, in the same round trip) and the entry; the credit. SQLite's BEGIN IMMEDIATE
    # is a statement of its own; PostgreSQL's BEGIN is the driver's.
    expected = 13 if desk.db.is_sqlite else 12
    assert len(sent) == expected, "\n".join(sent)


def test_the_same_confirm_sent_twice_at_once_pays_once_and_the_second_is_told_so(
    desk: Desk, owing: int
) -> None:
    """Both confirms carry the quote; the one that waited for the account's lock finds the
    payment its key made in the meantime and replays it, rather than being told the quote
    changed (which it did: the other confirm paid the bill)."""
    stamp = desk.payments.quote(owing).stamp
    request = PaymentRequest(account_id=owing, quote=stamp, **cash("80.00"))
    counters = [PaymentService(desk.db, desk.clock, desk.clerk) for _ in range(2)]
    results: list[PaymentResult] = []
    errors: list[BaseException] = []

    def confirm(payments: PaymentService) -> None:
        try:
            results.append(payments.take_payment(request))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=confirm, args=(p,)) for p in counters]
    with desk.db.write() as holder:
        # Both confirms wait behind this unit of work's lock, then take turns.
        if desk.db.is_sqlite:
            holder.execute(text("SELECT 1"))  # BEGIN IMMEDIATE: the write lock
        else:
            holder.execute(text("SELECT id FROM accounts WHERE id = :a FOR UPDATE"), {"a": owing})
        for t in threads:
            t.start()
        if not desk.db.is_sqlite:
            _until_blocked_by(desk.db, holder.execute(text("SELECT pg_backend_pid()")).scalar(), 2)
    for t in threads:
        t.join(timeout=60)

    assert errors == []
    assert len(results) == 2
    assert results[0].receipt_no == results[1].receipt_no
    assert sorted(r.replayed for r in results) == [False, True]
    assert count_payments(desk.db) == 2  # the warm-up and this one
    assert balance_of(desk.db, owing) == D("0.00")
    desk.check()


def _until_blocked_by(db: Database, holder_pid: Any, waiting: int) -> None:
    """Return once ``waiting`` sessions wait, directly or behind one another, for a lock the
    session ``holder_pid`` holds."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            blocked_by = dict(
                conn.execute(
                    text(
                        "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity"
                        " WHERE wait_event_type = 'Lock'"
                    )
                ).all()
            )
        behind = {holder_pid}
        while True:
            more = {pid for pid, pids in blocked_by.items() if behind & set(pids)} - behind
            if not more:
                break
            behind |= more
        if len(behind) - 1 >= waiting:
            return
        time.sleep(0.02)
    raise AssertionError(f"fewer than {waiting} confirms waited for the account's lock")
