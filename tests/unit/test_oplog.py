"""The log file tells an operator about sign-ins and money, and nothing about the customer."""

from __future__ import annotations

import logging

import pytest
from payment_workers import Desk, key, new_account
from sqlalchemy import select

from counter_app.db.engine import Database
from counter_app.db.models import Customer
from counter_app.domain.clock import FixedClock
from counter_app.domain.errors import AccountLocked, AuthenticationFailed
from counter_app.services import personal_data
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import REFUND, VOID

LOGGER = "counter_app.operations"


def _personal_data(db: Database) -> list[str]:
    """Everything personal the demo customers hold, for checking the log holds none of it."""
    with db.read() as s:
        customers = s.execute(select(Customer)).scalars().all()
        values = [
            v
            for c in customers
            for v in personal_data.reveal(s, c).values()
            if v and v != c.id_type
        ]
    return [*values, "东城区测试路1号"]  # the supply address of the test accounts


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


def test_sign_ins_are_logged_by_employee_number_only(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    desk.auth.sign_in("G1002", DEMO_PASSWORD, 1)
    with pytest.raises(AuthenticationFailed):
        desk.auth.sign_in("G1002", "not-the-password", 1)
    with pytest.raises(AuthenticationFailed):
        desk.auth.sign_in("typed-a-secret-here", DEMO_PASSWORD, 1)
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            desk.auth.sign_in("G1003", "wrong", 1)
    with pytest.raises(AccountLocked):
        desk.auth.sign_in("G1003", DEMO_PASSWORD, 1)
    desk.auth.unlock(desk.clerk, DEMO_PASSWORD)

    lines = _lines(caplog)
    assert lines[0] == "Sign-in: G1002 at counter 1"
    assert lines[1] == "Password refused: G1002, wrong password (4 tries left)"
    # What was typed as an unknown 工号 may be a password: it is not written down.
    assert lines[2] == "Password refused: unknown or disabled employee number"
    assert not any("typed-a-secret-here" in line for line in lines)
    assert any(line.startswith("Account G1003 locked until ") for line in lines)
    assert any(line.startswith("Password refused: G1003 is locked until ") for line in lines)
    assert lines[-1] == "Screen unlocked: G1001"
    assert not any(DEMO_PASSWORD in line for line in lines)


def test_payments_voids_refunds_and_reprints_are_logged_without_personal_data(
    desk: Desk, db: Database, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    account_id, _ = new_account(db)
    voided = desk.pay(account_id, "30.00", "50")
    desk.reversals.void(voided.receipt_no, "金额输错", desk.approve(VOID, voided.receipt_no))
    paid = desk.pay(account_id, "100.00")
    reprint = desk.prints.reprint(paid.receipt_no, "客户遗失")
    # The day closes; the next morning only a refund can give the money back.
    desk.next_morning()
    refund = desk.reversals.refund(
        paid.receipt_no, "多收", desk.approve(REFUND, paid.receipt_no), key()
    )

    lines = _lines(caplog)
    assert f"Payment taken: {voided.receipt_no} ¥30.00 by 现金, clerk G1001" in lines
    assert f"Payment voided: {voided.receipt_no} ¥30.00, clerk G1001, approved by M1001" in lines
    assert f"Payment taken: {paid.receipt_no} ¥100.00 by 现金, clerk G1001" in lines
    assert (
        f"Receipt reprinted: {paid.receipt_no} copy {reprint.receipt.reprint_no}, clerk G1001"
        in lines
    )
    assert (
        f"Payment refunded: {refund.receipt_no} reverses {paid.receipt_no}, ¥-100.00 by 现金, "
        "clerk G1001" in lines
    )
    everything = "\n".join(r.getMessage() for r in caplog.records)
    for value in _personal_data(db):
        assert value not in everything
    assert voided.account_number not in everything
