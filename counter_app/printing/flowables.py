"""The building blocks of documents on a sheet: paragraphs, tables, signature lines.

Each returns a ReportLab flowable, sized for the :class:`~counter_app.printing.page.Sheet`
it is given.  A value from a DTO goes in as plain text (:func:`text`), or escaped with
:func:`esc` inside markup, so that ``&`` or ``<`` in customer data cannot break a paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from counter_app.printing.barcodes import code128
from counter_app.printing.fonts import CJK_FONT
from counter_app.printing.page import (
    INK,
    LABEL_FILL,
    MM,
    RULE,
    Flowable,
    ParagraphStyle,
    Sheet,
)


@dataclass(frozen=True)
class Field:
    """One label/value pair of a key/value table; a wide field takes a whole row."""

    label: str
    value: str
    wide: bool = False


def text(value: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text; ``&`` or ``<`` in customer data cannot break the markup."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(value), style)


def rich(markup: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of ReportLab markup; escape every inserted value with :func:`esc`."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def esc(value: str) -> str:
    return escape(value)


def spacer(height_mm: float) -> Flowable:
    from reportlab.platypus import Spacer

    return Spacer(1, height_mm * MM)


def keep_together(flowables: Sequence[Flowable]) -> Flowable:
    from reportlab.platypus import KeepTogether

    return KeepTogether(list(flowables))


def title(sheet: Sheet, value: str) -> Flowable:
    return text(value, sheet.styles.title)


def section_heading(sheet: Sheet, value: str) -> Flowable:
    """A bold heading with a short accent bar on the left, set a little apart from the text."""
    from reportlab.platypus import Table, TableStyle

    size = sheet.page.font_size
    table = Table(
        [["", text(value, sheet.styles.heading)]],
        colWidths=[1.2 * MM, sheet.width - 1.2 * MM],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), INK),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 2 * MM),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    table.spaceBefore = size * 1.2
    table.spaceAfter = size * 0.6
    table.keepWithNext = True
    return table


def key_value_table(
    sheet: Sheet,
    fields: Sequence[Field],
    *,
    pairs_per_row: int | None = None,
    label_width_mm: float | None = None,
) -> Flowable:
    """A bordered table of labels (shaded) and values; values wrap, labels do not.

    With two pairs per row a wide field (an address) spans the whole row, so a long value
    never squeezes its neighbours.
    """
    from reportlab.platypus import Table, TableStyle

    pairs = pairs_per_row or (2 if sheet.roomy else 1)
    styles = sheet.styles
    label_width = (label_width_mm or sheet.page.font_size * 2.4) * MM
    value_width = (sheet.width - pairs * label_width) / pairs
    columns = [label_width, value_width] * pairs

    rows: list[list[Any]] = []
    # Shading goes cell by cell: shading whole label columns would also paint the middle of
    # a value that spans the row.
    cell_styles: list[tuple[Any, ...]] = []
    current: list[Any] = []

    def close_row() -> None:
        if not current:
            return
        row = len(rows)
        for column in range(0, len(current), 2):
            cell_styles.append(("BACKGROUND", (column, row), (column, row), LABEL_FILL))
        if len(current) < 2 * pairs:
            # A lone last pair stretches rather than leaving an empty box beside it.
            cell_styles.append(("SPAN", (len(current) - 1, row), (-1, row)))
            current.extend([""] * (2 * pairs - len(current)))
        rows.append(list(current))
        current.clear()

    for field in fields:
        if field.wide and current:
            close_row()
        current.extend(
            [text(field.label, styles.table_label), text(field.value, styles.table_text)]
        )
        if field.wide or len(current) == 2 * pairs:
            close_row()
    close_row()

    padding = sheet.page.font_size * 0.45
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), padding * 1.4),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding * 1.4),
        *cell_styles,
    ]
    table = Table(rows, colWidths=columns)
    table.setStyle(TableStyle(commands))
    return table


def numbered_list(
    sheet: Sheet, items: Sequence[str], style: ParagraphStyle | None = None
) -> list[Flowable]:
    """``1. …`` ``2. …`` with wrapped lines hanging under the text, not under the number."""
    from reportlab.lib.styles import ParagraphStyle as Style
    from reportlab.platypus import Paragraph

    base = style or sheet.styles.normal
    indent = base.fontSize * 2
    hanging = Style(
        f"{base.name}_numbered",
        parent=base,
        leftIndent=indent,
        bulletIndent=0,
        bulletFontName=base.fontName,
        bulletFontSize=base.fontSize,
    )
    return [
        Paragraph(escape(item), hanging, bulletText=f"{number}.")
        for number, item in enumerate(items, start=1)
    ]


def notice_box(sheet: Sheet, flowables: Sequence[Flowable]) -> Flowable:
    """Text that must not be missed, framed."""
    from reportlab.platypus import Table, TableStyle

    padding = sheet.page.font_size * 0.9
    table = Table([[list(flowables)]], colWidths=[sheet.width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("BACKGROUND", (0, 0), (-1, -1), "#fafafa"),
                ("TOPPADDING", (0, 0), (-1, -1), padding * 0.7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


def signature_block(sheet: Sheet, signers: Sequence[str], *, dated: bool = True) -> Flowable:
    """Blank lines to sign on, side by side: ``客户签字：______`` over ``日期：______``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    size = sheet.page.font_size
    gap = 8 * MM
    share = (sheet.width - gap * (len(signers) - 1)) / len(signers)
    labels = [f"{signer}：" for signer in signers]
    date_label = "日期："

    columns: list[float] = []
    first_row: list[Any] = []
    second_row: list[Any] = []
    lines: list[tuple[Any, ...]] = []
    for index, label in enumerate(labels):
        label_width = max(
            stringWidth(label, CJK_FONT, size), stringWidth(date_label, CJK_FONT, size)
        )
        label_width += 2
        if index:
            columns.append(gap)
            first_row.append("")
            second_row.append("")
        columns.extend([label_width, share - label_width])
        first_row.extend([label, ""])
        second_row.extend([date_label if dated else "", ""])
        line_column = len(columns) - 1
        lines.append(("LINEBELOW", (line_column, 0), (line_column, 0), 0.7, INK))
        if dated:
            lines.append(("LINEBELOW", (line_column, 1), (line_column, 1), 0.7, INK))

    rows = [first_row, second_row] if dated else [first_row]
    table = Table(rows, colWidths=columns, rowHeights=[size * 3.2] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), CJK_FONT, size),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *lines,
            ]
        )
    )
    return table


def signed_statement(sheet: Sheet, statement: str, signers: Sequence[str]) -> Flowable:
    """What the signers confirm, with their lines to sign under it, kept on one page."""
    return keep_together([text(statement, sheet.styles.normal), signature_block(sheet, signers)])


def number_banner(
    sheet: Sheet,
    label: str,
    number: str,
    *,
    extra: Sequence[str] = (),
) -> Flowable:
    """The document's number large on the left, its barcode on the right.

    ``extra`` lines (a date, say) go small under the number.
    """
    from reportlab.platypus import Table, TableStyle

    styles = sheet.styles
    barcode_width = sheet.width * 0.42
    left: list[Flowable] = [text(label, styles.number_label), text(number, styles.number)]
    left.extend(text(line, styles.small) for line in extra)
    table = Table(
        [[left, code128(number, max_width=barcode_width)]],
        colWidths=[sheet.width - barcode_width, barcode_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * MM),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ]
        )
    )
    return table
