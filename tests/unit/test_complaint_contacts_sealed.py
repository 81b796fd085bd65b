"""A complaint's contact phone and emergency contact at rest (docs/domain.md §11): sealed with
the complaint's own key, never in clear in the database (raw file bytes on SQLite, every text,
JSON and bytea column on PostgreSQL), while the repeat check and the lookup by phone still find
them through the blind index; migration 0012 seals what was stored before it; an erasure and a
key rotation reach them too."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from complaint_cases import complaints_as, intake
from raw_scan import found_anywhere
from request_cases import Counter, open_counter
from rights_cases import PHONE as CUSTOMER_PHONE
from rights_cases import served, settle
from sqlalchemy import bindparam, select, text

from counter_app.config import load_config
from counter_app.context import open_database
from counter_app.db.base import UtcDateTime
from counter_app.db.engine import Database
from counter_app.db.migrate import alembic_config, current_revision, head_revision
from counter_app.db.models import Complaint, ComplaintKey, CustomerKey, User
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import ComplaintCategory, ComplaintChannel, MilestoneKind
from counter_app.services import personal_data
from counter_app.services.audit import verify_chain
from counter_app.services.auth import AuthService
from counter_app.services.customer_rights import CustomerRightsService
from counter_app.services.data_key import ENV_DATA_KEY
from counter_app.services.data_key_rotation import DataKeyService
from counter_app.services.demo import DEMO_PASSWORD, seed_demo

LANDLINE = "057187654321"  # typed as 0571-8765 4321
MOBILE = "13698765432"
EMERGENCY = "葛云帆 13733335555"


def _migrate(db: Database, revision: str, *, down: bool = False) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _written_back(db: Database) -> Database:
    """On SQLite, the write-ahead log written back into the file (as a counter closing does),
    so the scan reads what the file keeps, not frames the next checkpoint overwrites."""
    if db.sqlite_path is not None:
        db.dispose()
        raw = sqlite3.connect(db.sqlite_path)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    return db


def _in_clear(db: Database, values: list[str]) -> dict[str, list[str]]:
    return {v: where for v in values if (where := found_anywhere(_written_back(db), v))}


def _key_ids(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.execute(select(ComplaintKey.key_id)).scalars())


# ----------------------------------------------------------------------------- at rest


def test_a_complaint_s_phone_and_emergency_contact_are_sealed_and_still_found(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    first = service.accept(
        intake(contact_phone="0571-8765 4321", emergency_contact=EMERGENCY)
    ).detail
    other = service.accept(
        intake(contact_phone=MOBILE, category=ComplaintCategory.PRICE, content="水费单价有疑问。")
    ).detail

    # Nothing of them in clear anywhere: the complaint, its audit entries, the key table.
    assert _in_clear(demo_db, [LANDLINE, MOBILE, EMERGENCY, EMERGENCY.split()[1]]) == {}
    with demo_db.read() as s:
        row = s.get_one(Complaint, first.row.complaint_id)
        assert row.contact_phone_enc is not None
        assert LANDLINE.encode() not in row.contact_phone_enc
        assert s.get(ComplaintKey, row.id) is not None

    # What the counter shows and reveals opens from the seal.
    assert first.contact_phone == "057*****4321"
    assert first.emergency_contact == EMERGENCY
    assert service.reveal_phone(first.row.complaint_id) == LANDLINE
    # The lookup at the counter, by the phone in any accepted form.
    for typed in (LANDLINE, "0571-87654321", "（0571）8765 4321"):
        assert [r.number for r in service.lookup(typed)] == [first.row.number], typed
    assert [r.number for r in service.lookup(MOBILE)] == [other.row.number]
    assert service.lookup("13600000000") == ()
    # The repeat check: the same phone and category within the window.
    again = service.accept(intake(contact_phone="057187654321", content="第二次反映态度问题。"))
    assert (again.detail.row.is_repeat, again.detail.repeat_of_number) == (
        True,
        first.row.number,
    )
    elsewhere = service.accept(
        intake(contact_phone="057187654321", category=ComplaintCategory.SUPPLY)
    )
    assert not elsewhere.detail.row.is_repeat
    assert _in_clear(demo_db, [LANDLINE, EMERGENCY]) == {}


def test_a_complaint_s_seal_does_not_open_as_another_complaint_s(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    a = service.accept(intake(contact_phone=MOBILE)).detail.row.complaint_id
    b = service.accept(
        intake(contact_phone=LANDLINE, category=ComplaintCategory.PRICE)
    ).detail.row.complaint_id
    with demo_db.write() as s:
        moved = s.get_one(Complaint, a).contact_phone_enc
        s.get_one(Complaint, b).contact_phone_enc = moved
    with pytest.raises(personal_data.DataKeyError) as broken:
        service.get(b)
    assert broken.value.code == "data.key_mismatch"


def test_a_database_whose_only_sealed_data_is_complaints_still_names_its_key(
    demo_db: Database, clock: FixedClock
) -> None:
    complaints_as(demo_db, clock, "G1001").accept(intake())
    key = personal_data.data_key_of(demo_db)
    assert key is not None
    with demo_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM customer_keys"))
        assert personal_data.stored_key_id(conn) == key.key_id  # from complaint_keys


# ----------------------------------------------------------------------------- migration 0012


def test_migration_0012_seals_the_complaints_stored_in_clear(
    demo_db: Database, clock: FixedClock
) -> None:
    service = complaints_as(demo_db, clock, "G1001")
    made = service.accept(intake(contact_phone=MOBILE, emergency_contact=EMERGENCY)).detail
    _migrate(demo_db, "0011", down=True)  # the schema before 0012, its phones in clear again
    with demo_db.read() as s:
        user_id, hall_id = s.execute(
            select(User.id, User.hall_id).where(User.employee_no == "G1001")
        ).one()
    received = clock.now() - timedelta(days=3)
    with demo_db.engine.begin() as conn:  # a complaint as the code before 0012 wrote it
        conn.execute(
            text(
                "INSERT INTO complaints (number, hall_id, complainant_name, contact_phone, "
                "received_at, channel, category, severity, content, emergency_contact, status, "
                "owner_id, accepted_by, is_repeat, is_appeal) VALUES ('TS-H01-20261120-901', "
                ":hall, '邵明远', :phone, :at, 'phone', 'quality', 'general', '水压不足。', "
                ":emergency, 'open', :user, :user, :no, :no)"
            ).bindparams(bindparam("at", type_=UtcDateTime())),
            {
                "hall": hall_id,
                "phone": LANDLINE,
                "at": received,
                "emergency": "邵母 13744446666",
                "user": user_id,
                "no": False,
            },
        )
        conn.execute(
            text(
                "INSERT INTO complaint_milestones (complaint_id, round, kind, due_at) "
                "SELECT id, 1, :kind, :due FROM complaints WHERE number = 'TS-H01-20261120-901'"
            ).bindparams(bindparam("due", type_=UtcDateTime())),
            [
                {"kind": kind.value, "due": received + timedelta(days=n)}
                for n, kind in enumerate(MilestoneKind, start=5)
            ],
        )
        clear = list(
            conn.execute(text("SELECT contact_phone FROM complaints WHERE contact_phone <> ''"))
            .scalars()
            .all()
        )
    assert {MOBILE, LANDLINE} <= set(clear)
    assert _in_clear(demo_db, [MOBILE, LANDLINE])  # the scan sees them while they are clear

    _migrate(demo_db, "heads")

    assert current_revision(demo_db) == head_revision()
    values = [*sorted(set(clear)), EMERGENCY, "13744446666"]
    assert _in_clear(demo_db, values) == {}
    if demo_db.sqlite_path is not None:  # nor left in free space, once the file is rebuilt
        raw = sqlite3.connect(demo_db.sqlite_path)
        try:
            raw.execute("VACUUM")
        finally:
            raw.close()
        assert _in_clear(demo_db, values) == {}
    with demo_db.read() as s:
        total = s.execute(select(Complaint.id)).scalars().all()
        assert sorted(s.execute(select(ComplaintKey.complaint_id)).scalars()) == sorted(total)
        assert verify_chain(s).ok
    # Read, revealed, looked up and repeated as before.
    detail = service.get(made.row.complaint_id)
    assert (detail.contact_phone, detail.emergency_contact) == ("136****5432", EMERGENCY)
    assert service.reveal_phone(made.row.complaint_id) == MOBILE
    (old,) = service.lookup("0571-87654321")
    assert (old.number, old.phone_masked) == ("TS-H01-20261120-901", "057*****4321")
    assert service.get(old.complaint_id).emergency_contact == "邵母 13744446666"
    repeat = service.accept(
        intake(
            contact_phone=LANDLINE,
            channel=ComplaintChannel.PHONE,
            category=ComplaintCategory.QUALITY,
        )
    ).detail
    assert (repeat.row.is_repeat, repeat.repeat_of_number) == (True, "TS-H01-20261120-901")


def test_migration_0012_refuses_to_run_without_the_data_key(
    demo_db: Database, clock: FixedClock
) -> None:
    complaints_as(demo_db, clock, "G1001").accept(intake(contact_phone=MOBILE))
    _migrate(demo_db, "0011", down=True)
    fresh = Database(demo_db.url)  # another engine: no key registered for it
    try:
        cfg = alembic_config()
        with fresh.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            with pytest.raises(RuntimeError, match="needs the data key"):
                command.upgrade(cfg, "heads")
            conn.rollback()
        with fresh.engine.connect() as conn:
            assert MOBILE in conn.execute(text("SELECT contact_phone FROM complaints")).scalars()
    finally:
        fresh.dispose()
        _migrate(demo_db, "heads")  # the session's PostgreSQL schema serves the next tests


# ----------------------------------------------------------------------------- erasure, rotation


def test_an_erasure_shreds_the_complaints_naming_the_customer_and_no_other(
    db: Database, clock: FixedClock
) -> None:
    hall: Counter = open_counter(db, clock)
    story = served(hall)
    settle(hall, story)
    stranger = complaints_as(db, clock, "G1001").accept(intake(contact_phone=MOBILE)).detail
    with db.read() as s:
        named = s.get_one(Complaint, story.complaint_id)
        assert personal_data.complaint_contact(s, named).phone == CUSTOMER_PHONE

    CustomerRightsService(db, clock, hall.manager).delete_on_request(
        story.customer_id, "客户到柜台书面申请删除，已核验身份证件"
    )

    with db.read() as s:
        named = s.get_one(Complaint, story.complaint_id)
        assert s.get(ComplaintKey, named.id) is None
        assert (named.contact_phone_enc, named.contact_phone_bidx) == (None, None)
        assert personal_data.complaint_contact(s, named) == personal_data.ComplaintContact("", None)
        assert s.get(ComplaintKey, stranger.row.complaint_id) is not None
    service = complaints_as(db, clock, "G1001")
    assert service.lookup(CUSTOMER_PHONE) == ()
    assert [r.number for r in service.lookup(MOBILE)] == [stranger.row.number]
    assert _in_clear(db, [CUSTOMER_PHONE, MOBILE]) == {}


def test_a_key_rotation_rewraps_the_complaints_keys_and_their_phones_are_still_found(
    db: Database, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATA_KEY)
    counter_pc = tmp_path / "counter-pc"
    opened = open_database(load_config(counter_pc, db.url))
    try:
        seed_demo(opened, clock, customers=6)
        service = complaints_as(opened, clock, "G1001")
        made = service.accept(intake(contact_phone=LANDLINE, emergency_contact=EMERGENCY)).detail
        admin = AuthService(opened, clock).sign_in("S0001", DEMO_PASSWORD)
        done = DataKeyService(opened, clock, admin).rotate()
        assert _key_ids(opened) == {done.new_key_id}
        with opened.read() as s:
            assert set(s.execute(select(CustomerKey.key_id)).scalars()) == {done.new_key_id}
    finally:
        opened.dispose()
    again = open_database(load_config(counter_pc, db.url))
    try:
        service = complaints_as(again, clock, "G1001")
        assert [r.number for r in service.lookup(LANDLINE)] == [made.row.number]
        assert service.get(made.row.complaint_id).emergency_contact == EMERGENCY
        repeat = service.accept(intake(contact_phone=LANDLINE)).detail
        assert repeat.repeat_of_number == made.row.number
    finally:
        again.dispose()
