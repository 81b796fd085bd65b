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

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Bill, Customer, MeterReading, Tariff
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import UtilityKind
from counter_app.domain.identity import normalize_id_number
from counter_app.domain.money import ZERO, money
from counter_app.domain.permissions import Permission
from counter_app.domain.tariffs import total
from counter_app.domain.text import has_control_character
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.bills import (
    CheckedReading,
    price_reading,
    reading_refusal,
    store_readings,
    tariff_for,
)
from counter_app.services.bills_dto import AccountNotFound, TariffNotFound
from counter_app.services.readings_file import (
    ACCOUNT_NUMBER,
    FIELDS,
    READ_ON,
    READING,
    ColumnRef,
    ParsedReadings,
    RowError,
    SourceRow,
    cell_text,
    parse_readings,
    read_sheet_file,
    row_error,
)
from counter_app.services.readings_import_dto import (
    IMPORT_PERMISSIONS,
    ImportCheck,
    ImportResult,
    ReadingAccount,
)

# Rows are looked up in batches this size: within SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500


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
    # A number with a control character in it is nobody's (a typed one is refused at the
    # boundary): its row is reported as an unknown account, and the database never sees it.
    wanted = sorted(
        {key for n in numbers for key in _account_keys(n) if not has_control_character(key)}
    )
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
                row_error(
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
                row_error(
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
                row_error(
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
            amount = total(price_reading(s, found, previous[0], read_on, used_before, usage))
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
    refused = reading_refusal(account)
    if refused is not None:
        return [row_error(row.row, col[ACCOUNT_NUMBER], refused.code, refused.params)]
    read_on, reading = row.read_on, row.reading
    previous = latest.get(account.id)
    if previous is not None:
        previous_on, previous_reading = previous
        if read_on is not None and read_on <= previous_on:
            errors.append(
                row_error(
                    row.row,
                    col[READ_ON],
                    "reading.date_not_after_previous",
                    {"read_on": read_on, "previous_read_on": previous_on},
                )
            )
        if reading is not None and reading < previous_reading:
            errors.append(
                row_error(
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
                    row_error(
                        row.row,
                        col[READ_ON],
                        "bill.period_exists",
                        {"period": period, "number": existing},
                    )
                )
            elif tariff(account, read_on) is None:
                errors.append(
                    row_error(
                        row.row,
                        col[READ_ON],
                        "tariff.not_found",
                        {"tariff_class": account.tariff_class, "on": read_on},
                    )
                )
    return errors


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
        return parse_readings(read_sheet_file(file), file.name)

    @requires(*IMPORT_PERMISSIONS)
    def validate(self, parsed: ParsedReadings) -> ImportCheck:
        """Check every row against the database, as an import would, and write nothing.

        Args:
            parsed: From :meth:`parse_file`.

        Returns:
            Every problem of every row, and the bills an import would create now.
        """
        today = hall_date(self._clock.now())
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
        parsed = parse_readings(read_sheet_file(file), file.name)
        now = self._clock.now()
        today = hall_date(now)
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
            audit.record_by(
                s,
                self.actor,
                now,
                "import",
                "meter_reading_import",
                parsed.sha256[:40],
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
        number = cell_text(account_number)
        today = hall_date(self._clock.now())
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
