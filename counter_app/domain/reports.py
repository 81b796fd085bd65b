"""The report model (报表, docs/domain.md §10): one report, many sections.

The daily report (营业日报) and the monthly report are the same :class:`HallReport` over a
different period. Its figures are computed once from the database by the report service and
carried here, db-free; the workbook (``counter_app.reports``), the A4 PDF
(``counter_app.printing.daily_report``) and the screens all show these same values, so the
workbook and the PDF cannot disagree.

A section is a titled table of typed columns with an optional totals row. A new area (service
requests, complaints …) adds a section; nothing that writes or prints the report changes.
Titles and headings are Chinese, as on every printed document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from counter_app.domain.documents import IssuedBy

#: docs/domain.md §10 targets.
SATISFACTION_TARGET = Decimal("0.98")
CALLBACK_TARGET = Decimal("1.00")
#: A gap between two transactions of a clerk longer than this is waiting for a customer, not
#: handling one; it does not count towards the average handling time (docs/domain.md §10).
HANDLING_GAP_LIMIT_SECONDS = 15 * 60


class ColumnKind(StrEnum):
    TEXT = "text"
    COUNT = "count"  # a whole number
    MONEY = "money"  # Decimal yuan, shown with ¥
    RATE = "rate"  # Decimal 0..1, shown as a percentage; None when there is nothing to rate
    SECONDS = "seconds"  # a duration in whole seconds, shown as m:ss


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = ColumnKind.TEXT


Cell = str | int | Decimal | None


@dataclass(frozen=True)
class Chart:
    """A bar chart of one section: ``value`` column per ``label`` column, rows only."""

    title: str
    label: str  # column key
    value: str  # column key


@dataclass(frozen=True)
class Section:
    """One table of the report.

    Attributes:
        key: Stable name: ``by_clerk``, ``by_counter``, ``by_tender``, ``by_business``,
            ``voids``, ``reprints``, ``variances``, ``requests``, ``complaints``.
        title: The sheet name and the PDF heading (Chinese).
        columns: What each cell of a row is.
        rows: The rows, each cell of its column's kind.
        totals: The totals row (its first cell is the word 合计), or None.
        chart: A native chart of the section in the workbook, if any.
        note: A line under the table (how a figure is defined, or that an area has no data).
    """

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    chart: Chart | None = None
    note: str = ""

    def column(self, key: str) -> int:
        """The index of column ``key``."""
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    def values(self, key: str) -> list[Cell]:
        index = self.column(key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Figure:
    """One line of the summary: a labelled figure, and its target where it has one."""

    key: str
    label: str
    value: Cell
    kind: ColumnKind
    target: Decimal | None = None


class ReportPeriod(StrEnum):
    DAY = "day"  # 营业日报
    MONTH = "month"  # 营业月报


@dataclass(frozen=True)
class HallReport:
    """营业日报 / 营业月报 of one hall.

    Attributes:
        number: The report's number in the print register, e.g. ``H01-D20261201``.
        day_closed: For a daily report, True once the day is closed (日结) and its totals
            fixed; a report of an open day is marked provisional (未日结).
    """

    number: str
    issued: IssuedBy  # the hall's header, and who made the report when
    period: ReportPeriod
    hall_code: str
    hall_name: str
    date_from: date
    date_to: date
    generated_at: datetime
    generated_by: str  # 工号 and name
    day_closed: bool
    closed_at: datetime | None
    closed_by: str | None
    summary: tuple[Figure, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        return "营业日报" if self.period is ReportPeriod.DAY else "营业月报"

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        for item in self.summary:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True)
class LedgerColumn:
    """A column of a long ledger (收费流水, 收据登记簿), written row by row."""

    title: str
    kind: ColumnKind
    width: float = 14


@dataclass(frozen=True)
class LedgerHeader:
    """The heading of a ledger workbook."""

    title: str  # 收费流水 / 收据登记簿
    hall_code: str
    hall_name: str
    date_from: date
    date_to: date
    generated_at: datetime
    generated_by: str
    columns: tuple[LedgerColumn, ...]
    #: (column, value): rows whose cell in that column holds the value are left out of the
    #: total (voided payments: they took nothing).
    total_excludes: tuple[int, str] | None = None
