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

import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path

from counter_app.domain.errors import CodedError
from counter_app.services.key_files import KeyPlace

ENV_AUDIT_KEY = "COUNTER_AUDIT_KEY"
ENV_AUDIT_KEY_FILE = "COUNTER_AUDIT_KEY_FILE"
KEY_FILE = "audit.key"


class AuditKeyError(CodedError):
    """The audit key cannot be used. Codes and params:

    ``audit.key_unreadable`` (``source``): the file or variable does not hold 64 hex digits;
    ``audit.key_missing`` (``source``): the chain is keyed and no key was found;
    ``audit.key_mismatch`` (``source``, ``key_id``, ``chain_key_id``): the key found is not
    the one the chain is keyed with.
    """


def _unreadable(source: str) -> AuditKeyError:
    return AuditKeyError(
        "audit.key_unreadable",
        f"{source} does not hold an audit key (64 hexadecimal digits)",
        source=source,
    )


def _missing(source: str) -> AuditKeyError:
    return AuditKeyError("audit.key_missing", f"no audit key at {source}", source=source)


PLACE = KeyPlace(ENV_AUDIT_KEY, ENV_AUDIT_KEY_FILE, KEY_FILE, _unreadable, _missing)


@dataclass(frozen=True)
class AuditKey:
    """The key's bytes and where they came from (a path, or the variable's name)."""

    secret: bytes = field(repr=False)
    source: str

    @property
    def key_id(self) -> str:
        """A name for the key that gives nothing of it away: 16 hex digits."""
        return hmac.new(self.secret, b"counter-app audit key id", hashlib.sha256).hexdigest()[:16]


def key_path(data_dir: Path) -> Path:
    """Where this PC's key file is: ``COUNTER_AUDIT_KEY_FILE`` or the data directory's."""
    return PLACE.path(data_dir)


def load_audit_key(data_dir: Path, *, create: bool) -> AuditKey | None:
    """The audit key this PC uses; with ``create``, the data directory's file is made first
    when no key is configured and none exists yet. ``None``: no key (and none made).

    Raises:
        AuditKeyError: ``audit.key_unreadable``; ``audit.key_missing`` when the file
        ``COUNTER_AUDIT_KEY_FILE`` names is not there.
    """
    found = PLACE.find(data_dir, create=create)
    return None if found is None else AuditKey(*found)
