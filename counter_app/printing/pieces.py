"""The pieces receipts and void slips are set in: text measured, wrapped and drawn by hand.

A receipt is printed while the customer waits at the counter, so it is laid out by hand rather
than with Paragraphs and Tables: each line is measured with the font's widths and written as
one string (see :class:`Pen`), which is several times faster and keeps every number and
amount one piece of text in the PDF (an auditor's search, and the tests, find ``¥1,234.50``
whole).  An :class:`Item` measures itself for a width and draws from its top edge;
:func:`block` stacks items into one flowable.
"""

from __future__ import annotations

import functools
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from counter_app.printing.page import INK, REGULAR, Canvas, Face, Flowable, pdf_colour

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
