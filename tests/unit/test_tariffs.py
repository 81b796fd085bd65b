from decimal import Decimal as D

import pytest

from counter_app.domain.tariffs import Tier, split_usage, total

GAS = [Tier(1, D(300), D("2.61")), Tier(2, D(600), D("3.13")), Tier(3, None, D("3.91"))]


def test_usage_within_one_tier() -> None:
    lines = split_usage(GAS, D(100), D(50))
    assert [(ln.tier, ln.volume, ln.amount) for ln in lines] == [(1, D(50), D("130.50"))]


def test_bill_crossing_a_boundary_is_split() -> None:
    lines = split_usage(GAS, D(250), D(100))
    assert [(ln.tier, ln.volume) for ln in lines] == [(1, D(50)), (2, D(50))]
    assert total(lines) == D("287.00")


def test_bill_crossing_two_boundaries() -> None:
    lines = split_usage(GAS, D(0), D(700))
    assert [(ln.tier, ln.volume) for ln in lines] == [(1, D(300)), (2, D(300)), (3, D(100))]
    assert total(lines) == D("2113.00")


def test_already_in_the_top_tier() -> None:
    lines = split_usage(GAS, D(650), D("10.5"))
    assert [(ln.tier, ln.amount) for ln in lines] == [(3, D("41.06"))]  # 41.055 rounds up


def test_negative_usage_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        split_usage(GAS, D(0), D(-1))
