"""Meter readings (抄表): one reading typed at the counter, or a reading round from a file.

The first tab bills one reading while the customer waits and shows the bill with its tier
lines. The second imports an Excel/CSV file: the service checks every row before it writes
anything, so the clerk either sees every problem with its row number or the counts of what
was imported. The import runs off the GUI thread: a full file takes a few seconds to check
and bill, and the window stays responsive meanwhile.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import AccountStatus, BillingMode
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.domain.permissions import Permission
from counter_app.domain.tariffs import TierLine
from counter_app.files import atomic_write
from counter_app.services.readings_file import parse_reading, readings_template
from counter_app.services.readings_import_dto import IMPORT_PERMISSIONS, ImportCancelled
from counter_app.views.dialogs import KeepsTypedWork, ask_workbook_path
from counter_app.views.errors import error_message
from counter_app.views.table_models import RIGHT, Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, from_qdate, hall_today, qdate
from counter_app.views.widgets import ALERT_STYLE, DONE_STYLE, ERROR_STYLE, action_button

if TYPE_CHECKING:
    from counter_app.services.bills import BillService
    from counter_app.services.bills_dto import BillInfo, ReadingResult
    from counter_app.services.readings_file import RowError
    from counter_app.services.readings_import import ReadingImportService
    from counter_app.services.readings_import_dto import ImportResult, ReadingAccount


def _price(value: Decimal) -> str:
    """A unit price as printed: two decimals unless the tariff has more (¥2.61, ¥2.6125)."""
    cents = value.quantize(Decimal("0.01"))
    return f"¥{cents}" if value == cents else f"¥{value.normalize()}"


class _ImportWorker(QThread):
    """Runs one import or check; talks to the dialog only through its signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # ImportResult
    failed = Signal(object)  # the exception

    def __init__(
        self, importer: ReadingImportService, path: Path, dry_run: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._path = path
        self._dry_run = dry_run
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        # Raising here leaves the unit of work, which rolls the whole import back.
        if self._cancel.is_set():
            raise ImportCancelled("cancelled by the user")
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._importer.import_readings(
                self._path, dry_run=self._dry_run, progress=self._progress
            )
        except Exception as exc:  # handed to the GUI thread, which words or re-raises it
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class MeterReadingDialog(KeepsTypedWork, QDialog):
    """Enter one meter reading, or import a reading round from Excel/CSV.

    Args:
        bills: bills a reading typed at the counter.
        importer: finds the account for a typed 户号 and imports files.
    """

    import_finished = Signal()  # after each import or check, whatever its outcome

    def __init__(
        self,
        bills: BillService,
        importer: ReadingImportService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bills = bills
        self._importer = importer
        self._account: ReadingAccount | None = None
        self._worker: _ImportWorker | None = None
        self._last_dir = ""
        self._checked_path: Path | None = None
        self._running_path = Path()
        self.last_reading: ReadingResult | None = None
        self.last_import: ImportResult | None = None
        self.setObjectName("meterReadingDialog")
        self.setWindowTitle(self.tr("Meter readings"))
        self.setMinimumSize(760, 560)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("readingTabs")
        self.tabs.addTab(self._build_entry_tab(), self.tr("Enter reading"))
        self.tabs.addTab(self._build_import_tab(), self.tr("Import file"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._clear_account()
        self._set_import_idle()

    # ================================================================== enter one reading

    def _build_entry_tab(self) -> QWidget:
        page = QWidget()
        self.account_input = QLineEdit()
        self.account_input.setObjectName("readingAccount")
        self.account_input.setPlaceholderText(self.tr("Account number"))
        self.account_input.setMaxLength(40)
        self.account_input.returnPressed.connect(self.find_account)
        self.account_input.textEdited.connect(self._account_edited)
        find = action_button(self.tr("Find"), "findReadingAccount", self.find_account)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_input, 1)
        account_row.addWidget(find)
        self.account_label = QLabel()
        self.account_label.setObjectName("readingAccountInfo")
        self.account_label.setWordWrap(True)

        self.read_on = QDateEdit()
        self.read_on.setObjectName("readingDate")
        self.read_on.setCalendarPopup(True)
        self.read_on.setDisplayFormat("yyyy-MM-dd")
        # Today in the hall until an account gives its own latest date (never Qt's 2000-01-01).
        today = hall_today(self._bills.clock)
        self.read_on.setDate(qdate(today))
        self.reading = QLineEdit()
        self.reading.setObjectName("readingValue")
        self.reading.setPlaceholderText(self.tr("e.g. 1234.5"))
        self.reading.textEdited.connect(self._preview_usage)
        self.reading.returnPressed.connect(self.enter_reading)
        self.usage_label = QLabel()
        self.usage_label.setObjectName("readingUsagePreview")
        self.enter_button = QPushButton(self.tr("Enter reading and bill"))
        self.enter_button.setObjectName("enterReading")
        self.enter_button.setAutoDefault(False)
        self.enter_button.setMinimumHeight(40)
        self.enter_button.clicked.connect(self.enter_reading)
        self.entry_error = QLabel()
        self.entry_error.setObjectName("readingError")
        self.entry_error.setWordWrap(True)
        self.entry_error.setStyleSheet(ALERT_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("Account number:"), account_row)
        form.addRow("", self.account_label)
        form.addRow(self.tr("Reading date:"), self.read_on)
        form.addRow(self.tr("Reading:"), self.reading)
        form.addRow("", self.usage_label)

        self.bill_box = QGroupBox(self.tr("Bill"))
        self.bill_box.setObjectName("readingBill")
        self.bill_label = QLabel()
        self.bill_label.setObjectName("readingBillSummary")
        self.bill_label.setWordWrap(True)
        self.tier_model: DtoTableModel[TierLine] = DtoTableModel(self._tier_columns(""))
        # The tier name takes the spare width so the numbers line up like a printed bill.
        self.tier_view = table_view("readingTierLines", self.tier_model, stretch=(0,))
        self.amount_label = QLabel()
        self.amount_label.setObjectName("readingBillAmount")
        font = QFont(self.amount_label.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.amount_label.setFont(font)
        box = QVBoxLayout(self.bill_box)
        box.addWidget(self.bill_label)
        box.addWidget(self.tier_view, 1)
        box.addWidget(self.amount_label)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.enter_button)
        layout.addWidget(self.entry_error)
        layout.addWidget(self.bill_box, 1)
        if not self._bills.actor.can(Permission.CUSTOMER_WRITE):
            self.enter_button.setEnabled(False)
            self.entry_error.setText(self.tr("Your role cannot enter meter readings."))
        return page

    def _tier_columns(self, unit: str) -> list[Column[TierLine]]:
        return [
            Column(self.tr("Tier"), lambda ln: self.tr("Tier {n}").format(n=ln.tier)),
            Column(
                self.tr("Volume ({unit})").format(unit=unit) if unit else self.tr("Volume"),
                lambda ln: ln.volume,
                RIGHT,
            ),
            Column(self.tr("Unit price"), lambda ln: _price(ln.unit_price), RIGHT),
            Column.money(self.tr("Amount"), lambda ln: ln.amount),
        ]

    @property
    def current_account(self) -> ReadingAccount | None:
        """The account the next reading is for, with its last reading; None until found."""
        return self._account

    def set_account(self, account_id: int, account_number: str) -> None:
        """Open on an account chosen elsewhere (the customer's 360 view, the payment page)."""
        self.tabs.setCurrentIndex(0)
        self.account_input.setText(account_number)
        self.find_account()
        if self._account is not None and self._account.account_id != account_id:
            self._clear_account()
            self.entry_error.setText(
                self.tr("Account number {number} does not belong to this account.").format(
                    number=account_number
                )
            )

    def _account_edited(self) -> None:
        if self._account is not None:
            self._clear_account(keep_input=True)

    def _clear_account(self, *, keep_input: bool = False) -> None:
        self._account = None
        if not keep_input:
            self.account_input.clear()
        self.account_label.clear()
        self.usage_label.clear()
        self.read_on.setEnabled(False)
        self.reading.setEnabled(False)
        self.enter_button.setEnabled(False)

    def find_account(self) -> None:
        number = self.account_input.text().strip()
        self.entry_error.clear()
        if not number:
            return
        try:
            account = self._importer.account_for_reading(number)
        except CounterError as exc:
            self._clear_account(keep_input=True)
            self.entry_error.setText(error_message(exc, account_number=number))
            return
        self._show_account(account)

    def _show_account(self, account: ReadingAccount) -> None:
        self._account = account
        self.account_input.setText(account.account_number)
        lines = [
            self.tr("{number}  {name}  {address}").format(
                number=account.account_number,
                name=account.customer_name,
                address=account.supply_address,
            )
        ]
        if account.last_reading is not None and account.last_read_on is not None:
            lines.append(
                self.tr("Previous reading {reading} {unit} on {date}.").format(
                    reading=account.last_reading,
                    unit=account.unit,
                    date=date_text(account.last_read_on),
                )
            )
        else:
            lines.append(
                self.tr("No reading yet: this one is the meter's starting point and makes no bill.")
            )
        usable = True
        if account.status is AccountStatus.CLOSED:
            lines.append(self.tr("The account is closed: it takes no new readings."))
            usable = False
        elif account.billing_mode is BillingMode.PREPAID:
            lines.append(self.tr("Prepaid account: readings are not billed."))
            usable = False
        self.account_label.setText("\n".join(lines))
        self.account_label.setStyleSheet("" if usable else ERROR_STYLE)
        as_of = qdate(account.as_of)
        self.read_on.setMaximumDate(as_of)
        self.read_on.setDate(as_of)
        can_write = self._bills.actor.can(Permission.CUSTOMER_WRITE)
        for widget in (self.read_on, self.reading, self.enter_button):
            widget.setEnabled(usable and can_write)
        self.reading.clear()
        self.usage_label.clear()
        if usable:
            self.reading.setFocus()

    def _preview_usage(self) -> None:
        """Show the usage while the reading is typed: a slip of a digit shows at once."""
        account = self._account
        self.usage_label.setStyleSheet("")
        if account is None or account.last_reading is None or not self.reading.text().strip():
            self.usage_label.clear()
            return
        try:
            value = parse_reading(self.reading.text())
        except CounterError:
            self.usage_label.clear()
            return
        if value < account.last_reading:
            self.usage_label.setStyleSheet(ERROR_STYLE)
            self.usage_label.setText(
                self.tr("Below the previous reading {previous}.").format(
                    previous=account.last_reading
                )
            )
            return
        self.usage_label.setText(
            self.tr("Usage since {date}: {usage} {unit}").format(
                date=date_text(account.last_read_on) if account.last_read_on else "",
                usage=value - account.last_reading,
                unit=account.unit,
            )
        )

    def enter_reading(self) -> None:
        account = self._account
        if account is None or not self.enter_button.isEnabled():
            return
        self.entry_error.clear()
        chosen = self.read_on.date()
        read_on = from_qdate(chosen)
        try:
            value = parse_reading(self.reading.text())
            result = self._bills.enter_reading(account.account_id, read_on, value)
        except CounterError as exc:
            self.entry_error.setText(
                error_message(
                    exc,
                    account_number=account.account_number,
                    read_on=read_on,
                    reading=self.reading.text().strip(),
                    previous_read_on=account.last_read_on,
                )
            )
            return
        self.last_reading = result
        self._show_bill(account, result)
        # Looked up again: the reading just stored is now the previous one.
        self.find_account()
        self.mark_untouched()  # stored: closing now loses nothing

    def _show_bill(self, account: ReadingAccount, result: ReadingResult) -> None:
        bill = result.bill
        if bill is None:
            self.bill_label.setText(
                self.tr(
                    "Starting reading {reading} of {number} stored on {date}. "
                    "The next reading will be billed from it."
                ).format(
                    reading=result.reading,
                    number=account.account_number,
                    date=date_text(result.read_on),
                )
            )
            self.tier_model.set_rows(())
            self.amount_label.clear()
            return
        self._show_bill_info(account, bill)

    def _show_bill_info(self, account: ReadingAccount, bill: BillInfo) -> None:
        self.bill_label.setText(
            "\n".join(
                (
                    self.tr("Bill {number} for {period}, account {account}").format(
                        number=bill.number, period=bill.period, account=account.account_number
                    ),
                    self.tr(
                        "Previous {previous} ({previous_on}) → current {current} ({current_on})"
                    ).format(
                        previous=bill.previous_reading,
                        previous_on=date_text(bill.previous_read_on),
                        current=bill.current_reading,
                        current_on=date_text(bill.current_read_on),
                    ),
                    self.tr("Usage {usage} {unit}; used earlier this year {before} {unit}").format(
                        usage=bill.usage, unit=bill.unit, before=bill.used_before_this_year
                    ),
                )
            )
        )
        self.tier_model.set_columns(self._tier_columns(bill.unit))
        self.tier_model.set_rows(bill.lines)
        self.amount_label.setText(
            self.tr("Amount {amount}, due {due}").format(
                amount=format_yuan(bill.amount), due=date_text(bill.due_date)
            )
        )

    # ================================================================== import a file

    def _build_import_tab(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "An .xlsx file (first sheet) or a .csv file (UTF-8 or GBK). The header row names "
                "the columns 户号 (account_number), 抄表日期 (read_on) and 本次读数 (reading); "
                "other columns are ignored. Every row is checked first: if any row has a "
                "problem, nothing is imported."
            )
        )
        hint.setWordWrap(True)
        self.choose_button = action_button(
            self.tr("Choose file…"), "chooseReadingsFile", self.choose_file
        )
        self.check_only = QCheckBox(self.tr("Check only, do not import"))
        self.check_only.setObjectName("readingsCheckOnly")
        self.import_checked_button = action_button(
            self.tr("Import this file"), "importCheckedFile", self._import_checked
        )
        self.template_button = action_button(
            self.tr("Save a blank template…"), "saveReadingsTemplate", self.save_template
        )
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.check_only)
        row.addStretch(1)
        row.addWidget(self.template_button)
        row.addWidget(self.import_checked_button)

        self.file_label = QLabel()
        self.file_label.setObjectName("readingsFile")
        self.file_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("readingsProgress")
        self.cancel_button = action_button(
            self.tr("Cancel import"), "cancelReadingsImport", self.cancel_import
        )
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.summary = QLabel()
        self.summary.setObjectName("readingsSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        self.errors_model: DtoTableModel[RowError] = DtoTableModel(
            [
                Column(self.tr("Row"), lambda e: e.row, RIGHT),
                Column(self.tr("Column"), self._column_text),
                Column(
                    self.tr("Problem"),
                    error_message,
                    tooltip=error_message,
                ),
            ]
        )
        self.errors_view = table_view("readingsErrors", self.errors_model, stretch=(2,))

        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.file_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_view, 1)
        if not all(self._importer.actor.can(p) for p in IMPORT_PERMISSIONS):
            for widget in (self.choose_button, self.check_only):
                widget.setEnabled(False)
            self.summary.setText(self.tr("Only a hall manager can import meter readings."))
        return page

    def _set_import_idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.import_checked_button.setVisible(self._checked_path is not None)
        allowed = all(self._importer.actor.can(p) for p in IMPORT_PERMISSIONS)
        self.choose_button.setEnabled(allowed)
        self.check_only.setEnabled(allowed)
        self.buttons.setEnabled(True)

    @property
    def import_running(self) -> bool:
        return self._worker is not None

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a meter readings file"),
            self._last_dir,
            self.tr("Meter readings (*.xlsx *.csv)"),
        )
        if path:
            self._last_dir = str(Path(path).parent)
            self.import_file(path)

    def save_template(self) -> None:
        """Save the blank sheet meter readers fill in: the columns this import reads."""
        target = ask_workbook_path(
            self,
            self.tr("Save a blank meter readings template"),
            Path(self._last_dir or Path.home()) / self.tr("meter-readings.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return
        try:
            atomic_write(target, readings_template())
        except OSError as exc:
            self.summary.setText(
                self.tr("The template could not be saved: {error}").format(error=exc.strerror)
            )
            self.summary.setStyleSheet(ERROR_STYLE)
            return
        self._last_dir = str(target.parent)
        self.summary.setText(self.tr("Template saved to {path}.").format(path=target))
        self.summary.setStyleSheet(DONE_STYLE)

    def import_file(self, path: str | Path) -> None:
        """Check or import ``path`` (as "Check only" says) in the background;
        :attr:`import_finished` is emitted when it is done."""
        self._start(Path(path), dry_run=self.check_only.isChecked())

    def _import_checked(self) -> None:
        if self._checked_path is not None:
            self._start(self._checked_path, dry_run=False)

    def _start(self, path: Path, *, dry_run: bool) -> None:
        if self._worker is not None:
            return
        self._checked_path = None
        self.last_import = None
        self.errors_model.set_rows(())
        self.summary.setStyleSheet("")
        self.file_label.setText(
            (self.tr("Checking {file}…") if dry_run else self.tr("Importing {file}…")).format(
                file=path.name
            )
        )
        self.summary.clear()
        self.progress.setRange(0, 0)  # busy until the writes start counting
        self.progress.setVisible(True)
        self.cancel_button.setVisible(not dry_run)
        self.cancel_button.setEnabled(True)
        self.import_checked_button.setVisible(False)
        self.choose_button.setEnabled(False)
        self.check_only.setEnabled(False)
        self.buttons.setEnabled(False)
        self.progress.setFormat(self.tr("%v of %m rows"))
        worker = _ImportWorker(self._importer, path, dry_run, self)
        # Bound methods of the dialog, so the results arrive queued on the GUI thread.
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._import_done)
        worker.failed.connect(self._import_failed)
        worker.finished.connect(worker.deleteLater)
        self._running_path = path
        self._worker = worker
        worker.start()

    def cancel_import(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish_worker(self) -> None:
        if self._worker is not None:
            self._worker.wait()
            self._worker = None
        self._set_import_idle()

    def _import_done(self, result: ImportResult) -> None:
        path = self._running_path
        self._finish_worker()
        self.last_import = result
        self.file_label.setText(
            self.tr("{file} ({rows} rows)").format(file=result.file_name, rows=result.rows)
        )
        self.errors_model.set_rows(result.errors)
        duplicates = (
            " "
            + self.tr("{n} repeated row(s) counted once.").format(n=len(result.duplicates_skipped))
            if result.duplicates_skipped
            else ""
        )
        total = format_yuan(result.total_billed)
        if result.errors:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "{n} problem(s) found. Nothing was imported: correct the rows below and "
                    "import the file again."
                ).format(n=len(result.errors))
            )
        elif result.imported:
            self.summary.setStyleSheet(DONE_STYLE)
            self.summary.setText(
                self.tr(
                    "Imported: {readings} readings, {bills} bills totalling {total}, "
                    "{baselines} starting readings (no bill)."
                ).format(
                    readings=result.bills + result.baselines,
                    bills=result.bills,
                    total=total,
                    baselines=result.baselines,
                )
                + duplicates
            )
        else:
            self._checked_path = path
            self.import_checked_button.setVisible(True)
            self.summary.setText(
                self.tr(
                    "Check passed. Importing would create {bills} bills totalling {total} and "
                    "{baselines} starting readings. Nothing has been imported yet."
                ).format(bills=result.bills, total=total, baselines=result.baselines)
                + duplicates
            )
        self.import_finished.emit()

    def _import_failed(self, exc: BaseException) -> None:
        path = self._running_path
        self._finish_worker()
        if not isinstance(exc, CounterError):
            self.file_label.clear()
            self.import_finished.emit()
            raise exc  # a bug or a broken database: the application's error dialog and log
        self.file_label.setText(path.name)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(error_message(exc))
        self.import_finished.emit()

    # ================================================================== wording

    def _column_text(self, error: RowError) -> str:
        if not error.column_letter:
            return ""
        return f"{error.column_letter} ({error.column})" if error.column else error.column_letter

    # ================================================================== closing

    def reject(self) -> None:
        # Closing while an import writes would leave the clerk not knowing whether it ran.
        if self._worker is not None:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is not None:
            event.ignore()
            return
        super().closeEvent(event)
