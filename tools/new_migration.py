"""Write a new Alembic migration by comparing the models with a database at the newest revision.

Usage: python tools/new_migration.py "what changed"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from counter_app.db.engine import Database, sqlite_url
from counter_app.db.migrate import alembic_config, upgrade


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(sqlite_url(Path(tmp) / "scratch.sqlite3"))
        if ScriptDirectory.from_config(alembic_config()).get_heads():
            upgrade(db)
        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=sys.argv[1], autogenerate=True)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
