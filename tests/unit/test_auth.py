"""Sign-in, lockout after five wrong passwords, screen unlock and approvals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counter_app.db.engine import Database
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import Role
from counter_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    PermissionDenied,
)
from counter_app.services.audit import verify_chain
from counter_app.services.auth import AuthService
from counter_app.services.demo import DEMO_PASSWORD


def test_sign_in_returns_the_actor(demo_db: Database, clock: FixedClock) -> None:
    actor = AuthService(demo_db, clock).sign_in(" G1001 ", DEMO_PASSWORD, counter_number=2)
    assert actor.employee_no == "G1001"
    assert actor.role is Role.CLERK
    assert actor.name == "王芳"
    assert actor.counter_id is not None
    assert actor.hall_id is not None
    with demo_db.read() as s:
        from counter_app.db.models import Counter

        counter = s.get(Counter, actor.counter_id)
        assert counter is not None
        assert (counter.hall_id, counter.number) == (actor.hall_id, 2)


def test_unknown_counter_number_leaves_no_counter(demo_db: Database, clock: FixedClock) -> None:
    actor = AuthService(demo_db, clock).sign_in("G1001", DEMO_PASSWORD, counter_number=99)
    assert actor.counter_id is None


def test_wrong_password_and_unknown_user_look_the_same(
    demo_db: Database, clock: FixedClock
) -> None:
    auth = AuthService(demo_db, clock)
    with pytest.raises(AuthenticationFailed) as wrong:
        auth.sign_in("G1001", "nope-nope")
    assert wrong.value.params["remaining"] == 4
    with pytest.raises(AuthenticationFailed) as unknown:
        auth.sign_in("NOBODY", "nope-nope")
    assert "remaining" not in unknown.value.params


def test_five_wrong_passwords_lock_for_fifteen_minutes(
    demo_db: Database, clock: FixedClock
) -> None:
    auth = AuthService(demo_db, clock)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in("G1001", "wrong-password")
    with pytest.raises(AccountLocked) as locked:
        auth.sign_in("G1001", "wrong-password")
    assert locked.value.params["until"] == clock.now() + timedelta(minutes=15)

    # Even the right password is refused while locked.
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AccountLocked):
        auth.sign_in("G1001", DEMO_PASSWORD)

    clock.advance(seconds=2)
    assert auth.sign_in("G1001", DEMO_PASSWORD).employee_no == "G1001"


def test_success_resets_the_failure_count(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in("G1002", "wrong-password")
    auth.sign_in("G1002", DEMO_PASSWORD)
    with pytest.raises(AuthenticationFailed) as again:
        auth.sign_in("G1002", "wrong-password")
    assert again.value.params["remaining"] == 4


def test_failures_are_audited_and_chain_holds(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in("G1001", "wrong-password")
    auth.sign_in("G1001", DEMO_PASSWORD)
    with demo_db.read() as s:
        from sqlalchemy import select

        from counter_app.db.models import AuditEntry

        actions = s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars().all()
        assert actions[-2:] == ["sign_in_failed", "sign_in"]
        assert verify_chain(s).ok


def test_unlock_needs_the_same_users_password(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD)
    auth.unlock(clerk, DEMO_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.unlock(clerk, "someone-elses")


def test_manager_approves_at_a_clerks_counter(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD)
    grant = auth.approve(
        clerk, "M1001", DEMO_PASSWORD, action="void", subject="H01-2026-00000001", reason="录错户号"
    )
    assert grant.approver_employee_no == "M1001"
    assert grant.reason == "录错户号"


def test_clerk_credentials_cannot_approve(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        auth.approve(clerk, "G1002", DEMO_PASSWORD, action="void", subject="x", reason="r")


def test_manager_cannot_approve_own_request(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    manager = auth.sign_in("M1001", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied) as own:
        auth.approve(manager, "M1001", DEMO_PASSWORD, action="void", subject="x", reason="r")
    assert own.value.params["own_request"] is True


def test_manager_of_another_hall_cannot_approve(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD)  # hall H01
    with pytest.raises(PermissionDenied):
        auth.approve(clerk, "M2001", DEMO_PASSWORD, action="void", subject="x", reason="r")


def test_approval_needs_a_reason(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD)
    with pytest.raises(InvalidInput):
        auth.approve(clerk, "M1001", DEMO_PASSWORD, action="void", subject="x", reason="   ")
