"""The vault: customers' personal data sealed at rest, found through blind indexes (§11).

The ID number, the mobile and the emergency contact of a customer are stored only sealed with
the customer's own key, and that key only wrapped with the hall's data key
(:mod:`counter_app.services.data_key`, :mod:`counter_app.domain.sealing`). Audit entries about
a customer hold their personal values sealed with the same key, so the trail's hashes are over
ciphertext: :func:`shred` deletes the key, after which nothing of the customer can be read
anywhere, and the chain still verifies.

A complaint's contact phone and emergency contact are sealed the same way with a key of the
complaint's own (``complaint_keys``): the complainant need not be a customer, and the account a
complaint names may change holders; its phone has a blind index for the repeat check and the
lookup by phone (:func:`store_complaint_contact`, :func:`complaint_contacts`,
:func:`complaint_phone_is`, :func:`shred_complaint`).

Every read and write of those fields goes through this module; nothing else touches the
``*_enc`` and ``*_bidx`` columns, ``customer_keys`` or ``complaint_keys``.

A database is opened with its data key (:func:`install_data_key`, from
``context.open_database``). A key other than the one its customers' keys were wrapped with,
or none, is refused before anything is shown or written: ``data.key_mismatch`` /
``data.key_missing``. A database that reaches the vault without being opened that way (a tool,
a test) gets the key the app would load, checked the same way.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, delete, inspect, select, text, update
from sqlalchemy.orm import Session, object_session

from counter_app import config
from counter_app.db import sealers
from counter_app.db.engine import Database
from counter_app.db.models import Complaint, ComplaintKey, Customer, CustomerKey

# Every personal field reveal() returns, sealed or not: the fields a customer's copy lists.
from counter_app.domain.customer_rights import PERSONAL_FIELDS as PERSONAL_FIELDS
from counter_app.domain.sealing import (
    SEALED_FIELDS,
    IndexKind,
    SealBroken,
    Sealer,
    is_audit_sealed,
)
from counter_app.services.data_key import DataKey, DataKeyError, key_path, load_data_key

#: The keys of audit values about a customer that are sealed with the customer's key.
AUDIT_SEALED_KEYS = frozenset(
    {
        "name",
        "id_number",
        "phone",
        "address",
        "contact_person",
        "emergency_contact",
        "holder_name",
        "new_name",
        # a service request's data: the names of a 更名 and of the two holders of a 过户
        "old_name",
        "old_owner_name",
        "new_owner_name",
    }
)

_ENC_COLUMNS = {f: f"{f}_enc" for f in SEALED_FIELDS}


def sealer_of(key: DataKey) -> Sealer:
    """The wrapping and index sub-keys of ``key``."""
    return Sealer(key.derive("pii-wrap"), key.derive("blind-index"), key.key_id)


# ----------------------------------------------------------------------------- the data key

# The key each open database's engines seal with (both engines of an SQLite file).
_KEYS: weakref.WeakKeyDictionary[Engine, tuple[DataKey, Sealer]] = weakref.WeakKeyDictionary()


def stored_key_id(conn: Connection) -> str | None:
    """The id of the data key the database's customer (or complaint) keys are wrapped with;
    ``None`` when it holds none (new, or from before migration 0011)."""
    tables = inspect(conn)
    for model in (CustomerKey, ComplaintKey):
        if tables.has_table(model.__tablename__):
            found = conn.execute(select(model.key_id).limit(1)).scalar_one_or_none()
            if found is not None:
                return found
    return None


def check_key(stored: str | None, key: DataKey | None, source: str) -> None:
    """Refuse no key, or another key, for a database holding sealed data.

    Raises:
        DataKeyError: ``data.key_missing`` / ``data.key_mismatch``.
    """
    if stored is None:
        return
    if key is None:
        raise DataKeyError(
            "data.key_missing",
            f"the customers' personal data is sealed (data key id {stored}) and no data key "
            f"was found at {source}",
            source=source,
        )
    if key.key_id != stored:
        raise DataKeyError(
            "data.key_mismatch",
            f"the data key in {key.source} (key id {key.key_id}) is not the one the personal "
            f"data is sealed with (key id {stored})",
            source=key.source,
            key_id=key.key_id,
            stored_key_id=stored,
        )


def load_for(conn: Connection, data_dir: Path) -> DataKey:
    """This PC's data key for the database on ``conn``, checked against it: made at the first
    start only when the database holds no sealed data yet (a new database, or one that
    migration 0011 is about to seal), never invented for one that does.

    Raises:
        DataKeyError: ``data.key_unreadable``, ``data.key_missing``, ``data.key_mismatch``.
    """
    stored = stored_key_id(conn)
    key = load_data_key(data_dir, create=stored is None)
    check_key(stored, key, str(key_path(data_dir)))
    assert key is not None  # made when missing, or refused above
    return key


def use_data_key(db: Database, key: DataKey) -> None:
    """Seal ``db``'s personal data with ``key`` from now on.

    Raises:
        DataKeyError: ``data.key_mismatch`` when its sealed data has another key.
    """
    with db.engine.connect() as conn:
        check_key(stored_key_id(conn), key, key.source)
    entry = (key, sealer_of(key))
    engines = {db.engine, db.read_engine}
    for engine in engines:
        _KEYS[engine] = entry
    sealers.register(engines, entry[1])


def install_data_key(db: Database, data_dir: Path) -> DataKey:
    """Find this PC's data key and open ``db``'s personal data with it, as every counter,
    command and migration does on opening a database (see :func:`load_for`).

    Raises:
        DataKeyError: as :func:`load_for`.
    """
    with db.engine.connect() as conn:
        key = load_for(conn, data_dir)
    use_data_key(db, key)
    return key


def data_key_of(db: Database) -> DataKey | None:
    """The data key ``db`` was opened with, if any (e.g. for a backup to derive its key)."""
    entry = _KEYS.get(db.engine)
    return None if entry is None else entry[0]


def _data_dir() -> Path:
    # Looked up at call time: tests point the default data directory elsewhere.
    return Path(os.environ.get(config.ENV_DATA_DIR) or config.default_data_dir()).expanduser()


def _engine_of(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def _key_of(session: Session) -> DataKey:
    return _KEYS[_engine_of(session)][0]


def sealer_for(session: Session) -> Sealer:
    """The sealer of the database ``session`` works on; a database not opened through
    :func:`install_data_key` gets the key the app would load, checked the same way.

    Raises:
        DataKeyError: no usable key: nothing is read or written in clear instead.
    """
    engine = _engine_of(session)
    entry = _KEYS.get(engine)
    if entry is None:
        key = load_for(session.connection(), _data_dir())
        entry = (key, sealer_of(key))
        _KEYS[engine] = entry
        sealers.register([engine], entry[1])
    return entry[1]


# ----------------------------------------------------------------------------- customer keys


def _customer_key(
    session: Session, sealer: Sealer, customer_id: int, *, make: bool
) -> bytes | None:
    row = session.get(CustomerKey, customer_id)
    if row is None:
        if not make:
            return None
        # A counter still running with the key of before a rotation must not wrap with it.
        check_key(_wrapping_key_id(session), _key_of(session), "")
        raw = sealer.new_customer_key()
        session.add(
            CustomerKey(
                customer_id=customer_id,
                wrapped_key=sealer.wrap(customer_id, raw),
                key_id=sealer.key_id,
                created_at=datetime.now(UTC),
            )
        )
        session.flush()
        return raw
    try:
        return sealer.unwrap(customer_id, row.wrapped_key)
    except SealBroken as exc:
        # The key id matched and the wrap does not open: the row was tampered with.
        raise DataKeyError(
            "data.key_mismatch",
            f"the key of customer {customer_id} does not open with the data key",
            source=f"customer {customer_id}",
            key_id=sealer.key_id,
            stored_key_id=row.key_id,
        ) from exc


def _wrapping_key_id(session: Session) -> str | None:
    """The id of the data key the stored customer or complaint keys are wrapped with."""
    for model in (CustomerKey, ComplaintKey):
        found = session.execute(select(model.key_id).limit(1)).scalar()
        if found is not None:
            return found
    return None


def _id_of(session: Session, customer: Customer) -> int:
    if customer.id is None:
        session.flush()
    return customer.id


# ----------------------------------------------------------------------------- the record


def store(session: Session, customer: Customer, values: Mapping[str, str | None]) -> None:
    """Seal ``values`` (some of ``id_number``, ``phone``, ``emergency_contact``; ``None``
    empties one) into the customer's record, with their blind indexes.

    Raises:
        KeyError: a field that is not sealed.
        DataKeyError: no usable data key.
    """
    unknown = set(values) - set(SEALED_FIELDS)
    if unknown:
        raise KeyError(f"not a sealed field: {', '.join(sorted(unknown))}")
    sealer = sealer_for(session)
    customer_id = _id_of(session, customer)
    key = _customer_key(session, sealer, customer_id, make=True)
    assert key is not None
    for field_name, value in values.items():
        sealed = None if not value else sealer.seal(key, customer_id, field_name, value)
        setattr(customer, _ENC_COLUMNS[field_name], sealed)
        if field_name == "id_number":
            customer.id_number_bidx = (
                None if not value else sealer.index(IndexKind.ID_NUMBER, value)
            )
        elif field_name == "phone":
            customer.phone_bidx = None if not value else sealer.index(IndexKind.PHONE, value)
            customer.phone_last4_bidx = None if not value else sealer.phone_tail_index(value)


def sealed_fields(
    session: Session, customer: Customer, fields: tuple[str, ...] = SEALED_FIELDS
) -> dict[str, str | None]:
    """The sealed ``fields`` of ``customer`` in clear (``None``: empty or shredded)."""
    return open_record(
        session,
        customer.id,
        {f: getattr(customer, _ENC_COLUMNS[f]) for f in fields},
    )


def clear_fields(customer: Customer) -> dict[str, str | None]:
    """:func:`sealed_fields` of a customer in the session that loaded it (a service's helper
    that was handed only the record)."""
    session = object_session(customer)
    if session is None:
        raise RuntimeError("the customer's record is no longer in a session")
    return sealed_fields(session, customer)


def open_record(
    session: Session,
    customer_id: int,
    sealed: Mapping[str, bytes | None],
    wrapped_key: bytes | None = None,
) -> dict[str, str | None]:
    """Open sealed column values of one customer (``field -> bytes``); ``wrapped_key`` saves
    a read when the caller selected it already (a list of search results).

    Raises:
        DataKeyError: ``data.key_mismatch`` when a value does not open with its key.
    """
    if not any(sealed.values()):
        return dict.fromkeys(sealed)
    sealer = sealer_for(session)
    if wrapped_key is not None:
        try:
            key: bytes | None = sealer.unwrap(customer_id, wrapped_key)
        except SealBroken as exc:
            raise _broken(customer_id, sealer) from exc
    else:
        key = _customer_key(session, sealer, customer_id, make=False)
    if key is None:
        return dict.fromkeys(sealed)
    try:
        return sealer.open_fields(key, customer_id, sealed)
    except SealBroken as exc:
        raise _broken(customer_id, sealer) from exc


def _broken(customer_id: int, sealer: Sealer) -> DataKeyError:
    return DataKeyError(
        "data.key_mismatch",
        f"a sealed field of customer {customer_id} does not open with its key",
        source=f"customer {customer_id}",
        key_id=sealer.key_id,
        stored_key_id=sealer.key_id,
    )


def reveal(session: Session, customer: Customer) -> dict[str, str | None]:
    """Every personal field of ``customer`` in clear (:data:`PERSONAL_FIELDS`); the caller
    audits the look. Sealed fields of a shredded customer are ``None``."""
    clear: dict[str, str | None] = {
        "name": customer.name,
        "id_type": customer.id_type,
        "credit_code": customer.credit_code,
        "address": customer.address,
        "contact_person": customer.contact_person,
    }
    clear.update(sealed_fields(session, customer))
    return {f: clear[f] for f in PERSONAL_FIELDS}


def is_shredded(session: Session, customer_id: int) -> bool:
    """Whether the customer's key is gone (their sealed values can no longer be read)."""
    return session.get(CustomerKey, customer_id) is None


def shred(session: Session, customer_id: int) -> None:
    """Destroy the customer's key and empty their sealed fields and blind indexes: from now
    on no sealed value of theirs, in the record, the audit trail or a backup, can be read.
    The caller's unit of work commits it (and audits it); doing it twice changes nothing."""
    if session.get_bind().dialect.name == "sqlite":
        # Freed space is overwritten, not left holding the old bytes.
        session.execute(text("PRAGMA secure_delete = ON"))
    session.execute(delete(CustomerKey).where(CustomerKey.customer_id == customer_id))
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .values(
            id_number_enc=None,
            phone_enc=None,
            emergency_contact_enc=None,
            id_number_bidx=None,
            phone_bidx=None,
            phone_last4_bidx=None,
        )
        .execution_options(synchronize_session="fetch")
    )


# ----------------------------------------------------------------------------- search


def id_number_is(session: Session, number: str) -> ColumnElement[bool]:
    """The condition "the customer's ID number is ``number``" (normalised, as validated)."""
    return Customer.id_number_bidx == sealer_for(session).index(IndexKind.ID_NUMBER, number)


def phone_is(session: Session, phone: str) -> ColumnElement[bool]:
    """The condition "the customer's mobile is ``phone``" (11 digits, as validated)."""
    return Customer.phone_bidx == sealer_for(session).index(IndexKind.PHONE, phone)


def index_values(session: Session, *, code: str | None, phone: str | None) -> dict[str, Any]:
    """The blind index values the search compares with, for a query's exact-key forms:
    ``id_bidx`` of the code, ``phone_bidx`` of the mobile, ``tail_bidx`` of 4 digits."""
    sealer = sealer_for(session)
    tail = code if code is not None and len(code) == 4 and code.isdigit() else None
    return {
        "id_bidx": None if code is None else sealer.index(IndexKind.ID_NUMBER, code),
        "phone_bidx": None if phone is None else sealer.index(IndexKind.PHONE, phone),
        "tail_bidx": None if tail is None else sealer.index(IndexKind.PHONE_TAIL, tail),
    }


# ----------------------------------------------------------------------------- audit values


def seal_audit_values(
    session: Session, customer_id: int, values: Mapping[str, Any] | None
) -> dict[str, Any] | None:
    """A copy of ``values`` for an audit entry about the customer, each personal value
    (:data:`AUDIT_SEALED_KEYS`, when a non-empty text) sealed with the customer's key."""
    if values is None:
        return None
    if not any(k in AUDIT_SEALED_KEYS and isinstance(v, str) and v for k, v in values.items()):
        return dict(values)
    sealer = sealer_for(session)
    key = _customer_key(session, sealer, customer_id, make=True)
    assert key is not None
    return {
        k: sealer.seal_for_audit(key, customer_id, k, v)
        if k in AUDIT_SEALED_KEYS and isinstance(v, str) and v
        else v
        for k, v in values.items()
    }


def open_audit_values(session: Session, customer_id: int, values: Any) -> Any:
    """The reverse of :func:`seal_audit_values` for reading: a sealed value whose key is
    gone (shredded) becomes ``None``; anything else is returned as it is (entries from before
    migration 0011 were written in clear)."""
    if not isinstance(values, Mapping) or not any(is_audit_sealed(v) for v in values.values()):
        return values
    sealer = sealer_for(session)
    key = _customer_key(session, sealer, customer_id, make=False)
    opened: dict[str, Any] = {}
    for k, v in values.items():
        if not is_audit_sealed(v):
            opened[k] = v
        elif key is None:
            opened[k] = None
        else:
            try:
                opened[k] = sealer.open_from_audit(key, customer_id, k, v)
            except SealBroken as exc:
                raise _broken(customer_id, sealer) from exc
    return opened


# ----------------------------------------------------------------------------- complaints


@dataclass(frozen=True)
class ComplaintContact:
    """A complaint's contact fields in clear: ``""`` / ``None`` once erased."""

    phone: str
    emergency_contact: str | None


_NO_CONTACT = ComplaintContact("", None)
_IN_BATCH = 500


def _complaint_key(
    session: Session, sealer: Sealer, complaint_id: int, *, make: bool
) -> bytes | None:
    row = session.get(ComplaintKey, complaint_id)
    if row is None:
        if not make:
            return None
        check_key(_wrapping_key_id(session), _key_of(session), "")
        raw = sealer.new_complaint_key()
        session.add(
            ComplaintKey(
                complaint_id=complaint_id,
                wrapped_key=sealer.wrap_complaint_key(complaint_id, raw),
                key_id=sealer.key_id,
                created_at=datetime.now(UTC),
            )
        )
        session.flush()
        return raw
    return _unwrap_complaint(sealer, complaint_id, row.wrapped_key)


def _unwrap_complaint(sealer: Sealer, complaint_id: int, wrapped: bytes) -> bytes:
    try:
        return sealer.unwrap_complaint_key(complaint_id, wrapped)
    except SealBroken as exc:
        raise _broken_complaint(complaint_id, sealer) from exc


def _broken_complaint(complaint_id: int, sealer: Sealer) -> DataKeyError:
    return DataKeyError(
        "data.key_mismatch",
        f"a sealed field of complaint {complaint_id} does not open with its key",
        source=f"complaint {complaint_id}",
        key_id=sealer.key_id,
        stored_key_id=sealer.key_id,
    )


def store_complaint_contact(
    session: Session, complaint: Complaint, phone: str, emergency_contact: str | None
) -> None:
    """Seal a complaint's contact phone (as validated) and emergency contact with the
    complaint's own key, and index the phone for the repeat check and the lookup.

    Raises:
        DataKeyError: no usable data key.
    """
    sealer = sealer_for(session)
    if complaint.id is None:
        session.flush()
    cid = complaint.id
    key = _complaint_key(session, sealer, cid, make=True)
    assert key is not None
    complaint.contact_phone_enc = (
        sealer.seal_complaint(key, cid, "contact_phone", phone) if phone else None
    )
    complaint.contact_phone_bidx = sealer.index(IndexKind.COMPLAINT_PHONE, phone) if phone else None
    complaint.emergency_contact_enc = (
        sealer.seal_complaint(key, cid, "emergency_contact", emergency_contact)
        if emergency_contact
        else None
    )


def complaint_contacts(
    session: Session, complaints: Iterable[Complaint]
) -> dict[int, ComplaintContact]:
    """The contact fields of ``complaints`` in clear, by complaint id: their keys read in a
    few queries, not one per complaint (a list screen, the ledger).

    Raises:
        DataKeyError: ``data.key_mismatch`` when a value does not open with its key.
    """
    listed = list(complaints)
    wanted = {c.id: c for c in listed if c.contact_phone_enc or c.emergency_contact_enc}
    found = dict.fromkeys((c.id for c in listed), _NO_CONTACT)
    if not wanted:
        return found
    sealer = sealer_for(session)
    ids = sorted(wanted)
    wrapped: dict[int, bytes] = {}
    for start in range(0, len(ids), _IN_BATCH):
        chunk = ids[start : start + _IN_BATCH]
        for cid, key_bytes in session.execute(
            select(ComplaintKey.complaint_id, ComplaintKey.wrapped_key).where(
                ComplaintKey.complaint_id.in_(chunk)
            )
        ):
            wrapped[cid] = key_bytes
    for cid, complaint in wanted.items():
        if cid not in wrapped:  # shredded
            continue
        key = _unwrap_complaint(sealer, cid, wrapped[cid])
        try:
            phone = complaint.contact_phone_enc
            emergency = complaint.emergency_contact_enc
            found[cid] = ComplaintContact(
                "" if phone is None else sealer.open_complaint(key, cid, "contact_phone", phone),
                None
                if emergency is None
                else sealer.open_complaint(key, cid, "emergency_contact", emergency),
            )
        except SealBroken as exc:
            raise _broken_complaint(cid, sealer) from exc
    return found


def complaint_contact(session: Session, complaint: Complaint) -> ComplaintContact:
    """:func:`complaint_contacts` of one complaint."""
    return complaint_contacts(session, [complaint])[complaint.id]


def complaint_phone_is(session: Session, phone: str) -> ColumnElement[bool]:
    """The condition "the complaint's contact phone is ``phone``" (as the complaint phone
    check returns it: a customer's mobile is in that form too)."""
    return Complaint.contact_phone_bidx == sealer_for(session).index(
        IndexKind.COMPLAINT_PHONE, phone
    )


def shred_complaint(session: Session, complaint_id: int) -> None:
    """Destroy the complaint's key and empty its sealed contact fields and phone index, in
    the caller's unit of work (an erasure of the customer it names)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
    session.execute(delete(ComplaintKey).where(ComplaintKey.complaint_id == complaint_id))
    session.execute(
        update(Complaint)
        .where(Complaint.id == complaint_id)
        .values(contact_phone_enc=None, contact_phone_bidx=None, emergency_contact_enc=None)
        .execution_options(synchronize_session="fetch")
    )


def _rewrap_complaints(session: Session, old: Sealer, new: Sealer) -> None:
    """:func:`rewrap_all` for the complaints' keys and phone indexes."""
    after = 0
    while True:
        rows = session.execute(
            select(ComplaintKey.complaint_id, ComplaintKey.wrapped_key, Complaint.contact_phone_enc)
            .join(Complaint, Complaint.id == ComplaintKey.complaint_id)
            .where(ComplaintKey.complaint_id > after)
            .order_by(ComplaintKey.complaint_id)
            .limit(_ROTATE_BATCH)
        ).all()
        if not rows:
            return
        keys: list[dict[str, Any]] = []
        indexes: list[dict[str, Any]] = []
        for cid, wrapped, phone_enc in rows:
            key = _unwrap_complaint(old, cid, wrapped)
            try:
                phone = (
                    None
                    if phone_enc is None
                    else old.open_complaint(key, cid, "contact_phone", phone_enc)
                )
            except SealBroken as exc:
                raise _broken_complaint(cid, old) from exc
            keys.append(
                {"cid": cid, "wrapped": new.wrap_complaint_key(cid, key), "key_id": new.key_id}
            )
            indexes.append(
                {
                    "cid": cid,
                    "bidx": None if phone is None else new.index(IndexKind.COMPLAINT_PHONE, phone),
                }
            )
        session.execute(
            text(
                "UPDATE complaint_keys SET wrapped_key = :wrapped, key_id = :key_id "
                "WHERE complaint_id = :cid"
            ),
            keys,
        )
        session.execute(
            text("UPDATE complaints SET contact_phone_bidx = :bidx WHERE id = :cid"), indexes
        )
        after = rows[-1][0]


# ----------------------------------------------------------------------------- rotation

_ROTATE_BATCH = 2000


def rewrap_all(session: Session, old: Sealer, new: Sealer) -> int:
    """Re-wrap every customer's and complaint's key with ``new`` and recompute their blind
    indexes with it, in the caller's transaction; the sealed values do not change (the keys
    they are sealed with do not). Returns how many customers' keys were re-wrapped.

    Raises:
        DataKeyError: ``data.key_mismatch`` when a key or value does not open with ``old``.
    """
    done = 0
    after = 0
    while True:
        rows = session.execute(
            select(
                CustomerKey.customer_id,
                CustomerKey.wrapped_key,
                Customer.id_number_enc,
                Customer.phone_enc,
            )
            .join(Customer, Customer.id == CustomerKey.customer_id)
            .where(CustomerKey.customer_id > after)
            .order_by(CustomerKey.customer_id)
            .limit(_ROTATE_BATCH)
        ).all()
        if not rows:
            _rewrap_complaints(session, old, new)
            return done
        keys: list[dict[str, Any]] = []
        indexes: list[dict[str, Any]] = []
        for customer_id, wrapped, id_number_enc, phone_enc in rows:
            try:
                key = old.unwrap(customer_id, wrapped)
                id_number = (
                    None
                    if id_number_enc is None
                    else old.open(key, customer_id, "id_number", id_number_enc)
                )
                phone = (
                    None if phone_enc is None else old.open(key, customer_id, "phone", phone_enc)
                )
            except SealBroken as exc:
                raise _broken(customer_id, old) from exc
            keys.append(
                {"cid": customer_id, "wrapped": new.wrap(customer_id, key), "key_id": new.key_id}
            )
            indexes.append(
                {
                    "cid": customer_id,
                    "id_bidx": None
                    if id_number is None
                    else new.index(IndexKind.ID_NUMBER, id_number),
                    "phone_bidx": None if phone is None else new.index(IndexKind.PHONE, phone),
                    "tail_bidx": None if phone is None else new.phone_tail_index(phone),
                }
            )
        session.execute(
            text(
                "UPDATE customer_keys SET wrapped_key = :wrapped, key_id = :key_id "
                "WHERE customer_id = :cid"
            ),
            keys,
        )
        session.execute(
            text(
                "UPDATE customers SET id_number_bidx = :id_bidx, phone_bidx = :phone_bidx, "
                "phone_last4_bidx = :tail_bidx WHERE id = :cid"
            ),
            indexes,
        )
        done += len(rows)
        after = rows[-1][0]
