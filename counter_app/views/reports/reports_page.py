"""The Reports work area (报表, Ctrl+6): the dashboard, day close and the exports.

A hall manager sees all three; an auditor, who may export but neither runs a hall nor closes
its day, sees the exports only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from counter_app.domain.permissions import Permission
from counter_app.views.printing import DocumentPrinter
from counter_app.views.reports.dashboard import REFRESH_MS, DashboardView
from counter_app.views.reports.day_close import DayCloseView
from counter_app.views.reports.exports import ExportsView
from counter_app.views.timefmt import qdate

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.reports import ReportService
    from counter_app.services.shifts import DayCloseService


class ReportsPage(QWidget):
    """Tabs for what the signed-in user may do with the hall's figures.

    Signals:
        day_closed: a business day was closed (the status bar follows).
    """

    day_closed = Signal()

    def __init__(
        self,
        reports: ReportService,
        day_close: DayCloseService,
        printer: DocumentPrinter,
        clock: Clock,
        *,
        folder: Path | None = None,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        actor = reports.actor
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.dashboard: DashboardView | None = None
        self.day_close: DayCloseView | None = None
        if actor.can(Permission.DASHBOARD):
            self.dashboard = DashboardView(reports, refresh_ms=refresh_ms)
            self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        if actor.can(Permission.DAY_CLOSE):
            self.day_close = DayCloseView(day_close, reports, printer, clock)
            self.tabs.addTab(self.day_close, self.tr("Day close"))
            self.day_close.day_closed.connect(lambda _result: self._closed())
            self.day_close.export_requested.connect(self.export_day)
        self.exports = ExportsView(reports, clock, folder=folder)
        self.tabs.addTab(self.exports, self.tr("Exports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _closed(self) -> None:
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.refresh()
        self.day_closed.emit()

    def export_day(self, day: date) -> None:
        """The daily report of ``day`` as a workbook and PDF, asking where to save it."""
        self.tabs.setCurrentWidget(self.exports)
        self.exports.daily_date.setDate(qdate(day))
        self.exports.ask_daily()

    def refresh(self) -> None:
        """The figures again: the dashboard and the list of business days."""
        if self.dashboard is not None:
            self.dashboard.refresh()
        if self.day_close is not None:
            self.day_close.refresh()
