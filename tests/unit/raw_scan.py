"""Where a value still lies in a database, read as an attacker with a copy of it would: the raw
bytes of the SQLite file (and its write-ahead log), or every text, JSON and bytea column of
every table on PostgreSQL.

A value is looked for as typed (UTF-8) and as JSON writes it (``\\uXXXX`` escapes), since the
audit trail's before/after and other JSON columns hold text escaped.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from counter_app.db.engine import Database


def _forms(value: str) -> list[bytes]:
    escaped = json.dumps(value)[1:-1].encode("ascii")
    plain = value.encode("utf-8")
    return [plain] if escaped == plain else [plain, escaped]


def sqlite_files(db: Database) -> list[Path]:
    path = db.sqlite_path
    assert path is not None
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists()]


def found_in_sqlite_file(db: Database, value: str) -> list[str]:
    """The files of the database whose bytes hold ``value``."""
    forms = _forms(value)
    return [p.name for p in sqlite_files(db) if any(f in p.read_bytes() for f in forms)]


def found_in_postgresql(db: Database, value: str) -> list[str]:
    """``table.column`` of every row value on PostgreSQL that holds ``value``."""
    hits: list[str] = []
    with db.engine.connect() as conn:
        columns = conn.execute(
            text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND data_type IN "
                "('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')"
            )
        ).all()
        for table, column, data_type in columns:
            for form in _forms(value):
                if data_type == "bytea":
                    condition = f'position(CAST(:needle AS bytea) in "{column}") > 0'
                    needle: object = form
                else:
                    condition = f'"{column}"::text LIKE :needle'
                    needle = "%" + form.decode("utf-8").replace("\\", "\\\\") + "%"
                count = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE {condition}'),
                    {"needle": needle},
                ).scalar_one()
                if count:
                    hits.append(f"{table}.{column}")
    return sorted(set(hits))


def found_anywhere(db: Database, value: str) -> list[str]:
    """Where ``value`` is found: file names on SQLite, columns on PostgreSQL."""
    if db.is_sqlite:
        return found_in_sqlite_file(db, value)
    return found_in_postgresql(db, value)
