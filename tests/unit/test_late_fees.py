"""Late fees (docs/domain.md §4) and how a payment spreads over fees and bills."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from counter_app.domain.late_fees import (
    EARLIER_YEAR_DAILY_RATE,
    RESIDENTIAL_DAILY_RATE,
    SAME_YEAR_DAILY_RATE,
    OpenBill,
    SettlementTooSmall,
    daily_rate,
    full_settlement,
    late_fee_for,
    minimum_topup,
    overdue_days,
    settle,
)

D = Decimal


def test_the_example_of_the_spec() -> None:
    fee = late_fee_for(
        D("100.00"), residential=True, due_date=date(2026, 1, 31), paid_on=date(2026, 3, 2)
    )
    assert fee.days == 30
    assert fee.daily_rate == RESIDENTIAL_DAILY_RATE
    assert fee.amount == D("3.00")


@pytest.mark.parametrize(
    ("due", "paid", "days"),
    [
        (date(2026, 1, 31), date(2026, 1, 31), 0),  # paid on the due date: not late
        (date(2026, 1, 31), date(2026, 1, 30), 0),  # paid early
        (date(2026, 1, 31), date(2026, 2, 1), 1),  # the day after the due date is day 1
        (date(2025, 12, 20), date(2026, 1, 10), 21),  # across the year end
        (date(2024, 2, 28), date(2024, 3, 1), 2),  # leap day counts
    ],
)
def test_days_run_from_the_day_after_the_due_date_through_the_payment_day(
    due: date, paid: date, days: int
) -> None:
    assert overdue_days(due, paid) == days


def test_zero_days_means_no_fee() -> None:
    fee = late_fee_for(
        D("500.00"), residential=False, due_date=date(2026, 5, 1), paid_on=date(2026, 5, 1)
    )
    assert (fee.days, fee.amount) == (0, D("0.00"))


def test_residential_rate_is_one_per_mille_whatever_the_year() -> None:
    fee = late_fee_for(
        D("200.00"), residential=True, due_date=date(2025, 12, 20), paid_on=date(2026, 1, 10)
    )
    assert fee.daily_rate == RESIDENTIAL_DAILY_RATE
    assert fee.amount == D("4.20")  # 200 × 0.001 × 21


def test_non_residential_bill_due_this_year_pays_two_per_mille() -> None:
    fee = late_fee_for(
        D("1000.00"), residential=False, due_date=date(2026, 3, 10), paid_on=date(2026, 3, 25)
    )
    assert fee.daily_rate == SAME_YEAR_DAILY_RATE
    assert fee.amount == D("30.00")  # 1000 × 0.002 × 15


def test_non_residential_bill_due_last_year_pays_three_per_mille() -> None:
    fee = late_fee_for(
        D("1000.00"), residential=False, due_date=date(2025, 12, 20), paid_on=date(2026, 1, 10)
    )
    assert fee.days == 21
    assert fee.daily_rate == EARLIER_YEAR_DAILY_RATE
    assert fee.amount == D("63.00")  # 1000 × 0.003 × 21, all days at the higher rate


def test_the_same_bill_paid_before_the_year_end_pays_two_per_mille() -> None:
    assert daily_rate(
        residential=False, due_date=date(2025, 12, 20), paid_on=date(2025, 12, 31)
    ) == (SAME_YEAR_DAILY_RATE)


def test_fee_is_on_the_overdue_amount_only_and_rounds_half_up() -> None:
    # A partly paid bill: only the outstanding ¥12.50 is overdue. 12.50 × 0.001 × 4 = 0.05.
    assert late_fee_for(
        D("12.50"), residential=True, due_date=date(2026, 6, 1), paid_on=date(2026, 6, 5)
    ).amount == D("0.05")
    # 0.125 fen rounds down, 0.5 rounds up: 1.25 × 0.001 × 4 = 0.005 -> 0.01.
    assert late_fee_for(
        D("1.25"), residential=True, due_date=date(2026, 6, 1), paid_on=date(2026, 6, 5)
    ).amount == D("0.01")
    assert late_fee_for(
        D("1.24"), residential=True, due_date=date(2026, 6, 1), paid_on=date(2026, 6, 5)
    ).amount == D("0.00")


def test_minimum_applies_to_a_total_above_zero_and_below_one_yuan() -> None:
    assert minimum_topup([D("0.22"), D("0.30")]) == D("0.48")
    assert minimum_topup([D("0.00")]) == D("0.00")
    assert minimum_topup([]) == D("0.00")
    assert minimum_topup([D("0.60"), D("0.40")]) == D("0.00")
    assert minimum_topup([D("3.00")]) == D("0.00")


# ----------------------------------------------------------------------------- settlement

PAID_ON = date(2026, 11, 23)


def _bills() -> list[OpenBill]:
    return [
        OpenBill(1, D("100.00"), date(2026, 10, 24), True),  # 30 days: fee 3.00
        OpenBill(2, D("50.00"), date(2026, 11, 20), True),  # 3 days: fee 0.15
        OpenBill(3, D("80.00"), date(2026, 12, 20), True),  # not yet due
    ]


def test_full_settlement_adds_fees_and_principal() -> None:
    full = full_settlement(_bills(), PAID_ON)
    assert [(x.key, x.principal, x.late_fee, x.days) for x in full.lines] == [
        (1, D("100.00"), D("3.00"), 30),
        (2, D("50.00"), D("0.15"), 3),
        (3, D("80.00"), D("0.00"), 0),
    ]
    assert (full.principal, full.late_fee, full.leftover) == (D("230.00"), D("3.15"), D("0.00"))
    assert full.total == D("233.15")


def test_the_minimum_is_charged_once_for_the_whole_payment_on_the_oldest_bill_with_a_fee() -> None:
    bills = [
        OpenBill(1, D("50.00"), date(2026, 11, 20), True),  # fee 0.15
        OpenBill(2, D("70.00"), date(2026, 11, 21), True),  # fee 0.14
    ]
    full = full_settlement(bills, PAID_ON)
    assert full.late_fee == D("1.00")  # not 2.00: the minimum is per payment total
    assert full.minimum_topup == D("0.71")
    assert [x.late_fee for x in full.lines] == [D("0.86"), D("0.14")]


def test_partial_payment_settles_the_oldest_bill_fee_with_its_principal() -> None:
    result = settle(_bills(), D("60.00"), PAID_ON)
    (line,) = result.lines
    assert line.key == 1
    # p + 3% of p <= 60: p = 58.25, fee 1.7475 -> 1.75; 58.25 + 1.75 = 60.00.
    assert (line.principal, line.late_fee) == (D("58.25"), D("1.75"))
    assert result.leftover == D("0.00")


def test_the_rest_of_a_partly_paid_bill_pays_its_own_fee_later_never_twice() -> None:
    first = settle(_bills(), D("60.00"), PAID_ON)
    rest = D("100.00") - first.lines[0].principal
    later = full_settlement([OpenBill(1, rest, date(2026, 10, 24), True)], PAID_ON)
    # Together the two payments charge exactly the fee on the whole bill.
    assert first.late_fee + later.late_fee == D("3.00")


def test_overpayment_is_left_over_as_credit() -> None:
    result = settle(_bills(), D("300.00"), PAID_ON)
    assert result.total == D("233.15")
    assert result.leftover == D("66.85")


def test_a_newer_bill_gets_nothing_while_an_older_one_is_open() -> None:
    result = settle(_bills(), D("103.10"), PAID_ON)
    assert [x.key for x in result.lines] == [1, 2]
    assert result.lines[0].principal == D("100.00")
    assert result.lines[1].principal + result.lines[1].late_fee == D("0.10")
    assert result.leftover == D("0.00")


def test_partial_payment_under_the_minimum_makes_room_for_the_one_yuan_fee() -> None:
    bills = [OpenBill(1, D("50.00"), date(2026, 11, 20), True)]  # 0.3 % fee
    result = settle(bills, D("10.00"), PAID_ON)
    assert result.late_fee == D("1.00")
    assert result.principal == D("9.00")
    assert result.leftover == D("0.00")


def test_money_that_could_only_pay_the_minimum_fee_is_refused() -> None:
    bills = [OpenBill(1, D("50.00"), date(2026, 11, 20), True)]  # 0.3 % fee
    with pytest.raises(SettlementTooSmall) as refused:
        settle(bills, D("2.00"), PAID_ON)
    # The first fee-bearing principal is ¥1.67 (1.67 × 0.3 % = 0.501 fen rounds to 0.01), which
    # with the ¥1.00 minimum takes ¥2.67.
    assert refused.value.minimum == D("2.67")
    assert settle(bills, D("2.67"), PAID_ON).principal == D("1.67")
    # Below ¥1.67 no fee arises at all (it rounds to ¥0.00): the sum simply pays principal.
    small = settle(bills, D("1.66"), PAID_ON)
    assert (small.principal, small.late_fee) == (D("1.66"), D("0.00"))


def test_waiver_charges_nothing_and_reports_what_was_let_off() -> None:
    result = settle(_bills(), D("150.00"), PAID_ON, waive=True)
    assert result.late_fee == D("0.00")
    assert result.late_fee_waived == D("3.15")
    assert result.principal == D("150.00")
    small = full_settlement(
        [OpenBill(1, D("50.00"), date(2026, 11, 20), True)], PAID_ON, waive=True
    )
    assert (small.late_fee, small.late_fee_waived) == (D("0.00"), D("1.00"))


def test_a_very_old_debt_leaves_a_rounding_fen_as_credit_not_as_fee() -> None:
    # 3 ‰ × 500 days = 150 %: each fen of principal costs 1.5 fen of fee.
    bills = [OpenBill(1, D("100.00"), date(2025, 7, 11), False)]
    result = settle(bills, D("10.01"), PAID_ON)
    line = result.lines[0]
    assert line.principal + line.late_fee + result.leftover == D("10.01")
    assert line.late_fee == (line.principal * D("1.5")).quantize(
        D("0.01"), rounding="ROUND_HALF_UP"
    )
