"""``counter-app setup --config FILE``: first-run setup from a TOML file, for an IT department
rolling out many counters (docs/domain.md §2; an example is docs/setup-example.toml).

The file holds the company, its first hall, the tariffs and the first administrator's 工号
and name; the administrator's password is never in the file: it is asked for (twice), or read
from standard input with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from counter_app.cli_auth import read_password, record_command
from counter_app.config import Config
from counter_app.context import AppContext, build_context, open_database
from counter_app.domain.clock import SystemClock
from counter_app.domain.errors import CounterError, DatabaseUnavailable


def context_without_demo(config: Config) -> AppContext:
    """The counter application's context that never adds demo data: an empty database opens
    the setup wizard (``counter-app gui --no-demo``)."""
    return build_context(config, seed_if_empty=False)


def _new_password(from_stdin: bool) -> str | None:
    """The administrator's password, read as every command reads one; typed at a prompt it is
    asked twice (None when the two differ)."""
    password = read_password(from_stdin)
    if not from_stdin and getpass.getpass("Repeat the password: ") != password:
        print("counter-app: error: the passwords do not match", file=sys.stderr)
        return None
    return password


def run_setup(args: argparse.Namespace, config: Config) -> int:
    """Set up the company the file describes; 0 on success, 1 when anything is refused."""
    from counter_app.services.setup import FirstRunService, plan_from_toml
    from counter_app.views.messages import render

    password = _new_password(args.password_stdin)
    if password is None:
        return 1
    try:
        plan = plan_from_toml(Path(args.config), password)
        db = open_database(config)
    except CounterError as exc:
        print(f"counter-app: error: {render(exc.code, exc.params)}", file=sys.stderr)
        return 3 if isinstance(exc, DatabaseUnavailable) else 1
    clock = SystemClock()
    try:
        FirstRunService(db, clock).set_up(plan)
        record_command(db, clock, None, "setup", employee_no=plan.admin_employee_no.strip())
    except CounterError as exc:
        print(f"counter-app: error: {render(exc.code, exc.params)}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(
        f"Set up {plan.company_name}: hall {plan.hall.code.strip().upper()} with "
        f"{plan.counters} counters, {len(plan.tariffs)} tariffs, administrator "
        f"{plan.admin_employee_no.strip()}."
    )
    return 0
