"""冲正凭证: the slip a void prints (domain.md §5), on the 80 mm roll or an A5 sheet.

It is the customer's proof that the receipt named on it no longer stands and that the money
went back, so it says so before anything else: a framed 作废 under the title, the voided
receipt's number large with its barcode (the auditor scans it to find the original), then
what was reversed - the bills, which owe again, and the money, by the tender it goes back
through - and who asked for the void and which manager approved it, with lines to sign.

It is set in the receipt's own pieces (:mod:`counter_app.printing.receipt`), so a slip and the
receipt it cancels look like one family; every amount is one string in the PDF, as on the
receipt.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar

from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import VoidSlip, VoidSlipBill
from counter_app.printing.base import (
    INK,
    REGULAR,
    THERMAL_80,
    Canvas,
    Flowable,
    PageFormat,
    PdfDocument,
    Sheet,
    code128,
    format_date,
    format_datetime,
    pdf_colour,
    signature_block,
)
from counter_app.printing.receipt import (
    LAYOUTS,
    Amount,
    Beside,
    Cell,
    Columns,
    Figure,
    Gap,
    Item,
    LabelValue,
    Look,
    Pen,
    Rule,
    Stamp,
    Text,
    block,
    tender_reference,
)

TITLE = "冲正凭证"
VOID_MARK = "作废"
VOID_NOTICE = "原收据已作废，款项退还客户"
BILLS_HEADING = "冲回账单（账单恢复为未缴）"
REFUND_HEADING = "退还客户"
SIGNERS = ("客户签字", "经办人", "审批人")
KEEP_NOTICE = "本凭证证明原收据作废及款项退还，请妥善保管。"

# What a prepaid purchase bought, and in what unit, by the purchase's name.
_PREPAID_VOLUME = {
    "购气": ("冲回购气量", "m³"),
    "购电": ("冲回购电量", "kWh"),
    "购水": ("冲回购水量", "t"),
}


# ----------------------------------------------------------------------------- wording


def _plain(amount: Decimal) -> str:
    return format_yuan(amount, symbol=False)


def refund_label(tender: str) -> str:
    """``退还 现金``: the tender the money goes back through."""
    return f"退还 {tender}"


def clerk_line(slip: VoidSlip) -> str:
    issued = slip.issued
    return f"{issued.clerk_name}（工号 {issued.clerk_employee_no}）"


def counter_line(slip: VoidSlip) -> str | None:
    number = slip.issued.counter_number
    return None if number is None else f"{number}号窗口"


def staff_number(employee_no: str) -> str:
    return f"工号 {employee_no}"


def prepaid_line(slip: VoidSlip) -> tuple[str, str] | None:
    if slip.prepaid_volume is None:
        return None
    label, unit = _PREPAID_VOLUME.get(slip.kind, ("冲回购买量", ""))
    return label, f"{slip.prepaid_volume:f} {unit}".strip()


def _details(slip: VoidSlip) -> list[tuple[str, str]]:
    """When and where, in the order both layouts print them."""
    pairs = [
        ("缴费时间", format_datetime(slip.original_paid_at)),
        ("冲正时间", format_datetime(slip.voided_at)),
    ]
    if slip.business_date != slip.original_paid_at.date():
        pairs.append(("营业日期", format_date(slip.business_date)))
    counter = counter_line(slip)
    if counter:
        pairs.append(("窗口", counter))
    pairs.append(("经办人", clerk_line(slip)))
    return pairs


# ----------------------------------------------------------------------------- the document


class VoidSlipDocument(PdfDocument[VoidSlip]):
    """The slip on the roll (the default format) or on a sheet (any other format)."""

    title: ClassVar[str] = TITLE
    default_format: ClassVar[PageFormat] = THERMAL_80

    def reference(self, doc: VoidSlip) -> str:
        return doc.receipt_no

    def build_story(self, doc: VoidSlip, sheet: Sheet) -> list[Flowable]:
        look = Look.for_page(sheet.page)
        if sheet.page.roll:
            return _RollLayout(doc, sheet, look).story()
        return _SheetLayout(doc, sheet, look).story()

    def draw_chrome(self, doc: VoidSlip, canvas: Canvas, page_no: int, pages: int) -> None:
        super().draw_chrome(doc, canvas, page_no, pages)
        # A sheet may be photocopied or filed among receipts: 作废 goes across the whole page.
        # Not on the roll, where a thermal head would print the grey as a field of dots.
        if not self.page_format.roll:
            _draw_watermark(canvas, self.page_format)


def _draw_watermark(canvas: Canvas, page: PageFormat) -> None:
    size = page.width * 0.28
    canvas.saveState()
    canvas.translate(page.width / 2, page.height / 2)
    canvas.rotate(35)
    canvas.setFillColor(pdf_colour(INK))
    canvas.setFillAlpha(0.09)  # drawn over the text, which must stay readable through it
    canvas.setFont(REGULAR.font, size)
    canvas.drawCentredString(0, -size * 0.35, VOID_MARK)
    canvas.restoreState()


class SignatureLines(Item):
    """``客户签字：________`` one under another, the lines starting in one column."""

    def __init__(self, signers: Sequence[str], *, size: float, height: float) -> None:
        self.labels = [f"{signer}：" for signer in signers]
        self.size, self.height = size, height

    def layout(self, width: float) -> float:
        return len(self.labels) * self.height

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        line_start = x + max(REGULAR.width(label, self.size) for label in self.labels) + 2
        canvas = pen.canvas
        canvas.saveState()
        canvas.setStrokeColor(pdf_colour(INK))
        canvas.setLineWidth(0.7)
        for label in self.labels:
            top -= self.height
            baseline = top + self.size * 0.5  # room to sign above the line
            pen.write(REGULAR, self.size, x, baseline, label)
            canvas.line(line_start, baseline - 1.5, x + width, baseline - 1.5)
        canvas.restoreState()


class _Layout:
    """What both layouts share: the pieces, set in the layout's sizes."""

    def __init__(self, slip: VoidSlip, sheet: Sheet, look: Look) -> None:
        self.slip, self.sheet, self.look = slip, sheet, look

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

    def section(self, value: str) -> Text:
        return self.text(value, face=self.look.bold)

    def stamp(self) -> Stamp:
        look = self.look
        return Stamp(
            [(VOID_MARK, look.bold, look.size * 2.2), (VOID_NOTICE, REGULAR, look.small)],
            weight=1.6,
        )

    def barcode(self, *, max_width: float, module_mm: float, height_mm: float) -> Flowable:
        return code128(
            self.slip.receipt_no,
            bar_height_mm=height_mm,
            module_mm=module_mm,
            max_width=max_width,
            human_readable=False,
        )

    def totals(self) -> list[Item]:
        """The amount reversed, large, what of it was late fee, and the amount in capitals."""
        slip, look = self.slip, self.look
        items: list[Item] = [
            self.amount(
                "冲正金额",
                format_yuan(slip.amount),
                size=look.size * 1.25,
                label_face=look.bold,
                figure_face=look.bold,
                figure_size=look.total,
            )
        ]
        if slip.late_fee:
            items.append(self.amount("其中违约金", format_yuan(slip.late_fee)))
        items.append(
            LabelValue(
                "大写",
                slip.amount_in_capitals,
                label_width=look.size * 3,
                size=look.size,
                leading=look.leading,
                label_colour=look.label,
                face=look.bold,
            )
        )
        prepaid = prepaid_line(slip)
        if prepaid is not None:
            label, volume = prepaid
            items.append(self.amount(label, volume, label_face=look.bold, figure_face=look.bold))
        return items

    def refunds(self) -> list[Item]:
        """Each tender the money goes back through, with the reference to trace it by."""
        slip, look = self.slip, self.look
        items: list[Item] = [self.section(REFUND_HEADING)]
        for tender in slip.tenders:
            items.append(self.amount(refund_label(tender.tender), format_yuan(tender.amount)))
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

    def balances(self) -> list[Item]:
        slip = self.slip
        return [
            self.amount("冲正前余额", format_yuan(slip.balance_before)),
            self.amount("冲正后余额", format_yuan(slip.balance_after)),
        ]

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
            for note in self.slip.notes
        ]

    def keep_notice(self, **options: Any) -> Text:
        look = self.look
        return self.text(KEEP_NOTICE, size=look.small, leading=look.small * 1.5, **options)


class _RollLayout(_Layout):
    """72 mm of print: one column, figures on the right edge, sections between dashes."""

    def story(self) -> list[Flowable]:
        slip, look = self.slip, self.look
        width = self.sheet.width
        label_width = look.size * 5.5
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
                TITLE, face=look.bold, size=look.heading, leading=look.heading * 1.3, align="centre"
            ),
            self.text(slip.copy_label, align="centre"),
            self.stamp(),
            dashes,
            field("原收据号", slip.receipt_no, face=look.bold),
            Figure(self.barcode(max_width=width, module_mm=0.25, height_mm=9), space=2),
            *(field(label, value) for label, value in _details(slip)),
        ]
        customer: list[Item] = [
            dashes,
            field("户号", slip.account_number, face=look.bold),
            field("户名", slip.account_name),
            field("地址", slip.address),
            field("原业务", slip.kind),
        ]
        story = [block(head), block(customer)]
        if slip.bills:
            bills: list[Item] = [dashes, self.section(BILLS_HEADING)]
            for bill in slip.bills:
                bills += self.bill(bill)
            story.append(block(bills))
        story.append(block([dashes, *self.totals()]))
        story.append(block([dashes, *self.refunds()]))
        story.append(block([dashes, *self.balances()]))
        approval: list[Item] = [
            dashes,
            field("冲正原因", slip.reason),
            field("申请人", staff_number(slip.requested_by)),
            field("审批人", staff_number(slip.approved_by)),
            *self.notes(),
            dashes,
        ]
        story.append(block(approval))
        # One signer to a line: on 72 mm three side by side leave no room to sign.
        signatures = SignatureLines(SIGNERS, size=look.size, height=look.size * 3.4)
        story.append(block([signatures, Gap(look.size), self.keep_notice(align="centre")]))
        return story

    def bill(self, bill: VoidSlipBill) -> list[Item]:
        look = self.look
        items: list[Item] = [
            self.amount(f"账期 {bill.period}", "恢复为未缴", label_face=look.bold),
            self.amount("冲回本金", _plain(bill.principal), indent=look.indent),
        ]
        if bill.late_fee:
            items.append(self.amount("冲回违约金", _plain(bill.late_fee), indent=look.indent))
        return items


class _SheetLayout(_Layout):
    """A5: two fields to a line, the bills as a table, the money beside the refunds."""

    # 账期, 本金, 违约金, 小计, 账单状态
    BILL_COLUMNS = (0.18, 0.2, 0.2, 0.2, 0.22)

    def story(self) -> list[Flowable]:
        slip, look = self.slip, self.look
        width = self.sheet.width

        title = Columns(
            [
                Cell(""),
                Cell(TITLE, align="centre", face=look.bold, size=look.heading * 1.2),
                Cell(slip.copy_label, align="right", face=look.bold),
            ],
            (0.2, 0.6, 0.2),
            size=look.size * 1.1,
            leading=look.heading * 1.7,
        )
        number = [
            self.text("原收据号", size=look.small, colour=look.label),
            self.text(slip.receipt_no, face=look.bold, size=look.number, leading=look.number * 1.3),
        ]
        barcode = Figure(
            self.barcode(max_width=width * 0.5, module_mm=0.3, height_mm=10), align="right"
        )
        head: list[Item] = [
            title,
            self.stamp(),
            Gap(look.size * 0.6),
            Beside(number, [barcode], left_fraction=0.5, gap=0),
            self.rule(colour=INK, weight=1.0, space=3),
            *self.fields(
                [
                    ("户号", slip.account_number, False),
                    ("户名", slip.account_name, False),
                    ("地址", slip.address, True),
                    *((label, value, False) for label, value in _details(slip)),
                    ("原业务", slip.kind, False),
                ]
            ),
        ]
        story = [block(head)]
        if slip.bills:
            story.append(self.bill_table())

        money: list[Item] = [
            self.rule(colour=INK, weight=1.0, space=3),
            Beside(
                self.totals(),
                [*self.refunds(), self.rule(space=2), *self.balances()],
                left_fraction=0.48,
                gap=look.size * 2,
            ),
        ]
        story.append(block(money, space_before=look.size * 0.5, keep=True))
        approval: list[Item] = [
            self.rule(space=3),
            *self.fields(
                [
                    ("冲正原因", slip.reason, True),
                    ("申请人", staff_number(slip.requested_by), False),
                    ("审批人", staff_number(slip.approved_by), False),
                ]
            ),
            *self.notes(),
        ]
        story.append(block(approval, keep=True))
        story.append(signature_block(self.sheet, list(SIGNERS), dated=False))
        story.append(block([Gap(look.size), self.keep_notice(colour=look.label)]))
        return story

    def fields(self, pairs: Sequence[tuple[str, str, bool]]) -> list[Item]:
        """Two label/value pairs to a line; a wide one takes a line of its own."""
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

    def bill_table(self) -> Flowable:
        slip, look = self.slip, self.look
        bold = look.bold

        def row(cells: Sequence[Cell], **options: Any) -> Columns:
            return Columns(
                cells, self.BILL_COLUMNS, size=look.size, leading=look.leading, **options
            )

        items: list[Item] = [
            self.section(BILLS_HEADING),
            Gap(2),
            row(
                [
                    Cell("账期", face=bold),
                    Cell("本金（元）", align="right", face=bold),
                    Cell("违约金（元）", align="right", face=bold),
                    Cell("小计（元）", align="right", face=bold),
                    Cell("账单状态", align="right", face=bold),
                ],
                below=INK,
            ),
            Gap(3),
        ]
        for bill in slip.bills:
            items.append(
                row(
                    [
                        Cell(bill.period, face=bold),
                        Cell(_plain(bill.principal), align="right"),
                        Cell(_plain(bill.late_fee) if bill.late_fee else "—", align="right"),
                        Cell(_plain(bill.principal + bill.late_fee), align="right", face=bold),
                        Cell("恢复为未缴", align="right"),
                    ]
                )
            )
        return block(items, space_before=look.size)


_DOCUMENTS = {name: VoidSlipDocument(page) for name, page in LAYOUTS.items()}


def render_void_slip(slip: VoidSlip, layout: str = "thermal80") -> bytes:
    """The void slip as PDF bytes: ``"thermal80"`` (80 mm roll, one page as long as the slip)
    or ``"a5"`` (A5 sheet).

    Raises:
        ValueError: ``layout`` is not one of the receipt layouts.
    """
    try:
        document = _DOCUMENTS[layout]
    except KeyError:
        raise ValueError(
            f"unknown void slip layout {layout!r}; use one of {sorted(LAYOUTS)}"
        ) from None
    return document.render(slip)
