"""个人信息副本 (A4): everything the company holds about one customer, handed to the customer
who asked for it (docs/domain.md §11). The one document that prints an identity number and a
phone in full; the JSON file written beside it holds the same (``domain.customer_rights``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.complaints import CATEGORY_LABELS
from counter_app.domain.complaints import STATUS_LABELS as COMPLAINT_STATUS_LABELS
from counter_app.domain.customer_rights import PersonalDataExport
from counter_app.domain.enums import (
    AccountStatus,
    ComplaintCategory,
    ComplaintStatus,
    CustomerKind,
    RequestStatus,
    UtilityKind,
)
from counter_app.domain.identity import IdType
from counter_app.domain.money import format_yuan
from counter_app.domain.reports import Cell, ColumnKind
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    Field,
    key_value_table,
    notice_box,
    number_banner,
    section_heading,
    text,
    title,
)
from counter_app.printing.page import Flowable, Sheet
from counter_app.printing.report_tables import figures_table
from counter_app.printing.request_wording import STATUS_WORDS
from counter_app.printing.wording import format_date, hotline_line

KIND_WORDS = {CustomerKind.INDIVIDUAL.value: "个人", CustomerKind.ORGANISATION.value: "单位"}
UTILITY_WORDS = {
    UtilityKind.GAS.value: "燃气",
    UtilityKind.ELECTRICITY.value: "电力",
    UtilityKind.WATER.value: "自来水",
}
ACCOUNT_STATUS_WORDS = {
    AccountStatus.PENDING.value: "待通气",
    AccountStatus.ACTIVE.value: "正常",
    AccountStatus.SUSPENDED.value: "暂停",
    AccountStatus.CLOSED.value: "已销户",
}
ACTION_WORDS = {"create": "建档", "update": "更正"}
FIELD_WORDS = {
    "name": "姓名/名称",
    "kind": "客户类型",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "credit_code": "统一社会信用代码",
    "phone": "手机号码",
    "address": "地址",
    "contact_person": "联系人",
    "emergency_contact": "紧急联系人",
}
NONE = "—"


def _when(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else NONE


def _word(words: Mapping[Any, str], value: str) -> str:
    return words.get(value, value)


def _id_type(value: str | None) -> str:
    try:
        return IdType(value).label if value else NONE
    except ValueError:
        return value or NONE


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if key == "id_type":
        return _id_type(str(value))
    if key == "kind":
        return _word(KIND_WORDS, str(value))
    return str(value)


def _change_text(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    parts = []
    for key in dict.fromkeys([*before, *after]):
        label = FIELD_WORDS.get(key, key)
        if key in before:
            parts.append(f"{label}：{_value(key, before[key])} → {_value(key, after.get(key))}")
        else:
            parts.append(f"{label}：{_value(key, after[key])}")
    return "；".join(parts)


def _request_status(value: str) -> str:
    try:
        return STATUS_WORDS[RequestStatus(value)]
    except (ValueError, KeyError):
        return value


def _complaint_words(category: str, status: str) -> tuple[str, str]:
    try:
        category_word = CATEGORY_LABELS[ComplaintCategory(category)]
    except (ValueError, KeyError):
        category_word = category
    try:
        status_word = COMPLAINT_STATUS_LABELS[ComplaintStatus(status)]
    except (ValueError, KeyError):
        status_word = status
    return category_word, status_word


class PersonalDataExportDocument(PdfDocument[PersonalDataExport]):
    title = "个人信息副本"

    def reference(self, doc: PersonalDataExport) -> str:
        return doc.number

    def build_story(self, doc: PersonalDataExport, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        story: list[Flowable] = [
            title(sheet, self.title),
            number_banner(
                sheet,
                "副本编号",
                doc.number,
                extra=[f"应客户本人申请出具 · {_when(doc.issued.printed_at)}"],
            ),
            section_heading(sheet, "客户资料"),
            key_value_table(
                sheet, [*self._identity(doc), Field("申请事由", doc.reason, wide=True)]
            ),
        ]
        self._table(
            story,
            sheet,
            "户号",
            ("户号", "类别", "供应地址", "表号", "状态", "开户日期", "销户日期", "余额 / 欠费"),
            (ColumnKind.TEXT,) * 8,
            [
                [
                    a.number + ("" if a.held_now else "（已转出）"),
                    _word(UTILITY_WORDS, a.utility_kind),
                    a.supply_address,
                    a.meter_number or NONE,
                    _word(ACCOUNT_STATUS_WORDS, a.status),
                    _day(a.opened_on),
                    _day(a.closed_on),
                    f"{format_yuan(a.balance)} / {format_yuan(a.arrears)}",
                ]
                for a in doc.accounts
            ],
            (0.15, 0.07, 0.22, 0.16, 0.08, 0.12, 0.12, 0.08),
        )
        self._table(
            story,
            sheet,
            "户主记录（过户）",
            ("户号", "起", "止", "业务单号"),
            (ColumnKind.TEXT,) * 4,
            [
                [o.account_number, _day(o.valid_from), _day(o.valid_to), o.service_request or NONE]
                for o in doc.ownerships
            ],
            (0.25, 0.2, 0.2, 0.35),
        )
        self._table(
            story,
            sheet,
            "资料变更记录",
            ("时间", "操作", "经办", "内容", "原因"),
            (ColumnKind.TEXT,) * 5,
            [
                [
                    _when(c.at),
                    ACTION_WORDS.get(c.action, c.action),
                    c.user_employee_no or "系统",
                    _change_text(c.before, c.after),
                    c.reason or NONE,
                ]
                for c in doc.changes
            ],
            (0.16, 0.07, 0.09, 0.48, 0.2),
        )
        self._table(
            story,
            sheet,
            "业务受理",
            ("受理编号", "业务", "状态", "受理时间", "户号", "说明"),
            (ColumnKind.TEXT,) * 6,
            [
                [
                    r.number,
                    r.type_name,
                    _request_status(r.status),
                    _when(r.accepted_at),
                    r.account_number or NONE,
                    r.description or NONE,
                ]
                for r in doc.requests
            ],
            (0.17, 0.12, 0.1, 0.16, 0.14, 0.31),
        )
        rows = []
        for c in doc.complaints:
            category, status = _complaint_words(c.category, c.status)
            rows.append(
                [c.number, category, status, _when(c.received_at), c.complainant_name, c.content]
            )
        self._table(
            story,
            sheet,
            "投诉",
            ("投诉编号", "类别", "状态", "受理时间", "投诉人", "内容"),
            (ColumnKind.TEXT,) * 6,
            rows,
            (0.17, 0.1, 0.09, 0.16, 0.12, 0.36),
        )
        self._table(
            story,
            sheet,
            "联系记录",
            ("时间", "方式", "户号", "记录"),
            (ColumnKind.TEXT,) * 4,
            [[_when(c.at), c.channel, c.account_number or NONE, c.note] for c in doc.contacts],
            (0.16, 0.12, 0.16, 0.56),
        )
        story += [
            section_heading(sheet, "其他"),
            text(
                f"工作人员查看您完整证件号码或电话的次数：{doc.reveals} 次（每次均有记录）。",
                styles.normal,
            ),
            text(
                f"为您的户号出具过的单据：{len(doc.printed)} 份"
                "（收据、业务单据等，编号见电子文件）。",
                styles.normal,
            ),
            notice_box(
                sheet,
                [
                    text(
                        "本副本载有您完整的个人信息，请妥善保管。如需更正，请凭有效证件到营业厅办理；"
                        "如需删除，请在结清费用并销户后向营业厅提出申请，账单、缴费和收据记录依法保留。",
                        styles.strong,
                    ),
                    text(hotline_line(doc.issued), styles.normal),
                ],
            ),
        ]
        return story

    def _identity(self, doc: PersonalDataExport) -> list[Field]:
        p = doc.personal
        individual = doc.kind is CustomerKind.INDIVIDUAL
        fields = [
            Field("客户编号", str(doc.customer_id)),
            Field("客户类型", _word(KIND_WORDS, doc.kind.value)),
            Field("姓名" if individual else "单位名称", p.get("name") or NONE),
            Field("建档日期", format_date(doc.created_at.astimezone(LOCAL_TZ).date())),
        ]
        if individual:
            fields += [
                Field("证件类型", _id_type(p.get("id_type"))),
                Field("证件号码", p.get("id_number") or NONE),
            ]
        else:
            fields += [
                Field("统一社会信用代码", p.get("credit_code") or NONE),
                Field("联系人", p.get("contact_person") or NONE),
            ]
        fields.append(Field("手机号码", p.get("phone") or NONE))
        if individual:
            fields.append(Field("紧急联系人", p.get("emergency_contact") or NONE))
        fields.append(Field("地址", p.get("address") or NONE, wide=True))
        return fields

    def _table(
        self,
        story: list[Flowable],
        sheet: Sheet,
        heading: str,
        headers: Sequence[str],
        kinds: Sequence[ColumnKind],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
    ) -> None:
        story.append(section_heading(sheet, heading))
        if not rows:
            story.append(text("无", sheet.styles.normal))
            return
        story.append(
            figures_table(sheet, headers, kinds, rows, widths=[w * sheet.width for w in widths])
        )


_DOCUMENT = PersonalDataExportDocument()


def render_personal_data_export(doc: PersonalDataExport) -> bytes:
    """The A4 个人信息副本 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
