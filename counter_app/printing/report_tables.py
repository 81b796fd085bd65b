"""Tables of figures for the printed reports (shift report, daily report): a header row that
repeats on every page, numbers right-aligned, a bold totals row."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from counter_app.domain.money import format_yuan
from counter_app.domain.reports import Cell, ColumnKind
from counter_app.printing.flowables import text
from counter_app.printing.page import LABEL_FILL, RULE, Flowable, Sheet


def shown(value: Cell, kind: ColumnKind) -> str:
    """A figure as every printed report writes it (the tests read these strings back)."""
    if value is None:
        return "—" if kind in (ColumnKind.RATE, ColumnKind.SECONDS) else ""
    if kind is ColumnKind.MONEY and isinstance(value, Decimal):
        # A negative amount as the workbook's ¥ format writes it: -¥10.00, not ¥-10.00.
        return f"-{format_yuan(-value)}" if value < 0 else format_yuan(value)
    if kind is ColumnKind.RATE and isinstance(value, Decimal):
        return f"{value * 100:.2f}%"
    if kind is ColumnKind.SECONDS:
        return f"{value} 秒"
    return str(value)


def figures_table(
    sheet: Sheet,
    headers: Sequence[str],
    kinds: Sequence[ColumnKind],
    rows: Sequence[Sequence[Cell]],
    totals: Sequence[Cell] | None = None,
    *,
    widths: Sequence[float] | None = None,
) -> Flowable:
    """A grid of ``rows`` under ``headers``; ``kinds`` says how each column is written."""
    from reportlab.platypus import Table, TableStyle

    styles = sheet.styles
    numeric = [k is not ColumnKind.TEXT for k in kinds]

    def cells(row: Sequence[Cell]) -> list[Any]:
        # Text wraps inside its column; a figure stays one string on one line.
        return [
            shown(v, k) if n else text(shown(v, k), styles.table_text)
            for v, k, n in zip(row, kinds, numeric, strict=True)
        ]

    body = [[text(h, styles.table_header) for h in headers]]
    body += [cells(row) for row in rows]
    if totals is not None:
        body.append(cells(totals))
    size = sheet.page.font_size * 0.92
    padding = sheet.page.font_size * 0.3
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), styles.table_text.fontName, size),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), padding * 1.3),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding * 1.3),
    ]
    for index, is_number in enumerate(numeric):
        if is_number:
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    if totals is not None:
        commands += [
            ("FONT", (0, -1), (-1, -1), styles.strong.fontName, size),
            ("BACKGROUND", (0, -1), (-1, -1), "#f7f7f7"),
        ]
    table = Table(body, colWidths=list(widths) if widths else None, repeatRows=1)
    table.setStyle(TableStyle(commands))
    table.hAlign = "LEFT"
    return table
