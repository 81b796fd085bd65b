from decimal import Decimal

import pytest

from counter_app.domain.money import (
    MoneyError,
    amount_in_capitals,
    format_yuan,
    from_fen,
    money,
    to_fen,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.005", "1.01"),  # half-up, not banker's rounding
        ("1.004", "1.00"),
        ("2.675", "2.68"),
        ("-1.005", "-1.01"),
        ("0.125", "0.13"),
        ("100", "100.00"),
    ],
)
def test_money_rounds_half_up_to_the_fen(raw: str, expected: str) -> None:
    assert money(Decimal(raw)) == Decimal(expected)
    assert str(money(raw)) == expected


def test_floats_are_refused() -> None:
    with pytest.raises(MoneyError):
        money(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["abc", "NaN", "Infinity", ""])
def test_non_numbers_are_refused(bad: str) -> None:
    with pytest.raises(MoneyError):
        money(bad)


def test_fen_round_trip_is_exact() -> None:
    for fen in (0, 1, 99, 100, 12345, 10_000_000_00, -5):
        assert to_fen(from_fen(fen)) == fen
    assert to_fen(Decimal("0.1") + Decimal("0.2")) == 30


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("0.05", "伍分"),
        ("0.50", "伍角"),
        ("1.05", "壹元零伍分"),
        ("10.00", "壹拾元整"),
        ("10.10", "壹拾元壹角"),
        ("123.45", "壹佰贰拾叁元肆角伍分"),
        ("1010.00", "壹仟零壹拾元整"),
        ("20005.30", "贰万零伍元叁角"),
        ("100010.50", "壹拾万零壹拾元伍角"),
        ("1000000.00", "壹佰万元整"),
        ("100000000.01", "壹亿元零壹分"),
        ("0.00", "零元整"),
    ],
)
def test_amount_in_capitals(amount: str, capitals: str) -> None:
    assert amount_in_capitals(Decimal(amount)) == capitals


def test_format_yuan() -> None:
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
    assert format_yuan(Decimal("0"), symbol=False) == "0.00"
