"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.util.exc import CommandError
from sqlalchemy import inspect

from counter_app.db.base import Base
from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import current_revision, head_revision, upgrade
from counter_app.db.search_index import include_name


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
