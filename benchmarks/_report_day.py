"""A hall's business day (or month) of payments in a scratch SQLite file, for the report
benchmarks: the demo staff and accounts, three shifts, then ``payments`` payments written in
bulk by the report tests' loader (tests/unit/report_data.py), which leaves the rows the
payment service would have left."""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from _common import log

from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import upgrade
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.passwords import use_fast_hashing_for_tests
from counter_app.services.shifts import ShiftService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))
from report_data import fill_payments

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=LOCAL_TZ)
BUSINESS_DATE: date = NOW.date()


def build(path: Path, payments: int) -> tuple[Database, FixedClock, Actor]:
    """A fresh file with ``payments`` payments on :data:`BUSINESS_DATE`; returns the database,
    a clock after the day and the hall manager."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    use_fast_hashing_for_tests()
    db = Database(sqlite_url(path))
    upgrade(db)
    clock = FixedClock(NOW)
    seed_demo(db, clock, customers=6)
    auth = AuthService(db, clock)
    shift_ids = []
    for number, employee_no in enumerate(("G1001", "G1002", "G1003"), start=1):
        actor = auth.sign_in(employee_no, DEMO_PASSWORD, number)
        shift_ids.append(ShiftService(db, clock, actor).open_shift(Decimal("500.00")).shift_id)
    manager = auth.sign_in("M1001", DEMO_PASSWORD, 4)
    log(f"writing {payments:,} payments")
    # Seconds apart (not minutes): a month's worth fits one business date of the benchmark.
    fill_payments(db, shift_ids, payments, manager_id=manager.user_id, chunk=5000)
    clock.advance(days=1)
    return db, clock, manager
