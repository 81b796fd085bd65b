"""Day close (日结, docs/domain.md §9) by the hall manager.

The hall's business days, newest first, with their shifts; a day closes only when every shift
of it is closed, and the refusal names the shifts still open. Once closed, the day's totals
are fixed, no voids or changes are booked on it, and the daily report prints (A4); the same
report can be saved as a workbook and a PDF from here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.services.backups_dto import BackupOutcome
from counter_app.services.shifts_dto import DayCloseResult, DayState, OpenShiftRef
from counter_app.views import msgbox
from counter_app.views.background import Loads
from counter_app.views.errors import error_message
from counter_app.views.printing import DocumentPrinter, PrintOutcome, PrintStep
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, datetime_text, hall_today
from counter_app.views.widgets import wrapping_label

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.reports import ReportService
    from counter_app.services.shifts import DayCloseService

_RED = QColor("#b00020")


def shift_ref_text(ref: OpenShiftRef) -> str:
    """One open shift as day close names it: counter, clerk, since when."""
    return QCoreApplication.translate(
        "DayClose", "Counter {n}: {name} ({no}), open since {time}"
    ).format(
        n=ref.counter_number,
        name=ref.clerk_name,
        no=ref.clerk_employee_no,
        time=datetime_text(ref.opened_at),
    )


def _day_status(day: DayState) -> str:
    if day.closed:
        return QCoreApplication.translate("DayClose", "Closed {time} by {who}").format(
            time=datetime_text(day.closed_at) if day.closed_at else "", who=day.closed_by or ""
        )
    if day.open_shifts:
        return QCoreApplication.translate("DayClose", "Open: {n} shift(s) still open").format(
            n=len(day.open_shifts)
        )
    return QCoreApplication.translate("DayClose", "Open: ready to close")


def backup_lines(outcome: BackupOutcome | None) -> list[str]:
    """What the day close says of its backup: where it is and that it was proved, or why it
    failed (the day stays closed either way)."""
    if outcome is None:
        return []
    if outcome.result is None:
        error = outcome.error
        return [
            QCoreApplication.translate(
                "DayClose", "The backup FAILED; the day is closed all the same. {reason}"
            ).format(reason="" if error is None else error_message(error))
        ]
    result = outcome.result
    lines = [
        QCoreApplication.translate(
            "DayClose",
            "Backup made and proved by a test restore: {path} ({rows} rows). Audit trail "
            "head: {head}",
        ).format(path=result.path, rows=result.rows, head=result.audit_head or "—")
    ]
    if not result.audit_intact:
        lines.append(
            QCoreApplication.translate(
                "DayClose",
                "The audit trail did not verify when it was backed up: run verify-audit.",
            )
        )
    if result.removed:
        lines.append(
            QCoreApplication.translate(
                "DayClose", "Older backups removed by the retention setting: {n}"
            ).format(n=len(result.removed))
        )
    if result.offsite_path:
        lines.append(
            QCoreApplication.translate("DayClose", "Off-site copy: {path}").format(
                path=result.offsite_path
            )
        )
    if outcome.offsite_error is not None:
        lines.append(
            QCoreApplication.translate("DayClose", "The off-site copy FAILED: {reason}").format(
                reason=error_message(outcome.offsite_error)
            )
        )
    return lines


class DayCloseView(QWidget):
    """The hall's business days and 日结.

    Args:
        day_close: lists the days and closes one.
        reports: prints the daily report once the day is closed.
        printer: prints and keeps the report's PDF copy.
        clock: today's date, to say which days are past.

    Signals:
        day_closed(object): a day was closed (the DayCloseResult).
        export_requested(object): "Save as Excel and PDF" for a date.
    """

    day_closed = Signal(object)
    export_requested = Signal(object)

    def __init__(
        self,
        day_close: DayCloseService,
        reports: ReportService,
        printer: DocumentPrinter,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._day_close = day_close
        self._print = PrintStep(printer, reports)
        self._clock = clock
        self.last_close: DayCloseResult | None = None
        self.last_print: PrintOutcome | None = None
        self._loads = Loads(self)
        self.setObjectName("dayClose")

        self.days_model: DtoTableModel[DayState] = DtoTableModel(
            [
                Column(self.tr("Business date"), lambda d: date_text(d.business_date)),
                Column(
                    self.tr("State"),
                    _day_status,
                    foreground=lambda d: _RED if d.open_shifts and not d.closed else None,
                ),
                Column(self.tr("Shifts"), lambda d: d.shifts_total),
                Column(
                    self.tr("Shifts still open"),
                    lambda d: QCoreApplication.translate("DayClose", "; ").join(
                        shift_ref_text(r) for r in d.open_shifts
                    ),
                ),
            ]
        )
        self.days_view = table_view("businessDays", self.days_model)
        selection = self.days_view.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._chosen())
        days_box = QGroupBox(self.tr("Business days of the hall"))
        days_layout = QVBoxLayout(days_box)
        days_layout.addWidget(self.days_view)

        self.chosen_label = wrapping_label()
        self.chosen_label.setObjectName("dayChosen")
        self.message = wrapping_label()
        self.message.setObjectName("dayCloseMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close the business day"))
        self.close_button.setObjectName("closeDay")
        self.close_button.clicked.connect(self.ask_close_day)
        self.export_button = QPushButton(self.tr("Save the daily report…"))
        self.export_button.setObjectName("exportClosedDay")
        self.export_button.clicked.connect(self._export)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        keys = QHBoxLayout()
        keys.addWidget(self.refresh_button)
        keys.addStretch(1)
        keys.addWidget(self.export_button)
        keys.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(days_box, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.message)
        layout.addLayout(keys)
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Read the hall's days again, keeping the chosen one."""
        chosen = self.chosen_day()
        try:
            days = self._day_close.days()
        except CounterError as exc:
            self.message.setText(error_message(exc))
            return
        self.days_model.set_rows(days)
        row = 0
        if chosen is not None:
            row = max(0, self.days_model.find_row(lambda d: d.business_date == chosen))
        if days:
            self.days_view.selectRow(row)
        self._chosen()

    def chosen_day(self) -> DayState | None:
        index = self.days_view.currentIndex()
        return self.days_model.row_at(index) if index.isValid() else None

    def choose(self, business_date: date) -> None:
        """Choose the day ``business_date`` in the list."""
        row = self.days_model.find_row(lambda d: d.business_date == business_date)
        if row >= 0:
            self.days_view.selectRow(row)
            self._chosen()

    def _chosen(self) -> None:
        day = self.chosen_day()
        # One close at a time: a second would drop the first one's report of its backup.
        closing = self._loads.busy("close")
        self.close_button.setEnabled(day is not None and not day.closed and not closing)
        self.export_button.setEnabled(day is not None)
        if day is None:
            self.chosen_label.setText(self.tr("No business day yet: no shift has been opened."))
            return
        lines = [
            self.tr("{date}: {state}").format(
                date=date_text(day.business_date), state=_day_status(day)
            )
        ]
        lines += ["  " + shift_ref_text(ref) for ref in day.open_shifts]
        if not day.closed and day.business_date == hall_today(self._clock):
            lines.append(self.tr("This is today: close it only when the hall has finished."))
        self.chosen_label.setText("\n".join(lines))

    # ------------------------------------------------------------------ closing

    def ask_close_day(self) -> None:
        day = self.chosen_day()
        if day is None or day.closed or self._loads.busy("close"):
            return
        if not msgbox.question(
            self,
            self.tr("Close the business day"),
            self.tr(
                "Close the business day {date}? Its totals are then fixed: no voids or changes "
                "are booked on it, corrections become refunds on a later day."
            ).format(date=date_text(day.business_date)),
        ):
            return
        self.close_day(day.business_date)

    def close_day(self, business_date: date) -> DayCloseResult | None:
        """Close the day and print its daily report; a refusal says why (and which shifts).

        The close and the backup after it run off the GUI thread (a large database takes
        minutes to back up and prove): the result is shown, printed and signalled
        (``day_closed``) when it arrives, and returned here when it came at once.
        """
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Closing the business day {date} and backing up the database…").format(
                date=date_text(business_date)
            )
        )
        self.close_button.setEnabled(False)
        self.last_close = None
        self._loads.run(
            "close",
            lambda: self._day_close.close_day(business_date),
            self._closed,
            self._refused,
            retry=False,  # a write: the manager decides whether to close again
        )
        return self.last_close

    def _refused(self, exc: CounterError) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(error_message(exc))
        self.refresh()

    def _closed(self, result: DayCloseResult) -> None:
        self.last_close = result
        lines = [
            self.tr("Business day {date} closed: its totals are fixed.").format(
                date=date_text(result.business_date)
            )
        ]
        lines += backup_lines(result.backup)
        failed = result.backup is not None and (
            not result.backup.ok or result.backup.offsite_error is not None
        )
        try:
            self.last_print = outcome = self._print.issue(result.report, "a4")  # type: ignore[arg-type]
        except CounterError as exc:
            lines.append(error_message(exc))
        else:
            if outcome.report_error is not None:
                lines.append(error_message(outcome.report_error))
            elif outcome.printed:
                lines.append(self.tr("The daily report has printed."))
            else:
                lines.append(
                    self.tr("The daily report did not print; its PDF is kept at {path}.").format(
                        path=outcome.pdf_path
                    )
                )
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if failed else "")
        self.message.setText("\n".join(lines))
        self.refresh()
        self.day_closed.emit(result)

    def _export(self) -> None:
        day = self.chosen_day()
        if day is not None:
            self.export_requested.emit(day.business_date)
