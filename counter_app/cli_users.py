"""``counter-app user add``: an administrator adds a user from the command line.

It takes the administrator's credentials as every command that changes data does
(``--user 工号``, the password from a prompt or with ``--password-stdin`` the first line of
standard input), then the new user's temporary password (asked twice, or the next line).
The one exception is the first-run bootstrap: on a database without any user, the first
administrator is added without credentials, as ``counter-app setup`` does (docs/domain.md §1).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from counter_app.cli_auth import EXIT_OK, fail, read_password, record_command, sign_in_for
from counter_app.domain.clock import SystemClock
from counter_app.domain.errors import CounterError, DatabaseUnavailable
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.db.engine import Database

ROLES = ("clerk", "manager", "auditor", "admin")


def add_user_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``user add`` and its options."""
    user = sub.add_parser("user", help="manage users")
    user_sub = user.add_subparsers(dest="user_command", metavar="action", required=True)
    add = user_sub.add_parser(
        "add",
        help="add a user (an administrator's credentials; none for the first administrator "
        "of an empty database)",
    )
    add.add_argument("employee_no", help="employee number (工号), letters and digits")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=ROLES, help="role")
    add.add_argument("--hall", help="hall code, e.g. H01 (required except for admin)")
    add.add_argument("--user", metavar="工号", help="your employee number (an administrator)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the passwords from standard input instead of prompting: yours on the first "
        "line (with --user), the new user's temporary one on the next",
    )


def _new_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("The new user's password: ")
    if getpass.getpass("Repeat the password: ") != password:
        return None
    return password


def _has_users(db: Database) -> bool:
    from sqlalchemy import func, select

    from counter_app.db.models import User

    with db.read() as s:
        return bool(s.execute(select(func.count()).select_from(User)).scalar_one())


def run_user_add(args: argparse.Namespace, db: Database) -> int:
    """Add the user the options describe; 0 when added, 1 with one clear line when refused."""
    from counter_app.domain.enums import Role
    from counter_app.services.admin.users import UserAdminService
    from counter_app.services.auth import create_user
    from counter_app.views.messages import render

    clock = SystemClock()
    role = Role(args.role)
    try:
        if not _has_users(db):
            if role is not Role.ADMIN:
                return fail("the database has no users yet: the first one must be an admin")
            password = _new_password(args.password_stdin)
            if password is None:
                return fail("the passwords do not match")
            record_command(db, clock, None, "user add", employee_no=args.employee_no)
            with db.write() as s:
                create_user(
                    s,
                    employee_no=args.employee_no,
                    name=args.name,
                    role=role,
                    password=password,
                    hall_code=args.hall,
                    at_clock=clock,
                    # Typed at the command line: its user chooses their own at the first sign-in.
                    must_change_password=True,
                )
        else:
            if not args.user:
                return fail("the database has users: give --user with the 工号 of an administrator")
            actor = sign_in_for(
                db,
                clock,
                args.user,
                read_password(args.password_stdin),
                Permission.USER_ADMIN,
                command="user add",
            )
            password = _new_password(args.password_stdin)
            if password is None:
                return fail("the passwords do not match")
            UserAdminService(db, clock, actor).add_user(
                employee_no=args.employee_no,
                name=args.name,
                role=role,
                password=password,
                hall_code=args.hall,
            )
    except DatabaseUnavailable:
        raise
    except CounterError as exc:
        return fail(render(getattr(exc, "code", "error"), exc.params))
    print(f"User {args.employee_no.strip()} ({role.value}) added.")
    return EXIT_OK
