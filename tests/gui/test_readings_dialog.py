"""Enter a reading and import reading files through the real meter-reading dialog."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from demo_meters import meters
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from row_counts import row_counts
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import Bill, BillLine, MeterReading
from counter_app.domain.clock import FixedClock
from counter_app.domain.money import format_yuan
from counter_app.services.bills import BillService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.readings_import import ReadingImportService
from counter_app.views.payments.readings_dialog import MeterReadingDialog

HEADER = ("户号", "抄表日期", "本次读数")


def _meters(ctx: AppContext) -> list[tuple[int, str, Decimal, Decimal]]:
    """Postpaid demo accounts: (id, number, last reading, usage billed in 2026)."""
    return [(m.account_id, m.number, m.last_reading, m.used_this_year) for m in meters(ctx.db)]


def _counts(ctx: AppContext) -> tuple[int, ...]:
    return tuple(row_counts(ctx.db, MeterReading, Bill, BillLine).values())


def _csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _dialog(qtbot: QtBot, ctx: AppContext, employee_no: str, counter: int) -> MeterReadingDialog:
    actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, counter)
    dialog = MeterReadingDialog(
        BillService(ctx.db, ctx.clock, actor), ReadingImportService(ctx.db, ctx.clock, actor)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, en: QApplication) -> MeterReadingDialog:
    return _dialog(qtbot, ctx, "M1001", 2)


def _import(qtbot: QtBot, dialog: MeterReadingDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        dialog.import_file(path)
    assert not dialog.import_running


def _errors_shown(dialog: MeterReadingDialog) -> list[tuple[str, str, str]]:
    model = dialog.errors_model
    return [
        tuple(  # type: ignore[misc]
            model.data(model.index(r, c)) for c in range(model.columnCount())
        )
        for r in range(model.rowCount())
    ]


# ----------------------------------------------------------------------------- one reading


def test_entering_one_reading_shows_the_bill_with_its_tier_lines(
    qtbot: QtBot, dialog: MeterReadingDialog, ctx: AppContext
) -> None:
    account_id, number, last, used = _meters(ctx)[0]
    qtbot.keyClicks(dialog.account_input, number)
    qtbot.keyClick(dialog.account_input, Qt.Key.Key_Return)
    assert dialog.reading.isEnabled(), dialog.entry_error.text()
    assert f"Previous reading {last} m³" in dialog.account_label.text()
    assert dialog.read_on.date() == QDate(2026, 11, 23)  # today by the service's clock
    assert dialog.read_on.maximumDate() == QDate(2026, 11, 23)

    dialog.read_on.setDate(QDate(2026, 11, 20))
    into_tier_two = last + (Decimal(300) - used) + 15
    qtbot.keyClicks(dialog.reading, str(into_tier_two))
    assert dialog.usage_label.text().startswith("Usage since 2026-10-31:")
    qtbot.mouseClick(dialog.enter_button, Qt.MouseButton.LeftButton)

    assert dialog.last_reading is not None, dialog.entry_error.text()
    bill = dialog.last_reading.bill
    assert bill is not None
    assert bill.period == "2026-11"
    assert bill.number in dialog.bill_label.text()
    assert "2026-11" in dialog.bill_label.text()
    assert f"Usage {bill.usage} m³" in dialog.bill_label.text()
    model = dialog.tier_model
    assert model.rowCount() == 2
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Tier 1", "Tier 2"]
    assert model.data(model.index(1, 1)) == "15.000"
    assert model.data(model.index(0, 2)) == "¥2.61"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Volume (m³)"
    assert dialog.amount_label.text() == (
        f"Amount {format_yuan(bill.amount)}, due {bill.due_date.isoformat()}"
    )
    with ctx.db.read() as s:
        stored = s.execute(
            select(Bill.amount).where(Bill.account_id == account_id, Bill.period == "2026-11")
        ).scalar_one()
    assert stored == bill.amount
    # The account is shown again with the reading just entered as the previous one.
    assert f"Previous reading {into_tier_two:.3f} m³ on 2026-11-20" in dialog.account_label.text()


def test_a_reading_below_the_previous_one_is_refused_in_plain_words(
    qtbot: QtBot, dialog: MeterReadingDialog, ctx: AppContext
) -> None:
    account_id, number, last, _ = _meters(ctx)[1]
    dialog.set_account(account_id, number)
    assert dialog.reading.isEnabled()
    qtbot.keyClicks(dialog.reading, str(last - 1))
    assert dialog.usage_label.text() == f"Below the previous reading {last}."
    before = _counts(ctx)
    qtbot.keyClick(dialog.reading, Qt.Key.Key_Return)
    assert dialog.last_reading is None
    assert dialog.entry_error.text() == f"The reading is below the previous reading {last}."
    assert _counts(ctx) == before

    dialog.reading.setText("12.34567")
    qtbot.keyClick(dialog.reading, Qt.Key.Key_Return)
    assert dialog.entry_error.text() == "The reading has 5 decimals; at most 3 are allowed."


def test_an_unknown_account_number_is_named(qtbot: QtBot, dialog: MeterReadingDialog) -> None:
    qtbot.keyClicks(dialog.account_input, "0999999999")
    qtbot.keyClick(dialog.account_input, Qt.Key.Key_Return)
    assert dialog.entry_error.text() == "There is no account 0999999999."
    assert not dialog.enter_button.isEnabled()


# ----------------------------------------------------------------------------- import


def test_a_bad_file_lists_every_bad_row_and_imports_nothing(
    qtbot: QtBot, dialog: MeterReadingDialog, ctx: AppContext, tmp_path: Path
) -> None:
    meters = _meters(ctx)
    (_, first, last1, _), (_, second, last2, _), (_, third, last3, _) = meters[:3]
    path = _csv(
        tmp_path / "round.csv",
        [
            (first, "2026-11-20", str(last1 + 20)),
            ("0999999999", "2026-11-20", "100"),
            (second, "2026-11-20", str(last2 - 5)),
            (third, "2026-02-30", str(last3 + 20)),
        ],
    )
    dialog.tabs.setCurrentIndex(1)
    before = _counts(ctx)
    _import(qtbot, dialog, path)

    assert _counts(ctx) == before
    assert dialog.last_import is not None
    assert not dialog.last_import.imported
    assert _errors_shown(dialog) == [
        ("3", "A (户号)", "There is no account 0999999999."),
        ("4", "C (本次读数)", f"The reading is below the previous reading {last2}."),
        (
            "5",
            "B (抄表日期)",
            'The date "2026-02-30" cannot be read: write it as 2026-11-20, 2026/11/20 or 20261120.',
        ),
    ]
    assert dialog.summary.text().startswith("3 problem(s) found. Nothing was imported")
    assert dialog.errors_model.headerData(0, Qt.Orientation.Horizontal) == "Row"
    assert not dialog.import_checked_button.isVisible()


def test_a_good_file_is_checked_then_imported_and_the_counts_shown(
    qtbot: QtBot, dialog: MeterReadingDialog, ctx: AppContext, tmp_path: Path
) -> None:
    meters = _meters(ctx)
    path = _csv(
        tmp_path / "good.csv",
        [(number, "2026/11/20", str(last + 30)) for _, number, last, _ in meters],
    )
    before = _counts(ctx)
    dialog.tabs.setCurrentIndex(1)
    dialog.check_only.setChecked(True)
    _import(qtbot, dialog, path)
    assert _counts(ctx) == before
    checked = dialog.last_import
    assert checked is not None
    assert checked.dry_run
    assert dialog.summary.text().startswith(
        f"Check passed. Importing would create {len(meters)} bills totalling "
        f"{format_yuan(checked.total_billed)}"
    )
    assert dialog.import_checked_button.isVisible()

    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_checked_button, Qt.MouseButton.LeftButton)
    done = dialog.last_import
    assert done is not None
    assert done.imported
    assert dialog.summary.text() == (
        f"Imported: {len(meters)} readings, {len(meters)} bills totalling "
        f"{format_yuan(done.total_billed)}, 0 starting readings (no bill)."
    )
    assert done.total_billed == checked.total_billed
    assert dialog.errors_model.rowCount() == 0
    assert _counts(ctx)[:2] == (before[0] + len(meters), before[1] + len(meters))
    assert dialog.buttons.isEnabled()


def test_a_file_that_is_not_a_readings_sheet_is_explained(
    qtbot: QtBot, dialog: MeterReadingDialog, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _import(qtbot, dialog, empty)
    assert dialog.summary.text() == "The file is empty."
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("户号,日期\n0100000001,2026-11-20\n", encoding="utf-8")
    _import(qtbot, dialog, wrong)
    assert dialog.summary.text().endswith("Missing: 抄表日期, 本次读数.")


def test_cancelling_an_import_keeps_nothing(
    qtbot: QtBot,
    dialog: MeterReadingDialog,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meters = _meters(ctx)
    path = _csv(
        tmp_path / "round.csv",
        [(number, "2026-11-20", str(last + 30)) for _, number, last, _ in meters],
    )
    importer = dialog._importer
    real = importer.import_readings
    gate = threading.Event()

    def held(path: Path, *, dry_run: bool = False, progress: Callable[..., Any]) -> Any:
        def wait_then_report(done: int, total: int) -> None:
            gate.wait(10)  # the writes wait until the clerk has pressed Cancel
            progress(done, total)

        return real(path, dry_run=dry_run, progress=wait_then_report)

    monkeypatch.setattr(importer, "import_readings", held)
    before = _counts(ctx)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        dialog.import_file(path)
        assert dialog.import_running
        assert not dialog.buttons.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert dialog.summary.text() == "Import cancelled. Nothing was imported."
    assert _counts(ctx) == before


def test_a_clerk_enters_readings_but_cannot_import(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    clerk_dialog = _dialog(qtbot, ctx, "G1001", 1)
    assert not clerk_dialog.choose_button.isEnabled()
    assert not clerk_dialog.check_only.isEnabled()
    assert clerk_dialog.summary.text() == "Only a hall manager can import meter readings."
    account_id, number, _, _ = _meters(ctx)[0]
    clerk_dialog.set_account(account_id, number)
    assert clerk_dialog.enter_button.isEnabled()


def test_a_blank_template_is_saved_where_the_manager_chooses(
    dialog: MeterReadingDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "十一月抄表"  # no extension typed: .xlsx is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.tabs.setCurrentIndex(1)
    dialog.template_button.click()
    saved = target.with_name("十一月抄表.xlsx")
    assert saved.exists()
    assert [c.value for c in load_workbook(saved).worksheets[0][1]] == list(HEADER)
    assert str(saved) in dialog.summary.text()

    # A folder that cannot be written says so instead of failing silently.
    blocked = tmp_path / "no-such-dir" / "t.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(blocked), ""))
    )
    dialog.template_button.click()
    assert dialog.summary.text().startswith("The template could not be saved")


def test_reading_date_starts_at_today_in_the_hall(
    qtbot: QtBot, ctx: AppContext, en: QApplication
) -> None:
    # 17:30 UTC is already 01:30 the next morning in the hall; Qt's own default is 2000-01-01.
    late = FixedClock(datetime(2026, 11, 23, 17, 30, tzinfo=UTC))
    actor = ctx.auth.sign_in("M1001", DEMO_PASSWORD, 2)
    dialog = MeterReadingDialog(
        BillService(ctx.db, late, actor), ReadingImportService(ctx.db, late, actor)
    )
    qtbot.addWidget(dialog)
    assert dialog.read_on.date() == QDate(2026, 11, 24)
