"""Long ledgers (收费流水, 收据登记簿) streamed into a workbook, row by row, in little memory.

XlsxWriter's constant-memory mode writes each row to disk as it comes and keeps none of them:
a month's journal of 150,000 rows takes the same memory as a day's. The caller hands the
rows over in chunks and is called back after each (``tick``) to report progress and, by
raising, to stop; it also chooses the file, so it can write to a temporary one and rename
it into place only once the workbook is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.reports import Cell, ColumnKind, LedgerHeader

YUAN_FORMAT = '"¥"#,##0.00;[Red]-"¥"#,##0.00'
HEADER_ROW = 3  # zero-based: title, subtitle, blank, header


def write_ledger(
    path: Path,
    header: LedgerHeader,
    chunks: Iterable[Sequence[Sequence[Cell]]],
    tick: Callable[[int], None],
) -> int:
    """Write the ledger to ``path``; returns the number of data rows.

    Args:
        tick: Called with the rows written so far after every chunk; may raise to stop (the
            file at ``path`` is then incomplete: the caller removes it).
    """
    import xlsxwriter

    book = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_numbers": False, "strings_to_urls": False}
    )
    try:
        sheet = book.add_worksheet(header.title[:31])
        title = book.add_format({"bold": True, "font_size": 14})
        head = book.add_format(
            {"bold": True, "bg_color": "#DDE6F0", "border": 1, "align": "center"}
        )
        money = book.add_format({"num_format": YUAN_FORMAT})
        bold = book.add_format({"bold": True})
        for index, column in enumerate(header.columns):
            sheet.set_column(index, index, column.width)
        sheet.write_string(0, 0, f"{header.hall_name} {header.title}", title)
        made = header.generated_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        sheet.write_string(
            1,
            0,
            f"{header.hall_code} {header.hall_name}  {header.date_from.isoformat()} 至 "
            f"{header.date_to.isoformat()}  制表 {header.generated_by} {made}",
        )
        for index, column in enumerate(header.columns):
            sheet.write_string(HEADER_ROW, index, column.title, head)
        sheet.freeze_panes(HEADER_ROW + 1, 0)
        money_columns = [i for i, c in enumerate(header.columns) if c.kind is ColumnKind.MONEY]
        row_no = HEADER_ROW
        total = Decimal("0.00")
        written = 0
        first_money = money_columns[0] if money_columns else -1
        kinds = [c.kind for c in header.columns]
        text_kind, money_kind = ColumnKind.TEXT, ColumnKind.MONEY
        write_string, write_number = sheet.write_string, sheet.write_number
        skip_column, skip_value = header.total_excludes or (-1, None)
        for chunk in chunks:
            for row in chunk:
                row_no += 1
                for index, value in enumerate(row):
                    if value is None or value == "":
                        continue
                    kind = kinds[index]
                    if kind is text_kind:
                        write_string(row_no, index, value)
                    elif kind is money_kind:
                        write_number(row_no, index, float(value), money)
                        if index == first_money and row[skip_column] != skip_value:
                            total += value  # type: ignore[operator]
                    else:
                        write_number(row_no, index, value)
            written += len(chunk)
            tick(written)
        if written:
            sheet.autofilter(HEADER_ROW, 0, row_no, len(header.columns) - 1)
        row_no += 1
        sheet.write_string(row_no, 0, "合计", bold)
        if money_columns:
            sheet.write_number(row_no, money_columns[0], float(total), money)
        sheet.write_string(row_no + 1, 0, f"共 {written} 条")
    finally:
        book.close()
    return written
