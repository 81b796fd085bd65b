"""业务进度单 (A4): how a customer's request stands, in plain words, for the customer who asks
"how is my request?" at the counter (docs/domain.md §6)."""

from __future__ import annotations

from counter_app.domain.request_documents import RequestStatusSlip
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    Field,
    key_value_table,
    notice_box,
    number_banner,
    numbered_list,
    section_heading,
    text,
    title,
)
from counter_app.printing.page import Flowable, Sheet
from counter_app.printing.request_wording import (
    CLOSED_WORDS,
    NEXT_STEP_WORDS,
    STATUS_WORDS,
    deadline_text,
)
from counter_app.printing.wording import format_datetime, hotline_line


class RequestStatusDocument(PdfDocument[RequestStatusSlip]):
    title = "业务进度单"

    def reference(self, doc: RequestStatusSlip) -> str:
        return doc.slip_number

    def build_story(self, doc: RequestStatusSlip, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        status = STATUS_WORDS[doc.status]
        if doc.overdue:
            status += "（已超过办结时限）"
        if doc.next_step is not None:
            next_words = NEXT_STEP_WORDS[doc.next_step]
        else:
            next_words = CLOSED_WORDS.get(doc.status, "")
        fields = [
            Field("业务类型", doc.type_name),
            Field("客户名称", doc.customer_name),
            Field("户号", doc.account_number or "—"),
            Field("当前状态", status),
            Field("受理时间", format_datetime(doc.accepted_at)),
            Field("办结时限", deadline_text(doc.deadline_at)),
            Field("首问负责人", f"{doc.owner_name}（工号 {doc.owner_employee_no}）"),
            Field("派工班组", doc.team or "—"),
            Field("地址", doc.address, wide=True),
        ]
        if doc.completed_at is not None:
            fields.append(Field("完工时间", format_datetime(doc.completed_at)))
        if doc.rejection_reason:
            fields.append(Field("驳回原因", doc.rejection_reason, wide=True))
        story: list[Flowable] = [
            title(sheet, self.title),
            number_banner(
                sheet, "受理编号", doc.request_number, extra=["查询进度时请出示受理编号"]
            ),
            section_heading(sheet, "办理进度"),
            key_value_table(sheet, fields),
        ]
        if doc.documents_missing:
            story.append(section_heading(sheet, "尚需补交的材料"))
            story.extend(numbered_list(sheet, doc.documents_missing, styles.strong))
        story += [
            section_heading(sheet, "下一步"),
            notice_box(
                sheet,
                [
                    text(next_words, styles.strong),
                    text(hotline_line(doc.issued), styles.normal),
                ],
            ),
        ]
        return story


_DOCUMENT = RequestStatusDocument()


def render_request_status(doc: RequestStatusSlip) -> bytes:
    """The A4 业务进度单 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
