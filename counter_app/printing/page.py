"""What a printed page looks like: sheet sizes and margins, type faces, colours and styles.

Every document and every piece it is set in takes its sizes from a :class:`PageFormat` and
its paragraph styles from :func:`build_styles`, so a hall's printouts look alike and a change
of layout happens in one place.

ReportLab is imported inside functions only: the document modules may be imported while the
application starts, and importing ReportLab costs 0.2 s nobody should wait for before a print.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, TypeAlias

from counter_app.printing.fonts import CJK_FONT, CJK_FONT_BOLD

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
    def frame_left(self) -> float:
        """Where the printable frame starts, from the left edge (points)."""
        return self.margin_left_mm * MM

    @property
    def frame_right(self) -> float:
        """Where the printable frame ends, from the left edge (points)."""
        return self.width - self.margin_right_mm * MM

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
