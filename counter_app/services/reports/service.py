"""The hall manager's reports (docs/domain.md §10): the daily and monthly report, the
payments journal and the receipt register, exported as files; the dashboard; the daily report
printed through the print step.

Exports run where the caller runs them (a worker thread of the screen, the command line):
each call opens its own sessions, reports progress through ``progress`` and stops when
``cancelled`` says so. The file is written beside the target and renamed into place only once
complete, so a cancelled or failed export leaves the target as it was.
"""

from __future__ import annotations

import calendar
import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Hall
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import NotFound
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import IssuedDocument
from counter_app.domain.reports import HallReport, LedgerHeader, ReportPeriod
from counter_app.files import atomic_write, replacing
from counter_app.services import audit
from counter_app.services.base import requires
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.receipts import Headers
from counter_app.services.reports.dashboard import read_dashboard
from counter_app.services.reports.hall_report import build_hall_report
from counter_app.services.reports.ledgers import (
    JOURNAL,
    RECEIPT_REGISTER,
    VOIDED,
    Ledger,
    count_payments,
    status_column,
)
from counter_app.services.reports_dto import (
    MAX_LEDGER_DAYS,
    Cancelled,
    Dashboard,
    ExportCancelled,
    ExportFailed,
    ExportResult,
    Progress,
    ReportError,
)

#: Windows refuses to replace a file another program holds open (Excel keeps the workbook it
#: shows open), so there a refused rename is the file in use; elsewhere it is the folder.
REPLACE_REFUSED_WHILE_OPEN = os.name == "nt"


@contextlib.contextmanager
def export_errors(path: Path) -> Iterator[None]:
    """An ``OSError`` while writing ``path`` as the :class:`ExportFailed` that words it."""
    try:
        yield
    except OSError as exc:
        detail = exc.strerror or str(exc)
        # A refused rename names its destination: the PDF beside the workbook, say.
        shown = str(path) if exc.filename2 is None else os.fsdecode(exc.filename2)
        if exc.errno == errno.ENOSPC:
            code = "export.disk_full"
        elif isinstance(exc, PermissionError):
            code = "export.file_in_use" if REPLACE_REFUSED_WHILE_OPEN else "export.not_writable"
        elif isinstance(exc, (FileNotFoundError, NotADirectoryError, IsADirectoryError)):
            code = "export.not_writable"
        else:
            code = "export.write_failed"
        raise ExportFailed(code, str(exc), path=shown, detail=detail) from exc


class _Ticker:
    """Progress and cancellation of one export."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = total
        self._progress = progress
        self._cancelled = cancelled

    def __call__(self, done: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export cancelled")
        if self._progress is not None:
            self._progress(done, self.total)


class ReportService(DocumentService):
    """Reports and ledgers of the user's hall (a hall's manager or auditor)."""

    ISSUE_REQUIRES = (Permission.REPORT_EXPORT,)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headers = Headers()

    # ------------------------------------------------------------------------- reports

    @requires(Permission.REPORT_EXPORT)
    def daily_report(self, business_date: date, hall_code: str | None = None) -> HallReport:
        """营业日报 of one business date (a day with no data gives an empty, valid report).

        Raises:
            ReportError: ``report.future_date``, ``report.hall_unknown``,
                ``report.other_hall``, ``report.no_hall``.
        """
        self._not_future(business_date)
        return self._report(ReportPeriod.DAY, business_date, business_date, hall_code)

    @requires(Permission.REPORT_EXPORT)
    def monthly_report(self, year: int, month: int, hall_code: str | None = None) -> HallReport:
        """营业月报: the month's business dates (up to today for the current month).

        Raises:
            ReportError: ``report.month_invalid``, ``report.future_date`` and the hall codes.
        """
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            raise ReportError("report.month_invalid", year=year, month=month)
        first = date(year, month, 1)
        self._not_future(first)
        last = date(year, month, calendar.monthrange(year, month)[1])
        return self._report(ReportPeriod.MONTH, first, min(last, self._today()), hall_code)

    @requires(Permission.REPORT_EXPORT)
    def export_daily(
        self,
        business_date: date,
        path: str | os.PathLike[str],
        *,
        pdf_path: str | os.PathLike[str] | None = None,
        hall_code: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """The daily report as a workbook at ``path`` (and its A4 PDF at ``pdf_path``).

        Raises:
            ReportError: as :meth:`daily_report`.
            ExportCancelled: ``cancelled`` said so; nothing was written.
            ExportFailed: the file could not be written; nothing was left at the targets.
        """
        return self._export_report(
            lambda: self.daily_report(business_date, hall_code), path, pdf_path, progress, cancelled
        )

    @requires(Permission.REPORT_EXPORT)
    def export_monthly(
        self,
        year: int,
        month: int,
        path: str | os.PathLike[str],
        *,
        pdf_path: str | os.PathLike[str] | None = None,
        hall_code: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """The monthly report as a workbook (and PDF), as :meth:`export_daily`."""
        return self._export_report(
            lambda: self.monthly_report(year, month, hall_code), path, pdf_path, progress, cancelled
        )

    @requires(Permission.REPORT_EXPORT)
    def export_ledger(
        self,
        ledger: Ledger,
        date_from: date,
        date_to: date,
        path: str | os.PathLike[str],
        *,
        hall_code: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """Every payment of the period in ``ledger``, streamed into a workbook at ``path``.

        Raises:
            ReportError: ``report.range_invalid``, ``report.range_too_long``,
                ``report.future_date`` and the hall codes.
            ExportCancelled, ExportFailed: as :meth:`export_daily`.
        """
        from counter_app.reports.ledger import write_ledger

        if date_from > date_to:
            raise ReportError("report.range_invalid", date_from=date_from, date_to=date_to)
        if (date_to - date_from) >= timedelta(days=MAX_LEDGER_DAYS):
            raise ReportError("report.range_too_long", maximum=MAX_LEDGER_DAYS)
        self._not_future(date_from)
        last = min(date_to, self._today())
        now = self._clock.now()
        with self._db.read() as s:
            hall = self._hall(s, hall_code)
            hall_id, code, name = hall.id, hall.code, hall.name
        total = count_payments(self._db, hall_id, date_from, last)
        tick = _Ticker(total, progress, cancelled)
        tick(0)
        header = LedgerHeader(
            title=ledger.title,
            hall_code=code,
            hall_name=name,
            date_from=date_from,
            date_to=date_to,
            generated_at=now,
            generated_by=f"{self.actor.employee_no} {self.actor.name}",
            columns=ledger.columns,
            total_excludes=(status_column(ledger.columns), VOIDED),
        )
        target = Path(path)
        pages = ledger.chunks(self._db, hall_id, date_from, last)
        # Closed however the export ends, so a cancelled one leaves no read open behind it.
        with export_errors(target), replacing(target) as temporary, contextlib.closing(pages):
            rows = write_ledger(temporary, header, pages, tick)
        self._record_export(f"{ledger.title}:{code}:{date_from}:{date_to}", str(target), rows)
        return ExportResult(path=str(target), rows=rows)

    @requires(Permission.REPORT_EXPORT)
    def export_journal(self, *args: Any, **kwargs: Any) -> ExportResult:
        """收费流水: :meth:`export_ledger` of :data:`JOURNAL`, every payment of the period."""
        return self.export_ledger(JOURNAL, *args, **kwargs)

    @requires(Permission.REPORT_EXPORT)
    def export_receipt_register(self, *args: Any, **kwargs: Any) -> ExportResult:
        """收据登记簿: :meth:`export_ledger` of :data:`RECEIPT_REGISTER`, every receipt number
        of the period in order, voided ones marked."""
        return self.export_ledger(RECEIPT_REGISTER, *args, **kwargs)

    @requires(Permission.REPORT_EXPORT)
    def reprint_report(self, report: HallReport, reason: str) -> IssuedDocument:
        """A further copy of a printed report (the original went through :meth:`issue`).

        Raises:
            FieldErrors: no reason.
        """
        now = self._clock.now()
        with self._db.write() as s:
            hall = self._hall(s, report.hall_code)
            issued, _ = self._issue_copy(
                s,
                DocumentType.DAILY_REPORT,
                report.number,
                lambda _copies: report,
                at=now,
                layout="a4",
                reason=reason,
                subject=DocumentSubject(hall_id=hall.id, account_id=None),
            )
            return issued

    # ------------------------------------------------------------------------- dashboard

    @requires(Permission.DASHBOARD)
    def dashboard(self) -> Dashboard:
        """Today in the manager's hall (docs/domain.md §10), in one short read.

        Raises:
            ReportError: ``report.no_hall``.
        """
        if self.actor.hall_id is None:
            raise ReportError("report.no_hall")
        with self._db.read() as s:
            hall = s.get(Hall, self.actor.hall_id)
            assert hall is not None
            return read_dashboard(s, hall, self._clock.now())

    # ------------------------------------------------------------------------- helpers

    def _today(self) -> date:
        return hall_date(self._clock.now())

    def _not_future(self, day: date) -> None:
        if day > self._today():
            raise ReportError("report.future_date", business_date=day)

    def _hall(self, s: Session, hall_code: str | None) -> Hall:
        own = self.actor.hall_id
        if hall_code is None:
            if own is None:
                raise ReportError("report.no_hall")
            hall = s.get(Hall, own)
        else:
            hall = s.execute(
                select(Hall).where(Hall.code == hall_code.strip().upper())
            ).scalar_one_or_none()
            if hall is None:
                raise ReportError("report.hall_unknown", hall=hall_code)
        assert hall is not None
        if own is not None and hall.id != own:
            raise ReportError("report.other_hall", hall=hall.code)
        return hall

    def _report(
        self, period: ReportPeriod, first: date, last: date, hall_code: str | None
    ) -> HallReport:
        now = self._clock.now()
        with self._db.read() as s:
            hall = self._hall(s, hall_code)
            return build_hall_report(
                s,
                hall,
                period,
                first,
                last,
                generated_by=f"{self.actor.employee_no} {self.actor.name}",
                now=now,
                issued=self._headers.issued_by(
                    s, hall.id, self.actor.counter_id, self.actor.user_id, now
                ),
            )

    def _export_report(
        self,
        build: Callable[[], HallReport],
        target: str | os.PathLike[str],
        pdf_path: str | os.PathLike[str] | None,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> ExportResult:
        """The report ``build`` makes, as a workbook at ``target`` (and a PDF at ``pdf_path``),
        in two or three ticks after the first: workbook, PDF, files in place."""
        from counter_app.reports.hall_workbook import hall_workbook

        tick = _Ticker(3 if pdf_path else 2, progress, cancelled)
        tick(0)
        report = build()
        path = Path(target)
        workbook = hall_workbook(report)
        tick(1)
        pdf = None
        if pdf_path is not None:
            from counter_app.printing.daily_report import render_hall_report

            pdf = render_hall_report(report)
            tick(2)
        with export_errors(path):
            if pdf is None:
                atomic_write(path, workbook)
            else:
                assert pdf_path is not None
                # The workbook is renamed into place first: it is the file Excel may hold open,
                # and then neither file changes.
                with replacing(Path(pdf_path)) as pdf_tmp, replacing(path) as book_tmp:
                    book_tmp.write_bytes(workbook)
                    pdf_tmp.write_bytes(pdf)
                    tick(tick.total)
        self._record_export(report.number, str(path), sum(len(s.rows) for s in report.sections))
        return ExportResult(
            path=str(path),
            rows=sum(len(s.rows) for s in report.sections),
            pdf_path=None if pdf_path is None else str(pdf_path),
        )

    def _record_export(self, what: str, path: str, rows: int) -> None:
        with self._db.write() as s:
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "export",
                "report",
                what[:40],
                after={"file": Path(path).name, "rows": rows},
            )

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        if doc_type is not DocumentType.DAILY_REPORT:
            raise NotFound(f"no {doc_type} here", entity=doc_type.value, number=doc_number)
        hall = self._hall(s, doc_number.split("-", 1)[0])
        return DocumentSubject(hall_id=hall.id, account_id=None)
