"""Nothing is lost (docs/domain.md §11): a payment process killed at any moment leaves either a
complete payment with its receipt number or nothing.

The test process forks a child that takes payments in a loop and SIGKILLs it after a random
few milliseconds, 200 times per backend - before, during and after transactions and commits.
Then the books must agree: every payment has its tenders, allocations and audit entry, the
receipt numbers run 1..N without a gap, bills and balances match the allocations, and the
audit chain verifies.
"""

from __future__ import annotations

import mmap
import os
import random
import sys
from collections import Counter

import pytest
from payment_workers import (
    COMMITTING,
    IN_TRANSACTION,
    check_books,
    crashing_payer,
    fixed_clock,
    kill_after,
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
    for _ in range(3):
        service.take_payment(random_request(rng, scene.accounts))
    warm.dispose()

    phase = mmap.mmap(-1, 1)  # shared with the children: where each one died
    died_in: Counter[int] = Counter()
    for i in range(KILLS):
        phase[0] = 0
        pid = os.fork()
        if pid == 0:  # the child never returns from here
            actor = scene.actors[i % len(scene.actors)]
            crashing_payer(warm, actor, scene.accounts, seed=i, phase=phase)
        kill_after(pid, rng.uniform(0.0, 0.1))
        died_in[phase[0]] += 1

    total = check_books(db, paid_before)
    # The kills must not all have come before the first commit.
    assert total >= 3 + KILLS // 4, f"only {total} payments made it"
    # ... and a good share of them must have hit an open transaction or its commit.
    assert died_in[IN_TRANSACTION] + died_in[COMMITTING] >= KILLS // 10, died_in
    print(
        f"{KILLS} kills ({died_in[IN_TRANSACTION]} in a transaction, {died_in[COMMITTING]} "
        f"while committing), {total} complete payments"
    )
