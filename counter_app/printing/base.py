"""The frame every printed document shares: page format, fonts, styles, header and footer.

A document subclasses :class:`PdfDocument` and only builds its story from the helpers here
(key/value tables, signature lines, barcodes), so a hall's printouts look alike and a change
of layout happens in one place.

ReportLab is imported inside functions only: the document modules may be imported while the
application starts, and importing ReportLab costs 0.2 s nobody should wait for before a print.
"""

from __future__ import annotations

import functools
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import Any, ClassVar, Generic, Protocol, TypeAlias, TypeVar
from xml.sax.saxutils import escape

from counter_app.domain.documents import IssuedBy
from counter_app.printing.fonts import CJK_FONT, CJK_FONT_BOLD, register_cjk_fonts

# reportlab.lib.units.mm, spelt out so that sizes can be computed without importing ReportLab.
MM = 72 / 25.4

# ReportLab has no type information; the aliases at least say what a value is meant to be.
Flowable: TypeAlias = Any
ParagraphStyle: TypeAlias = Any
Canvas: TypeAlias = Any

INK = "#1a1a1a"
MUTED = "#555555"
RULE = "#8c8c8c"
LABEL_FILL = "#f2f2f2"


@dataclass(frozen=True)
class PageFormat:
    """A sheet size with its margins and type size, all in millimetres and points.

    The header and footer are drawn inside the top and bottom margins; the body frame is what
    the margins leave.  A roll printer differs only in numbers (narrow margins, smaller type)
    and in its page height, which :meth:`PdfDocument.page_size` is the single place to decide.
    """

    name: str
    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_right_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    header_baseline_mm: float  # from the top edge
    footer_baseline_mm: float  # from the bottom edge
    font_size: float  # body text, in points

    @property
    def width(self) -> float:
        return self.width_mm * MM

    @property
    def height(self) -> float:
        return self.height_mm * MM

    @property
    def frame_width(self) -> float:
        return (self.width_mm - self.margin_left_mm - self.margin_right_mm) * MM

    @property
    def frame_height(self) -> float:
        return (self.height_mm - self.margin_top_mm - self.margin_bottom_mm) * MM


A4 = PageFormat(
    name="A4",
    width_mm=210,
    height_mm=297,
    margin_top_mm=24,
    margin_right_mm=18,
    margin_bottom_mm=22,
    margin_left_mm=18,
    header_baseline_mm=14,
    footer_baseline_mm=11,
    font_size=10,
)

A5 = PageFormat(
    name="A5",
    width_mm=148,
    height_mm=210,
    margin_top_mm=19,
    margin_right_mm=12,
    margin_bottom_mm=17,
    margin_left_mm=12,
    header_baseline_mm=10.5,
    footer_baseline_mm=8,
    font_size=8.5,
)


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a document may use, derived from the format's type size."""

    title: ParagraphStyle
    heading: ParagraphStyle
    normal: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    table_text: ParagraphStyle
    table_label: ParagraphStyle
    table_centred: ParagraphStyle
    table_header: ParagraphStyle
    number: ParagraphStyle
    number_label: ParagraphStyle


@dataclass(frozen=True)
class Sheet:
    """What a story is laid out for: the page format, the usable width and the styles."""

    page: PageFormat
    width: float  # points
    styles: Styles

    @property
    def roomy(self) -> bool:
        """Wide enough for two label/value pairs side by side."""
        return self.width >= 150 * MM


@dataclass(frozen=True)
class Field:
    """One label/value pair of a key/value table; a wide field takes a whole row."""

    label: str
    value: str
    wide: bool = False


class _Issued(Protocol):
    @property
    def issued(self) -> IssuedBy: ...


D = TypeVar("D", bound=_Issued)


class PdfDocument(ABC, Generic[D]):
    """A printed document: a DTO in, PDF bytes out.

    Subclasses set :attr:`title` and implement :meth:`build_story` and :meth:`reference`; the
    page, fonts, header (hall and hotline) and footer (document number, page count, print time,
    clerk) come from here.
    """

    title: ClassVar[str]
    default_format: ClassVar[PageFormat] = A4

    def __init__(self, page_format: PageFormat | None = None) -> None:
        self.page_format = page_format or self.default_format

    @abstractmethod
    def build_story(self, doc: D, sheet: Sheet) -> list[Flowable]:
        """The flowables of the body, top to bottom."""

    @abstractmethod
    def reference(self, doc: D) -> str:
        """The number that identifies this copy, e.g. the 户号 or the request number.

        Every page's footer repeats it after the title, so a page that comes loose from the
        rest can still be matched to its record.
        """

    def render(self, doc: D) -> bytes:
        """Lay ``doc`` out and return the finished PDF.

        The output is byte-for-byte reproducible for the same DTO, so the content hash in the
        printed-document register identifies what was handed over.
        """
        register_cjk_fonts()
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        page = self.page_format
        sheet = Sheet(page=page, width=page.frame_width, styles=build_styles(page))
        story = self.build_story(doc, sheet)
        issued = doc.issued

        buffer = BytesIO()
        template = BaseDocTemplate(
            buffer,
            pagesize=self.page_size(sheet, story),
            leftMargin=page.margin_left_mm * MM,
            rightMargin=page.margin_right_mm * MM,
            topMargin=page.margin_top_mm * MM,
            bottomMargin=page.margin_bottom_mm * MM,
            title=self.title,
            subject=f"{self.title} {self.reference(doc)}",
            author=issued.hall.name,
            creator="Counter",
            invariant=1,
        )
        body = Frame(
            template.leftMargin,
            template.bottomMargin,
            template.width,
            template.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        template.addPageTemplates([PageTemplate(id="sheet", frames=[body])])
        chrome = functools.partial(self.draw_chrome, doc)
        template.build(story, canvasmaker=functools.partial(_counted_canvas(), chrome=chrome))
        return buffer.getvalue()

    def page_size(self, sheet: Sheet, story: list[Flowable]) -> tuple[float, float]:
        """Width and height of every page in points; a roll would measure ``story`` here."""
        return (sheet.page.width, sheet.page.height)

    def draw_chrome(self, doc: D, canvas: Canvas, page_no: int, pages: int) -> None:
        """Draw the header and footer once the number of pages is known."""
        self.draw_header(canvas, doc.issued)
        self.draw_footer(canvas, doc, page_no, pages)

    def draw_header(self, canvas: Canvas, issued: IssuedBy) -> None:
        page = self.page_format
        left = page.margin_left_mm * MM
        right = page.width - page.margin_right_mm * MM
        baseline = page.height - page.header_baseline_mm * MM
        size = page.font_size * 1.1

        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(CJK_FONT_BOLD, size)
        canvas.drawString(left, baseline, issued.hall.name)
        canvas.setFont(CJK_FONT, page.font_size)
        canvas.drawRightString(right, baseline, f"服务热线：{issued.hall.hotline}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule = baseline - 2.2 * MM
        canvas.line(left, rule, right, rule)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, doc: D, page_no: int, pages: int) -> None:
        page = self.page_format
        left = page.margin_left_mm * MM
        right = page.width - page.margin_right_mm * MM
        baseline = page.footer_baseline_mm * MM
        size = page.font_size * 0.8

        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        rule = baseline + size + 1.5 * MM
        canvas.line(left, rule, right, rule)
        canvas.setFillColor(MUTED)
        canvas.setFont(CJK_FONT, size)
        count = f"第 {page_no} 页 / 共 {pages} 页"
        canvas.drawRightString(right, baseline, count)
        # A narrow sheet shrinks the print line rather than letting it run into the count.
        line = f"{self.title} {self.reference(doc)}　{printed_line(doc.issued)}"
        room = right - left - canvas.stringWidth(count, CJK_FONT, size) - 4 * MM
        natural = canvas.stringWidth(line, CJK_FONT, size)
        canvas.setFont(CJK_FONT, size * min(1.0, room / natural))
        canvas.drawString(left, baseline, line)
        canvas.restoreState()


@functools.cache
def _counted_canvas() -> type:
    """A canvas that holds its pages back until the end, so each can say 共 M 页."""
    from reportlab.pdfgen.canvas import Canvas as ReportLabCanvas

    class CountedCanvas(ReportLabCanvas):  # type: ignore[misc]
        def __init__(
            self, *args: Any, chrome: Callable[[Canvas, int, int], None], **kwargs: Any
        ) -> None:
            super().__init__(*args, **kwargs)
            self._chrome = chrome
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self._chrome(self, number, pages)
                super().showPage()
            super().save()

    return CountedCanvas


def build_styles(page: PageFormat) -> Styles:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle as Style

    size = page.font_size
    # CJK wrapping breaks between any two Han characters but keeps Latin words and numbers
    # whole; without it a long address with no spaces would run off the page.
    normal = Style(
        "normal",
        fontName=CJK_FONT,
        fontSize=size,
        leading=size * 1.6,
        textColor=INK,
        wordWrap="CJK",
    )
    table_text = Style("table_text", parent=normal, leading=size * 1.45)
    return Styles(
        title=Style(
            "title",
            parent=normal,
            fontName=CJK_FONT_BOLD,
            fontSize=size * 2,
            leading=size * 2.6,
            alignment=TA_CENTER,
            spaceAfter=size * 0.6,
        ),
        heading=Style(
            "heading",
            parent=normal,
            fontName=CJK_FONT_BOLD,
            fontSize=size * 1.15,
            leading=size * 1.6,
        ),
        normal=normal,
        strong=Style("strong", parent=normal, fontName=CJK_FONT_BOLD),
        small=Style(
            "small", parent=normal, fontSize=size * 0.85, leading=size * 1.4, textColor=MUTED
        ),
        table_text=table_text,
        table_label=Style("table_label", parent=table_text, textColor=MUTED),
        table_centred=Style("table_centred", parent=table_text, alignment=TA_CENTER),
        table_header=Style(
            "table_header", parent=table_text, fontName=CJK_FONT_BOLD, alignment=TA_CENTER
        ),
        number=Style(
            "number",
            parent=normal,
            fontName=CJK_FONT_BOLD,
            fontSize=size * 2.1,
            leading=size * 2.6,
        ),
        number_label=Style("number_label", parent=normal, textColor=MUTED),
    )


# ----------------------------------------------------------------------------- formatting


def format_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def format_datetime(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def printed_line(issued: IssuedBy) -> str:
    """The footer's 'who printed this, where and when'."""
    parts = [
        f"打印时间：{format_datetime(issued.printed_at)}",
        f"经办人：{issued.clerk_name}（工号 {issued.clerk_employee_no}）",
    ]
    if issued.counter_number is not None:
        parts.append(f"{issued.counter_number}号窗口")
    return "　".join(parts)


def content_hash(pdf: bytes) -> str:
    """SHA-256 of a rendered document, hex, as kept in the printed-document register."""
    return hashlib.sha256(pdf).hexdigest()


# ----------------------------------------------------------------------------- flowables


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


def code128(
    value: str,
    *,
    bar_height_mm: float = 11,
    module_mm: float = 0.33,
    max_width: float | None = None,
    human_readable: bool = True,
) -> Flowable:
    """A Code 128 barcode of a document number, as the counter's scanner reads it back.

    0.33 mm bars scan reliably on a laser print; a long number that would not fit
    ``max_width`` gets narrower bars, but never below 0.25 mm, where scanners start to fail.
    """
    from reportlab.graphics.barcode.code128 import Code128

    if not value or not value.isascii():
        raise ValueError(f"a Code 128 barcode needs ASCII text, got {value!r}")

    def make(module: float) -> Flowable:
        return Code128(
            value,
            barWidth=module * MM,
            barHeight=bar_height_mm * MM,
            humanReadable=human_readable,
            fontName=CJK_FONT,
            fontSize=8,
        )

    barcode = make(module_mm)
    width, _ = barcode.wrap(0, 0)
    if max_width is not None and width > max_width:
        barcode = make(max(0.25, module_mm * max_width / width))
    return barcode


def qr_code(value: str, *, size_mm: float = 24) -> Flowable:
    """A square QR code (error correction M) ``size_mm`` wide, quiet zone included."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = size_mm * MM
    scale_x, scale_y = size / (x1 - x0), size / (y1 - y0)
    drawing = Drawing(size, size, transform=[scale_x, 0, 0, scale_y, -x0 * scale_x, -y0 * scale_y])
    drawing.add(widget)
    return drawing


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
