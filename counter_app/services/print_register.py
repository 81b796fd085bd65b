"""The printed-document register (docs/domain.md §11): one row for every copy of a document.

Every document any area prints - receipts, void slips, account-opening papers, and the work
orders, complaint slips and shift and daily reports to come - is entered here and nowhere
else, with one set of checks and one set of error codes:

* field errors (:class:`~counter_app.services.customers.FieldErrors`): ``document.type_invalid``,
  ``document.number_invalid``, ``document.hash_invalid``, ``document.layout_invalid``,
  ``document.path_too_long``, ``reason.empty`` (a 补打 without a reason), ``reason.too_long``;
* ``print.already_registered`` (:class:`PrintAlreadyRegistered`): the original was entered
  before; ``print.not_found`` (:class:`DocumentNotFound`): no such entry in the user's hall.

Every copy gets the next ``reprint_no`` (0 for the original, n for 补打 n). Counting the earlier
copies and adding the new one must not interleave between counters, or two of them would print
the same 补打 number; :func:`copies_of` takes the document's print lock (:func:`lock_document`)
for the rest of the unit of work, and a unique index on (type, number, reprint_no) turns any
slip into an error instead of a duplicate.

A copy is entered before it goes to the printer (``printed`` False) and marked when the
printer took it (:func:`mark`); a copy that never came out waits in the reprint queue. The
print step that renders, enters and hands back what to print is
:class:`counter_app.services.documents.DocumentService`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from counter_app.db.models import PrintedDocument
from counter_app.domain.enums import DocumentType
from counter_app.domain.identity import normalize_text
from counter_app.domain.print_register import (
    DOC_NUMBER_MAX_LENGTH,
    LAYOUTS,
    PDF_PATH_MAX_LENGTH,
    REASON_MAX_LENGTH,
    DocumentNotFound,
    PrintAlreadyRegistered,
    PrintRecord,
)
from counter_app.services import audit
from counter_app.services.base import Actor
from counter_app.services.customers import ErrorCollector

_HASH_RE = re.compile(r"[0-9a-f]{64}")


def lock_document(s: Session, doc_type: DocumentType, doc_number: str) -> None:
    """Hold the document's print lock until the caller's unit of work ends.

    PostgreSQL: a transaction-level advisory lock keyed by the document, so prints of other
    documents do not wait. SQLite: the writer's BEGIN IMMEDIATE already serialises them.
    """
    if s.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"print:{doc_type.value}:{doc_number}".encode()).digest()
    key = int.from_bytes(digest[:8], "big", signed=True)
    s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


# ----------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class CheckedCopy:
    """A copy's description after :func:`check_copy`: normalised and known to be valid."""

    doc_type: DocumentType
    doc_number: str
    content_hash: str
    layout: str
    pdf_path: str | None
    reason: str | None


def check_copy(
    doc_type: DocumentType | str,
    doc_number: str,
    content_hash: str,
    layout: str,
    *,
    pdf_path: str | None = None,
    reason: str | None = None,
) -> CheckedCopy:
    """The one check of what a register entry says; every problem is reported at once.

    Raises:
        FieldErrors: ``document.type_invalid``, ``document.number_invalid``,
            ``document.hash_invalid``, ``document.layout_invalid``, ``document.path_too_long``,
            ``reason.too_long``.
    """
    errors = ErrorCollector()
    kind: DocumentType | None = None
    try:
        kind = DocumentType(doc_type)
    except ValueError:
        errors.add("doc_type", "document.type_invalid", value=str(doc_type))
    number = (doc_number or "").strip()
    if not number or len(number) > DOC_NUMBER_MAX_LENGTH:
        errors.add("doc_number", "document.number_invalid", value=number)
    digest = (content_hash or "").strip().lower()
    if not _HASH_RE.fullmatch(digest):
        errors.add("content_hash", "document.hash_invalid")
    if layout not in LAYOUTS:
        errors.add("layout", "document.layout_invalid", value=layout)
    if pdf_path is not None and len(pdf_path) > PDF_PATH_MAX_LENGTH:
        errors.add("pdf_path", "document.path_too_long", max=PDF_PATH_MAX_LENGTH)
    reason_text = " ".join(normalize_text(reason or "").split()) or None
    if reason_text is not None and len(reason_text) > REASON_MAX_LENGTH:
        errors.add("reason", "reason.too_long", max=REASON_MAX_LENGTH)
    errors.raise_if_any()
    assert kind is not None
    return CheckedCopy(kind, number, digest, layout, pdf_path, reason_text)


# ----------------------------------------------------------------------------- entering copies


@dataclass(frozen=True)
class Copies:
    """The copies one document has, read under its print lock: the next copy is ``count``."""

    doc_type: DocumentType
    doc_number: str
    count: int
    original_printed_at: datetime | None
    latest_id: int | None


def copies_of(s: Session, doc_type: DocumentType, doc_number: str) -> Copies:
    """Take the document's print lock and count its copies, in the caller's unit of work."""
    lock_document(s, doc_type, doc_number)
    rows = s.execute(
        select(PrintedDocument.id, PrintedDocument.printed_at)
        .where(PrintedDocument.doc_type == doc_type, PrintedDocument.doc_number == doc_number)
        .order_by(PrintedDocument.reprint_no)
    ).all()
    return Copies(
        doc_type=doc_type,
        doc_number=doc_number,
        count=len(rows),
        original_printed_at=rows[0].printed_at if rows else None,
        latest_id=rows[-1].id if rows else None,
    )


def enter_copy(
    s: Session,
    copy: CheckedCopy,
    *,
    actor: Actor,
    at: datetime,
    printed: bool,
    hall_id: int | None,
    account_id: int | None,
    original: bool = False,
    copies: Copies | None = None,
) -> PrintRecord:
    """Enter the next copy of a document: the original, or a 补打 that needs a reason.

    Args:
        original: Only the first copy may be entered (the document prints as an original).
        copies: The document's copies, when the caller has read them already with
            :func:`copies_of` (to number the copy it renders); otherwise they are read here,
            under the document's print lock.

    Raises:
        PrintAlreadyRegistered: ``original`` and it has a copy already; a further one is a 补打.
        FieldErrors: ``reason.empty`` for a later copy without a reason.
    """
    if copies is None:
        copies = copies_of(s, copy.doc_type, copy.doc_number)
    if original and copies.count:
        raise PrintAlreadyRegistered("already registered", doc_id=copies.latest_id)
    if copies.count and not copy.reason:
        errors = ErrorCollector()
        errors.add("reason", "reason.empty")
        errors.raise_if_any()
    row = PrintedDocument(
        doc_type=copies.doc_type,
        doc_number=copies.doc_number,
        hall_id=hall_id,
        counter_id=actor.counter_id,
        user_id=actor.user_id,
        printed_at=at,
        reprint_no=copies.count,
        reason=copy.reason,
        content_hash=copy.content_hash,
        layout=copy.layout,
        printed=printed,
        pdf_path=copy.pdf_path,
        account_id=account_id,
    )
    s.add(row)
    s.flush()
    _audit(s, row, "reprint" if copies.count else "print", actor, at)
    return record_of(row)


# ----------------------------------------------------------------------------- printer results


def entry(s: Session, doc_id: int, actor: Actor) -> PrintedDocument:
    """The register row ``doc_id`` of the actor's hall.

    Raises:
        DocumentNotFound: no such entry, or one of another hall.
    """
    row = s.get(PrintedDocument, doc_id)
    if row is None or row.hall_id != actor.hall_id:
        raise DocumentNotFound("no such document", doc_id=doc_id)
    return row


def mark(
    s: Session,
    doc_id: int,
    *,
    actor: Actor,
    at: datetime,
    printed: bool,
    pdf_path: str | None = None,
    content_hash: str | None = None,
    layout: str | None = None,
) -> PrintRecord:
    """Record what the printer did with a copy: it came out, or it failed and waits.

    ``content_hash`` and ``layout`` replace what the entry said when the copy was rendered
    again (a queued copy printed later); ``pdf_path`` is where its PDF copy was kept.

    Raises:
        DocumentNotFound: no such entry in the actor's hall.
        FieldErrors: a malformed hash, an unknown layout or a path too long.
    """
    row = entry(s, doc_id, actor)
    checked = check_copy(
        row.doc_type,
        row.doc_number,
        row.content_hash if content_hash is None else content_hash,
        row.layout if layout is None else layout,
        pdf_path=pdf_path,
    )
    changed = (
        row.printed != printed
        or checked.content_hash != row.content_hash
        or checked.layout != row.layout
        or (pdf_path is not None and pdf_path != row.pdf_path)
    )
    if not changed:
        return record_of(row)
    row.printed = row.printed or printed
    row.content_hash = checked.content_hash
    row.layout = checked.layout
    if pdf_path is not None:
        row.pdf_path = pdf_path
    s.flush()
    _audit(s, row, "printed" if printed else "print_failed", actor, at)
    return record_of(row)


# ----------------------------------------------------------------------------- reading


def latest_copies(
    s: Session, doc_type: DocumentType, doc_numbers: Iterable[str]
) -> dict[str, PrintRecord]:
    """The newest copy of each of the documents that has one (for the reprint queues)."""
    numbers = list(doc_numbers)
    if not numbers:
        return {}
    latest: dict[str, PrintRecord] = {}
    for row in s.execute(
        select(PrintedDocument)
        .where(PrintedDocument.doc_type == doc_type, PrintedDocument.doc_number.in_(numbers))
        .order_by(PrintedDocument.doc_number, PrintedDocument.reprint_no)
    ).scalars():
        latest[row.doc_number] = record_of(row)
    return latest


def history(s: Session, doc_type: DocumentType, doc_number: str) -> list[PrintRecord]:
    """Every copy of one document, the original first."""
    return [
        record_of(row)
        for row in s.execute(
            select(PrintedDocument)
            .where(PrintedDocument.doc_type == doc_type, PrintedDocument.doc_number == doc_number)
            .order_by(PrintedDocument.reprint_no)
        ).scalars()
    ]


def record_of(row: PrintedDocument) -> PrintRecord:
    return PrintRecord(
        doc_id=row.id,
        doc_type=row.doc_type,
        doc_number=row.doc_number,
        reprint_no=row.reprint_no,
        printed=row.printed,
        printed_at=row.printed_at,
        layout=row.layout,
        content_hash=row.content_hash,
        reason=row.reason,
        pdf_path=row.pdf_path,
        account_id=row.account_id,
    )


def _audit(s: Session, row: PrintedDocument, action: str, actor: Actor, at: datetime) -> None:
    audit.record_by(
        s,
        actor,
        at,
        action,
        "printed_document",
        row.id,
        after={
            "doc_type": row.doc_type,
            "doc_number": row.doc_number,
            "reprint_no": row.reprint_no,
            "content_hash": row.content_hash,
            "layout": row.layout,
            "printed": row.printed,
            "reason": row.reason,
            "pdf_path": row.pdf_path,
        },
    )
