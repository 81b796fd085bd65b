"""Payments journal (收费流水) of a month: 150,000 rows streamed into a workbook.

Seeds a scratch SQLite file with ``--rows`` payments (default 150,000; see _report_day.py),
then, each in a fresh child process so its peak memory is its own:

1. ``ReportService.export_journal``: the rows read a keyset page at a time and streamed by
   XlsxWriter's constant-memory mode into a temporary file renamed into place;
2. the floor: the same cells (read first, not timed) written by XlsxWriter constant-memory
   alone, plain ``write_row``, no formats;
3. for the record, the same cells written by openpyxl's write-only mode (the library the
   project's other workbooks use), the amount in the ¥ format as the ledger has it.

Budgets: peak memory of the export under 300 MB; its time at most 1.5x the floor.

On a shared machine one run of each says more about the neighbours than about the export (the
same floor took 7.9 s and 15.6 s a minute apart), so ``--runs N`` has the export and the floor
take turns N times and compares the best time of each; every run's wall and CPU seconds are
kept in the result.

Usage::

    python benchmarks/journal_benchmark.py                 # 150,000 rows
    python benchmarks/journal_benchmark.py --reuse         # the file of the last run
    python benchmarks/journal_benchmark.py --runs 3        # export and floor in turns, 3 each
    python benchmarks/journal_benchmark.py --no-openpyxl   # skip the openpyxl comparison

The exit status is 1 when a budget is missed. Results go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR, latest_result, log, peak_mb, save_result

from counter_app.reports.ledger import YUAN_FORMAT

MEMORY_BUDGET_MB = 300
FLOOR_FACTOR = 1.5
DB_PATH = RESULTS_DIR / "journal_benchmark.sqlite3"


def _child(mode: str, out: Path) -> dict[str, float]:
    """Run one measurement in a fresh interpreter; its time and peak memory."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rows() -> list[list[object]]:
    from _report_day import BUSINESS_DATE

    from counter_app.db.engine import Database, sqlite_url
    from counter_app.services.reports.ledgers import journal_chunks

    db = Database(sqlite_url(DB_PATH))
    hall_id = 1
    rows = [
        list(r)
        for chunk in journal_chunks(db, hall_id, BUSINESS_DATE, BUSINESS_DATE)
        for r in chunk
    ]
    for row in rows:
        row[5] = float(row[5])  # type: ignore[arg-type]
    return rows


def run_child(mode: str, out: Path) -> None:
    start = time.perf_counter()
    rows_written = 0
    if mode == "export":
        from _report_day import BUSINESS_DATE, NOW

        from counter_app.db.engine import Database, sqlite_url
        from counter_app.db.migrate import upgrade
        from counter_app.domain.clock import FixedClock
        from counter_app.services.auth import AuthService
        from counter_app.services.demo import DEMO_PASSWORD
        from counter_app.services.passwords import use_fast_hashing_for_tests
        from counter_app.services.reports import ReportService

        use_fast_hashing_for_tests()
        db = Database(sqlite_url(DB_PATH))
        upgrade(db)  # a reused file may predate the newest migration
        clock = FixedClock(NOW + timedelta(days=1))
        manager = AuthService(db, clock).sign_in("M1001", DEMO_PASSWORD, 4)
        start = time.perf_counter()  # signing in is not the export
        cpu_start = time.process_time()
        result = ReportService(db, clock, manager).export_journal(BUSINESS_DATE, BUSINESS_DATE, out)
        rows_written = result.rows
    else:
        rows = _rows()
        start = time.perf_counter()
        cpu_start = time.process_time()
        if mode == "floor":
            import xlsxwriter

            book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
            sheet = book.add_worksheet()
            for index, row in enumerate(rows):
                sheet.write_row(index, 0, row)
            book.close()
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell

            # What an openpyxl export of the same ledger needs: the amount in ¥ format, which
            # write-only mode can only give a cell object of its own.
            wb = Workbook(write_only=True)
            ws = wb.create_sheet()
            for row in rows:
                amount = WriteOnlyCell(ws, row[5])
                amount.number_format = YUAN_FORMAT
                ws.append([*row[:5], amount, *row[6:]])
            wb.save(out)
        rows_written = len(rows)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(
        json.dumps(
            {
                "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu, 2),
                "peak_mb": round(peak_mb(), 1),
                "rows": rows_written,
            }
        )
    )


def run(quick: bool = False) -> list[dict[str, Any]]:
    """The lines of ``run_all.py``: the export's time beside the floor, and its peak memory."""
    main(["--rows", "20000" if quick else "150000", "--no-openpyxl"])
    result = latest_result("journal_benchmark")
    export, floor = result["export"], result["floor"]
    return [
        {
            "measure": f"month journal export, {export['rows']:,} rows",
            "figure": export["seconds"],
            "floor": floor["seconds"],
            "unit": "s",
            "target": f"<= {FLOOR_FACTOR:g}x floor",
            "ok": export["seconds"] <= FLOOR_FACTOR * floor["seconds"],
            "floor_is": "the same cells by XlsxWriter alone",
        },
        {
            "measure": "month journal export, peak memory",
            "figure": export["peak_mb"],
            "floor": floor["peak_mb"],
            "unit": "MB",
            "target": f"< {MEMORY_BUDGET_MB:g} MB",
            "ok": export["peak_mb"] < MEMORY_BUDGET_MB,
            "floor_is": "the same cells by XlsxWriter alone",
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--reuse", action="store_true", help="keep the scratch database")
    parser.add_argument("--no-openpyxl", action="store_true")
    parser.add_argument(
        "--runs", type=int, default=1, help="export and floor take turns this many times"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args.child, Path(args.out))
        return 0
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    if not (args.reuse and DB_PATH.exists()):
        from _report_day import build

        started = time.perf_counter()
        db, _clock, _manager = build(DB_PATH, args.rows)
        db.dispose()
        log(f"seeded {args.rows:,} payments in {time.perf_counter() - started:.0f} s")
    exports: list[dict[str, float]] = []
    floors: list[dict[str, float]] = []
    for turn in range(1, args.runs + 1):
        exports.append(_child("export", RESULTS_DIR / "journal_benchmark.xlsx"))
        log(f"export, run {turn}: {exports[-1]}")
        floors.append(_child("floor", RESULTS_DIR / "journal_floor.xlsx"))
        log(f"floor (XlsxWriter alone), run {turn}: {floors[-1]}")
    export = min(exports, key=lambda r: r["seconds"])
    floor = min(floors, key=lambda r: r["seconds"])
    export = {**export, "peak_mb": max(r["peak_mb"] for r in exports)}
    result: dict[str, object] = {"export": export, "floor": floor, "runs": args.runs}
    if args.runs > 1:
        result["export_runs"] = exports
        result["floor_runs"] = floors
        log(f"best of {args.runs}: export {export['seconds']} s, floor {floor['seconds']} s")
    if not args.no_openpyxl:
        other = _child("openpyxl", RESULTS_DIR / "journal_openpyxl.xlsx")
        log(f"openpyxl write-only, same cells: {other}")
        result["openpyxl_write_only"] = other
    ratio = export["seconds"] / floor["seconds"]
    result["export_vs_floor"] = round(ratio, 2)
    log(f"export = {ratio:.2f}x floor; peak {export['peak_mb']} MB (budget {MEMORY_BUDGET_MB} MB)")
    log(f"results: {save_result('journal_benchmark', result)}")
    ok = export["peak_mb"] < MEMORY_BUDGET_MB and ratio <= FLOOR_FACTOR
    log("within budget" if ok else "BUDGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
