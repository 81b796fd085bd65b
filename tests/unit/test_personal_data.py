"""Personal data at rest (docs/domain.md §11): what the database holds of a customer's ID number
and mobile, how they are still found, shredded, and refused in clear — on both backends."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from people import open_gas_account, resident_id, sign_in
from sealed import clear_of
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError
from tampering import keyed

from counter_app.config import load_config
from counter_app.context import open_database
from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import alembic_config, current_revision, head_revision
from counter_app.db.models import AuditEntry, Customer, CustomerKey
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import CustomerKind
from counter_app.domain.identity import IdType
from counter_app.services import audit, personal_data
from counter_app.services.accounts_dto import NewIndividual
from counter_app.services.audit import verify_chain
from counter_app.services.audit_key import ENV_AUDIT_KEY
from counter_app.services.customers import CustomerService
from counter_app.services.customers_dto import CustomerChanges
from counter_app.services.data_key import ENV_DATA_KEY, DataKey, DataKeyError
from counter_app.services.search import search
from counter_app.services.search_dto import MatchKind

ID_NUMBER = resident_id("33010219880214651")
PHONE = "13957165432"
EMERGENCY = "林大海 13900007777"


def _open_for_new_customer(db: Database, clock: FixedClock) -> int:
    """A new individual opens a gas account at the counter; returns the customer's id."""
    clerk = sign_in(db, clock, "G1001")
    result = open_gas_account(
        db,
        clock,
        clerk,
        NewIndividual(
            name="孔令仪",
            id_type=IdType.RESIDENT_ID,
            id_number=ID_NUMBER,
            phone=PHONE,
            address="西湖区保俶路77号",
            emergency_contact_name="林大海",
            emergency_contact_phone="13900007777",
        ),
        supply_address="西湖区保俶路77号2幢301室",
        meter="GM7700000001",
        documents=("身份证原件",),
    )
    return result.customer_id


def _found(db: Database, query: str) -> set[tuple[int, MatchKind]]:
    with db.read() as s:
        return {(r.customer_id, r.match) for r in search(s, query).rows}


def _held_in_clear(db: Database, values: list[str]) -> list[str]:
    """Where any of ``values`` is stored as it is: the SQLite file's bytes (after the WAL is
    written back), or every text and bytea column of every PostgreSQL table."""
    if db.sqlite_path is not None:
        db.dispose()  # no pooled connection keeps a snapshot from the checkpoint
        raw = sqlite3.connect(db.sqlite_path)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        files = [db.sqlite_path, db.sqlite_path.with_name(db.sqlite_path.name + "-wal")]
        data = b"".join(f.read_bytes() for f in files if f.exists())
        return [v for v in values if v.encode("utf-8") in data]
    found: list[str] = []
    with db.engine.connect() as conn:
        columns = conn.execute(
            text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND data_type IN "
                "('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')"
            )
        ).all()
        assert columns
        for table, column, kind in columns:
            holds = (
                f"position(convert_to(:v, 'UTF8') in \"{column}\") > 0"
                if kind == "bytea"
                else f"\"{column}\"::text LIKE '%' || :v || '%'"
            )
            for v in values:
                hit = conn.execute(
                    text(f'SELECT 1 FROM "{table}" WHERE {holds} LIMIT 1'), {"v": v}
                ).first()
                if hit is not None:
                    found.append(f"{table}.{column}: {v}")
    return found


# ----------------------------------------------------------------------------- at rest


def test_the_database_holds_no_id_number_or_mobile_and_search_still_finds_them(
    demo_db: Database, clock: FixedClock
) -> None:
    customer_id = _open_for_new_customer(demo_db, clock)
    # A correction leaves its before and after in the audit trail, sealed like the record.
    clerk = sign_in(demo_db, clock, "G1001")
    CustomerService(demo_db, clock, clerk).update_customer(
        customer_id, CustomerChanges(phone="13957165433"), "客户更换手机号"
    )
    CustomerService(demo_db, clock, clerk).update_customer(
        customer_id, CustomerChanges(phone=PHONE), "换回原号"
    )

    assert _found(demo_db, ID_NUMBER) == {(customer_id, MatchKind.ID_NUMBER)}
    assert _found(demo_db, ID_NUMBER.lower()) == {(customer_id, MatchKind.ID_NUMBER)}
    assert _found(demo_db, f"+86 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}") == {
        (customer_id, MatchKind.PHONE)
    }
    assert (customer_id, MatchKind.PHONE_LAST4) in _found(demo_db, PHONE[-4:])
    assert clear_of(demo_db, customer_id)["emergency_contact"] == EMERGENCY

    assert _held_in_clear(demo_db, [ID_NUMBER, PHONE, "13957165433", "13900007777"]) == []
    with demo_db.read() as s:
        customer = s.get_one(Customer, customer_id)
        assert customer.legacy_id_number is None
        assert customer.legacy_phone is None
        assert customer.legacy_emergency_contact is None
        assert verify_chain(s).ok


def test_a_mobile_s_last_4_digits_find_every_customer_with_them(
    demo_db: Database, clock: FixedClock
) -> None:
    clerk = sign_in(demo_db, clock, "G1001")
    ids = [
        open_gas_account(
            demo_db,
            clock,
            clerk,
            NewIndividual(
                name=name,
                id_type=IdType.RESIDENT_ID,
                id_number=resident_id(f"3301021990030{n}123"),
                phone=f"13{n}0000{8642:04d}",
                address="上城区解放路9号",
            ),
            supply_address=f"上城区解放路9号{n}室",
            meter=f"GM78000000{n:02d}",
        ).customer_id
        for n, name in ((5, "郑一"), (6, "郑二"), (7, "郑三"))
    ]
    found = _found(demo_db, "8642")
    assert {cid for cid, kind in found if kind is MatchKind.PHONE_LAST4} >= set(ids)
    assert _found(demo_db, "864") & {(i, MatchKind.PHONE_LAST4) for i in ids} == set()


def test_the_database_refuses_personal_data_in_clear(demo_db: Database, clock: FixedClock) -> None:
    customer_id = _open_for_new_customer(demo_db, clock)
    for column in ("id_number", "phone", "emergency_contact"):
        with pytest.raises(DBAPIError), demo_db.write() as s:
            s.execute(
                text(f"UPDATE customers SET {column} = '13800000000' WHERE id = :id"),
                {"id": customer_id},
            )
    assert clear_of(demo_db, customer_id)["phone"] == PHONE


def test_a_sealed_value_moved_to_another_customer_or_field_is_refused(
    demo_db: Database, clock: FixedClock
) -> None:
    customer_id = _open_for_new_customer(demo_db, clock)
    with demo_db.read() as s:
        other_id = s.execute(
            select(Customer.id).where(Customer.id != customer_id, Customer.phone_enc.is_not(None))
        ).scalar()
    with demo_db.write() as s:
        sealed = s.get_one(Customer, customer_id).phone_enc
        s.get_one(Customer, other_id).phone_enc = sealed
        s.get_one(Customer, customer_id).id_number_enc = sealed
    for cid in (other_id, customer_id):
        with pytest.raises(DataKeyError) as refused, demo_db.read() as s:
            personal_data.reveal(s, s.get_one(Customer, cid))
        assert refused.value.code == "data.key_mismatch"


# ----------------------------------------------------------------------------- shredding


def test_shredding_leaves_nothing_readable_and_the_chain_still_verifies(
    demo_db: Database, clock: FixedClock
) -> None:
    keyed(demo_db)
    customer_id = _open_for_new_customer(demo_db, clock)
    with demo_db.write() as s:
        personal_data.shred(s, customer_id)
        personal_data.shred(s, customer_id)  # twice changes nothing
    clear = clear_of(demo_db, customer_id)
    assert (clear["id_number"], clear["phone"], clear["emergency_contact"]) == (None,) * 3
    assert _found(demo_db, ID_NUMBER) == set()
    assert _found(demo_db, PHONE) == set()
    with demo_db.read() as s:
        assert personal_data.is_shredded(s, customer_id)
        entry = s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "customer",
                AuditEntry.entity_id == str(customer_id),
                AuditEntry.action == "create",
            )
        ).scalar_one()
        opened = personal_data.open_audit_values(s, customer_id, entry.after)
        assert (opened["id_number"], opened["phone"], opened["name"]) == (None, None, None)
        assert opened["kind"] == "individual"
        assert verify_chain(s).ok
    assert _held_in_clear(demo_db, [ID_NUMBER, PHONE]) == []


# ----------------------------------------------------------------------------- the data key


def _config_for(db: Database, data_dir: Path):
    return load_config(data_dir, db.url)


def test_a_missing_or_other_data_key_stops_the_start(
    db: Database, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config_for(db, tmp_path / "counter-pc")
    opened = open_database(config)
    with opened.write() as s:
        customer = Customer(
            kind=CustomerKind.INDIVIDUAL, name="韩梅", address="", created_at=clock.now()
        )
        s.add(customer)
        s.flush()
        personal_data.store(s, customer, {"phone": PHONE})
    opened.dispose()

    monkeypatch.setenv(ENV_DATA_KEY, "ab" * 32)
    with pytest.raises(DataKeyError) as other:
        open_database(config)
    assert other.value.code == "data.key_mismatch"
    assert other.value.params["stored_key_id"] != other.value.params["key_id"]

    monkeypatch.delenv(ENV_DATA_KEY)
    with pytest.raises(DataKeyError) as missing:
        open_database(config)  # a database with sealed data gets no new key made for it
    assert missing.value.code == "data.key_missing"
    assert not (config.data_dir / "data.key").exists()

    from counter_app.__main__ import main

    assert main(["--data-dir", str(config.data_dir), "--db", db.url, "init-db"]) != 0


def test_a_new_database_gets_a_key_file_made_at_its_first_start(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATA_KEY)
    config = _config_for(db, tmp_path / "counter-pc")
    opened = open_database(config)
    key = personal_data.data_key_of(opened)
    assert key is not None
    assert key.source == str(config.data_dir / "data.key")
    opened.dispose()


# ----------------------------------------------------------------------------- migration 0011


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def bare_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database with no schema, to bring to revision 0010 by hand."""
    if request.param == "sqlite":
        database = Database(sqlite_url(tmp_path / "before-0011.sqlite3"))
        yield database
        database.dispose()
        return
    session_schema = request.getfixturevalue("pg_schema")
    schema = f"counter_pii_{uuid.uuid4().hex[:10]}"
    admin = create_engine(session_schema.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    database = Database(session_schema.url.replace(session_schema.schema, schema))
    yield database
    database.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_an_existing_database_is_sealed_in_place_and_its_audit_trail_still_verifies(
    bare_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
    at = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
    people = [
        (n, resident_id(f"33010619750101{n:03d}"), f"1365710{n:04d}", f"家属{n} 1390000{n:04d}")
        for n in range(1, 31)
    ]
    with bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, kind, name, id_type, id_number, phone, address, "
                "emergency_contact, created_at) VALUES (:id, 'individual', :name, "
                "'resident_id', :id_number, :phone, '上城区', :emergency, :at)"
            ),
            [
                {"id": n, "name": f"旧户{n}", "id_number": i, "phone": p, "emergency": e, "at": at}
                for n, i, p, e in people
            ],
        )
    audit_key = keyed(bare_db)
    with bare_db.write() as s:
        audit.record(s, at=at, user_id=None, counter_id=None, action="x", entity="database")

    monkeypatch.setenv(ENV_AUDIT_KEY, audit_key.secret.hex())  # the counter's audit key
    config = load_config(tmp_path / "counter-pc", bare_db.url)
    migrated = open_database(config)  # loads the data key, then upgrades: 0011 seals them
    try:
        assert current_revision(migrated) == head_revision()
        for n, id_number, phone, emergency in people[::7]:
            assert _found(migrated, id_number) == {(n, MatchKind.ID_NUMBER)}
            assert _found(migrated, phone) == {(n, MatchKind.PHONE)}
            assert (n, MatchKind.PHONE_LAST4) in _found(migrated, phone[-4:])
            assert clear_of(migrated, n)["emergency_contact"] == emergency
        with migrated.read() as s:
            assert s.execute(select(CustomerKey.customer_id)).scalars().all() == list(range(1, 31))
            assert verify_chain(s).ok
        values = [v for _, i, p, e in people for v in (i, p, e.split()[1])]
        assert _held_in_clear(migrated, values) == []
        if migrated.sqlite_path is not None:
            # Nor after the file is rebuilt: nothing of the clear values was left in free space.
            raw = sqlite3.connect(migrated.sqlite_path)
            try:
                raw.execute("VACUUM")
            finally:
                raw.close()
            assert _held_in_clear(migrated, values) == []
    finally:
        migrated.dispose()


def test_the_migration_refuses_to_run_without_the_data_key(bare_db: Database) -> None:
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
    with bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, kind, name, phone, address, created_at) "
                "VALUES (1, 'individual', '旧户', :phone, '', :at)"
            ),
            {"phone": PHONE, "at": datetime(2026, 11, 23, tzinfo=UTC)},
        )
    with bare_db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        with pytest.raises(RuntimeError, match="needs the data key"):
            command.upgrade(cfg, "heads")
        conn.rollback()
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT phone FROM customers")).scalar_one() == PHONE


def test_a_key_given_directly_is_checked_like_a_loaded_one(demo_db: Database) -> None:
    with pytest.raises(DataKeyError) as refused:
        personal_data.use_data_key(demo_db, DataKey(b"\x01" * 32, "elsewhere"))
    assert refused.value.code == "data.key_mismatch"
