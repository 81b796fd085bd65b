"""A hall report (营业日报 / 营业月报) as a formatted Excel workbook (docs/domain.md §10).

The summary sheet first, then one sheet per section of the report, each with a title, a
frozen header, ¥ number formats, a bold totals row and, where the section asks for one, a
native Excel bar chart. Every figure is written as a number (not as text), exactly as the
report model holds it, so what the workbook says is what the PDF says.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from copy import copy
from decimal import Decimal
from typing import Any

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.reports import Cell, ColumnKind, HallReport, ReportPeriod, Section
from counter_app.reports.tables import display_width, print_on_landscape_a4

#: ¥ with thousands separators; negative amounts in red.
YUAN_FORMAT = '"¥"#,##0.00;[Red]-"¥"#,##0.00'
RATE_FORMAT = "0.00%"
SECONDS_FORMAT = '0" 秒"'
COUNT_FORMAT = "0"
FORMATS = {
    ColumnKind.MONEY: YUAN_FORMAT,
    ColumnKind.RATE: RATE_FORMAT,
    ColumnKind.SECONDS: SECONDS_FORMAT,
    ColumnKind.COUNT: COUNT_FORMAT,
}
SUMMARY_TITLE = "汇总"
#: Rows above a section's header: title, subtitle, blank.
HEADER_ROW = 3
_HEADER_FILL = "DDE6F0"
#: The workbook's own font, named on every bold cell too: a font without a name is shown in
#: whatever the reader falls back to (LibreOffice printed the totals rows in a serif face).
_FONT = "Calibri"
_TOTAL_FILL = "F2F2F2"


def excel_value(value: Cell) -> Any:
    """A cell as Excel stores it: money as a float of exactly two decimals, rates as floats."""
    if isinstance(value, Decimal):
        return float(value)
    return value


def period_text(report: HallReport) -> str:
    if report.date_from == report.date_to:
        return report.date_from.isoformat()
    return f"{report.date_from.isoformat()} 至 {report.date_to.isoformat()}"


def status_text(report: HallReport) -> str:
    if report.period is not ReportPeriod.DAY:
        return ""
    if report.day_closed and report.closed_at is not None:
        when = report.closed_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        return f"已日结（{report.closed_by or ''} {when}）"
    return "未日结（数据为临时数）"


def subtitle(report: HallReport) -> str:
    made = report.generated_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    parts = [f"{report.hall_code} {report.hall_name}", period_text(report), status_text(report)]
    parts.append(f"制表 {report.generated_by} {made}")
    return "  ".join(p for p in parts if p)


def hall_workbook(report: HallReport) -> bytes:
    """The report as an .xlsx file's bytes."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = SUMMARY_TITLE
    styles = _Styles()
    _write_summary(summary, styles, report)
    sheets = {}
    for section in report.sections:
        sheet = book.create_sheet(section.title[:31])
        _write_section(sheet, styles, report, section)
        sheets[section.key] = sheet
    for sheet in book.worksheets:
        print_on_landscape_a4(sheet, HEADER_ROW + 1)
    tender = next((s for s in report.sections if s.key == "by_tender"), None)
    if tender is not None and tender.rows:
        _add_chart(summary, sheets["by_tender"], tender, anchor="E4")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _title(sheet: Any, report: HallReport, title: str) -> None:
    from openpyxl.styles import Font

    sheet.append([f"{report.hall_name} {report.title} - {title}"])
    sheet["A1"].font = Font(name=_FONT, bold=True, size=14)
    sheet.append([subtitle(report)])


def _header(sheet: Any, styles: _Styles, titles: Sequence[str], row: int) -> None:
    for column, title in enumerate(titles, start=1):
        styles.apply(sheet.cell(row=row, column=column, value=title), "header")


class _Styles:
    """The workbook's cell styles, each set once on a first cell and copied from it onto the
    others, as openpyxl's own worksheet copy does: setting a style attribute looks the style
    up in the workbook's style lists by hashing it, which for every cell of a column was most
    of the time spent filling the sheets."""

    def __init__(self) -> None:
        self._first: dict[tuple[str, str], Any] = {}

    def apply(self, cell: Any, kind: str, number_format: str = "") -> None:
        """Style ``cell`` as a ``kind`` cell ("header", "value" or "total") with
        ``number_format``."""
        first = self._first.get((kind, number_format))
        if first is not None:
            cell._style = copy(first._style)
            return
        from openpyxl.styles import Alignment, Font, PatternFill

        if kind == "header":
            cell.font = Font(name=_FONT, bold=True)
            cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        elif kind == "total":
            cell.font = Font(name=_FONT, bold=True)
            cell.fill = PatternFill("solid", fgColor=_TOTAL_FILL)
        if number_format:
            cell.number_format = number_format
        self._first[(kind, number_format)] = cell


def _write_summary(sheet: Any, styles: _Styles, report: HallReport) -> None:
    from openpyxl.styles import Alignment, Font

    _title(sheet, report, SUMMARY_TITLE)
    sheet.append([])
    _header(sheet, styles, ["项目", "数值", "目标"], HEADER_ROW + 1)
    for figure in report.summary:
        sheet.append(
            [
                figure.label,
                excel_value(figure.value),
                None if figure.target is None else float(figure.target),
            ]
        )
        row = sheet.max_row
        number_format = FORMATS.get(figure.kind)
        if number_format:
            styles.apply(sheet.cell(row=row, column=3), "value", number_format)
        if figure.value is None:  # a style of its own, not one the other cells copy
            sheet.cell(row=row, column=2).value = "—"
            sheet.cell(row=row, column=2).alignment = Alignment(horizontal="right")
            if number_format:
                sheet.cell(row=row, column=2).number_format = number_format
        elif number_format:
            styles.apply(sheet.cell(row=row, column=2), "value", number_format)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 2, column=1)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 10
    sheet.cell(row=sheet.max_row + 2, column=1, value="制表：            复核：            主管：")
    sheet.cell(row=sheet.max_row, column=1).font = Font(name=_FONT, bold=True)


def _write_section(sheet: Any, styles: _Styles, report: HallReport, section: Section) -> None:
    from openpyxl.utils import get_column_letter

    _title(sheet, report, section.title)
    sheet.append([])
    header = HEADER_ROW + 1
    _header(sheet, styles, [c.title for c in section.columns], header)
    for row in section.rows:
        sheet.append([excel_value(v) for v in row])
    last = header + len(section.rows)
    if section.totals is not None:
        sheet.append([excel_value(v) for v in section.totals])
    end = sheet.max_row
    for index, column in enumerate(section.columns, start=1):
        number_format = FORMATS.get(column.kind, "")
        if number_format:
            for (cell,) in sheet.iter_rows(
                min_row=header + 1, max_row=last, min_col=index, max_col=index
            ):
                styles.apply(cell, "value", number_format)
        if section.totals is not None:
            styles.apply(sheet.cell(row=end, column=index), "total", number_format)
        widest = max(
            [display_width(column.title)] + [_width(r[index - 1]) for r in section.rows[:500]],
        )
        sheet.column_dimensions[get_column_letter(index)].width = min(max(widest + 2, 9), 40)
    sheet.freeze_panes = sheet.cell(row=header + 1, column=2)
    if section.rows:
        sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(section.columns))}{last}"
    if section.note:
        sheet.cell(row=end + 2, column=1, value=section.note)
    if section.chart is not None and section.rows:
        # Under the table: beside a wide one it would shrink the printed page to nothing.
        _add_chart(sheet, sheet, section, anchor=f"A{end + 4}")


def _width(value: Cell) -> int:
    """Columns ``value`` takes as the sheet shows it (an amount as ¥1,234.50)."""
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}") + 1  # and the ¥, one column wide
    if value is None:
        return 0
    if isinstance(value, int | float):
        return len(str(value))
    return display_width(str(value))


def _add_chart(target: Any, data_sheet: Any, section: Section, *, anchor: str) -> None:
    """A native bar chart of the section's rows (not its totals)."""
    from openpyxl.chart import BarChart, Reference

    assert section.chart is not None
    header = HEADER_ROW + 1
    label = section.column(section.chart.label) + 1
    value = section.column(section.chart.value) + 1
    last = header + len(section.rows)
    chart = BarChart()
    chart.type = "col"
    chart.title = section.chart.title
    chart.legend = None
    chart.y_axis.numFmt = YUAN_FORMAT
    chart.y_axis.title = "元"
    chart.y_axis.scaling.min = 0
    chart.height = 7.5
    chart.width = 14
    chart.add_data(
        Reference(data_sheet, min_col=value, min_row=header, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(data_sheet, min_col=label, min_row=header + 1, max_row=last))
    target.add_chart(chart, anchor)
