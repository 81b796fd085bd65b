"""The hall's data key: the secret personal data at rest is protected with (docs/domain.md §11).

Like the audit key it never goes into the database, or a stolen copy of the database would
carry what is needed to read it. It comes, first found wins, from

1. ``COUNTER_DATA_KEY``: 64 hexadecimal digits;
2. ``COUNTER_DATA_KEY_FILE``: the path of a file holding them (e.g. on the IT department's
   protected share, the same file for every counter of a central database);
3. ``data.key`` in the data directory, made at the first start with a fresh random key,
   readable by its owner only (0600).

Nothing is encrypted with the data key itself: :meth:`DataKey.derive` gives a sub-key per
purpose (HKDF-SHA256), so the key that wraps the customers' own keys, the key of the blind
indexes and the key of the backups are independent of one another.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counter_app.domain.errors import CodedError
from counter_app.services.key_files import KEY_BYTES, KeyPlace

ENV_DATA_KEY = "COUNTER_DATA_KEY"
ENV_DATA_KEY_FILE = "COUNTER_DATA_KEY_FILE"
KEY_FILE = "data.key"

#: What a sub-key is for: wrapping each customer's key, the keyed search indexes, backups.
PURPOSES = frozenset({"pii-wrap", "blind-index", "backup"})


class DataKeyError(CodedError):
    """The data key cannot be used. Codes and params:

    ``data.key_unreadable`` (``source``): the file or variable does not hold 64 hex digits;
    ``data.key_missing`` (``source``): the database holds protected personal data and no
    key was found;
    ``data.key_mismatch`` (``source``, ``key_id``, ``stored_key_id``): the key found is not
    the one the database's personal data is protected with.
    """


def _unreadable(source: str) -> DataKeyError:
    return DataKeyError(
        "data.key_unreadable",
        f"{source} does not hold a data key (64 hexadecimal digits)",
        source=source,
    )


def _missing(source: str) -> DataKeyError:
    return DataKeyError("data.key_missing", f"no data key at {source}", source=source)


PLACE = KeyPlace(ENV_DATA_KEY, ENV_DATA_KEY_FILE, KEY_FILE, _unreadable, _missing)


@dataclass(frozen=True)
class DataKey:
    """The key's bytes and where they came from (a path, or the variable's name)."""

    secret: bytes = field(repr=False)
    source: str

    @property
    def key_id(self) -> str:
        """A name for the key that gives nothing of it away: 16 hex digits."""
        return hmac.new(self.secret, b"counter-app data key id", hashlib.sha256).hexdigest()[:16]

    def derive(self, purpose: str) -> bytes:
        """The 32-byte sub-key for ``purpose`` (one of :data:`PURPOSES`): HKDF-SHA256 with
        the purpose as its info, the same bytes on every counter holding this key.

        Raises:
            ValueError: an unknown purpose (a typo must not silently make another key).
        """
        if purpose not in PURPOSES:
            raise ValueError(f"unknown data key purpose {purpose!r}")
        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=KEY_BYTES,
            salt=None,
            info=b"counter-app data key/" + purpose.encode("ascii"),
        )
        return hkdf.derive(self.secret)


def key_path(data_dir: Path) -> Path:
    """Where this PC's key file is: ``COUNTER_DATA_KEY_FILE`` or the data directory's."""
    return PLACE.path(data_dir)


def load_data_key(data_dir: Path, *, create: bool) -> DataKey | None:
    """The data key this PC uses; with ``create``, the data directory's file is made first
    when no key is configured and none exists yet. ``None``: no key (and none made).

    Raises:
        DataKeyError: ``data.key_unreadable``; ``data.key_missing`` when the file
        ``COUNTER_DATA_KEY_FILE`` names is not there.
    """
    found = PLACE.find(data_dir, create=create)
    return None if found is None else DataKey(*found)
