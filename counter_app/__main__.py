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
from counter_app.cli_audit import add_verify_parser, run_verify_audit
from counter_app.cli_backup import add_backup_parsers, run_backup_command
from counter_app.cli_data_key import add_rotate_parser, run_rotate_data_key
from counter_app.cli_data_key import add_rotate_parser, run_rotate_data_key
from counter_app.cli_customers import add_customer_parser, run_customer
from counter_app.cli_reports import add_export_parser, run_export
from counter_app.cli_users import add_user_parser, run_user_add
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


def build_parser() -> argparse.ArgumentParser:
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

    add_user_parser(sub)
    add_verify_parser(sub)
    add_export_parser(sub)
    add_backup_parsers(sub)
    add_rotate_parser(sub)
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
    parser = build_parser()
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
            return run_user_add(args, db)
        if command == "export":
            return run_export(args, db)
        if command == "customer":
            return run_customer(args, db)
        if command == "verify-audit":
            return run_verify_audit(args, db)
        if command == "rotate-data-key":
            return run_rotate_data_key(args, db)
        if command == "rotate-data-key":
            return run_rotate_data_key(args, db)
        if command in ("backup", "restore"):
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
