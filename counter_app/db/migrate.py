"""Schema upgrades with Alembic; SQLite files are backed up before any migration runs.

Every start checks the schema, and nearly every start finds it current: that check reads the
``alembic_version`` table with one plain query and the revision ids from the migration files
themselves, so Alembic (a fifth of a second to import) is loaded only when there is something
to upgrade.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from counter_app.db.engine import Database
from counter_app.files import replacing

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps

# The module-level assignments every migration file has (tools/new_migration.py writes them).
_REVISION = re.compile(r"^revision\b[^=]*=\s*(.+)$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> frozenset[str]:
    """The newest revision of each line of migrations.

    Work areas may add migrations side by side from the same parent; until a merge revision
    joins them there is more than one head, and a database is current when it stands at all.
    """
    from alembic.script import ScriptDirectory

    heads = frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())
    if not heads:  # pragma: no cover - the project always ships migrations
        raise RuntimeError("no migrations found")
    return heads


def shipped_heads(versions: Path = VERSIONS_DIR) -> frozenset[str]:
    """:func:`head_revision` read from the migration files without Alembic: each file's
    ``revision`` and ``down_revision``; a head is a revision no other one follows."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("[0-9]*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN_REVISION.search(source)
        if revision is None or down is None:  # pragma: no cover - every migration has both
            raise RuntimeError(f"{path.name} names no revision or down_revision")
        revisions.update(_QUOTED.findall(revision.group(1)))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = frozenset(revisions - parents)
    if not heads:  # pragma: no cover - the project always ships migrations
        raise RuntimeError("no migrations found")
    return heads


def current_revision(db: Database) -> frozenset[str] | None:
    """The revisions the database stands at, None for one without a schema yet."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        heads = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
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
    head = shipped_heads()
    if current == head:
        return None
    from alembic import command

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
