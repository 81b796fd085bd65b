"""投诉受理单: what the complainant signs and keeps (A4) - the tracking number, the four
commitments as dates, the hall's hotline (docs/domain.md §7)."""

from __future__ import annotations

from counter_app.domain.complaints import (
    EMERGENCY_HOURS,
    MILESTONE_LABELS,
    MILESTONES,
    WORKING_DAYS,
    ComplaintSlip,
)
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
from counter_app.printing.wording import format_date, format_datetime


def commitment(emergency: bool) -> str:
    """The promise the four deadlines make, in one sentence."""
    if emergency:
        steps = "，".join(
            f"{EMERGENCY_HOURS[kind]}小时内{MILESTONE_LABELS[kind]}" for kind in MILESTONES
        )
        return f"紧急投诉全天24小时处理，不受节假日影响：自受理时起{steps}。"
    steps = "，".join(
        f"{WORKING_DAYS[kind]}个工作日内{MILESTONE_LABELS[kind]}" for kind in MILESTONES
    )
    return f"自受理之日起（受理当日不计，遇法定节假日顺延）{steps}。"


_WEEKDAYS = "一二三四五六日"


def due_text(slip: ComplaintSlip, index: int) -> str:
    """A deadline as the slip prints it: the date and its weekday; for an emergency the hour."""
    due = slip.deadlines[index].due_at
    if slip.emergency:
        return f"{format_datetime(due)} 前"
    return f"{format_date(due.date())}（星期{_WEEKDAYS[due.weekday()]}）前"


class ComplaintSlipDocument(PdfDocument[ComplaintSlip]):
    title = "投诉受理单"

    def reference(self, doc: ComplaintSlip) -> str:
        return doc.number

    def build_story(self, doc: ComplaintSlip, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        hotline = doc.issued.hall.hotline
        heading = f"{self.title}（申诉）" if doc.appeal else self.title
        if doc.reprint_no:
            heading += f"（补打 {doc.reprint_no}）"
        party = [
            Field("投诉人", doc.complainant_name),
            Field("联系电话", doc.phone_masked),
            Field("户号", doc.account_number or "无"),
            Field("受理渠道", doc.channel),
            Field("投诉类别", doc.category),
            Field("紧急程度", doc.severity),
            Field("跟进人", doc.follow_up_name, wide=True),
        ]
        matter = [Field("投诉内容", doc.content, wide=True)]
        if doc.site_address:
            matter.append(Field("现场地址", doc.site_address, wide=True))
        if doc.repair_request_number:
            matter.append(Field("抢修单号", doc.repair_request_number, wide=True))
        if doc.demands:
            matter.append(Field("客户诉求", doc.demands, wide=True))
        if doc.attachments:
            matter.append(Field("附件", f"{doc.attachments} 份（照片、扫描件等）", wide=True))
        return [
            title(sheet, heading),
            number_banner(
                sheet,
                "投诉受理编号",
                doc.number,
                extra=[
                    f"受理时间：{format_datetime(doc.received_at)}",
                    "查询处理进度时请提供本编号",
                ],
            ),
            section_heading(sheet, "投诉人信息"),
            key_value_table(sheet, party),
            section_heading(sheet, "投诉事项"),
            key_value_table(sheet, matter),
            section_heading(sheet, "处理时限承诺"),
            key_value_table(
                sheet,
                [Field(d.label, due_text(doc, index)) for index, d in enumerate(doc.deadlines)],
                # A date with its weekday takes a line; an emergency's hours fit two a line.
                pairs_per_row=2 if doc.emergency else 1,
                label_width_mm=sheet.page.font_size * 3.6,
            ),
            spacer(3),
            notice_box(
                sheet,
                [
                    text("我们的承诺", styles.strong),
                    text(commitment(doc.emergency), styles.normal),
                    text(
                        "处理过程中如需延期，我们会在期限届满前告知您原因和新的期限；"
                        "处理完毕后我们将回访您，如对处理结果不满意，可在回访时提出申诉。"
                        f"查询或补充情况请拨打服务热线 {hotline}。",
                        styles.normal,
                    ),
                ],
            ),
            spacer(4),
            signed_statement(
                sheet, "本人确认以上投诉内容属实，已知悉处理时限承诺。", ["投诉人签字", "受理人"]
            ),
        ]


_DOCUMENT = ComplaintSlipDocument()


def render_complaint_slip(doc: ComplaintSlip) -> bytes:
    """The A4 投诉受理单 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
