"""Command line and GUI entry point: ``counter-app [options] [command]``.

Without a command the counter application opens. Commands work without a display.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from counter_app import __version__
from counter_app.config import (
    ENV_DATA_DIR,
    ENV_DB_URL,
    LANGUAGES,
    RECEIPT_LAYOUTS,
    Config,
    load_config,
    read_workstation,
    write_workstation,
)
from counter_app.domain.errors import CounterError, DatabaseUnavailable
from counter_app.logs import setup_logging

if TYPE_CHECKING:
    from counter_app.context import AppContext

log = logging.getLogger("counter_app")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_DB_UNAVAILABLE = 3


# Options of the top level that take a value, and the options of ``gui``: a command line made
# of these alone opens the counter application (see _opens_gui).
_VALUE_OPTIONS = ("--db", "--data-dir", "--lang")
_GUI_OPTIONS = ("--no-demo",)


def _opens_gui(argv: Sequence[str]) -> bool:
    """Whether ``argv`` can only open the counter application.

    Then the parser need not know the other commands, and their modules (each with what it
    imports) are not loaded before the sign-in window. Anything else (a command, ``--help``,
    a typing error) goes to the parser that knows every command, which parses a GUI command
    line exactly as this one does.
    """
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token in _VALUE_OPTIONS:
            if not rest:
                return False
            rest.pop(0)
        elif token.split("=", 1)[0] in _VALUE_OPTIONS and "=" in token:
            continue
        elif token == "gui":
            return all(option in _GUI_OPTIONS for option in rest)
        else:
            return False
    return True


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, only what opens the counter application."""
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description="Counter (营业厅柜台系统) - service-hall counter software. "
        "Without a command, the counter application opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL, e.g. postgresql://user@host/dbname (default: ${ENV_DB_URL}, "
        "else an SQLite file in the data directory)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"data directory for the embedded database, logs, backups and PDF copies "
        f"(default: ${ENV_DATA_DIR}, else the user data directory)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    sub = parser.add_subparsers(dest="command", metavar="command")

    gui = sub.add_parser("gui", help="open the counter application (the default)")
    gui.add_argument(
        "--no-demo",
        action="store_true",
        help="never add demo data: an empty database opens the first-run setup wizard",
    )
    if not commands:
        return parser
    setup = sub.add_parser(
        "setup", help="set up a new company from a TOML file (see docs/setup-example.toml)"
    )
    setup.add_argument("--config", required=True, metavar="FILE", help="the setup file")
    setup.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password from standard input instead of prompting",
    )
    sub.add_parser("init-db", help="create or upgrade the database schema")
    seed = sub.add_parser("seed-demo", help="fill an empty database with demo data")
    seed.add_argument("--customers", type=int, default=60, help="how many demo customers")

    from counter_app.cli_audit import add_verify_parser
    from counter_app.cli_backup import add_backup_parsers
    from counter_app.cli_customers import add_customer_parser
    from counter_app.cli_data_key import add_rotate_parser
    from counter_app.cli_reports import add_export_parser
    from counter_app.cli_users import add_user_parser

    add_user_parser(sub)
    add_verify_parser(sub)
    add_export_parser(sub)
    add_backup_parsers(sub)
    add_rotate_parser(sub)
    add_customer_parser(sub)

    station = sub.add_parser(
        "workstation", help="show or set this PC's counter number and receipt printer"
    )
    station.add_argument("--counter", type=int, metavar="N", help="the counter (窗口) number")
    station.add_argument(
        "--receipt-layout",
        choices=RECEIPT_LAYOUTS,
        help="receipt printer: thermal80 (80 mm roll) or a5 (sheet printer)",
    )
    return parser


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"counter-app: error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=not _opens_gui(argv))
    args = parser.parse_args(argv)
    try:
        config = load_config(args.data_dir, args.db, args.lang)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    command = args.command or "gui"
    if command == "gui":
        from counter_app.views.app import run_gui

        # The context is built by name, in the thread that opens the database behind the
        # sign-in window: importing it (SQLAlchemy, every service) is most of a start.
        build = _context_without_demo if getattr(args, "no_demo", False) else _gui_context
        return run_gui(config, build)
    if command == "workstation":
        return _workstation(args, config)
    setup_logging(config.log_dir)
    if command == "setup":
        from counter_app.setup_command import run_setup

        return run_setup(args, config)
    try:
        return _run_command(command, args, config)
    except DatabaseUnavailable as exc:
        return _fail(
            f"cannot open the database {_safe_url(config.db_url)}: {exc}", EXIT_DB_UNAVAILABLE
        )
    except CounterError as exc:
        return _fail(str(exc))
    except Exception as exc:
        log.exception("command %s failed", command)
        return _fail(f"{type(exc).__name__}: {exc} (details in {config.log_dir / 'counter.log'})")


def _gui_context(config: Config) -> AppContext:
    from counter_app.context import gui_context

    return gui_context(config)


def _context_without_demo(config: Config) -> AppContext:
    from counter_app.setup_command import context_without_demo

    return context_without_demo(config)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _run_command(command: str, args: argparse.Namespace, config: Config) -> int:
    from counter_app.context import open_database
    from counter_app.domain.clock import SystemClock

    db = open_database(config)
    try:
        if command == "init-db":
            print(f"Database ready: {_safe_url(config.db_url)}")
            return EXIT_OK
        if command == "seed-demo":
            from counter_app.services.demo import DEMO_PASSWORD, DEMO_USERS, is_seeded, seed_demo

            if is_seeded(db):
                return _fail(
                    "the database already has users; demo data goes only into an empty one"
                )
            if args.customers < 1:
                return _fail("--customers must be at least 1", EXIT_USAGE)
            seed_demo(db, SystemClock(), customers=args.customers)
            print(f"Demo data added. Users (password {DEMO_PASSWORD}):")
            for u in DEMO_USERS:
                print(f"  {u.employee_no}  {u.role.value:<8} {u.hall or '-':<4} {u.name}")
            return EXIT_OK
        if command == "user":
            from counter_app.cli_users import run_user_add

            return run_user_add(args, db)
        if command == "export":
            from counter_app.cli_reports import run_export

            return run_export(args, db)
        if command == "customer":
            from counter_app.cli_customers import run_customer

            return run_customer(args, db)
        if command == "verify-audit":
            from counter_app.cli_audit import run_verify_audit

            return run_verify_audit(args, db)
        if command == "rotate-data-key":
            from counter_app.cli_data_key import run_rotate_data_key

            return run_rotate_data_key(args, db)
        if command in ("backup", "restore"):
            from counter_app.cli_backup import run_backup_command

            return run_backup_command(args, db, config)
    finally:
        db.dispose()
    return _fail(f"unknown command {command}", EXIT_USAGE)


def _workstation(args: argparse.Namespace, config: Config) -> int:
    """Show this PC's workstation settings; with options, change them first."""
    # What the file says, not the --lang of this command line.
    station = read_workstation(config.data_dir)
    if args.counter is not None or args.receipt_layout is not None:
        station = replace(
            station,
            counter_number=station.counter_number if args.counter is None else args.counter,
            receipt_layout=args.receipt_layout or station.receipt_layout,
        )
        try:
            write_workstation(config.data_dir, station)
        except ValueError as exc:
            return _fail(str(exc), EXIT_USAGE)
    print(f"Counter number: {station.counter_number}")
    print(f"Receipt layout: {station.receipt_layout}")
    print(f"Language:       {station.language}")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
