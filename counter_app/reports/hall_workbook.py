"""A hall report (营业日报 / 营业月报) as a formatted Excel workbook (docs/domain.md §10).

The summary sheet first, then one sheet per section of the report, each with a title, a
frozen header, ¥ number formats, a bold totals row and, where the section asks for one, a
native Excel bar chart. Every figure is written as a number (not as text), exactly as the
report model holds it, so what the workbook says is what the PDF says.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.reports import Cell, ColumnKind, HallReport, ReportPeriod, Section
from counter_app.reports.tables import display_width, print_on_landscape_a4

#: ¥ with thousands separators; negative amounts in red.
YUAN_FORMAT = '"¥"#,##0.00;[Red]-"¥"#,##0.00'
RATE_FORMAT = "0.00%"
SECONDS_FORMAT = '0" 秒"'
#: The number format of each kind of column. A count has none: Excel's General format shows a
#: whole number as it is, and a style on every count cell is work for nothing when the workbook
#: is saved.
FORMATS = {
    ColumnKind.MONEY: YUAN_FORMAT,
    ColumnKind.RATE: RATE_FORMAT,
    ColumnKind.SECONDS: SECONDS_FORMAT,
}
SUMMARY_TITLE = "汇总"
#: The section whose chart stands on the summary sheet, where the manager looks first, instead
#: of beside its own table.
SUMMARY_CHART = "by_tender"
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
    tender = next((s for s in report.sections if s.key == SUMMARY_CHART), None)
    if tender is not None and tender.chart is not None and tender.rows:
        _add_chart(summary, sheets[SUMMARY_CHART], tender, anchor="E4")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _title(sheet: Any, styles: _Styles, report: HallReport, title: str) -> None:
    sheet.append([styles.cell(sheet, f"{report.hall_name} {report.title} - {title}", "title")])
    sheet.append([subtitle(report)])


def _header(sheet: Any, styles: _Styles, titles: Sequence[str]) -> None:
    sheet.append([styles.cell(sheet, title, "header") for title in titles])


class _Styles:
    """The workbook's cell styles, each made once and handed to every cell of its kind as the
    cell is made: setting a style attribute on a cell looks the style up in the workbook's
    style lists by hashing it, which for every cell of a column was most of the time spent
    filling the sheets, and styling a cell after it was appended looks it up again."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[str, str], Any] = {}

    def cell(self, sheet: Any, value: Cell, kind: str, number_format: str = "") -> Any:
        """A new cell of ``sheet`` holding ``value`` as a ``kind`` cell ("title", "header", "value"
        or "total") with ``number_format``, for :meth:`Worksheet.append`."""
        from openpyxl.cell import Cell as SheetCell

        key = (kind, number_format)
        array = self._arrays.get(key)
        if array is None:
            array = self._arrays[key] = self._make(sheet, kind, number_format)
        return SheetCell(sheet, value=excel_value(value), style_array=array)

    @staticmethod
    def _make(sheet: Any, kind: str, number_format: str) -> Any:
        """The style array of a kind, registered in the workbook's style lists through a
        cell that is never placed on the sheet."""
        from openpyxl.cell import Cell as SheetCell
        from openpyxl.styles import Alignment, Font, PatternFill

        model = SheetCell(sheet)
        if kind == "title":
            model.font = Font(name=_FONT, bold=True, size=14)
        elif kind == "header":
            model.font = Font(name=_FONT, bold=True)
            model.fill = PatternFill("solid", fgColor=_HEADER_FILL)
            model.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        elif kind == "total":
            model.font = Font(name=_FONT, bold=True)
            model.fill = PatternFill("solid", fgColor=_TOTAL_FILL)
        if number_format:
            model.number_format = number_format
        return model._style


def _write_summary(sheet: Any, styles: _Styles, report: HallReport) -> None:
    from openpyxl.styles import Alignment, Font

    _title(sheet, styles, report, SUMMARY_TITLE)
    sheet.append([])
    _header(sheet, styles, ["项目", "数值", "目标"])
    for figure in report.summary:
        number_format = FORMATS.get(figure.kind, "")
        target = (
            None
            if figure.target is None
            else styles.cell(sheet, figure.target, "value", number_format)
        )
        if figure.value is None:
            sheet.append([figure.label, "—", target])
            # A style of its own, not one the other cells share.
            dash = sheet.cell(row=sheet.max_row, column=2)
            dash.alignment = Alignment(horizontal="right")
            if number_format:
                dash.number_format = number_format
        else:
            sheet.append(
                [figure.label, styles.cell(sheet, figure.value, "value", number_format), target]
            )
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 2, column=1)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 10
    sheet.cell(row=sheet.max_row + 2, column=1, value="制表：            复核：            主管：")
    sheet.cell(row=sheet.max_row, column=1).font = Font(name=_FONT, bold=True)


def _write_section(sheet: Any, styles: _Styles, report: HallReport, section: Section) -> None:
    from openpyxl.utils import get_column_letter

    _title(sheet, styles, report, section.title)
    sheet.append([])
    header = HEADER_ROW + 1
    _header(sheet, styles, [c.title for c in section.columns])
    formats = [FORMATS.get(c.kind, "") for c in section.columns]
    cell = styles.cell
    for row in section.rows:
        sheet.append(
            [
                cell(sheet, v, "value", f) if f else excel_value(v)
                for v, f in zip(row, formats, strict=True)
            ]
        )
    last = header + len(section.rows)
    if section.totals is not None:
        sheet.append(
            [cell(sheet, v, "total", f) for v, f in zip(section.totals, formats, strict=True)]
        )
    end = sheet.max_row
    # The totals row counts too: its sum is the widest figure of a money column, and bold.
    sample = [*section.rows[:500], *([section.totals] if section.totals is not None else [])]
    for index, column in enumerate(section.columns):
        widest = max([display_width(column.title)] + [_width(r[index]) + 1 for r in sample])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, 9), 40)
    sheet.freeze_panes = sheet.cell(row=header + 1, column=2)
    if section.rows:
        sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(section.columns))}{last}"
    if section.note:
        sheet.cell(row=end + 2, column=1, value=section.note)
    if section.chart is not None and section.rows and section.key != SUMMARY_CHART:
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
