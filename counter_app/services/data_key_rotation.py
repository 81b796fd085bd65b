"""Rotating the hall's data key (docs/domain.md §11, the README's "Data key").

A new data key needs no re-encryption of personal data: every customer's own key is re-wrapped
with the new key and the blind indexes are recomputed with it, in one transaction. The key file
is replaced only after that transaction has committed:

1. the new key is written beside the key file as ``data.key.new`` (0600);
2. the database is re-wrapped and the rotation audited, in one transaction;
3. the old key is kept as ``data.key.old-KEYID`` (backups made with it need it) and the new
   one takes the key file's name.

A rotation cut short before 2 committed leaves the database and the key file as they were (the
stale ``.new`` file is replaced by the next rotation); after 2, the database needs the key in
``data.key.new``, which a counter refusing to start names by its key id.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from counter_app.domain.permissions import Permission
from counter_app.services import audit, personal_data
from counter_app.services.base import Service, requires
from counter_app.services.data_key import ENV_DATA_KEY, DataKey, DataKeyError
from counter_app.services.key_files import KEY_BYTES, create_key_file


@dataclass(frozen=True)
class Rotation:
    """What a rotation did: the key ids, how many customers' keys were re-wrapped, and where
    the new key and the kept old one are."""

    old_key_id: str
    new_key_id: str
    customers: int
    key_path: Path
    old_key_path: Path


class DataKeyService(Service):
    """The administrator's work on the data key."""

    @requires(Permission.BACKUP)
    def rotate(self, origin: dict[str, str | None] | None = None) -> Rotation:
        """Replace the data key the database was opened with by a new one.

        Args:
            origin: The OS user and host the command was typed on, for the audit entry.

        Raises:
            DataKeyError: ``data.rotate_supplied`` when the key comes from ``COUNTER_DATA_KEY``
                (the IT department rotates what it supplies), ``data.key_missing`` when the
                database was opened without one.
        """
        old = personal_data.data_key_of(self._db)
        if old is None:
            raise DataKeyError("data.key_missing", "no data key", source="no key given")
        if old.source == ENV_DATA_KEY:
            raise DataKeyError(
                "data.rotate_supplied", "the data key comes from the environment", source=old.source
            )
        path = Path(old.source)
        new_path = path.with_name(path.name + ".new")
        new_path.unlink(missing_ok=True)  # left by a rotation that did not commit
        create_key_file(new_path, secrets.token_bytes(KEY_BYTES))
        new = DataKey(bytes.fromhex(new_path.read_text(encoding="ascii").strip()), str(path))
        with self._db.write() as s:
            count = personal_data.rewrap_all(
                s, personal_data.sealer_of(old), personal_data.sealer_of(new)
            )
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "rotate",
                "data_key",
                new.key_id,
                before={"key_id": old.key_id},
                after={"key_id": new.key_id, "customers": count, **(origin or {})},
            )
        kept = path.with_name(f"{path.name}.old-{old.key_id}")
        create_key_file(kept, old.secret)
        os.replace(new_path, path)
        personal_data.use_data_key(self._db, new)
        return Rotation(old.key_id, new.key_id, count, path, kept)
