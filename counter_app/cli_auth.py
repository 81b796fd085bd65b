"""Who runs a command: the credentials a command line command asks for, checked as at sign-in.

A command that does a user's work (an export is a manager's right, docs/domain.md §1) takes
``--user 工号`` and the password from standard input (``--password-stdin``, for scheduled
runs that pipe it from a protected file) or from a prompt. The password is checked by
``AuthService.sign_in`` itself, so wrong passwords count towards the lockout and the sign-in
is in the audit trail; the user's role must then hold the permission the command needs.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the database is opened only once a command runs, not to parse its options
    from counter_app.db.engine import Database
    from counter_app.domain.clock import Clock
    from counter_app.domain.permissions import Permission
    from counter_app.services.base import Actor


def add_credentials(parser: argparse.ArgumentParser) -> None:
    """The ``--user`` and ``--password-stdin`` options of a command that acts as a user."""
    parser.add_argument("--user", required=True, metavar="工号", help="your employee number")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of prompting",
    )


def read_password(from_stdin: bool, stdin: TextIO | None = None) -> str:
    """The password: the first line of standard input, or typed at a prompt (not echoed)."""
    if from_stdin:
        return (stdin or sys.stdin).readline().rstrip("\r\n")
    return getpass.getpass("Password: ")


def sign_in_for(
    db: Database,
    clock: Clock,
    employee_no: str,
    password: str,
    permission: Permission,
) -> Actor:
    """The user, signed in without a counter, if they may do what the command does.

    Raises:
        AuthenticationFailed, AccountLocked: as at sign-in.
        PermissionDenied: the user's role lacks ``permission`` (a clerk exporting reports).
    """
    from counter_app.domain.errors import PermissionDenied
    from counter_app.services.auth import AuthService

    actor = AuthService(db, clock).sign_in(employee_no, password)
    if not actor.can(permission):
        raise PermissionDenied(
            f"{actor.employee_no} ({actor.role}) lacks {permission}",
            permission=permission.value,
            role=actor.role.value,
        )
    return actor
