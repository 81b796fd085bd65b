"""What receipts and void slips share: their layouts, their look and their document class.

The void slip that cancels a receipt is set in the same pieces (:mod:`counter_app.printing.pieces`)
and the same :class:`SlipLayout`, so the two look like one family: the same heading, number and
barcode, the same customer fields, totals and tender lines.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from counter_app.domain.documents import IssuedBy
from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import ReceiptTender
from counter_app.printing.barcodes import code128
from counter_app.printing.document import PdfDocument
from counter_app.printing.page import (
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
    Sheet,
    bold_face,
    pdf_colour,
)
from counter_app.printing.pieces import (
    Amount,
    Beside,
    Cell,
    Columns,
    Figure,
    Gap,
    Item,
    LabelValue,
    Rule,
    Stamp,
    Text,
)
from counter_app.printing.wording import clerk_line, counter_line, format_date, tender_reference

# The sheet draws bold like the roll, by stroking the regular face: one embedded font
# instead of two takes a fifth off the time a receipt takes, and a laser printer renders
# the stroked face as cleanly.
LAYOUTS: dict[str, PageFormat] = {
    "thermal80": THERMAL_80,
    "a5": replace(A5, synthetic_bold=True),
}


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


VOID_MARK = "作废"


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
        """Who was paid, when and where, in the order both layouts print them: the company
        (收款单位), ``times``, the business day where it is not the day of ``paid_at``, the
        counter and the clerk."""
        doc = self.doc
        company = doc.issued.hall.company
        pairs = [("收款单位", company)] if company else []
        pairs += times
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
