"""Nothing is lost (docs/domain.md §11): a payment process killed at any moment leaves either a
complete payment with its receipt number or nothing.

The test process forks a child that takes payments in a loop and SIGKILLs it at a random
moment within its first few payments, 200 times per backend - during and between transactions
and commits, as the phase each child reports shows.
Then the books must agree: every payment has its tenders, allocations and audit entry, the
receipt numbers run 1..N without a gap, bills and balances match the allocations, and the
audit chain verifies.
"""

from __future__ import annotations

import mmap
import os
import random
import sys
import time
from collections import Counter

import pytest
from payment_workers import (
    COMMITTING,
    IN_TRANSACTION,
    STARTING,
    check_books,
    crashing_payer,
    fixed_clock,
    kill_once_started,
    prepare_scene,
    random_request,
    snapshot_paid,
)

from counter_app.db.engine import Database
from counter_app.services.payments.taking import PaymentService

KILLS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs os.fork and SIGKILL")


@pytest.mark.slow
def test_killing_payment_processes_at_random_moments_loses_nothing(db: Database) -> None:
    scene = prepare_scene(db, fixed_clock())
    paid_before = snapshot_paid(db)
    db.dispose()
    # Warm the engine the children inherit: its compiled statements make a child's first
    # commit come within milliseconds, so the kills land all over the payment, not only in
    # the start-up.
    warm = Database(scene.url)
    rng = random.Random(20261123)
    service = PaymentService(warm, fixed_clock(), scene.actors[0])
    service.take_payment(random_request(rng, scene.accounts))
    started = time.perf_counter()
    for _ in range(2):
        service.take_payment(random_request(rng, scene.accounts))
    one_payment = (time.perf_counter() - started) / 2
    warm.dispose()
    # Each kill comes within the child's first few payments, however long a payment takes on
    # this machine right now (100 ms when idle).
    span = min(max(0.1, 4 * one_payment), 2.0)

    phase = mmap.mmap(-1, 1)  # shared with the children: where each one died
    died_in: Counter[int] = Counter()
    stopped_by_itself = 0
    for i in range(KILLS):
        phase[0] = STARTING
        pid = os.fork()
        if pid == 0:  # the child never returns from here
            actor = scene.actors[i % len(scene.actors)]
            crashing_payer(warm, actor, scene.accounts, seed=i, phase=phase)
        if kill_once_started(pid, phase, rng.uniform(0.0, span)):
            died_in[phase[0]] += 1
        else:
            stopped_by_itself += 1

    total = check_books(db, paid_before)
    # What the books check stands on, from where each child said it died (not from a number
    # of payments, which depends on the machine's speed): kills that cut open transactions,
    # kills during a commit, and children's payments that were committed.
    assert stopped_by_itself == 0, f"{stopped_by_itself} payment processes failed on their own"
    assert died_in[IN_TRANSACTION] >= KILLS // 10, died_in
    assert died_in[COMMITTING] >= 1, died_in
    assert total > 3, "no payment of a killed process was committed"
    print(
        f"{KILLS} kills ({died_in[IN_TRANSACTION]} in a transaction, {died_in[COMMITTING]} "
        f"while committing), {total} complete payments"
    )
