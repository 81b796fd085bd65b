"""What an attacker with the database file (or a superuser's connection) can do behind the
application's back, for the tests of the tamper-proof records (docs/domain.md §11)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from counter_app.db.engine import Database
from counter_app.services import audit
from counter_app.services.audit_key import AuditKey

GUARDED = ("audit_entries", "payments", "payment_tenders", "payment_allocations", "payment_voids")


def keyed(db: Database) -> AuditKey:
    """Key ``db``'s audit trail with a new key, as opening it on a counter does."""
    key = AuditKey(secrets.token_bytes(32), "test")
    audit.use_key(db, key)
    return key


def drop_guards(conn: Connection) -> None:
    """Drop the triggers that refuse rewriting the records, as the owner of the file can."""
    if conn.dialect.name == "sqlite":
        names = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
            f"({', '.join(repr(t) for t in GUARDED)})"
        ).scalars()
        for name in list(names):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        return
    rows = conn.exec_driver_sql(
        "SELECT tgname, relname FROM pg_trigger JOIN pg_class ON pg_class.oid = tgrelid "
        "WHERE NOT tgisinternal AND relname IN "
        f"({', '.join(repr(t) for t in GUARDED)}) AND pg_class.relnamespace = "
        "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
    ).all()
    for name, table in rows:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}" ON "{table}"')


@contextmanager
def tampering(db: Database, *, drop: bool = False) -> Iterator[Connection]:
    """A raw connection the triggers do not stop: on SQLite they are dropped; on PostgreSQL
    the superuser's session replicates (``session_replication_role``), or with ``drop`` they
    are dropped there too."""
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite" or drop:
            drop_guards(conn)
        else:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        yield conn


def tamper(db: Database, statement: str, *, drop: bool = False, **params: object) -> None:
    """Run one statement behind the application's back (see :func:`tampering`)."""
    with tampering(db, drop=drop) as conn:
        conn.execute(text(statement), params)
