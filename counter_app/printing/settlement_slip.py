"""结算单 (A4): the final settlement of a closed account (销户), with its last reading, the
final amounts and the signatures of customer and clerk (docs/domain.md §6)."""

from __future__ import annotations

from counter_app.domain.money import format_yuan
from counter_app.domain.request_documents import SettlementSlip
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    Field,
    key_value_table,
    notice_box,
    number_banner,
    section_heading,
    signed_statement,
    spacer,
    text,
    title,
)
from counter_app.printing.page import Flowable, Sheet
from counter_app.printing.wording import format_date, quantity
from counter_app.printing.work_order import copy_line


class SettlementSlipDocument(PdfDocument[SettlementSlip]):
    title = "销户结算单"

    def reference(self, doc: SettlementSlip) -> str:
        return doc.request_number

    def build_story(self, doc: SettlementSlip, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        totals = doc.totals
        reading = (
            f"{quantity(totals.last_reading)} {doc.unit}（{format_date(totals.last_read_on)}）"
            if totals.last_reading is not None and totals.last_read_on is not None
            else "无抄表记录"
        )
        last_bill = (
            f"{totals.last_bill_period}　用量 {quantity(totals.last_bill_usage)} {doc.unit}　"
            f"{format_yuan(totals.last_bill_amount)}"
            if totals.last_bill_period is not None
            and totals.last_bill_usage is not None
            and totals.last_bill_amount is not None
            else "无"
        )
        return [
            title(sheet, self.title),
            number_banner(
                sheet,
                "销户工单号",
                doc.request_number,
                extra=[
                    f"销户日期：{format_date(totals.closed_on)}",
                    *copy_line(doc.copy.reprint_no, doc.copy.original_printed_at),
                ],
            ),
            section_heading(sheet, "用户信息"),
            key_value_table(
                sheet,
                [
                    Field("客户名称", doc.customer_name),
                    Field("联系电话", doc.phone_masked),
                    Field("户号", doc.account_number),
                    Field("业务类别", doc.utility_kind),
                    Field("表具编号", doc.meter_number or "—"),
                    Field("销户日期", format_date(totals.closed_on)),
                    Field("首问负责人", f"{doc.owner_name}（工号 {doc.owner_employee_no}）"),
                    Field("地址", doc.address, wide=True),
                ],
            ),
            section_heading(sheet, "末次抄表"),
            key_value_table(
                sheet,
                [
                    Field("末次读数", reading, wide=True),
                    Field("末次账单", last_bill, wide=True),
                ],
            ),
            section_heading(sheet, "结算金额"),
            key_value_table(
                sheet,
                [
                    Field("累计账单金额", format_yuan(totals.billed_total)),
                    Field("累计缴费金额", format_yuan(totals.paid_total)),
                    Field("其中违约金", format_yuan(totals.late_fee_total)),
                    Field("累计退费金额", format_yuan(totals.refunded_total)),
                    Field("欠费金额", format_yuan(doc.arrears)),
                    Field("账户余额", format_yuan(totals.balance)),
                ],
                # The amounts' labels are longer than the usual two to four characters.
                label_width_mm=sheet.page.font_size * 3.3,
            ),
            spacer(4),
            notice_box(
                sheet,
                [
                    text(
                        "结算结论：该户所有账单均已结清，账户余额为零，已办理销户。", styles.strong
                    ),
                    text("销户后户号不再使用，如需恢复供应请重新办理开户。", styles.normal),
                ],
            ),
            spacer(6),
            signed_statement(sheet, "本人已核对以上结算信息，确认无误。", ["客户签字", "经办人"]),
        ]


_DOCUMENT = SettlementSlipDocument()


def render_settlement_slip(doc: SettlementSlip) -> bytes:
    """The A4 结算单 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
