"""``counter-app rotate-data-key``: the administrator replaces the hall's data key
(docs/domain.md §11, the README's "Data key").

Takes an administrator's credentials (see :mod:`counter_app.cli_auth`) and is audited with the
user, the OS user and the host. Stop every counter of the database first: each needs the new
key file before it starts again.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counter_app.cli_auth import add_credentials, os_origin, run_as_user
from counter_app.domain.clock import SystemClock
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.db.engine import Database
    from counter_app.services.base import Actor


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

    clock = SystemClock()

    def work(actor: Actor) -> list[str]:
        done = DataKeyService(db, clock, actor).rotate(origin=os_origin())
        return [
            f"Data key rotated: key id {done.old_key_id} -> {done.new_key_id}",
            f"  {done.customers} customers' keys re-wrapped, blind indexes rebuilt.",
            f"  New key: {done.key_path}",
            f"  Old key kept as {done.old_key_path} (backups made before today need it).",
            "  Copy the new key to every counter of the hall and to its safe place now.",
        ]

    return run_as_user(args, db, clock, Permission.BACKUP, work, command=args.command)
