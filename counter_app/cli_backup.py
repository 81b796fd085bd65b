"""``counter-app backup`` and ``counter-app restore``: the administrator's encrypted, proved
backups (docs/domain.md §11).

``backup --out FILE`` writes the whole database, encrypted with this PC's data key, and proves
it by restoring it to a temporary database; ``restore FILE`` replaces the database's data with
a backup once the file and a restored copy of it are proved; ``restore FILE --check`` only
proves it and changes nothing. Both take an administrator's credentials (see
:mod:`counter_app.cli_auth`) and are audited with the user, the OS user and the host. Stop
every counter of the database before a restore.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from counter_app.cli_auth import add_credentials, os_origin, run_as_user
from counter_app.domain.clock import SystemClock
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.config import Config
    from counter_app.db.engine import Database
    from counter_app.services.backups_dto import BackupResult, RestoreResult
    from counter_app.services.base import Actor


def add_backup_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``backup`` and ``restore`` and their options."""
    backup = sub.add_parser(
        "backup",
        help="back the database up to an encrypted file, proved by a test restore "
        "(an administrator's right)",
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    add_credentials(backup)
    restore = sub.add_parser(
        "restore",
        help="replace the database's data with a backup (an administrator's right; stop every "
        "counter first)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument(
        "--check",
        action="store_true",
        help="only prove the backup by restoring it to a temporary database; change nothing "
        "(for an off-site copy, now and then)",
    )
    add_credentials(restore)


def run_backup_command(args: argparse.Namespace, db: Database, config: Config) -> int:
    """Check the credentials, then back up or restore; a refusal is one clear line."""
    from counter_app.services.backups import BackupService

    clock = SystemClock()

    def work(actor: Actor) -> list[str]:
        service = BackupService(db, clock, actor, data_dir=config.data_dir)
        if args.command == "backup":
            return _backed_up(service.backup(Path(args.out), origin=os_origin()))
        if args.check:
            return _restored(service.verify(Path(args.file), origin=os_origin()), checked=True)
        return _restored(service.restore(Path(args.file), origin=os_origin()), checked=False)

    return run_as_user(args, db, clock, Permission.BACKUP, work, command=args.command)


def _backed_up(made: BackupResult) -> list[str]:
    lines = [
        f"Backup written and proved by a test restore: {made.path}",
        f"  {made.tables} tables, {made.rows} rows, {made.size} bytes, data key {made.key_id}",
    ]
    if made.audit_head:
        lines.append(f"  Audit trail head (keep as an anchor): {made.audit_head}")
    if not made.audit_intact:
        lines.append("  Warning: the audit trail did not verify when backed up; run verify-audit.")
    lines.append("  The backup is useless without this PC's data key: keep the key apart from it.")
    return lines


def _restored(restored: RestoreResult, *, checked: bool) -> list[str]:
    if checked:
        lines = [
            f"Backup proved by a test restore: {restored.path}",
            f"  made {restored.created_at.isoformat()}; {restored.tables} tables, "
            f"{restored.rows} rows; nothing was changed.",
        ]
    else:
        lines = [
            f"Restored from {restored.path} (made {restored.created_at.isoformat()}):",
            f"  {restored.tables} tables, {restored.rows} rows proved before the data was "
            "replaced.",
        ]
    if restored.audit_head:
        lines.append(f"  Audit trail head of the backup: {restored.audit_head}")
    return lines
