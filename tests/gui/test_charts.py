"""The dashboard's hand-painted charts: what they draw, and that they draw it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.views.charts import BAR, BarChart, HourlyChart


def _bar_pixels(chart: BarChart | HourlyChart) -> int:
    """How many pixels of the chart are painted in the bars' colour."""
    chart.resize(400, 200)
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    bar = QColor(BAR).rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == bar
    )


def test_a_bar_chart_paints_one_bar_per_value(qtbot: QtBot, en: QApplication) -> None:
    chart = BarChart(empty_text="No takings yet")
    qtbot.addWidget(chart)
    assert _bar_pixels(chart) == 0  # nothing yet: only the empty text
    chart.set_values([("Cash", Decimal("300.00")), ("A very long tender name", Decimal("100"))])
    assert chart.bars() == [
        ("Cash", Decimal("300.00")),
        ("A very long tender name", Decimal("100")),
    ]
    painted = _bar_pixels(chart)
    assert painted > 0
    chart.set_values([("Cash", Decimal("300.00")), ("A very long tender name", Decimal("0"))])
    assert 0 < _bar_pixels(chart) < painted  # the empty bar is gone, the other is as tall


def test_an_hourly_chart_covers_the_day_and_any_hour_outside_it(
    qtbot: QtBot, en: QApplication
) -> None:
    chart = HourlyChart(first_hour=8, last_hour=18)
    qtbot.addWidget(chart)
    chart.set_hours({9: Decimal("12.50")})
    hours = [label for label, _ in chart.bars()]
    assert hours == [f"{h:02d}" for h in range(8, 19)]
    assert dict(chart.bars())["09"] == Decimal("12.50")
    chart.set_hours({7: Decimal("1.00"), 20: Decimal("2.00"), 12: Decimal("0")})
    hours = [label for label, _ in chart.bars()]
    assert hours[0] == "07"
    assert hours[-1] == "20"
    assert _bar_pixels(chart) > 0
