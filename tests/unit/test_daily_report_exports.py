"""Exporting the reports (docs/domain.md §10): the command line with a manager's credentials
and refused for a clerk; the journal and the receipt register row by row; an empty day; bad
periods; a cancelled, failed or unwritable export that leaves no file behind."""

from __future__ import annotations

import errno
import io
import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from payment_workers import Desk, new_account
from report_data import fill_payments
from sqlalchemy import func, select

from counter_app.__main__ import main
from counter_app.db.models import Payment, PaymentVoid
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentStatus
from counter_app.files import leftovers
from counter_app.services.reports import ReportService
from counter_app.services.reports.service import export_errors
from counter_app.services.reports_dto import ExportCancelled, ExportFailed, ReportError
from counter_app.services.shifts import ShiftService

D = Decimal


def reports(desk: Desk) -> ReportService:
    return ReportService(desk.db, desk.clock, desk.manager)


def today(desk: Desk):  # type: ignore[no-untyped-def]
    return desk.clock.now().astimezone(LOCAL_TZ).date()


def filled(desk: Desk, count: int = 300) -> None:
    shift = ShiftService(desk.db, desk.clock, desk.clerk).current_shift()
    assert shift is not None
    fill_payments(desk.db, [shift.shift_id], count, manager_id=desk.manager.user_id)
    desk.clock.advance(hours=3)


def cli(desk: Desk, monkeypatch: pytest.MonkeyPatch, password: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["--db", desk.db.url, *args, "--password-stdin"])


# ----------------------------------------------------------------------------- command line


def test_the_command_line_exports_with_a_managers_credentials(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "66.60")
    out, pdf, journal = tmp_path / "d.xlsx", tmp_path / "d.pdf", tmp_path / "j.xlsx"
    day = today(desk).isoformat()

    assert (
        cli(
            desk,
            monkeypatch,
            "counter123",
            "export",
            "daily",
            "--date",
            day,
            "--hall",
            "H01",
            "--out",
            str(out),
            "--pdf",
            str(pdf),
            "--user",
            "M1001",
        )
        == 0
    )
    assert (
        cli(
            desk,
            monkeypatch,
            "counter123",
            "export",
            "journal",
            "--from",
            day,
            "--to",
            day,
            "--hall",
            "H01",
            "--out",
            str(journal),
            "--user",
            "M1001",
        )
        == 0
    )

    assert "Written" in capsys.readouterr().out
    summary = {
        r[0]: r[1] for r in load_workbook(out)["汇总"].iter_rows(min_row=5, values_only=True)
    }
    assert summary["实收合计"] == pytest.approx(66.6)
    assert pdf.read_bytes().startswith(b"%PDF")
    rows = list(
        load_workbook(journal, read_only=True).active.iter_rows(min_row=5, values_only=True)
    )
    assert rows[0][5] == pytest.approx(66.6)


def test_a_clerk_or_a_wrong_password_is_refused_and_no_file_is_written(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "d.xlsx"
    day = today(desk).isoformat()
    args = ("export", "daily", "--date", day, "--hall", "H01", "--out", str(out))

    assert cli(desk, monkeypatch, "counter123", *args, "--user", "G1001") == 1
    refused = capsys.readouterr().err
    assert "counter-app: error:" in refused
    assert "角色" in refused  # 您的角色不允许此操作
    assert cli(desk, monkeypatch, "wrong", *args, "--user", "M1001") == 1
    assert capsys.readouterr().err.strip()
    assert not out.exists()
    assert leftovers(out) == []


def test_without_password_stdin_the_command_asks_for_the_password(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []

    def prompt(text: str = "Password: ") -> str:
        asked.append(text)
        return "counter123"

    monkeypatch.setattr("counter_app.cli_auth.getpass.getpass", prompt)
    out = tmp_path / "j.xlsx"
    day = today(desk).isoformat()
    args = ["--db", desk.db.url, "export", "journal", "--from", day, "--to", day]
    assert main([*args, "--hall", "H01", "--out", str(out), "--user", "M1001"]) == 0
    assert asked == ["Password: "]
    assert out.exists()
    assert "Written" in capsys.readouterr().out


# ----------------------------------------------------------------------------- ledgers


def test_the_journal_and_the_register_hold_every_payment_voids_marked(
    desk: Desk, tmp_path: Path
) -> None:
    filled(desk, 300)
    day = today(desk)
    seen: list[tuple[int, int]] = []
    journal = reports(desk).export_journal(
        day, day, tmp_path / "j.xlsx", progress=lambda done, total: seen.append((done, total))
    )
    register = reports(desk).export_receipt_register(day, day, tmp_path / "r.xlsx")

    with desk.db.read() as s:
        count = s.execute(select(func.count()).select_from(Payment)).scalar_one()
        voided = set(
            s.execute(
                select(Payment.receipt_no).join(PaymentVoid, PaymentVoid.payment_id == Payment.id)
            ).scalars()
        )
        total = sum(
            s.execute(
                select(Payment.amount).where(Payment.status == PaymentStatus.COMPLETED)
            ).scalars(),
            D("0.00"),
        )
        numbers = list(
            s.execute(select(Payment.receipt_no).order_by(Payment.receipt_seq)).scalars()
        )
    assert journal.rows == register.rows == count
    assert seen[-1] == (count, count)
    rows = list(
        load_workbook(tmp_path / "j.xlsx", read_only=True).active.iter_rows(
            min_row=5, values_only=True
        )
    )
    data = rows[:count]
    assert {r[2] for r in data if r[9] == "作废"} == voided
    assert round(sum(D(str(r[5])) for r in data if r[9] != "作废"), 2) == total
    assert rows[count][0] == "合计"
    reg = list(
        load_workbook(tmp_path / "r.xlsx", read_only=True).active.iter_rows(
            min_row=5, values_only=True
        )
    )[:count]
    assert [r[0] for r in reg] == numbers
    assert {r[0] for r in reg if r[6] == "作废"} == voided
    assert all(r[7] for r in reg if r[6] == "作废")  # the void's reason


def test_a_cancelled_or_failing_export_leaves_no_file(desk: Desk, tmp_path: Path) -> None:
    filled(desk, 50)
    day = today(desk)
    target = tmp_path / "j.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        reports(desk).export_journal(day, day, target, cancelled=lambda: True)

    def broken(done: int, total: int) -> None:
        if done:
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportFailed) as full:
        reports(desk).export_journal(day, day, target, progress=broken)
    assert full.value.code == "export.disk_full"
    assert target.read_bytes() == b"the previous export"
    assert leftovers(target) == []
    with pytest.raises(ExportCancelled):
        reports(desk).export_daily(day, tmp_path / "d.xlsx", cancelled=lambda: True)
    missing = tmp_path / "no such folder" / "d.xlsx"
    with pytest.raises(ExportFailed) as unwritable:
        reports(desk).export_daily(day, missing, pdf_path=tmp_path / "d.pdf")
    assert unwritable.value.code == "export.not_writable"
    assert not (tmp_path / "d.pdf").exists()
    assert not (tmp_path / "d.xlsx").exists()


def test_write_errors_are_worded_by_what_went_wrong(tmp_path: Path) -> None:
    for error, code in (
        (OSError(errno.ENOSPC, "full"), "export.disk_full"),
        (PermissionError(errno.EACCES, "denied"), "export.not_writable"),
        (OSError(errno.EIO, "io"), "export.write_failed"),
    ):
        with pytest.raises(ExportFailed) as failed, export_errors(tmp_path / "x.xlsx"):
            raise error
        assert failed.value.code == code
        assert failed.value.params["path"].endswith("x.xlsx")


def test_a_workbook_open_in_excel_on_windows_is_named_and_left_as_it_was(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses a rename over a file another program holds open (Excel its workbook, a
    PDF viewer its PDF) with a PermissionError: the export says which file is open, and the
    workbook Excel shows keeps what it held, its PDF too."""
    filled(desk, 20)
    day = today(desk)
    book, pdf = tmp_path / "日报.xlsx", tmp_path / "日报.pdf"
    book.write_bytes(b"the workbook Excel shows")
    pdf.write_bytes(b"yesterday's PDF")
    real_replace = os.replace

    def held_open(name: str):  # type: ignore[no-untyped-def]
        def replace(source: str, destination: str) -> None:
            if str(destination).endswith(name):
                raise PermissionError(
                    13, "The process cannot access the file", source, None, destination
                )
            real_replace(source, destination)

        return replace

    monkeypatch.setattr("counter_app.services.reports.service.REPLACE_REFUSED_WHILE_OPEN", True)
    for export in (
        lambda: reports(desk).export_daily(day, book, pdf_path=pdf),
        lambda: reports(desk).export_journal(day, day, book),
    ):
        with monkeypatch.context() as windows:
            windows.setattr("counter_app.files.os.replace", held_open(".xlsx"))
            with pytest.raises(ExportFailed) as in_use:
                export()
        assert in_use.value.code == "export.file_in_use"
        assert in_use.value.params["path"].endswith("日报.xlsx")
        assert book.read_bytes() == b"the workbook Excel shows"
        assert pdf.read_bytes() == b"yesterday's PDF"
        assert leftovers(book) == leftovers(pdf) == []

    # The PDF open in a viewer: named; the workbook, renamed first, is the new one.
    with monkeypatch.context() as windows:
        windows.setattr("counter_app.files.os.replace", held_open(".pdf"))
        with pytest.raises(ExportFailed) as in_use:
            reports(desk).export_daily(day, book, pdf_path=pdf)
    assert in_use.value.code == "export.file_in_use"
    assert in_use.value.params["path"].endswith("日报.pdf")
    assert pdf.read_bytes() == b"yesterday's PDF"
    assert load_workbook(book)["汇总"]["B5"].value == 20
    assert leftovers(book) == leftovers(pdf) == []


# ----------------------------------------------------------------------------- periods


def test_an_empty_day_is_a_valid_report_and_bad_periods_are_refused(
    desk: Desk, tmp_path: Path
) -> None:
    before = today(desk) - timedelta(days=30)
    result = reports(desk).export_daily(
        before, tmp_path / "empty.xlsx", pdf_path=tmp_path / "e.pdf"
    )
    assert result.rows >= 0
    book = load_workbook(tmp_path / "empty.xlsx")
    summary = {r[0]: r[1] for r in book["汇总"].iter_rows(min_row=5, values_only=True)}
    assert summary["交易笔数"] == 0
    assert summary["满意率"] == "—"
    for bad, code in (
        (lambda r: r.daily_report(today(desk) + timedelta(days=1)), "report.future_date"),
        (lambda r: r.daily_report(today(desk), "H02"), "report.other_hall"),
        (lambda r: r.daily_report(today(desk), "H99"), "report.hall_unknown"),
        (lambda r: r.monthly_report(2026, 13), "report.month_invalid"),
        (
            lambda r: r.export_journal(today(desk), before, tmp_path / "x.xlsx"),
            "report.range_invalid",
        ),
        (
            lambda r: r.export_journal(before - timedelta(days=400), before, tmp_path / "x.xlsx"),
            "report.range_too_long",
        ),
    ):
        with pytest.raises(ReportError) as refused:
            bad(reports(desk))
        assert refused.value.code == code


def test_the_monthly_report_adds_up_its_days(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "10.00")
    desk.next_morning()
    desk.pay(account_id, "15.50")
    day = today(desk)
    month = reports(desk).monthly_report(day.year, day.month)
    assert month.figure("amount").value == D("25.50")
    assert month.figure("transactions").value == 2
    assert month.number == f"H01-M{day:%Y%m}"
    assert reports(desk).daily_report(day).figure("amount").value == D("15.50")


def test_the_monthly_report_exports_as_a_workbook_and_a_pdf(desk: Desk, tmp_path: Path) -> None:
    from pypdf import PdfReader

    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "12.30")
    day = today(desk)
    reports(desk).export_monthly(
        day.year, day.month, tmp_path / "m.xlsx", pdf_path=tmp_path / "m.pdf"
    )
    summary = {
        r[0]: r[1]
        for r in load_workbook(tmp_path / "m.xlsx")["汇总"].iter_rows(min_row=5, values_only=True)
    }
    assert summary["实收合计"] == pytest.approx(12.3)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "m.pdf").pages)
    assert "营业月报" in text
    assert "¥12.30" in text


def test_every_amount_of_the_workbook_fits_its_column_totals_included(
    desk: Desk, tmp_path: Path
) -> None:
    """A column too narrow for its figure shows ### in Excel: the totals row's sum is the
    widest amount of a money column and is bold, so it must fit too, with a character to
    spare each side and one for the bold face (a reader without Calibri draws wider digits)."""
    account_id, _ = new_account(desk.db)
    for amount in ("9999.90", "8888.80", "7777.70"):
        desk.pay(account_id, amount)
    day = today(desk)
    reports(desk).export_daily(day, tmp_path / "d.xlsx")
    book = load_workbook(tmp_path / "d.xlsx")
    checked = 0
    for sheet in book.worksheets[1:]:
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                if isinstance(cell.value, float) and "¥" in cell.number_format:
                    shown = f"¥{cell.value:,.2f}"
                    width = sheet.column_dimensions[cell.column_letter].width
                    assert width >= len(shown) + 3, (
                        sheet.title,
                        cell.coordinate,
                        shown,
                        width,
                    )
                    checked += 1
    assert checked
    # The clerk's takings of ¥26,666.40 are on the by-clerk sheet's totals row as well.
    assert any(
        c.value == pytest.approx(26666.4) and c.font.b
        for row in book["按柜员"].iter_rows(min_row=5)
        for c in row
    )
