"""The hall manager's dashboard (docs/domain.md §10): today at a glance, kept current.

Today's takings by tender and by hour, each counter with its shift (a shift still open after
its business date in red), overdue service requests and complaints, the satisfaction rate
against its 98 % target and the callback rate against 100 %. The figures are read in a worker
thread on a timer, so the screen never waits for the database; a refresh that fails leaves
the last figures up and says why.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.services.reports_dto import CounterState, Dashboard
from counter_app.views.background import WorkerThread
from counter_app.views.charts import BarChart, HourlyChart
from counter_app.views.errors import error_message
from counter_app.views.labels import tender_label
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, datetime_text, time_text
from counter_app.views.widgets import ElidedLabel

if TYPE_CHECKING:
    from counter_app.services.reports import ReportService

#: How often the dashboard reads the figures again.
REFRESH_MS = 60_000

_RED = QColor("#b00020")
_GOOD = "color: #0b6e2e;"
_BAD = "color: #b00020;"


def rate_text(rate: Decimal | None) -> str:
    """A rate 0..1 as a percentage with one decimal, "—" when there is nothing to rate."""
    if rate is None:
        return "—"
    return f"{(rate * 100).quantize(Decimal('0.1'))} %"


def _yuan_short(value: Decimal) -> str:
    """A bar's value: whole yuan, so it fits above the bar."""
    return f"¥{value.quantize(Decimal('1')):,}"


class _Tile(QFrame):
    """One figure: its caption, the value large, and a line under it."""

    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = ElidedLabel(caption)
        self.value = ElidedLabel()
        self.value.setObjectName(f"{name}Value")
        font = QFont(self.value.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.value.setFont(font)
        self.note = ElidedLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setStyleSheet("color: #5f6b76;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def show_value(self, value: str, note: str = "", style: str = "") -> None:
        self.value.setText(value)
        self.value.setStyleSheet(style)
        self.note.setText(note)


def _shift_state(row: CounterState) -> str:
    if not row.shift_open:
        return QCoreApplication.translate("Dashboard", "No shift open")
    if row.past_business_day:
        return QCoreApplication.translate("Dashboard", "Open past its business date")
    return QCoreApplication.translate("Dashboard", "Open")


class DashboardView(QWidget):
    """Today's figures of the manager's hall, read again every minute in the background.

    Signals:
        refreshed: new figures are on screen (or the refresh failed and says so).
    """

    refreshed = Signal()

    def __init__(
        self,
        reports: ReportService,
        *,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._worker: WorkerThread | None = None
        self.dashboard: Dashboard | None = None
        self.setObjectName("dashboard")

        self.title = ElidedLabel()
        self.title.setObjectName("dashboardTitle")
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.updated = ElidedLabel()
        self.updated.setObjectName("dashboardUpdated")
        self.updated.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.refresh_button = QPushButton(self.tr("Refresh now"))
        self.refresh_button.setObjectName("refreshDashboard")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title, 2)
        top.addWidget(self.updated, 1)
        top.addWidget(self.refresh_button)

        self.takings = _Tile("tileTakings", self.tr("Takings today"))
        self.satisfaction = _Tile("tileSatisfaction", self.tr("Satisfaction"))
        self.callbacks = _Tile("tileCallbacks", self.tr("Callbacks made"))
        self.overdue_requests = _Tile("tileOverdueRequests", self.tr("Overdue requests"))
        self.overdue_complaints = _Tile("tileOverdueComplaints", self.tr("Overdue complaints"))
        tiles = QGridLayout()
        for column, tile in enumerate(
            (
                self.takings,
                self.satisfaction,
                self.callbacks,
                self.overdue_requests,
                self.overdue_complaints,
            )
        ):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)

        self.by_tender = BarChart(value_text=_yuan_short, empty_text=self.tr("No takings yet"))
        self.by_tender.setObjectName("chartByTender")
        self.by_hour = HourlyChart(value_text=_yuan_short, empty_text=self.tr("No takings yet"))
        self.by_hour.setObjectName("chartByHour")
        charts = QHBoxLayout()
        for title, chart in (
            (self.tr("Takings by tender"), self.by_tender),
            (self.tr("Takings by hour"), self.by_hour),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(chart)
            charts.addWidget(box, 1)

        stale = lambda row: _RED if row.past_business_day else None  # noqa: E731
        self.counters_model: DtoTableModel[CounterState] = DtoTableModel(
            [
                Column(self.tr("Counter"), lambda r: r.counter_name or str(r.counter_number)),
                Column(
                    self.tr("Clerk"),
                    lambda r: f"{r.clerk_name} ({r.clerk_employee_no})" if r.shift_open else "",
                ),
                Column(self.tr("Shift"), _shift_state, foreground=stale),
                Column(
                    self.tr("Business date"),
                    lambda r: date_text(r.business_date) if r.business_date else "",
                    foreground=stale,
                ),
                Column(
                    self.tr("Open since"),
                    lambda r: datetime_text(r.opened_at) if r.opened_at else "",
                ),
                Column(self.tr("Transactions today"), lambda r: r.transactions_today),
                Column.money(self.tr("Takings today"), lambda r: r.takings_today),
            ]
        )
        self.counters_view = table_view("dashboardCounters", self.counters_model, stretch=[1])
        counters_box = QGroupBox(self.tr("Counters and their shifts"))
        counters_layout = QVBoxLayout(counters_box)
        counters_layout.addWidget(self.counters_view)

        self.error = ElidedLabel()
        self.error.setObjectName("dashboardError")
        self.error.setStyleSheet("color: #b00020;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        layout.addWidget(counters_box, 1)
        layout.addWidget(self.error)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------------ loading

    @property
    def loading(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """Read the figures now and then every :data:`REFRESH_MS`."""
        if not self.timer.isActive():
            self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        """Read the figures again in the background; one read at a time."""
        if self._worker is not None:
            return
        reports = self._reports
        worker = WorkerThread(lambda _progress, _cancelled: reports.dashboard(), self)
        worker.succeeded.connect(self._loaded)
        worker.failed.connect(self._failed)
        self._worker = worker
        worker.start()

    def _done(self) -> None:
        if self._worker is not None:
            self._worker.wait()
            self._worker.deleteLater()
            self._worker = None

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if not isinstance(exc, CounterError):
            raise exc  # a bug: the application's error dialog and log
        self.error.setText(error_message(exc))
        self.refreshed.emit()

    def _loaded(self, dashboard: Dashboard) -> None:
        self._done()
        self.error.clear()
        self.show_dashboard(dashboard)
        self.refreshed.emit()

    # ------------------------------------------------------------------ showing

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        closed = self.tr(" (day closed)") if d.day_closed else ""
        self.title.setText(
            self.tr("{hall}, business date {date}").format(
                hall=d.hall_name, date=date_text(d.business_date)
            )
            + closed
        )
        self.updated.setText(self.tr("Updated {time}").format(time=time_text(d.at, seconds=True)))
        self.takings.show_value(
            format_yuan(d.takings_total),
            self.tr("{n} transactions").format(n=d.transactions),
        )
        self._show_rate(self.satisfaction, d.satisfaction_rate, d.satisfaction_target)
        self._show_rate(self.callbacks, d.callback_rate, d.callback_target)
        for tile, count in (
            (self.overdue_requests, d.overdue_requests),
            (self.overdue_complaints, d.overdue_complaints),
        ):
            tile.show_value(str(count), "", _BAD if count else _GOOD)
        self.by_tender.set_values([(tender_label(t), amount) for t, amount in d.by_tender])
        self.by_hour.set_hours(dict(d.by_hour))
        self.counters_model.set_rows(d.counters)

    def _show_rate(self, tile: _Tile, rate: Decimal | None, target: Decimal) -> None:
        note = self.tr("target {target}").format(target=rate_text(target))
        if rate is None:
            tile.show_value("—", note)
            return
        tile.show_value(rate_text(rate), note, _GOOD if rate >= target else _BAD)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.stop()  # not on screen: no reads on a timer
        if self._worker is not None:
            # The window may be going away: a thread must not outlive its parent. One read
            # of the figures is short.
            self._worker.wait()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()
