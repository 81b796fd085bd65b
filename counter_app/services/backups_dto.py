"""What the backups service takes, gives and refuses (docs/domain.md §11), without the
database, so the views may import it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from counter_app.domain.errors import CodedError


class BackupError(CodedError):
    """A backup that could not be made or proved, or a restore refused. Codes and params:

    ``backup.not_a_backup`` (``path``): the file is not a Counter backup;
    ``backup.version`` (``version``): made by a newer Counter in a format this one cannot read;
    ``backup.truncated`` (``path``): the file ends before its last part (cut off while copied);
    ``backup.damaged`` (``path``): a part does not authenticate (changed or damaged);
    ``backup.foreign`` (``key_id``, ``backup_key_id``, ``company``): made of another database
    with another data key;
    ``backup.wrong_key`` (``key_id``, ``backup_key_id``): of this database, but this PC's data
    key is not the one it was made with;
    ``backup.key_missing``: no data key on this PC (a backup is useless without it);
    ``backup.backend`` (``backend``, ``live``): made of an SQLite database and restored into
    PostgreSQL or the other way round;
    ``backup.unknown_schema`` (``revision``): made by a newer Counter (a schema revision this
    one does not know);
    ``backup.mismatch`` (``table``, ``expected``, ``found``): a table's row count in the copy
    differs from the header's;
    ``backup.audit_differs`` (``expected``, ``found``): the copy's audit trail does not end
    where the header says;
    ``backup.audit_broken`` (``entry``, ``problem``): the copy's audit trail does not verify
    with this PC's audit key (another company's backup, another audit key, or a trail changed
    before the backup, which is then never restored);
    ``backup.tool_missing`` (``tool``): pg_dump, pg_restore or psql is not installed;
    ``backup.tool_failed`` (``tool``, ``detail``): one of them failed, or SQLite could not
    write the live file (a counter still writing), or the day close's backup failed otherwise;
    ``backup.folder`` (``path``, ``detail``): the backup or off-site folder cannot be written;
    ``backup.in_memory``: an in-memory database has nothing to back up.
    """


@dataclass(frozen=True)
class BackupResult:
    """A backup written and proved by restoring it to a temporary database.

    ``audit_head`` is the ``SEQ:HASH`` anchor of the audit trail's newest entry at backup time
    (``counter-app verify-audit --anchor``); ``audit_intact`` whether the trail verified then.
    """

    path: str
    created_at: datetime
    backend: str
    key_id: str
    tables: int
    rows: int
    audit_head: str | None
    audit_intact: bool
    size: int
    offsite_path: str | None = None
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    """A backup restored in place of the database's data after it was proved, or only
    proved (``BackupService.verify``)."""

    path: str
    created_at: datetime
    backend: str
    tables: int
    rows: int
    audit_head: str | None


@dataclass(frozen=True)
class BackupOutcome:
    """The automatic backup at day close: made (``result``) or failed (``error``, worded by
    the view). A failed backup never undoes the day close."""

    result: BackupResult | None = None
    error: BackupError | None = field(default=None)
    #: The off-site copy could not be made although the backup is good.
    offsite_error: BackupError | None = None

    @property
    def ok(self) -> bool:
        return self.result is not None and self.error is None
