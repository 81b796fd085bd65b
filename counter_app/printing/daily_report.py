"""营业日报 / 营业月报 on A4 (landscape), with the signature lines 制表, 复核, 主管.

It prints the same report model the workbook is written from
(:class:`~counter_app.domain.reports.HallReport`): the summary figures first, then every
section as a table. A section wider than the page is printed in parts, each part repeating
the section's leading text columns (工号, 姓名 …) so every figure can be read against its row.
"""

from __future__ import annotations

from dataclasses import replace

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.reports import ColumnKind, HallReport, ReportPeriod, Section
from counter_app.printing.document import PdfDocument
from counter_app.printing.flowables import (
    keep_together,
    section_heading,
    signature_block,
    spacer,
    text,
    title,
)
from counter_app.printing.page import A4, Flowable, Sheet
from counter_app.printing.report_tables import figures_table, shown

#: A4 turned: the people sections have many columns.
A4_LANDSCAPE = replace(
    A4,
    name="A4",
    width_mm=297,
    height_mm=210,
    margin_top_mm=20,
    margin_bottom_mm=18,
    margin_left_mm=14,
    margin_right_mm=14,
    font_size=8.5,
)
SIGNERS = ("制表", "复核", "主管")
#: Columns of one printed table at most; wider sections are printed in parts.
MAX_COLUMNS = 11
SUMMARY_COLUMNS = 4  # label/value pairs per row of the summary


def column_parts(section: Section) -> list[list[int]]:
    """The column indexes of each printed part of ``section``."""
    columns = section.columns
    lead = 0
    while lead < len(columns) and columns[lead].kind is ColumnKind.TEXT and lead < 3:
        lead += 1
    lead = max(lead, 1)
    if len(columns) <= MAX_COLUMNS:
        return [list(range(len(columns)))]
    rest = list(range(lead, len(columns)))
    size = MAX_COLUMNS - lead
    return [list(range(lead)) + rest[i : i + size] for i in range(0, len(rest), size)]


class HallReportDocument(PdfDocument[HallReport]):
    title = "营业日报"
    default_format = A4_LANDSCAPE

    def reference(self, doc: HallReport) -> str:
        return doc.number

    def build_story(self, doc: HallReport, sheet: Sheet) -> list[Flowable]:
        styles = sheet.styles
        period = (
            doc.date_from.isoformat()
            if doc.date_from == doc.date_to
            else f"{doc.date_from.isoformat()} 至 {doc.date_to.isoformat()}"
        )
        if doc.period is ReportPeriod.DAY:
            if doc.day_closed and doc.closed_at is not None:
                when = doc.closed_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
                status = f"已日结：{doc.closed_by or ''} {when}"
            else:
                status = "未日结：数据为临时数，以日结后为准"
        else:
            status = ""
        made = doc.generated_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        story: list[Flowable] = [
            title(sheet, doc.title),
            text(
                "　".join(
                    p
                    for p in (
                        f"{doc.hall_code} {doc.hall_name}",
                        f"营业日期：{period}",
                        status,
                        f"报表号：{doc.number}",
                        f"制表：{doc.generated_by} {made}",
                    )
                    if p
                ),
                styles.normal,
            ),
            section_heading(sheet, "汇总"),
            self._summary(doc, sheet),
        ]
        for section in doc.sections:
            story.append(section_heading(sheet, section.title))
            if not section.rows and section.totals is None:
                story.append(text(section.note or "无", styles.normal))
                continue
            for part in column_parts(section):
                story.append(
                    figures_table(
                        sheet,
                        [section.columns[i].title for i in part],
                        [section.columns[i].kind for i in part],
                        [[row[i] for i in part] for row in section.rows],
                        None if section.totals is None else [section.totals[i] for i in part],
                    )
                )
                story.append(spacer(2))
            if section.note:
                story.append(text(section.note, styles.small))
        story += [
            spacer(6),
            keep_together([signature_block(sheet, SIGNERS)]),
        ]
        return story

    @staticmethod
    def _summary(doc: HallReport, sheet: Sheet) -> Flowable:
        cells: list[list[object]] = []
        row: list[object] = []
        kinds: list[ColumnKind] = []
        for figure in doc.summary:
            value = shown(figure.value, figure.kind)
            if figure.target is not None:
                value += f"（目标 {shown(figure.target, figure.kind)}）"
            row += [figure.label, value]
            if len(row) == 2 * SUMMARY_COLUMNS:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [""] * (2 * SUMMARY_COLUMNS - len(row)))
        kinds = [ColumnKind.TEXT] * (2 * SUMMARY_COLUMNS)
        width = sheet.width / SUMMARY_COLUMNS
        return figures_table(
            sheet,
            ["项目", "数值"] * SUMMARY_COLUMNS,
            kinds,
            cells,  # type: ignore[arg-type]
            widths=[width * 0.45, width * 0.55] * SUMMARY_COLUMNS,
        )


class MonthlyReportDocument(HallReportDocument):
    title = "营业月报"


_DOCUMENTS = {ReportPeriod.DAY: HallReportDocument(), ReportPeriod.MONTH: MonthlyReportDocument()}


def render_hall_report(doc: HallReport, layout: str = "a4") -> bytes:
    """The A4 report for ``doc`` as PDF bytes."""
    return _DOCUMENTS[doc.period].render(doc)
