"""Amounts of money typed by a clerk (docs/domain.md §5 limits), parsed exactly or refused.

A clerk types amounts with a Chinese input method that may be left in full-width mode, so
``１００．５０`` and ``100。50`` (the IME turns the ``.`` key into ``。``) are read as ``100.50``.
Everything else that is not plainly "digits, optionally a point and one or two decimals" is
refused with a specific code, never guessed at:

* ``¥100`` / ``100元`` - refused (``amount.currency_sign``). The field is labelled in yuan; a
  typed sign usually means the text was pasted from somewhere else, and a pasted ``$100`` or
  ``HK$100`` must not silently become yuan. One rule for every sign is easier to explain.
* ``1,000.00`` and ``100,00`` - refused (``amount.comma``). ``100,00`` is ambiguous (a decimal
  comma or a mistyped group), and accepting ``1,000.00`` while refusing ``1,000`` would be a
  rule nobody at the counter could remember. No commas at all is.
* ``1e3`` - refused (``amount.exponent``); ``0`` and ``0.00`` - below the minimum ¥0.01.

Errors are :class:`AmountError` (an :class:`~counter_app.domain.errors.InvalidInput`) with a
stable ``code``, the ``field`` and ``params`` (one of :data:`AMOUNT_CODES`); the views word them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from counter_app.domain.errors import CodedError, InvalidInput

DEFAULT_MINIMUM = Decimal("0.01")
DEFAULT_MAXIMUM = Decimal("100000.00")
MAX_DECIMALS = 2

_FULLWIDTH_OFFSET = 0xFEE0
_TO_ASCII: dict[int, int] = {cp: cp - _FULLWIDTH_OFFSET for cp in range(0xFF01, 0xFF5F)}
_TO_ASCII[0x3000] = 0x20  # ideographic space
_TO_ASCII[0x3002] = 0x2E  # 。 - what the "." key gives in Chinese punctuation mode
_TO_ASCII[0xFF61] = 0x2E  # ｡ halfwidth ideographic full stop

_CURRENCY_SIGNS = frozenset("¥￥$€£元")
_COMMAS = frozenset(",，、")
_MINUS_SIGNS = frozenset("-−–—－")
_WHITESPACE = frozenset(" \t\r\n\v\f\u00a0\u2007\u202f")

_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_EXPONENT = re.compile(r"[0-9]*\.?[0-9]+[eE][+-]?[0-9]+")


class AmountError(CodedError, InvalidInput):
    """A typed or given amount that cannot be accepted.

    Attributes:
        code: Stable machine code such as ``"amount.too_many_decimals"``.
        field: The input field the amount came from, so a view can focus it.
        params: Details for the message (``minimum``, ``maximum``, ``char``, ``decimals``).
    """

    def __init__(
        self, code: str, params: Mapping[str, object] | None = None, *, field: str = "amount"
    ) -> None:
        details = dict(params or {})
        super().__init__(code, field=field, **details)
        self.field = field
        self.params = {"field": field, **details}

    def __repr__(self) -> str:
        return f"AmountError({self.code!r}, {self.params!r})"


#: Every code :func:`parse_amount` and :func:`check_amount` raise.
AMOUNT_CODES: frozenset[str] = frozenset(
    {
        "amount.empty",
        "amount.currency_sign",
        "amount.comma",
        "amount.negative",
        "amount.exponent",
        "amount.chars",
        "amount.format",
        "amount.too_many_decimals",
        "amount.below_minimum",
        "amount.above_maximum",
        "amount.not_decimal",
    }
)


def _normalise(raw: str) -> str:
    converted = raw.translate(_TO_ASCII)
    start, end = 0, len(converted)
    while start < end and converted[start] in _WHITESPACE:
        start += 1
    while end > start and converted[end - 1] in _WHITESPACE:
        end -= 1
    return converted[start:end]


def check_amount(
    value: Decimal,
    *,
    minimum: Decimal = DEFAULT_MINIMUM,
    maximum: Decimal | None = DEFAULT_MAXIMUM,
    field: str = "amount",
) -> Decimal:
    """Check an amount already held as a Decimal against the payment rules.

    Args:
        value: The amount in yuan.
        minimum: Smallest accepted amount (``payments.minimum``); ``Decimal(0)`` allows zero.
        maximum: Largest accepted amount (``payments.maximum``); None for no upper limit.
        field: The input field, reported with the error.

    Returns:
        The amount with exactly two decimal places.

    Raises:
        AmountError: a float or non-finite value, a negative amount, more than two decimals,
            or an amount outside the limits.
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise AmountError("amount.not_decimal", field=field)
    if value < 0:
        raise AmountError("amount.negative", field=field)
    exponent = value.normalize().as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals > MAX_DECIMALS:
        raise AmountError("amount.too_many_decimals", {"decimals": decimals}, field=field)
    if value < minimum:
        raise AmountError("amount.below_minimum", {"minimum": minimum}, field=field)
    if maximum is not None and value > maximum:
        raise AmountError("amount.above_maximum", {"maximum": maximum}, field=field)
    return value.quantize(Decimal("0.01"))


def parse_amount(
    raw: str,
    *,
    minimum: Decimal = DEFAULT_MINIMUM,
    maximum: Decimal | None = DEFAULT_MAXIMUM,
    field: str = "amount",
) -> Decimal:
    """Read an amount of yuan as a clerk typed it.

    Accepted: ``100``, ``100.5``, ``100.50``, surrounding spaces, full-width digits and points
    (``１００．５０``) and ``。`` as the decimal point. Refused, each with its own code: empty
    input, currency signs, commas, a minus sign, exponents, letters and other characters,
    malformed numbers such as ``5.`` or ``.5``, more than two decimals, and amounts outside
    ``minimum``..``maximum``.

    Args:
        raw: The text as typed.
        minimum: Smallest accepted amount (``payments.minimum``); ``Decimal(0)`` allows zero,
            e.g. for an opening float.
        maximum: Largest accepted amount (``payments.maximum``); None for no upper limit.
        field: The input field, reported with the error.

    Returns:
        The amount with exactly two decimal places.

    Raises:
        AmountError: with an ``amount.*`` code describing the first problem found.
    """
    text = _normalise(raw)
    if not text:
        raise AmountError("amount.empty", field=field)
    for ch in text:
        if ch in _CURRENCY_SIGNS:
            raise AmountError("amount.currency_sign", {"char": ch}, field=field)
    for ch in text:
        if ch in _COMMAS:
            raise AmountError("amount.comma", {"char": ch}, field=field)
    if text[0] in _MINUS_SIGNS:
        raise AmountError("amount.negative", field=field)
    if _EXPONENT.fullmatch(text):
        raise AmountError("amount.exponent", field=field)
    for ch in text:
        if not (ch.isascii() and (ch.isdigit() or ch == ".")):
            raise AmountError("amount.chars", {"char": ch}, field=field)
    if not _PLAIN.fullmatch(text):
        raise AmountError("amount.format", field=field)
    _, _, fraction = text.partition(".")
    if len(fraction) > MAX_DECIMALS:
        raise AmountError("amount.too_many_decimals", {"decimals": len(fraction)}, field=field)
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only numbers
        raise AmountError("amount.format", field=field) from None
    return check_amount(value, minimum=minimum, maximum=maximum, field=field)
