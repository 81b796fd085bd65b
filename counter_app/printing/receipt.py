"""缴费收据: the customer's copy of a payment, on the 80 mm thermal roll or an A5 sheet.

It is set by hand in the pieces of :mod:`counter_app.printing.pieces`, for speed while the
customer waits and so that every number and amount is one piece of text in the PDF.

The roll is one page exactly as long as the receipt; the sheet lays the same content out
wider, with the bills as a table and the QR code beside the totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import Receipt, ReceiptBillLine
from counter_app.printing.barcodes import qr_code
from counter_app.printing.page import INK, MM, REGULAR, Flowable
from counter_app.printing.pieces import Beside, Cell, Columns, Figure, Gap, Item, Stamp, block
from counter_app.printing.slip import LAYOUTS, SlipDocument, SlipLayout, document_for
from counter_app.printing.wording import format_datetime, plain, quantity, volume_line

VERIFY_CAPTION = "扫码核验收据真伪"
VOID_NOTICE = "本收据已作废，不作为缴费凭证"

# What a prepaid purchase buys, and in what unit, by utility.
_PREPAID_VOLUME = {"燃气": ("购气量", "m³"), "电力": ("购电量", "kWh"), "自来水": ("购水量", "t")}


# ----------------------------------------------------------------------------- wording


def heading(receipt: Receipt) -> str:
    """``燃气缴费收据``; a prepaid purchase names what was bought: ``购气收据``."""
    if receipt.kind.startswith("购"):
        return f"{receipt.kind}收据"
    return f"{receipt.utility_kind}{receipt.kind}收据"


def reprint_mark(receipt: Receipt) -> str:
    return f"补打 第 {receipt.reprint_no} 次"


def reading_label(label: str, read_on: date) -> str:
    return f"{label}（{read_on.isoformat()}）"


def tier_line(tier_no: int, volume: Decimal, unit: str, unit_price: Decimal) -> str:
    return f"阶梯{tier_no}：{quantity(volume)} {unit} × {quantity(unit_price)} 元 ="


def late_days(days: int) -> str:
    return f"逾期 {days} 天"


def late_fee_label(days: int) -> str:
    return f"违约金（{late_days(days)}）"


def prepaid_line(receipt: Receipt) -> tuple[str, str] | None:
    wording = _PREPAID_VOLUME.get(receipt.utility_kind, ("购买量", ""))
    return volume_line(receipt.prepaid_volume, wording)


# ----------------------------------------------------------------------------- layouts


class _Layout(SlipLayout[Receipt]):
    """What both layouts of the receipt share."""

    def marks(self) -> list[Item]:
        """补打 and 作废, framed under the heading."""
        receipt, look = self.doc, self.look
        items: list[Item] = []
        if receipt.voided:
            items.append(self.void_stamp(VOID_NOTICE))
        if receipt.reprint_no > 0:
            lines = [(reprint_mark(receipt), look.bold, look.size * 1.3)]
            if receipt.original_printed_at is not None:
                original = format_datetime(receipt.original_printed_at)
                lines.append((f"原打印时间：{original}", REGULAR, look.small))
            items.append(Stamp(lines))
        return items

    def details(self) -> list[tuple[str, str]]:
        receipt = self.doc
        return self.issue_details([("缴费时间", format_datetime(receipt.paid_at))], receipt.paid_at)

    def totals(self) -> list[Item]:
        """违约金 and 减免, the total large, and the total in capitals."""
        receipt = self.doc
        items: list[Item] = []
        if receipt.late_fee_total or receipt.late_fee_waived:
            items.append(self.amount("违约金合计", format_yuan(receipt.late_fee_total)))
        if receipt.late_fee_waived:
            items.append(self.amount("违约金减免", f"-{format_yuan(receipt.late_fee_waived)}"))
        if items:
            items.append(self.rule(weight=0.9, space=2))
        items.append(self.total("合计", receipt.total))
        items.append(self.capitals(receipt.total_in_capitals))
        return items

    def payment(self) -> list[Item]:
        """Each tender with its reference, then the cash handed over and the change."""
        receipt, look = self.doc, self.look
        items: list[Item] = []
        for tender in receipt.tenders:
            items += self.tender(tender.tender, tender)
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
        receipt = self.doc
        items: list[Item] = [
            self.amount("缴费前余额", format_yuan(receipt.balance_before)),
            self.amount("缴费后余额", format_yuan(receipt.balance_after)),
        ]
        prepaid = prepaid_line(receipt)
        if prepaid is not None:
            items.append(self.strong(*prepaid))
        return items

    def qr(self, *, size_mm: float, max_size_mm: float) -> Flowable:
        # 0.4 mm modules: three dots of a 203 dpi head, which phones read off thermal paper.
        return qr_code(
            self.doc.qr_payload, size_mm=size_mm, min_module_mm=0.4, max_size_mm=max_size_mm
        )


class _RollLayout(_Layout):
    """72 mm of print: one column, figures on the right edge, sections between dashes."""

    def story(self) -> list[Flowable]:
        receipt, look = self.doc, self.look
        width = self.sheet.width
        dashes = self.dashes()
        head: list[Item] = [
            *self.roll_head(heading(receipt), self.marks(), "收据号"),
            *(self.field(label, value) for label, value in self.details()),
        ]
        story = [block(head), block([dashes, *self.roll_customer()])]
        for bill in receipt.bills:
            story.append(block([dashes, *self.bill(bill)]))
        story.append(block([dashes, *self.totals()]))
        story.append(block([dashes, *self.payment()]))
        story.append(block([dashes, *self.balances(), *self.notes()]))

        tail: list[Item] = []
        if receipt.voided:
            tail.append(self.void_stamp())
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
            self.strong(f"账期 {bill.period}", plain(bill.bill_amount)),
            self.amount(
                reading_label("上期读数", bill.previous_read_on),
                quantity(bill.previous_reading),
                indent=indent,
            ),
            self.amount(
                reading_label("本期读数", bill.current_read_on),
                quantity(bill.current_reading),
                indent=indent,
            ),
            self.amount("用量", f"{quantity(bill.usage)} {bill.unit}", indent=indent),
        ]
        for tier in bill.tiers:
            items.append(
                self.amount(
                    tier_line(tier.tier, tier.volume, bill.unit, tier.unit_price),
                    plain(tier.amount),
                    indent=indent,
                )
            )
        if bill.late_fee:
            items.append(
                self.amount(late_fee_label(bill.late_fee_days), plain(bill.late_fee), indent=indent)
            )
        if bill.paid_now != bill.bill_amount:
            items.append(self.amount("本次缴纳", plain(bill.paid_now), indent=indent))
        return items


class _SheetLayout(_Layout):
    """A5: the bills as a table, two fields to a line, the QR code beside the totals."""

    # 账期, 上期读数, 本期读数, 用量, 金额, 违约金
    BILL_COLUMNS = (0.13, 0.18, 0.18, 0.15, 0.18, 0.18)

    def story(self) -> list[Flowable]:
        receipt, look = self.doc, self.look
        width = self.sheet.width
        head: list[Item] = [
            *self.sheet_head(heading(receipt), self.marks(), "收据号"),
            *self.sheet_fields(self.details()),
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
            self.heavy_rule(),
            Beside(qr, totals, left_fraction=0.38, gap=look.size * 2),
        ]
        story.append(block(closing, space_before=look.size * 0.5))
        if receipt.notes:
            story.append(block([self.rule(space=3), *self.notes()]))
        return story

    def bill_table(self) -> list[Flowable]:
        """One row per bill, its reading dates under the readings, its tiers under the row.

        Each bill is kept whole on a page; the column headings stay with the first bill.
        """
        receipt, look = self.doc, self.look
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
                        Cell(quantity(bill.previous_reading)),
                        Cell(quantity(bill.current_reading)),
                        Cell(f"{quantity(bill.usage)} {bill.unit}", align="right"),
                        Cell(plain(bill.bill_amount), align="right", face=bold),
                        Cell(plain(bill.late_fee) if bill.late_fee else "—", align="right"),
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
                f"{tier_line(t.tier, t.volume, bill.unit, t.unit_price)} {plain(t.amount)}"
                for t in bill.tiers
            ]
            if bill.paid_now != bill.bill_amount:
                details.append(f"本次缴纳 {plain(bill.paid_now)}")
            items += [
                self.text(detail, indent=detail_indent, colour=look.label) for detail in details
            ]
            blocks.append(block(items, keep=True))
        return blocks


# ----------------------------------------------------------------------------- the document


class ReceiptDocument(SlipDocument[Receipt]):
    """The receipt on the roll (the default format) or on a sheet (any other format)."""

    title: ClassVar[str] = "缴费收据"
    roll_layout = _RollLayout
    sheet_layout = _SheetLayout

    def voided(self, doc: Receipt) -> bool:
        return doc.voided


_DOCUMENTS = {name: ReceiptDocument(page) for name, page in LAYOUTS.items()}


def render_receipt(receipt: Receipt, layout: str = "thermal80") -> bytes:
    """The receipt as PDF bytes: ``"thermal80"`` (80 mm roll, one page as long as the receipt)
    or ``"a5"`` (A5 sheet).

    Raises:
        ValueError: ``layout`` is not one of :data:`LAYOUTS`.
    """
    return document_for(_DOCUMENTS, layout, what="receipt").render(receipt)
