"""冲正凭证: the slip a void prints (docs/domain.md §5), on the 80 mm roll or an A5 sheet.

It is the customer's proof that the receipt named on it no longer stands and that the money
went back, so it says so before anything else: a framed 作废 under the title, the voided
receipt's number large with its barcode (the auditor scans it to find the original), then
what was reversed - the bills, which owe again, and the money, by the tender it goes back
through - and who asked for the void and which manager approved it, with lines to sign.

It is set in the receipt's own pieces and layout (:mod:`counter_app.printing.slip`), so a
slip and the receipt it cancels look like one family; every amount is one string in the PDF,
as on the receipt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from counter_app.domain.money import format_yuan
from counter_app.domain.receipts import VoidSlip, VoidSlipBill
from counter_app.printing.flowables import signature_block
from counter_app.printing.page import INK, REGULAR, Flowable, pdf_colour
from counter_app.printing.pieces import Beside, Cell, Columns, Gap, Item, Pen, Text, block
from counter_app.printing.slip import LAYOUTS, SlipDocument, SlipLayout, document_for
from counter_app.printing.wording import format_datetime, plain, volume_line

TITLE = "冲正凭证"
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


def refund_label(tender: str) -> str:
    """``退还 现金``: the tender the money goes back through."""
    return f"退还 {tender}"


def staff_number(employee_no: str) -> str:
    return f"工号 {employee_no}"


def prepaid_line(slip: VoidSlip) -> tuple[str, str] | None:
    return volume_line(slip.prepaid_volume, _PREPAID_VOLUME.get(slip.kind, ("冲回购买量", "")))


# ----------------------------------------------------------------------------- layouts


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


class _Layout(SlipLayout[VoidSlip]):
    """What both layouts of the slip share."""

    roll_label_ems = 5.5

    def section(self, value: str) -> Text:
        return self.text(value, face=self.look.bold)

    def details(self) -> list[tuple[str, str]]:
        slip = self.doc
        times = [
            ("缴费时间", format_datetime(slip.original_paid_at)),
            ("冲正时间", format_datetime(slip.voided_at)),
        ]
        return self.issue_details(times, slip.original_paid_at)

    def totals(self) -> list[Item]:
        """The amount reversed, large, what of it was late fee, and the amount in capitals."""
        slip = self.doc
        items: list[Item] = [self.total("冲正金额", slip.amount)]
        if slip.late_fee:
            items.append(self.amount("其中违约金", format_yuan(slip.late_fee)))
        items.append(self.capitals(slip.amount_in_capitals))
        prepaid = prepaid_line(slip)
        if prepaid is not None:
            items.append(self.strong(*prepaid))
        return items

    def refunds(self) -> list[Item]:
        """Each tender the money goes back through, with the reference to trace it by."""
        items: list[Item] = [self.section(REFUND_HEADING)]
        for tender in self.doc.tenders:
            items += self.tender(refund_label(tender.tender), tender)
        return items

    def balances(self) -> list[Item]:
        slip = self.doc
        return [
            self.amount("冲正前余额", format_yuan(slip.balance_before)),
            self.amount("冲正后余额", format_yuan(slip.balance_after)),
        ]

    def keep_notice(self, **options: Any) -> Text:
        look = self.look
        return self.text(KEEP_NOTICE, size=look.small, leading=look.small * 1.5, **options)


class _RollLayout(_Layout):
    """72 mm of print: one column, figures on the right edge, sections between dashes."""

    def story(self) -> list[Flowable]:
        slip, look = self.doc, self.look
        field = self.field
        dashes = self.dashes()
        head: list[Item] = [
            *self.roll_head(TITLE, [self.void_stamp(VOID_NOTICE)], "原收据号"),
            *(field(label, value) for label, value in self.details()),
        ]
        customer: list[Item] = [dashes, *self.roll_customer(), field("原业务", slip.kind)]
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
            self.amount("冲回本金", plain(bill.principal), indent=look.indent),
        ]
        if bill.late_fee:
            items.append(self.amount("冲回违约金", plain(bill.late_fee), indent=look.indent))
        return items


class _SheetLayout(_Layout):
    """A5: two fields to a line, the bills as a table, the money beside the refunds."""

    # 账期, 本金, 违约金, 小计, 账单状态
    BILL_COLUMNS = (0.18, 0.2, 0.2, 0.2, 0.22)

    def story(self) -> list[Flowable]:
        slip, look = self.doc, self.look
        head: list[Item] = [
            *self.sheet_head(TITLE, [self.void_stamp(VOID_NOTICE)], "原收据号"),
            *self.sheet_fields([*self.details(), ("原业务", slip.kind)]),
        ]
        story = [block(head)]
        if slip.bills:
            story.append(self.bill_table())

        money: list[Item] = [
            self.heavy_rule(),
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
            *self.field_rows(
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

    def bill_table(self) -> Flowable:
        slip, look = self.doc, self.look
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
                        Cell(plain(bill.principal), align="right"),
                        Cell(plain(bill.late_fee) if bill.late_fee else "—", align="right"),
                        Cell(plain(bill.principal + bill.late_fee), align="right", face=bold),
                        Cell("恢复为未缴", align="right"),
                    ]
                )
            )
        return block(items, space_before=look.size)


# ----------------------------------------------------------------------------- the document


class VoidSlipDocument(SlipDocument[VoidSlip]):
    """The slip on the roll (the default format) or on a sheet (any other format)."""

    title: ClassVar[str] = TITLE
    roll_layout = _RollLayout
    sheet_layout = _SheetLayout

    def voided(self, doc: VoidSlip) -> bool:
        return True  # the slip exists to say so


_DOCUMENTS = {name: VoidSlipDocument(page) for name, page in LAYOUTS.items()}


def render_void_slip(slip: VoidSlip, layout: str = "thermal80") -> bytes:
    """The void slip as PDF bytes: ``"thermal80"`` (80 mm roll, one page as long as the slip)
    or ``"a5"`` (A5 sheet).

    Raises:
        ValueError: ``layout`` is not one of the receipt layouts.
    """
    return document_for(_DOCUMENTS, layout, what="void slip").render(slip)
