"""``counter-app export``: the daily report and the payments journal from the command line,
for scheduled exports (docs/domain.md §10).

``export daily --date D --hall CODE --out FILE.xlsx [--pdf FILE.pdf]`` writes the daily
report; ``export journal --from D --to D --hall CODE --out FILE.xlsx`` the payments journal
(``export register`` the receipt register). Both need a manager's credentials (see
:mod:`counter_app.cli_auth`); a refusal leaves no file.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from counter_app.cli_auth import add_credentials, run_as_user
from counter_app.domain.clock import SystemClock
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.db.engine import Database
    from counter_app.services.base import Actor


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_export_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``export daily|journal|register`` and their options."""
    export = sub.add_parser("export", help="export reports (a manager's right)")
    kinds = export.add_subparsers(dest="export_kind", metavar="report", required=True)
    daily = kinds.add_parser("daily", help="the daily report (营业日报) of one business date")
    daily.add_argument("--date", required=True, type=_day, help="business date, YYYY-MM-DD")
    daily.add_argument("--hall", required=True, metavar="CODE", help="hall code, e.g. H01")
    daily.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    daily.add_argument("--pdf", metavar="FILE.pdf", help="also write the A4 PDF here")
    add_credentials(daily)
    for name, title in (
        ("journal", "payments journal (收费流水)"),
        ("register", "receipt register (收据登记簿)"),
    ):
        ledger = kinds.add_parser(name, help=f"the {title} of a period")
        ledger.add_argument("--from", dest="date_from", required=True, type=_day, metavar="D")
        ledger.add_argument("--to", dest="date_to", required=True, type=_day, metavar="D")
        ledger.add_argument("--hall", required=True, metavar="CODE", help="hall code, e.g. H01")
        ledger.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook")
        add_credentials(ledger)


def run_export(args: argparse.Namespace, db: Database) -> int:
    """Check the credentials, export, and say where the file is; a refusal is one clear line."""
    from counter_app.services.reports import ReportService

    clock = SystemClock()

    def work(actor: Actor) -> list[str]:
        reports = ReportService(db, clock, actor)
        if args.export_kind == "daily":
            result = reports.export_daily(
                args.date, args.out, pdf_path=args.pdf, hall_code=args.hall
            )
        elif args.export_kind == "journal":
            result = reports.export_journal(
                args.date_from, args.date_to, args.out, hall_code=args.hall
            )
        else:
            result = reports.export_receipt_register(
                args.date_from, args.date_to, args.out, hall_code=args.hall
            )
        lines = [f"Written: {result.path} ({result.rows} rows)"]
        if result.pdf_path:
            lines.append(f"Written: {result.pdf_path}")
        return lines

    return run_as_user(args, db, clock, Permission.REPORT_EXPORT, work)
