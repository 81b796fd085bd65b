"""One approval, one use: what it covers, how long, by whom, and two counters racing for it."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from payment_workers import count_payments, new_account, open_desk
from sqlalchemy import select

from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import alembic_config, upgrade
from counter_app.db.models import Approval, AuditEntry
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import ApprovalAction
from counter_app.services import approvals
from counter_app.services.approvals import (
    ApprovalError,
    ApprovalGrant,
    ApprovalInvalid,
    ApprovalRefused,
    ApprovalRequired,
)
from counter_app.services.audit import verify_chain
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import account_subject

VOID = ApprovalAction.VOID
LARGE_CASH = ApprovalAction.LARGE_CASH
RECEIPT = "H01-2026-00000007"


@pytest.fixture
def auth(demo_db: Database, clock: FixedClock) -> AuthService:
    return AuthService(demo_db, clock)


@pytest.fixture
def clerk(auth: AuthService) -> Actor:
    return auth.sign_in("G1001", DEMO_PASSWORD, 1)


def approve(
    auth: AuthService,
    clerk: Actor,
    action: ApprovalAction = VOID,
    subject: str = RECEIPT,
    amount: Decimal | None = None,
) -> ApprovalGrant:
    return auth.approve(
        clerk, "M1001", DEMO_PASSWORD, action=action, subject=subject, reason="核实", amount=amount
    )


def use(
    db: Database,
    clock: FixedClock,
    clerk: Actor,
    grant: ApprovalGrant | None,
    action: ApprovalAction = VOID,
    subject: str = RECEIPT,
    amount: Decimal | None = None,
) -> approvals.UsedApproval:
    with db.write() as s:
        return approvals.consume(
            s,
            grant,
            action=action,
            subject=subject,
            actor=clerk,
            now=clock.now(),
            used_for=subject,
            amount=amount,
        )


def refusal(*args: Any, **kwargs: Any) -> ApprovalError:
    """What :func:`use` with the same arguments raises."""
    with pytest.raises(ApprovalError) as refused:
        use(*args, **kwargs)
    return refused.value


def test_an_approval_records_what_was_approved_and_is_used_once(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    grant = approve(auth, clerk)
    used = use(demo_db, clock, clerk, grant)
    assert (used.approval_id, used.action, used.subject) == (grant.approval_id, VOID, RECEIPT)
    assert used.approved_by == grant.approver_id

    again = refusal(demo_db, clock, clerk, grant)
    assert isinstance(again, ApprovalInvalid)
    assert again.code == "approval.used"
    assert again.params["problem"] == "used"
    assert again.params["used_for"] == RECEIPT
    with demo_db.read() as s:
        row = s.get_one(Approval, grant.approval_id)
        assert (row.action, row.subject, row.amount) == (VOID, RECEIPT, None)
        assert (row.used_at, row.used_by, row.used_for) == (clock.now(), clerk.user_id, RECEIPT)
        uses = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "approval", AuditEntry.action == "use")
        ).scalars()
        assert [(u.entity_id, (u.after or {})["used_for"]) for u in uses] == [
            (str(grant.approval_id), RECEIPT)
        ]
        assert verify_chain(s).ok


def test_checking_does_not_use_it_up(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    grant = approve(auth, clerk)
    with demo_db.read() as s:
        approvals.check(s, grant, action=VOID, subject=RECEIPT, actor=clerk, now=clock.now())
    use(demo_db, clock, clerk, grant)


def test_a_use_rolled_back_with_its_transaction_leaves_the_approval_unused(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    grant = approve(auth, clerk)

    def void_that_fails() -> None:
        with demo_db.write() as s:
            approvals.consume(
                s, grant, action=VOID, subject=RECEIPT, actor=clerk, now=clock.now(), used_for="x"
            )
            raise RuntimeError("the void failed after the approval was checked")

    with pytest.raises(RuntimeError):
        void_that_fails()
    use(demo_db, clock, clerk, grant)


def test_no_grant_means_approval_required(
    demo_db: Database, clock: FixedClock, clerk: Actor
) -> None:
    refused = refusal(demo_db, clock, clerk, None)
    assert isinstance(refused, ApprovalRequired)
    assert refused.code == "approval.required"
    assert refused.params == {"action": VOID, "subject": RECEIPT}


def test_an_approval_covers_its_action_subject_requester_and_approver_only(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    grant = approve(auth, clerk)
    colleague = auth.sign_in("G1002", DEMO_PASSWORD, 2)
    forged = ApprovalGrant(grant.approval_id, grant.approver_id + 1, "M9999", "r")
    missing = ApprovalGrant(grant.approval_id + 1000, grant.approver_id, "M1001", "r")
    for refused in (
        refusal(demo_db, clock, clerk, grant, subject="H01-2026-00000008"),
        refusal(demo_db, clock, clerk, grant, action=ApprovalAction.REFUND),
        refusal(demo_db, clock, colleague, grant),
        refusal(demo_db, clock, clerk, forged),
        refusal(demo_db, clock, clerk, missing),
    ):
        assert refused.code == "approval.mismatch"
        assert refused.params["problem"] == "mismatch"
    use(demo_db, clock, clerk, grant)  # none of the refusals used it up


def test_an_approval_for_an_amount_covers_that_amount_only(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    subject = "account:0100000001"
    grant = approve(auth, clerk, LARGE_CASH, subject, amount=Decimal("60000.00"))
    for amount in (Decimal("70000.00"), Decimal("59999.99"), None):
        refused = refusal(demo_db, clock, clerk, grant, LARGE_CASH, subject, amount)
        assert refused.code == "approval.amount_mismatch"
        assert refused.params["approved_amount"] == Decimal("60000.00")
        assert refused.params["amount"] == amount
    used = use(demo_db, clock, clerk, grant, LARGE_CASH, subject, Decimal("60000"))
    assert used.amount == Decimal("60000.00")
    with demo_db.read() as s:
        assert s.get_one(Approval, grant.approval_id).amount == Decimal("60000.00")


def test_an_approval_expires_after_thirty_minutes(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    grant = approve(auth, clerk)
    late = approve(auth, clerk)
    clock.advance(minutes=30)
    use(demo_db, clock, clerk, grant)  # still in time
    clock.advance(seconds=1)
    refused = refusal(demo_db, clock, clerk, late)
    assert refused.code == "approval.expired"
    assert refused.params["approval_expired"] is True
    assert timedelta(minutes=30) == approvals.APPROVAL_VALID_FOR


def test_who_may_approve(auth: AuthService, clerk: Actor) -> None:
    manager = auth.sign_in("M1001", DEMO_PASSWORD, 2)
    cases = [
        (manager, "M1001", "approval.own_request", {"own_request": True}),
        (clerk, "G1002", "approval.not_approver", {"permission": "approve"}),
        (clerk, "M2001", "approval.other_hall", {"other_hall": True}),
    ]
    for requester, approver, code, params in cases:
        with pytest.raises(ApprovalRefused) as refused:
            auth.approve(
                requester, approver, DEMO_PASSWORD, action=VOID, subject=RECEIPT, reason="r"
            )
        assert refused.value.code == code
        assert refused.value.params == params
        assert code in approvals.APPROVAL_CODES


def test_every_code_raised_is_listed() -> None:
    raised = {
        ApprovalRequired(VOID, "x").code,
        *(ApprovalInvalid(p, VOID, "x").code for p in ("mismatch", "amount_mismatch")),
        *(ApprovalInvalid(p, VOID, "x").code for p in ("expired", "used")),
    }
    assert raised <= approvals.APPROVAL_CODES


@pytest.mark.parametrize("consumers", [2, 6])
def test_counters_using_one_approval_at_once_exactly_one_wins(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor, consumers: int
) -> None:
    grant = approve(auth, clerk)
    start = threading.Barrier(consumers)
    won: list[int] = []
    refused: list[str] = []
    failures: list[BaseException] = []

    def counter(n: int) -> None:
        start.wait()
        try:
            with demo_db.write() as s:
                approvals.consume(
                    s,
                    grant,
                    action=VOID,
                    subject=RECEIPT,
                    actor=clerk,
                    now=clock.now(),
                    used_for=f"use {n}",
                )
                # Keep the transaction open a moment, so the others are inside theirs too.
                threading.Event().wait(0.05)
            won.append(n)
        except ApprovalInvalid as exc:
            refused.append(exc.code)
        except BaseException as exc:  # collected and shown below
            failures.append(exc)

    threads = [threading.Thread(target=counter, args=(n,)) for n in range(consumers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(won) == 1
    assert refused == ["approval.used"] * (consumers - 1)
    with demo_db.read() as s:
        assert s.get_one(Approval, grant.approval_id).used_for == f"use {won[0]}"
        uses = s.execute(
            select(AuditEntry.id).where(AuditEntry.entity == "approval", AuditEntry.action == "use")
        ).all()
        assert len(uses) == 1


def test_a_use_waits_for_a_use_in_progress_and_then_sees_it(
    demo_db: Database, clock: FixedClock, auth: AuthService, clerk: Actor
) -> None:
    """The row is locked while it is checked: a second counter cannot read it as unused while
    the first one's transaction is still open (without the lock PostgreSQL would let both)."""
    grant = approve(auth, clerk)
    first_in = threading.Event()
    first_done: list[str] = []
    second_got: list[str] = []

    def first() -> None:
        with demo_db.write() as s:
            approvals.consume(
                s, grant, action=VOID, subject=RECEIPT, actor=clerk, now=clock.now(), used_for="1"
            )
            first_in.set()
            threading.Event().wait(0.3)
        first_done.append("committed")

    def second() -> None:
        first_in.wait(5)
        try:
            use(demo_db, clock, clerk, grant)
            second_got.append("used it too")
        except ApprovalInvalid as exc:
            second_got.append(exc.code)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert first_done == ["committed"]
    assert second_got == ["approval.used"]


def test_the_upgrade_copies_uses_from_the_audit_trail_onto_the_approvals(tmp_path: Path) -> None:
    """Approvals used before the upgrade stay used: their first ``use`` entry is copied."""
    db = Database(sqlite_url(tmp_path / "old.sqlite3"))
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.exec_driver_sql(
            "INSERT INTO users (id, employee_no, name, role, password_hash, failed_logins, "
            "active, created_at) VALUES (1, 'G1', 'a', 'clerk', 'x', 0, 1, '2026-11-01'), "
            "(2, 'M1', 'b', 'manager', 'x', 0, 1, '2026-11-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO approvals (id, action, subject, requested_by, approved_by, reason, at) "
            "VALUES (1, 'void', 'R1', 1, 2, 'r', '2026-11-20 01:00:00'), "
            "(2, 'arrears_override', 'customer:5', 1, 2, 'r', '2026-11-20 01:00:00'), "
            "(3, 'void', 'R2', 1, 2, 'r', '2026-11-20 01:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO audit_entries (at, user_id, action, entity, entity_id, after, "
            "prev_hash, hash) VALUES "
            "('2026-11-20 01:05:00', 1, 'use', 'approval', '1', '{\"used_for\": \"R1\"}', "
            "'0', 'h1'), "
            "('2026-11-20 01:06:00', 1, 'use', 'approval', '2', "
            "'{\"account_number\": \"0100000042\"}', 'h1', 'h2')"
        )
    upgrade(db)
    with db.read() as s:
        rows = {
            row.id: (row.used_by, row.used_for, row.used_at is not None)
            for row in s.execute(select(Approval)).scalars()
        }
    db.dispose()
    assert rows == {1: (1, "R1", True), 2: (1, "0100000042", True), 3: (None, None, False)}


def test_a_large_cash_payment_takes_exactly_the_amount_the_manager_approved(
    db: Database, clock: FixedClock
) -> None:
    desk = open_desk(db, clock)
    account_id, number = new_account(db)
    grant = desk.auth.approve(
        desk.clerk,
        "M1001",
        DEMO_PASSWORD,
        action=LARGE_CASH,
        subject=account_subject(number),
        reason="现金已双人清点",
        amount=Decimal("60000.00"),
    )
    with pytest.raises(ApprovalInvalid) as other:
        desk.pay(account_id, "70000.00", cash_approval=grant)
    assert other.value.code == "approval.amount_mismatch"
    assert count_payments(db) == 0
    paid = desk.pay(account_id, "60000.00", cash_approval=grant)
    assert paid.amount == Decimal("60000.00")
    with db.read() as s:
        assert s.get_one(Approval, grant.approval_id).used_for == paid.receipt_no
    with pytest.raises(ApprovalInvalid) as again:
        desk.pay(account_id, "60000.00", cash_approval=grant)
    assert again.value.code == "approval.used"
