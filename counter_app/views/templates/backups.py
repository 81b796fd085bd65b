"""Message templates of backups and restores (services/backups/) and of the backup settings.

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a Counter backup (or cannot be read)."
    ),
    "backup.version": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made by a newer version of Counter (format {version}); install that "
        "version to restore it.",
    ),
    "backup.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} is cut short (a copy was interrupted). Nothing was restored; take "
        "the file again from the backup folder or the off-site copy.",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} was changed or is damaged: it does not prove genuine. Nothing was "
        "restored.",
    ),
    "backup.foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup is of another database (company “{company}”, data key {backup_key_id}); "
        "this PC's data key is {key_id}. Nothing was restored.",
    ),
    "backup.wrong_key": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made with the data key {backup_key_id}, and this PC has the data key "
        "{key_id}. Put back the data key the backup was made with (from where the key is kept, "
        "apart from the backups); nothing was restored.",
    ),
    "backup.key_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no data key on this PC: backups are encrypted with it and useless without "
        "it. Copy the key file from where it is kept or call the IT department.",
    ),
    "backup.backend": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a backup of a {backend} database; it cannot be restored into this {live} "
        "database.",
    ),
    "backup.unknown_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made by a newer version of Counter (schema {revision}); install that "
        "version to restore it.",
    ),
    "backup.mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup failed its check: table {table} has {found} rows in the restored copy, "
        "{expected} in the database. The backup is not kept.",
    ),
    "backup.audit_differs": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup failed its check: the audit trail of the restored copy ends at {found}, "
        "the database's at {expected}. The backup is not kept.",
    ),
    "backup.audit_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail in the backup does not verify with this PC's audit key from entry "
        "{entry} on (another company's backup, another audit key, or a changed trail): the "
        "backup is refused and nothing was restored.",
    ),
    "backup.tool_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{tool} is not installed on this PC: a PostgreSQL database is backed up and restored "
        "with the server's client tools (pg_dump, pg_restore, psql). Install them or ask the "
        "IT department.",
    ),
    "backup.tool_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be made: {tool} reported: {detail}"
    ),
    "backup.folder": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} cannot be written ({detail})."
    ),
    "backup.in_memory": QT_TRANSLATE_NOOP(
        "Messages", "An in-memory database has nothing to back up."
    ),
    "setting.folder": QT_TRANSLATE_NOOP(
        "Messages", "Enter a folder's full path (for example D:\\Backups), or leave it empty."
    ),
}

#: What a message says when the error does not carry a param.
DEFAULTS: dict[str, dict[str, object]] = {
    "backup.foreign": {"company": "—"},
    "backup.tool_failed": {"tool": "pg_dump", "detail": "—"},
    "backup.folder": {"detail": "—"},
}
