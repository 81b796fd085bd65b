"""``counter-app rotate-data-key``: the administrator replaces the hall's data key
(docs/domain.md §11, the README's "Data key").

Takes an administrator's credentials (see :mod:`counter_app.cli_auth`) and is audited with the
user, the OS user and the host. Stop every counter of the database first: each needs the new
key file before it starts again.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from counter_app.cli_auth import add_credentials, os_origin, read_password, sign_in_for
from counter_app.domain.clock import SystemClock
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.db.engine import Database

EXIT_OK = 0
EXIT_ERROR = 1


def add_rotate_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rotate = sub.add_parser(
        "rotate-data-key",
        help="replace the hall's data key, re-wrapping every customer's key (an "
        "administrator's right; stop every counter first)",
    )
    add_credentials(rotate)


def run_rotate_data_key(args: argparse.Namespace, db: Database) -> int:
    """Check the credentials, then rotate; a refusal is one clear line."""
    from counter_app.services.data_key_rotation import DataKeyService
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
        done = DataKeyService(db, clock, actor).rotate(origin=os_origin())
    except CounterError as exc:
        print(f"counter-app: error: {error_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Data key rotated: key id {done.old_key_id} -> {done.new_key_id}")
    print(f"  {done.customers} customers' keys re-wrapped, blind indexes rebuilt.")
    print(f"  New key: {done.key_path}")
    print(f"  Old key kept as {done.old_key_path} (backups made before today need it).")
    print("  Copy the new key to every counter of the hall and to its safe place now.")
    return EXIT_OK
