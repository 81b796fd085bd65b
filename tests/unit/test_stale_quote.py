"""Two counters, one account: a payment confirmed on a quote that is no longer current is
refused with the new amount due, and taken as credit only when the clerk sends it again on
purpose (docs/domain.md §5 "Two counters, one account"). Both backends."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from payment_workers import Desk, add_bill, balance_of, cash, count_payments, new_account, open_desk

from counter_app.db.engine import Database
from counter_app.domain.clock import FixedClock
from counter_app.services.auth import AuthService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, QuoteStamp
from counter_app.services.payments.errors import QuoteChanged
from counter_app.services.payments.taking import PaymentService
from counter_app.services.shifts import ShiftService
from counter_app.views.errors import error_message

D = Decimal


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    return open_desk(db, clock)


@pytest.fixture
def second_counter(desk: Desk) -> PaymentService:
    """G1002 of the same hall, with a shift open at counter 3."""
    clerk = AuthService(desk.db, desk.clock).sign_in("G1002", DEMO_PASSWORD, 3)
    ShiftService(desk.db, desk.clock, clerk).open_shift(D("200.00"))
    return PaymentService(desk.db, desk.clock, clerk)


@pytest.fixture
def owing(desk: Desk) -> int:
    """An account owing ¥80.00 on one bill, not yet due."""
    account_id, _ = new_account(desk.db)
    add_bill(desk.db, account_id, "2026-10", "80.00", date(2026, 12, 10))
    return account_id


def _pay(payments: PaymentService, account_id: int, stamp: QuoteStamp, amount: str) -> Any:
    return payments.take_payment(PaymentRequest(account_id=account_id, quote=stamp, **cash(amount)))


def test_the_second_counter_on_the_same_bills_is_told_the_new_amount_and_nothing_is_taken(
    desk: Desk, second_counter: PaymentService, owing: int
) -> None:
    first_quote = desk.payments.quote(owing)
    second_quote = second_counter.quote(owing)
    assert first_quote.amount_due == second_quote.amount_due == D("80.00")

    _pay(desk.payments, owing, first_quote.stamp, "80.00")
    with pytest.raises(QuoteChanged) as refused:
        _pay(second_counter, owing, second_quote.stamp, "80.00")

    assert refused.value.code == "payment.quote_changed"
    assert refused.value.params == {"amount": D("0.00"), "quoted": D("80.00")}
    assert refused.value.current == second_counter.quote(owing).stamp
    assert count_payments(desk.db) == 1
    assert balance_of(desk.db, owing) == D("0.00")  # no silent credit
    assert "¥0.00" in error_message(refused.value)
    desk.check()


def test_sent_again_with_the_new_stamp_the_money_becomes_credit_on_purpose(
    desk: Desk, second_counter: PaymentService, owing: int
) -> None:
    stale = second_counter.quote(owing).stamp
    _pay(desk.payments, owing, desk.payments.quote(owing).stamp, "30.00")
    with pytest.raises(QuoteChanged) as refused:
        _pay(second_counter, owing, stale, "80.00")
    assert refused.value.params["amount"] == D("50.00")

    taken = _pay(second_counter, owing, refused.value.current, "80.00")

    assert taken.amount == D("80.00")
    assert balance_of(desk.db, owing) == D("30.00")  # 50.00 settles the bill, 30.00 is credit
    assert desk.payments.quote(owing).amount_due == D("0.00")
    desk.check()


def test_a_bill_added_since_the_quote_or_a_new_day_makes_it_stale_too(
    desk: Desk, owing: int
) -> None:
    stamp = desk.payments.quote(owing).stamp
    add_bill(desk.db, owing, "2026-11", "20.00", date(2026, 12, 20))
    with pytest.raises(QuoteChanged) as new_bill:
        _pay(desk.payments, owing, stamp, "80.00")
    assert new_bill.value.params["amount"] == D("100.00")

    fresh = desk.payments.quote(owing).stamp
    yesterday = QuoteStamp(fresh.account_id, date(2026, 11, 22), fresh.bills, fresh.credit)
    with pytest.raises(QuoteChanged):
        _pay(desk.payments, owing, yesterday, "100.00")
    assert count_payments(desk.db) == 0

    assert _pay(desk.payments, owing, fresh, "100.00").amount == D("100.00")
    assert balance_of(desk.db, owing) == D("0.00")


def test_a_current_quote_and_no_quote_at_all_pay_as_before(desk: Desk, owing: int) -> None:
    _pay(desk.payments, owing, desk.payments.quote(owing).stamp, "50.00")
    assert desk.pay(owing, "40.00").amount == D("40.00")  # a script sends no quote
    assert balance_of(desk.db, owing) == D("10.00")


def test_two_counters_confirming_at_the_same_moment_one_pays_the_other_is_refused(
    desk: Desk, second_counter: PaymentService, owing: int
) -> None:
    stamps = [desk.payments.quote(owing).stamp, second_counter.quote(owing).stamp]
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def confirm(payments: PaymentService, stamp: QuoteStamp) -> None:
        start.wait()
        try:
            outcomes.append(_pay(payments, owing, stamp, "80.00").receipt_no)
        except QuoteChanged as refused:
            outcomes.append(refused)

    threads = [
        threading.Thread(target=confirm, args=(payments, stamp))
        for payments, stamp in zip((desk.payments, second_counter), stamps, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    refusals = [o for o in outcomes if isinstance(o, QuoteChanged)]
    assert len(outcomes) == 2
    assert len(refusals) == 1
    assert refusals[0].params["amount"] == D("0.00")
    assert count_payments(desk.db) == 1
    assert balance_of(desk.db, owing) == D("0.00")
    desk.check()
