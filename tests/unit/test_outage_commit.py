"""The database goes away: before, during and after a payment's commit (docs/domain.md §11).

A failure before the COMMIT leaves nothing saved and says so (``DatabaseUnavailable``); a
failure during the COMMIT itself has an unknown fate (``CommitUncertain``), which the payment's
confirm key settles once the database answers again. Both backends.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import psycopg
import pytest
from payment_workers import Desk, add_bill, cash, count_payments, new_account, open_desk
from sqlalchemy import create_engine, text

from counter_app.db.engine import Database
from counter_app.domain.clock import FixedClock
from counter_app.domain.errors import CommitUncertain, DatabaseBusy, DatabaseUnavailable
from counter_app.services.payments.dto import PaymentRequest
from counter_app.services.payments.taking import PaymentService
from counter_app.services.status import StatusService


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    return open_desk(db, clock)


@pytest.fixture
def pg_desk(pg_schema: Any, clock: FixedClock) -> Iterator[Desk]:
    """A desk on PostgreSQL only, for what only a server does (connect, lock timeouts)."""
    desk = open_desk(pg_schema.fresh(), clock)
    yield desk
    desk.db.dispose()


def _lost_reply(db: Database) -> BaseException:
    """What the driver raises when the connection breaks under it."""
    if db.is_sqlite:
        return sqlite3.OperationalError("disk I/O error")
    return psycopg.OperationalError("server closed the connection unexpectedly")


def _break_the_commit(
    db: Database, monkeypatch: pytest.MonkeyPatch, *, server_committed: bool
) -> None:
    """The next COMMIT of a unit of work loses its connection: after the server committed
    (the reply is what got lost) or before the server got it (it rolls back)."""
    dialect = db.engine.dialect
    real_commit: Callable[[Any], None] = dialect.do_commit

    def commit_and_lose_the_reply(dbapi_connection: Any) -> None:
        monkeypatch.setattr(dialect, "do_commit", real_commit)  # only this once
        if server_committed:
            real_commit(dbapi_connection)
        else:
            dbapi_connection.rollback()
        raise _lost_reply(db)

    monkeypatch.setattr(dialect, "do_commit", commit_and_lose_the_reply)


def _payment(desk: Desk) -> PaymentRequest:
    account_id, _number = new_account(desk.db)
    add_bill(desk.db, account_id, "2026-10", "73.08", date(2026, 12, 20))
    return PaymentRequest(account_id=account_id, **cash("73.08"))


def test_a_payment_whose_commit_reply_was_lost_is_found_by_its_key(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _payment(desk)
    _break_the_commit(desk.db, monkeypatch, server_committed=True)
    with pytest.raises(CommitUncertain):
        desk.payments.take_payment(request)
    # "Did it go through?" — yes, with its receipt, and a retry does not pay twice.
    found = desk.payments.payment_for_key(request.idempotency_key)
    assert found is not None
    assert found.receipt_no == "H01-2026-00000001"
    assert found.amount == request.amount
    assert found.receipt.receipt_no == found.receipt_no
    again = desk.payments.take_payment(request)
    assert again.replayed
    assert again.payment_id == found.payment_id
    assert count_payments(desk.db) == 1
    desk.check()


def test_a_payment_cut_before_the_server_committed_is_not_found_and_pays_once_on_retry(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _payment(desk)
    _break_the_commit(desk.db, monkeypatch, server_committed=False)
    with pytest.raises(CommitUncertain):
        desk.payments.take_payment(request)
    assert desk.payments.payment_for_key(request.idempotency_key) is None
    assert count_payments(desk.db) == 0
    result = desk.payments.take_payment(request)
    assert not result.replayed
    assert result.receipt_no == "H01-2026-00000001"  # the lost attempt gave its number back
    assert count_payments(desk.db) == 1
    desk.check()


def test_a_failure_before_the_commit_is_plainly_unavailable(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lost while the statements ran: the server rolls back, so nothing is uncertain."""
    request = _payment(desk)
    db = desk.db

    def lose_the_connection(*_args: Any) -> None:
        raise _lost_reply(db)

    monkeypatch.setattr(db.engine.dialect, "do_execute", lose_the_connection)
    with pytest.raises(DatabaseUnavailable) as raised:
        desk.payments.take_payment(request)
    assert not isinstance(raised.value, CommitUncertain)
    monkeypatch.undo()
    assert desk.payments.payment_for_key(request.idempotency_key) is None
    assert count_payments(db) == 0


@pytest.mark.postgres
def test_a_server_that_refuses_connections_is_unavailable_not_uncertain(
    pg_desk: Desk,
) -> None:
    desk = pg_desk
    gone = Database("postgresql+psycopg://127.0.0.1:1/test")
    with pytest.raises(DatabaseUnavailable) as raised:
        PaymentService(gone, desk.clock, desk.clerk).take_payment(_payment(desk))
    assert not isinstance(raised.value, CommitUncertain)
    with pytest.raises(DatabaseUnavailable):
        StatusService(gone, desk.clock, desk.clerk).ping()
    gone.dispose()


def test_ping_answers_when_the_database_does(desk: Desk) -> None:
    StatusService(desk.db, desk.clock, desk.clerk).ping()


@pytest.mark.postgres
def test_pg_connections_keep_the_url_search_path_and_get_the_timeouts(
    pg_schema: Any,
) -> None:
    db = pg_schema.fresh()
    with db.read() as s:
        assert s.execute(text("SHOW lock_timeout")).scalar_one() == "20s"
        assert s.execute(text("SHOW idle_in_transaction_session_timeout")).scalar_one() == "1min"
        assert s.execute(text("SELECT current_schema()")).scalar_one() == pg_schema.schema
    db.dispose()


@pytest.mark.postgres
def test_a_record_locked_too_long_by_another_counter_is_refused_as_busy(
    pg_desk: Desk,
) -> None:
    desk = pg_desk
    request = _payment(desk)
    other = create_engine(desk.db.url)
    with other.connect() as conn:
        # Another counter holds the account locked; this one waits (shortened here) and is
        # refused instead of waiting without end.
        conn.execute(
            text("SELECT id FROM accounts WHERE id = :a FOR UPDATE"), {"a": request.account_id}
        )
        with pytest.raises(DatabaseBusy):
            _lock_account(desk.db, request.account_id, wait="200ms")
        conn.rollback()
    other.dispose()


def _lock_account(db: Database, account_id: int, *, wait: str) -> None:
    with db.write() as s:
        s.execute(text(f"SET LOCAL lock_timeout = '{wait}'"))
        s.execute(text("SELECT id FROM accounts WHERE id = :a FOR UPDATE"), {"a": account_id})
