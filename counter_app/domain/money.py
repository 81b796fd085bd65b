"""Exact money: Decimal yuan in code, integer fen in storage, ROUND_HALF_UP to the fen.

Every conversion between representations goes through this module so rounding happens in
exactly one place.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


class MoneyError(ValueError):
    """A value that cannot be treated as an amount of money."""


def money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as yuan rounded half-up to the fen.

    Floats are refused outright: a float has already lost the exact amount.
    """
    if isinstance(value, float):
        raise MoneyError("float is not accepted as money")
    if isinstance(value, bool):
        raise MoneyError("bool is not money")
    try:
        d = value if isinstance(value, Decimal) else Decimal(value)
    except InvalidOperation as exc:
        raise MoneyError(f"not a number: {value!r}") from exc
    if not d.is_finite():
        raise MoneyError(f"not a finite amount: {value!r}")
    return d.quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Yuan (Decimal) to integer fen, rounding half-up first."""
    return int(money(amount) * 100)


def from_fen(fen: int) -> Decimal:
    """Integer fen to yuan (Decimal with two places)."""
    return (Decimal(fen) / 100).quantize(FEN)


def format_yuan(amount: Decimal, *, symbol: bool = True) -> str:
    """``Decimal('1234.5')`` -> ``'¥1,234.50'``."""
    text = f"{money(amount):,.2f}"
    return f"¥{text}" if symbol else text


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _four_digits(group: int) -> str:
    """Capitals for 0 < group < 10000, with inner zeros collapsed to one 零."""
    out: list[str] = []
    digits = f"{group:04d}"
    pending_zero = False
    for i, ch in enumerate(digits):
        d = int(ch)
        unit = _SMALL_UNITS[3 - i]
        if d == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[d] + unit)
    return "".join(out)


def amount_in_capitals(amount: Decimal) -> str:
    """Chinese capital amount (大写金额) as printed on receipts.

    Examples: 0.05 -> 伍分; 10.00 -> 壹拾元整; 100010.50 -> 壹拾万零壹拾元伍角;
    1000000.00 -> 壹佰万元整; 123.45 -> 壹佰贰拾叁元肆角伍分.
    """
    value = money(amount)
    prefix = ""
    if value < 0:
        prefix = "负"
        value = -value
    fen_total = int(value * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)

    if fen_total == 0:
        return "零元整"

    parts: list[str] = []
    if yuan:
        groups: list[int] = []
        n = yuan
        while n:
            n, g = divmod(n, 10000)
            groups.append(g)
        text = ""
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(text)
                continue
            # A zero is read between groups when a group is missing or starts below 1000.
            if text and (need_zero or g < 1000):
                text += "零"
            text += _four_digits(g) + _BIG_UNITS[idx]
            need_zero = False
        parts.append(text + "元")

    if jiao == 0 and fen == 0:
        parts.append("整")
    else:
        if jiao:
            parts.append(_DIGITS[jiao] + "角")
        elif yuan:
            parts.append("零")
        if fen:
            parts.append(_DIGITS[fen] + "分")
    # Per the payment-settlement rules 整 follows 元 only; after 角 it may be left out.
    return prefix + "".join(parts)
