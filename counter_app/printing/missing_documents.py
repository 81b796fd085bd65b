"""一次性告知单: every document still missing for a request, told at once and in print (A4)."""

from __future__ import annotations

from counter_app.domain.documents import MissingDocumentsNotice
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
from counter_app.printing.page import INK, LABEL_FILL, RULE, Flowable, Sheet
from counter_app.printing.wording import hotline_line

RECEIVED = "已收"
MISSING = "缺少"

PROMISE = "一次性告知：以上为办理该业务所需补齐的全部材料，补齐后即可办理。"


class MissingDocumentsDocument(PdfDocument[MissingDocumentsNotice]):
    title = "一次性告知单"

    def reference(self, doc: MissingDocumentsNotice) -> str:
        return doc.notice_number

    def build_story(self, doc: MissingDocumentsNotice, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        hall = doc.issued.hall
        missing = doc.documents_missing
        return [
            title(sheet, self.title),
            number_banner(
                sheet,
                "告知单号",
                doc.notice_number,
                extra=["补交材料时请出示本告知单号"],
            ),
            section_heading(sheet, "客户信息"),
            key_value_table(
                sheet,
                [
                    Field("客户名称", doc.customer_name),
                    Field("联系电话", doc.phone_masked),
                    Field("办理业务", doc.business, wide=True),
                    Field("地址", doc.address, wide=True),
                    *(
                        [Field("首问负责人", f"{doc.owner_name}（工号 {doc.owner_employee_no}）")]
                        if doc.owner_name
                        else []
                    ),
                ],
            ),
            section_heading(sheet, "所需材料清单"),
            _checklist(sheet, doc),
            section_heading(sheet, f"尚需补交的材料（共 {len(missing)} 项）："),
            *(
                numbered_list(sheet, missing, styles.strong)
                if missing
                else [text("无", styles.normal)]
            ),
            spacer(4),
            notice_box(
                sheet,
                [
                    text(PROMISE, styles.strong),
                    text("请携带本告知单和上述材料到营业厅办理。", styles.normal),
                    text(f"营业厅地址：{hall.address}", styles.normal),
                    text(hotline_line(doc.issued), styles.normal),
                ],
            ),
            spacer(6),
            signed_statement(
                sheet, "本人已收到本告知单，知悉尚需补交的材料。", ["客户签收", "经办人"]
            ),
        ]


def _checklist(sheet: Sheet, doc: MissingDocumentsNotice) -> Flowable:
    """Every required document with its status; a missing one is bold on a shaded row.

    ``documents_missing`` decides the status, as it is what the notice promises; a missing
    item that the required list lacks is still shown, so the table and the list agree.
    """
    from reportlab.platypus import Table, TableStyle

    styles = sheet.styles
    missing = set(doc.documents_missing)
    items = list(dict.fromkeys([*doc.documents_required, *doc.documents_missing]))

    rows: list[list[Flowable]] = [
        [
            text("序号", styles.table_header),
            text("材料名称", styles.table_header),
            text("状态", styles.table_header),
        ]
    ]
    shading: list[tuple[object, ...]] = []
    for number, item in enumerate(items, start=1):
        if item in missing:
            rows.append(
                [
                    text(str(number), styles.table_header),
                    text(item, styles.strong),
                    text(MISSING, styles.table_header),
                ]
            )
            shading.append(("BACKGROUND", (0, number), (-1, number), LABEL_FILL))
        else:
            rows.append(
                [
                    text(str(number), styles.table_centred),
                    text(item, styles.table_text),
                    text(RECEIVED, styles.table_centred),
                ]
            )

    number_width = sheet.page.font_size * 3.2
    status_width = sheet.page.font_size * 4.6
    padding = sheet.page.font_size * 0.45
    table = Table(
        rows,
        colWidths=[number_width, sheet.width - number_width - status_width, status_width],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                *shading,
            ]
        )
    )
    return table


_DOCUMENT = MissingDocumentsDocument()


def render_missing_documents_notice(doc: MissingDocumentsNotice) -> bytes:
    """The A4 一次性告知单 for ``doc`` as PDF bytes."""
    return _DOCUMENT.render(doc)
