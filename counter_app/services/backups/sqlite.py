"""An embedded SQLite database backed up and restored through SQLite's online backup API.

The copy is taken in one step of the API, a consistent read of the whole file (WAL
included) while the counters go on writing: in WAL mode a reader never blocks a writer. A
restore goes the same way the other round: the proved copy is written into the live file in
one transaction of the API, so the file holds the old data or the copy, never a mix.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from counter_app.db.engine import Database, sqlite_url
from counter_app.services.backups_dto import BackupError

#: How long the copy into the live file waits for a counter's write to finish.
_BUSY_MS = 30000


def live_path(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupError("backup.in_memory", "an in-memory database has nothing to back up")
    return path


def copy_database(source: Path, target: Path) -> None:
    """Copy the database ``source`` into ``target`` (made or overwritten) in one step."""
    src = sqlite3.connect(source)
    try:
        src.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
        dst = sqlite3.connect(target)
        try:
            dst.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def check_integrity(path: Path) -> None:
    """Raise ``backup.damaged`` unless SQLite finds the file whole."""
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.damaged", f"{path}: {exc}", path=str(path)) from exc
    finally:
        conn.close()
    if result is None or result[0] != "ok":
        raise BackupError("backup.damaged", f"{path}: {result}", path=str(path))


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Database]:
    """The database file ``path`` as a :class:`Database`, closed afterwards."""
    db = Database(sqlite_url(path))
    try:
        yield db
    finally:
        db.dispose()
