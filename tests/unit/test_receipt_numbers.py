"""Receipt numbers stay gap-free and unique with many counters paying at once.

Eight separate OS processes (``spawn``: fresh interpreters, own connections) each take 50
payments on the same few accounts at the same moment, against one PostgreSQL schema and one
SQLite file. Afterwards the hall's receipt numbers are exactly 1..400 and every account's
bills and credit agree with its payments.
"""

from __future__ import annotations

import multiprocessing
import queue
import time

import pytest
from payment_workers import check_books, fixed_clock, prepare_scene, snapshot_paid, spawned_payer

from counter_app.db.engine import Database

PROCESSES = 8
PAYMENTS_EACH = 50


@pytest.mark.slow
def test_eight_processes_fifty_payments_each_leave_receipts_one_to_four_hundred(
    db: Database,
) -> None:
    scene = prepare_scene(db, fixed_clock())
    paid_before = snapshot_paid(db)
    db.dispose()

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES + 1)
    errors = ctx.Queue()
    workers = [
        ctx.Process(target=spawned_payer, args=(scene, i, PAYMENTS_EACH, barrier, errors))
        for i in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    try:
        # Generous limits: they only stop a hung run; a busy machine may take minutes to spawn eight
        # interpreters, and that must not fail the test.
        barrier.wait(timeout=600)  # everyone imported, connected and ready: go
        started = time.monotonic()
        for worker in workers:
            worker.join(timeout=600)
        elapsed = time.monotonic() - started
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
    problems = []
    while True:
        try:
            problems.append(errors.get(timeout=0.1))
        except queue.Empty:
            break
    assert problems == []
    assert [w.exitcode for w in workers] == [0] * PROCESSES

    total = check_books(db, paid_before)
    assert total == PROCESSES * PAYMENTS_EACH
    print(f"{total} payments from {PROCESSES} processes in {elapsed:.1f} s")
