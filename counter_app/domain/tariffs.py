"""Tiered pricing (阶梯价格, docs/domain.md §4).

Usage is split across tiers by cumulative annual usage. A reading period that a price change
cuts into parts shares its usage out by days (:func:`split_period`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from counter_app.domain.errors import CodedError, InvalidInput
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


# ----------------------------------------------------------------------------- a price change


def usage_by_days(usage: Decimal, days: Sequence[int]) -> list[Decimal]:
    """Share ``usage`` out over parts of a reading period in proportion to their days.

    Each share but the last is rounded half up to the volume step (0.001); the last takes
    what is left, so the shares add up to the usage exactly (docs/domain.md §4).
    """
    whole = sum(days)
    if whole <= 0 or any(d < 0 for d in days):
        raise ValueError("a reading period has at least one day")
    shares: list[Decimal] = []
    for part in days[:-1]:
        shares.append((usage * part / whole).quantize(VOLUME_STEP, rounding=ROUND_HALF_UP))
    shares.append(usage - sum(shares, Decimal(0)))
    return shares


def split_period(
    parts: Sequence[tuple[list[Tier], int]], used_before: Decimal, usage: Decimal
) -> list[TierLine]:
    """Price the usage of a reading period that a price change cuts into parts.

    ``parts`` are the tariffs in force over the period, oldest first, each with its number
    of days in the period. The usage is shared out by days (:func:`usage_by_days`); each share
    is split across its own tariff's tiers, counting on from the annual usage before it, so a
    tier boundary means the same however the period is cut. One part is :func:`split_usage`.
    """
    shares = usage_by_days(usage, [days for _, days in parts])
    lines: list[TierLine] = []
    position = used_before
    for (tiers, _), share in zip(parts, shares, strict=True):
        lines.extend(split_usage(tiers, position, share))
        position += share
    return lines


class TariffInputError(CodedError, InvalidInput):
    """Tier rows that do not make a tariff. Codes (params ``tier``, the 1-based row, unless
    said): ``tariff.no_tiers`` (none), ``tariff.too_many_tiers`` (``max``),
    ``tariff.first_tier_lower``, ``tariff.tier_overlap`` and ``tariff.tier_gap`` (``lower``,
    ``expected``: where the row starts and where the row before it ends), ``tariff.tier_bounds``
    (its end not above its start), ``tariff.inner_tier_open`` (an open end before the last row),
    ``tariff.last_tier_open`` (none; the last row has an end), ``tariff.negative_price``,
    ``tariff.price_format`` (more than four decimals), ``tariff.number_format`` (a cell that is
    no number)."""


PRICE_STEP = Decimal("0.0001")
MAX_TIERS = 10


def tiers_from_rows(rows: Sequence[tuple[Decimal, Decimal | None, Decimal]]) -> list[Tier]:
    """Tiers from rows of (from, up to, unit price) as an administrator types them.

    The first row starts at 0; each row starts where the one before it ends (no overlap, no
    gap); only the last row is open-ended; prices are zero or more, to four decimals.

    Raises:
        TariffInputError: the first thing wrong, by its row.
    """
    if not rows:
        raise TariffInputError("tariff.no_tiers", field="tiers")
    if len(rows) > MAX_TIERS:
        raise TariffInputError("tariff.too_many_tiers", field="tiers", max=MAX_TIERS)
    tiers: list[Tier] = []
    expected = Decimal(0)
    for number, (lower, upper, price) in enumerate(rows, start=1):
        where = {"field": "tiers", "tier": number}
        if number == 1 and lower != 0:
            raise TariffInputError("tariff.first_tier_lower", **where)
        if lower < expected:
            raise TariffInputError("tariff.tier_overlap", lower=lower, expected=expected, **where)
        if lower > expected:
            raise TariffInputError("tariff.tier_gap", lower=lower, expected=expected, **where)
        if upper is None and number < len(rows):
            raise TariffInputError("tariff.inner_tier_open", **where)
        if upper is not None and (upper <= lower or upper != upper.quantize(VOLUME_STEP)):
            raise TariffInputError("tariff.tier_bounds", **where)
        if price < 0:
            raise TariffInputError("tariff.negative_price", **where)
        if price != price.quantize(PRICE_STEP):
            raise TariffInputError("tariff.price_format", **where)
        tiers.append(Tier(number, upper, price))
        if upper is not None:
            expected = upper
    if tiers[-1].upper is not None:
        raise TariffInputError("tariff.last_tier_open", field="tiers", tier=len(rows))
    return tiers


def parse_tier_rows(
    texts: Sequence[tuple[str, str, str]],
) -> list[tuple[Decimal, Decimal | None, Decimal]]:
    """Rows of (from, up to, unit price) as typed; an empty "up to" is no upper limit.

    Full-width digits and spaces a Chinese input method leaves in are accepted.

    Raises:
        TariffInputError: ``tariff.number_format`` (``tier``) for a cell that is no number.
    """
    rows: list[tuple[Decimal, Decimal | None, Decimal]] = []
    for number, cells in enumerate(texts, start=1):
        values: list[Decimal | None] = []
        for position, cell in enumerate(cells):
            text = unicodedata.normalize("NFKC", cell).strip().replace(",", "")
            if not text and position == 1:
                values.append(None)
                continue
            try:
                value = Decimal(text)
            except InvalidOperation:
                raise TariffInputError("tariff.number_format", field="tiers", tier=number) from None
            if not value.is_finite():
                raise TariffInputError("tariff.number_format", field="tiers", tier=number)
            values.append(value)
        lower, upper, price = values
        assert lower is not None
        assert price is not None
        rows.append((lower, upper, price))
    return rows
