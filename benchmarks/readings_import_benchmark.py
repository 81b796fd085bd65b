"""Meter-reading import: how long a full file keeps the other counters waiting.

An import writes every reading and bill of a file in one unit of work, so while it runs it
holds the database's write lock and every payment at the other counters waits for it (SQLite's
busy timeout is 30 s; past that a payment fails). This seeds ``--accounts`` postpaid accounts
with a reading on 2026-10-31 (the payment benchmark's loader, plus one reading per account),
writes an ``.xlsx`` of ``--rows`` readings taken on 2026-11-20 for random accounts, and times
``ReadingImportService``: reading the file, the check without writing (``dry_run``) and the
import itself. The import's time is the time the write lock is held.

Budget: an import of the largest file accepted (``MAX_ROWS`` rows) holds the write lock for
less than 3 s.

Usage::

    python benchmarks/readings_import_benchmark.py                   # 100,000 accounts
    python benchmarks/readings_import_benchmark.py --rows 500        # a smaller file
    python benchmarks/readings_import_benchmark.py --reuse --profile # where the time goes

The exit status is 1 when the budget is missed. Results go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR, log, save_result
from openpyxl import Workbook
from payment_benchmark import NOW, seed
from sqlalchemy.orm import Session

from counter_app.db.engine import Database, sqlite_url
from counter_app.domain.clock import FixedClock
from counter_app.services.auth import AuthService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.passwords import use_fast_hashing_for_tests
from counter_app.services.readings_file import MAX_ROWS
from counter_app.services.readings_import import ReadingImportService

SEEDED_PATH = RESULTS_DIR / "readings_import_seeded.sqlite3"
RUN_PATH = RESULTS_DIR / "readings_import_run.sqlite3"
BUDGET_S = 3.0


def seed_with_readings(path: Path, accounts: int, seed_value: int) -> None:
    """The payment benchmark's accounts and bills, and each account's October reading."""
    seed(path, accounts, seed_value)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("BEGIN")
    raw.execute(
        "INSERT INTO meter_readings (account_id, read_on, reading, source, entered_at)"
        " SELECT account_id, current_read_on, current_reading, 'import', created_at"
        " FROM bills WHERE period = '2026-10'"
    )
    raw.execute("COMMIT")
    raw.execute("ANALYZE")
    raw.close()


def write_file(path: Path, seeded: Path, rows: int, seed_value: int) -> None:
    """An .xlsx of ``rows`` November readings for distinct random accounts."""
    raw = sqlite3.connect(seeded)
    numbers = raw.execute(
        "SELECT a.number, r.reading FROM accounts a"
        " JOIN meter_readings r ON r.account_id = a.id WHERE a.number LIKE '01%'"
    ).fetchall()
    raw.close()
    rng = random.Random(seed_value + 2)
    chosen = rng.sample(numbers, rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("抄表")
    sheet.append(["户号", "抄表日期", "本次读数"])
    for number, reading in chosen:
        sheet.append([number, "2026-11-20", float(Decimal(str(reading)) + rng.randrange(0, 80))])
    book.save(path)


def _time_the_write_lock(db: Database, held: list[float]) -> None:
    """Record how long each unit of work that writes stays open: BEGIN IMMEDIATE to COMMIT."""
    write = db.write

    @contextmanager
    def timed() -> Iterator[Session]:
        started = time.perf_counter()
        try:
            with write() as session:
                yield session
        finally:
            held.append(time.perf_counter() - started)

    db.write = timed  # type: ignore[method-assign]


def measure(rows: int, seed_value: int, profile: bool) -> dict[str, float]:
    # Every run imports into a fresh copy: an import changes the file it runs against.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{RUN_PATH}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(SEEDED_PATH, RUN_PATH)
    os.sync()  # the copy's dirty pages would otherwise be flushed by the import's commit
    sheet = RESULTS_DIR / f"readings-{rows}.xlsx"
    write_file(sheet, RUN_PATH, rows, seed_value)
    db = Database(sqlite_url(RUN_PATH))
    held: list[float] = []
    _time_the_write_lock(db, held)
    clock = FixedClock(NOW)
    manager = AuthService(db, clock).sign_in("M1001", DEMO_PASSWORD, 1)
    service = ReadingImportService(db, clock, manager)

    started = time.perf_counter()
    parsed = service.parse_file(sheet)
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    check = service.validate(parsed)
    validate_s = time.perf_counter() - started
    if not check.ok:
        raise SystemExit(f"the generated file has problems: {check.errors[:3]}")

    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    started = time.perf_counter()
    result = service.import_readings(sheet)
    import_s = time.perf_counter() - started
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    if not result.imported or result.bills != rows:
        raise SystemExit(f"the import did not create {rows} bills: {result}")
    db.dispose()
    return {
        "parse_s": round(parse_s, 2),
        "validate_s": round(validate_s, 2),
        "import_s": round(import_s, 2),  # reads the file again, then takes the lock
        "lock_s": round(sum(held), 2),
        "bills": result.bills,
        "total_billed": float(result.total_billed),
    }


def floor_read(sheet: Path) -> float:
    """The bare floor of reading the file: the same cells read by openpyxl alone, seconds."""
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(sheet, read_only=True, data_only=True)
    cells = sum(1 for row in book.active.iter_rows(values_only=True) for _ in row)
    book.close()
    assert cells
    return time.perf_counter() - started


def run(quick: bool = False) -> list[dict[str, Any]]:
    """The lines of ``run_all.py``: reading the file beside openpyxl alone, and the lock."""
    accounts = 20_000 if quick else 100_000
    use_fast_hashing_for_tests()
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    seed_with_readings(SEEDED_PATH, accounts, 20261123)
    figures = measure(MAX_ROWS, 20261123, False)
    floor = floor_read(RESULTS_DIR / f"readings-{MAX_ROWS}.xlsx")
    save_result(f"readings-import-{MAX_ROWS}", {"accounts": accounts, **figures, "floor_s": floor})
    return [
        {
            "measure": f"meter-reading import, {MAX_ROWS:,} rows: read the file",
            "figure": figures["parse_s"],
            "floor": floor,
            "unit": "s",
            "target": "",
            "ok": None,
            "floor_is": "the same cells read by openpyxl alone",
        },
        {
            "measure": f"meter-reading import, {MAX_ROWS:,} rows: write lock held",
            "figure": figures["lock_s"],
            "floor": None,
            "unit": "s",
            "target": f"< {BUDGET_S:g} s",
            "ok": figures["lock_s"] < BUDGET_S,
            "floor_is": "",
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=MAX_ROWS)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--reuse", action="store_true", help="import into the seeded file again")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the import")
    args = parser.parse_args(argv)

    use_fast_hashing_for_tests()  # demo sign-in only; hashing is not what is measured
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        seed_with_readings(SEEDED_PATH, args.accounts, args.seed)
    figures = measure(args.rows, args.seed, args.profile)
    result = {
        "accounts": args.accounts,
        "rows": args.rows,
        **figures,
        "budget_s": BUDGET_S,
        "ok": figures["lock_s"] < BUDGET_S,
    }
    out = save_result(f"readings-import-{args.rows}", result)
    log(
        f"{args.rows:,} readings at {args.accounts:,} accounts: read the file "
        f"{figures['parse_s']:.2f} s, check {figures['validate_s']:.2f} s, import "
        f"{figures['import_s']:.2f} s of which the write lock {figures['lock_s']:.2f} s "
        f"(budget < {BUDGET_S:.0f} s: "
        f"{'ok' if result['ok'] else 'MISSED'}) -> {out}"
    )
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
