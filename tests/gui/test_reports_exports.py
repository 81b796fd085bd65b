"""Exports from the Reports area run off the GUI thread: the window keeps answering while a
month's payments journal is written, and an export cancelled half-way leaves no file."""

from __future__ import annotations

import sys
import threading
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter.worksheet
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from counter_app.context import AppContext
from counter_app.files import leftovers
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.reports.export_runner import ExportOutcome, ExportState
from counter_app.views.reports.exports import ExportsView
from counter_app.views.timefmt import hall_today

# The report tests' loader writes payments in bulk as the payment service leaves them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from report_data import fill_payments


def many_payments(ctx: AppContext, count: int) -> None:
    """``count`` payments today over three clerks' shifts."""
    shift_ids = []
    for number, employee_no in enumerate(("G1001", "G1002", "G1003"), start=1):
        clerk = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, number))
        shift_ids.append(clerk.shifts.open_shift(Decimal("500.00")).shift_id)
    manager = ctx.auth.sign_in("M1001", DEMO_PASSWORD, 4)
    fill_payments(ctx.db, shift_ids, count, manager_id=manager.user_id, chunk=5000)


def exports_view(qtbot: QtBot, ctx: AppContext) -> ExportsView:
    manager = ctx.services_for(ctx.auth.sign_in("M1001", DEMO_PASSWORD, 1))
    view = ExportsView(manager.reports, ctx.clock)
    qtbot.addWidget(view)
    view.show()
    return view


def wait_for_end(qtbot: QtBot, view: ExportsView, seconds: float) -> ExportOutcome:
    with qtbot.waitSignal(view.export_finished, timeout=int(seconds * 1000)) as blocker:
        pass
    outcome = blocker.args[0]
    assert isinstance(outcome, ExportOutcome)
    return outcome


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    today = hall_today(ctx.clock)
    many_payments(ctx, 12_000)  # three chunks of the ledger: cancelled after the first
    view = exports_view(qtbot, ctx)
    target = tmp_path / "journal.xlsx"
    assert view.export_journal(today, today, target)
    dialog = view.runner.dialog
    assert dialog is not None
    assert dialog.isVisible()
    # Cancel once the rows are being written, as a manager pressing 取消 does.
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=60_000)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    outcome = wait_for_end(qtbot, view, 60)
    assert outcome.state is ExportState.CANCELLED
    assert not target.exists()
    assert leftovers(target) == []
    assert "cancelled" in view.message.text()
    assert all(button.isEnabled() for button in view.buttons.values())


def test_the_daily_report_exports_as_a_workbook_and_a_pdf(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    many_payments(ctx, 300)
    today = hall_today(ctx.clock)
    view = exports_view(qtbot, ctx)
    target = tmp_path / "daily.xlsx"
    assert view.export_daily(today, target)
    outcome = wait_for_end(qtbot, view, 120)
    assert outcome.state is ExportState.DONE, outcome.error
    assert target.exists()
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) >= 5
    assert str(target) in view.message.text()


def test_a_failed_export_says_why_and_leaves_no_file(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    today = hall_today(ctx.clock)
    view = exports_view(qtbot, ctx)
    target = tmp_path / "no such folder" / "journal.xlsx"
    assert view.export_journal(today, today, target)
    outcome = wait_for_end(qtbot, view, 30)
    assert outcome.state is ExportState.FAILED
    assert not target.exists()
    assert view.message.text()
    # A date in the future is refused before anything is written.
    assert view.export_daily(today + timedelta(days=2), tmp_path / "future.xlsx")
    outcome = wait_for_end(qtbot, view, 30)
    assert outcome.state is ExportState.FAILED
    assert not (tmp_path / "future.xlsx").exists()
    assert not (tmp_path / "future.pdf").exists()


def test_a_long_export_runs_off_the_gui_thread_while_the_window_keeps_answering(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    """Every database call and every workbook write of the export runs in the worker, and the
    GUI thread keeps serving its timers all the way through. How short its longest pause is
    (the target is under 100 ms for a month of 150,000 rows) is a speed figure, measured by
    benchmarks/export_heartbeat_benchmark.py beside the bare floor, not asserted here."""
    today = hall_today(ctx.clock)
    rows = 12_000  # three pages of the ledger
    many_payments(ctx, rows)
    view = exports_view(qtbot, ctx)
    target = tmp_path / "month.xlsx"

    gui_thread = threading.get_ident()
    db_threads: set[int] = set()

    def on_execute(*_args: object) -> None:
        db_threads.add(threading.get_ident())

    write_threads: set[int] = set()
    write_string = xlsxwriter.worksheet.Worksheet.write_string

    def recorded_write_string(sheet: object, *args: object, **kwargs: object) -> object:
        write_threads.add(threading.get_ident())
        return write_string(sheet, *args, **kwargs)

    ticks_while_running: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(
        lambda: ticks_while_running.append(1) if view.runner.running else None
    )
    event.listen(ctx.db.engine, "before_cursor_execute", on_execute)
    heartbeat.start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(xlsxwriter.worksheet.Worksheet, "write_string", recorded_write_string)
            assert view.export_journal(today.replace(day=1), today, target)
            outcome = wait_for_end(qtbot, view, 600)
    finally:
        heartbeat.stop()
        event.remove(ctx.db.engine, "before_cursor_execute", on_execute)
    assert outcome.state is ExportState.DONE, outcome.error
    assert db_threads, "the export read nothing"
    assert gui_thread not in db_threads
    assert write_threads
    assert gui_thread not in write_threads
    # The GUI thread ran its timer while the worker was busy, not only before and after.
    assert len(ticks_while_running) >= 3
    book = openpyxl.load_workbook(target, read_only=True)
    sheet = book.worksheets[0]
    data_rows = outcome.result.rows  # type: ignore[attr-defined]
    assert data_rows >= rows
    assert sheet.max_row >= data_rows
    book.close()


def test_esc_cancels_an_export_too(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path
) -> None:
    many_payments(ctx, 12_000)  # three chunks of the ledger: cancelled after the first
    today = hall_today(ctx.clock)
    view = exports_view(qtbot, ctx)
    target = tmp_path / "register.xlsx"
    assert view.export_register(today, today, target)
    dialog = view.runner.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=60_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    outcome = wait_for_end(qtbot, view, 60)
    assert outcome.state is ExportState.CANCELLED
    assert not target.exists()
    assert leftovers(target) == []
