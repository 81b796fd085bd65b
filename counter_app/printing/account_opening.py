"""开户确认单: what the customer signs when an account is opened (A4)."""

from __future__ import annotations

from counter_app.domain.documents import AccountOpeningConfirmation
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    Field,
    esc,
    key_value_table,
    notice_box,
    number_banner,
    numbered_list,
    rich,
    section_heading,
    signed_statement,
    spacer,
    text,
    title,
)
from counter_app.printing.page import Flowable, Sheet
from counter_app.printing.wording import format_date

# The address label and the safety reminder follow the utility; anything else gets the
# neutral wording.
_ADDRESS_LABELS = {"燃气": "用气地址", "电力": "用电地址", "自来水": "用水地址"}

_SAFETY_NOTES = {
    "燃气": (
        "请勿私自改装、拆除、移动燃气设施和计量表具，不得擅自扩大用气范围。",
        "使用燃气时请保持通风，人员离开时关闭灶前阀门；燃气软管应定期检查和更换。",
        "发现燃气泄漏，请立即关闭阀门、开窗通风，不要开关电器或使用明火，"
        "到室外安全地点拨打服务热线 {hotline}。",
    ),
    "电力": (
        "请勿私拉乱接电线，不得私自改动、移动计量装置和表箱封印。",
        "请选用合格的用电设备和漏电保护器，不要超负荷用电。",
        "发现断线、漏电、表箱冒烟等危险情况，请远离现场并立即拨打服务热线 {hotline}。",
    ),
    "自来水": (
        "请勿私自改装、移动供水管道和水表，不得擅自在供水管道上加装加压设备。",
        "冬季请做好水表和室外管道的防冻保温。",
        "发现管道漏水、爆管或水质异常，请立即关闭进户阀门并拨打服务热线 {hotline}。",
    ),
}

_GENERIC_SAFETY_NOTES = (
    "请勿私自改装、移动供应设施和计量表具。",
    "发现设施故障或安全隐患，请立即拨打服务热线 {hotline}。",
)


class AccountOpeningDocument(PdfDocument[AccountOpeningConfirmation]):
    title = "开户确认单"

    def reference(self, doc: AccountOpeningConfirmation) -> str:
        return doc.account_number

    def build_story(self, doc: AccountOpeningConfirmation, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        hotline = doc.issued.hall.hotline
        story: list[Flowable] = [
            title(sheet, self.title),
            number_banner(
                sheet,
                "户号",
                doc.account_number,
                extra=["缴费、报修、办理业务时请出示户号"],
            ),
            section_heading(sheet, "客户信息"),
            key_value_table(
                sheet,
                [
                    Field("客户名称", doc.customer_name),
                    Field("客户类型", doc.customer_kind),
                    Field("证件类型", doc.id_label),
                    Field("证件号码", doc.id_masked),
                    Field("联系电话", doc.phone_masked),
                    Field("开户日期", format_date(doc.opened_on)),
                ],
            ),
            section_heading(sheet, "用户信息"),
            key_value_table(
                sheet,
                [
                    Field(
                        _ADDRESS_LABELS.get(doc.utility_kind, "供应地址"),
                        doc.supply_address,
                        wide=True,
                    ),
                    Field("业务类别", doc.utility_kind),
                    Field("价格类别", doc.tariff_class),
                    Field("计费方式", doc.billing_mode),
                    Field("表具编号", doc.meter_number),
                ],
            ),
            section_heading(sheet, "后续办理"),
            rich(self._request_line(doc), styles.normal),
            section_heading(sheet, "已收材料"),
        ]
        if doc.documents_received:
            story.extend(numbered_list(sheet, doc.documents_received))
        else:
            story.append(text("无", styles.normal))

        notes = _SAFETY_NOTES.get(doc.utility_kind, _GENERIC_SAFETY_NOTES)
        story += [
            spacer(4),
            notice_box(
                sheet,
                [
                    text("安全用户须知", styles.strong),
                    *numbered_list(
                        sheet, [note.format(hotline=hotline) for note in notes], styles.small
                    ),
                ],
            ),
            spacer(5),
            signed_statement(
                sheet,
                "本人已核对以上信息，确认无误，并已知悉安全用户须知。",
                ["客户签字", "经办人"],
            ),
        ]
        return story

    @staticmethod
    def _request_line(doc: AccountOpeningConfirmation) -> str:
        kind = esc(doc.request_type)
        deadline = (
            f"预计办结日期 <b>{format_date(doc.request_deadline)}</b>"
            if doc.request_deadline is not None
            else "办结日期以工作人员通知为准"
        )
        return (
            f"已同时为您受理{kind}业务。{kind}工单号 <b>{esc(doc.request_number)}</b>，"
            f"{deadline}。工作人员上门前会与您电话联系，请保持电话畅通。"
        )


_DOCUMENT = AccountOpeningDocument()


def render_account_opening(doc: AccountOpeningConfirmation) -> bytes:
    """The A4 开户确认单 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
