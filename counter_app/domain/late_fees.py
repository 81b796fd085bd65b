"""Late fees (违约金/滞纳金, docs/domain.md §4) and how a payment settles fees and bills.

The rules, as the power-supply rules put them:

* Days are counted from the day after the due date through the day of payment: a bill due
  2026-01-31 and paid 2026-03-02 is 30 days late; paid on its due date it is 0 days late.
* Residential tariffs: 1‰ of the overdue amount per day. Others: 2‰ per day for a bill due in
  the year of payment, 3‰ per day for a bill due in an earlier year (for every day it is late).
* Each bill's fee is rounded to the fen, half up.
* A late-fee **total** under ¥1.00 is charged as ¥1.00. "Total" is read as the total of one
  payment over all its bills with a fee above zero (not per bill: a customer paying three
  slightly late bills at once pays ¥1.00, not ¥3.00). The top-up is booked on the first
  (oldest) bill that carries a fee, so the allocations still add up to the payment.

Partial payments. The fee follows the principal it is charged on: a payment that settles ``p``
of a bill's overdue principal pays ``p × daily rate × days`` as that bill's fee, settled
together with (and never after) that principal. What remains unpaid keeps accruing from the
due date and pays its own fee when it is settled. Every fen of principal therefore carries its
fee exactly once - charging the fee on the whole overdue amount at each partial payment would
charge the same days twice. When a bill is paid in full (the normal case) this is exactly the
fee on the overdue amount. Bills are settled oldest first; a newer bill gets nothing while an
older one is still open.

Money is handled here in integer fen; conversions go through :mod:`counter_app.domain.money`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from counter_app.domain.money import from_fen, to_fen

RESIDENTIAL_DAILY_RATE = Decimal("0.001")
SAME_YEAR_DAILY_RATE = Decimal("0.002")
EARLIER_YEAR_DAILY_RATE = Decimal("0.003")
MINIMUM_TOTAL = Decimal("1.00")


@dataclass(frozen=True)
class LateFeeRates:
    """The daily rates and the least total a deployment charges (settings ``late_fees.*``);
    the defaults are the power-supply rules above."""

    residential: Decimal = RESIDENTIAL_DAILY_RATE
    same_year: Decimal = SAME_YEAR_DAILY_RATE
    earlier_year: Decimal = EARLIER_YEAR_DAILY_RATE
    minimum_total: Decimal = MINIMUM_TOTAL


DEFAULT_RATES = LateFeeRates()

_ONE = Decimal(1)
# More fen than any account could owe: lets the greedy settlement pay every bill in full.
_UNLIMITED = 10**18


def overdue_days(due_date: date, paid_on: date) -> int:
    """Days late: from the day after ``due_date`` through ``paid_on``; never negative."""
    return max(0, (paid_on - due_date).days)


def daily_rate(
    *, residential: bool, due_date: date, paid_on: date, rates: LateFeeRates = DEFAULT_RATES
) -> Decimal:
    """The share of the overdue amount charged per day late."""
    if residential:
        return rates.residential
    if due_date.year < paid_on.year:
        return rates.earlier_year
    return rates.same_year


def _fee_fen(principal_fen: int, factor: Decimal) -> int:
    """Fee in fen on ``principal_fen`` for ``factor`` = daily rate × days, rounded half up."""
    if principal_fen <= 0 or factor <= 0:
        return 0
    return int((Decimal(principal_fen) * factor).quantize(_ONE, rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class LateFee:
    """The fee on one overdue amount, before the ¥1.00 minimum of the payment total."""

    days: int
    daily_rate: Decimal
    amount: Decimal


def late_fee_for(
    overdue_amount: Decimal,
    *,
    residential: bool,
    due_date: date,
    paid_on: date,
    rates: LateFeeRates = DEFAULT_RATES,
) -> LateFee:
    """The late fee on ``overdue_amount`` of a bill due ``due_date``, paid ``paid_on``.

    Example: residential ¥100.00 due 2026-01-31 paid 2026-03-02 ⇒ 30 days × 1‰ ⇒ ¥3.00.

    The ¥1.00 minimum is not applied here: it applies to a payment's total
    (see :func:`minimum_topup`).
    """
    days = overdue_days(due_date, paid_on)
    rate = daily_rate(residential=residential, due_date=due_date, paid_on=paid_on, rates=rates)
    fee = _fee_fen(to_fen(overdue_amount), rate * days)
    return LateFee(days, rate, from_fen(fee))


def minimum_topup(fees: Sequence[Decimal], rates: LateFeeRates = DEFAULT_RATES) -> Decimal:
    """What must be added so that a late-fee total above zero is at least ¥1.00."""
    total = sum(fees, Decimal("0.00"))
    if Decimal(0) < total < rates.minimum_total:
        return rates.minimum_total - total
    return Decimal("0.00")


# ----------------------------------------------------------------------------- settlement


@dataclass(frozen=True)
class OpenBill:
    """An unpaid or partly paid bill as the settlement sees it."""

    key: int  # the caller's id for the bill
    outstanding: Decimal  # principal still unpaid
    due_date: date
    residential: bool


@dataclass(frozen=True)
class BillSettlement:
    """What one payment puts on one bill.

    ``late_fee`` is what is charged (the minimum top-up included, when it falls on this bill);
    ``late_fee_waived`` what a manager's waiver let off.
    """

    key: int
    principal: Decimal
    late_fee: Decimal
    late_fee_waived: Decimal
    days: int
    daily_rate: Decimal


@dataclass(frozen=True)
class Settlement:
    """How a sum of money is spread over a customer's open bills.

    Attributes:
        lines: One entry per bill that receives money, oldest first.
        principal: Total principal settled.
        late_fee: Total late fee charged, the minimum top-up included.
        late_fee_waived: Late fee a waiver let off (what would otherwise have been charged).
        minimum_topup: The part of ``late_fee`` that brings a small total up to ¥1.00.
        leftover: Money not needed by the bills; it becomes account credit.
    """

    lines: tuple[BillSettlement, ...]
    principal: Decimal
    late_fee: Decimal
    late_fee_waived: Decimal
    minimum_topup: Decimal
    leftover: Decimal

    @property
    def total(self) -> Decimal:
        """Principal plus late fee: what the bills take of the money."""
        return self.principal + self.late_fee


class SettlementTooSmall(ValueError):
    """The money would pay the ¥1.00 minimum fee but no principal at all.

    Between the largest sum that still carries no fee (the fee rounds to ¥0.00) and the
    smallest sum that pays the minimum fee plus some principal there is no sensible
    settlement; ``minimum`` is that smallest sum.
    """

    def __init__(self, minimum: Decimal) -> None:
        super().__init__(f"at least {minimum} is needed to settle anything with its late fee")
        self.minimum = minimum


@dataclass(frozen=True)
class _Line:
    key: int
    principal: int
    fee: int  # charged, before the minimum top-up
    computed_fee: int  # before any waiver
    days: int
    rate: Decimal


@dataclass(frozen=True)
class _Greedy:
    lines: tuple[_Line, ...]
    principal: int
    fee: int
    computed_fee: int


def _largest(lo: int, hi: int, ok: Callable[[int], bool]) -> int:
    """The largest ``x`` in ``lo..hi`` with ``ok(x)``, given ``ok(lo)`` and ``ok`` monotone."""
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if ok(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _greedy(
    bills: Sequence[OpenBill], budget: int, paid_on: date, waive: bool, rates: LateFeeRates
) -> _Greedy:
    """Oldest first, fee with its principal, stop at the first bill that is not paid in full."""
    lines: list[_Line] = []
    remaining = budget
    for bill in bills:
        outstanding = to_fen(bill.outstanding)
        if outstanding <= 0:
            continue
        if remaining <= 0:
            break
        days = overdue_days(bill.due_date, paid_on)
        rate = daily_rate(
            residential=bill.residential, due_date=bill.due_date, paid_on=paid_on, rates=rates
        )
        factor = rate * days

        def charged(p: int, factor: Decimal = factor) -> int:
            return 0 if waive else _fee_fen(p, factor)

        if outstanding + charged(outstanding) <= remaining:
            principal = outstanding
        else:
            left = remaining

            def fits(p: int, left: int = left, charged: Callable[[int], int] = charged) -> bool:
                return p + charged(p) <= left

            principal = _largest(0, outstanding, fits)
        if principal <= 0:
            break
        fee = charged(principal)
        lines.append(_Line(bill.key, principal, fee, _fee_fen(principal, factor), days, rate))
        remaining -= principal + fee
        if principal < outstanding:
            break
    return _Greedy(
        tuple(lines),
        sum(line.principal for line in lines),
        sum(line.fee for line in lines),
        sum(line.computed_fee for line in lines),
    )


def _with_minimum(fee: int, rates: LateFeeRates) -> int:
    return max(fee, to_fen(rates.minimum_total)) if fee > 0 else 0


def _settlement(greedy: _Greedy, budget: int, waive: bool, rates: LateFeeRates) -> Settlement:
    charged_total = _with_minimum(greedy.fee, rates)
    topup = charged_total - greedy.fee
    waived_total = _with_minimum(greedy.computed_fee, rates) if waive else 0
    waived_topup = waived_total - greedy.computed_fee if waive else 0
    lines: list[BillSettlement] = []
    for line in greedy.lines:
        fee, waived = line.fee, line.computed_fee if waive else 0
        # The top-up is booked on the first bill that carries a fee.
        if topup and fee > 0:
            fee, topup = fee + topup, 0
        if waived_topup and waived > 0:
            waived, waived_topup = waived + waived_topup, 0
        lines.append(
            BillSettlement(
                key=line.key,
                principal=from_fen(line.principal),
                late_fee=from_fen(fee),
                late_fee_waived=from_fen(waived),
                days=line.days,
                daily_rate=line.rate,
            )
        )
    return Settlement(
        lines=tuple(lines),
        principal=from_fen(greedy.principal),
        late_fee=from_fen(charged_total),
        late_fee_waived=from_fen(waived_total),
        minimum_topup=from_fen(charged_total - greedy.fee),
        leftover=from_fen(budget - greedy.principal - charged_total),
    )


def full_settlement(
    bills: Sequence[OpenBill],
    paid_on: date,
    *,
    waive: bool = False,
    rates: LateFeeRates = DEFAULT_RATES,
) -> Settlement:
    """What settling every open bill on ``paid_on`` takes (``leftover`` is zero).

    Args:
        bills: The open bills, oldest first.
        paid_on: The day of payment (local date).
        waive: A manager waived the late fee: it is computed and reported, not charged.
    """
    greedy = _greedy(bills, _UNLIMITED, paid_on, waive, rates)
    budget = greedy.principal + _with_minimum(greedy.fee, rates)
    return _settlement(greedy, budget, waive, rates)


def settle(
    bills: Sequence[OpenBill],
    money_available: Decimal,
    paid_on: date,
    *,
    waive: bool = False,
    rates: LateFeeRates = DEFAULT_RATES,
) -> Settlement:
    """Spread ``money_available`` over the open bills, oldest first, late fee with principal.

    Whatever the bills do not take is ``leftover`` (account credit): an overpayment, or a fen
    that rounding leaves when a partial payment meets a very old debt.

    Args:
        bills: The open bills, oldest first.
        money_available: The payment plus any credit already on the account.
        paid_on: The day of payment (local date).
        waive: A manager waived the late fee: it is computed and reported, not charged.
        rates: The deployment's rates and least total (:class:`LateFeeRates`).

    Raises:
        SettlementTooSmall: the money would only pay the ¥1.00 minimum fee (see the class).
    """
    budget = to_fen(money_available)
    greedy = _greedy(bills, budget, paid_on, waive, rates)
    if waive or greedy.fee == 0 or greedy.fee >= to_fen(rates.minimum_total):
        return _settlement(greedy, budget, waive, rates)

    # The fee total is above zero but under ¥1.00, so ¥1.00 is charged: spend less on the
    # bills so that principal + ¥1.00 fits. Both the principal and the fee grow with the
    # money given to the greedy settlement, so "principal + max(¥1, fee)" does too once the
    # fee is above zero, and a binary search finds the most principal that fits.
    def fee_of(b: int) -> int:
        return _greedy(bills, b, paid_on, waive, rates).fee

    first_with_fee = budget - _largest(0, budget, lambda b: fee_of(budget - b) > 0)

    def cost(b: int) -> int:
        g = _greedy(bills, b, paid_on, waive, rates)
        return g.principal + _with_minimum(g.fee, rates)

    if cost(first_with_fee) > budget:
        raise SettlementTooSmall(from_fen(cost(first_with_fee)))
    best = _largest(first_with_fee, budget, lambda b: cost(b) <= budget)
    return _settlement(_greedy(bills, best, paid_on, waive, rates), budget, waive, rates)
