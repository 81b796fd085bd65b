"""Meter readings imported from Excel and CSV: every row checked first, then all or nothing."""

from __future__ import annotations

import csv
import hashlib
import threading
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from demo_meters import meters
from openpyxl import Workbook, load_workbook
from payment_workers import new_account
from row_counts import row_counts
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, Bill, BillLine, MeterReading
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import AccountStatus, BillingMode
from counter_app.domain.errors import PermissionDenied
from counter_app.services import readings_file, readings_import
from counter_app.services.audit import verify_chain
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.bills import BillService
from counter_app.services.bills_dto import AccountNotFound, ReadingRefused
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.readings_file import ImportRefused, parse_read_on, parse_reading
from counter_app.services.readings_import import ReadingImportService
from counter_app.services.readings_import_dto import ImportCancelled
from counter_app.views.errors import error_message

D = Decimal
CN_HEADER = ("户号", "抄表日期", "本次读数")
EN_HEADER = ("account_number", "read_on", "reading")
READ_ON = date(2026, 11, 20)  # the clock stands at 2026-11-23; demo readings end 2026-10-31


# ----------------------------------------------------------------------------- helpers


def counts(db: Database) -> tuple[int, ...]:
    """Readings, bills, bill lines and audit entries: what an import adds to."""
    return tuple(row_counts(db, MeterReading, Bill, BillLine, AuditEntry).values())


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = CN_HEADER,
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = CN_HEADER,
    above: Sequence[Sequence[Any]] = (),
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for line in (*above, header, *rows):
        sheet.append(list(line))
    book.save(path)
    return path


@pytest.fixture
def manager(demo_db: Database, clock: FixedClock) -> Actor:
    return AuthService(demo_db, clock).sign_in("M1001", DEMO_PASSWORD, 2)


@pytest.fixture
def importer(demo_db: Database, clock: FixedClock, manager: Actor) -> ReadingImportService:
    return ReadingImportService(demo_db, clock, manager)


# ----------------------------------------------------------------------------- good files


def test_a_valid_csv_imports_every_row_and_bills_across_tiers(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    first, *others = meters(demo_db)
    # Fill tier 1 (300 m³ a year) and go 20 m³ into tier 2.
    to_tier_two = D(300) - first.used_this_year
    rows: list[tuple[str, str, str]] = [
        (first.number, "2026-11-20", str(first.last_reading + to_tier_two + 20))
    ]
    rows += [(m.number, "2026-11-20", str(m.last_reading + D("25.5"))) for m in others]
    _, baseline_number = new_account(demo_db)
    rows.append((baseline_number, "2026-11-20", "0"))
    path = write_csv(tmp_path / "十一月抄表.csv", rows)
    before = counts(demo_db)

    result = importer.import_readings(path)

    assert result.errors == ()
    assert result.imported
    assert not result.dry_run
    assert result.rows == len(rows)
    assert result.bills == len(rows) - 1
    assert result.baselines == 1
    readings, bills, _, audits = counts(demo_db)
    assert readings == before[0] + len(rows)
    assert bills == before[1] + len(rows) - 1
    # One entry per bill and per baseline from the billing code, and one for the import.
    assert audits == before[3] + len(rows) + 1
    with demo_db.read() as s:
        crossing = s.execute(
            select(Bill).where(Bill.account_id == first.account_id, Bill.period == "2026-11")
        ).scalar_one()
        lines = s.execute(
            select(BillLine.tier_no, BillLine.volume, BillLine.unit_price, BillLine.amount)
            .where(BillLine.bill_id == crossing.id)
            .order_by(BillLine.tier_no)
        ).all()
        assert lines == [
            (1, to_tier_two, D("2.6100"), (to_tier_two * D("2.61")).quantize(D("0.01"))),
            (2, D("20.000"), D("3.1300"), D("62.60")),
        ]
        assert crossing.previous_reading == first.last_reading
        assert crossing.previous_read_on == first.last_read_on
        assert crossing.current_read_on == READ_ON
        new_total = s.execute(
            select(func.sum(Bill.amount)).where(Bill.period == "2026-11")
        ).scalar_one()
        assert result.total_billed == new_total
        sources = s.execute(
            select(MeterReading.source).where(MeterReading.read_on == READ_ON)
        ).scalars()
        assert set(sources) == {"import"}
        summary = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "meter_reading_import")
        ).scalar_one()
        # The entries written in one batch chain exactly as entries written one by one.
        assert verify_chain(s).ok
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.sha256 == digest
    assert summary.action == "import"
    assert summary.user_id == importer.actor.user_id
    assert summary.after["file"] == "十一月抄表.csv"
    assert summary.after["sha256"] == digest
    assert summary.after["rows"] == len(rows)
    assert summary.after["bills"] == len(rows) - 1
    assert summary.after["baselines"] == 1
    assert summary.after["total"] == f"{result.total_billed:.2f}"


def test_a_valid_xlsx_with_excel_dates_and_number_cells_imports(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    found = meters(demo_db)
    # Excel date cells (naive: Excel has no time zones), float readings, and columns the
    # import does not use.
    excel_date = datetime(2026, 11, 18)  # noqa: DTZ001
    rows = [
        ("某某", m.number, excel_date, float(m.last_reading + D("12.25")), "正常") for m in found
    ]
    path = write_xlsx(
        tmp_path / "readings.xlsx",
        rows,
        header=("Name", "Account number", "Read on", "Reading (m³)", "备注"),
        above=[("2026年11月抄表清单",), ()],
    )
    before = counts(demo_db)

    result = importer.import_readings(path)

    assert result.errors == ()
    assert result.imported
    assert (result.rows, result.bills, result.baselines) == (len(found), len(found), 0)
    assert counts(demo_db)[1] == before[1] + len(found)
    with demo_db.read() as s:
        stored = s.execute(
            select(Bill.account_id, Bill.current_read_on, Bill.usage).where(
                Bill.period == "2026-11"
            )
        ).all()
    assert sorted(stored) == sorted((m.account_id, date(2026, 11, 18), D("12.250")) for m in found)


def test_a_gbk_csv_with_chinese_headers_and_full_width_digits_imports(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    found = meters(demo_db)
    to_full_width = str.maketrans("0123456789.", "０１２３４５６７８９．")
    dates = ("2026/11/20", "20261120", "2026-11-20", "2026年11月20日")
    rows = [
        (
            m.number.translate(to_full_width),
            dates[i % len(dates)],
            str(m.last_reading + 7).translate(to_full_width),
            "张三",
        )
        for i, m in enumerate(found)
    ]
    path = write_csv(tmp_path / "gbk.csv", rows, header=(*CN_HEADER, "户名"), encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the file really is GBK

    parsed = importer.parse_file(path)
    assert parsed.encoding == "gb18030"
    assert [r.account_number for r in parsed.rows] == [m.number for m in found]
    assert {r.read_on for r in parsed.rows} == {READ_ON}
    result = importer.import_readings(path)
    assert result.errors == ()
    assert result.bills == len(found)


# ----------------------------------------------------------------------------- bad files


def test_a_file_with_three_bad_rows_imports_nothing_and_names_each_row(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    found = meters(demo_db)
    good = [(m.number, "2026-11-20", str(m.last_reading + 10)) for m in found]
    below = found[1]
    rows = [
        good[0],
        ("0999999999", "2026-11-20", "100"),  # row 3: no such account
        good[2],
        (below.number, "2026-11-20", str(below.last_reading - D("0.5"))),  # row 5
        good[3],
        (found[4].number, "2026-11-24", str(found[4].last_reading + 1)),  # row 7: future
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    before = counts(demo_db)

    result = importer.import_readings(path)

    assert not result.imported
    assert counts(demo_db) == before
    assert [(e.row, e.column_letter, e.field, e.code) for e in result.errors] == [
        (3, "A", "account_number", "account.not_found"),
        (5, "C", "reading", "reading.below_previous"),
        (7, "B", "read_on", "reading.future_date"),
    ]
    not_found, low, future = result.errors
    assert not_found.column == "户号"
    assert error_message(not_found) == "户号 0999999999 不存在"
    assert low.params["previous"] == str(below.last_reading)
    assert str(below.last_reading) in error_message(low)
    assert future.params == {"read_on": "2026-11-24", "today": "2026-11-23"}
    # The good rows would have billed: the counts say what a clean file would do.
    assert result.bills == 3


@pytest.mark.parametrize(
    ("cells", "code", "column"),
    [
        (("", "2026-11-20", "1"), "account.missing", "A"),
        (("{n}", "", "1"), "read_on.missing", "B"),
        (("{n}", "2026-02-30", "1"), "read_on.invalid", "B"),
        (("{n}", "20/11/2026", "1"), "read_on.invalid", "B"),
        (("{n}", "2026-11-20", ""), "reading.missing", "C"),
        (("{n}", "2026-11-20", "12O5"), "reading.not_a_number", "C"),
        (("{n}", "2026-11-20", "-3"), "reading.negative", "C"),
        (("{n}", "2026-11-20", "{r}.0001"), "reading.too_many_decimals", "C"),
        (("{n}", "2026-10-31", "{r}"), "reading.date_not_after_previous", "B"),
        (("{n}", "2026-10-15", "{r}"), "reading.date_not_after_previous", "B"),
    ],
)
def test_each_kind_of_bad_cell_is_reported(
    demo_db: Database,
    importer: ReadingImportService,
    tmp_path: Path,
    cells: tuple[str, str, str],
    code: str,
    column: str,
) -> None:
    meter = meters(demo_db)[0]
    row = [c.format(n=meter.number, r=int(meter.last_reading) + 5) for c in cells]
    path = write_csv(tmp_path / "one.csv", [row])
    before = counts(demo_db)
    result = importer.import_readings(path)
    assert [(e.row, e.column_letter, e.code) for e in result.errors] == [(2, column, code)]
    assert error_message(result.errors[0])
    assert not result.imported
    assert counts(demo_db) == before


def test_closed_prepaid_and_already_billed_accounts_are_refused(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    _, closed = new_account(demo_db, status=AccountStatus.CLOSED)
    _, prepaid = new_account(demo_db, billing_mode=BillingMode.PREPAID)
    meter = meters(demo_db)[0]
    with demo_db.read() as s:
        october = s.execute(
            select(Bill.number).where(Bill.account_id == meter.account_id, Bill.period == "2026-10")
        ).scalar_one()
    # Move the last reading back so only the existing October bill stands in the way.
    with demo_db.write() as s:
        last = s.execute(
            select(MeterReading)
            .where(MeterReading.account_id == meter.account_id)
            .order_by(MeterReading.read_on.desc())
            .limit(1)
        ).scalar_one()
        last.read_on = date(2026, 10, 2)
    path = write_csv(
        tmp_path / "refused.csv",
        [
            (closed, "2026-11-20", "10"),
            (prepaid, "2026-11-20", "10"),
            (meter.number, "2026-10-30", str(meter.last_reading + 1)),
        ],
    )
    result = importer.import_readings(path)
    assert [(e.row, e.code) for e in result.errors] == [
        (2, "account.closed"),
        (3, "reading.prepaid_account"),
        (4, "bill.period_exists"),
    ]
    assert result.errors[2].params == {"period": "2026-10", "number": october}


def test_the_same_account_twice_is_refused_unless_the_rows_are_identical(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    a, b, *_ = meters(demo_db)
    conflicting = write_csv(
        tmp_path / "twice.csv",
        [
            (a.number, "2026-11-20", str(a.last_reading + 10)),
            (b.number, "2026-11-20", str(b.last_reading + 10)),
            (a.number, "2026-11-20", str(a.last_reading + 11)),
        ],
    )
    before = counts(demo_db)
    result = importer.import_readings(conflicting)
    assert [(e.row, e.code, e.params["rows"]) for e in result.errors] == [
        (2, "row.duplicate_account", [4]),
        (4, "row.duplicate_account", [2]),
    ]
    assert counts(demo_db) == before

    # Pasted twice: the same reading of the same meter is imported once.
    repeated = write_csv(
        tmp_path / "pasted.csv",
        [
            (a.number, "2026-11-20", str(a.last_reading + 10)),
            (b.number, "2026-11-20", str(b.last_reading + 10)),
            (a.number, "2026/11/20", str(a.last_reading + 10)),
        ],
    )
    result = importer.import_readings(repeated)
    assert result.errors == ()
    assert result.duplicates_skipped == (4,)
    assert (result.rows, result.bills) == (3, 2)
    assert counts(demo_db)[1] == before[1] + 2


def test_an_account_number_stored_as_an_excel_number_says_so(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    meter = next(m for m in meters(demo_db) if m.number.startswith("0"))
    path = write_xlsx(
        tmp_path / "numbers.xlsx", [(int(meter.number), READ_ON, float(meter.last_reading + 1))]
    )
    (error,) = importer.import_readings(path).errors
    assert error.code == "account.not_found"
    assert error.params["as_number"] is True
    assert "开头的 0" in error_message(error)


def test_files_that_are_not_reading_sheets_are_refused_whole(
    importer: ReadingImportService, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    header_only = write_csv(tmp_path / "header.csv", [])
    no_header = tmp_path / "noheader.csv"
    no_header.write_text("0100000001,2026-11-20,100\n", encoding="utf-8")
    half_header = write_csv(tmp_path / "half.csv", [("x", "y")], header=("户号", "日期"))
    empty_sheet = write_xlsx(tmp_path / "empty.xlsx", [], header=())
    not_zip = tmp_path / "fake.xlsx"
    not_zip.write_text("户号,抄表日期,本次读数\n", encoding="utf-8")
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0")
    cases = [
        (empty, "import.empty"),
        (header_only, "import.no_rows"),
        (no_header, "import.no_header"),
        (half_header, "import.no_header"),
        (empty_sheet, "import.empty"),
        (not_zip, "import.unreadable"),
        (old_excel, "import.file_type"),
        (tmp_path / "missing.csv", "import.file_missing"),
    ]
    for path, code in cases:
        with pytest.raises(ImportRefused) as refused:
            importer.import_readings(path)
        assert refused.value.code == code, path.name
        assert error_message(refused.value)
    with pytest.raises(ImportRefused) as refused:
        importer.import_readings(half_header)
    assert refused.value.params == {"missing": ["read_on", "reading"]}
    assert "缺少：抄表日期、本次读数" in error_message(refused.value)


def test_too_many_rows_or_bytes_are_refused(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    number = meters(demo_db)[0].number
    limit = readings_file.MAX_ROWS
    at_limit = write_csv(tmp_path / "limit.csv", [(number, "2026-11-20", "1")] * limit)
    # Exactly at the limit the file is read (and refused row by row, not whole).
    assert len(importer.parse_file(at_limit).rows) == limit
    over = write_csv(tmp_path / "over.csv", [(number, "2026-11-20", "1")] * (limit + 1))
    with pytest.raises(ImportRefused) as refused:
        importer.import_readings(over)
    assert refused.value.code == "import.too_many_rows"
    assert refused.value.params == {"max_rows": 5_000}
    assert "5000 行" in error_message(refused.value)

    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(readings_file.MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(ImportRefused) as refused:
        importer.import_readings(big)
    assert refused.value.code == "import.too_large"
    assert "10 MB" in error_message(refused.value)


# ----------------------------------------------------------------------------- all or nothing


def _good_file(db: Database, tmp_path: Path) -> tuple[Path, int]:
    found = meters(db)
    rows = [(m.number, "2026-11-20", str(m.last_reading + 30)) for m in found]
    return write_csv(tmp_path / "good.csv", rows), len(rows)


def test_a_failure_part_way_through_the_writes_rolls_everything_back(
    demo_db: Database,
    importer: ReadingImportService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, rows = _good_file(demo_db, tmp_path)
    # Written two rows at a time, so the failure comes after two batches were flushed.
    monkeypatch.setattr(readings_import, "_CHUNK", 2)
    assert rows > 4
    real = readings_import.store_readings
    calls = 0

    def third_batch_fails(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(readings_import, "store_readings", third_batch_fails)
    before = counts(demo_db)
    with pytest.raises(RuntimeError):
        importer.import_readings(path)
    assert calls == 3
    assert counts(demo_db) == before


def test_check_only_writes_nothing_and_predicts_the_import(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    path, rows = _good_file(demo_db, tmp_path)
    before = counts(demo_db)
    check = importer.import_readings(path, dry_run=True)
    assert check.dry_run
    assert not check.imported
    assert check.errors == ()
    assert counts(demo_db) == before
    validated = importer.validate(importer.parse_file(path))
    assert validated.ok
    assert (validated.bills, validated.total_billed) == (check.bills, check.total_billed)

    done = importer.import_readings(path)
    assert done.imported
    assert (done.bills, done.baselines, done.total_billed) == (
        check.bills,
        check.baselines,
        check.total_billed,
    )
    assert done.bills == rows

    # The same file again: every row is now behind the readings it brought.
    again = importer.import_readings(path)
    assert not again.imported
    assert {e.code for e in again.errors} == {"reading.date_not_after_previous"}
    assert len(again.errors) == rows


def test_a_row_wrong_in_several_ways_reports_each(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "wrong.csv", [("0999999999", "2026-12-01", "1.23456")])
    result = importer.import_readings(path)
    assert [(e.column_letter, e.code) for e in result.errors] == [
        ("A", "account.not_found"),
        ("B", "reading.future_date"),
        ("C", "reading.too_many_decimals"),
    ]


def test_progress_is_reported_and_raising_from_it_rolls_the_import_back(
    demo_db: Database,
    importer: ReadingImportService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, rows = _good_file(demo_db, tmp_path)
    monkeypatch.setattr(readings_import, "_CHUNK", 2)  # progress comes once per batch
    before = counts(demo_db)
    seen: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            raise ImportCancelled("cancelled by the user")

    with pytest.raises(ImportCancelled):
        importer.import_readings(path, progress=cancel_halfway)
    assert seen == [(0, rows), (2, rows)]
    assert counts(demo_db) == before

    seen.clear()
    result = importer.import_readings(path, progress=lambda d, t: seen.append((d, t)))
    assert result.imported
    assert seen == [(n, rows) for n in range(0, rows, 2)] + [(rows, rows)]


# ----------------------------------------------------------------------------- permissions


def test_clerks_cannot_import_but_can_find_an_account_for_a_reading(
    demo_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    clerk = AuthService(demo_db, clock).sign_in("G1001", DEMO_PASSWORD, 1)
    service = ReadingImportService(demo_db, clock, clerk)
    path, _ = _good_file(demo_db, tmp_path)
    for call in (
        lambda: service.import_readings(path),
        lambda: service.import_readings(path, dry_run=True),
        lambda: service.parse_file(path),
    ):
        with pytest.raises(PermissionDenied):
            call()
    meter = meters(demo_db)[0]
    full_width = meter.number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    found = service.account_for_reading(f" {full_width} ")
    assert (found.account_id, found.account_number) == (meter.account_id, meter.number)
    assert (found.last_read_on, found.last_reading) == (meter.last_read_on, meter.last_reading)
    assert found.as_of == date(2026, 11, 23)
    assert found.unit == "m³"
    assert found.customer_name
    with pytest.raises(AccountNotFound):
        service.account_for_reading("0999999999")


# ----------------------------------------------------------------------------- cell values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2026, 11, 20, 0, 0), READ_ON),  # noqa: DTZ001 (an Excel date cell is naive)
        (READ_ON, READ_ON),
        ("2026-11-20", READ_ON),
        ("2026/11/20", READ_ON),
        ("2026/11/20 0:00", READ_ON),
        ("2026.11.20", READ_ON),
        ("20261120", READ_ON),
        (20261120, READ_ON),
        ("２０２６－１１－２０", READ_ON),
        ("2026年11月20日", READ_ON),
        ("2026-1-5", date(2026, 1, 5)),
    ],
)
def test_reading_dates_in_the_forms_excel_and_people_write(value: object, expected: date) -> None:
    assert parse_read_on(value) == expected


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-29", "11/20/2026", "昨天", "2026112"])
def test_impossible_or_unclear_dates_are_refused(value: str) -> None:
    with pytest.raises(ReadingRefused) as refused:
        parse_read_on(value)
    assert refused.value.code == "read_on.invalid"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234", D("1234.000")),
        ("1234.5", D("1234.500")),
        ("12,345.678", D("12345.678")),
        ("１２３４．５", D("1234.500")),
        (" 88 ", D("88.000")),
        (1234, D("1234.000")),
        (1234.6000000000001, D("1234.600")),
        ("1234.5000", D("1234.500")),
    ],
)
def test_readings_are_read_exactly(value: object, expected: Decimal) -> None:
    assert parse_reading(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "reading.missing"),
        ("abc", "reading.not_a_number"),
        ("1e3", "reading.not_a_number"),
        ("12,34", "reading.not_a_number"),
        ("-1", "reading.negative"),
        ("1.0005", "reading.too_many_decimals"),
        (1234.5678, "reading.too_many_decimals"),
        ("1" * 20, "reading.too_large"),
    ],
)
def test_bad_readings_are_named(value: object, code: str) -> None:
    with pytest.raises(ReadingRefused) as refused:
        parse_reading(value)
    assert refused.value.code == code


# ----------------------------------------------------------------------------- the template


def test_the_blank_template_keeps_account_numbers_as_text_and_imports_once_filled(
    demo_db: Database, importer: ReadingImportService, tmp_path: Path
) -> None:
    path = tmp_path / "template.xlsx"
    path.write_bytes(readings_file.readings_template())
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["户号", "抄表日期", "本次读数"]
    assert sheet.column_dimensions["A"].number_format == "@"  # leading zeros stay
    assert sheet.column_dimensions["B"].number_format == "yyyy-mm-dd"
    assert sheet.freeze_panes == "A2"
    assert "5000" in " ".join(str(r[0].value) for r in book.worksheets[1].iter_rows())

    # Filled in the way a meter reader does: 户号 typed as text, a date cell, a number.
    found = meters(demo_db)[:3]
    for m in found:
        sheet.append([m.number, datetime(2026, 11, 20), float(m.last_reading + 5)])  # noqa: DTZ001
    book.save(path)
    assert all(m.number.startswith("0") for m in found)
    result = importer.import_readings(path)
    assert result.errors == ()
    assert result.imported
    assert result.bills == 3


# ----------------------------------------------------------------------------- a counter meanwhile


def test_a_reading_entered_at_a_counter_after_the_check_stops_the_import(
    demo_db: Database, clock: FixedClock, importer: ReadingImportService, tmp_path: Path
) -> None:
    """The file is checked again under the account locks: what passed the manager's check
    a minute ago may no longer hold when the import runs."""
    path, _ = _good_file(demo_db, tmp_path)
    assert importer.import_readings(path, dry_run=True).ok
    first = meters(demo_db)[0]
    clerk = AuthService(demo_db, clock).sign_in("G1001", DEMO_PASSWORD, 1)
    BillService(demo_db, clock, clerk).enter_reading(
        first.account_id, READ_ON, first.last_reading + 7
    )
    before = counts(demo_db)

    result = importer.import_readings(path)
    assert not result.imported
    assert [(e.row, e.code) for e in result.errors] == [(2, "reading.date_not_after_previous")]
    assert counts(demo_db) == before


def test_an_import_and_a_counter_reading_at_the_same_moment_bill_the_account_once(
    demo_db: Database, clock: FixedClock, importer: ReadingImportService, tmp_path: Path
) -> None:
    path, rows = _good_file(demo_db, tmp_path)
    first = meters(demo_db)[0]
    clerk = AuthService(demo_db, clock).sign_in("G1001", DEMO_PASSWORD, 1)
    bills = BillService(demo_db, clock, clerk)
    before = counts(demo_db)
    start = threading.Barrier(2)
    outcome: dict[str, Any] = {}

    def import_file() -> None:
        start.wait()
        outcome["import"] = importer.import_readings(path)

    def counter() -> None:
        start.wait()
        try:
            outcome["counter"] = bills.enter_reading(
                first.account_id, READ_ON, first.last_reading + 7
            )
        except ReadingRefused as exc:
            outcome["counter"] = exc

    threads = [threading.Thread(target=import_file), threading.Thread(target=counter)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    imported = outcome["import"]
    counter_won = not isinstance(outcome["counter"], ReadingRefused)
    # Exactly one of them billed the account for November; the import is whole or absent.
    assert imported.imported != counter_won
    with demo_db.read() as s:
        november = s.execute(
            select(func.count())
            .select_from(Bill)
            .where(Bill.account_id == first.account_id, Bill.period == "2026-11")
        ).scalar_one()
        assert november == 1
        assert verify_chain(s).ok
    added_bills = counts(demo_db)[1] - before[1]
    assert added_bills == (rows if imported.imported else 1)
