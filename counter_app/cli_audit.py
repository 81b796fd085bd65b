"""``counter-app verify-audit``: is the audit trail whole, and do the records agree with it?

It walks the chain (keyed entries checked with this PC's audit key), checks each ``--anchor``
(an entry number and hash kept outside the database: printed on a day-close report, written
beside a backup), and compares the payments, voids, bills, balances and printed documents with
their audit entries (docs/domain.md §11). It prints the chain's head, to be kept as the next
anchor, and names the first entry or record that does not match.

It reads only, and prints no personal data (entry numbers, hashes, receipt, bill and account
numbers, amounts), so it asks for no user: what it needs is the audit key, which only the
counters and the IT department hold.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counter_app.db.engine import Database
    from counter_app.services.audit import ChainCheck

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
#: How many mismatching records are listed after the first.
MORE = 9

_PROBLEMS = {
    "link": "its content or its link to the previous entry was changed",
    "unkeyed": "it is not keyed although the entries before it are",
    "key_missing": "the trail is keyed and no audit key was found",
    "wrong_key": "the trail is keyed with another audit key",
    "anchor_differs": "it is not the entry the anchor names (its hash differs)",
    "anchor_missing": "the entry the anchor names is gone (the trail was cut short)",
}


def add_verify_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``verify-audit`` and its options."""
    verify = sub.add_parser(
        "verify-audit",
        help="check the audit trail's chain and that the payments, voids, bills, balances and "
        "printed documents match it",
    )
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="SEQ:HASH",
        help="an entry kept outside the database (from a day-close report or a backup) that "
        "must still be in the trail; may be given more than once",
    )


def _chain_lines(chain: ChainCheck) -> list[str]:
    keyed = (
        f"keyed from entry {chain.keyed_from}"
        if chain.keyed_from is not None
        else "not keyed (written before the audit key)"
    )
    lines = [f"Audit trail: {chain.entries} entries checked, {keyed}."]
    if chain.head is not None:
        lines.append(f"Head (keep as an anchor): {chain.head.text}")
    return lines


def run_verify_audit(args: argparse.Namespace, db: Database) -> int:
    """Check and report; 0 when everything matches, 1 naming the first thing that does not."""
    from counter_app.services.audit import AnchorInvalid, ChainAnchor, verify_chain
    from counter_app.services.audit_records import verify_records

    try:
        anchors = [ChainAnchor.parse(a) for a in args.anchor]
    except AnchorInvalid as exc:
        print(f"counter-app: error: {exc.params['anchor']!r} is not SEQ:HASH", file=sys.stderr)
        return EXIT_USAGE
    with db.read() as s:
        chain = verify_chain(s, anchors=anchors)
        records = verify_records(s)
    for line in _chain_lines(chain):
        print(line)
    counts = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in records.checked.items())
    print(f"Records compared with the trail: {counts}.")
    failed = False
    if not chain.ok:
        failed = True
        reason = _PROBLEMS.get(chain.problem or "link", chain.problem)
        print(
            f"counter-app: error: audit trail broken at entry id {chain.first_broken_id}: {reason}",
            file=sys.stderr,
        )
    if not records.ok:
        failed = True
        first, *rest = records.mismatches
        print(
            f"counter-app: error: record does not match the audit trail: {first.text}",
            file=sys.stderr,
        )
        for m in rest[:MORE]:
            print(f"  also: {m.text}", file=sys.stderr)
        if len(rest) > MORE:
            print(f"  and {len(rest) - MORE} more", file=sys.stderr)
    if failed:
        return EXIT_ERROR
    print(f"Audit trail intact: {chain.entries} entries; every record matches it.")
    return EXIT_OK
