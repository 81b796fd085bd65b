"""班次报表: a shift's cash reconciliation (docs/domain.md §9), on the 80 mm roll or A4.

Who worked where and when, the receipt numbers used, the cash the drawer should hold and the
cash counted, the variance with its reason and the manager who signed it off, the non-cash
takings by tender, voids and reprints, the counts by denomination, the cash movements, and
what was handed over to the next clerk; lines for the clerk and the manager to sign.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.money import format_yuan
from counter_app.domain.reports import ColumnKind
from counter_app.domain.shift_report import ShiftReport
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    Field,
    key_value_table,
    section_heading,
    signature_block,
    spacer,
    text,
    title,
)
from counter_app.printing.page import A4, THERMAL_80, Flowable, PageFormat, Sheet
from counter_app.printing.report_tables import figures_table

MONEY, COUNT, TEXT = ColumnKind.MONEY, ColumnKind.COUNT, ColumnKind.TEXT


def _time(moment: datetime | None) -> str:
    if moment is None:
        return "未结班"
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def variance_label(variance: Decimal | None) -> str:
    if variance is None:
        return "—"
    if variance == 0:
        return format_yuan(variance)
    word = "长款" if variance > 0 else "短款"
    return f"{word} {format_yuan(variance)}"


class ShiftReportDocument(PdfDocument[ShiftReport]):
    title = "班次报表"

    def __init__(self, page_format: PageFormat) -> None:
        super().__init__(page_format)

    def reference(self, doc: ShiftReport) -> str:
        return doc.number

    def build_story(self, doc: ShiftReport, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        heading = self.title + (f"（补打 第 {doc.reprint_no} 次）" if doc.reprint_no else "")
        receipts = (
            f"{doc.first_receipt_no} 至 {doc.last_receipt_no}" if doc.first_receipt_no else "无"
        )
        story: list[Flowable] = [
            title(sheet, heading),
            key_value_table(
                sheet,
                [
                    Field("报表号", doc.number),
                    Field("营业日", doc.business_date.isoformat()),
                    Field("窗口", f"{doc.counter_number} 号"),
                    Field("柜员", f"{doc.clerk_employee_no} {doc.clerk_name}"),
                    Field("开班", _time(doc.opened_at)),
                    Field("结班", _time(doc.closed_at)),
                    Field("交易笔数", str(doc.transactions)),
                    Field("收据号", receipts, wide=True),
                ],
            ),
            section_heading(sheet, "现金"),
            key_value_table(
                sheet,
                [
                    Field("备用金", format_yuan(doc.opening_float)),
                    Field("收取现金", format_yuan(doc.cash_received)),
                    Field("找零", format_yuan(doc.change_given)),
                    Field("现金退费", format_yuan(doc.cash_refunded)),
                    Field("冲正退现", format_yuan(doc.cash_voided)),
                    Field("存入", format_yuan(doc.cash_in)),
                    Field("取出", format_yuan(doc.cash_out)),
                    Field("应有现金", format_yuan(doc.expected_cash)),
                    Field(
                        "实点现金",
                        "—" if doc.counted_cash is None else format_yuan(doc.counted_cash),
                    ),
                    Field("长短款", variance_label(doc.variance)),
                    *(
                        [
                            Field("原因", doc.variance_reason or "", wide=True),
                            Field("签认主管", doc.variance_approved_by or "", wide=True),
                        ]
                        if doc.variance
                        else []
                    ),
                ],
            ),
            section_heading(sheet, "按支付方式"),
            figures_table(
                sheet,
                ["支付方式", "笔数", "金额"],
                [TEXT, COUNT, MONEY],
                [(t.tender, t.count, t.amount) for t in doc.tenders],
            ),
            spacer(1.5),
            text(
                f"冲正 {doc.voids} 笔 {format_yuan(doc.voids_amount)}；补打 {doc.reprints} 次",
                styles.normal,
            ),
        ]
        for label, count in (("开班清点", doc.opening_count), ("结班清点", doc.closing_count)):
            if count:
                story += [
                    section_heading(sheet, label),
                    figures_table(
                        sheet,
                        ["面额", "张/枚", "金额"],
                        [MONEY, COUNT, MONEY],
                        [(c.denomination, c.pieces, c.amount) for c in count],
                    ),
                ]
        if doc.movements:
            story += [
                section_heading(sheet, "现金存取"),
                figures_table(
                    sheet,
                    ["时间", "类别", "金额", "原因"],
                    [TEXT, TEXT, MONEY, TEXT],
                    [
                        (m.at.astimezone(LOCAL_TZ).strftime("%H:%M"), m.kind, m.amount, m.reason)
                        for m in doc.movements
                    ],
                ),
            ]
        if doc.closed_at is not None:
            story += [
                section_heading(sheet, "交接班"),
                text(f"留言：{doc.handover_note or '无'}", styles.normal),
                *(text(item, styles.normal) for item in doc.open_items),
            ]
        story += [spacer(5), signature_block(sheet, ["柜员", "主管"])]
        return story


_DOCUMENTS = {"thermal80": ShiftReportDocument(THERMAL_80), "a4": ShiftReportDocument(A4)}


def render_shift_report(doc: ShiftReport, layout: str = "thermal80") -> bytes:
    """The shift report in ``layout`` (``thermal80`` or ``a4``) as PDF bytes."""
    return _DOCUMENTS[layout].render(doc)
