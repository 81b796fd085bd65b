"""缴费收据: the customer's copy of a payment, on the 80 mm thermal roll or an A5 sheet.

A receipt is printed while the customer waits at the counter, so it is laid out by hand rather
than with Paragraphs and Tables: each line is measured with the font's widths and written as
one string (see :class:`Pen`), which is several times faster and keeps every number and
amount one piece of text in the PDF (an auditor's search, and the tests, find ``¥1,234.50``
whole).

The roll is one page exactly as long as the receipt; the sheet lays the same content out
wider, with the bills as a table and the QR code beside the totals.
"""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import Receipt, ReceiptBillLine, ReceiptTender
from counter_app.printing.base import (
    A5,
    INK,
    MM,
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
    code128,
    format_date,
    format_datetime,
    pdf_colour,
    qr_code,
    wrap_text,
)

# The sheet draws bold like the roll, by stroking the regular face: one embedded font
# instead of two takes a fifth off the time a receipt takes, and a laser printer renders
# the stroked face as cleanly.
LAYOUTS: dict[str, PageFormat] = {
    "thermal80": THERMAL_80,
    "a5": replace(A5, synthetic_bold=True),
}

VERIFY_CAPTION = "扫码核验收据真伪"
VOID_NOTICE = "本收据已作废，不作为缴费凭证"

# What a prepaid purchase buys, and in what unit, by utility.
_PREPAID_VOLUME = {"燃气": ("购气量", "m³"), "电力": ("购电量", "kWh"), "自来水": ("购水量", "t")}


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


def _quantity(value: Decimal) -> str:
    """A reading, volume or unit price as the DTO carries it, never in exponent form."""
    return f"{value:f}"


def _plain(amount: Decimal) -> str:
    return format_yuan(amount, symbol=False)


def heading(receipt: Receipt) -> str:
    """``燃气缴费收据``; a prepaid purchase names what was bought: ``购气收据``."""
    if receipt.kind.startswith("购"):
        return f"{receipt.kind}收据"
    return f"{receipt.utility_kind}{receipt.kind}收据"


def clerk_line(receipt: Receipt) -> str:
    issued = receipt.issued
    return f"{issued.clerk_name}（工号 {issued.clerk_employee_no}）"


def counter_line(receipt: Receipt) -> str | None:
    number = receipt.issued.counter_number
    return None if number is None else f"{number}号窗口"


def reprint_mark(receipt: Receipt) -> str:
    return f"补打 第 {receipt.reprint_no} 次"


def reading_label(label: str, read_on: date) -> str:
    return f"{label}（{read_on.isoformat()}）"


def tier_line(tier_no: int, volume: Decimal, unit: str, unit_price: Decimal) -> str:
    return f"阶梯{tier_no}：{_quantity(volume)} {unit} × {_quantity(unit_price)} 元 ="


def late_days(days: int) -> str:
    return f"逾期 {days} 天"


def late_fee_label(days: int) -> str:
    return f"违约金（{late_days(days)}）"


def tender_reference(tender: ReceiptTender) -> str | None:
    return None if not tender.reference else f"交易单号 {tender.reference}"


def prepaid_line(receipt: Receipt) -> tuple[str, str] | None:
    if receipt.prepaid_volume is None:
        return None
    label, unit = _PREPAID_VOLUME.get(receipt.utility_kind, ("购买量", ""))
    return label, f"{_quantity(receipt.prepaid_volume)} {unit}".strip()


# ----------------------------------------------------------------------------- the document


class ReceiptDocument(PdfDocument[Receipt]):
    """The receipt on the roll (the default format) or on a sheet (any other format)."""

    title: ClassVar[str] = "缴费收据"
    default_format: ClassVar[PageFormat] = THERMAL_80

    def reference(self, doc: Receipt) -> str:
        return doc.receipt_no

    def build_story(self, doc: Receipt, sheet: Sheet) -> list[Flowable]:
        look = Look.for_page(sheet.page)
        if sheet.page.roll:
            return _RollLayout(doc, sheet, look).story()
        return _SheetLayout(doc, sheet, look).story()

    def draw_chrome(self, doc: Receipt, canvas: Canvas, page_no: int, pages: int) -> None:
        super().draw_chrome(doc, canvas, page_no, pages)
        # A sheet may be photocopied or lie among others: 作废 goes across the whole page too.
        # Not on the roll, where a thermal head would print a grey as a field of dots.
        if doc.voided and not self.page_format.roll:
            _draw_void_watermark(canvas, self.page_format)


def _draw_void_watermark(canvas: Canvas, page: PageFormat) -> None:
    size = page.width * 0.28
    canvas.saveState()
    canvas.translate(page.width / 2, page.height / 2)
    canvas.rotate(35)
    canvas.setFillColor(pdf_colour(INK))
    canvas.setFillAlpha(0.09)  # drawn over the text, which must stay readable through it
    canvas.setFont(REGULAR.font, size)  # a stroked bold would darken its outline twice
    canvas.drawCentredString(0, -size * 0.35, "作废")
    canvas.restoreState()


class _Layout:
    """What both layouts share: the pieces, set in the layout's sizes."""

    def __init__(self, receipt: Receipt, sheet: Sheet, look: Look) -> None:
        self.receipt, self.sheet, self.look = receipt, sheet, look

    def text(self, value: str, **options: Any) -> Text:
        options.setdefault("size", self.look.size)
        options.setdefault("leading", self.look.leading)
        return Text(value, **options)

    def amount(self, label: str, figure: str, **options: Any) -> Amount:
        options.setdefault("size", self.look.size)
        options.setdefault("leading", self.look.leading)
        return Amount(label, figure, **options)

    def rule(self, **options: Any) -> Rule:
        options.setdefault("colour", self.look.rule)
        return Rule(**options)

    def marks(self) -> list[Item]:
        """补打 and 作废, framed under the heading."""
        receipt, look = self.receipt, self.look
        items: list[Item] = []
        if receipt.voided:
            items.append(
                Stamp(
                    [
                        ("作废", look.bold, look.size * 2.2),
                        (VOID_NOTICE, REGULAR, look.small),
                    ],
                    weight=1.6,
                )
            )
        if receipt.reprint_no > 0:
            lines = [(reprint_mark(receipt), look.bold, look.size * 1.3)]
            if receipt.original_printed_at is not None:
                original = format_datetime(receipt.original_printed_at)
                lines.append((f"原打印时间：{original}", REGULAR, look.small))
            items.append(Stamp(lines))
        return items

    def barcode(self, *, max_width: float, module_mm: float, height_mm: float) -> Flowable:
        return code128(
            self.receipt.receipt_no,
            bar_height_mm=height_mm,
            module_mm=module_mm,
            max_width=max_width,
            human_readable=False,
        )

    def totals(self) -> list[Item]:
        """违约金 and 减免, the total large, and the total in capitals."""
        receipt, look = self.receipt, self.look
        items: list[Item] = []
        if receipt.late_fee_total or receipt.late_fee_waived:
            items.append(self.amount("违约金合计", format_yuan(receipt.late_fee_total)))
        if receipt.late_fee_waived:
            items.append(self.amount("违约金减免", f"-{format_yuan(receipt.late_fee_waived)}"))
        if items:
            items.append(self.rule(weight=0.9, space=2))
        items.append(
            self.amount(
                "合计",
                format_yuan(receipt.total),
                size=look.size * 1.25,
                label_face=look.bold,
                figure_face=look.bold,
                figure_size=look.total,
            )
        )
        items.append(
            LabelValue(
                "大写",
                receipt.total_in_capitals,
                label_width=look.size * 3,
                size=look.size,
                leading=look.leading,
                label_colour=look.label,
                face=look.bold,
            )
        )
        return items

    def payment(self) -> list[Item]:
        """Each tender with its reference, then the cash handed over and the change."""
        receipt, look = self.receipt, self.look
        items: list[Item] = []
        for tender in receipt.tenders:
            items.append(self.amount(tender.tender, format_yuan(tender.amount)))
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
        if receipt.cash_received or receipt.change:
            items.append(self.amount("实收现金", format_yuan(receipt.cash_received)))
            items.append(
                self.amount(
                    "找零",
                    format_yuan(receipt.change),
                    label_face=look.bold,
                    figure_face=look.bold,
                    figure_size=look.change,
                )
            )
        return items

    def balances(self) -> list[Item]:
        receipt = self.receipt
        items: list[Item] = [
            self.amount("缴费前余额", format_yuan(receipt.balance_before)),
            self.amount("缴费后余额", format_yuan(receipt.balance_after)),
        ]
        prepaid = prepaid_line(receipt)
        if prepaid is not None:
            label, volume = prepaid
            bold = self.look.bold
            items.append(self.amount(label, volume, label_face=bold, figure_face=bold))
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
            for note in self.receipt.notes
        ]

    def qr(self, *, size_mm: float, max_size_mm: float) -> Flowable:
        # 0.4 mm modules: three dots of a 203 dpi head, which phones read off thermal paper.
        return qr_code(
            self.receipt.qr_payload, size_mm=size_mm, min_module_mm=0.4, max_size_mm=max_size_mm
        )


class _RollLayout(_Layout):
    """72 mm of print: one column, figures on the right edge, sections between dashes."""

    def story(self) -> list[Flowable]:
        receipt, look = self.receipt, self.look
        width = self.sheet.width
        label_width = look.size * 4.5
        dashes = self.rule(dashed=True, space=3)

        def field(label: str, value: str, **options: Any) -> LabelValue:
            return LabelValue(
                label,
                value,
                label_width=label_width,
                size=look.size,
                leading=look.leading,
                label_colour=look.label,
                **options,
            )

        head: list[Item] = [
            self.text(
                heading(receipt),
                face=look.bold,
                size=look.heading,
                leading=look.heading * 1.3,
                align="centre",
            ),
            self.text(receipt.copy_label, align="centre"),
            *self.marks(),
            dashes,
            field("收据号", receipt.receipt_no, face=look.bold),
            Figure(self.barcode(max_width=width, module_mm=0.25, height_mm=9), space=2),
            field("缴费时间", format_datetime(receipt.paid_at)),
        ]
        if receipt.business_date != receipt.paid_at.date():
            head.append(field("营业日期", format_date(receipt.business_date)))
        counter = counter_line(receipt)
        if counter:
            head.append(field("窗口", counter))
        head.append(field("经办人", clerk_line(receipt)))

        customer: list[Item] = [
            dashes,
            field("户号", receipt.account_number, face=look.bold),
            field("户名", receipt.account_name),
            field("地址", receipt.address),
        ]

        story = [block(head), block(customer)]
        for bill in receipt.bills:
            story.append(block([dashes, *self.bill(bill)]))
        story.append(block([dashes, *self.totals()]))
        story.append(block([dashes, *self.payment()]))
        story.append(block([dashes, *self.balances(), *self.notes()]))

        tail: list[Item] = []
        if receipt.voided:
            tail.append(Stamp([("作废", look.bold, look.size * 2.2)], weight=1.6))
        tail += [
            Figure(self.qr(size_mm=26, max_size_mm=width / MM), space=3),
            self.text(VERIFY_CAPTION, align="centre", size=look.small),
        ]
        story.append(block([dashes, *tail]))
        return story

    def bill(self, bill: ReceiptBillLine) -> list[Item]:
        look = self.look
        indent = look.indent
        items: list[Item] = [
            self.amount(
                f"账期 {bill.period}",
                _plain(bill.bill_amount),
                label_face=look.bold,
                figure_face=look.bold,
            ),
            self.amount(
                reading_label("上期读数", bill.previous_read_on),
                _quantity(bill.previous_reading),
                indent=indent,
            ),
            self.amount(
                reading_label("本期读数", bill.current_read_on),
                _quantity(bill.current_reading),
                indent=indent,
            ),
            self.amount("用量", f"{_quantity(bill.usage)} {bill.unit}", indent=indent),
        ]
        for tier in bill.tiers:
            items.append(
                self.amount(
                    tier_line(tier.tier, tier.volume, bill.unit, tier.unit_price),
                    _plain(tier.amount),
                    indent=indent,
                )
            )
        if bill.late_fee:
            items.append(
                self.amount(
                    late_fee_label(bill.late_fee_days), _plain(bill.late_fee), indent=indent
                )
            )
        if bill.paid_now != bill.bill_amount:
            items.append(self.amount("本次缴纳", _plain(bill.paid_now), indent=indent))
        return items


class _SheetLayout(_Layout):
    """A5: the bills as a table, two fields to a line, the QR code beside the totals."""

    # 账期, 上期读数, 本期读数, 用量, 金额, 违约金
    BILL_COLUMNS = (0.13, 0.18, 0.18, 0.15, 0.18, 0.18)

    def story(self) -> list[Flowable]:
        receipt, look = self.receipt, self.look
        width = self.sheet.width

        title = Columns(
            [
                Cell(""),
                Cell(heading(receipt), align="centre", face=look.bold, size=look.heading * 1.2),
                Cell(receipt.copy_label, align="right", face=look.bold),
            ],
            (0.2, 0.6, 0.2),
            size=look.size * 1.1,
            leading=look.heading * 1.7,
        )
        number = [
            self.text("收据号", size=look.small, colour=look.label),
            self.text(
                receipt.receipt_no,
                face=look.bold,
                size=look.number,
                leading=look.number * 1.3,
            ),
        ]
        barcode = Figure(
            self.barcode(max_width=width * 0.5, module_mm=0.3, height_mm=10), align="right"
        )
        head: list[Item] = [
            title,
            *self.marks(),
            Gap(look.size * 0.6),
            Beside(number, [barcode], left_fraction=0.5, gap=0),
            self.rule(colour=INK, weight=1.0, space=3),
            *self.fields(),
        ]
        story = [block(head)]
        if receipt.bills:
            story += self.bill_table()

        totals = [
            *self.totals(),
            self.rule(space=2),
            *self.payment(),
            self.rule(space=2),
            *self.balances(),
        ]
        qr = [
            Figure(self.qr(size_mm=28, max_size_mm=width * 0.35 / MM)),
            self.text(VERIFY_CAPTION, size=look.small, colour=look.label, align="centre"),
        ]
        closing: list[Item] = [
            self.rule(colour=INK, weight=1.0, space=3),
            Beside(qr, totals, left_fraction=0.38, gap=look.size * 2),
        ]
        story.append(block(closing, space_before=look.size * 0.5))
        if receipt.notes:
            story.append(block([self.rule(space=3), *self.notes()]))
        return story

    def fields(self) -> list[Item]:
        """Two label/value pairs to a line; the address takes a line of its own."""
        receipt, look = self.receipt, self.look
        pairs: list[tuple[str, str, bool]] = [
            ("户号", receipt.account_number, False),
            ("户名", receipt.account_name, False),
            ("地址", receipt.address, True),
            ("缴费时间", format_datetime(receipt.paid_at), False),
        ]
        if receipt.business_date != receipt.paid_at.date():
            pairs.append(("营业日期", format_date(receipt.business_date), False))
        counter = counter_line(receipt)
        if counter:
            pairs.append(("窗口", counter, False))
        pairs.append(("经办人", clerk_line(receipt), False))

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

    def bill_table(self) -> list[Flowable]:
        """One row per bill, its reading dates under the readings, its tiers under the row.

        Each bill is kept whole on a page; the column headings stay with the first bill.
        """
        receipt, look = self.receipt, self.look
        columns = self.BILL_COLUMNS

        def row(cells: Sequence[Cell], **options: Any) -> Columns:
            options.setdefault("size", look.size)
            options.setdefault("leading", look.leading)
            return Columns(cells, columns, **options)

        bold = look.bold
        header: list[Item] = [
            row(
                [
                    Cell("账期", face=bold),
                    Cell("上期读数", face=bold),
                    Cell("本期读数", face=bold),
                    Cell("用量", align="right", face=bold),
                    Cell("金额（元）", align="right", face=bold),
                    Cell("违约金（元）", align="right", face=bold),
                ],
                below=INK,
            ),
            Gap(3),
        ]
        blocks = [block(header, space_before=look.size, keep=True, keep_with_next=True)]
        detail_indent = columns[0] * self.sheet.width
        for index, bill in enumerate(receipt.bills):
            items: list[Item] = [self.rule(dashed=True, space=3)] if index else []
            items.append(
                row(
                    [
                        Cell(bill.period, face=bold),
                        Cell(_quantity(bill.previous_reading)),
                        Cell(_quantity(bill.current_reading)),
                        Cell(f"{_quantity(bill.usage)} {bill.unit}", align="right"),
                        Cell(_plain(bill.bill_amount), align="right", face=bold),
                        Cell(_plain(bill.late_fee) if bill.late_fee else "—", align="right"),
                    ]
                )
            )
            items.append(
                row(
                    [
                        Cell(""),
                        Cell(bill.previous_read_on.isoformat(), colour=look.label),
                        Cell(bill.current_read_on.isoformat(), colour=look.label),
                        Cell(""),
                        Cell(""),
                        Cell(
                            late_days(bill.late_fee_days) if bill.late_fee else "",
                            align="right",
                            colour=look.label,
                        ),
                    ],
                    size=look.small,
                    leading=look.small * 1.4,
                )
            )
            details = [
                f"{tier_line(t.tier, t.volume, bill.unit, t.unit_price)} {_plain(t.amount)}"
                for t in bill.tiers
            ]
            if bill.paid_now != bill.bill_amount:
                details.append(f"本次缴纳 {_plain(bill.paid_now)}")
            items += [
                self.text(detail, indent=detail_indent, colour=look.label) for detail in details
            ]
            blocks.append(block(items, keep=True))
        return blocks


_DOCUMENTS = {name: ReceiptDocument(page) for name, page in LAYOUTS.items()}


def render_receipt(receipt: Receipt, layout: str = "thermal80") -> bytes:
    """The receipt as PDF bytes: ``"thermal80"`` (80 mm roll, one page as long as the receipt)
    or ``"a5"`` (A5 sheet).

    Raises:
        ValueError: ``layout`` is not one of :data:`LAYOUTS`.
    """
    try:
        document = _DOCUMENTS[layout]
    except KeyError:
        raise ValueError(
            f"unknown receipt layout {layout!r}; use one of {sorted(LAYOUTS)}"
        ) from None
    return document.render(receipt)
