"""Append-only, hash-chained audit trail (docs/domain.md §11)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from counter_app.db.models import AuditEntry
from counter_app.services.base import Actor

GENESIS = "0" * 64
# Any fixed number will do; it only has to be the same for every counter writing the chain.
_CHAIN_LOCK_KEY = 0x436F756E  # "Coun"


def _plain(value: Any) -> Any:
    """JSON-safe, deterministic form of before/after values."""
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def entry_hash(
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    counter_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    before: Any,
    after: Any,
) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "at": at.isoformat(timespec="microseconds"),
            "user": user_id,
            "counter": counter_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "before": before,
            "after": after,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Change:
    """One entry for :func:`record_many`: what happened to which record."""

    action: str
    entity: str
    entity_id: str | int | None = None
    before: Any = None
    after: Any = None


def record(
    session: Session,
    *,
    at: datetime,
    user_id: int | None,
    counter_id: int | None,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one entry in the caller's unit of work, chained to the previous one."""
    change = Change(action, entity, entity_id, before, after)
    record_many(session, at=at, user_id=user_id, counter_id=counter_id, changes=[change])


def record_by(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    *,
    before: Any = None,
    after: Any = None,
    counter_id: int | None = None,
) -> None:
    """Append one entry by the signed-in ``actor``, as :func:`record` does.

    The entry is at the actor's counter unless ``counter_id`` names where it happened (the
    counter of the shift a payment was taken in).
    """
    record(
        session,
        at=at,
        user_id=actor.user_id,
        counter_id=actor.counter_id if counter_id is None else counter_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
    )


def record_many(
    session: Session,
    *,
    at: datetime,
    user_id: int | None,
    counter_id: int | None,
    changes: Sequence[Change],
) -> None:
    """Append several entries by one person at one moment, in order, with one write.

    The chain is the same as appending them one by one with :func:`record`; a bulk job (an
    imported file of readings) uses this so that it does not read the chain's end per entry.
    """
    if not changes:
        return
    if session.get_bind().dialect.name == "postgresql":
        # Serialise appenders across counters; SQLite's BEGIN IMMEDIATE already does.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK_KEY})
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = prev or GENESIS
    # Hash what the database gives back: UTC with microseconds.
    at_utc = at.astimezone(UTC)
    rows: list[dict[str, Any]] = []
    for change in changes:
        before_p, after_p = _plain(change.before), _plain(change.after)
        ent_id = None if change.entity_id is None else str(change.entity_id)
        digest = entry_hash(
            prev_hash,
            at_utc,
            user_id,
            counter_id,
            change.action,
            change.entity,
            ent_id,
            before_p,
            after_p,
        )
        rows.append(
            {
                "at": at_utc,
                "user_id": user_id,
                "counter_id": counter_id,
                "action": change.action,
                "entity": change.entity,
                "entity_id": ent_id,
                "before": before_p,
                "after": after_p,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
    # One INSERT for all of them (executemany): ids follow the list, and so does the chain.
    session.execute(insert(AuditEntry), rows)


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainCheck:
    """Walk the chain from the start; report the first entry whose link or content is wrong."""
    prev_hash = GENESIS
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for e in rows:
        count += 1
        expected = entry_hash(
            prev_hash,
            e.at,
            e.user_id,
            e.counter_id,
            e.action,
            e.entity,
            e.entity_id,
            e.before,
            e.after,
        )
        if e.prev_hash != prev_hash or e.hash != expected:
            return ChainCheck(count, e.id)
        prev_hash = e.hash
    return ChainCheck(count, None)
