"""How long a proved, encrypted backup takes beside the bare copy it is built on.

    python benchmarks/backup_benchmark.py [--entries 200000] [--pg URL]

A database is filled with ``--entries`` audit entries (a keyed chain, the table that grows
fastest and the one whose check a proof walks) plus the small demo set. Then, in the same run:

* the floor: the bare library's copy alone (SQLite's online backup API into a file; on
  PostgreSQL ``pg_dump --format=custom`` to a file);
* a backup as the day close makes it (``make_backup``): the copy, the header's row counts and
  audit check, the encryption, the authentication pass and the proof (a restore into a
  temporary database with its row counts and audit check).

It prints both times, the file size and the ratio; the ratio is the figure to compare between
runs (the machine's speed cancels out).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COUNTER_DATA_KEY", "3c" * 32)

from benchmarks._common import chunks, log, save_result
from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import upgrade
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.services import audit
from counter_app.services.audit_key import AuditKey
from counter_app.services.backups import make_backup, postgres, sqlite
from counter_app.services.backups.service import backup_key
from counter_app.services.demo import seed_demo


def fill(db: Database, clock: FixedClock, entries: int) -> None:
    seed_demo(db, clock, customers=20)
    audit.use_key(db, AuditKey(b"\x42" * 32, "benchmark"))
    rows = ((n,) for n in range(entries))
    for part in chunks(rows, 5000):
        with db.write() as s:
            audit.record_many(
                s,
                at=clock.now(),
                user_id=None,
                counter_id=None,
                changes=[
                    audit.Change("read", "account", n, after={"fields": ["phone"], "n": n})
                    for (n,) in part
                ],
            )
        clock.advance(seconds=1)


def floor(db: Database, work: Path) -> float:
    started = time.perf_counter()
    if db.is_sqlite:
        sqlite.copy_database(sqlite.live_path(db), work / "floor.sqlite3")
    else:
        conninfo, env = postgres.connection(db)
        subprocess.run(
            [
                postgres.tool("pg_dump"),
                "--format=custom",
                f"--schema={postgres.quote_ident(postgres.app_schema(db))}",
                f"--file={work / 'floor.dump'}",
                f"--dbname={conninfo}",
            ],
            check=True,
            env=env,
        )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL URL with an empty schema")
    args = parser.parse_args()
    clock = FixedClock(datetime(2026, 12, 1, 18, 0, tzinfo=LOCAL_TZ) - timedelta(days=1))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = Database(args.pg or sqlite_url(work / "counter.sqlite3"))
        upgrade(db)
        log(f"filling {args.entries} audit entries ({'postgresql' if args.pg else 'sqlite'})")
        fill(db, clock, args.entries)
        bare = floor(db, work)
        log(f"floor (bare copy): {bare:.2f} s")
        started = time.perf_counter()
        made = make_backup(db, work / "b.cbak", backup_key(work), clock)
        full = time.perf_counter() - started
        log(f"proved encrypted backup: {full:.2f} s, {made.size / 1e6:.1f} MB, {made.rows} rows")
        log(f"ratio to the floor: {full / bare:.1f}x")
        save_result(
            "backup",
            {
                "backend": made.backend,
                "entries": args.entries,
                "rows": made.rows,
                "bytes": made.size,
                "floor_s": round(bare, 3),
                "backup_s": round(full, 3),
                "ratio": round(full / bare, 2),
            },
        )
        db.dispose()


if __name__ == "__main__":
    main()
