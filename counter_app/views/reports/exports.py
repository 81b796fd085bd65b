"""The manager's exports (docs/domain.md §10): daily and monthly report, payments journal and
receipt register, each to a file the manager chooses.

Every export runs off the GUI thread with a progress dialog that can cancel it
(:class:`~counter_app.views.reports.export_runner.ExportRunner`); a cancelled or failed export
leaves no file at the target.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.services.reports_dto import ExportResult
from counter_app.views.dialogs import ask_workbook_path
from counter_app.views.errors import error_message
from counter_app.views.reports.export_runner import (
    ExportOutcome,
    ExportRunner,
    ExportState,
    ExportWork,
)
from counter_app.views.timefmt import date_text, from_qdate, hall_today, qdate
from counter_app.views.widgets import DONE_STYLE, ERROR_STYLE, wrapping_label

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.reports import ReportService


def _date_edit(name: str, day: date, display: str = "yyyy-MM-dd") -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display)
    return edit


class ExportsView(QWidget):
    """Four exports, each with its period and its button.

    Args:
        reports: writes the workbooks and PDFs.
        clock: today in the hall, for the default periods.
        folder: where the file dialogs start.

    Signals:
        export_finished(object): an export ended (its ExportOutcome), whichever way.
    """

    export_finished = Signal(object)

    def __init__(
        self,
        reports: ReportService,
        clock: Clock,
        *,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._folder = folder or Path.home()
        self.runner = ExportRunner(self)
        self.runner.finished.connect(self._finished)
        self.setObjectName("reportExports")
        today = hall_today(clock)
        yesterday = today - timedelta(days=1)

        self.daily_date = _date_edit("dailyDate", yesterday)
        self.month = _date_edit("reportMonth", today.replace(day=1), "yyyy-MM")
        self.journal_from = _date_edit("journalFrom", today.replace(day=1))
        self.journal_to = _date_edit("journalTo", today)
        self.register_from = _date_edit("registerFrom", today.replace(day=1))
        self.register_to = _date_edit("registerTo", today)

        box = QGroupBox(self.tr("Export to Excel"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        rows = (
            (
                self.tr("Daily report (Excel and PDF):"),
                (self.daily_date,),
                self.tr("Export daily report…"),
                "exportDaily",
                self.ask_daily,
            ),
            (
                self.tr("Monthly report (Excel and PDF):"),
                (self.month,),
                self.tr("Export monthly report…"),
                "exportMonthly",
                self.ask_monthly,
            ),
            (
                self.tr("Payments journal, from … to:"),
                (self.journal_from, self.journal_to),
                self.tr("Export payments journal…"),
                "exportJournal",
                self.ask_journal,
            ),
            (
                self.tr("Receipt register, from … to:"),
                (self.register_from, self.register_to),
                self.tr("Export receipt register…"),
                "exportRegister",
                self.ask_register,
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        for row, (caption, edits, text, name, slot) in enumerate(rows):
            label = QLabel(caption)
            label.setBuddy(edits[0])
            grid.addWidget(label, row, 0)
            for column, edit in enumerate(edits, start=1):
                grid.addWidget(edit, row, column)
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            grid.addWidget(button, row, 3)
            self.buttons[name] = button
        grid.setColumnStretch(4, 1)

        self.message = wrapping_label()
        self.message.setObjectName("exportMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # ------------------------------------------------------------------ asking where

    def _ask(self, caption: str, name: str) -> Path | None:
        path = ask_workbook_path(
            self, caption, self._folder / f"{name}.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path is not None:
            self._folder = path.parent
        return path

    def ask_daily(self) -> None:
        day = from_qdate(self.daily_date.date())
        name = self.tr("daily-report-{date}").format(date=date_text(day))
        path = self._ask(self.tr("Save the daily report"), name)
        if path is not None:
            self.export_daily(day, path)

    def ask_monthly(self) -> None:
        month = from_qdate(self.month.date())
        name = self.tr("monthly-report-{month}").format(month=f"{month:%Y-%m}")
        path = self._ask(self.tr("Save the monthly report"), name)
        if path is not None:
            self.export_monthly(month.year, month.month, path)

    def ask_journal(self) -> None:
        start, end = from_qdate(self.journal_from.date()), from_qdate(self.journal_to.date())
        name = self.tr("payments-journal-{start}-{end}").format(
            start=date_text(start), end=date_text(end)
        )
        path = self._ask(self.tr("Save the payments journal"), name)
        if path is not None:
            self.export_journal(start, end, path)

    def ask_register(self) -> None:
        start, end = from_qdate(self.register_from.date()), from_qdate(self.register_to.date())
        name = self.tr("receipt-register-{start}-{end}").format(
            start=date_text(start), end=date_text(end)
        )
        path = self._ask(self.tr("Save the receipt register"), name)
        if path is not None:
            self.export_register(start, end, path)

    # ------------------------------------------------------------------ exporting

    def export_daily(self, day: date, path: Path) -> bool:
        """The daily report of ``day`` to ``path`` and a PDF beside it, in the background."""
        self.daily_date.setDate(qdate(day))
        pdf = path.with_suffix(".pdf")
        reports = self._reports
        return self._start(
            self.tr("Exporting the daily report of {date}…").format(date=date_text(day)),
            lambda progress, cancelled: reports.export_daily(
                day, path, pdf_path=pdf, progress=progress, cancelled=cancelled
            ),
            (path, pdf),
        )

    def export_monthly(self, year: int, month: int, path: Path) -> bool:
        pdf = path.with_suffix(".pdf")
        reports = self._reports
        return self._start(
            self.tr("Exporting the monthly report of {month}…").format(
                month=f"{year:04d}-{month:02d}"
            ),
            lambda progress, cancelled: reports.export_monthly(
                year, month, path, pdf_path=pdf, progress=progress, cancelled=cancelled
            ),
            (path, pdf),
        )

    def export_journal(self, start: date, end: date, path: Path) -> bool:
        """The payments journal (收费流水) of the period to ``path``, in the background."""
        label = self.tr("Exporting the payments journal {start} to {end}…")
        return self._ledger(label, self._reports.export_journal, start, end, path)

    def export_register(self, start: date, end: date, path: Path) -> bool:
        """The receipt register (收据登记簿) of the period to ``path``, in the background."""
        label = self.tr("Exporting the receipt register {start} to {end}…")
        return self._ledger(label, self._reports.export_receipt_register, start, end, path)

    def _ledger(
        self, label: str, export: Callable[..., object], start: date, end: date, path: Path
    ) -> bool:
        return self._start(
            label.format(start=date_text(start), end=date_text(end)),
            lambda progress, cancelled: export(
                start, end, path, progress=progress, cancelled=cancelled
            ),
            (path,),
        )

    def _start(self, label: str, work: ExportWork, targets: tuple[Path, ...]) -> bool:
        self.message.setStyleSheet("")
        if not self.runner.start(label, work, targets):
            self.message.setText(self.tr("An export is still running."))
            return False
        for button in self.buttons.values():
            button.setEnabled(False)
        self.message.setText(label)
        return True

    def _finished(self, outcome: ExportOutcome) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)
        if outcome.state is ExportState.DONE and isinstance(outcome.result, ExportResult):
            result = outcome.result
            files = result.path + (f"\n{result.pdf_path}" if result.pdf_path else "")
            self.message.setStyleSheet(DONE_STYLE)
            self.message.setText(
                self.tr("Exported {rows} rows in {seconds} s:\n{files}").format(
                    rows=result.rows, seconds=f"{outcome.seconds:.1f}", files=files
                )
            )
        elif outcome.state is ExportState.CANCELLED:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Export cancelled: no file was written."))
        else:
            self.message.setStyleSheet(ERROR_STYLE)
            error = outcome.error
            self.message.setText(
                error_message(error)
                if isinstance(error, CounterError)
                else self.tr("The export failed: {detail}. No file was written.").format(
                    detail=error
                )
            )
        self.export_finished.emit(outcome)
