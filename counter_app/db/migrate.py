"""Schema upgrades with Alembic; SQLite files are backed up before any migration runs."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from counter_app.db.engine import Database
from counter_app.files import replacing

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> frozenset[str]:
    """The newest revision of each line of migrations.

    Work areas may add migrations side by side from the same parent; until a merge revision
    joins them there is more than one head, and a database is current when it stands at all.
    """
    heads = frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())
    if not heads:  # pragma: no cover - the project always ships migrations
        raise RuntimeError("no migrations found")
    return heads


def current_revision(db: Database) -> frozenset[str] | None:
    with db.engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return frozenset(heads) or None


def backup_sqlite(source: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live SQLite database consistently (online backup API, WAL included)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # noqa: DTZ005 - a local file name
    target = backup_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    # Under its final name only once complete: a cut-off backup must not pass for a good one.
    with replacing(target) as partial:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    return target


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any.

    A SQLite file that already holds a schema is copied to ``backup_dir`` first, so a failed
    migration can always be undone by putting the copy back.
    """
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    backup: Path | None = None
    path = db.sqlite_path
    if path is not None and current is not None and backup_dir is not None and path.exists():
        backup = backup_sqlite(path, backup_dir, "before-" + "+".join(sorted(head)))
        log.info("Backed up %s to %s before migrating %s -> %s", path, backup, current, head)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    log.info("Database schema upgraded %s -> %s", sorted(current or ()), sorted(head))
    return backup
