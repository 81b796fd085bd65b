"""Two desk jobs of the Requests area: the customer's "how is my request?" (查询进度), answered
on screen and on one printed page, and the requests ledger (业务受理台账) to Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import Clock
from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import CounterError
from counter_app.services.requests.dto import LedgerExport, RequestSummary
from counter_app.views.dialogs import (
    KeepsTypedWork,
    ask_workbook_path,
    message_line,
    submit_buttons,
)
from counter_app.views.errors import error_message
from counter_app.views.labels import request_next_step_text, request_status_label
from counter_app.views.printing import DocumentPrinter, PrintStep
from counter_app.views.requests.common import enter_runs, print_documents
from counter_app.views.table_models import WARNING_RED, Column, DtoTableModel, table_view
from counter_app.views.timefmt import datetime_text, from_qdate, hall_today, qdate
from counter_app.views.widgets import action_button, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.requests.service import RequestService


def status_words(row: RequestSummary) -> str:
    """Where a request stands in plain words: status, deadline, what happens next."""
    translate = QCoreApplication.translate
    lines = [
        translate("StatusLookupDialog", "{type}, request {number}: {status}.").format(
            type=row.type_name, number=row.number, status=request_status_label(row.status)
        )
    ]
    if row.deadline_at is not None:
        at = datetime_text(row.deadline_at)
        if row.overdue:
            lines.append(
                translate(
                    "StatusLookupDialog", "It was due by {at} and is late; we apologise."
                ).format(at=at)
            )
        else:
            lines.append(translate("StatusLookupDialog", "It will be done by {at}.").format(at=at))
    lines.append(
        translate("StatusLookupDialog", "Next: {next}").format(
            next=request_next_step_text(row.next_step, row.status)
        )
    )
    lines.append(
        translate("StatusLookupDialog", "Your contact: {name} ({no}).").format(
            name=row.owner_name, no=row.owner_employee_no
        )
    )
    return "\n".join(lines)


class StatusLookupDialog(KeepsTypedWork, QDialog):
    """Find requests by request number or account number; say where each stands; print it.
    Esc asks before a number typed and not yet looked up is thrown away.

    Signals:
        open_requested(int request_id): the clerk wants the request's own screen.
    """

    open_requested = Signal(int)

    def __init__(
        self, requests: RequestService, printer: DocumentPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self._print = PrintStep(printer, requests)
        self.setObjectName("statusLookupDialog")
        self.setWindowTitle(self.tr("How is my request?"))
        self.setMinimumSize(760, 460)
        self.query = QLineEdit()
        self.query.setObjectName("lookupQuery")
        self.query.setMaxLength(40)
        self.query.setPlaceholderText(self.tr("Request no. or account no."))
        enter_runs(self.query, self.look_up)
        self.find_button = action_button(self.tr("Find"), "lookupFind", self.look_up)
        self.model: DtoTableModel[RequestSummary] = DtoTableModel(
            [
                Column(self.tr("Request no."), lambda r: r.number),
                Column(self.tr("Service"), lambda r: r.type_name),
                Column(self.tr("Status"), lambda r: request_status_label(r.status)),
                Column(
                    self.tr("Deadline"),
                    lambda r: r.deadline_at,
                    foreground=lambda r: WARNING_RED if r.overdue else None,
                ),
                Column(self.tr("Account no."), lambda r: r.account_number),
            ],
            parent=self,
        )
        self.table = table_view("lookupResults", self.model, stretch=(1,))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.words = wrapping_label()
        self.words.setObjectName("lookupWords")
        self.error = message_line("lookupError")
        self.print_button = action_button(
            self.tr("Print for the customer"), "lookupPrint", self.print_selected
        )
        self.open_button = action_button(self.tr("Open request"), "lookupOpen", self.open_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._selected()

    def look_up(self) -> int:
        self.error.clear()
        text = self.query.text().strip()
        if not text:
            self.error.setText(self.tr("Type or scan a request number or an account number."))
            return 0
        try:
            rows = self._requests.lookup(text)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return 0
        self.model.set_rows(rows)
        self.mark_untouched()  # looked up: closing now loses nothing
        if rows:
            self.table.selectRow(0)
        else:
            self.error.setText(self.tr("No request found for “{text}”.").format(text=text))
        self._selected()
        return len(rows)

    def selected(self) -> RequestSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selected(self, *_args: object) -> None:
        row = self.selected()
        self.words.setText(status_words(row) if row else "")
        self.print_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None)

    def print_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            slip = self._requests.status_slip(row.id)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return False
        self.error.clear()
        lines = print_documents(self._print, [(DocumentType.REQUEST_STATUS, slip)])
        self.words.setText("\n".join([status_words(row), *lines]))
        return True

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.id)
            self.accept()


class LedgerDialog(KeepsTypedWork, QDialog):
    """Export the requests ledger of a date range to a workbook the user chooses; Esc asks
    before a period typed and not yet exported is thrown away."""

    def __init__(
        self, requests: RequestService, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self.export: LedgerExport | None = None
        self.setObjectName("ledgerDialog")
        self.setWindowTitle(self.tr("Requests ledger"))
        self.setMinimumWidth(460)
        today = hall_today(clock)
        self.start = self._date_edit("ledgerStart", today.replace(day=1))
        self.end = self._date_edit("ledgerEnd", today)
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        explanation = wrapping_label(
            self.tr(
                "Every request accepted in the period, with its type, account, owner, times, "
                "on-time flag and satisfaction, and a summary by type."
            )
        )
        self.result_label = wrapping_label()
        self.result_label.setObjectName("ledgerResult")
        self.error = message_line("ledgerError")
        buttons, self.export_button = submit_buttons(
            self, self.tr("Export…"), "ledgerExport", self.choose_and_export, close=True
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(qdate(value))
        return edit

    def period(self) -> tuple[date, date]:
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def choose_and_export(self) -> bool:
        start, end = self.period()
        suggested = Path.home() / f"requests-ledger-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
        path = ask_workbook_path(
            self, self.tr("Save the requests ledger"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return False
        return self.export_to(path)

    def export_to(self, path: Path) -> bool:
        start, end = self.period()
        self.error.clear()
        try:
            self.export = self._requests.export_ledger(path, start, end)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return False
        self.mark_untouched()  # written: closing now loses nothing
        self.result_label.setText(
            self.tr("{n} requests from {start} to {end} written to {path}.").format(
                n=len(self.export.rows), start=start, end=end, path=self.export.path
            )
        )
        return True
