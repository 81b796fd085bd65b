"""工单 (A4): what the team sent out needs, and the signatures of customer, technician and
checker (docs/domain.md §6). The request number is printed as a Code 128 barcode: scanned
into the customer search box, it opens the request."""

from __future__ import annotations

from datetime import datetime

from counter_app.domain.money import format_yuan
from counter_app.domain.request_documents import WorkOrder
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    Field,
    key_value_table,
    notice_box,
    number_banner,
    numbered_list,
    section_heading,
    signed_statement,
    spacer,
    text,
    title,
)
from counter_app.printing.page import Flowable, Sheet
from counter_app.printing.request_wording import deadline_text
from counter_app.printing.wording import format_datetime


def copy_line(reprint_no: int, original_printed_at: datetime | None) -> list[str]:
    """``补打 第 n 次`` under the number of a reprinted sheet, with when the original printed."""
    if not reprint_no:
        return []
    line = f"补打 第 {reprint_no} 次"
    if original_printed_at is not None:
        line += f"（原件打印于 {format_datetime(original_printed_at)}）"
    return [line]


class WorkOrderDocument(PdfDocument[WorkOrder]):
    title = "工单"

    def reference(self, doc: WorkOrder) -> str:
        return doc.number

    def build_story(self, doc: WorkOrder, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        heading = f"{self.title}（紧急）" if doc.emergency else self.title
        fee = "无" if doc.fee <= 0 else format_yuan(doc.fee)
        if doc.fee > 0:
            fee += f"（收据 {doc.fee_receipt_no}）" if doc.fee_receipt_no else "（未缴）"
        story: list[Flowable] = [
            title(sheet, heading),
            number_banner(
                sheet,
                "工单号",
                doc.number,
                extra=[
                    f"业务类型：{doc.type_name}",
                    *copy_line(doc.copy.reprint_no, doc.copy.original_printed_at),
                ],
            ),
            section_heading(sheet, "客户信息"),
            key_value_table(
                sheet,
                [
                    Field("客户名称", doc.customer_name or "—"),
                    Field("联系电话", doc.phone_masked or "—"),
                    Field("户号", doc.account_number or "—"),
                    Field("业务类型", doc.type_name),
                    Field("地址", doc.address, wide=True),
                ],
            ),
            section_heading(sheet, "业务内容"),
            key_value_table(
                sheet,
                [
                    Field("业务描述", doc.description or doc.type_name, wide=True),
                    Field("受理时间", format_datetime(doc.accepted_at)),
                    Field("办结时限", deadline_text(doc.deadline_at)),
                    Field("业务费", fee, wide=True),
                    Field("派工班组", doc.team or "—"),
                    Field("首问负责人", f"{doc.owner_name}（工号 {doc.owner_employee_no}）"),
                    Field("派工说明", doc.dispatch_note or "—", wide=True),
                ],
            ),
            section_heading(sheet, "已收材料"),
        ]
        if doc.documents_received:
            story.extend(numbered_list(sheet, doc.documents_received))
        else:
            story.append(text("无", styles.normal))
        story += [
            section_heading(sheet, "处理结果"),
            notice_box(
                sheet,
                [
                    text("处理情况：", styles.normal),
                    spacer(14),
                    text("完工时间：________年____月____日____时____分", styles.normal),
                ],
            ),
            spacer(5),
            signed_statement(
                sheet, "以上工作已完成，客户确认无误。", ["客户签字", "施工人员", "验收人"]
            ),
        ]
        return story


_DOCUMENT = WorkOrderDocument()


def render_work_order(doc: WorkOrder) -> bytes:
    """The A4 工单 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
