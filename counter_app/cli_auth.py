"""Who runs a command: the credentials a command line command asks for, checked as at sign-in.

A command that does a user's work (an export is a manager's right, docs/domain.md §1) takes
``--user 工号`` and the password from standard input (``--password-stdin``, for scheduled
runs that pipe it from a protected file) or from a prompt. The password is checked by
``AuthService.sign_in`` itself, so wrong passwords count towards the lockout and the sign-in
is in the audit trail; the user's role must then hold the permission the command needs. Each
command run, and each refused, is audited with the user, the OS account and the host.
:func:`run_as_user` is that whole round for a command: sign in, do the work, print its lines,
or say in one line why not (exit code 1).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the database is opened only once a command runs, not to parse its options
    from counter_app.db.engine import Database
    from counter_app.domain.clock import Clock
    from counter_app.domain.permissions import Permission
    from counter_app.services.base import Actor

EXIT_OK = 0
EXIT_ERROR = 1


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
    command: str | None = None,
) -> Actor:
    """The user, signed in without a counter, if they may do what the command does.

    The command (by default named by ``permission``) is audited with the user, the OS user and
    the host, and so is a refusal.

    Raises:
        AuthenticationFailed, AccountLocked: as at sign-in.
        PermissionDenied: the user's role lacks ``permission`` (a clerk exporting reports).
    """
    from counter_app.domain.errors import CounterError, DatabaseUnavailable, PermissionDenied
    from counter_app.services.auth import AuthService

    name = command or permission.value
    try:
        actor = AuthService(db, clock).sign_in(employee_no, password)
        if not actor.can(permission):
            raise PermissionDenied(
                f"{actor.employee_no} ({actor.role}) lacks {permission}",
                permission=permission.value,
                role=actor.role.value,
            )
    except CounterError as exc:
        if not isinstance(exc, DatabaseUnavailable):
            record_command(db, clock, None, name, employee_no=employee_no, refused=exc.code)
        raise
    record_command(db, clock, actor, name)
    return actor


def fail(message: str) -> int:
    """Say why a command did not do its work, in one line on standard error; its exit code."""
    print(f"counter-app: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def run_as_user(
    args: argparse.Namespace,
    db: Database,
    clock: Clock,
    permission: Permission,
    work: Callable[[Actor], Iterable[str]],
    *,
    command: str | None = None,
) -> int:
    """Sign the command's user in (see :func:`sign_in_for`), do ``work`` as them and print the
    lines it returns.

    ``args`` holds the options :func:`add_credentials` added. 0 once the work is done; 1 with
    one clear line when the sign-in is refused or the work fails (a :class:`CounterError`),
    and then nothing is printed on standard output.
    """
    from counter_app.domain.errors import CounterError
    from counter_app.views.errors import error_message

    try:
        actor = sign_in_for(
            db, clock, args.user, read_password(args.password_stdin), permission, command=command
        )
        lines = list(work(actor))
    except CounterError as exc:
        return fail(error_message(exc))
    for line in lines:
        print(line)
    return EXIT_OK


def os_origin() -> dict[str, str | None]:
    """The OS account and host a command is typed on, as its audit entry keeps them."""
    import getpass
    import socket

    try:
        os_user: str | None = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        os_user = None
    return {"os_user": os_user, "host": socket.gethostname()}


def record_command(
    db: Database,
    clock: Clock,
    actor: Actor | None,
    command: str,
    *,
    employee_no: str | None = None,
    refused: str | None = None,
) -> None:
    """Audit that ``command`` runs (or was ``refused``), by whom: the signed-in user (``None``
    for the first-run bootstrap, which has no user yet) and the OS account and host it was
    typed on. Never the password."""
    from counter_app.services import audit

    origin = os_origin()
    with db.write() as s:
        audit.record(
            s,
            at=clock.now(),
            user_id=None if actor is None else actor.user_id,
            counter_id=None,
            action="refused" if refused else "command",
            entity="cli",
            entity_id=command[:40],
            after={
                "employee_no": actor.employee_no if actor is not None else employee_no,
                **origin,
                "refused": refused,
            },
        )
