"""Rotating the data key (docs/domain.md §11): the customers' keys are re-wrapped and the
blind indexes rebuilt in one transaction, the key file replaced and the old key kept."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from people import open_gas_account, resident_id
from sealed import clear_of
from sqlalchemy import select

from counter_app.__main__ import main
from counter_app.config import load_config
from counter_app.context import open_database
from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, CustomerKey
from counter_app.domain.clock import FixedClock
from counter_app.domain.identity import IdType
from counter_app.services import personal_data
from counter_app.services.accounts_dto import NewIndividual
from counter_app.services.audit import verify_chain
from counter_app.services.auth import AuthService
from counter_app.services.data_key import ENV_DATA_KEY, DataKeyError, load_data_key
from counter_app.services.data_key_rotation import DataKeyService
from counter_app.services.demo import DEMO_PASSWORD, seed_demo
from counter_app.services.search import search
from counter_app.services.search_dto import MatchKind

ID_NUMBER = resident_id("33010519790823411")
PHONE = "13867112233"


@pytest.fixture
def counter_pc(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A counter PC whose data key is its data directory's file, not the environment's."""
    monkeypatch.delenv(ENV_DATA_KEY)
    return tmp_path / "counter-pc"


def _opened(db: Database, data_dir: Path) -> Database:
    return open_database(load_config(data_dir, db.url))


def _customer(db: Database, clock: FixedClock) -> int:
    clerk = AuthService(db, clock).sign_in("G1001", DEMO_PASSWORD, 1)
    return open_gas_account(
        db,
        clock,
        clerk,
        NewIndividual(
            name="吕方",
            id_type=IdType.RESIDENT_ID,
            id_number=ID_NUMBER,
            phone=PHONE,
            address="拱墅区湖墅南路5号",
        ),
        supply_address="拱墅区湖墅南路5号3室",
        meter="GM7900000001",
    ).customer_id


def _found(db: Database, query: str) -> set[tuple[int, MatchKind]]:
    with db.read() as s:
        return {(r.customer_id, r.match) for r in search(s, query).rows}


def test_rotation_rewraps_every_key_and_the_counter_starts_with_the_new_one(
    db: Database, clock: FixedClock, counter_pc: Path
) -> None:
    opened = _opened(db, counter_pc)
    seed_demo(opened, clock, customers=6)
    customer_id = _customer(opened, clock)
    before = clear_of(opened, customer_id)
    old = personal_data.data_key_of(opened)
    assert old is not None

    admin = AuthService(opened, clock).sign_in("S0001", DEMO_PASSWORD)
    done = DataKeyService(opened, clock, admin).rotate(origin={"os_user": "it", "host": "pc1"})

    assert done.old_key_id == old.key_id != done.new_key_id
    assert done.customers >= 7
    assert done.key_path == counter_pc / "data.key"
    assert done.old_key_path.read_text().strip() == old.secret.hex()
    if os.name == "posix":
        for kept in (done.key_path, done.old_key_path):
            assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not (counter_pc / "data.key.new").exists()
    new = load_data_key(counter_pc, create=False)
    assert new is not None
    assert new.key_id == done.new_key_id
    # Same values, found as before, in this process and after a restart.
    assert clear_of(opened, customer_id) == before
    assert _found(opened, ID_NUMBER) == {(customer_id, MatchKind.ID_NUMBER)}
    opened.dispose()
    again = _opened(db, counter_pc)
    try:
        assert clear_of(again, customer_id) == before
        assert _found(again, PHONE) == {(customer_id, MatchKind.PHONE)}
        assert (customer_id, MatchKind.PHONE_LAST4) in _found(again, PHONE[-4:])
        with again.read() as s:
            assert set(s.execute(select(CustomerKey.key_id)).scalars()) == {done.new_key_id}
            entry = s.execute(select(AuditEntry).where(AuditEntry.action == "rotate")).scalar_one()
            assert entry.entity_id == done.new_key_id
            assert entry.user_id == admin.user_id
            assert entry.before == {"key_id": old.key_id}
            assert old.secret.hex() not in str(entry.after)
            assert verify_chain(s).ok
    finally:
        again.dispose()
    # The old key no longer opens the database.
    (counter_pc / "data.key").write_text(old.secret.hex() + "\n")
    with pytest.raises(DataKeyError) as refused:
        _opened(db, counter_pc)
    assert refused.value.code == "data.key_mismatch"


def test_the_command_needs_an_administrator_and_refuses_a_supplied_key(
    db: Database, clock: FixedClock, counter_pc: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _opened(db, counter_pc)
    seed_demo(opened, clock, customers=3)
    opened.dispose()
    before = (counter_pc / "data.key").read_text()
    args = ["--data-dir", str(counter_pc), "--db", db.url, "rotate-data-key", "--password-stdin"]

    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    assert main([*args, "--user", "G1001"]) != 0  # a clerk
    assert (counter_pc / "data.key").read_text() == before

    monkeypatch.setenv(ENV_DATA_KEY, before.strip())
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    assert main([*args, "--user", "S0001"]) != 0  # the IT department's key
    assert (counter_pc / "data.key").read_text() == before

    monkeypatch.delenv(ENV_DATA_KEY)
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    assert main([*args, "--user", "S0001"]) == 0
    assert (counter_pc / "data.key").read_text() != before
