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
import itertools
import operator
import re
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
    # A continuous roll: the page is exactly as long as its content, and ``height_mm`` is only
    # the longest page the printer accepts.
    roll: bool = False
    # Bold drawn by stroking the regular face's outlines (see :data:`STROKED_BOLD`).
    synthetic_bold: bool = False

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

# 80 mm thermal receipt roll: the print head covers the middle 72 mm.  The header (hall and
# hotline, centred) and the footer (document and print line) take two lines each.
THERMAL_80 = PageFormat(
    name="80mm",
    width_mm=80,
    height_mm=2000,
    margin_top_mm=13,
    margin_right_mm=4,
    margin_bottom_mm=13,
    margin_left_mm=4,
    header_baseline_mm=5.5,
    footer_baseline_mm=5,
    font_size=8,
    roll=True,
    synthetic_bold=True,
)


@dataclass(frozen=True)
class Face:
    """A registered font as text is drawn in it, optionally emboldened by stroking.

    Widths are the font's own: a stroked outline grows by a fraction of a point, which no
    layout needs to know about.
    """

    font: str
    stroke: float = 0.0  # width of the outline, as a fraction of the type size

    def width(self, value: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(value, self.font, size))

    def draw(
        self,
        canvas: Canvas,
        x: float,
        baseline: float,
        value: str,
        size: float,
        *,
        align: str = "left",
        colour: str = INK,
    ) -> None:
        """Draw ``value`` starting at, centred on or ending at ``x``."""
        canvas.setFont(self.font, size)
        canvas.setFillColor(pdf_colour(colour))
        draw = {
            "left": canvas.drawString,
            "centre": canvas.drawCentredString,
            "right": canvas.drawRightString,
        }[align]
        if not self.stroke:
            draw(x, baseline, value)
            return
        canvas.saveState()
        canvas.setStrokeColor(pdf_colour(colour))
        canvas.setLineWidth(size * self.stroke)
        canvas.setLineJoin(1)  # round: no spikes at sharp corners of the strokes
        draw(x, baseline, value, mode=2)  # fill, then stroke the outline
        canvas.restoreState()


@functools.cache
def pdf_colour(value: str) -> Any:
    """ReportLab's colour for a ``#rrggbb`` string, parsed once: parsing it costs more than
    drawing the line of text it colours."""
    from reportlab.lib.colors import toColor

    return toColor(value)


REGULAR = Face(CJK_FONT)
BOLD = Face(CJK_FONT_BOLD)
# A thermal printer's 'emphasised' mode strikes each dot twice; stroking the regular outlines
# does the same on paper, and spares every receipt the subset of a second 10 MB font: that
# subset, its compression and its width table are a fifth of the time a receipt takes.
STROKED_BOLD = Face(CJK_FONT, stroke=0.045)


def bold_face(page: PageFormat) -> Face:
    return STROKED_BOLD if page.synthetic_bold else BOLD


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
        _configure_reportlab()
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
        chrome = functools.partial(self.draw_chrome, doc)
        if page.roll:
            # One page whose length is known before it is drawn: the chrome can go on at once,
            # without holding the page back to count pages.
            def on_page(canvas: Canvas, _template: Any) -> None:
                number = canvas.getPageNumber()
                chrome(canvas, number, number)

            template.addPageTemplates([PageTemplate(id="roll", frames=[body], onPage=on_page)])
            template.build(story)
        else:
            template.addPageTemplates([PageTemplate(id="sheet", frames=[body])])
            template.build(story, canvasmaker=functools.partial(_counted_canvas(), chrome=chrome))
        return buffer.getvalue()

    def page_size(self, sheet: Sheet, story: list[Flowable]) -> tuple[float, float]:
        """Width and height of every page in points; a roll is as long as ``story`` needs."""
        page = sheet.page
        if not page.roll:
            return (page.width, page.height)
        margins = (page.margin_top_mm + page.margin_bottom_mm) * MM
        # A point of slack: the frame must not find the last line a hair too long to fit.
        length = margins + measure_story(story, sheet.width) + 1
        return (page.width, min(length, page.height))

    def draw_chrome(self, doc: D, canvas: Canvas, page_no: int, pages: int) -> None:
        """Draw the header and footer once the number of pages is known."""
        self.draw_header(canvas, doc.issued)
        self.draw_footer(canvas, doc, page_no, pages)

    def draw_header(self, canvas: Canvas, issued: IssuedBy) -> None:
        page = self.page_format
        if page.roll:
            self._draw_roll_header(canvas, issued)
            return
        left = page.margin_left_mm * MM
        right = page.width - page.margin_right_mm * MM
        baseline = page.height - page.header_baseline_mm * MM
        size = page.font_size * 1.1

        canvas.saveState()
        bold_face(page).draw(canvas, left, baseline, issued.hall.name, size)
        canvas.setFont(CJK_FONT, page.font_size)
        canvas.drawRightString(right, baseline, f"服务热线：{issued.hall.hotline}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule = baseline - 2.2 * MM
        canvas.line(left, rule, right, rule)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, doc: D, page_no: int, pages: int) -> None:
        page = self.page_format
        if page.roll:
            self._draw_roll_footer(canvas, doc)
            return
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

    def _draw_roll_header(self, canvas: Canvas, issued: IssuedBy) -> None:
        """The hall centred over its hotline, as a till receipt starts."""
        page = self.page_format
        left = page.margin_left_mm * MM
        right = page.width - page.margin_right_mm * MM
        centre = (left + right) / 2
        baseline = _page_height(canvas) - page.header_baseline_mm * MM
        size = page.font_size * 1.25

        canvas.saveState()
        canvas.setFillColor(INK)
        room = right - left
        _draw_fitted(canvas, issued.hall.name, bold_face(page), size, centre, baseline, room)
        baseline -= page.font_size * 1.45
        canvas.setFont(CJK_FONT, page.font_size)
        canvas.drawCentredString(centre, baseline, f"服务热线：{issued.hall.hotline}")
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        rule = baseline - 2 * MM
        canvas.line(left, rule, right, rule)
        canvas.restoreState()

    def _draw_roll_footer(self, canvas: Canvas, doc: D) -> None:
        """Document and print line on two lines: a roll has no second page to count."""
        page = self.page_format
        left = page.margin_left_mm * MM
        right = page.width - page.margin_right_mm * MM
        centre = (left + right) / 2
        baseline = page.footer_baseline_mm * MM
        size = page.font_size * 0.8

        canvas.saveState()
        canvas.setFillColor(INK)
        _draw_fitted(
            canvas, printed_line(doc.issued), REGULAR, size, centre, baseline, right - left
        )
        baseline += size * 1.35
        reference = f"{self.title} {self.reference(doc)}"
        _draw_fitted(canvas, reference, REGULAR, size, centre, baseline, right - left)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.4)
        rule = baseline + size + 1.2 * MM
        canvas.line(left, rule, right, rule)
        canvas.restoreState()


def _page_height(canvas: Canvas) -> float:
    # ReportLab keeps the size of the page being drawn only here; a roll's differs per document.
    return float(canvas._pagesize[1])


def _draw_fitted(
    canvas: Canvas, value: str, face: Face, size: float, centre: float, baseline: float, room: float
) -> None:
    """One centred line, its type made smaller when it would be wider than ``room``."""
    natural = face.width(value, size)
    fitted = size * min(1.0, room / natural) if natural else size
    face.draw(canvas, centre, baseline, value, fitted, align="centre")


def measure_story(story: Sequence[Flowable], width: float) -> float:
    """The height ``story`` takes in a frame ``width`` wide and unlimited in length.

    It adds space as a frame does: none before the first flowable, and between two flowables
    the larger of the space after one and the space before the next (ReportLab's
    ``overlapAttachedSpace``, on by default) or their sum (when it is off).
    """
    from reportlab import rl_config

    overlap = bool(rl_config.overlapAttachedSpace)
    unlimited = 1e6
    height = 0.0
    space_after = 0.0
    for index, flowable in enumerate(story):
        _, flowable_height = flowable.wrap(width, unlimited)
        if index:
            space_before = flowable.getSpaceBefore()
            height += max(space_before, space_after) if overlap else space_before + space_after
        height += flowable_height
        space_after = flowable.getSpaceAfter()
    return height


@functools.cache
def _configure_reportlab() -> None:
    """Settings every document of the application shares, made once.

    ReportLab wraps compressed page content in ASCII85 by default, for 7-bit mail and
    terminals: a quarter larger, and encoded in pure Python at a millisecond per receipt.
    Our PDFs go to files and printers, which take binary streams as every PDF reader does.
    The customer waits for the receipt, so streams are compressed for speed, not size.
    """
    import zlib

    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    rl_config.useA85 = 0

    class FastFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
        """Flate at level 1 instead of zlib's default 6: a receipt's streams (its font subset
        above all) come out about 5 % larger and are written a millisecond sooner."""

        def encode(self, text: str | bytes) -> bytes:
            data = text.encode("utf8") if isinstance(text, str) else text
            return zlib.compress(data, 1)

    # ReportLab looks this filter up by module attribute when it writes each stream.
    pdfdoc.PDFZCompress = FastFlate()


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


def clerk_line(issued: IssuedBy) -> str:
    """``李娜（工号 C0123）``: the clerk as every document names them."""
    return f"{issued.clerk_name}（工号 {issued.clerk_employee_no}）"


def counter_line(issued: IssuedBy) -> str | None:
    """``3号窗口``, or nothing for a document not issued at a counter window."""
    number = issued.counter_number
    return None if number is None else f"{number}号窗口"


def printed_line(issued: IssuedBy) -> str:
    """The footer's 'who printed this, where and when'."""
    parts = [
        f"打印时间：{format_datetime(issued.printed_at)}",
        f"经办人：{clerk_line(issued)}",
    ]
    counter = counter_line(issued)
    if counter is not None:
        parts.append(counter)
    return "　".join(parts)


def content_hash(pdf: bytes) -> str:
    """SHA-256 of a rendered document, hex, as kept in the printed-document register."""
    return hashlib.sha256(pdf).hexdigest()


# Latin words, numbers and ASCII punctuation between them stay whole (a house number such as
# 12-3-502 or a payment reference must not break); any other character may begin a line.
_WRAP_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,:/#&_+*\-]*|\s+|.", re.DOTALL)
# 避头尾: closing punctuation may not begin a line, opening punctuation may not end one.
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕…,.;:?!)]}%")
_NO_LINE_END = frozenset("（《「『【〔([{")


def wrap_text(value: str, font: str, size: float, width: float) -> list[str]:
    """``value`` broken into lines no wider than ``width`` points, for drawing line by line.

    Breaks between Han characters, at spaces and at line breaks in ``value``; a word or number
    longer than a whole line is cut where it has to be.  Drawing each line with one
    ``drawString`` keeps numbers and amounts whole in the PDF's text.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for paragraph in value.splitlines() or [""]:
        if stringWidth(paragraph, font, size) <= width:  # most lines: measured once
            lines.append(paragraph.rstrip())
            continue
        pending = _WRAP_TOKEN.findall(paragraph)
        pending.reverse()  # popped from the end: cheap, and a token can be pushed back
        line = ""
        used = 0.0
        while pending:
            token = pending.pop()
            token_width = stringWidth(token, font, size)
            if used + token_width <= width:
                line += token
                used += token_width
                continue
            if token.isspace():  # the break goes here; the space is not carried over
                lines.append(line.rstrip())
                line, used = "", 0.0
                continue
            if not line:  # longer than a line on its own: cut it
                cut = 1
                while cut < len(token) and stringWidth(token[: cut + 1], font, size) <= width:
                    cut += 1
                lines.append(token[:cut])
                pending.append(token[cut:])
                continue
            # A closing mark pulls the character before it down to the new line; an opening
            # mark goes down with the text it opens.
            carried = ""
            if len(line) > 1 and (
                (token[0] in _NO_LINE_START and not line[-1].isascii()) or line[-1] in _NO_LINE_END
            ):
                carried = line[-1]
                line = line[:-1]
            lines.append(line.rstrip())
            line = carried
            used = stringWidth(carried, font, size)
            pending.append(token)
        lines.append(line.rstrip())
    return lines


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
        width, _ = barcode.wrap(0, 0)
    if human_readable:
        return barcode
    # Without text under it the barcode is only its bars: drawn as one path from ReportLab's
    # own encoding, instead of a rectangle operator per bar and a re-encoding of the value
    # every time the widget is measured or drawn.
    return _bars_flowable_class()(
        barcode.decomposed, barcode.barWidth, barcode.barHeight, barcode.lquiet, width
    )


@functools.cache
def _bars_flowable_class() -> type:
    from reportlab.platypus import Flowable as ReportLabFlowable

    class Bars(ReportLabFlowable):  # type: ignore[misc]
        """A linear barcode from its pattern: upper-case letters are bars, lower-case
        spaces, 'a'/'A' one module wide, 'b'/'B' two, and so on."""

        def __init__(
            self, pattern: str, module: float, height: float, quiet: float, width: float
        ) -> None:
            super().__init__()
            self.pattern, self.module, self.quiet = pattern, module, quiet
            self.width, self.height = width, height

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return (self.width, self.height)

        def draw(self) -> None:
            bars: list[str] = []
            position = 0
            for letter in self.pattern:
                if letter.isupper():
                    modules = ord(letter) - ord("A") + 1
                    bars.append(f"{position} 0 {modules} 1 re")
                else:
                    modules = ord(letter) - ord("a") + 1
                position += modules
            canvas = self.canv
            canvas.saveState()
            canvas.setFillColor(pdf_colour("#000000"))
            canvas.transform(self.module, 0, 0, self.height, self.quiet, 0)
            canvas.addLiteral("\n".join(bars) + "\nf")
            canvas.restoreState()

    return Bars


def qr_code(
    value: str,
    *,
    size_mm: float = 24,
    min_module_mm: float = 0,
    max_size_mm: float | None = None,
) -> Flowable:
    """A square QR code (error correction M) ``size_mm`` wide, quiet zone included.

    A long ``value`` needs many modules; with ``min_module_mm`` the code grows (up to
    ``max_size_mm``) rather than printing modules too small for a phone or a thermal head.
    """
    matrix = qr_matrix(value)
    modules = matrix.size + 2 * QR_QUIET_ZONE
    size = max(size_mm, modules * min_module_mm)
    if max_size_mm is not None:
        size = min(size, max_size_mm)
    return _qr_flowable_class()(matrix, size * MM)


@functools.cache
def _qr_flowable_class() -> type:
    from reportlab.platypus import Flowable as ReportLabFlowable

    class QrFlowable(ReportLabFlowable):  # type: ignore[misc]
        """Draws the dark modules as one filled path of horizontal runs.

        One path keeps the file small and the rendering fast, and a rasteriser fills it
        without the hairline seams that separately filled squares show between rows.
        """

        def __init__(self, matrix: QrMatrix, size: float) -> None:
            super().__init__()
            self.matrix = matrix
            self.width = self.height = size

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return (self.width, self.height)

        def draw(self) -> None:
            draw_qr(self.canv, self.matrix, 0, 0, self.width)

    return QrFlowable


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Draw ``matrix`` with its quiet zone as a ``size`` square whose lower left is ``x, y``.

    The dark modules go out as one path of whole-module rectangles in module units, written
    as PDF operators directly: ReportLab formats every coordinate of a ``rect`` in Python,
    which for the few hundred runs of a QR code took longer than encoding it.
    """
    module = size / (matrix.size + 2 * QR_QUIET_ZONE)
    bottom_row = matrix.size - 1
    runs = [
        f"{run.start()} {bottom_row - index} {run.end() - run.start()} 1 re"
        for index, row in enumerate(matrix.rows)
        for run in _DARK_RUN.finditer(row)
    ]
    canvas.saveState()
    canvas.setFillColor(pdf_colour("#000000"))
    canvas.transform(module, 0, 0, module, x + QR_QUIET_ZONE * module, y + QR_QUIET_ZONE * module)
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()


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


# ----------------------------------------------------------------------------- QR encoding
#
# ReportLab's encoder tries all eight masks with a slow scoring loop and its widget draws
# every module as a separate shape: 30 ms and more per receipt.  This encoder builds the same
# symbols (byte mode, error correction M; the tests compare it with ReportLab's module for
# module) with the fixed parts of each version cached and the mask scoring done on whole
# rows, in about a millisecond.

QR_QUIET_ZONE = 4  # modules of light margin the standard asks for on every side
_DARK_RUN = re.compile("1+")

# Error correction level M, from the standard's table (ISO/IEC 18004): per version,
# the error correction codewords of every block and the (number of blocks, data codewords
# per block) groups.
_QR_BLOCKS_M: tuple[tuple[int, tuple[tuple[int, int], ...]], ...] = (
    (10, ((1, 16),)),
    (16, ((1, 28),)),
    (26, ((1, 44),)),
    (18, ((2, 32),)),
    (24, ((2, 43),)),
    (16, ((4, 27),)),
    (18, ((4, 31),)),
    (22, ((2, 38), (2, 39))),
    (22, ((3, 36), (2, 37))),
    (26, ((4, 43), (1, 44))),
    (30, ((1, 50), (4, 51))),
    (22, ((6, 36), (2, 37))),
    (22, ((8, 37), (1, 38))),
    (24, ((4, 40), (5, 41))),
    (24, ((5, 41), (5, 42))),
    (28, ((7, 45), (3, 46))),
    (28, ((10, 46), (1, 47))),
    (26, ((9, 43), (4, 44))),
    (26, ((3, 44), (11, 45))),
    (26, ((3, 41), (13, 42))),
    (26, ((17, 42),)),
    (28, ((17, 46),)),
    (28, ((4, 47), (14, 48))),
    (28, ((6, 45), (14, 46))),
    (28, ((8, 47), (13, 48))),
    (28, ((19, 46), (4, 47))),
    (28, ((22, 45), (3, 46))),
    (28, ((3, 45), (23, 46))),
    (28, ((21, 45), (7, 46))),
    (28, ((19, 47), (10, 48))),
    (28, ((2, 46), (29, 47))),
    (28, ((10, 46), (23, 47))),
    (28, ((14, 46), (21, 47))),
    (28, ((14, 46), (23, 47))),
    (28, ((12, 47), (26, 48))),
    (28, ((6, 47), (34, 48))),
    (28, ((29, 46), (14, 47))),
    (28, ((13, 46), (32, 47))),
    (28, ((40, 47), (7, 48))),
    (28, ((18, 47), (31, 48))),
)
_QR_LEVEL_M = 0b00  # the two error-correction bits of the format information


@dataclass(frozen=True)
class QrMatrix:
    """A finished QR symbol: rows of ``"1"`` (dark) and ``"0"`` (light), top row first."""

    version: int
    mask: int
    rows: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class _QrTemplate:
    """What every symbol of one version shares; rows are ints, the leftmost module highest."""

    size: int
    function_rows: tuple[int, ...]  # the finder, timing and alignment patterns, dark module
    data_rows: tuple[int, ...]  # where data may go: everything not reserved
    data_positions: tuple[tuple[int, int], ...]  # (row, bit) in placement order
    format_positions: tuple[tuple[tuple[int, int], ...], ...]  # per format bit, both copies


def qr_matrix(value: str, *, mask: int | None = None) -> QrMatrix:
    """Encode ``value`` (UTF-8, byte mode, error correction M) in the smallest version.

    Without ``mask`` the mask with the lowest penalty score is chosen, as the standard says.
    """
    data = value.encode("utf-8")
    version = _qr_version_for(len(data))
    template = _qr_template(version)
    rows = _qr_place(template, _qr_codewords(data, version))
    masks = range(8) if mask is None else (mask,)
    candidates = [(_qr_apply_mask(template, rows, version, m), m) for m in masks]
    if len(candidates) == 1:
        best, chosen = candidates[0]
    else:
        best, chosen = min(
            candidates, key=lambda pair: (_qr_penalty(pair[0], template.size), pair[1])
        )
    width = template.size
    return QrMatrix(
        version=version,
        mask=chosen,
        rows=tuple(format(row, f"0{width}b") for row in best),
    )


def _qr_version_for(length: int) -> int:
    for version, (_, groups) in enumerate(_QR_BLOCKS_M, start=1):
        capacity = sum(count * size for count, size in groups)
        count_bits = 8 if version < 10 else 16
        if 4 + count_bits + 8 * length <= 8 * capacity:
            return version
    raise ValueError(f"{length} bytes are too many for a QR code at error correction M")


def _qr_codewords(data: bytes, version: int) -> list[int]:
    """The data with mode, length, terminator and padding, split into blocks with their error
    correction, interleaved as they are placed."""
    ec_length, groups = _QR_BLOCKS_M[version - 1]
    capacity = sum(count * size for count, size in groups)
    count_bits = 8 if version < 10 else 16
    bits = 4 + count_bits + 8 * len(data)
    stream = ((0b0100 << count_bits | len(data)) << 8 * len(data)) | int.from_bytes(data, "big")
    terminator = min(4, 8 * capacity - bits)
    bits += terminator
    padding = terminator + (-bits % 8)
    stream <<= padding
    bits += -bits % 8
    codewords = list(stream.to_bytes(bits // 8, "big"))
    codewords.extend((0xEC, 0x11) * ((capacity - len(codewords) + 1) // 2))
    del codewords[capacity:]

    blocks: list[list[int]] = []
    corrections: list[list[int]] = []
    offset = 0
    products = _rs_products(ec_length)
    for count, size in groups:
        for _ in range(count):
            block = codewords[offset : offset + size]
            offset += size
            blocks.append(block)
            corrections.append(_rs_remainder(block, products))
    out: list[int] = []
    for index in range(max(len(block) for block in blocks)):
        out.extend(block[index] for block in blocks if index < len(block))
    for index in range(ec_length):
        out.extend(correction[index] for correction in corrections)
    return out


@functools.cache
def _gf256() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Exponent and logarithm tables of GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1."""
    exp = [0] * 510
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    exp[255:] = exp[:255]  # so that a sum of two logarithms needs no modulo
    return tuple(exp), tuple(log)


@functools.cache
def _rs_generator_logs(degree: int) -> tuple[int, ...]:
    """Logarithms of the Reed-Solomon generator's coefficients after the leading 1."""
    exp, log = _gf256()
    poly = [1]
    for power in range(degree):
        product = [*poly, 0]
        for index, coefficient in enumerate(poly):
            if coefficient:
                product[index + 1] ^= exp[log[coefficient] + power]
        poly = product
    return tuple(log[coefficient] for coefficient in poly[1:])


@functools.cache
def _rs_products(degree: int) -> tuple[tuple[int, ...], ...]:
    """For every byte, its products with the generator's coefficients: the division below
    then needs one table row per codeword instead of a multiplication per coefficient."""
    exp, log = _gf256()
    generator = _rs_generator_logs(degree)
    rows = [
        tuple(exp[log[factor] + coefficient] for coefficient in generator)
        for factor in range(1, 256)
    ]
    return ((0,) * degree, *rows)


def _rs_remainder(block: Sequence[int], products: Sequence[Sequence[int]]) -> list[int]:
    """The error correction codewords of ``block``: the remainder of its division by the
    generator polynomial."""
    remainder = [0] * len(products[0])
    for codeword in block:
        row = products[codeword ^ remainder[0]]
        remainder = [*map(operator.xor, remainder[1:], row), row[-1]]
    return remainder


def _qr_alignment_centres(version: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    size = 4 * version + 17
    return [6, *sorted(size - 7 - index * step for index in range(count - 1))]


def _bch(value: int, generator: int, length: int) -> int:
    """``value`` followed by its ``length``-bit BCH remainder."""
    remainder = value << length
    top = generator.bit_length()
    while remainder.bit_length() >= top:
        remainder ^= generator << (remainder.bit_length() - top)
    return value << length | remainder


@functools.cache
def _qr_template(version: int) -> _QrTemplate:
    size = 4 * version + 17
    dark = [[False] * size for _ in range(size)]
    reserved = [[False] * size for _ in range(size)]

    def put(row: int, column: int, is_dark: bool) -> None:
        dark[row][column] = is_dark
        reserved[row][column] = True

    for index in range(size):  # timing patterns; the finders below overwrite their ends
        put(6, index, index % 2 == 0)
        put(index, 6, index % 2 == 0)
    for centre_row, centre_column in ((3, 3), (3, size - 4), (size - 4, 3)):
        for dr in range(-4, 5):  # the finder and its light separator
            for dc in range(-4, 5):
                row, column = centre_row + dr, centre_column + dc
                if 0 <= row < size and 0 <= column < size:
                    put(row, column, max(abs(dr), abs(dc)) not in (2, 4))
    centres = _qr_alignment_centres(version)
    corners = {(6, 6), (6, size - 7), (size - 7, 6)}
    for centre_row in centres:
        for centre_column in centres:
            if (centre_row, centre_column) in corners:
                continue
            for dr in range(-2, 3):
                for dc in range(-2, 3):
                    put(centre_row + dr, centre_column + dc, max(abs(dr), abs(dc)) != 1)

    # Format information: bits 0-14, each in two places, reserved here and set per mask.
    format_positions: list[tuple[tuple[int, int], ...]] = []
    for bit in range(15):
        if bit < 6:
            first = (bit, 8)
        elif bit < 8:
            first = (bit + 1, 8)
        elif bit == 8:
            first = (8, 7)
        else:
            first = (8, 14 - bit)
        second = (8, size - 1 - bit) if bit < 8 else (size - 15 + bit, 8)
        format_positions.append((first, second))
        for row, column in (first, second):
            reserved[row][column] = True
    put(size - 8, 8, True)  # the dark module beside the lower format copy

    if version >= 7:
        bits = _bch(version, 0x1F25, 12)
        for bit in range(18):
            is_dark = bool(bits >> bit & 1)
            near, far = bit // 3, size - 11 + bit % 3
            put(near, far, is_dark)
            put(far, near, is_dark)

    # Data goes up and down two-module columns from the right, skipping the timing column.
    positions: list[tuple[int, int]] = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = (right + 1) & 2 == 0
        for step in range(size):
            row = size - 1 - step if upward else step
            for column in (right, right - 1):
                if not reserved[row][column]:
                    positions.append((row, 1 << (size - 1 - column)))
        right -= 2

    def as_ints(grid: list[list[bool]]) -> tuple[int, ...]:
        return tuple(int("".join("1" if cell else "0" for cell in row), 2) for row in grid)

    return _QrTemplate(
        size=size,
        function_rows=as_ints(dark),
        data_rows=as_ints([[not cell for cell in row] for row in reserved]),
        data_positions=tuple(positions),
        format_positions=tuple(
            tuple((row, 1 << (size - 1 - column)) for row, column in pair)
            for pair in format_positions
        ),
    )


def _qr_place(template: _QrTemplate, codewords: Sequence[int]) -> list[int]:
    rows = list(template.function_rows)
    bits = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b")
    for row, column_bit in itertools.compress(template.data_positions, map(int, bits)):
        rows[row] |= column_bit
    return rows  # remainder modules after the last codeword stay light, as the standard says


_QR_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
)


@functools.cache
def _qr_mask_rows(version: int, mask: int) -> tuple[int, ...]:
    template = _qr_template(version)
    size = template.size
    condition = _QR_MASKS[mask]
    pattern = (
        int("".join("1" if condition(row, column) else "0" for column in range(size)), 2)
        for row in range(size)
    )
    return tuple(bits & data for bits, data in zip(pattern, template.data_rows, strict=True))


def _qr_apply_mask(
    template: _QrTemplate, rows: Sequence[int], version: int, mask: int
) -> list[int]:
    masked = [row ^ flip for row, flip in zip(rows, _qr_mask_rows(version, mask), strict=True)]
    info = _bch(_QR_LEVEL_M << 3 | mask, 0x537, 10) ^ 0x5412
    for bit, places in enumerate(template.format_positions):
        if info >> bit & 1:
            for row, column_bit in places:
                masked[row] |= column_bit
    return masked


_FINDER_LIKE = ("10111010000", "00001011101")  # neither overlaps itself: str.count is exact


def _qr_penalty(rows: Sequence[int], size: int) -> int:
    """The standard's mask penalty: long runs, 2x2 blocks, finder look-alikes, imbalance.

    The rows, and then the columns, are laid end to end as one integer, so that each rule
    is a few operations on it instead of a loop over lines; masks keep runs and blocks
    from reaching across the end of a line.
    """
    lines = [format(row, f"0{size}b") for row in rows]
    grid = "".join(lines)
    columns = [grid[column::size] for column in range(size)]
    by_rows, by_columns = int(grid, 2), int("".join(columns), 2)
    in_line, in_block = _qr_penalty_masks(size)
    score = 0
    for bits in (by_rows, by_columns):
        equal = ~(bits ^ bits >> 1) & in_line  # bit i: modules i and i + 1 alike
        fives = equal & equal >> 1 & equal >> 2 & equal >> 3  # five alike from bit i
        # A run of n >= 5 alike holds n - 4 such windows and costs 3 + (n - 5) points.
        score += fives.bit_count() + 2 * (fives & ~(fives << 1)).bit_count()
    below = by_rows >> size  # each module's neighbour in the next row
    same = ~(by_rows ^ below) & ~(by_rows ^ by_rows >> 1) & ~(below ^ below >> 1) & in_block
    score += 3 * same.bit_count()
    # Every line framed by the light area around the symbol, all in one string.
    framed = "0000" + "0000|0000".join(lines + columns) + "0000"
    score += 40 * sum(framed.count(pattern) for pattern in _FINDER_LIKE)
    total = size * size
    score += 10 * (abs(20 * by_rows.bit_count() - 10 * total) // total)
    return score


@functools.cache
def _qr_penalty_masks(size: int) -> tuple[int, int]:
    """Bits of a symbol laid out line after line whose right-hand neighbour is on the same
    line, and of those, the ones that also have a line after them (2x2 blocks)."""
    line = (1 << (size - 1)) - 1
    in_line = 0
    for _ in range(size):
        in_line = in_line << size | line
    return in_line, in_line & ((1 << (size * (size - 1))) - 1)
