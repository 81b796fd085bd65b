"""Tiered pricing (阶梯价格, docs/domain.md §4).

Usage is split across tiers by cumulative annual usage.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from counter_app.domain.money import money, to_fen

#: Volumes (m³, kWh, t) and meter readings are kept to a thousandth: Numeric(14, 3).
VOLUME_STEP = Decimal("0.001")
#: The largest meter reading the database column holds.
MAX_READING = Decimal("99999999999.999")
_MILLI = 1000  # volume steps per unit


@dataclass(frozen=True)
class Tier:
    number: int
    upper: Decimal | None  # cumulative annual volume where the tier ends; None = no end
    unit_price: Decimal


@dataclass(frozen=True)
class TierLine:
    tier: int
    volume: Decimal
    unit_price: Decimal
    amount: Decimal


def split_usage(tiers: list[Tier], used_before: Decimal, usage: Decimal) -> list[TierLine]:
    """Split ``usage`` across tiers given what the account already used this year.

    Each line's amount is rounded to the fen on its own, as printed; the bill total is the sum
    of the printed lines so the receipt always adds up.
    """
    if usage < 0 or used_before < 0:
        raise ValueError("usage must not be negative")
    lines: list[TierLine] = []
    position = used_before
    remaining = usage
    lower = Decimal(0)
    for tier in sorted(tiers, key=lambda t: t.number):
        upper = tier.upper
        if upper is not None and position >= upper:
            lower = upper
            continue
        room = remaining if upper is None else min(remaining, upper - max(position, lower))
        if room > 0:
            lines.append(
                TierLine(tier.number, room, tier.unit_price, money(room * tier.unit_price))
            )
            remaining -= room
            position += room
        if upper is not None:
            lower = upper
        if remaining <= 0:
            break
    if remaining > 0:
        raise ValueError("the last tier must have no upper bound")
    return lines


def total(lines: list[TierLine]) -> Decimal:
    return money(sum((line.amount for line in lines), Decimal(0)))


def _cost_milli(tiers: list[Tier], used: Decimal, milli: int) -> int:
    if milli <= 0:
        return 0
    return to_fen(total(split_usage(tiers, used, Decimal(milli) / _MILLI)))


def volume_for_amount(tiers: list[Tier], used_before: Decimal, amount: Decimal) -> Decimal:
    """The most volume (to 0.001) whose tiered price is not above ``amount``.

    The price of a volume never falls when the volume grows, so a binary search finds it.
    """
    prices = [t.unit_price for t in tiers]
    if not prices or min(prices) <= 0:
        raise ValueError("prepaid tariffs need prices above zero")
    budget = to_fen(amount)
    hi = int(amount / min(prices) * _MILLI) + _MILLI
    lo = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _cost_milli(tiers, used_before, mid) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return (Decimal(lo) / _MILLI).quantize(VOLUME_STEP)
