"""Meter readings imported from Excel or CSV (抄表数据导入, docs/domain.md §4).

A meter-reading round comes back as a sheet with one row per account: 户号, 抄表日期, 本次读数.
The file is checked whole before anything is written: every row is validated against the
accounts, their previous readings, their bills and the tariffs, and every problem is reported
with the row number Excel shows (the header is row 1 unless a title stands above it). Only a
file without a single problem is imported, in one unit of work, through
:func:`counter_app.services.bills.store_readings` — the same writer that bills a reading typed
at the counter — so a half-imported file never exists.

Who may import: a bulk import bills hundreds of households at once with nobody at the counter to
confirm a reading, and a wrong column mapping or a stale file can put wrong bills on every
account in it. It therefore needs the hall manager's authority (``APPROVE``, the permission for
changes to other people's money) on top of ``CUSTOMER_WRITE``, which lets a clerk enter a single
reading with the customer in front of them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Bill, Customer, MeterReading, Tariff
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import AccountStatus, BillingMode, UtilityKind
from counter_app.domain.errors import CounterError, InvalidInput
from counter_app.domain.identity import normalize_id_number, normalize_text
from counter_app.domain.money import ZERO, money
from counter_app.domain.permissions import Permission
from counter_app.domain.tariffs import MAX_READING, VOLUME_STEP, split_usage, total
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.bills import (
    AccountNotFound,
    CheckedReading,
    ReadingRefused,
    TariffNotFound,
    store_readings,
    tariff_for,
    tiers_of,
)

#: What an import needs; see the module docstring for why it is a manager's job.
IMPORT_PERMISSIONS = (Permission.CUSTOMER_WRITE, Permission.APPROVE)

MAX_FILE_BYTES = 10 * 1024 * 1024
# The import holds the write lock while it checks and writes, and payments at the other counters
# wait for it: 5,000 rows (a few meter readers' books) keep that under about two seconds
# (benchmarks/readings_import_benchmark.py). A larger round is imported in parts.
MAX_ROWS = 5_000
# An .xlsx is a zip: a small file can unpack to gigabytes. Real reading sheets unpack to a few
# times their size, so this only stops a file that is not what it claims to be.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Title rows ("2026年11月抄表清单") often sit above the header: it must be among the first
# this many rows that are not blank.
HEADER_SEARCH_ROWS = 10
# Columns beyond this are ignored: the three we need are always near the left.
MAX_COLUMNS = 50
# Rows are looked up in batches this size: within SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500


ACCOUNT_NUMBER = "account_number"
READ_ON = "read_on"
READING = "reading"
FIELDS = (ACCOUNT_NUMBER, READ_ON, READING)

# Header spellings seen in meter-reading exports; compared after _header_key().
_HEADER_ALIASES: dict[str, frozenset[str]] = {
    ACCOUNT_NUMBER: frozenset(
        {"户号", "用户号", "用户编号", "账户号", "account_number", "accountnumber", "account_no"}
    ),
    READ_ON: frozenset({"抄表日期", "抄见日期", "read_on", "readon", "reading_date"}),
    READING: frozenset(
        {"本次读数", "本月读数", "本次表数", "抄见读数", "reading", "meter_reading"}
    ),
}


# ----------------------------------------------------------------------------- errors


class ImportRefused(InvalidInput):
    """The file as a whole cannot be read as a readings sheet.

    Codes and ``params``:
        ``import.file_type`` (``suffix``): not .xlsx or .csv (an old .xls must be saved as .xlsx).
        ``import.file_missing`` (``path``): no such file.
        ``import.unreadable`` (``detail``): damaged, or not the format its name says.
        ``import.encoding``: a CSV that is neither UTF-8 nor GBK/GB18030.
        ``import.too_large`` (``size``, ``max_bytes``): over :data:`MAX_FILE_BYTES`.
        ``import.too_many_rows`` (``max_rows``): over :data:`MAX_ROWS` data rows.
        ``import.empty``: nothing in the file (or its first sheet).
        ``import.no_header`` (``missing``): no row names all three columns.
        ``import.no_rows``: a header but no data rows.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
        self.code = code


# ----------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class RowError:
    """One problem in one row of the file.

    Attributes:
        row: The row number Excel shows; the header is row 1 (or wherever it stands).
        column_letter: The column as Excel names it (``A``, ``B`` …); empty for a whole-row issue.
        column: The column's header as written in the file.
        field: ``account_number``, ``read_on`` or ``reading``.
        code: Stable machine code, e.g. ``reading.below_previous``.
        params: Details for the message the view words from the code.
    """

    row: int
    column_letter: str
    column: str
    field: str
    code: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class SourceRow:
    """One data row as read from the file; a value that could not be read is None and its
    problem is in ``problems``."""

    row: int
    account_number: str  # as written, full-width forms made ASCII; "" when empty
    account_was_number: bool  # an Excel number cell: leading zeros may be lost
    read_on: date | None
    reading: Decimal | None
    problems: tuple[RowError, ...]


@dataclass(frozen=True)
class ColumnRef:
    field: str
    letter: str
    header: str


@dataclass(frozen=True)
class ParsedReadings:
    """A readings file read into rows, before any check against the database."""

    file_name: str
    sha256: str
    size: int
    kind: str  # "xlsx" or "csv"
    encoding: str | None  # CSV only: utf-8-sig or gb18030
    header_row: int
    columns: tuple[ColumnRef, ...]
    rows: tuple[SourceRow, ...]

    def column(self, name: str) -> ColumnRef:
        return next(c for c in self.columns if c.field == name)


@dataclass(frozen=True)
class ImportCheck:
    """What importing the rows would do, or why it cannot.

    Attributes:
        rows: Data rows in the file.
        errors: Every problem, by row; empty when the file can be imported.
        bills: Bills the import would create.
        baselines: First readings of accounts (stored, no bill).
        total_billed: Sum of those bills.
        duplicates_skipped: Rows repeating an earlier row exactly; imported once.
    """

    rows: int
    errors: tuple[RowError, ...]
    bills: int
    baselines: int
    total_billed: Decimal
    duplicates_skipped: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, kw_only=True)
class ImportResult(ImportCheck):
    """The outcome of :meth:`ReadingImportService.import_readings`: the check of the file, and
    whether it was imported.

    ``imported`` is True only when every reading was stored. On a dry run, or when ``errors``
    is not empty, nothing was written; the counts then say what an import would do.
    """

    file_name: str
    sha256: str
    dry_run: bool
    imported: bool


@dataclass(frozen=True)
class ReadingAccount:
    """An account about to get a reading at the counter, with its last reading.

    ``as_of`` is today in the hall: the latest date a reading may carry.
    """

    account_id: int
    account_number: str
    customer_name: str
    supply_address: str
    status: AccountStatus
    billing_mode: BillingMode
    utility_kind: UtilityKind
    unit: str  # of the tariff in force today (m³, kWh, t); "" when none is
    last_reading: Decimal | None
    last_read_on: date | None
    as_of: date


# ----------------------------------------------------------------------------- codes

#: Every code a row error can carry.
ROW_ERROR_CODES: frozenset[str] = frozenset(
    {
        "account.missing",
        "account.not_found",
        "account.closed",
        "reading.prepaid_account",
        "read_on.missing",
        "read_on.invalid",
        "reading.future_date",
        "reading.date_not_after_previous",
        "reading.missing",
        "reading.not_a_number",
        "reading.negative",
        "reading.too_many_decimals",
        "reading.too_large",
        "reading.below_previous",
        "bill.period_exists",
        "tariff.not_found",
        "row.duplicate_account",
    }
)
#: Every code :class:`ImportRefused` can carry.
FILE_ERROR_CODES: frozenset[str] = frozenset(
    {
        "import.file_type",
        "import.file_missing",
        "import.unreadable",
        "import.encoding",
        "import.too_large",
        "import.too_many_rows",
        "import.empty",
        "import.no_header",
        "import.no_rows",
    }
)


# ----------------------------------------------------------------------------- cell values


def _plain_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Dates and decimals as text, so a message and a log line read the same."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, date):
            out[key] = value.isoformat()
        elif isinstance(value, Decimal):
            out[key] = str(value)
        else:
            out[key] = value
    return out


def _cell_text(value: object) -> str:
    """A cell as text, full-width forms made ASCII, and Excel's ``="0123"`` wrapper removed
    (some billing systems export numbers that way to keep their leading zeros)."""
    if value is None:
        return ""
    text = normalize_text(str(value))
    if len(text) >= 3 and text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()
    return text


_DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_read_on(value: object) -> date:
    """A reading date from a cell: an Excel date, ``2026-11-20``, ``2026/11/20``,
    ``2026.11.20``, ``2026年11月20日`` or ``20261120`` (text or number).

    Raises:
        ReadingRefused: ``read_on.missing`` or ``read_on.invalid`` (``value``), for empty
            cells and for impossible dates such as 2026-02-30.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ReadingRefused("read_on.invalid", field=READ_ON, value=str(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _cell_text(value)
    if not text:
        raise ReadingRefused("read_on.missing", field=READ_ON)
    match = _DATE_TEXT.fullmatch(text) or _DATE_COMPACT.fullmatch(text)
    if match is None:
        raise ReadingRefused("read_on.invalid", field=READ_ON, value=text)
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise ReadingRefused("read_on.invalid", field=READ_ON, value=text) from None


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def parse_reading(value: object) -> Decimal:
    """A meter reading from a cell or a typed text, to at most three decimals.

    Thousands separators (``12,345.6``) and full-width digits are accepted. Excel stores
    numbers as binary floats, so a number cell is rounded to six decimals first: that removes
    artefacts like ``1234.6000000000001`` and still shows a genuine fourth decimal.

    Raises:
        ReadingRefused: ``reading.missing``, ``reading.not_a_number`` (``value``),
            ``reading.negative``, ``reading.too_many_decimals`` (``decimals``),
            ``reading.too_large``.
    """
    if isinstance(value, bool):
        raise ReadingRefused("reading.not_a_number", field=READING, value=str(value))
    if isinstance(value, float):
        number = Decimal(repr(round(value, 6)))
        if not number.is_finite():
            raise ReadingRefused("reading.not_a_number", field=READING, value=repr(value))
    elif isinstance(value, int | Decimal):
        number = Decimal(value)
    else:
        text = _cell_text(value).replace(" ", "")
        if not text:
            raise ReadingRefused("reading.missing", field=READING)
        if _GROUPED.fullmatch(text):
            text = text.replace(",", "")
        if not _NUMBER.fullmatch(text):
            raise ReadingRefused("reading.not_a_number", field=READING, value=text)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ReadingRefused("reading.not_a_number", field=READING, value=text) from None
    if not number.is_finite():
        raise ReadingRefused("reading.not_a_number", field=READING, value=str(value))
    if number < 0:
        raise ReadingRefused("reading.negative", field=READING)
    # Before quantize(): a huge number would overflow the decimal context there.
    if number > MAX_READING:
        raise ReadingRefused("reading.too_large", field=READING)
    if number != number.quantize(VOLUME_STEP, rounding=ROUND_DOWN):
        exponent = number.normalize().as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) else 0
        raise ReadingRefused("reading.too_many_decimals", field=READING, decimals=decimals)
    return number.quantize(VOLUME_STEP)


def _header_key(value: object) -> str:
    """A header cell compared loosely: case, spaces, ``-``/``_`` and a unit in brackets
    (``本次读数（m³）``) do not matter."""
    text = _cell_text(value).lower()
    text = re.sub(r"[(（\[【].*?[)）\]】]\s*$", "", text)
    return re.sub(r"[\s\-_]+", "_", text).strip("_")


def _header_aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, aliases in _HEADER_ALIASES.items():
        for alias in aliases:
            out[_header_key(alias)] = name
    return out


_ALIASES = _header_aliases()


def column_letter(index: int) -> str:
    """Excel's name of a zero-based column index: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# ----------------------------------------------------------------------------- reading files


def _read_bytes(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ImportRefused("import.file_type", suffix=suffix)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRefused("import.file_missing", path=str(path)) from None
    except OSError as exc:
        raise ImportRefused("import.unreadable", detail=str(exc)) from None
    if size > MAX_FILE_BYTES:
        raise ImportRefused("import.too_large", size=size, max_bytes=MAX_FILE_BYTES)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused("import.unreadable", detail=str(exc)) from None
    # The file may have grown between stat() and the read.
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused("import.too_large", size=len(data), max_bytes=MAX_FILE_BYTES)
    return data


def _csv_rows(data: bytes) -> tuple[Iterator[Sequence[object]], str]:
    # Excel on a Chinese Windows writes CSV in GBK (code page 936); GB18030 reads all of GBK.
    # UTF-8 comes first: GBK text is almost never valid UTF-8, the other way round it often is.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:
        raise ImportRefused("import.encoding")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return reader, encoding


def _xlsx_rows(data: bytes) -> Iterator[Sequence[object]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ImportRefused("import.unreadable", detail="not an xlsx (zip) file") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused("import.unreadable", detail="unpacks too large")
    # Loaded here, not at the top: only an import needs openpyxl, and it is slow to import.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportRefused("import.unreadable", detail=str(exc)) from None
    try:
        if not workbook.worksheets:
            return
        sheet = workbook.worksheets[0]
        # Some writers store a wrong used range ("A1:A1"); read-only mode would trust it.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # a sheet damaged part-way through
                raise ImportRefused("import.unreadable", detail=str(exc)) from None
            yield row
    finally:
        workbook.close()


TEMPLATE_HEADER = ("户号", "抄表日期", "本次读数")


def readings_template() -> bytes:
    """A blank readings sheet (.xlsx) to hand to meter readers and to fill in for an import.

    The first sheet has the header row this import looks for; its columns are formatted so
    Excel keeps 户号 as text (numbers would lose their leading zeros), shows dates as
    2026-11-20 and readings with three decimals. A second sheet says how to fill it in.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "抄表数据"
    sheet.append(list(TEMPLATE_HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width, number_format in (
        ("A", 16, "@"),
        ("B", 14, "yyyy-mm-dd"),
        ("C", 14, "0.000"),
    ):
        column = sheet.column_dimensions[letter]
        column.width = width
        column.number_format = number_format
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("填写说明")
    for line in (
        "每行一户：户号、抄表日期、本次读数。",
        "户号按文本填写，开头的 0 不能丢。",
        "抄表日期写成 2026-11-20，不能晚于导入当天，且须晚于该户上次抄表日期。",
        "本次读数最多三位小数，不能小于上次读数。",
        f"每个文件最多 {MAX_ROWS} 行；导入前逐行检查，任何一行有误，整个文件都不导入。",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 80
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _find_header(rows: Iterator[Sequence[object]]) -> tuple[int, dict[str, int], list[str]]:
    """The header row's number, the column of each field, and the header texts."""
    best_missing: list[str] = list(FIELDS)
    filled = 0
    for number, row in enumerate(rows, start=1):
        cells = list(row[:MAX_COLUMNS])
        headers = [_cell_text(c) for c in cells]
        if not any(headers):
            continue  # blank rows above the header do not count towards the search
        filled += 1
        found: dict[str, int] = {}
        for index, value in enumerate(cells):
            name = _ALIASES.get(_header_key(value))
            if name is not None and name not in found:
                found[name] = index
        missing = [f for f in FIELDS if f not in found]
        if not missing:
            return number, found, headers
        if found and len(missing) < len(best_missing):
            best_missing = missing
        if filled >= HEADER_SEARCH_ROWS:
            break
    if not filled:
        raise ImportRefused("import.empty")
    raise ImportRefused("import.no_header", missing=best_missing)


def _parse_rows(
    raw: Iterator[Sequence[object]],
) -> tuple[int, tuple[ColumnRef, ...], list[SourceRow]]:
    header_row, positions, headers = _find_header(raw)
    columns = tuple(
        ColumnRef(name, column_letter(positions[name]), headers[positions[name]]) for name in FIELDS
    )
    by_field = {c.field: c for c in columns}
    rows: list[SourceRow] = []
    for number, row in enumerate(raw, start=header_row + 1):
        cells = [row[positions[name]] if positions[name] < len(row) else None for name in FIELDS]
        if all(_cell_text(c) == "" for c in cells):
            continue  # blank lines and rows with only other columns filled are not data
        if len(rows) >= MAX_ROWS:
            raise ImportRefused("import.too_many_rows", max_rows=MAX_ROWS)
        rows.append(_source_row(number, cells, by_field))
    if not rows:
        raise ImportRefused("import.no_rows")
    return header_row, columns, rows


def _error(row: int, column: ColumnRef, code: str, params: Mapping[str, Any]) -> RowError:
    plain = _plain_params({k: v for k, v in params.items() if k != "field"})
    return RowError(
        row=row,
        column_letter=column.letter,
        column=column.header,
        field=column.field,
        code=code,
        params=plain,
    )


def _source_row(number: int, cells: list[object], columns: Mapping[str, ColumnRef]) -> SourceRow:
    raw_account, raw_date, raw_reading = cells
    problems: list[RowError] = []
    as_number = isinstance(raw_account, int | float) and not isinstance(raw_account, bool)
    if isinstance(raw_account, float) and raw_account.is_integer():
        raw_account = int(raw_account)
    account = _cell_text(raw_account)
    if not account:
        problems.append(_error(number, columns[ACCOUNT_NUMBER], "account.missing", {}))
    read_on: date | None = None
    try:
        read_on = parse_read_on(raw_date)
    except ReadingRefused as exc:
        problems.append(_error(number, columns[READ_ON], exc.code, exc.params))
    reading: Decimal | None = None
    try:
        reading = parse_reading(raw_reading)
    except ReadingRefused as exc:
        problems.append(_error(number, columns[READING], exc.code, exc.params))
    return SourceRow(number, account, as_number, read_on, reading, tuple(problems))


def parse_readings(data: bytes, file_name: str) -> ParsedReadings:
    """Read a readings file's bytes (no database, no permission check); see
    :meth:`ReadingImportService.parse_file`."""
    suffix = Path(file_name).suffix.lower()
    encoding: str | None = None
    if suffix == ".csv":
        raw, encoding = _csv_rows(data)
    elif suffix == ".xlsx":
        raw = _xlsx_rows(data)
    else:
        raise ImportRefused("import.file_type", suffix=suffix)
    try:
        header_row, columns, rows = _parse_rows(iter(raw))
    except csv.Error as exc:
        raise ImportRefused("import.unreadable", detail=str(exc)) from None
    finally:
        close = getattr(raw, "close", None)
        if close is not None:
            close()  # ends the xlsx generator, which closes the workbook
    return ParsedReadings(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        kind=suffix.lstrip("."),
        encoding=encoding,
        header_row=header_row,
        columns=columns,
        rows=tuple(rows),
    )


# ----------------------------------------------------------------------------- the check


@dataclass
class _Planned:
    """A row that passed every check, with what it will do."""

    source: SourceRow
    checked: CheckedReading
    amount: Decimal | None  # None: the account's first reading, a baseline


@dataclass
class _Plan:
    errors: list[RowError] = field(default_factory=list)
    rows: list[_Planned] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)

    def check(self, row_count: int) -> ImportCheck:
        bills = [p.amount for p in self.rows if p.amount is not None]
        return ImportCheck(
            rows=row_count,
            errors=tuple(sorted(self.errors, key=lambda e: (e.row, FIELDS.index(e.field)))),
            bills=len(bills),
            baselines=len(self.rows) - len(bills),
            total_billed=money(sum(bills, ZERO)),
            duplicates_skipped=tuple(self.duplicates),
        )


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _account_keys(number: str) -> tuple[str, ...]:
    # As written first; then without spaces and hyphens, the way 户号 are usually stored.
    compact = normalize_id_number(number)
    return (number,) if compact == number else (number, compact)


def _load_accounts(s: Session, numbers: Iterable[str], *, lock: bool) -> dict[str, Account]:
    """Accounts by each spelling of their number in the file; locked when ``lock``."""
    wanted = sorted({key for n in numbers for key in _account_keys(n)})
    ids: dict[str, int] = {}
    for chunk in _chunks(wanted):
        for account_id, number in s.execute(
            select(Account.id, Account.number).where(Account.number.in_(chunk))
        ):
            ids[number] = account_id
    accounts: dict[int, Account] = {}
    # Locked in id order, so two imports over the same accounts cannot deadlock.
    for chunk in _chunks(sorted(set(ids.values()))):
        query = select(Account).where(Account.id.in_(chunk)).order_by(Account.id)
        if lock:
            query = query.with_for_update()
        for account in s.execute(query).scalars():
            accounts[account.id] = account
    return {number: accounts[account_id] for number, account_id in ids.items()}


def _latest_readings(s: Session, account_ids: Sequence[int]) -> dict[int, tuple[date, Decimal]]:
    """Each account's last reading (date, value), as :func:`bill_from_reading` picks it."""
    latest: dict[int, tuple[date, Decimal]] = {}
    for chunk in _chunks(account_ids):
        ranked = (
            select(
                MeterReading.account_id,
                MeterReading.read_on,
                MeterReading.reading,
                func.row_number()
                .over(
                    partition_by=MeterReading.account_id,
                    order_by=(MeterReading.read_on.desc(), MeterReading.id.desc()),
                )
                .label("rank"),
            )
            .where(MeterReading.account_id.in_(chunk))
            .subquery()
        )
        for account_id, read_on, reading in s.execute(
            select(ranked.c.account_id, ranked.c.read_on, ranked.c.reading).where(
                ranked.c.rank == 1
            )
        ):
            latest[account_id] = (read_on, Decimal(reading))
    return latest


def _existing_bills(
    s: Session, account_ids: Sequence[int], periods: Sequence[str]
) -> dict[tuple[int, str], str]:
    found: dict[tuple[int, str], str] = {}
    for chunk in _chunks(account_ids):
        for account_id, period, number in s.execute(
            select(Bill.account_id, Bill.period, Bill.number).where(
                Bill.account_id.in_(chunk), Bill.period.in_(periods)
            )
        ):
            found[(account_id, period)] = number
    return found


def _used_by_year(
    s: Session, account_ids: Sequence[int], years: Iterable[int]
) -> dict[tuple[int, int], Decimal]:
    """Billed usage per account and year, the base of the annual tier count."""
    used: dict[tuple[int, int], Decimal] = {}
    for year in sorted(set(years)):
        for chunk in _chunks(account_ids):
            for account_id, amount in s.execute(
                select(Bill.account_id, func.coalesce(func.sum(Bill.usage), 0))
                .where(
                    Bill.account_id.in_(chunk),
                    Bill.period >= f"{year:04d}-01",
                    Bill.period <= f"{year:04d}-12",
                )
                .group_by(Bill.account_id)
            ):
                used[(account_id, year)] = Decimal(amount)
    return used


def _plan_import(s: Session, parsed: ParsedReadings, today: date, *, lock: bool) -> _Plan:
    plan = _Plan()
    col = {c.field: c for c in parsed.columns}
    future: set[int] = set()
    for row in parsed.rows:
        plan.errors.extend(row.problems)
        # Needs no account: reported even for a row whose account is wrong too.
        if row.read_on is not None and row.read_on > today:
            future.add(row.row)
            plan.errors.append(
                _error(
                    row.row,
                    col[READ_ON],
                    "reading.future_date",
                    {"read_on": row.read_on, "today": today},
                )
            )
    accounts = _load_accounts(
        s, (r.account_number for r in parsed.rows if r.account_number), lock=lock
    )

    def account_of(row: SourceRow) -> Account | None:
        for key in _account_keys(row.account_number):
            if key in accounts:
                return accounts[key]
        return None

    # One account, one row: two different readings of the same meter in one round mean the
    # sheet was put together wrongly. An exact repeat (pasted twice) is harmless.
    by_account: dict[int, list[SourceRow]] = defaultdict(list)
    candidates: list[tuple[SourceRow, Account]] = []
    for row in parsed.rows:
        if not row.account_number:
            continue
        account = account_of(row)
        if account is None:
            plan.errors.append(
                _error(
                    row.row,
                    col[ACCOUNT_NUMBER],
                    "account.not_found",
                    {"account_number": row.account_number, "as_number": row.account_was_number},
                )
            )
            continue
        by_account[account.id].append(row)
    by_id = {a.id: a for a in accounts.values()}
    for account_id, rows in by_account.items():
        account = by_id[account_id]
        first = rows[0]
        if all((r.read_on, r.reading) == (first.read_on, first.reading) for r in rows):
            plan.duplicates.extend(r.row for r in rows[1:])
            candidates.append((first, account))
            continue
        numbers = [r.row for r in rows]
        for r in rows:
            others = [n for n in numbers if n != r.row]
            plan.errors.append(
                _error(
                    r.row,
                    col[ACCOUNT_NUMBER],
                    "row.duplicate_account",
                    {"account_number": account.number, "rows": others},
                )
            )

    ready = [(r, a) for r, a in candidates if r.read_on is not None and r.reading is not None]
    ids = sorted({a.id for _, a in ready})
    latest = _latest_readings(s, ids)
    periods = sorted({f"{r.read_on:%Y-%m}" for r, _ in ready if r.read_on is not None})
    bills = _existing_bills(s, ids, periods)
    used = _used_by_year(s, ids, (r.read_on.year for r, _ in ready if r.read_on is not None))
    tariffs: dict[tuple[UtilityKind, str, date], Tariff | None] = {}

    def tariff(account: Account, on: date) -> Tariff | None:
        key = (account.utility_kind, account.tariff_class, on)
        if key not in tariffs:
            try:
                tariffs[key] = tariff_for(s, *key)
            except TariffNotFound:
                tariffs[key] = None
        return tariffs[key]

    for row, account in sorted(candidates, key=lambda c: c[0].row):
        problems = _check_row(row, account, today, latest, bills, tariff, col)
        plan.errors.extend(problems)
        read_on, reading = row.read_on, row.reading
        if row.problems or problems or row.row in future or read_on is None or reading is None:
            continue
        previous = latest.get(account.id)
        amount: Decimal | None = None
        found: Tariff | None = None
        used_before = ZERO
        if previous is not None:
            found = tariff(account, read_on)
            if found is None:
                continue  # _check_row has reported it
            # The preview prices the bill the way store_readings will.
            year_key = (account.id, read_on.year)
            used_before = used.get(year_key, ZERO)
            usage = reading - previous[1]
            amount = total(split_usage(tiers_of(found), used_before, usage))
            used[year_key] = used_before + usage
        checked = CheckedReading(account, read_on, reading, previous, found, used_before)
        plan.rows.append(_Planned(row, checked, amount))
    return plan


def _check_row(
    row: SourceRow,
    account: Account,
    today: date,
    latest: Mapping[int, tuple[date, Decimal]],
    bills: Mapping[tuple[int, str], str],
    tariff: Callable[[Account, date], Tariff | None],
    col: Mapping[str, ColumnRef],
) -> list[RowError]:
    """The checks of :func:`bill_from_reading` that need the account, as row errors (the
    caller checks the future date of every row)."""
    errors: list[RowError] = []
    number = account.number
    if account.status is AccountStatus.CLOSED:
        return [
            _error(
                row.row,
                col[ACCOUNT_NUMBER],
                "account.closed",
                {"account_number": number, "closed_on": account.closed_on},
            )
        ]
    if account.billing_mode is BillingMode.PREPAID:
        return [
            _error(
                row.row, col[ACCOUNT_NUMBER], "reading.prepaid_account", {"account_number": number}
            )
        ]
    read_on, reading = row.read_on, row.reading
    previous = latest.get(account.id)
    if previous is not None:
        previous_on, previous_reading = previous
        if read_on is not None and read_on <= previous_on:
            errors.append(
                _error(
                    row.row,
                    col[READ_ON],
                    "reading.date_not_after_previous",
                    {"read_on": read_on, "previous_read_on": previous_on},
                )
            )
        if reading is not None and reading < previous_reading:
            errors.append(
                _error(
                    row.row,
                    col[READING],
                    "reading.below_previous",
                    {
                        "reading": reading,
                        "previous": previous_reading,
                        "previous_read_on": previous_on,
                    },
                )
            )
        # A future date is reported by the caller; the month's bill only matters otherwise.
        if read_on is not None and read_on <= today and not errors:
            period = f"{read_on:%Y-%m}"
            existing = bills.get((account.id, period))
            if existing is not None:
                errors.append(
                    _error(
                        row.row,
                        col[READ_ON],
                        "bill.period_exists",
                        {"period": period, "number": existing},
                    )
                )
            elif tariff(account, read_on) is None:
                errors.append(
                    _error(
                        row.row,
                        col[READ_ON],
                        "tariff.not_found",
                        {"tariff_class": account.tariff_class, "on": read_on},
                    )
                )
    return errors


class ImportCancelled(CounterError):
    """Raised by a progress callback to stop an import; nothing of it is kept."""

    code = "import.cancelled"


# ----------------------------------------------------------------------------- the service


class ReadingImportService(Service):
    """Import a meter-reading round from Excel or CSV; find an account for a counter reading."""

    @requires(*IMPORT_PERMISSIONS)
    def parse_file(self, path: str | Path) -> ParsedReadings:
        """Read a readings file without checking it against the database.

        The first sheet of an ``.xlsx``, or a ``.csv`` in UTF-8 (with or without BOM) or
        GBK/GB18030. The header row names the columns 户号 / ``account_number``, 抄表日期 /
        ``read_on`` and 本次读数 / ``reading`` (other columns are ignored); it may have title
        rows above it. Blank rows are skipped.

        Args:
            path: The file.

        Returns:
            The rows with their values, and each cell that could not be read as a row error.

        Raises:
            ImportRefused: the file cannot be read as a readings sheet (see its codes),
                is over 10 MB or has more than 5,000 data rows.
        """
        file = Path(path)
        return parse_readings(_read_bytes(file), file.name)

    @requires(*IMPORT_PERMISSIONS)
    def validate(self, parsed: ParsedReadings) -> ImportCheck:
        """Check every row against the database, as an import would, and write nothing.

        Args:
            parsed: From :meth:`parse_file`.

        Returns:
            Every problem of every row, and the bills an import would create now.
        """
        today = self._clock.now().astimezone(LOCAL_TZ).date()
        with self._db.read() as s:
            return _plan_import(s, parsed, today, lock=False).check(len(parsed.rows))

    @requires(*IMPORT_PERMISSIONS)
    def import_readings(
        self,
        path: str | Path,
        *,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Import a readings file: every row or none.

        Every row is checked first (account exists, is not closed and is postpaid; the date is
        real, not in the future and after the previous reading; the reading is a number with at
        most three decimals and not below the previous one; no bill exists for that month; a
        tariff is in force; the account appears once). If any row has a problem nothing is
        written and the result lists every problem. Otherwise all readings and their bills are
        stored in one unit of work, with the accounts locked, and one audit entry records the
        file's name, row count and SHA-256.

        Args:
            path: An ``.xlsx`` or ``.csv`` file (see :meth:`parse_file`).
            dry_run: Only check; the counts say what an import would create.
            progress: Called with (rows written, rows to write) as the writes go on; it may
                raise (e.g. :class:`ImportCancelled`) to stop the import, which then rolls
                back whole.

        Returns:
            Whether the readings were imported, the row problems, and the counts: bills
            created, baselines (first readings, no bill) and the total billed.

        Raises:
            ImportRefused: the file as a whole cannot be read (see :meth:`parse_file`).
        """
        file = Path(path)
        parsed = parse_readings(_read_bytes(file), file.name)
        now = self._clock.now()
        today = now.astimezone(LOCAL_TZ).date()
        if dry_run:
            with self._db.read() as s:
                check = _plan_import(s, parsed, today, lock=False).check(len(parsed.rows))
            return self._result(parsed, check, dry_run=True, imported=False)
        with self._db.write() as s:
            # Checked again under the account locks: a counter may have entered a reading
            # since the file was checked.
            plan = _plan_import(s, parsed, today, lock=True)
            check = plan.check(len(parsed.rows))
            if not check.ok:
                return self._result(parsed, check, dry_run=False, imported=False)
            stored = self._write(s, plan, now=now, progress=progress)
            audit.record(
                s,
                at=now,
                user_id=self.actor.user_id,
                counter_id=self.actor.counter_id,
                action="import",
                entity="meter_reading_import",
                entity_id=parsed.sha256[:40],
                after={
                    "file": parsed.file_name,
                    "sha256": parsed.sha256,
                    "size": parsed.size,
                    "rows": len(parsed.rows),
                    "readings": len(plan.rows),
                    "bills": stored.bills,
                    "baselines": stored.baselines,
                    "total": stored.total_billed,
                    "duplicates_skipped": list(plan.duplicates),
                },
            )
            return self._result(parsed, stored, dry_run=False, imported=True)

    def _write(
        self,
        s: Session,
        plan: _Plan,
        *,
        now: datetime,
        progress: Callable[[int, int], None] | None,
    ) -> ImportCheck:
        bills: list[Decimal] = []
        baselines = 0
        done = 0
        for chunk in _chunks(plan.rows):
            if progress is not None:
                progress(done, len(plan.rows))
            results = store_readings(
                s,
                [planned.checked for planned in chunk],
                user_id=self.actor.user_id,
                counter_id=self.actor.counter_id,
                source="import",
                now=now,
            )
            for result in results:
                if result.bill is None:
                    baselines += 1
                else:
                    bills.append(result.bill.amount)
            done += len(chunk)
        if progress is not None:
            progress(len(plan.rows), len(plan.rows))
        return ImportCheck(
            rows=len(plan.rows),
            errors=(),
            bills=len(bills),
            baselines=baselines,
            total_billed=money(sum(bills, ZERO)),
            duplicates_skipped=tuple(plan.duplicates),
        )

    @staticmethod
    def _result(
        parsed: ParsedReadings, check: ImportCheck, *, dry_run: bool, imported: bool
    ) -> ImportResult:
        return ImportResult(
            rows=len(parsed.rows),
            errors=check.errors,
            bills=check.bills,
            baselines=check.baselines,
            total_billed=check.total_billed,
            duplicates_skipped=check.duplicates_skipped,
            file_name=parsed.file_name,
            sha256=parsed.sha256,
            dry_run=dry_run,
            imported=imported,
        )

    @requires(Permission.CUSTOMER_READ)
    def account_for_reading(self, account_number: str) -> ReadingAccount:
        """Find an account by its 户号 to enter a reading at the counter.

        The number is read the way the import reads it: full-width digits, spaces and hyphens
        are forgiven.

        Args:
            account_number: The 户号 as typed or scanned.

        Returns:
            The account, its customer and its last reading; ``as_of`` is today.

        Raises:
            AccountNotFound: no account has that number (``params``: ``account_number``).
        """
        number = _cell_text(account_number)
        today = self._clock.now().astimezone(LOCAL_TZ).date()
        with self._db.read() as s:
            found = _load_accounts(s, [number], lock=False) if number else {}
            account = next((found[k] for k in _account_keys(number) if k in found), None)
            if account is None:
                raise AccountNotFound("no such account", account_number=number)
            name = s.execute(
                select(Customer.name).where(Customer.id == account.customer_id)
            ).scalar_one_or_none()
            last = _latest_readings(s, [account.id]).get(account.id)
            try:
                unit = tariff_for(s, account.utility_kind, account.tariff_class, today).unit
            except TariffNotFound:
                unit = ""
            return ReadingAccount(
                account_id=account.id,
                account_number=account.number,
                customer_name=name or "",
                supply_address=account.supply_address,
                status=account.status,
                billing_mode=account.billing_mode,
                utility_kind=account.utility_kind,
                unit=unit,
                last_reading=last[1] if last else None,
                last_read_on=last[0] if last else None,
                as_of=today,
            )
