"""What a backup's header records and its proof compares: each table's row count and the
audit trail's check, read the same way from the live database and from a restored copy."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, inspect, select, table, text
from sqlalchemy.orm import Session

import counter_app.db.models  # noqa: F401 - every table on the metadata
from counter_app.db.base import Base
from counter_app.db.models import AuditEntry, Setting
from counter_app.services import audit
from counter_app.services.audit_key import AuditKey
from counter_app.services.backups_dto import BackupError

#: Alembic's table is backed up and counted too: it says which schema the copy has.
_EXTRA_TABLES = ("alembic_version",)
#: A copy whose trail is keyed with another key than this PC's (another company's backup).
_KEY_PROBLEMS = ("wrong_key", "key_missing")


def app_tables(session: Session) -> list[str]:
    """The application's tables present in the database (SQLite's search-index tables are
    rebuilt from them by their triggers and are not counted)."""
    known = set(Base.metadata.tables) | set(_EXTRA_TABLES)
    present = inspect(session.connection()).get_table_names()
    return sorted(name for name in present if name in known)


def row_counts(session: Session, tables: list[str]) -> dict[str, int]:
    """The number of rows of each of ``tables``."""
    return {
        name: int(session.execute(select(func.count()).select_from(table(name))).scalar_one())
        for name in tables
    }


def audit_check(session: Session, key: AuditKey | None) -> dict[str, Any]:
    """The audit trail's check with ``key``: entries, head (``SEQ:HASH``), the first broken
    entry and why, as the header keeps them."""
    check = audit.verify_chain(session, key=key)
    return {
        "entries": check.entries,
        "head": None if check.head is None else check.head.text,
        "first_broken_id": check.first_broken_id,
        "problem": check.problem,
    }


def database_id(session: Session) -> str | None:
    """The hash of the audit trail's first entry: one database's name in all its backups."""
    return session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)
    ).scalar_one_or_none()


def company_name(session: Session) -> str:
    row = session.get(Setting, "company.name")
    return "" if row is None or row.value is None else str(row.value)


def revisions(session: Session) -> tuple[str, ...]:
    try:
        rows = session.execute(text("SELECT version_num FROM alembic_version")).scalars()
    except Exception:
        return ()
    return tuple(sorted(rows))


def compare(
    expected_rows: dict[str, int],
    expected_audit: dict[str, Any],
    session: Session,
    key: AuditKey | None,
) -> None:
    """Prove a restored copy: every table has the rows the header says and the audit trail
    checks exactly as it did at backup time (same entries, same head, same first break).

    Raises:
        BackupError: ``backup.mismatch`` naming the first table that differs,
            ``backup.audit_differs``.
    """
    present = set(app_tables(session))
    for name, count in sorted(expected_rows.items()):
        found = row_counts(session, [name])[name] if name in present else -1
        if found != count:
            raise BackupError(
                "backup.mismatch",
                f"table {name}: {found} rows, the header says {count}",
                table=name,
                expected=count,
                found=found,
            )
    found_audit = audit_check(session, key)
    if expected_audit.get("problem") is None and found_audit["problem"] in _KEY_PROBLEMS:
        raise BackupError(
            "backup.audit_broken",
            f"the copy's audit trail does not verify with this PC's audit key: {found_audit}",
            entry=found_audit["first_broken_id"],
            problem=found_audit["problem"],
        )
    if found_audit != expected_audit:
        raise BackupError(
            "backup.audit_differs",
            f"audit trail {found_audit}, the header says {expected_audit}",
            expected=expected_audit.get("head"),
            found=found_audit.get("head"),
        )
