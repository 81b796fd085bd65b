"""``counter-app customer export``: the copy of a customer's personal data from the command line
(docs/domain.md §11), for a request that came in writing.

``customer export ACCOUNT_OR_ID --out DIR --reason TEXT --user 工号 [--password-stdin]`` writes
``DIR/<number>.pdf`` and ``DIR/<number>.json`` for the customer holding account ACCOUNT (户号),
or the customer with that customer number. A manager's right (see :mod:`counter_app.cli_auth`);
the run, the copy and any refusal are audited. A refusal leaves no file.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counter_app.cli_auth import add_credentials, run_as_user
from counter_app.domain.clock import SystemClock
from counter_app.domain.permissions import Permission

if TYPE_CHECKING:
    from counter_app.db.engine import Database
    from counter_app.services.base import Actor


def add_customer_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``customer export`` and its options."""
    customer = sub.add_parser("customer", help="a customer's rights over their data (a manager's)")
    actions = customer.add_subparsers(dest="customer_action", metavar="action", required=True)
    export = actions.add_parser(
        "export", help="write the copy of a customer's personal data (PDF and JSON)"
    )
    export.add_argument("key", metavar="ACCOUNT_OR_ID", help="户号, or the customer number")
    export.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    export.add_argument(
        "--reason", required=True, help="the customer's request, without their name or numbers"
    )
    add_credentials(export)


def run_customer(args: argparse.Namespace, db: Database) -> int:
    """Check the credentials, write the copy and say where it is; a refusal is one clear line."""
    from counter_app.services.customer_rights import CustomerRightsService

    clock = SystemClock()

    def work(actor: Actor) -> list[str]:
        rights = CustomerRightsService(db, clock, actor)
        files = rights.export_files(rights.find_customer(args.key), args.reason, args.out)
        return [f"Written: {files.pdf_path}", f"Written: {files.json_path}"]

    return run_as_user(
        args, db, clock, Permission.CUSTOMER_DATA_RIGHTS, work, command="customer export"
    )
