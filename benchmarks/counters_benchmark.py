"""Ten counters paying at once on PostgreSQL: payments a second, and not one receipt number lost.

A scratch database on the server gets the demo data and four open shifts of hall H01 (the
payment tests' scene, ``tests/unit/payment_workers.py``); ten processes, released together,
each take ``--payments`` payments on random accounts through ``PaymentService.take_payment``,
all of them drawing from the hall's one receipt sequence, the worst case for contention. Then
the payment tests' bookkeeping check runs over the result: the hall's receipt numbers are
exactly 1..N (no gap, no repeat), every payment has its tenders, allocations and audit entry,
every bill and balance adds up, and the audit chain verifies.

The floor, in the same run: ten processes on the same server each doing one raw INSERT +
COMMIT at a time through psycopg, as many as the payments: commits a second.

Usage::

    python benchmarks/counters_benchmark.py [--payments 100] [--counters 10]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

from _common import log, save_result

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "unit"))
# Personal data is sealed at rest: the benchmark's own key, as the tests have theirs.
os.environ.setdefault("COUNTER_DATA_KEY", "b3" * 32)

PG_ADMIN_URL = "postgresql://127.0.0.1:5432/postgres"
PG_DATABASE = "counter_counters_bench"


def _url() -> str:
    from sqlalchemy import make_url

    from counter_app.db.engine import normalise_url

    url = make_url(normalise_url(PG_ADMIN_URL)).set(database=PG_DATABASE)
    return url.render_as_string(hide_password=False)


def _admin(sql: str) -> None:
    from sqlalchemy import create_engine

    from counter_app.db.engine import normalise_url

    admin = create_engine(normalise_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(sql)
    admin.dispose()


def floor_worker(url: str, count: int, barrier: Any) -> None:
    """One process of the floor: ``count`` raw INSERT + COMMIT, one at a time."""
    import psycopg

    with psycopg.connect(url.replace("+psycopg", "")) as raw:
        barrier.wait(timeout=600)
        for i in range(count):
            raw.execute("INSERT INTO bench_floor (amount, note) VALUES (%s, %s)", (i, "收费"))
            raw.commit()


def _released(ctx: Any, target: Any, args_of: Any, counters: int) -> float:
    """Start ``counters`` processes, release them together; seconds until the last is done."""
    barrier = ctx.Barrier(counters + 1)
    workers = [ctx.Process(target=target, args=(*args_of(i), barrier)) for i in range(counters)]
    for worker in workers:
        worker.start()
    barrier.wait(timeout=600)
    started = time.perf_counter()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    failed = [w.exitcode for w in workers if w.exitcode != 0]
    if failed:
        raise RuntimeError(f"{len(failed)} worker(s) failed: exit codes {failed}")
    return elapsed


def measure(counters: int, payments: int) -> dict[str, Any]:
    from payment_workers import check_books, fixed_clock, prepare_scene, snapshot_paid

    from counter_app.db.engine import Database
    from counter_app.db.migrate import upgrade
    from counter_app.services import personal_data
    from counter_app.services.passwords import use_fast_hashing_for_tests

    use_fast_hashing_for_tests()  # the demo users' sign-in; hashing is not what is measured
    _admin(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
    _admin(f'CREATE DATABASE "{PG_DATABASE}"')
    url = _url()
    try:
        db = Database(url)
        personal_data.install_data_key(db, ROOT / "benchmarks" / "results")
        upgrade(db)
        scene = prepare_scene(db, fixed_clock())
        paid_before = snapshot_paid(db)
        ctx = multiprocessing.get_context("spawn")
        errors = ctx.Queue()
        seconds = _released(ctx, _payer, lambda i: (scene, i, payments, errors), counters)
        taken = check_books(db, paid_before)  # raises on a gap, a repeat or a sum off
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "CREATE TABLE bench_floor (id serial PRIMARY KEY, amount int, note text)"
            )
        floor_seconds = _released(ctx, floor_worker, lambda i: (url, payments), counters)
        db.dispose()
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
    total = counters * payments
    return {
        "counters": counters,
        "payments": total,
        "taken_in_hall": taken,
        "seconds": round(seconds, 2),
        "payments_per_s": round(total / seconds, 1),
        "floor_commits_per_s": round(total / floor_seconds, 1),
        "gaps": 0,  # check_books refuses any
    }


def _payer(scene: Any, index: int, count: int, errors: Any, barrier: Any) -> None:
    """A counter's process (module level, so ``spawn`` finds it by name)."""
    from payment_workers import spawned_payer

    spawned_payer(scene, index, count, barrier, errors)


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The lines this benchmark adds to the table of ``run_all.py``."""
    return [
        {
            "measure": f"{result['counters']} counters paying at once, PostgreSQL "
            f"({result['payments']:,} payments, {result['gaps']} gaps)",
            "figure": result["payments_per_s"],
            "floor": result["floor_commits_per_s"],
            "unit": "/s",
            "target": "0 gaps",
            "ok": result["gaps"] == 0 and result["taken_in_hall"] >= result["payments"],
            "floor_is": "raw INSERT+COMMIT a second, 10 processes",
        }
    ]


def run(quick: bool = False) -> list[dict[str, Any]]:
    result = measure(10, 20 if quick else 100)
    save_result("counters", result)
    return rows(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counters", type=int, default=10)
    parser.add_argument("--payments", type=int, default=100, help="payments per counter")
    args = parser.parse_args(argv)
    result = measure(args.counters, args.payments)
    log(
        f"{args.counters} counters, {result['payments']:,} payments in {result['seconds']} s: "
        f"{result['payments_per_s']} a second (floor {result['floor_commits_per_s']} raw "
        f"commits a second), no receipt number missing or repeated"
    )
    print(f"results: {save_result('counters', result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
