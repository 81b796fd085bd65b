"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.util.exc import CommandError
from sqlalchemy import create_engine, inspect, text

from counter_app.db import search_index
from counter_app.db.base import Base
from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import alembic_config, current_revision, head_revision, upgrade
from counter_app.db.search_index import include_name
from counter_app.services import personal_data
from counter_app.services.search import search


def test_migrations_match_the_models(db: Database) -> None:
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_every_model_table_exists(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_fresh_database_is_created_without_backup(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "new.sqlite3"))
    assert upgrade(db, backup_dir=tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    assert upgrade(db, backup_dir=tmp_path / "backups") is None  # already at head
    db.dispose()


def test_sqlite_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(sqlite_url(path))
    upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO halls (code, name, address, hotline, active) "
            "VALUES ('H09', '测试厅', '某路1号', '96777', 1)"
        )
        # Pretend the file was made by an older release.
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    db.dispose()

    db = Database(sqlite_url(path))
    # Alembic cannot go from an unknown revision; the backup must exist before it tries.
    with pytest.raises(CommandError):
        upgrade(db, backup_dir=tmp_path / "backups")
    db.dispose()
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM halls").fetchall() == [("测试厅",)]
    copy.close()


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


# ----------------------------------------------------------------------------- 0005: name ends


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database with no schema at all, to migrate step by step."""
    if request.param == "sqlite":
        database = Database(sqlite_url(tmp_path / "steps.sqlite3"))
        yield database
        database.dispose()
        return
    session_schema = request.getfixturevalue("pg_schema")  # skips when the server is down
    schema = f"counter_steps_{uuid.uuid4().hex[:10]}"
    admin = create_engine(session_schema.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    database = Database(session_schema.url.replace(session_schema.schema, schema))
    yield database
    database.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _migrate(db: Database, revision: str, *, down: bool = False) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _given_name_found(db: Database, part: str, customer_id: int) -> bool:
    with db.read() as s:
        return customer_id in {r.customer_id for r in search(s, part).rows}


def _old_name_index_finds(db: Database, part: str, customer_id: int) -> bool:
    """What the SQLite name index of a revision before 0011 finds for ``part`` (today's search
    reads columns that revision does not have)."""
    fts = search_index.CUSTOMER_NAME_FTS
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :phrase"),
            {"phrase": search_index.fts_phrase(part)},
        )
        return customer_id in set(rows.scalars())


def _has_reversed_name_index(db: Database) -> bool:
    with db.engine.connect() as conn:
        found = conn.execute(
            text("SELECT 1 FROM pg_indexes WHERE indexname = :n AND schemaname = current_schema()"),
            {"n": search_index.PG_NAME_REVERSED_INDEX},
        )
        return found.first() is not None


def test_0005_indexes_the_names_already_stored(empty_db: Database, tmp_path: Path) -> None:
    # Revision 0002 builds the search objects of today's code; the downgrade from 0005
    # restores those of a database made before 0005.
    personal_data.install_data_key(empty_db, tmp_path)  # 0011 seals the phones stored below
    _migrate(empty_db, "heads")
    _migrate(empty_db, "0004", down=True)
    with empty_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, kind, name, phone, address, created_at) "
                "VALUES (1, 'individual', '沈艳芳', '13957100001', '上城区', :at), "
                "(2, 'individual', '王芳', '13957100002', '上城区', :at)"
            ),
            {"at": datetime(2026, 11, 23, 1, 30, tzinfo=UTC)},
        )
    if empty_db.is_sqlite:
        assert not _old_name_index_finds(empty_db, "艳芳", 1)  # what the clerk hit before 0005
    else:  # PostgreSQL finds it without the index too, by reading every name
        assert not _has_reversed_name_index(empty_db)
    _migrate(empty_db, "heads")
    assert current_revision(empty_db) == head_revision()
    assert empty_db.is_sqlite or _has_reversed_name_index(empty_db)
    assert _given_name_found(empty_db, "艳芳", 1)
    assert _given_name_found(empty_db, "芳", 2)
    assert _given_name_found(empty_db, "沈艳", 1)  # the prefix, as before
    assert _given_name_found(empty_db, "沈艳芳", 1)
    # The triggers keep the new index in step with later writes.
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE customers SET name = '沈晓燕' WHERE id = 1"))
    assert not _given_name_found(empty_db, "艳芳", 1)
    assert _given_name_found(empty_db, "晓燕", 1)
    # And back: 0004's name index again finds a name by its 3-character part.
    _migrate(empty_db, "0004", down=True)
    if empty_db.is_sqlite:
        assert _old_name_index_finds(empty_db, "沈晓燕", 1)
        with empty_db.engine.begin() as conn:
            conn.execute(text("UPDATE customers SET name = '沈艳芳' WHERE id = 1"))
        assert _old_name_index_finds(empty_db, "沈艳芳", 1)
