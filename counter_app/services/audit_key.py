"""The audit key: the secret the audit trail's hashes are keyed with (docs/domain.md §11).

The key never goes into the database, or a copy of the database would carry what is needed to
rewrite its own trail. It comes, first found wins, from

1. ``COUNTER_AUDIT_KEY``: 64 hexadecimal digits, for an IT department that hands out secrets
   through the environment;
2. ``COUNTER_AUDIT_KEY_FILE``: the path of a file holding them (e.g. on a protected share,
   the same file for every counter of a central database);
3. ``audit.key`` in the data directory, beside ``workstation.json``: made at the first start
   with a fresh random key, readable by its owner only (0600).

A key is known by its *key id* (an HMAC of a fixed text, safe to print): the chain records the
id it was keyed with, so a counter holding another key refuses to start instead of writing
entries no one could verify.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from counter_app.domain.errors import CodedError

ENV_AUDIT_KEY = "COUNTER_AUDIT_KEY"
ENV_AUDIT_KEY_FILE = "COUNTER_AUDIT_KEY_FILE"
KEY_FILE = "audit.key"
_KEY_BYTES = 32


class AuditKeyError(CodedError):
    """The audit key cannot be used. Codes and params:

    ``audit.key_unreadable`` (``source``): the file or variable does not hold 64 hex digits;
    ``audit.key_missing`` (``source``): the chain is keyed and no key was found;
    ``audit.key_mismatch`` (``source``, ``key_id``, ``chain_key_id``): the key found is not
    the one the chain is keyed with.
    """


@dataclass(frozen=True)
class AuditKey:
    """The key's bytes and where they came from (a path, or the variable's name)."""

    secret: bytes = field(repr=False)
    source: str

    @property
    def key_id(self) -> str:
        """A name for the key that gives nothing of it away: 16 hex digits."""
        return hmac.new(self.secret, b"counter-app audit key id", hashlib.sha256).hexdigest()[:16]


def _parse(text: str, source: str) -> AuditKey:
    raw = text.strip()
    try:
        secret = bytes.fromhex(raw)
    except ValueError:
        secret = b""
    if len(secret) != _KEY_BYTES:
        raise AuditKeyError(
            "audit.key_unreadable",
            f"{source} does not hold an audit key (64 hexadecimal digits)",
            source=source,
        )
    return AuditKey(secret, source)


def key_path(data_dir: Path) -> Path:
    """Where this PC's key file is: ``COUNTER_AUDIT_KEY_FILE`` or the data directory's."""
    configured = os.environ.get(ENV_AUDIT_KEY_FILE)
    return Path(configured).expanduser() if configured else data_dir / KEY_FILE


def _create(path: Path) -> None:
    """Write a new random key to ``path`` unless a key is there already (0600, whole or not)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(_KEY_BYTES) + "\n")
            out.flush()
            os.fsync(out.fileno())
        # A link fails where a file exists: two counters starting at once keep one key.
        with contextlib.suppress(FileExistsError):
            os.link(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def load_audit_key(data_dir: Path, *, create: bool) -> AuditKey | None:
    """The audit key this PC uses; with ``create``, the data directory's file is made first
    when no key is configured and none exists yet. ``None``: no key (and none made).

    Raises:
        AuditKeyError: ``audit.key_unreadable``; ``audit.key_missing`` when the file
        ``COUNTER_AUDIT_KEY_FILE`` names is not there.
    """
    value = os.environ.get(ENV_AUDIT_KEY)
    if value:
        return _parse(value, ENV_AUDIT_KEY)
    path = key_path(data_dir)
    if not path.exists():
        if os.environ.get(ENV_AUDIT_KEY_FILE):
            # A key the IT department supplies is never invented here.
            raise AuditKeyError("audit.key_missing", f"no audit key at {path}", source=str(path))
        if not create:
            return None
        _create(path)
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        text = ""
    return _parse(text, str(path))
