"""The pieces receipts and void slips are set in, and what their layouts share.

A receipt is printed while the customer waits at the counter, so it is laid out by hand rather
than with Paragraphs and Tables: each line is measured with the font's widths and written as
one string (see :class:`Pen`), which is several times faster and keeps every number and
amount one piece of text in the PDF (an auditor's search, and the tests, find ``¥1,234.50``
whole).  The void slip that cancels a receipt is set in the same pieces and the same
:class:`SlipLayout`, so the two look like one family: the same heading, number and barcode,
the same customer fields, totals and tender lines.
"""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from counter_app.domain.documents import IssuedBy
from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import ReceiptTender
from counter_app.printing.base import (
    A5,
    INK,
    MUTED,
    REGULAR,
    RULE,
    THERMAL_80,
    Canvas,
    Face,
    Flowable,
    PageFormat,
    PdfDocument,
    Sheet,
    bold_face,
    clerk_line,
    code128,
    counter_line,
    format_date,
    pdf_colour,
    wrap_text,
)

# The sheet draws bold like the roll, by stroking the regular face: one embedded font
# instead of two takes a fifth off the time a receipt takes, and a laser printer renders
# the stroked face as cleanly.
LAYOUTS: dict[str, PageFormat] = {
    "thermal80": THERMAL_80,
    "a5": replace(A5, synthetic_bold=True),
}


# ----------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Look:
    """Type sizes, colours and the bold face of one layout, sizes in points.

    A thermal head prints black or nothing, so the roll has no greys; the sheet sets labels
    in grey to let the values stand out.
    """

    bold: Face

    size: float  # body text
    leading: float
    small: float
    heading: float  # the receipt's name
    total: float  # 合计
    change: float  # 找零, said aloud by the clerk
    number: float  # the receipt number
    label: str  # colour of labels
    rule: str  # colour of separators
    indent: float  # bill details under their period

    @classmethod
    def for_page(cls, page: PageFormat) -> Look:
        size = page.font_size
        return cls(
            bold=bold_face(page),
            size=size,
            leading=size * 1.42,
            small=size * 0.88,
            heading=size * 1.6,
            total=size * 1.6,
            change=size * 1.35,
            number=size * (1.15 if page.roll else 1.5),
            label=INK if page.roll else MUTED,
            rule=INK if page.roll else RULE,
            indent=size * (1 if page.roll else 0),
        )


def _baseline(top: float, size: float, leading: float) -> float:
    """Baseline of a line whose box starts at ``top``: the em box (0.88 above the baseline,
    0.12 below in Noto Sans SC) centred in the leading."""
    return top - (leading - size) / 2 - 0.88 * size


class Pen:
    """Writes the text of one block as a single PDF text object.

    ``canvas.drawString`` opens a text object and sets font and colour for every string;
    with some sixty strings on a receipt that was a fifth of the time it took.  Text goes
    out in the order written, so the PDF's text reads as the receipt does.

    A synthetic bold switches the render mode to fill-and-stroke inside the object; the line
    width is graphics state set outside it, so a block's bold text shares one stroke, the
    one its smallest bold type asks for (larger type comes out a shade lighter).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._text: Any = None
        self._font: tuple[str, float] | None = None
        self._fill: str | None = None
        self._stroke: str | None = None
        self._line_width: float | None = None

    def write(
        self,
        face: Face,
        size: float,
        x: float,
        baseline: float,
        value: str,
        *,
        align: str = "left",
        colour: str = INK,
    ) -> None:
        if align != "left":
            width = face.width(value, size)
            x -= width if align == "right" else width / 2
        if self._text is None:
            self._text = self.canvas.beginText()
        text = self._text
        if self._font != (face.font, size):
            text.setFont(face.font, size)
            self._font = (face.font, size)
        if self._fill != colour:
            text.setFillColor(pdf_colour(colour))
            self._fill = colour
        if face.stroke:
            if self._stroke != colour:
                text.setStrokeColor(pdf_colour(colour))
                self._stroke = colour
            line_width = size * face.stroke
            self._line_width = min(self._line_width or line_width, line_width)
            text.setTextRenderMode(2)  # fill, then stroke the outline
        else:
            text.setTextRenderMode(0)
        text.setTextOrigin(x, baseline)
        text.textOut(value)

    def finish(self) -> None:
        """Put the text on the canvas; call once the block is drawn."""
        text, line_width = self._text, self._line_width
        self._text = self._font = self._fill = self._stroke = self._line_width = None
        if text is None:
            return
        if line_width is None:
            self.canvas.drawText(text)
            return
        # Line width, join and render mode are graphics state: keep them to this text.
        self.canvas.saveState()
        self.canvas.setLineWidth(line_width)
        self.canvas.setLineJoin(1)  # round: no spikes at the sharp corners of strokes
        self.canvas.drawText(text)
        self.canvas.restoreState()


class Item(ABC):
    """A piece of a block: it measures itself for a width, then draws from its top edge."""

    @abstractmethod
    def layout(self, width: float) -> float:
        """Height at ``width``; remembers whatever :meth:`draw` needs."""

    @abstractmethod
    def draw(self, pen: Pen, x: float, top: float, width: float) -> None: ...


class Text(Item):
    """Wrapped text, left, centred or right."""

    def __init__(
        self,
        value: str,
        *,
        face: Face = REGULAR,
        size: float,
        leading: float,
        align: str = "left",
        indent: float = 0,
        colour: str = INK,
    ) -> None:
        self.value, self.face, self.size, self.leading = value, face, size, leading
        self.align, self.indent, self.colour = align, indent, colour
        self.lines: list[str] = []

    def layout(self, width: float) -> float:
        self.lines = wrap_text(self.value, self.face.font, self.size, width - self.indent)
        return len(self.lines) * self.leading

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        if self.align == "centre":
            x += (width + self.indent) / 2
        elif self.align == "right":
            x += width
        else:
            x += self.indent
        for line in self.lines:
            if line:  # an empty table cell still takes its line, but writes nothing
                baseline = _baseline(top, self.size, self.leading)
                pen.write(
                    self.face, self.size, x, baseline, line, align=self.align, colour=self.colour
                )
            top -= self.leading


class LabelValue(Item):
    """``户名　张伟``: the label in its own column, the value wrapped beside it."""

    def __init__(
        self,
        label: str,
        value: str,
        *,
        label_width: float,
        size: float,
        leading: float,
        label_colour: str,
        face: Face = REGULAR,
    ) -> None:
        self.label, self.label_width, self.label_colour = label, label_width, label_colour
        self.value = Text(value, face=face, size=size, leading=leading)

    def layout(self, width: float) -> float:
        return self.value.layout(width - self.label_width)

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        value = self.value
        baseline = _baseline(top, value.size, value.leading)
        pen.write(REGULAR, value.size, x, baseline, self.label, colour=self.label_colour)
        value.draw(pen, x + self.label_width, top, width - self.label_width)


class Amount(Item):
    """A label on the left and a figure on the right edge, as on a till receipt.

    The figure never wraps; a label too long to leave it room wraps instead, with the figure
    on its first line.
    """

    def __init__(
        self,
        label: str,
        figure: str,
        *,
        size: float,
        leading: float,
        figure_size: float | None = None,
        label_face: Face = REGULAR,
        figure_face: Face = REGULAR,
        label_colour: str = INK,
        indent: float = 0,
        gap: float = 6,
    ) -> None:
        self.figure, self.figure_face = figure, figure_face
        self.figure_size = figure_size or size
        self.indent, self.gap = indent, gap
        self.leading = max(leading, self.figure_size * 1.3)
        self.label = Text(label, face=label_face, size=size, leading=leading, colour=label_colour)

    def layout(self, width: float) -> float:
        figure_width = self.figure_face.width(self.figure, self.figure_size)
        label_height = self.label.layout(width - self.indent - figure_width - self.gap)
        return max(self.leading, label_height + self.leading - self.label.leading)

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        # Label and figure share the first baseline even when their sizes differ.
        baseline = _baseline(top, self.figure_size, self.leading)
        label = self.label
        label_top = baseline + (label.leading - label.size) / 2 + 0.88 * label.size
        label.draw(pen, x + self.indent, label_top, width - self.indent)
        pen.write(
            self.figure_face, self.figure_size, x + width, baseline, self.figure, align="right"
        )


class Rule(Item):
    """A separator across the width: dashed between sections, heavy before the total."""

    def __init__(
        self, *, colour: str, weight: float = 0.5, dashed: bool = False, space: float = 4
    ) -> None:
        self.colour, self.weight, self.dashed, self.space = colour, weight, dashed, space

    def layout(self, width: float) -> float:
        return 2 * self.space + self.weight

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        canvas = pen.canvas
        canvas.saveState()
        canvas.setStrokeColor(pdf_colour(self.colour))
        canvas.setLineWidth(self.weight)
        if self.dashed:
            canvas.setDash(2, 1.5)
        y = top - self.space - self.weight / 2
        canvas.line(x, y, x + width, y)
        canvas.restoreState()


class Gap(Item):
    def __init__(self, height: float) -> None:
        self.height = height

    def layout(self, width: float) -> float:
        return self.height

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        pass


class Stamp(Item):
    """Centred lines in a heavy frame: 补打 and 作废 must be seen at a glance."""

    def __init__(
        self, lines: Sequence[tuple[str, Face, float]], *, weight: float = 1.2, pad: float = 4
    ) -> None:
        self.lines = list(lines)  # (text, face, size)
        self.weight, self.pad = weight, pad
        self.frame_width = 0.0

    @staticmethod
    def _line_height(size: float) -> float:
        return size * 1.3

    def layout(self, width: float) -> float:
        widest = max(face.width(text, size) for text, face, size in self.lines)
        self.frame_width = min(width, widest + 4 * self.pad)
        inner = sum(self._line_height(size) for _, _, size in self.lines)
        return inner + 2 * self.pad + 2 * self.weight + 2 * self.pad  # frame and space around

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        inner = sum(self._line_height(size) for _, _, size in self.lines)
        height = inner + 2 * self.pad
        left = x + (width - self.frame_width) / 2
        frame_top = top - self.pad
        canvas = pen.canvas
        canvas.saveState()
        canvas.setStrokeColor(pdf_colour(INK))
        canvas.setLineWidth(self.weight)
        canvas.rect(left, frame_top - height, self.frame_width, height, stroke=1, fill=0)
        canvas.restoreState()
        line_top = frame_top - self.pad
        for text, face, size in self.lines:
            leading = self._line_height(size)
            baseline = _baseline(line_top, size, leading)
            pen.write(face, size, x + width / 2, baseline, text, align="centre")
            line_top -= leading


class Figure(Item):
    """A fixed-size flowable (a barcode, a QR code) placed left, centred or right."""

    def __init__(self, flowable: Flowable, *, align: str = "centre", space: float = 0) -> None:
        self.flowable, self.align, self.space = flowable, align, space
        self.size = (0.0, 0.0)

    def layout(self, width: float) -> float:
        self.size = self.flowable.wrap(width, 1e6)
        return float(self.size[1]) + 2 * self.space

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        figure_width, height = self.size
        if self.align == "centre":
            x += (width - figure_width) / 2
        elif self.align == "right":
            x += width - figure_width
        self.flowable.drawOn(pen.canvas, x, top - self.space - height)


@dataclass(frozen=True)
class Cell:
    """One cell of a :class:`Columns` row: text wrapped within its column."""

    value: str
    align: str = "left"
    face: Face = REGULAR
    colour: str = INK
    size: float | None = None  # the row's size unless given


class Columns(Item):
    """A table row on fixed column fractions; every cell wraps within its own column."""

    def __init__(
        self,
        cells: Sequence[Cell],
        fractions: Sequence[float],
        *,
        size: float,
        leading: float,
        pad: float = 3,
        below: str | None = None,  # colour of a thin line under the row
    ) -> None:
        self.texts = [
            Text(
                cell.value,
                face=cell.face,
                size=cell.size or size,
                leading=leading,
                align=cell.align,
                colour=cell.colour,
            )
            for cell in cells
        ]
        self.fractions, self.pad, self.below = list(fractions), pad, below
        self.bounds: list[tuple[float, float]] = []

    def layout(self, width: float) -> float:
        self.bounds = []
        start = 0.0
        for fraction in self.fractions:
            self.bounds.append((start, width * fraction))
            start += width * fraction
        heights = [
            text.layout(column - self.pad)
            for text, (_, column) in zip(self.texts, self.bounds, strict=True)
        ]
        return max(heights) + (2 if self.below else 0)

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        height = 0.0
        for text, (start, column) in zip(self.texts, self.bounds, strict=True):
            # Leave the padding on the side the text faces away from.
            left = x + start + (self.pad if text.align == "right" else 0)
            text.draw(pen, left, top, column - self.pad)
            height = max(height, len(text.lines) * text.leading)
        if self.below:
            canvas = pen.canvas
            canvas.saveState()
            canvas.setStrokeColor(pdf_colour(self.below))
            canvas.setLineWidth(0.4)
            canvas.line(x, top - height - 1, x + width, top - height - 1)
            canvas.restoreState()


class Beside(Item):
    """Two stacks of items side by side, e.g. the QR code beside the totals."""

    def __init__(
        self, left: Sequence[Item], right: Sequence[Item], *, left_fraction: float, gap: float
    ) -> None:
        self.left, self.right = list(left), list(right)
        self.left_fraction, self.gap = left_fraction, gap
        self.left_width = 0.0
        self.heights: tuple[list[float], list[float]] = ([], [])

    def layout(self, width: float) -> float:
        self.left_width = width * self.left_fraction
        right_width = width - self.left_width - self.gap
        self.heights = (
            [item.layout(self.left_width) for item in self.left],
            [item.layout(right_width) for item in self.right],
        )
        return max(sum(self.heights[0]), sum(self.heights[1]))

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        _draw_stack(pen, self.left, self.heights[0], x, top, self.left_width)
        right_x = x + self.left_width + self.gap
        right_width = width - self.left_width - self.gap
        _draw_stack(pen, self.right, self.heights[1], right_x, top, right_width)


def _draw_stack(
    pen: Pen, items: Sequence[Item], heights: Sequence[float], x: float, top: float, width: float
) -> None:
    for item, height in zip(items, heights, strict=True):
        item.draw(pen, x, top, width)
        top -= height


def block(
    items: Sequence[Item],
    *,
    space_before: float = 0,
    space_after: float = 0,
    keep: bool = False,
    keep_with_next: bool = False,
) -> Flowable:
    """A flowable of ``items`` stacked top to bottom.

    Across pages it splits between items, unless ``keep``: then it moves to the next page
    whole.  ``keep_with_next`` keeps it on the page of the flowable after it (a heading).
    """
    flowable = _block_class()(list(items), space_before, space_after)
    flowable.keep = keep
    flowable.keepWithNext = keep_with_next
    return flowable


@functools.cache
def _block_class() -> type:
    from reportlab.platypus import Flowable as ReportLabFlowable

    class Block(ReportLabFlowable):  # type: ignore[misc]
        def __init__(self, items: list[Item], space_before: float, space_after: float) -> None:
            super().__init__()
            self.items = items
            self.spaceBefore, self.spaceAfter = space_before, space_after
            self.heights: list[float] = []
            self.laid_out_for = -1.0
            self.keep = False

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # The story is measured once for the roll's length and again when it is drawn.
            if available_width != self.laid_out_for:
                self.heights = [item.layout(available_width) for item in self.items]
                self.laid_out_for = available_width
            self.width = available_width
            self.height = sum(self.heights)
            return (self.width, self.height)

        def split(self, available_width: float, available_height: float) -> list[Any]:
            if self.keep:
                return []
            self.wrap(available_width, available_height)
            used = 0.0
            for index, height in enumerate(self.heights):
                if used + height > available_height:
                    if index == 0:
                        return []
                    return [
                        Block(self.items[:index], self.spaceBefore, 0),
                        Block(self.items[index:], 0, self.spaceAfter),
                    ]
                used += height
            return [self]

        def draw(self) -> None:
            pen = Pen(self.canv)
            top = self.height
            for item, height in zip(self.items, self.heights, strict=True):
                item.draw(pen, 0, top, self.width)
                top -= height
            pen.finish()

    return Block


# ----------------------------------------------------------------------------- wording

VOID_MARK = "作废"


def plain(amount: Decimal) -> str:
    """An amount without the ¥, where the heading of its column or line says 元."""
    return format_yuan(amount, symbol=False)


def quantity(value: Decimal) -> str:
    """A reading, volume or unit price as the DTO carries it, never in exponent form."""
    return f"{value:f}"


def tender_reference(tender: ReceiptTender) -> str | None:
    return None if not tender.reference else f"交易单号 {tender.reference}"


# ----------------------------------------------------------------------------- layouts


class Slip(Protocol):
    """What a receipt and a void slip both carry: who issued it, which receipt, for whom."""

    @property
    def issued(self) -> IssuedBy: ...
    @property
    def receipt_no(self) -> str: ...
    @property
    def business_date(self) -> date: ...
    @property
    def account_number(self) -> str: ...
    @property
    def account_name(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def copy_label(self) -> str: ...
    @property
    def notes(self) -> tuple[str, ...]: ...


S = TypeVar("S", bound=Slip)
T = TypeVar("T")


class SlipLayout(ABC, Generic[S]):
    """What every layout of a receipt or a void slip shares: the pieces, set in the layout's
    sizes, and the parts both documents print alike, so that a void slip reads like the
    receipt it cancels."""

    # The width of the roll's label column, in ems of body text; a document may set its own.
    roll_label_ems: ClassVar[float] = 4.5

    def __init__(self, doc: S, sheet: Sheet, look: Look) -> None:
        self.doc, self.sheet, self.look = doc, sheet, look

    @abstractmethod
    def story(self) -> list[Flowable]:
        """The blocks of the document, top to bottom."""

    def text(self, value: str, **options: Any) -> Text:
        options.setdefault("size", self.look.size)
        options.setdefault("leading", self.look.leading)
        return Text(value, **options)

    def amount(self, label: str, figure: str, **options: Any) -> Amount:
        options.setdefault("size", self.look.size)
        options.setdefault("leading", self.look.leading)
        return Amount(label, figure, **options)

    def strong(self, label: str, figure: str) -> Amount:
        """An amount line in bold, label and figure."""
        bold = self.look.bold
        return self.amount(label, figure, label_face=bold, figure_face=bold)

    def rule(self, **options: Any) -> Rule:
        options.setdefault("colour", self.look.rule)
        return Rule(**options)

    def dashes(self) -> Rule:
        """What separates the sections of the roll."""
        return self.rule(dashed=True, space=3)

    def heavy_rule(self) -> Rule:
        """What sets the number and the money apart on a sheet."""
        return self.rule(colour=INK, weight=1.0, space=3)

    def void_stamp(self, notice: str | None = None) -> Stamp:
        """作废, framed, with what it means under it."""
        look = self.look
        lines = [(VOID_MARK, look.bold, look.size * 2.2)]
        if notice is not None:
            lines.append((notice, REGULAR, look.small))
        return Stamp(lines, weight=1.6)

    def barcode(self, *, max_width: float, module_mm: float, height_mm: float) -> Flowable:
        return code128(
            self.doc.receipt_no,
            bar_height_mm=height_mm,
            module_mm=module_mm,
            max_width=max_width,
            human_readable=False,
        )

    def issue_details(
        self, times: Sequence[tuple[str, str]], paid_at: datetime
    ) -> list[tuple[str, str]]:
        """When and where, in the order both layouts print them: ``times``, the business day
        where it is not the day of ``paid_at``, the counter and the clerk."""
        doc = self.doc
        pairs = list(times)
        if doc.business_date != paid_at.date():
            pairs.append(("营业日期", format_date(doc.business_date)))
        counter = counter_line(doc.issued)
        if counter:
            pairs.append(("窗口", counter))
        pairs.append(("经办人", clerk_line(doc.issued)))
        return pairs

    # The roll: one column, labels on the left, figures on the right edge.

    def field(self, label: str, value: str, **options: Any) -> LabelValue:
        """A label and its value on the roll, the values starting in one column."""
        look = self.look
        return LabelValue(
            label,
            value,
            label_width=look.size * self.roll_label_ems,
            size=look.size,
            leading=look.leading,
            label_colour=look.label,
            **options,
        )

    def roll_head(self, heading: str, marks: Sequence[Item], number_label: str) -> list[Item]:
        """The name and the copy centred, the marks framed under them, then the receipt
        number with its barcode."""
        doc, look = self.doc, self.look
        barcode = self.barcode(max_width=self.sheet.width, module_mm=0.25, height_mm=9)
        return [
            self.text(
                heading,
                face=look.bold,
                size=look.heading,
                leading=look.heading * 1.3,
                align="centre",
            ),
            self.text(doc.copy_label, align="centre"),
            *marks,
            self.dashes(),
            self.field(number_label, doc.receipt_no, face=look.bold),
            Figure(barcode, space=2),
        ]

    def roll_customer(self) -> list[Item]:
        doc = self.doc
        return [
            self.field("户号", doc.account_number, face=self.look.bold),
            self.field("户名", doc.account_name),
            self.field("地址", doc.address),
        ]

    # The sheet: the same content wider, two fields to a line.

    def sheet_head(self, heading: str, marks: Sequence[Item], number_label: str) -> list[Item]:
        """The name centred with the copy on the right, the marks framed under them, then the
        receipt number large beside its barcode."""
        doc, look = self.doc, self.look
        title = Columns(
            [
                Cell(""),
                Cell(heading, align="centre", face=look.bold, size=look.heading * 1.2),
                Cell(doc.copy_label, align="right", face=look.bold),
            ],
            (0.2, 0.6, 0.2),
            size=look.size * 1.1,
            leading=look.heading * 1.7,
        )
        number = [
            self.text(number_label, size=look.small, colour=look.label),
            self.text(doc.receipt_no, face=look.bold, size=look.number, leading=look.number * 1.3),
        ]
        barcode = Figure(
            self.barcode(max_width=self.sheet.width * 0.5, module_mm=0.3, height_mm=10),
            align="right",
        )
        return [
            title,
            *marks,
            Gap(look.size * 0.6),
            Beside(number, [barcode], left_fraction=0.5, gap=0),
            self.heavy_rule(),
        ]

    def sheet_fields(self, details: Sequence[tuple[str, str]]) -> list[Item]:
        """The customer, then ``details``, two to a line."""
        doc = self.doc
        return self.field_rows(
            [
                ("户号", doc.account_number, False),
                ("户名", doc.account_name, False),
                ("地址", doc.address, True),
                *((label, value, False) for label, value in details),
            ]
        )

    def field_rows(self, pairs: Sequence[tuple[str, str, bool]]) -> list[Item]:
        """Two label/value pairs to a line; a wide one (an address) takes a line of its own."""
        look = self.look
        label_fraction = 0.13
        rows: list[Item] = []
        pending: list[tuple[str, str]] = []

        def close_row() -> None:
            if not pending:
                return
            cells: list[Cell] = []
            fractions: list[float] = []
            for name, value in pending:
                cells += [Cell(name, colour=look.label), Cell(value)]
                fractions += [label_fraction, 0.5 - label_fraction]
            fractions[-1] += 0.5 * (2 - len(pending))  # a lone pair runs to the edge
            rows.append(Columns(cells, fractions, size=look.size, leading=look.leading * 1.1))
            pending.clear()

        for name, value, wide in pairs:
            if wide:
                close_row()
            pending.append((name, value))
            if wide or len(pending) == 2:
                close_row()
        close_row()
        return rows

    # The money, alike on both.

    def total(self, label: str, amount: Decimal) -> Amount:
        """The sum the document is about, large."""
        look = self.look
        return self.amount(
            label,
            format_yuan(amount),
            size=look.size * 1.25,
            label_face=look.bold,
            figure_face=look.bold,
            figure_size=look.total,
        )

    def capitals(self, value: str) -> LabelValue:
        """大写: the total in capitals, bold."""
        look = self.look
        return LabelValue(
            "大写",
            value,
            label_width=look.size * 3,
            size=look.size,
            leading=look.leading,
            label_colour=look.label,
            face=look.bold,
        )

    def tender(self, label: str, tender: ReceiptTender) -> list[Item]:
        """A tender's amount, and under it the reference to trace it by, if it has one."""
        look = self.look
        items: list[Item] = [self.amount(label, format_yuan(tender.amount))]
        reference = tender_reference(tender)
        if reference:
            items.append(
                self.text(
                    reference,
                    size=look.small,
                    leading=look.small * 1.4,
                    indent=look.size,
                    colour=look.label,
                )
            )
        return items

    def notes(self) -> list[Item]:
        look = self.look
        return [
            LabelValue(
                "备注",
                note,
                label_width=look.size * 3,
                size=look.small,
                leading=look.small * 1.45,
                label_colour=look.label,
            )
            for note in self.doc.notes
        ]


# ----------------------------------------------------------------------------- documents


class SlipDocument(PdfDocument[S]):
    """A receipt or a void slip, on the roll (the default format) or on a sheet (any other).

    Subclasses name their two layouts; every copy is referred to by its receipt number.
    """

    default_format: ClassVar[PageFormat] = THERMAL_80
    roll_layout: ClassVar[type[SlipLayout[Any]]]
    sheet_layout: ClassVar[type[SlipLayout[Any]]]

    def reference(self, doc: S) -> str:
        return doc.receipt_no

    def build_story(self, doc: S, sheet: Sheet) -> list[Flowable]:
        layout = self.roll_layout if sheet.page.roll else self.sheet_layout
        return layout(doc, sheet, Look.for_page(sheet.page)).story()

    @abstractmethod
    def voided(self, doc: S) -> bool:
        """Whether ``doc`` says that a receipt no longer stands."""

    def draw_chrome(self, doc: S, canvas: Canvas, page_no: int, pages: int) -> None:
        super().draw_chrome(doc, canvas, page_no, pages)
        # A sheet may be photocopied or lie among others: 作废 goes across the whole page too.
        # Not on the roll, where a thermal head would print a grey as a field of dots.
        if not self.page_format.roll and self.voided(doc):
            _draw_void_watermark(canvas, self.page_format)


def _draw_void_watermark(canvas: Canvas, page: PageFormat) -> None:
    size = page.width * 0.28
    canvas.saveState()
    canvas.translate(page.width / 2, page.height / 2)
    canvas.rotate(35)
    canvas.setFillColor(pdf_colour(INK))
    canvas.setFillAlpha(0.09)  # drawn over the text, which must stay readable through it
    canvas.setFont(REGULAR.font, size)  # a stroked bold would darken its outline twice
    canvas.drawCentredString(0, -size * 0.35, VOID_MARK)
    canvas.restoreState()


def document_for(documents: Mapping[str, T], layout: str, *, what: str) -> T:
    """The document that renders ``layout``, one of :data:`LAYOUTS`.

    Raises:
        ValueError: ``layout`` is not one of :data:`LAYOUTS`; ``what`` names the document.
    """
    try:
        return documents[layout]
    except KeyError:
        raise ValueError(
            f"unknown {what} layout {layout!r}; use one of {sorted(LAYOUTS)}"
        ) from None
