"""The backup file: a header in clear, then the database's bytes encrypted in authenticated
chunks (docs/domain.md §11).

Layout::

    magic "CNTRBAK\\n" | format version (2 bytes) | header length (4 bytes) | header (JSON)
    then chunks:  ciphertext length (4 bytes) | AES-256-GCM ciphertext and tag

The header says what the file holds without the key: the data key's id, when it was made,
the backend, the schema revision, each table's row count and the audit trail's head. Each
file has its own key, derived (HKDF-SHA256) from the data key's ``backup`` sub-key and a
random salt in the header, so chunk nonces can count from zero: a nonce is the chunk's number
and a last-chunk flag. Every chunk authenticates the whole header as associated data; a
changed header, a reordered, altered or dropped chunk, and a file cut short (no chunk carries
the last flag) are all refused before anything of the file is used.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counter_app.services.backups_dto import BackupError

MAGIC = b"CNTRBAK\n"
FORMAT_VERSION = 1
#: Plaintext bytes per chunk: large enough to stream at disk speed, small enough to hold.
CHUNK = 1 << 20
_PREFIX = struct.Struct(">8sHI")
_LENGTH = struct.Struct(">I")
_MAX_HEADER = 1 << 20
_TAG = 16
_SALT_BYTES = 16
_FILE_KEY_INFO = b"counter-app backup file v1"


@dataclass(frozen=True)
class Header:
    """What a backup says about itself, readable without the key.

    ``rows`` maps every table to its row count; ``audit`` holds the trail's check at backup
    time: ``entries``, ``head`` (``SEQ:HASH`` or None), ``first_broken_id`` and ``problem``.
    ``database_id`` is the hash of the trail's first entry, the same in every backup of one
    database, to tell another database's backup from this one's.
    """

    key_id: str
    salt: bytes
    created_at: datetime
    backend: str
    schema_revision: tuple[str, ...]
    rows: dict[str, int]
    audit: dict[str, Any]
    database_id: str | None
    company: str
    app_version: str
    #: PostgreSQL: the schema the dump is of (None for SQLite).
    schema: str | None = None

    def to_bytes(self) -> bytes:
        body = {
            "key_id": self.key_id,
            "salt": self.salt.hex(),
            "created_at": self.created_at.isoformat(),
            "backend": self.backend,
            "schema_revision": list(self.schema_revision),
            "rows": self.rows,
            "audit": self.audit,
            "database_id": self.database_id,
            "company": self.company,
            "app_version": self.app_version,
            "schema": self.schema,
            "chunk": CHUNK,
        }
        return json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> Header:
        try:
            body = json.loads(raw.decode("utf-8"))
            return cls(
                key_id=str(body["key_id"]),
                salt=bytes.fromhex(body["salt"]),
                created_at=datetime.fromisoformat(body["created_at"]),
                backend=str(body["backend"]),
                schema_revision=tuple(str(r) for r in body["schema_revision"]),
                rows={str(k): int(v) for k, v in body["rows"].items()},
                audit=dict(body["audit"]),
                database_id=body.get("database_id"),
                company=str(body.get("company", "")),
                app_version=str(body.get("app_version", "")),
                schema=body.get("schema"),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupError("backup.damaged", f"{path}: header: {exc}", path=str(path)) from exc

    @property
    def audit_head(self) -> str | None:
        head = self.audit.get("head")
        return None if head is None else str(head)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def new_salt() -> bytes:
    import secrets

    return secrets.token_bytes(_SALT_BYTES)


def _file_key(backup_key: bytes, salt: bytes) -> AESGCM:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_FILE_KEY_INFO)
    return AESGCM(hkdf.derive(backup_key))


def _nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _prefix(header: bytes) -> bytes:
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header)) + header


def write(out: IO[bytes], header: Header, backup_key: bytes, source: IO[bytes]) -> int:
    """Write the header and ``source`` encrypted to ``out``; the bytes of plaintext written."""
    raw_header = header.to_bytes()
    prefix = _prefix(raw_header)
    out.write(prefix)
    aad = hashlib.sha256(prefix).digest()
    aead = _file_key(backup_key, header.salt)
    number = 0
    total = 0
    piece = _read_full(source, CHUNK)
    while True:
        following = _read_full(source, CHUNK) if len(piece) == CHUNK else b""
        last = not following
        sealed = aead.encrypt(_nonce(number, last), piece, aad)
        out.write(_LENGTH.pack(len(sealed)))
        out.write(sealed)
        total += len(piece)
        if last:
            return total
        number += 1
        piece = following


def _read_full(stream: IO[bytes], size: int) -> bytes:
    """Up to ``size`` bytes, fewer only at the end (a pipe gives what it has each read)."""
    parts = []
    wanted = size
    while wanted:
        part = stream.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def read_header(stream: IO[bytes], path: Path) -> tuple[Header, bytes]:
    """The header and the bytes it is authenticated as (the file's first bytes).

    Raises:
        BackupError: ``backup.not_a_backup``, ``backup.version``, ``backup.truncated``,
            ``backup.damaged``.
    """
    start = stream.read(_PREFIX.size)
    if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
        raise BackupError("backup.not_a_backup", f"{path} is not a backup", path=str(path))
    if len(start) < _PREFIX.size:
        raise BackupError("backup.truncated", f"{path} is cut short", path=str(path))
    _, version, length = _PREFIX.unpack(start)
    if version != FORMAT_VERSION:
        raise BackupError("backup.version", f"{path}: format {version}", version=version)
    if length > _MAX_HEADER:
        raise BackupError("backup.damaged", f"{path}: header too long", path=str(path))
    raw = stream.read(length)
    if len(raw) < length:
        raise BackupError("backup.truncated", f"{path} is cut short", path=str(path))
    return Header.from_bytes(raw, path), start + raw


def chunks(stream: IO[bytes], path: Path, backup_key: bytes) -> Iterator[bytes]:
    """Read the header from ``stream`` and yield the plaintext chunk by chunk, each only once
    it authenticates; the last is yielded only if nothing follows it.

    Raises:
        BackupError: as :func:`read_header`; ``backup.truncated`` when the file ends before
            its last chunk; ``backup.damaged`` when a chunk does not authenticate (changed,
            reordered, another key) or bytes follow the last one.
    """
    header, prefix = read_header(stream, path)
    aad = hashlib.sha256(prefix).digest()
    aead = _file_key(backup_key, header.salt)
    number = 0
    while True:
        length_bytes = stream.read(_LENGTH.size)
        if len(length_bytes) < _LENGTH.size:
            raise BackupError("backup.truncated", f"{path} ends at chunk {number}", path=str(path))
        (length,) = _LENGTH.unpack(length_bytes)
        if not _TAG <= length <= CHUNK + _TAG:
            raise BackupError("backup.damaged", f"{path}: chunk {number} length", path=str(path))
        sealed = _read_full(stream, length)
        if len(sealed) < length:
            raise BackupError("backup.truncated", f"{path} ends in chunk {number}", path=str(path))
        last = False
        try:
            plain = aead.decrypt(_nonce(number, False), sealed, aad)
        except InvalidTag:
            try:
                plain = aead.decrypt(_nonce(number, True), sealed, aad)
            except InvalidTag:
                raise BackupError(
                    "backup.damaged",
                    f"{path}: chunk {number} does not authenticate",
                    path=str(path),
                ) from None
            last = True
        if last:
            if stream.read(1):
                raise BackupError(
                    "backup.damaged", f"{path}: bytes after the last chunk", path=str(path)
                )
            yield plain
            return
        yield plain
        number += 1


def header_of(path: Path) -> Header:
    """The header of the backup at ``path`` (no key needed)."""
    try:
        with open(path, "rb") as stream:
            return read_header(stream, path)[0]
    except OSError as exc:
        raise BackupError("backup.not_a_backup", f"{path}: {exc}", path=str(path)) from exc
