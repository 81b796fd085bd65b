"""Cash in the drawer counted by denomination (清点, docs/domain.md §9).

The screens count the opening float and the cash at close note by note and coin by coin; this
module says which denominations there are, checks a count and adds it up. No database code:
the shift screen checks a count as it is typed and words a refusal through ``error_message``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from counter_app.domain.errors import CodedError, InvalidInput


@dataclass(frozen=True)
class Denomination:
    """One note or coin value the drawer holds.

    Attributes:
        value: In yuan: ``Decimal("100")`` … ``Decimal("0.1")``.
        coin_only: True for the values that exist only as coins (the 1 jiao); the 1 yuan and
            5 jiao come as notes and coins alike and are counted together.
    """

    value: Decimal
    coin_only: bool = False


#: The drawer's denominations, largest first: 100/50/20/10/5/1 yuan, 5/1 jiao.
DENOMINATIONS: tuple[Denomination, ...] = (
    Denomination(Decimal("100.00")),
    Denomination(Decimal("50.00")),
    Denomination(Decimal("20.00")),
    Denomination(Decimal("10.00")),
    Denomination(Decimal("5.00")),
    Denomination(Decimal("1.00")),
    Denomination(Decimal("0.50")),
    Denomination(Decimal("0.10"), coin_only=True),
)
DENOMINATION_VALUES: frozenset[Decimal] = frozenset(d.value for d in DENOMINATIONS)
#: More pieces of one denomination than any drawer holds: a typing slip, not a count.
MAX_PIECES = 100_000


class CashCountError(CodedError, InvalidInput):
    """A count that cannot be right.

    Codes (``params``): ``cash.pieces_negative``, ``cash.pieces_not_integer``,
    ``cash.pieces_too_many`` (``denomination``, ``value``; ``maximum``) and
    ``cash.denomination_unknown`` (``denomination``).
    """

    code = "cash.count_invalid"


def check_pieces(value: object, denomination: Decimal) -> int:
    """The number of pieces typed for one denomination, checked.

    Args:
        value: What was typed or passed: an int, or a text of digits ("" counts as 0, for
            the coins a clerk does not count).
        denomination: The note or coin, for the message.

    Raises:
        CashCountError: negative, not a whole number, or absurdly many.
    """
    if isinstance(value, bool):
        raise CashCountError("cash.pieces_not_integer", denomination=denomination, value=value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return 0
        if text.startswith("-") and text[1:].isdigit():
            raise CashCountError("cash.pieces_negative", denomination=denomination, value=text)
        if not text.isascii() or not text.isdigit():
            raise CashCountError("cash.pieces_not_integer", denomination=denomination, value=text)
        pieces = int(text)
    elif isinstance(value, int):
        pieces = value
    elif isinstance(value, Decimal) and value == value.to_integral_value():
        pieces = int(value)
    else:
        raise CashCountError("cash.pieces_not_integer", denomination=denomination, value=value)
    if pieces < 0:
        raise CashCountError("cash.pieces_negative", denomination=denomination, value=pieces)
    if pieces > MAX_PIECES:
        raise CashCountError(
            "cash.pieces_too_many", denomination=denomination, value=pieces, maximum=MAX_PIECES
        )
    return pieces


def check_count(counts: Mapping[Decimal, object]) -> dict[Decimal, int]:
    """A whole count, checked: denomination → pieces, every denomination present (0 if not
    given), largest first.

    Raises:
        CashCountError: a denomination that does not exist or a bad number of pieces.
    """
    checked: dict[Decimal, int] = {}
    given: dict[Decimal, object] = {}
    for raw, pieces in counts.items():
        value = Decimal(raw).quantize(Decimal("0.01"))
        if value not in DENOMINATION_VALUES:
            raise CashCountError("cash.denomination_unknown", denomination=raw)
        given[value] = pieces
    for denomination in DENOMINATIONS:
        checked[denomination.value] = check_pieces(
            given.get(denomination.value, 0), denomination.value
        )
    return checked


def count_total(counts: Mapping[Decimal, int]) -> Decimal:
    """What a checked count adds up to, in yuan to the fen."""
    total = sum((value * pieces for value, pieces in counts.items()), Decimal("0.00"))
    return total.quantize(Decimal("0.01"))


CASH_CODES: frozenset[str] = frozenset(
    {
        "cash.pieces_negative",
        "cash.pieces_not_integer",
        "cash.pieces_too_many",
        "cash.denomination_unknown",
    }
)
