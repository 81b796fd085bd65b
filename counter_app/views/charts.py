"""Small charts painted with QPainter: a bar chart of named values and an hourly chart.

QtCharts comes only with the PySide6 add-ons (hundreds of megabytes); a dashboard needs a few
bars, which Qt's own painting draws in a few lines. The charts take plain values (label and
amount); how a value reads (¥1,234.50, 12) is the caller's ``value_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1f6feb")
AXIS = QColor("#8c959f")
TEXT = QColor("#24292f")
MUTED = QColor("#5f6b76")

ValueText = Callable[[Decimal], str]


def _plain(value: Decimal) -> str:
    return f"{value:,}"


class _Chart(QWidget):
    """What both charts share: the bars, their labels, the empty text and the painting.

    A label that does not fit below its bar is shortened with "…" (named values), or only
    every n-th label is drawn (hours, which the reader counts on from the last one).
    """

    _elide_labels = True

    def __init__(
        self,
        *,
        value_text: ValueText = _plain,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, Decimal]] = []
        self._value_text = value_text
        self._empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def bars(self) -> list[tuple[str, Decimal]]:
        """What is drawn: (label, value) per bar, in order."""
        return list(self._bars)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def _set_bars(self, bars: Sequence[tuple[str, Decimal]]) -> None:
        self._bars = [(label, Decimal(value)) for label, value in bars]
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def _label_every(self, metrics: QFontMetrics, slot: float) -> int:
        """Every how many bars a label fits below without touching the next."""
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        step = 1
        while step < len(self._bars) and widest + 6 > slot * step:
            step += 1
        return step

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if not self._bars or all(value <= 0 for _, value in self._bars):
            painter.setPen(MUTED)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
            return
        plot = area.adjusted(0, line + 2, 0, -(line + 4))  # room for values above, labels below
        top = max(value for _, value in self._bars)
        slot = plot.width() / len(self._bars)
        every = self._label_every(metrics, slot)
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for index, (label, value) in enumerate(self._bars):
            x = plot.left() + index * slot
            height = float(value / top) * plot.height() if value > 0 else 0.0
            bar = QRectF(x + slot * 0.15, plot.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, BAR)
            if self._elide_labels:
                painter.setPen(TEXT)
                shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 4)
                below = QRectF(x, plot.bottom() + 2, slot, line)
                painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter), shown)
            elif index % every == 0:
                painter.setPen(TEXT)
                below = QRectF(x - slot * (every - 1) / 2, plot.bottom() + 2, slot * every, line)
                painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter), label)
            text = self._value_text(value) if value > 0 else ""
            if text and metrics.horizontalAdvance(text) <= slot:
                painter.setPen(MUTED)
                above = QRectF(x, bar.top() - line - 1, slot, line)
                painter.drawText(above, int(Qt.AlignmentFlag.AlignHCenter), text)


class BarChart(_Chart):
    """One bar per named value, e.g. today's takings by tender."""

    def set_values(self, values: Sequence[tuple[str, Decimal]]) -> None:
        self._set_bars(values)


class HourlyChart(_Chart):
    """One bar per hour of the day from ``first_hour`` to ``last_hour`` (both included); an
    hour without a value is an empty bar. Hours outside the range widen it, so nothing taken
    early or late is left out."""

    _elide_labels = False

    def __init__(
        self,
        *,
        first_hour: int = 8,
        last_hour: int = 18,
        value_text: ValueText = _plain,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(value_text=value_text, empty_text=empty_text, parent=parent)
        self._first = first_hour
        self._last = last_hour

    def set_hours(self, by_hour: dict[int, Decimal]) -> None:
        hours = [h for h, v in by_hour.items() if v]
        first = min([self._first, *hours])
        last = max([self._last, *hours])
        self._set_bars(
            [(f"{hour:02d}", by_hour.get(hour, Decimal(0))) for hour in range(first, last + 1)]
        )
