"""Append-only, hash-chained audit trail (docs/domain.md §11).

Entries written with the audit key (:mod:`counter_app.services.audit_key`) are chained with
HMAC-SHA256 instead of SHA-256, so only a holder of the key can write a link that verifies.
A chain begun before the key keeps its plain entries; the first keyed entry is an
``audit_chain`` entry naming the key (its key id), and every entry after it must be keyed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry
from counter_app.domain.errors import CodedError
from counter_app.services.audit_key import AuditKey, AuditKeyError, load_audit_key
from counter_app.services.base import Actor

GENESIS = "0" * 64
#: The entity of the entry that begins the keyed part of the chain; its id is the key id.
KEY_ENTITY = "audit_chain"
# Any fixed number will do; it only has to be the same for every counter writing the chain.
_CHAIN_LOCK_KEY = 0x436F756E  # "Coun"
_CHAIN_HEAD = select(AuditEntry.hash, AuditEntry.keyed).order_by(AuditEntry.id.desc()).limit(1)
# PostgreSQL: the chain's lock, then its end, as two statements of one simple query - one
# round trip. Each statement of a READ COMMITTED transaction sees what was committed before it
# began, so the end is read once the lock is granted, after the previous appender's commit.
_LOCK_AND_HEAD_PG = (
    f"SELECT pg_advisory_xact_lock({_CHAIN_LOCK_KEY});"
    " SELECT hash, keyed FROM audit_entries ORDER BY id DESC LIMIT 1"
)


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
    key: bytes | None = None,
) -> str:
    """The entry's hash: SHA-256 of its content and link, or their HMAC-SHA256 with ``key``."""
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
    if key is not None:
        return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def hash_of(entry: Any, prev_hash: str, key: bytes | None = None) -> str:
    """:func:`entry_hash` of a stored entry (an ``AuditEntry`` or a row of its columns)
    linked to ``prev_hash``."""
    return entry_hash(
        prev_hash,
        entry.at,
        entry.user_id,
        entry.counter_id,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.before,
        entry.after,
        key,
    )


# The key each open database's engines write and check with (both engines of an SQLite file).
_KEYS: weakref.WeakKeyDictionary[Engine, AuditKey] = weakref.WeakKeyDictionary()
# The key id each engine has seen the chain keyed with (checked once, not per entry).
_CONFIRMED: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def use_key(db: Database, key: AuditKey | None) -> None:
    """Key ``db``'s audit trail with ``key`` from now on (``None``: no key on this PC).

    Raises:
        AuditKeyError: ``audit.key_mismatch`` when the chain is keyed with another key,
            ``audit.key_missing`` when it is keyed and ``key`` is ``None``.
    """
    for engine in {db.engine, db.read_engine}:
        _CONFIRMED.pop(engine, None)
        if key is None:
            _KEYS.pop(engine, None)
        else:
            _KEYS[engine] = key
    with db.read() as s:
        _check_chain_key(s, key)


def _check_chain_key(session: Session, key: AuditKey | None) -> None:
    """Refuse a key other than the one the chain is keyed with, or none for a keyed chain;
    once the chain's key is known to be ``key``, the engine remembers it."""
    chain_key = session.execute(
        select(AuditEntry.entity_id)
        .where(AuditEntry.entity == KEY_ENTITY)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if chain_key is None:
        return
    if key is None:
        raise AuditKeyError(
            "audit.key_missing",
            f"the audit trail is keyed (key id {chain_key}) and no audit key was found",
            source="no key given",
        )
    if chain_key != key.key_id:
        raise AuditKeyError(
            "audit.key_mismatch",
            f"the audit key in {key.source} (key id {key.key_id}) is not the one the audit "
            f"trail is keyed with (key id {chain_key})",
            source=key.source,
            key_id=key.key_id,
            chain_key_id=chain_key,
        )
    _CONFIRMED[_engine_of(session)] = key.key_id


def _engine_of(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def install_key(db: Database, data_dir: Path) -> AuditKey:
    """Find this PC's audit key (making the data directory's at the first start) and key
    ``db``'s trail with it, as every counter, setup and command does on opening a database.

    Raises:
        AuditKeyError: as :func:`~counter_app.services.audit_key.load_audit_key` and
            :func:`use_key`.
    """
    key = load_audit_key(data_dir, create=True)
    assert key is not None  # made when missing
    use_key(db, key)
    return key


def key_of(session: Session) -> AuditKey | None:
    """The audit key of the database ``session`` works on, if it has one."""
    return _KEYS.get(_engine_of(session))


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
    head = _locked_head(session)
    prev_hash = GENESIS if head is None else head[0]
    key = key_of(session)
    if head is not None and head[1]:
        if key is None or _CONFIRMED.get(_engine_of(session)) != key.key_id:
            # Another counter may have begun the keyed chain since this one opened it.
            _check_chain_key(session, key)
    elif key is not None:
        # The keyed part of the chain begins here, with the key's id.
        start = Change("key", KEY_ENTITY, key.key_id, after={"key_id": key.key_id})
        changes = [start, *changes]
        _CONFIRMED[_engine_of(session)] = key.key_id
    secret = None if key is None else key.secret
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
            secret,
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
                "keyed": secret is not None,
            }
        )
        prev_hash = digest
    # One INSERT for all of them (executemany): ids follow the list, and so does the chain.
    session.execute(insert(AuditEntry), rows)


def _locked_head(session: Session) -> tuple[str, bool] | None:
    """The chain's last entry (its hash, whether keyed), the chain locked for the rest of the
    unit of work: appenders at several counters take turns (SQLite's BEGIN IMMEDIATE already
    makes them)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        row = conn.execute(_CHAIN_HEAD).first()
        return None if row is None else (row[0], bool(row[1]))
    result = conn.exec_driver_sql(_LOCK_AND_HEAD_PG)
    try:
        cursor = result.cursor
        assert cursor is not None
        assert cursor.nextset()  # the second statement's rows: the chain's end
        found = cursor.fetchone()
    finally:
        result.close()
    return None if found is None else (found[0], bool(found[1]))


_ANCHOR = re.compile(r"^\s*(\d+)\s*:\s*([0-9a-fA-F]{16,64})\s*$")


class AnchorInvalid(CodedError):
    """``audit.anchor_format`` (``anchor``): not ``SEQ:HASH`` (an entry number, a colon and
    16 to 64 hexadecimal digits of its hash)."""


@dataclass(frozen=True)
class ChainAnchor:
    """One entry of the chain as kept outside it: its number and its hash (or the hash's
    start, at least 16 hex digits, as a printed report may carry)."""

    seq: int
    hash: str

    @property
    def text(self) -> str:
        """``SEQ:HASH``, as ``counter-app verify-audit --anchor`` takes it."""
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, value: str) -> ChainAnchor:
        match = _ANCHOR.match(value)
        if match is None:
            raise AnchorInvalid("audit.anchor_format", anchor=value[:80])
        return cls(int(match.group(1)), match.group(2).lower())


def chain_anchor(session: Session) -> ChainAnchor | None:
    """The chain's newest entry as an anchor, for a day-close report or a backup to carry;
    ``None`` for an empty trail. Call it after the report's own entry is recorded."""
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return None if row is None else ChainAnchor(row.id, row.hash)


@dataclass(frozen=True)
class ChainCheck:
    """What walking the chain found.

    ``problem`` says why ``first_broken_id`` is broken: ``link`` (content or link wrong),
    ``unkeyed`` (a plain entry after the keyed part began), ``key_missing`` (keyed entries
    and no key to check them), ``wrong_key`` (keyed with another key), or for an anchor:
    ``anchor_missing`` / ``anchor_differs``.
    """

    entries: int
    first_broken_id: int | None
    problem: str | None = None
    keyed_from: int | None = None
    head: ChainAnchor | None = None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None and self.problem is None


def verify_chain(
    session: Session, *, key: AuditKey | None = None, anchors: Sequence[ChainAnchor] = ()
) -> ChainCheck:
    """Walk the chain from the start; report the first entry whose link or content is wrong.

    Keyed entries are checked with ``key`` (by default the database's, :func:`use_key`).
    Each of ``anchors`` must still be in the chain with its hash: a trail cut short or
    rewritten after the anchor was taken fails on it.
    """
    key = key or key_of(session)
    prev_hash = GENESIS
    count = 0
    keyed_from: int | None = None
    last: ChainAnchor | None = None
    wanted = {a.seq: a for a in anchors}
    # Plain rows, not ORM objects: building an object per entry was most of a long walk's time.
    rows = session.execute(
        select(*AuditEntry.__table__.columns)
        .order_by(AuditEntry.id)
        .execution_options(yield_per=2000)
    )
    for e in rows:
        count += 1
        problem: str | None = None
        if e.keyed and keyed_from is None:
            keyed_from = e.id
            if key is None:
                problem = "key_missing"
            elif e.entity == KEY_ENTITY and e.entity_id != key.key_id:
                problem = "wrong_key"
        elif keyed_from is not None and not e.keyed:
            problem = "unkeyed"
        if problem is None:
            expected = hash_of(e, prev_hash, key.secret if e.keyed and key is not None else None)
            if e.prev_hash != prev_hash or e.hash != expected:
                problem = "link"
        anchor = wanted.pop(e.id, None)
        if problem is None and anchor is not None and not e.hash.startswith(anchor.hash):
            problem = "anchor_differs"
        if problem is not None:
            return ChainCheck(count, e.id, problem, keyed_from, last)
        prev_hash = e.hash
        last = ChainAnchor(e.id, e.hash)
    if wanted:
        missing = min(wanted)
        return ChainCheck(count, missing, "anchor_missing", keyed_from, last)
    return ChainCheck(count, None, None, keyed_from, last)
