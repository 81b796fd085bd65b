"""Backups and restores (docs/domain.md §11) on both backends: a backup, a wiped database and a
restore give back every row of every table and an audit trail that verifies; a truncated,
changed, foreign or wrong-key backup is refused before anything changes; a backup that fails
its proof is removed, never reported good; only an administrator backs up or restores."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from people import sign_in
from sqlalchemy import select, text
from tampering import tampering

from counter_app.db.base import Base
from counter_app.db.engine import Database
from counter_app.db.models import Hall, Setting
from counter_app.domain.clock import FixedClock
from counter_app.domain.errors import PermissionDenied
from counter_app.services import audit
from counter_app.services.backups import BackupService, archive, service
from counter_app.services.backups_dto import BackupError
from counter_app.services.base import Actor

OTHER_KEY = "a7" * 32


def all_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for name, table in sorted(Base.metadata.tables.items()):
            order = list(table.primary_key.columns) or list(table.columns)
            out[name] = [tuple(r) for r in s.execute(select(table).order_by(*order)).all()]
        out["alembic_version"] = [
            tuple(r) for r in s.execute(text("SELECT version_num FROM alembic_version")).all()
        ]
    return out


def wipe(db: Database, template: Path) -> None:
    """Lose every row: an SQLite file replaced by an empty one, PostgreSQL's tables emptied."""
    path = db.sqlite_path
    db.dispose()
    if path is not None:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, path)
        return
    names = ", ".join(f'"{t}"' for t in Base.metadata.tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def admin(demo_db: Database, clock: FixedClock) -> Actor:
    return sign_in(demo_db, clock, "S0001")


@pytest.fixture
def backups(demo_db: Database, clock: FixedClock, admin: Actor, tmp_path: Path) -> BackupService:
    return BackupService(demo_db, clock, admin, data_dir=tmp_path / "data")


def _without_newer_entries(
    rows: dict[str, list[tuple[Any, ...]]], last_entry: int
) -> dict[str, list[tuple[Any, ...]]]:
    kept = dict(rows)
    kept["audit_entries"] = [r for r in rows["audit_entries"] if r[0] <= last_entry]
    return kept


def test_backup_wipe_restore_gives_back_every_row_and_a_verifying_chain(
    demo_db: Database,
    backups: BackupService,
    tmp_path: Path,
    sqlite_template: Path,
    clock: FixedClock,
) -> None:
    # Text a dump could trip on: the schema's own name, a COPY end marker, quotes, a newline.
    schema = "main"
    if not demo_db.is_sqlite:
        with demo_db.read() as s:
            schema = s.execute(text("SELECT current_schema()")).scalar_one()
    tricky = f"{schema}.accounts \\.\n\\.\tpublic.gin_trgm_ops 'x' \"y\" $$ ; -- z"
    with demo_db.write() as s:
        s.add(Setting(key="test.tricky", value=tricky, updated_at=clock.now()))
        hall = s.execute(select(Hall).order_by(Hall.id).limit(1)).scalar_one()
        hall.address = tricky  # a plain text column: COPY writes its newline and backslashes
    before = all_rows(demo_db)
    last_entry = before["audit_entries"][-1][0]
    made = backups.backup(tmp_path / "hall.cbak")
    assert made.rows == sum(len(v) for v in before.values())
    assert made.tables == len(before)
    assert made.audit_head is not None
    assert made.audit_head.startswith(f"{last_entry}:")
    assert made.audit_intact
    # Encrypted: not one demo customer's name is in the file.
    data = Path(made.path).read_bytes()
    assert "王".encode() not in data
    assert b"SQLite format" not in data

    wipe(demo_db, sqlite_template)
    assert all_rows(demo_db)["customers"] == []
    restored = backups.restore(made.path)

    assert restored.rows == made.rows
    after = all_rows(demo_db)
    assert _without_newer_entries(after, last_entry) == before
    # The restore itself is the newest entry of the restored trail, and the chain verifies.
    newest = after["audit_entries"][-1]
    assert newest[0] > last_entry
    with demo_db.read() as s:
        check = audit.verify_chain(s, anchors=[audit.ChainAnchor.parse(made.audit_head)])
    assert check.ok, check


def test_a_truncated_backup_is_refused_and_the_data_is_untouched(
    demo_db: Database, backups: BackupService, tmp_path: Path
) -> None:
    made = Path(backups.backup(tmp_path / "hall.cbak").path)
    data = made.read_bytes()
    before = all_rows(demo_db)
    for cut in (len(data) - 1, len(data) // 2, 40):
        short = tmp_path / f"short-{cut}.cbak"
        short.write_bytes(data[:cut])
        with pytest.raises(BackupError) as refused:
            backups.restore(short)
        assert refused.value.code == "backup.truncated"
    assert _without_newer_entries(all_rows(demo_db), before["audit_entries"][-1][0]) == before


def test_a_changed_backup_is_refused(
    demo_db: Database, backups: BackupService, tmp_path: Path
) -> None:
    made = Path(backups.backup(tmp_path / "hall.cbak").path)
    data = bytearray(made.read_bytes())
    header_end = data.index(b"}") + 1
    for at in (header_end - 20, header_end + 100, len(data) - 5):
        changed = bytearray(data)
        changed[at] ^= 0x01
        bad = tmp_path / f"changed-{at}.cbak"
        bad.write_bytes(bytes(changed))
        with pytest.raises(BackupError) as refused:
            backups.restore(bad)
        assert refused.value.code in {"backup.damaged", "backup.foreign"}
    (tmp_path / "notes.txt").write_text("not a backup")
    with pytest.raises(BackupError) as other:
        backups.restore(tmp_path / "notes.txt")
    assert other.value.code == "backup.not_a_backup"


def test_a_backup_made_with_another_data_key_is_refused_as_wrong_key_or_foreign(
    demo_db: Database,
    backups: BackupService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
    sqlite_template: Path,
) -> None:
    made = Path(backups.backup(tmp_path / "hall.cbak").path)
    before = all_rows(demo_db)
    own = service.backup_key(tmp_path / "data").key_id

    # This database's backup, and this PC now holds another key: put back the right key.
    monkeypatch.setenv("COUNTER_DATA_KEY", OTHER_KEY)
    with pytest.raises(BackupError) as wrong:
        backups.restore(made)
    assert wrong.value.code == "backup.wrong_key"
    assert wrong.value.params["backup_key_id"] == own

    # Another company's database, made with its own key, offered to this one.
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other_db = Database(f"sqlite+pysqlite:///{other_dir / 'other.sqlite3'}")
    shutil.copyfile(sqlite_template, other_dir / "other.sqlite3")
    with other_db.write() as s:
        audit.record(s, at=clock.now(), user_id=None, counter_id=None, action="x", entity="other")
    foreign = service.make_backup(
        other_db, other_dir / "other.cbak", service.backup_key(other_dir), clock
    )
    other_db.dispose()
    monkeypatch.setenv("COUNTER_DATA_KEY", "5e" * 32)
    with pytest.raises(BackupError) as refused:
        backups.restore(foreign.path)
    assert refused.value.code in {"backup.foreign", "backup.backend"}
    if demo_db.is_sqlite:
        assert refused.value.code == "backup.foreign"
        assert refused.value.params["backup_key_id"] != own
    assert _without_newer_entries(all_rows(demo_db), before["audit_entries"][-1][0]) == before


def test_a_backup_whose_proof_fails_is_removed_and_reported_failed(
    demo_db: Database, backups: BackupService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = service._header

    def one_row_more(*args: Any) -> archive.Header:
        header = real(*args)
        header.rows["customers"] += 1  # what the header says, and the copy will not have
        return header

    monkeypatch.setattr(service, "_header", one_row_more)
    target = tmp_path / "hall.cbak"
    with pytest.raises(BackupError) as failed:
        backups.backup(target)
    assert failed.value.code == "backup.mismatch"
    assert failed.value.params["table"] == "customers"
    assert not target.exists()
    assert list(tmp_path.glob("*.cbak")) == []


def test_only_an_administrator_backs_up_or_restores(
    demo_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    for who in ("G1001", "M1001", "A1001"):
        actor = sign_in(demo_db, clock, who)
        other = BackupService(demo_db, clock, actor, data_dir=tmp_path)
        with pytest.raises(PermissionDenied):
            other.backup(tmp_path / "x.cbak")
        with pytest.raises(PermissionDenied):
            other.restore(tmp_path / "x.cbak")
    assert not (tmp_path / "x.cbak").exists()


def test_chunks_are_authenticated_in_order_and_the_last_one_is_marked(tmp_path: Path) -> None:
    """Three chunks: dropping the last whole chunk is caught as a cut, swapping two as a
    change."""

    key = b"k" * 32
    header = archive.Header(
        key_id="0" * 16,
        salt=archive.new_salt(),
        created_at=datetime(2026, 12, 1, tzinfo=UTC),
        backend="sqlite",
        schema_revision=(),
        rows={},
        audit={},
        database_id=None,
        company="",
        app_version="",
    )
    payload = bytes(range(256)) * (archive.CHUNK * 2 // 256 + 10)
    out = io.BytesIO()
    archive.write(out, header, key, io.BytesIO(payload))
    data = out.getvalue()
    path = tmp_path / "b.cbak"
    path.write_bytes(data)
    assert b"".join(archive.chunks(io.BytesIO(data), path, key)) == payload

    _, prefix = archive.read_header(io.BytesIO(data), path)
    pieces = []
    at = len(prefix)
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        pieces.append(data[at : at + 4 + length])
        at += 4 + length
    assert len(pieces) == 3
    cut = prefix + pieces[0] + pieces[1]
    with pytest.raises(BackupError) as truncated:
        list(archive.chunks(io.BytesIO(cut), path, key))
    assert truncated.value.code == "backup.truncated"
    swapped = prefix + pieces[1] + pieces[0] + pieces[2]
    with pytest.raises(BackupError) as changed:
        list(archive.chunks(io.BytesIO(swapped), path, key))
    assert changed.value.code == "backup.damaged"
    with pytest.raises(BackupError) as longer:
        list(archive.chunks(io.BytesIO(data + b"x"), path, key))
    assert longer.value.code == "backup.damaged"


def test_counters_write_while_the_backup_runs_and_the_backup_holds_the_moment_it_began(
    demo_db: Database,
    backups: BackupService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    """A counter's write lands while the backup streams: it is not in the backup, the
    backup's figures are those of the moment it began, and the proof holds."""
    real_write = service.archive.write
    written: list[int] = []

    def write_meanwhile(*args: Any) -> int:
        with demo_db.write() as s:  # another counter, through its own connection
            audit.record(
                s, at=clock.now(), user_id=None, counter_id=None, action="x", entity="meanwhile"
            )
        written.append(1)
        return real_write(*args)

    monkeypatch.setattr(service.archive, "write", write_meanwhile)
    before = all_rows(demo_db)
    made = backups.backup(tmp_path / "hall.cbak")
    assert written == [1]
    assert made.rows == sum(len(v) for v in before.values())
    with demo_db.read() as s:
        live = s.execute(text("SELECT count(*) FROM audit_entries")).scalar_one()
    # The write and the backup's own entry are in the live trail, not in the backup.
    assert live == len(before["audit_entries"]) + 2


def test_a_trail_broken_before_the_backup_is_backed_up_as_found_and_never_restored(
    demo_db: Database, backups: BackupService, tmp_path: Path
) -> None:
    """An attacker rewrote an audit entry behind the application's back: the backup is still
    made (it is evidence) and says the trail did not verify; restoring it is refused."""
    with tampering(demo_db) as conn:
        conn.execute(text("UPDATE audit_entries SET action = 'forged' WHERE id = 3"))
    made = backups.backup(tmp_path / "hall.cbak")
    assert not made.audit_intact
    before = all_rows(demo_db)
    with pytest.raises(BackupError) as refused:
        backups.restore(made.path)
    assert refused.value.code == "backup.audit_broken"
    assert refused.value.params["entry"] == 3
    assert all_rows(demo_db) == before


def test_a_backup_of_a_newer_schema_or_the_other_backend_is_refused(
    demo_db: Database, backups: BackupService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = service._header

    def newer(*args: Any) -> archive.Header:
        header = real(*args)
        return dataclasses.replace(header, schema_revision=("9999",))

    monkeypatch.setattr(service, "_header", newer)
    made = Path(backups.backup(tmp_path / "newer.cbak").path)
    monkeypatch.setattr(service, "_header", real)
    before = all_rows(demo_db)
    with pytest.raises(BackupError) as refused:
        backups.restore(made)
    assert refused.value.code == "backup.unknown_schema"
    assert refused.value.params["revision"] == "9999"

    def other_backend(*args: Any) -> archive.Header:
        header = real(*args)
        backend = "postgresql" if header.backend == "sqlite" else "sqlite"
        return dataclasses.replace(header, backend=backend)

    monkeypatch.setattr(service, "_header", other_backend)
    other = Path(backups.backup(tmp_path / "other.cbak").path)
    with pytest.raises(BackupError) as wrong_backend:
        backups.restore(other)
    assert wrong_backend.value.code == "backup.backend"
    assert _without_newer_entries(all_rows(demo_db), before["audit_entries"][-1][0]) == before


def test_a_backup_made_before_a_key_rotation_is_restored_with_the_kept_key(
    demo_db: Database,
    clock: FixedClock,
    admin: Actor,
    tmp_path: Path,
    sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rotation keeps the old key beside the key file; a backup made with it is
    restored with it, and the restored customers' keys are re-wrapped with today's key."""
    from counter_app.services import personal_data
    from counter_app.services.data_key_rotation import DataKeyService

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "data.key").write_text(os.environ["COUNTER_DATA_KEY"] + "\n")
    monkeypatch.delenv("COUNTER_DATA_KEY")
    personal_data.install_data_key(demo_db, data_dir)
    backups = BackupService(demo_db, clock, admin, data_dir=data_dir)
    made = backups.backup(tmp_path / "before-rotation.cbak")

    rotated = DataKeyService(demo_db, clock, admin).rotate()
    assert made.key_id == rotated.old_key_id
    kept = rotated.old_key_path
    hidden = kept.with_name("elsewhere")
    kept.rename(hidden)  # without the kept key: refused, this database's backup
    with pytest.raises(BackupError) as refused:
        backups.restore(made.path)
    assert refused.value.code == "backup.wrong_key"
    hidden.rename(kept)

    wipe(demo_db, sqlite_template)
    backups.restore(made.path)
    with demo_db.engine.connect() as conn:
        assert personal_data.stored_key_id(conn) == rotated.new_key_id
    current = personal_data.data_key_of(demo_db)
    assert current is not None
    assert current.key_id == rotated.new_key_id
    personal_data.use_data_key(demo_db, current)  # the restored database opens with it
