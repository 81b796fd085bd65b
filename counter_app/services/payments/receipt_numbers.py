"""Receipt numbers ``H01-2026-00001234``: per hall and business year, gap-free and unique.

The format itself is :func:`counter_app.domain.receipt_numbers.format_receipt_number`.

The number is taken in the payment's own transaction by incrementing the hall's
:class:`ReceiptSequence` row, so a rolled-back payment gives its number back with everything
else, with any number of counters.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.db.models import Hall, ReceiptSequence
from counter_app.domain.receipt_numbers import format_receipt_number

# Built once: building a statement (and its cache key) costs more than running it.
_BUMP_RECEIPT_SEQUENCE = (
    update(ReceiptSequence)
    .where(
        ReceiptSequence.hall_id == bindparam("seq_hall_id"),
        ReceiptSequence.year == bindparam("seq_year"),
    )
    .values(last_seq=ReceiptSequence.last_seq + 1)
    .returning(ReceiptSequence.last_seq)
)


def allocate_receipt_number(s: Session, hall_id: int, hall_code: str, year: int) -> tuple[int, str]:
    """The hall's next receipt number of ``year``, in the caller's unit of work.

    One ``UPDATE ... SET last_seq = last_seq + 1 ... RETURNING``: on PostgreSQL the row stays
    locked until the caller commits or rolls back (a second counter waits, then increments the
    committed value); on SQLite the writer already holds the database lock. A number is thus
    either used by a committed payment or given back with the rollback: gap-free and unique.
    """
    conn = s.connection()
    params = {"seq_hall_id": hall_id, "seq_year": year}
    seq = conn.execute(_BUMP_RECEIPT_SEQUENCE, params).scalar_one_or_none()
    if seq is None:
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        # The first receipt of the year at two counters at once: one row wins, both use it.
        conn.execute(
            insert(ReceiptSequence)
            .values(hall_id=hall_id, year=year, last_seq=0)
            .on_conflict_do_nothing(index_elements=["hall_id", "year"])
        )
        seq = conn.execute(_BUMP_RECEIPT_SEQUENCE, params).scalar_one()
    return seq, format_receipt_number(hall_code, year, seq)


class HallCodes:
    """Hall codes (the receipt number's prefix), looked up once per service: they never change."""

    def __init__(self) -> None:
        self._codes: dict[int, str] = {}

    def of(self, s: Session, hall_id: int) -> str:
        code = self._codes.get(hall_id)
        if code is None:
            code = s.execute(select(Hall.code).where(Hall.id == hall_id)).scalar_one()
            self._codes[hall_id] = code
        return code
