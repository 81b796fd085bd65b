"""投诉台账: the complaint ledger of a hall for a period, as an Excel workbook (docs/domain.md
§7, §10).

Sheet 投诉台账 has one row per complaint: its category, severity, channel, repeat and appeal
flags, each milestone's deadline, completion time and whether it was on time, the feedback,
the callback's satisfaction. Sheet 汇总 gives the figures by category: complaints, milestones
due and on time with the rate, repeats, appeals, callbacks and the satisfaction rate. Times
are hall time; every figure comes from the ledger's DTO, as the database gave it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from counter_app.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    MILESTONE_LABELS,
    MILESTONES,
    SATISFACTION_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    ComplaintLedger,
    LedgerComplaint,
    ledger_summary,
)
from counter_app.reports.tables import print_on_landscape_a4

LEDGER_SHEET = "投诉台账"
SUMMARY_SHEET = "汇总"
HEADER_ROW = 3  # title, then the period and who exported it, then the headers

_TIME_FORMAT = "yyyy-mm-dd hh:mm"
_RATE_FORMAT = "0.0%"

LEDGER_HEADERS: tuple[str, ...] = (
    "投诉编号",
    "受理时间",
    "投诉人",
    "联系电话",
    "户号",
    "受理渠道",
    "投诉类别",
    "紧急程度",
    "状态",
    "重复投诉",
    "重复于",
    "申诉",
    "负责人",
    *(
        f"{MILESTONE_LABELS[kind]}{part}"
        for kind in MILESTONES
        for part in ("期限", "完成时间", "按时")
    ),
    "反馈时间",
    "回访时间",
    "满意度",
    "办结时间",
)

SUMMARY_HEADERS: tuple[str, ...] = (
    "投诉类别",
    "投诉数",
    "应完成环节",
    "按时完成环节",
    "按时完成率",
    "重复投诉",
    "申诉",
    "回访数",
    "满意数",
    "满意率",
)


def _time(moment: datetime | None) -> datetime | None:
    """The hall's wall-clock time to the second: Excel keeps no zone, and would round a
    deadline at 23:59:59.999999 up to midnight, the next day."""
    return None if moment is None else moment.replace(tzinfo=None, microsecond=0)


def _yes(flag: bool | None) -> str:
    return "—" if flag is None else ("是" if flag else "否")


def ledger_row(c: LedgerComplaint) -> list[Any]:
    """One complaint's cells, in :data:`LEDGER_HEADERS` order."""
    by_kind = {m.kind: m for m in c.milestones}
    milestones: list[Any] = []
    for kind in MILESTONES:
        m = by_kind.get(kind)
        milestones += (
            [None, None, "—"] if m is None else [_time(m.due_at), _time(m.done_at), _yes(m.on_time)]
        )
    return [
        c.number,
        _time(c.received_at),
        c.complainant_name,
        c.phone_masked,
        c.account_number,
        CHANNEL_LABELS[c.channel],
        CATEGORY_LABELS[c.category],
        SEVERITY_LABELS[c.severity],
        STATUS_LABELS[c.status],
        _yes(c.is_repeat),
        c.repeat_of,
        _yes(c.is_appeal),
        c.owner_name,
        *milestones,
        _time(c.feedback_at),
        _time(c.callback_at),
        "" if c.satisfaction is None else SATISFACTION_LABELS[c.satisfaction],
        _time(c.closed_at),
    ]


def _sheet(book: Any, name: str, heading: str, subtitle: str, headers: Sequence[str]) -> Any:
    from openpyxl.styles import Font, PatternFill

    sheet = book.create_sheet(name)
    sheet.append([heading])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([subtitle])
    sheet.append(list(headers))
    fill = PatternFill("solid", fgColor="DDE6F0")
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = fill
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"  # a string: sheet.cell() would add a row
    # Printed, the wide ledger runs over landscape A4 pages, each with the headers and the
    # number; the summary fits one page's width (see ledger_workbook).
    print_on_landscape_a4(sheet, HEADER_ROW, one_page_wide=False)
    sheet.print_title_cols = "A:A"
    return sheet


def _finish(sheet: Any, headers: Sequence[str], last_row: int) -> None:
    """Filters on the header, times and rates formatted, widths that fit Chinese text."""
    from openpyxl.utils import get_column_letter

    end = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{end}{max(last_row, HEADER_ROW)}"
    for index, header in enumerate(headers, start=1):
        width = max(len(header) * 2, 8)
        for (cell,) in sheet.iter_rows(
            min_row=HEADER_ROW + 1, max_row=last_row, min_col=index, max_col=index
        ):
            if isinstance(cell.value, datetime):
                cell.number_format = _TIME_FORMAT
                width = max(width, 17)
            elif header.endswith("率"):
                cell.number_format = _RATE_FORMAT
            elif isinstance(cell.value, str):
                width = max(width, min(sum(2 if ord(ch) > 0x2E7F else 1 for ch in cell.value), 40))
        sheet.column_dimensions[get_column_letter(index)].width = width + 3


def ledger_workbook(ledger: ComplaintLedger) -> bytes:
    """The ledger as an .xlsx file's bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    default = book.active
    if default is not None:
        book.remove(default)
    subtitle = (
        f"{ledger.hall_name}　受理日期 {ledger.start.isoformat()} 至 {ledger.end.isoformat()}"
        f"　导出：{ledger.exported_by} {ledger.exported_at:%Y-%m-%d %H:%M}"
    )
    sheet = _sheet(book, LEDGER_SHEET, "投诉台账", subtitle, LEDGER_HEADERS)
    for complaint in ledger.complaints:
        sheet.append(ledger_row(complaint))
    last = HEADER_ROW + len(ledger.complaints)
    _finish(sheet, LEDGER_HEADERS, last)
    sheet.cell(row=last + 2, column=1, value=f"共 {len(ledger.complaints)} 件").font = Font(
        bold=True
    )

    summary = _sheet(book, SUMMARY_SHEET, "投诉台账汇总", subtitle, SUMMARY_HEADERS)
    # Ten columns of figures: on one sheet of paper across, not cut after the seventh.
    print_on_landscape_a4(summary, HEADER_ROW)
    lines = ledger_summary(ledger.complaints)
    for line in lines:
        summary.append(
            [
                "合计" if line.category is None else CATEGORY_LABELS[line.category],
                line.complaints,
                line.milestones_due,
                line.milestones_on_time,
                line.on_time_rate,
                line.repeats,
                line.appeals,
                line.callbacks,
                line.satisfied,
                line.satisfaction_rate,
            ]
        )
    last = HEADER_ROW + len(lines)
    for cell in summary[last]:
        cell.font = Font(bold=True)
    _finish(summary, SUMMARY_HEADERS, last)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
