"""The meter-readings sheet (抄表数据导入, docs/domain.md §4): its columns and limits, the
template, and reading an Excel or CSV file into rows, before any check against the database.

No database code here: the readings dialog imports it to check a typed reading and to save the
template.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter_app.domain.errors import CodedError, InvalidInput
from counter_app.domain.identity import normalize_text
from counter_app.domain.tariffs import MAX_READING, VOLUME_STEP
from counter_app.services.bills_dto import ReadingRefused

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


class ImportRefused(CodedError, InvalidInput):
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


def cell_text(value: object) -> str:
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
    text = cell_text(value)
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
        text = cell_text(value).replace(" ", "")
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
    text = cell_text(value).lower()
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


def read_sheet_file(path: Path) -> bytes:
    """The bytes of an .xlsx or .csv readings file, refused when it is another type or too large."""
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
        headers = [cell_text(c) for c in cells]
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
        if all(cell_text(c) == "" for c in cells):
            continue  # blank lines and rows with only other columns filled are not data
        if len(rows) >= MAX_ROWS:
            raise ImportRefused("import.too_many_rows", max_rows=MAX_ROWS)
        rows.append(_source_row(number, cells, by_field))
    if not rows:
        raise ImportRefused("import.no_rows")
    return header_row, columns, rows


def row_error(row: int, column: ColumnRef, code: str, params: Mapping[str, Any]) -> RowError:
    """A problem with the cell of ``column`` in ``row``; dates and decimals become text."""
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
    account = cell_text(raw_account)
    if not account:
        problems.append(row_error(number, columns[ACCOUNT_NUMBER], "account.missing", {}))
    read_on: date | None = None
    try:
        read_on = parse_read_on(raw_date)
    except ReadingRefused as exc:
        problems.append(row_error(number, columns[READ_ON], exc.code, exc.params))
    reading: Decimal | None = None
    try:
        reading = parse_reading(raw_reading)
    except ReadingRefused as exc:
        problems.append(row_error(number, columns[READING], exc.code, exc.params))
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
