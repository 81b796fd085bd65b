"""Erasure on request at scale (docs/domain.md §11): how long one erasure holds the write lock.

On SQLite an erasure rewrites the customer name index (an FTS5 ``optimize``: the deleted name
stays in the index's segments until they are merged) so the old name is gone from the file.
That rewrite grows with the number of customers, and every counter waits for it. This script
seeds ``--rows`` accounts the way ``search_benchmark.py`` does (its generator and bulk load),
closes the accounts of a few customers, times
``CustomerRightsService.delete_on_request`` for each, and beside it, on the same file, the bare
floor: the same name change and index rewrite through the sqlite3 driver alone, with the ratio
of the two medians.

Usage::

    python benchmarks/erasure_benchmark.py                 # 1,000,000 accounts
    python benchmarks/erasure_benchmark.py --rows 200000

Results also go to benchmarks/results/. There is no budget to miss: the figures are reported.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import RESULTS_DIR, log, save_result
from search_benchmark import BENCH_KEY, Generator, seed_sqlite
from sqlalchemy import select, update

from counter_app.db.engine import Database
from counter_app.db.models import Account, Customer, User
from counter_app.db.search_index import CUSTOMER_NAME_FTS
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import AccountStatus, Role
from counter_app.services import personal_data
from counter_app.services.base import Actor
from counter_app.services.customer_rights import CustomerRightsService

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _manager(db: Database) -> Actor:
    with db.write() as s:
        user = User(
            employee_no="M1001",
            name="陈静",
            role=Role.MANAGER,
            hall_id=1,
            password_hash="-",
            created_at=NOW,
        )
        s.add(user)
        s.flush()
        return Actor.of(user, None)


def _closed_customers(db: Database, count: int, offset: int) -> list[int]:
    """``count`` customers whose accounts are made closed with nothing on them."""
    with db.write() as s:
        ids = list(
            s.execute(
                select(Customer.id).order_by(Customer.id).offset(offset).limit(count)
            ).scalars()
        )
        s.execute(
            update(Account)
            .where(Account.customer_id.in_(ids))
            .values(status=AccountStatus.CLOSED, balance=0, version=Account.version + 1)
        )
        return ids


def _floor(path: Path, ids: list[int]) -> list[float]:
    """The name change and the index rewrite alone, through the bare driver."""
    raw = sqlite3.connect(path, isolation_level=None)
    times = []
    for customer_id in ids:
        t0 = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("UPDATE customers SET name = ? WHERE id = ?", (f"x{customer_id}", customer_id))
        raw.execute(f"INSERT INTO {CUSTOMER_NAME_FTS}({CUSTOMER_NAME_FTS}) VALUES ('optimize')")
        raw.execute("COMMIT")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        times.append(time.perf_counter() - t0)
    raw.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="accounts to seed")
    parser.add_argument("--erasures", type=int, default=5, help="customers to erase")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument(
        "--sqlite-path", type=Path, default=RESULTS_DIR / "erasure_benchmark.sqlite3"
    )
    args = parser.parse_args(argv)
    args.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    gen = Generator(args.rows, args.seed, 10, personal_data.sealer_of(BENCH_KEY))
    log(f"sqlite: seeding {args.rows:,} accounts")
    db = seed_sqlite(args.sqlite_path, gen)
    try:
        personal_data.use_data_key(db, BENCH_KEY)
        rights = CustomerRightsService(db, FixedClock(NOW), _manager(db))
        app_ids = _closed_customers(db, args.erasures, 0)
        floor_ids = _closed_customers(db, args.erasures, args.erasures)
        app = []
        for customer_id in app_ids:
            t0 = time.perf_counter()
            done = rights.delete_on_request(customer_id, "客户书面申请删除个人信息")
            app.append(time.perf_counter() - t0)
            assert done.storage_cleaned
        floor = _floor(args.sqlite_path, floor_ids)
    finally:
        db.dispose()
    app_ms = statistics.median(app) * 1000
    floor_ms = statistics.median(floor) * 1000
    result = {
        "rows": args.rows,
        "customers": gen.customers,
        "erasures": args.erasures,
        "app_median_ms": round(app_ms, 1),
        "app_max_ms": round(max(app) * 1000, 1),
        "floor_median_ms": round(floor_ms, 1),
        "ratio": round(app_ms / floor_ms, 2),
    }
    print(
        f"erasure at {args.rows:,} accounts ({gen.customers:,} customers): "
        f"median {app_ms:.0f} ms (max {max(app) * 1000:.0f} ms); bare rename + index rewrite "
        f"{floor_ms:.0f} ms; ratio {app_ms / floor_ms:.2f}",
        flush=True,
    )
    log(f"results in {save_result('erasure_benchmark', result)}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.sqlite_path}{suffix}").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
