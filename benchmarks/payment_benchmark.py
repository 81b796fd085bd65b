"""Payment latency at a million accounts: seed in bulk, time ``take_payment``, beside the floor.

Seeds ``--accounts`` accounts (one customer each, two open bills each: one 34 days late, one 3
days late) into a fresh SQLite file with ``executemany``, or a scratch PostgreSQL database with
``INSERT ... SELECT generate_series`` - not the ORM row by row - then opens a clerk's shift and
times ``PaymentService.take_payment`` (the whole service call: validation, settlement, receipt
number, audit entry, commit, receipt DTO) for ``--payments`` payments on random accounts.
Amounts are random, so the runs mix full payments, partial payments (the ¥1.00-minimum search
included) and overpayments to credit.

The floor, measured in the same run on the same database server or folder: one raw INSERT and
COMMIT of the same durability through the bare driver (SQLite: WAL, ``synchronous=FULL``, as
``counter_app/db/engine.py`` sets; PostgreSQL: the server's own commit, ``synchronous_commit``
as configured). A payment can never be cheaper than one durable commit.

Budget: p95 < 15 ms.

After the timed payments, a few more are taken with SQLAlchemy's ``before_cursor_execute``
listening, and the statements a payment sends are counted (``statements_per_payment``; an
``executemany`` counts once, and so does a string of statements sent as one query). Each is a
round trip to a PostgreSQL server; add the COMMIT, and on PostgreSQL the driver's BEGIN and the
pool's pre-ping. ``--statements`` prints those of one payment.

Usage::

    python benchmarks/payment_benchmark.py                      # 1,000,000 accounts, 500 payments
    python benchmarks/payment_benchmark.py --accounts 100000 --payments 300
    python benchmarks/payment_benchmark.py --reuse               # measure again on the last file
    python benchmarks/payment_benchmark.py --reuse --profile     # where the time goes
    python benchmarks/payment_benchmark.py --reuse --statements  # what one payment sends
    python benchmarks/payment_benchmark.py --backend postgresql  # a scratch database on the server

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
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR, chunks, log, percentile, save_result
from sqlalchemy import create_engine, event, make_url, select
from sqlalchemy.exc import DBAPIError

from counter_app.db import search_index
from counter_app.db.engine import Database, normalise_url, sqlite_url
from counter_app.db.migrate import upgrade
from counter_app.db.models import Tariff
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import UtilityKind
from counter_app.services.auth import AuthService
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.passwords import use_fast_hashing_for_tests
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.payments.taking import PaymentService
from counter_app.services.shifts import ShiftService

DEFAULT_PATH = RESULTS_DIR / "payment_benchmark.sqlite3"
PG_ADMIN_URL = "postgresql://127.0.0.1:5432/postgres"
PG_DATABASE = "counter_pay_bench"
FLOOR_COMMITS = 300
# The tariff of the seeded accounts' bills: gas, 居民, the one in force for their periods (the
# demo has one per utility and class, some changed over the years).
_GAS_RESIDENTIAL = (
    select(Tariff.id)
    .where(
        Tariff.tariff_class == "居民",
        Tariff.utility_kind == UtilityKind.GAS,
        Tariff.effective_from <= date(2026, 9, 1),
    )
    .order_by(Tariff.effective_from.desc())
    .limit(1)
)
BUDGET_P95_MS = 15.0
CHUNK = 50_000
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_TZ)
# How SQLAlchemy stores UtcDateTime on SQLite: naive UTC text with microseconds.
CREATED_AT = "2026-11-23 01:30:00.000000"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华玉萍红鹏飞晨浩宇欣怡嘉琪"
STREETS = ("建国路", "解放路", "延安路", "文三路", "凤起路", "庆春路", "体育场路", "莫干山路")


def _customers(n: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for _ in range(n):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        address = f"东城区{rng.choice(STREETS)}{rng.randrange(1, 400)}号{rng.randrange(1, 30)}幢"
        # No ID number or mobile: they are stored sealed (migration 0011), and a payment
        # reads neither.
        yield ("individual", name, "resident_id", address, CREATED_AT)


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
        tariff_id = s.execute(_GAS_RESIDENTIAL).scalar_one()
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
            "INSERT INTO customers (kind, name, id_type, address, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
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


def seed_postgresql(admin_url: str, database: str, accounts: int) -> str:
    """The same rows as :func:`seed` in a scratch database made anew; returns its URL."""
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
    admin.dispose()
    url = make_url(normalise_url(admin_url)).set(database=database)
    db = Database(url.render_as_string(hide_password=False))
    upgrade(db)
    seed_demo(db, FixedClock(NOW), customers=0)
    started = time.monotonic()
    with db.read() as s:
        tariff_id = s.execute(_GAS_RESIDENTIAL).scalar_one()
    with db.engine.begin() as conn:
        search_index.drop_search_objects(conn)
        base = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM customers").scalar_one()
        conn.exec_driver_sql(
            "INSERT INTO customers (id, kind, name, id_type, address, created_at)"
            " SELECT %(base)s + i, 'individual',"
            " substr('王李张刘陈杨黄赵吴周', 1 + i %% 10, 1) || '伟芳', 'resident_id',"
            " '东城区建国路' || (1 + i %% 400) || '号', '2026-11-23 01:30:00+00'"
            " FROM generate_series(1, %(n)s) AS i",
            {"base": base, "n": accounts},
        )
        conn.exec_driver_sql(
            "INSERT INTO accounts (number, customer_id, hall_id, utility_kind, supply_address,"
            " meter_number, tariff_class, billing_mode, status, balance, opened_on, version)"
            " SELECT '01' || lpad(i::text, 8, '0'), %(base)s + i, 1, 'gas',"
            " '东城区测试路' || i || '号', 'BM' || lpad(i::text, 10, '0'), '居民', 'postpaid',"
            " 'active', 0, '2020-01-01', 1 FROM generate_series(1, %(n)s) AS i",
            {"base": base, "n": accounts},
        )
        for period, start, end, due, offset in (
            ("2026-09", "2026-09-01", "2026-09-30", "2026-10-20", 0),
            ("2026-10", "2026-10-01", "2026-10-31", "2026-11-20", 60),
        ):
            conn.exec_driver_sql(
                "INSERT INTO bills (number, account_id, period, previous_reading,"
                " previous_read_on, current_reading, current_read_on, usage, amount,"
                " paid_amount, due_date, status, tariff_id, created_at)"
                " SELECT 'B01' || substr(a.number, 3) || %(tag)s, a.id, %(period)s,"
                " 500 + %(offset)s, %(start)s, 500 + %(offset)s + u, %(end)s, u, u * 261, 0,"
                " %(due)s, 'unpaid', %(tariff)s, '2026-11-23 01:30:00+00'"
                " FROM (SELECT id, number, 8 + (id * 7 + %(offset)s) %% 52 AS u FROM accounts"
                " WHERE number LIKE '01%%') AS a",
                {
                    "tag": period.replace("-", ""),
                    "period": period,
                    "offset": offset,
                    "start": start,
                    "end": end,
                    "due": due,
                    "tariff": tariff_id,
                },
            )
        conn.exec_driver_sql(
            "INSERT INTO bill_lines (bill_id, tier_no, volume, unit_price, amount)"
            " SELECT id, 1, usage, 2.61, amount FROM bills WHERE number LIKE 'B01%%'"
        )
        conn.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('customers', 'id'),"
            " (SELECT max(id) FROM customers))"
        )
        conn.exec_driver_sql("SET maintenance_work_mem = '256MB'")
        search_index.create_search_objects(conn)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
        # The seeding left the shared buffers dirty: written out now, not by the checkpointer
        # in the middle of the timed payments (a fresh seed measured 26 ms p95 against 6 ms
        # on the same database reused).
        try:
            conn.exec_driver_sql("CHECKPOINT")
        except DBAPIError:
            log("postgresql: CHECKPOINT needs a superuser; the first payments may wait on it")
    db.dispose()
    log(f"postgresql: seeded {accounts:,} accounts in {time.monotonic() - started:.0f} s")
    return url.render_as_string(hide_password=False)


def drop_postgresql(admin_url: str, database: str) -> None:
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    admin.dispose()


def floor_sqlite(folder: Path, commits: int = FLOOR_COMMITS) -> list[float]:
    """One raw INSERT + COMMIT at a time through sqlite3, WAL and ``synchronous=FULL``: the
    durability every payment commits with; milliseconds each."""
    path = folder / "payment_floor.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("CREATE TABLE floor (id INTEGER PRIMARY KEY, amount INTEGER, note TEXT)")
        timings = []
        for i in range(commits):
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO floor (amount, note) VALUES (?, ?)", (i, "收费"))
            raw.execute("COMMIT")
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        raw.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return timings


def floor_postgresql(url: str, commits: int = FLOOR_COMMITS) -> list[float]:
    """One raw INSERT + COMMIT at a time through psycopg on the same server."""
    import psycopg

    conninfo = make_url(url).render_as_string(hide_password=False).replace("+psycopg", "")
    with psycopg.connect(conninfo) as raw:
        raw.execute(
            "CREATE TABLE IF NOT EXISTS bench_floor (id serial PRIMARY KEY, amount int, note text)"
        )
        raw.commit()
        timings = []
        for i in range(commits):
            started = time.perf_counter()
            raw.execute("INSERT INTO bench_floor (amount, note) VALUES (%s, %s)", (i, "收费"))
            raw.commit()
            timings.append((time.perf_counter() - started) * 1000)
        raw.execute("DROP TABLE bench_floor")
        raw.commit()
    return timings


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


COUNTED_PAYMENTS = 50


def measure(
    url: str,
    payments: int,
    seed_value: int,
    accounts: int,
    profile: bool,
    pooled: bool = False,
    show_statements: bool = False,
) -> tuple[list[float], float]:
    """The milliseconds of each timed payment, and the statements a payment sends (the mean
    over :data:`COUNTED_PAYMENTS` more, taken after the timed ones so that the listener costs
    them nothing)."""
    db = Database(url)
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
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)

    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    engines = {db.engine, db.read_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        for _ in range(COUNTED_PAYMENTS):
            one()
        if show_statements:
            sent.clear()
            one()
            for statement in sent:
                log("  " + " ".join(statement.split())[:160])
            statements = float(len(sent))
        else:
            statements = len(sent) / COUNTED_PAYMENTS
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)
    db.dispose()
    return timings, statements


def figures(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(percentile(ordered, 95), 2),
        "p99_ms": round(percentile(ordered, 99), 2),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


def percentile_ratio(timings: list[float], floor: list[float], pct: float) -> float:
    """A payment's ``pct``-th percentile over the floor's."""
    return percentile(sorted(timings), pct) / percentile(sorted(floor), pct)


def bench(
    backend: str,
    accounts: int,
    payments: int,
    *,
    seed_value: int = 20261123,
    sqlite_path: Path = DEFAULT_PATH,
    reuse: bool = False,
    keep: bool = False,
    profile: bool = False,
    pooled: bool = False,
    show_statements: bool = False,
    pg_admin_url: str = PG_ADMIN_URL,
) -> dict[str, Any]:
    """Seed (unless ``reuse``), time the payments and the floor; the figures as a dict."""
    use_fast_hashing_for_tests()  # demo sign-in only; hashing is not what is measured
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        if not reuse:
            seed(sqlite_path, accounts, seed_value)
        url = sqlite_url(sqlite_path)
    else:
        url = (
            make_url(normalise_url(pg_admin_url))
            .set(database=PG_DATABASE)
            .render_as_string(hide_password=False)
        )
        if not reuse:
            url = seed_postgresql(pg_admin_url, PG_DATABASE, accounts)
    try:
        # Paired in time: the floor just before and just after the payments.
        floor = floor_sqlite(sqlite_path.parent) if backend == "sqlite" else floor_postgresql(url)
        timings, statements = measure(
            url, payments, seed_value, accounts, profile, pooled, show_statements
        )
        floor += floor_sqlite(sqlite_path.parent) if backend == "sqlite" else floor_postgresql(url)
    finally:
        if backend == "postgresql" and not keep:
            drop_postgresql(pg_admin_url, PG_DATABASE)
    result: dict[str, Any] = {
        "backend": backend,
        "accounts": accounts,
        "payments": len(timings),
        **figures(timings),
        "floor": figures(floor),
        "floor_ratio_p95": round(percentile_ratio(timings, floor, 95), 2),
        "floor_ratio_p50": round(percentile_ratio(timings, floor, 50), 2),
        "statements_per_payment": round(statements, 2),
        "pooled_writer": pooled,
        "budget_p95_ms": BUDGET_P95_MS,
    }
    result["ok"] = result["p95_ms"] < BUDGET_P95_MS
    return result


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The lines this benchmark adds to the table of ``run_all.py``."""
    name = f"take_payment p95, {result['accounts']:,} accounts, {result['backend']}"
    return [
        {
            "measure": name,
            "figure": result["p95_ms"],
            "floor": result["floor"]["p95_ms"],
            "unit": "ms",
            "target": f"< {BUDGET_P95_MS:g} ms",
            "ok": result["ok"],
            "floor_is": "one raw INSERT+COMMIT, same durability (p95)",
        },
        {
            "measure": f"take_payment p50, {result['backend']}",
            "figure": result["p50_ms"],
            "floor": result["floor"]["p50_ms"],
            "unit": "ms",
            "target": "",
            "ok": None,
            "floor_is": "one raw INSERT+COMMIT, same durability (p50)",
        },
        {
            "measure": f"take_payment statements sent, {result['backend']}",
            "figure": result["statements_per_payment"],
            "floor": None,
            "unit": "",
            "target": "",
            "ok": None,
            "floor_is": "",
        },
    ]


def run(quick: bool = False) -> list[dict[str, Any]]:
    accounts, payments = (100_000, 200) if quick else (1_000_000, 500)
    out: list[dict[str, Any]] = []
    for backend in ("sqlite", "postgresql"):
        result = bench(backend, accounts, payments)
        save_result(f"payments-{backend}-{accounts}", result)
        out += rows(result)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--payments", type=int, default=500)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--sqlite-path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--pg-url", default=PG_ADMIN_URL, help="a database for CREATE DATABASE")
    parser.add_argument("--reuse", action="store_true", help="measure on the existing database")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the run")
    parser.add_argument(
        "--statements", action="store_true", help="print the statements one payment sends"
    )
    parser.add_argument(
        "--pooled-writer",
        action="store_true",
        help="what-if: keep the SQLite writer connection open (see _pool_the_writer)",
    )
    args = parser.parse_args(argv)
    result = bench(
        args.backend,
        args.accounts,
        args.payments,
        seed_value=args.seed,
        sqlite_path=args.sqlite_path,
        reuse=args.reuse,
        keep=args.keep or args.reuse,
        profile=args.profile,
        pooled=args.pooled_writer,
        show_statements=args.statements,
        pg_admin_url=args.pg_url,
    )
    variant = "-pooled" if args.pooled_writer else ""
    out = save_result(f"payments-{args.backend}-{args.accounts}{variant}", result)
    floor = result["floor"]
    log(
        f"take_payment over {result['payments']} payments at {args.accounts:,} accounts on "
        f"{args.backend}{' (pooled writer)' if args.pooled_writer else ''}: "
        f"p50 {result['p50_ms']:.2f} ms, p95 {result['p95_ms']:.2f} ms, "
        f"p99 {result['p99_ms']:.2f} ms, max {result['max_ms']:.2f} ms "
        f"(budget p95 < {BUDGET_P95_MS:.0f} ms: {'ok' if result['ok'] else 'MISSED'})"
    )
    log(
        f"floor, one raw INSERT+COMMIT: p50 {floor['p50_ms']:.2f} ms, p95 {floor['p95_ms']:.2f} "
        f"ms; payment / floor: p50 {result['floor_ratio_p50']:.1f}x, "
        f"p95 {result['floor_ratio_p95']:.1f}x; "
        f"{result['statements_per_payment']:g} statements a payment -> {out}"
    )
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
