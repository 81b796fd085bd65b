"""The printed-document register (docs/domain.md §11): one row for every copy of a document.

Every copy gets the next ``reprint_no`` (0 for the original, n for 补打 n). Counting the earlier
copies and adding the new one must not interleave between counters, or two of them would print
the same 补打 number; :func:`lock_document` serialises the prints of one document, and a unique
index on (type, number, reprint_no) turns any slip into an error instead of a duplicate.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session

from counter_app.domain.enums import DocumentType


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
