"""What a backup's header records and its proof compares: each table's row count and the
audit trail's check, read the same way from the live database and from a restored copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, inspect, select, table, text
from sqlalchemy.orm import Session

import counter_app.db.models  # noqa: F401 - every table on the metadata
from counter_app.db.base import Base
from counter_app.db.models import AuditEntry, Setting
from counter_app.services import audit
from counter_app.services.audit import ChainCheck
from counter_app.services.audit_key import AuditKey
from counter_app.services.backups_dto import BackupError

#: Alembic's table is backed up and counted too: it says which schema the copy has.
_EXTRA_TABLES = ("alembic_version",)


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


def audit_end(session: Session) -> dict[str, Any]:
    """Where the audit trail ends, as the header keeps it: its entries and its head
    (``SEQ:HASH`` of the newest entry), read without walking the chain."""
    anchor = audit.chain_anchor(session)
    entries = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return {"entries": int(entries), "head": None if anchor is None else anchor.text}


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
    source: Callable[[], ChainCheck] | None = None,
) -> bool:
    """Prove a restored copy: every table has the rows the header says, and the copy's audit
    trail verifies with ``key`` and ends where the header says. Returns whether the trail
    is intact: a copy whose trail breaks passes (False) only when ``source()``, the live
    database's check, breaks at the same entry for the same reason (the trail was already
    broken when backed up; a later entry cannot mend an earlier one).

    Raises:
        BackupError: ``backup.mismatch`` naming the first table that differs,
            ``backup.audit_differs``, ``backup.audit_broken`` (the copy's trail does not
            verify, e.g. keyed with another audit key, and no source shows the same break).
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
    check = audit.verify_chain(session, key=key)
    if not check.ok:
        live = None if source is None else source()
        same = (
            live is not None
            and live.first_broken_id == check.first_broken_id
            and live.problem == check.problem
        )
        if not same:
            raise BackupError(
                "backup.audit_broken",
                f"the copy's audit trail breaks at entry {check.first_broken_id} ({check.problem})",
                entry=check.first_broken_id,
                problem=check.problem,
            )
        return False
    found_head = None if check.head is None else check.head.text
    if check.entries != expected_audit.get("entries") or found_head != expected_audit.get("head"):
        raise BackupError(
            "backup.audit_differs",
            f"audit trail ends at {found_head} ({check.entries} entries), the header says "
            f"{expected_audit}",
            expected=expected_audit.get("head"),
            found=found_head,
        )
    return True
