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
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from counter_app.cli_auth import add_credentials, os_origin, read_password, sign_in_for
from counter_app.domain.clock import SystemClock
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.config import Config
    from counter_app.db.engine import Database

EXIT_OK = 0
EXIT_ERROR = 1


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
    from counter_app.views.errors import error_message

    clock = SystemClock()
    try:
        actor = sign_in_for(
            db,
            clock,
            args.user,
            read_password(args.password_stdin),
            Permission.BACKUP,
            command=args.command,
        )
        service = BackupService(db, clock, actor, data_dir=config.data_dir)
        if args.command == "backup":
            made = service.backup(Path(args.out), origin=os_origin())
        elif args.check:
            restored = service.verify(Path(args.file), origin=os_origin())
        else:
            restored = service.restore(Path(args.file), origin=os_origin())
    except CounterError as exc:
        print(f"counter-app: error: {error_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "backup":
        print(f"Backup written and proved by a test restore: {made.path}")
        print(
            f"  {made.tables} tables, {made.rows} rows, {made.size} bytes, data key {made.key_id}"
        )
        if made.audit_head:
            print(f"  Audit trail head (keep as an anchor): {made.audit_head}")
        if not made.audit_intact:
            print("  Warning: the audit trail did not verify when backed up; run verify-audit.")
        print("  The backup is useless without this PC's data key: keep the key apart from it.")
        return EXIT_OK
    if args.check:
        print(f"Backup proved by a test restore: {restored.path}")
        print(
            f"  made {restored.created_at.isoformat()}; {restored.tables} tables, "
            f"{restored.rows} rows; nothing was changed."
        )
        if restored.audit_head:
            print(f"  Audit trail head of the backup: {restored.audit_head}")
        return EXIT_OK
    print(f"Restored from {restored.path} (made {restored.created_at.isoformat()}):")
    print(f"  {restored.tables} tables, {restored.rows} rows proved before the data was replaced.")
    if restored.audit_head:
        print(f"  Audit trail head of the backup: {restored.audit_head}")
    return EXIT_OK
