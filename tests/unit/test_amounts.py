"""Amounts as a clerk types them: accepted exactly, or refused with a code that says why."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counter_app.domain.amounts import (
    AMOUNT_CODES,
    AmountError,
    check_amount,
    parse_amount,
)
from counter_app.domain.errors import CounterError, InvalidInput
from counter_app.views.errors import error_message as describe_amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("100", "100.00"),
        ("100.5", "100.50"),
        ("100.50", "100.50"),
        (" 100 ", "100.00"),
        ("\t100.5\u3000", "100.50"),
        ("１００．５０", "100.50"),  # full-width digits and point
        ("１００", "100.00"),
        ("100。5", "100.50"),  # the "." key in Chinese punctuation mode
        ("0.01", "0.01"),
        ("007", "7.00"),
        ("100000", "100000.00"),
        ("100000.00", "100000.00"),
    ],
)
def test_accepted(typed: str, value: str) -> None:
    result = parse_amount(typed)
    assert result == Decimal(value)
    assert str(result) == value  # always two decimals


@pytest.mark.parametrize(
    ("typed", "code", "params"),
    [
        ("", "amount.empty", {}),
        ("   ", "amount.empty", {}),
        ("0", "amount.below_minimum", {"minimum": Decimal("0.01")}),
        ("0.00", "amount.below_minimum", {"minimum": Decimal("0.01")}),
        ("-5", "amount.negative", {}),
        ("－5", "amount.negative", {}),
        ("12.345", "amount.too_many_decimals", {"decimals": 3}),
        ("12.340", "amount.too_many_decimals", {"decimals": 3}),
        ("1e3", "amount.exponent", {}),
        ("1E3", "amount.exponent", {}),
        ("¥100", "amount.currency_sign", {"char": "¥"}),
        ("￥100", "amount.currency_sign", {"char": "￥"}),
        ("100元", "amount.currency_sign", {"char": "元"}),
        ("$100", "amount.currency_sign", {"char": "$"}),
        ("100,00", "amount.comma", {"char": ","}),
        ("1,000.00", "amount.comma", {"char": ","}),
        ("1，000", "amount.comma", {"char": ","}),  # full-width, normalised first
        ("100000.01", "amount.above_maximum", {"maximum": Decimal("100000.00")}),
        ("１０００００１", "amount.above_maximum", {"maximum": Decimal("100000.00")}),
        ("abc", "amount.chars", {"char": "a"}),
        ("12a", "amount.chars", {"char": "a"}),
        ("1 000", "amount.chars", {"char": " "}),
        ("NaN", "amount.chars", {"char": "N"}),
        ("+5", "amount.chars", {"char": "+"}),
        ("5.", "amount.format", {}),
        (".5", "amount.format", {}),
        ("1.2.3", "amount.format", {}),
    ],
)
def test_refused(typed: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed)
    error = refused.value
    assert error.code == code
    assert error.field == "amount"
    assert {k: v for k, v in error.params.items() if k != "field"} == params
    assert "amount." not in describe_amount(error)  # a specific sentence, not the generic fallback


def test_errors_are_counter_errors_that_views_can_word() -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_amount("12.345", field="cash_received")
    assert isinstance(refused.value, CounterError)
    assert refused.value.params["field"] == "cash_received"
    assert describe_amount(refused.value) == "金额最多两位小数（精确到分），现为 3 位"  # type: ignore[arg-type]


def test_every_code_has_its_own_message() -> None:
    messages = {describe_amount(AmountError(code)) for code in AMOUNT_CODES}
    assert len(messages) == len(AMOUNT_CODES)
    assert describe_amount(AmountError("amount.unknown")) == "金额有误（amount.unknown）"


def test_limits_come_from_the_settings() -> None:
    with pytest.raises(AmountError) as low:
        parse_amount("5", minimum=Decimal("10.00"))
    assert low.value.params["minimum"] == Decimal("10.00")
    assert "¥10.00" in describe_amount(low.value)
    with pytest.raises(AmountError) as high:
        parse_amount("60000", maximum=Decimal("50000.00"))
    assert "¥50,000.00" in describe_amount(high.value)
    assert parse_amount("250000", maximum=None) == Decimal("250000.00")
    assert parse_amount("0", minimum=Decimal(0)) == Decimal("0.00")  # e.g. an opening float


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (Decimal("12.345"), "amount.too_many_decimals"),
        (Decimal("-1"), "amount.negative"),
        (Decimal("NaN"), "amount.not_decimal"),
        (Decimal("Infinity"), "amount.not_decimal"),
        (Decimal("0"), "amount.below_minimum"),
        (Decimal("100000.01"), "amount.above_maximum"),
        (12.5, "amount.not_decimal"),  # a float has already lost the exact amount
    ],
)
def test_check_amount_refuses_what_parse_would(value: object, code: str) -> None:
    with pytest.raises(AmountError) as refused:
        check_amount(value)  # type: ignore[arg-type]
    assert refused.value.code == code


def test_check_amount_accepts_trailing_zeros_beyond_two_places() -> None:
    # Decimal("12.300") is exactly 12.30: the value has two decimals, only the form has three.
    assert check_amount(Decimal("12.300")) == Decimal("12.30")
    assert str(check_amount(Decimal("5"))) == "5.00"
