"""Codes printed to be scanned: the document number as Code 128, the receipt's QR code.

Both are drawn as one filled path each, from the bars or modules of their encoding: a shape
per bar or module would make the file larger and the drawing slower.
"""

from __future__ import annotations

import functools
import re

from counter_app.printing.fonts import CJK_FONT
from counter_app.printing.page import MM, Canvas, Flowable, pdf_colour
from counter_app.printing.qr import QrMatrix, qr_matrix

QR_QUIET_ZONE = 4  # modules of light margin the standard asks for on every side
_DARK_RUN = re.compile("1+")


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
