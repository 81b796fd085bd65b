"""The 业务受理台账 as a workbook (docs/domain.md §10): every request of the period on the
first sheet, and a summary by type (counts and on-time rate) on the second.

Times are hall time to the second; the on-time rate is the share of completed requests
(with a deadline) completed by their deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.complaints import SATISFACTION_LABELS
from counter_app.domain.request_documents import LedgerRow
from counter_app.printing.request_wording import STATUS_WORDS
from counter_app.reports.tables import Table, tables_workbook

LEDGER_HEADERS = (
    "受理编号",
    "营业厅",
    "业务类型",
    "紧急",
    "户号",
    "客户",
    "首问负责人",
    "状态",
    "受理时间",
    "办结时限",
    "完工时间",
    "按时",
    "满意度",
)
TOTAL = "合计"
SUMMARY_HEADERS = ("业务类型", "受理数", "已完工", "按时完工", "超时", "按时率")


def _time(moment: datetime | None) -> datetime | None:
    """Hall time to the second, as Excel keeps it (no time zone)."""
    if moment is None:
        return None
    return moment.astimezone(LOCAL_TZ).replace(tzinfo=None, microsecond=0)


def on_time_word(flag: bool | None) -> str:
    return "" if flag is None else ("是" if flag else "否")


def ledger_cells(row: LedgerRow) -> list[object]:
    """One request's cells as the ledger sheet has them."""
    return [
        row.number,
        row.hall_code,
        row.type_name,
        "是" if row.emergency else "",
        row.account_number,
        row.customer_name,
        f"{row.owner_employee_no} {row.owner_name}",
        STATUS_WORDS[row.status],
        _time(row.accepted_at),
        _time(row.deadline_at),
        _time(row.completed_at),
        on_time_word(row.on_time),
        SATISFACTION_LABELS[row.satisfaction] if row.satisfaction else "",
    ]


@dataclass(frozen=True)
class TypeSummary:
    """One type's line of the summary sheet."""

    type_name: str
    accepted: int
    completed: int
    on_time: int
    late: int

    @property
    def rate(self) -> str:
        judged = self.on_time + self.late
        return f"{self.on_time / judged:.1%}" if judged else ""


def summary_by_type(rows: Sequence[LedgerRow]) -> list[TypeSummary]:
    """Counts per type in order of first appearance, and the total (合计) as the last line."""
    counts: dict[str, list[int]] = {}
    for row in rows:
        for key in (row.type_name, TOTAL):
            c = counts.setdefault(key, [0, 0, 0, 0])
            c[0] += 1
            c[1] += row.completed_at is not None
            c[2] += row.on_time is True
            c[3] += row.on_time is False
    total = counts.pop(TOTAL, [0, 0, 0, 0])
    return [TypeSummary(name, *c) for name, c in counts.items()] + [TypeSummary(TOTAL, *total)]


def requests_ledger_workbook(
    rows: Sequence[LedgerRow],
    *,
    start: date,
    end: date,
    hall_code: str | None,
    exported_by: str,
    exported_at: datetime,
) -> bytes:
    """The ledger's .xlsx bytes."""
    made = exported_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    subtitle = (
        f"{hall_code or '全部营业厅'}  {start.isoformat()} 至 {end.isoformat()}  "
        f"导出 {exported_by} {made}"
    )
    summary = summary_by_type(rows)
    return tables_workbook(
        [
            Table(
                title="业务受理台账",
                subtitle=subtitle,
                headers=LEDGER_HEADERS,
                rows=[ledger_cells(r) for r in rows],
                footer=f"共 {len(rows)} 条",
            ),
            Table(
                title="按业务类型汇总",
                subtitle=subtitle,
                headers=SUMMARY_HEADERS,
                rows=[
                    [t.type_name, t.accepted, t.completed, t.on_time, t.late, t.rate]
                    for t in summary
                ],
                footer=f"共 {len(summary) - 1} 类业务",
            ),
        ]
    )
