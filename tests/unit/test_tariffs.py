from decimal import Decimal as D

import pytest

from counter_app.domain.tariffs import VOLUME_STEP, Tier, split_usage, total, volume_for_amount

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


@pytest.mark.parametrize(
    ("used_before", "amount"),
    [(D(0), D("100.00")), (D(250), D("200.00")), (D("299.5"), D("10.00")), (D(0), D("2113.00"))],
)
def test_an_amount_buys_the_most_volume_its_price_covers(used_before: D, amount: D) -> None:
    volume = volume_for_amount(GAS, used_before, amount)
    assert volume == volume.quantize(VOLUME_STEP)
    assert total(split_usage(GAS, used_before, volume)) <= amount
    assert total(split_usage(GAS, used_before, volume + VOLUME_STEP)) > amount


def test_a_purchase_across_a_tier_boundary_pays_both_prices() -> None:
    volume = volume_for_amount(GAS, D(250), D("200.00"))
    assert volume == D("72.206")
    lines = split_usage(GAS, D(250), volume)
    assert [(ln.tier, ln.volume) for ln in lines] == [(1, D(50)), (2, D("22.206"))]
    assert total(lines) == D("200.00")


def test_prepaid_tariffs_need_prices_above_zero() -> None:
    with pytest.raises(ValueError, match="above zero"):
        volume_for_amount([Tier(1, None, D(0))], D(0), D(1))
