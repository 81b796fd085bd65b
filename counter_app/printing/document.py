"""The frame every printed document shares: page templates, header and footer, the render.

A document subclasses :class:`PdfDocument` and only builds its story from the flowables of
:mod:`counter_app.printing.flowables` (or the pieces of :mod:`counter_app.printing.pieces`);
the page, fonts, header and footer come from here.  As everywhere in printing, ReportLab is
imported inside functions only (see :mod:`counter_app.printing.page`).
"""

from __future__ import annotations

import functools
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from counter_app.domain.documents import IssuedBy
from counter_app.printing.fonts import CJK_FONT, register_cjk_fonts
from counter_app.printing.page import (
    A4,
    INK,
    MM,
    MUTED,
    REGULAR,
    RULE,
    Canvas,
    Face,
    Flowable,
    PageFormat,
    Sheet,
    bold_face,
    build_styles,
)
from counter_app.printing.wording import hotline_line, printed_line


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
        left, right = page.frame_left, page.frame_right
        baseline = page.height - page.header_baseline_mm * MM
        size = page.font_size * 1.1

        canvas.saveState()
        bold_face(page).draw(canvas, left, baseline, issued.hall.name, size)
        canvas.setFont(CJK_FONT, page.font_size)
        canvas.drawRightString(right, baseline, hotline_line(issued))
        _rule(canvas, left, right, baseline - 2.2 * MM, RULE, 0.6)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, doc: D, page_no: int, pages: int) -> None:
        page = self.page_format
        if page.roll:
            self._draw_roll_footer(canvas, doc)
            return
        left, right = page.frame_left, page.frame_right
        baseline = page.footer_baseline_mm * MM
        size = page.font_size * 0.8

        canvas.saveState()
        _rule(canvas, left, right, baseline + size + 1.5 * MM, RULE, 0.4)
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
        left, right = page.frame_left, page.frame_right
        centre = (left + right) / 2
        baseline = _page_height(canvas) - page.header_baseline_mm * MM
        size = page.font_size * 1.25

        canvas.saveState()
        canvas.setFillColor(INK)
        room = right - left
        _draw_fitted(canvas, issued.hall.name, bold_face(page), size, centre, baseline, room)
        baseline -= page.font_size * 1.45
        canvas.setFont(CJK_FONT, page.font_size)
        canvas.drawCentredString(centre, baseline, hotline_line(issued))
        _rule(canvas, left, right, baseline - 2 * MM, INK, 0.6)
        canvas.restoreState()

    def _draw_roll_footer(self, canvas: Canvas, doc: D) -> None:
        """Document and print line on two lines: a roll has no second page to count."""
        page = self.page_format
        left, right = page.frame_left, page.frame_right
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
        _rule(canvas, left, right, baseline + size + 1.2 * MM, INK, 0.4)
        canvas.restoreState()


def _page_height(canvas: Canvas) -> float:
    # ReportLab keeps the size of the page being drawn only here; a roll's differs per document.
    return float(canvas._pagesize[1])


def _rule(canvas: Canvas, left: float, right: float, y: float, colour: str, width: float) -> None:
    """The thin line that sets a header or footer off from the body."""
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.line(left, y, right, y)


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


def content_hash(pdf: bytes) -> str:
    """SHA-256 of a rendered document, hex, as kept in the printed-document register."""
    return hashlib.sha256(pdf).hexdigest()
