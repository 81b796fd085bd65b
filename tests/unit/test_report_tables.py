"""A table exported to Excel reads back as it was shown."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from counter_app.reports.tables import Table, table_workbook


def _table(rows: list[list[object]]) -> Table:
    return Table(
        title="打印登记",
        subtitle="2026-11-01 至 2026-11-23；2026-11-23 09:30 由 A1001 导出",
        headers=["时间", "单据", "原因"],
        rows=rows,
        footer=f"共 {len(rows)} 条",
    )


def test_the_workbook_reads_back_with_title_header_rows_and_count() -> None:
    long_reason = "客户遗失收据，" * 20
    rows: list[list[object]] = [
        ["2026-11-23 09:31:02", "收据", ""],
        ["2026-11-23 09:35:40", "收据", long_reason],
        ["2026-11-22 16:02:11", "冲正单", None],
    ]
    book = load_workbook(io.BytesIO(table_workbook(_table(rows))))
    sheet = book.active
    assert sheet is not None
    assert sheet.title == "打印登记"
    assert sheet["A1"].value == "打印登记"
    assert sheet["A2"].value.startswith("2026-11-01 至 2026-11-23")
    assert [c.value for c in sheet[3]] == ["时间", "单据", "原因"]
    body = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=6)]
    # openpyxl reads an empty string back as None: both mean an empty cell.
    assert body == [[r[0], r[1], r[2] or None] for r in rows]
    assert sheet["A8"].value == "共 3 条"
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:C6"
    # Chinese counts double; a very long reason is capped and wraps instead.
    assert sheet.column_dimensions["B"].width == len("冲正单") * 2 + 2
    assert sheet.column_dimensions["C"].width == 60
    assert sheet["C5"].alignment.wrap_text


def test_an_empty_table_still_has_its_header_and_count() -> None:
    book = load_workbook(io.BytesIO(table_workbook(_table([]))))
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[3]] == ["时间", "单据", "原因"]
    assert sheet["A5"].value == "共 0 条"


def test_a_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="row 1 has 2 cells for 3 headers"):
        table_workbook(_table([["a", "b"]]))


def test_a_title_excel_cannot_name_a_sheet_after_is_made_safe() -> None:
    table = Table("审批记录 2026/11/01–2026/11/23 [全部]", "", ["a"], [], "")
    sheet = load_workbook(io.BytesIO(table_workbook(table))).active
    assert sheet is not None
    assert "/" not in sheet.title
    assert "[" not in sheet.title
    assert len(sheet.title) <= 31


def test_a_table_prints_on_landscape_a4_one_page_wide_with_its_header_on_every_page() -> None:
    """A ledger of a dozen columns printed from Excel: not cut over several pages across."""
    headers = [f"列{n}" for n in range(13)]
    table = Table(
        title="业务受理台账",
        subtitle="",
        headers=headers,
        rows=[["较长的内容" * 2] * 13 for _ in range(40)],
        footer="共 40 条",
    )
    sheet = load_workbook(io.BytesIO(table_workbook(table))).active
    assert sheet is not None
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$3:$3"
