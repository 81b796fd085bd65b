"""A table as a formatted Excel workbook: the auditor's lists leave the building this way.

The caller hands over the rows exactly as its screen shows them (headers in the user's language,
cells as displayed), so what an auditor exported is what they saw; the workbook adds a title,
the period and who exported it, a frozen and filterable header, column widths that fit Chinese
text, and the row count at the foot.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Excel allows 31 characters in a sheet name and none of these.
_SHEET_NAME_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
_MAX_WIDTH = 60  # characters; a long reason wraps instead of widening the sheet forever


@dataclass(frozen=True)
class Table:
    """What to export.

    Attributes:
        title: The workbook's heading and sheet name, e.g. 打印登记.
        subtitle: The period and who exported it, one line under the title.
        headers: Column headings as the screen shows them.
        rows: The cells as the screen shows them, one sequence per row.
        footer: The line under the table, e.g. 共 12 条.
    """

    title: str
    subtitle: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    footer: str


def display_width(text: str) -> int:
    """Columns a text takes in Excel's default font: CJK and full-width characters count two."""
    if text.isascii():
        return len(text)
    # No Latin-1 character is wide: ¥ and the digits of an amount are not looked up.
    return len(text) + sum(
        1 for ch in text if ch > "\xff" and unicodedata.east_asian_width(ch) in ("W", "F")
    )


def table_workbook(table: Table) -> bytes:
    """The table as an .xlsx file's bytes.

    Raises:
        ValueError: a row has a different number of cells than there are headers.
    """
    return tables_workbook([table])


def tables_workbook(tables: Sequence[Table]) -> bytes:
    """Several tables as one .xlsx file's bytes, one sheet each, in order (e.g. a ledger and
    its summary).

    Raises:
        ValueError: a row has a different number of cells than there are headers.
    """
    from openpyxl import Workbook

    for table in tables:
        columns = len(table.headers)
        for number, row in enumerate(table.rows, start=1):
            if len(row) != columns:
                raise ValueError(f"row {number} has {len(row)} cells for {columns} headers")
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for table in tables:
        _fill_sheet(book.create_sheet(), table)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def print_on_landscape_a4(sheet: Any, header_row: int, *, one_page_wide: bool = True) -> None:
    """How ``sheet`` prints from Excel: landscape A4, the header row repeated on every page,
    and (``one_page_wide``) every column on one sheet of paper across instead of cut."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = f"{header_row}:{header_row}"
    if one_page_wide:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0


def _fill_sheet(sheet: Any, table: Table) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    columns = len(table.headers)
    sheet.title = table.title.translate(_SHEET_NAME_FORBIDDEN)[:31] or "Sheet1"
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([table.subtitle])
    header_row = 3
    sheet.append(list(table.headers))
    fill = PatternFill("solid", fgColor="DDE6F0")
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = fill
    for row in table.rows:
        sheet.append(["" if value is None else value for value in row])
    last = header_row + len(table.rows)
    sheet.append([])
    sheet.append([table.footer])
    sheet.cell(row=last + 2, column=1).font = Font(bold=True)

    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    print_on_landscape_a4(sheet, header_row)
    if columns:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{max(last, header_row)}"
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, header in enumerate(table.headers, start=1):
        widest = max(
            [display_width(str(header))]
            + [display_width(str(row[index - 1])) for row in table.rows],
        )
        width = min(widest + 2, _MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
        if widest + 2 > _MAX_WIDTH:
            for (cell,) in sheet.iter_rows(
                min_row=header_row + 1, max_row=last, min_col=index, max_col=index
            ):
                cell.alignment = wrap
