"""What the report service takes, gives and refuses (docs/domain.md §10).

No database code here: the reports screen and the dashboard import it. The report itself
(:class:`~counter_app.domain.reports.HallReport`) is in ``domain``, because printing and the
workbooks render it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.enums import Tender
from counter_app.domain.errors import CodedError, CounterError, InvalidInput

#: ``progress(done, total)`` is called from the exporting thread now and then; it may raise
#: (any exception) to stop the export. ``total`` is 0 while unknown.
Progress = Callable[[int, int], None]
#: ``cancelled()`` is asked between chunks; True stops the export with :class:`ExportCancelled`.
Cancelled = Callable[[], bool]

#: Journal and receipt register periods: at most this many days.
MAX_LEDGER_DAYS = 366


class ReportError(CodedError, InvalidInput):
    """A report cannot be made for what was asked; ``code`` says why.

    Codes (``params``): ``report.future_date`` (``business_date``), ``report.range_invalid``
    (``date_from``, ``date_to``), ``report.range_too_long`` (``maximum`` days),
    ``report.hall_unknown`` (``hall``), ``report.other_hall`` (``hall``),
    ``report.no_hall``, ``report.month_invalid`` (``year``, ``month``).
    """

    code = "report.error"


class ExportCancelled(CounterError):
    """The person stopped the export; no file was left at the target."""

    code = "export.cancelled"


class ExportFailed(CodedError, CounterError):
    """The file could not be written; the target is as it was before (or absent).

    Codes (``params``: ``path``, ``detail``): ``export.file_in_use`` (open in another program,
    e.g. Excel on Windows), ``export.disk_full``, ``export.not_writable`` (no such folder or
    no permission), ``export.write_failed`` (any other reason).
    """

    code = "export.error"


REPORT_CODES: frozenset[str] = frozenset(
    {
        "report.future_date",
        "report.range_invalid",
        "report.range_too_long",
        "report.hall_unknown",
        "report.other_hall",
        "report.no_hall",
        "report.month_invalid",
        "export.cancelled",
        "export.file_in_use",
        "export.disk_full",
        "export.not_writable",
        "export.write_failed",
    }
)


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int  # data rows written (ledgers), sections × rows for reports
    pdf_path: str | None = None


@dataclass(frozen=True)
class CounterState:
    """One counter on the dashboard."""

    counter_number: int
    counter_name: str
    shift_open: bool
    clerk_employee_no: str | None
    clerk_name: str | None
    business_date: date | None
    opened_at: datetime | None
    past_business_day: bool  # the shift is still open after its business date
    transactions_today: int
    takings_today: Decimal


@dataclass(frozen=True)
class Dashboard:
    """The hall manager's dashboard (docs/domain.md §10): today at a glance.

    Rates are Decimal 0..1, None when there is nothing to rate yet; overdue counts are 0 when
    the area has no data.
    """

    hall_code: str
    hall_name: str
    business_date: date
    at: datetime
    takings_total: Decimal
    transactions: int
    by_tender: tuple[tuple[Tender, Decimal], ...]  # every tender, in Tender order
    by_hour: tuple[tuple[int, Decimal], ...]  # (hour 0..23 hall time, takings), 24 entries
    counters: tuple[CounterState, ...]
    overdue_requests: int
    overdue_complaints: int
    satisfaction_rate: Decimal | None
    satisfaction_target: Decimal
    callback_rate: Decimal | None
    callback_target: Decimal
    day_closed: bool
