"""The hall manager's dashboard (docs/domain.md §10): today's takings by tender and by hour,
each counter with its shift (a shift left open past its day flagged), the rates against
their targets."""

from __future__ import annotations

from decimal import Decimal

import pytest
from payment_workers import Desk, key, new_account

from counter_app.domain.enums import Satisfaction, Tender
from counter_app.domain.errors import PermissionDenied
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.reports import ReportService

D = Decimal


def test_the_dashboard_shows_today_by_tender_hour_and_counter(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    first = desk.pay(account_id, "30.00")
    desk.ratings.rate_service(first.payment_id, Satisfaction.DISSATISFIED)
    desk.clock.advance(hours=2)  # 11:30
    second = desk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=D("50.00"),
            tenders=[TenderLine("alipay", D("50.00"), "ZFB1")],
            idempotency_key=key(),
        )
    )
    desk.ratings.rate_service(second.payment_id, Satisfaction.VERY_SATISFIED)

    board = ReportService(desk.db, desk.clock, desk.manager).dashboard()

    assert board.takings_total == D("80.00")
    assert board.transactions == 2
    by_tender = dict(board.by_tender)
    assert (by_tender[Tender.CASH], by_tender[Tender.ALIPAY]) == (D("30.00"), D("50.00"))
    by_hour = dict(board.by_hour)
    assert (by_hour[9], by_hour[11], by_hour[10]) == (D("30.00"), D("50.00"), D("0.00"))
    counter1 = next(c for c in board.counters if c.counter_number == 1)
    assert counter1.shift_open
    assert counter1.clerk_employee_no == "G1001"
    assert (counter1.transactions_today, counter1.takings_today) == (2, D("80.00"))
    assert not counter1.past_business_day
    assert not next(c for c in board.counters if c.counter_number == 3).shift_open
    assert board.satisfaction_rate == D("0.5000")
    assert board.satisfaction_target == D("0.98")
    assert board.callback_rate is None  # nothing to call back yet
    assert not board.day_closed


def test_a_shift_left_open_overnight_is_flagged_and_a_clerk_has_no_dashboard(
    desk: Desk,
) -> None:
    desk.clock.advance(days=1)
    board = ReportService(desk.db, desk.clock, desk.manager).dashboard()
    counter1 = next(c for c in board.counters if c.counter_number == 1)
    assert counter1.past_business_day
    assert board.transactions == 0  # today is a new day
    with pytest.raises(PermissionDenied):
        ReportService(desk.db, desk.clock, desk.clerk).dashboard()
