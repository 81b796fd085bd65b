"""Payment latency at a million accounts: seed SQLite in bulk, time ``take_payment``.

Seeds ``--accounts`` accounts (one customer each, two open bills each: one 34 days late, one 3
days late) into a fresh SQLite file with ``executemany`` - not the ORM row by row - then opens a
clerk's shift and times ``PaymentService.take_payment`` (the whole service call: validation,
settlement, receipt number, audit entry, commit with ``synchronous=FULL``, receipt DTO) for
``--payments`` payments on random accounts. Amounts are random, so the runs mix full
payments, partial payments (the ¥1.00-minimum search included) and overpayments to credit.

Budget: p95 < 15 ms.

Usage::

    python benchmarks/payment_benchmark.py                      # 1,000,000 accounts, 500 payments
    python benchmarks/payment_benchmark.py --accounts 100000 --payments 300
    python benchmarks/payment_benchmark.py --reuse               # measure again on the last file
    python benchmarks/payment_benchmark.py --reuse --profile     # where the time goes

The exit status is 1 when the budget is missed. Results go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR, chunks, log, save_result
from sqlalchemy import select

from counter_app.db import search_index
from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import upgrade
from counter_app.db.models import Tariff
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.services.auth import AuthService
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.passwords import use_fast_hashing_for_tests
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.payments.taking import PaymentService
from counter_app.services.shifts import ShiftService

DEFAULT_PATH = RESULTS_DIR / "payment_benchmark.sqlite3"
BUDGET_P95_MS = 15.0
CHUNK = 50_000
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_TZ)
# How SQLAlchemy stores UtcDateTime on SQLite: naive UTC text with microseconds.
CREATED_AT = "2026-11-23 01:30:00.000000"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华玉萍红鹏飞晨浩宇欣怡嘉琪"
STREETS = ("建国路", "解放路", "延安路", "文三路", "凤起路", "庆春路", "体育场路", "莫干山路")


def _customers(n: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        address = f"东城区{rng.choice(STREETS)}{rng.randrange(1, 400)}号{rng.randrange(1, 30)}幢"
        yield (
            "individual",
            name,
            "resident_id",
            f"BENCH{i:012d}",
            f"13{i:09d}",
            address,
            CREATED_AT,
        )


def _accounts(n: int, hall_id: int) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        yield (
            f"01{i:08d}",
            i,  # customer i
            hall_id,
            "gas",
            f"东城区测试路{i}号",
            f"BM{i:010d}",
            "居民",
            "postpaid",
            "active",
            0,
            "2020-01-01",
            1,
        )


def _bills(n: int, tariff_id: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        reading = rng.randrange(500, 5000)
        for period, start, end, due in (
            ("2026-09", "2026-09-01", "2026-09-30", "2026-10-20"),
            ("2026-10", "2026-10-01", "2026-10-31", "2026-11-20"),
        ):
            usage = rng.randrange(8, 60)
            fen = int(Decimal(usage) * Decimal("2.61") * 100)
            yield (
                f"B01{i:08d}{period.replace('-', '')}",
                i,
                period,
                reading,
                start,
                reading + usage,
                end,
                usage,
                fen,
                0,
                due,
                "unpaid",
                tariff_id,
                CREATED_AT,
            )
            reading += usage


def seed(path: Path, accounts: int, seed_value: int) -> None:
    """A fresh migrated file with demo staff and tariffs, then ``accounts`` accounts in bulk."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database(sqlite_url(path))
    upgrade(db)
    clock = FixedClock(NOW)
    seed_demo(db, clock, customers=0)
    with db.read() as s:
        tariff_id = s.execute(select(Tariff.id).where(Tariff.tariff_class == "居民")).scalar_one()
    with db.engine.begin() as conn:
        # The search index is rebuilt once at the end instead of row by row.
        search_index.drop_sqlite_triggers(conn)
    db.dispose()

    rng = random.Random(seed_value)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous=OFF")  # a benchmark load, not counter data
    raw.execute("PRAGMA cache_size=-262144")
    started = time.monotonic()
    statements = (
        (
            "customers",
            "INSERT INTO customers (kind, name, id_type, id_number, phone, address, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            _customers(accounts, rng),
        ),
        (
            "accounts",
            "INSERT INTO accounts (number, customer_id, hall_id, utility_kind, supply_address,"
            " meter_number, tariff_class, billing_mode, status, balance, opened_on, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _accounts(accounts, 1),
        ),
        (
            "bills",
            "INSERT INTO bills (number, account_id, period, previous_reading, previous_read_on,"
            " current_reading, current_read_on, usage, amount, paid_amount, due_date, status,"
            " tariff_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _bills(accounts, tariff_id, rng),
        ),
    )
    for table, sql, rows in statements:
        raw.execute("BEGIN")
        count = 0
        for chunk in chunks(rows, CHUNK):
            raw.executemany(sql, chunk)
            count += len(chunk)
        raw.execute("COMMIT")
        log(f"{table}: {count:,} rows ({time.monotonic() - started:.0f} s)")
    raw.execute("BEGIN")
    raw.execute(
        "INSERT INTO bill_lines (bill_id, tier_no, volume, unit_price, amount)"
        " SELECT id, 1, usage, 2.61, amount FROM bills WHERE number LIKE 'B01%'"
    )
    raw.execute("COMMIT")
    log(f"bill_lines ({time.monotonic() - started:.0f} s)")
    raw.execute("ANALYZE")
    raw.close()

    db = Database(sqlite_url(path))
    with db.engine.begin() as c:
        search_index.create_sqlite_triggers(c)
        search_index.rebuild(c)
    db.dispose()
    log(f"seeded {accounts:,} accounts in {time.monotonic() - started:.0f} s")


def _pool_the_writer(db: Database) -> None:
    """What-if for ``--pooled-writer``: keep one writer connection open between payments.

    ``Database`` opens a fresh SQLite connection for every write (``NullPool``): its PRAGMAs,
    the schema parse and a cold page cache cost milliseconds per payment. This swaps in a
    one-connection pool to measure what changing that in ``counter_app/db/engine.py`` gains.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker
    from sqlalchemy.pool import QueuePool

    from counter_app.db import engine as engine_module

    pooled = create_engine(db.url, poolclass=QueuePool, pool_size=1, max_overflow=0)
    engine_module._configure_sqlite(pooled, immediate=True)
    db.engine.dispose()
    db.engine = pooled
    db._write = sessionmaker(pooled, expire_on_commit=False)


def measure(
    path: Path, payments: int, seed_value: int, accounts: int, profile: bool, pooled: bool
) -> list[float]:
    db = Database(sqlite_url(path))
    if pooled:
        _pool_the_writer(db)
    clock = FixedClock(NOW)
    clerk = AuthService(db, clock).sign_in("G1001", DEMO_PASSWORD, 1)
    shifts = ShiftService(db, clock, clerk)
    if shifts.current_shift() is None:
        shifts.open_shift(Decimal("500.00"))
    service = PaymentService(db, clock, clerk)
    rng = random.Random(seed_value + 1)

    def one() -> float:
        amount = Decimal(rng.randrange(1000, 50000)) / 100
        request = PaymentRequest(
            account_id=rng.randrange(1, accounts + 1),
            amount=amount,
            tenders=[TenderLine("cash", amount)],
            cash_received=amount + Decimal(rng.randrange(0, 10000)) / 100,
            idempotency_key=str(uuid.uuid4()),
        )
        started = time.perf_counter()
        service.take_payment(request)
        return (time.perf_counter() - started) * 1000

    for _ in range(20):  # warm caches and compiled statements
        one()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    timings = [one() for _ in range(payments)]
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    db.dispose()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--payments", type=int, default=500)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--sqlite-path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--reuse", action="store_true", help="measure on the existing file")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the run")
    parser.add_argument(
        "--pooled-writer",
        action="store_true",
        help="what-if: keep the SQLite writer connection open (see _pool_the_writer)",
    )
    args = parser.parse_args(argv)

    use_fast_hashing_for_tests()  # demo sign-in only; hashing is not what is measured
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        seed(args.sqlite_path, args.accounts, args.seed)
    timings = measure(
        args.sqlite_path, args.payments, args.seed, args.accounts, args.profile, args.pooled_writer
    )
    ordered = sorted(timings)
    p50 = statistics.median(ordered)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
    result = {
        "accounts": args.accounts,
        "payments": len(timings),
        "p50_ms": round(p50, 2),
        "p95_ms": round(p95, 2),
        "p99_ms": round(p99, 2),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
        "pooled_writer": args.pooled_writer,
        "budget_p95_ms": BUDGET_P95_MS,
        "ok": p95 < BUDGET_P95_MS,
    }
    variant = "-pooled" if args.pooled_writer else ""
    out = save_result(f"payments-{args.accounts}{variant}", result)
    log(
        f"take_payment over {len(timings)} payments at {args.accounts:,} accounts"
        f"{' (pooled writer)' if args.pooled_writer else ''}: "
        f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, p99 {p99:.2f} ms, max {ordered[-1]:.2f} ms "
        f"(budget p95 < {BUDGET_P95_MS:.0f} ms: {'ok' if result['ok'] else 'MISSED'}) -> {out}"
    )
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
