"""What the customer-rights service returns (db-free, so views may import it at run time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counter_app.domain.customer_rights import PersonalDataExport, RightsError
from counter_app.domain.print_register import IssuedDocument
from counter_app.services.customers_dto import REASON_MAX_LENGTH

#: Longest reason a manager may give for an export or an erasure (it is kept for good), as
#: for a correction of the customer's data.
RIGHTS_REASON_MAX_LENGTH = REASON_MAX_LENGTH


@dataclass(frozen=True)
class ExportFiles:
    """The copy of a customer's data, written: the PDF and the JSON, and the register entry."""

    number: str
    pdf_path: Path
    json_path: Path
    issued: IssuedDocument
    export: PersonalDataExport


@dataclass(frozen=True)
class DeletionCheck:
    """Whether a customer's personal data may be erased now, and if not, every reason why.

    ``blockers`` are the errors :meth:`CustomerRightsService.delete_on_request` would raise
    (the first of them), each worded by the view as any error is.
    """

    customer_id: int
    name: str
    blockers: tuple[RightsError, ...]

    @property
    def allowed(self) -> bool:
        return not self.blockers


@dataclass(frozen=True)
class DeletionDone:
    """What an erasure did.

    Attributes:
        name: The name the record keeps from now on (``已注销客户`` and the number).
        records_cleaned: Complaints, requests, contact notes, alerts and approvals whose
            text named the customer and was cleaned.
        storage_cleaned: SQLite only: the name index was rewritten and the write-ahead log
            emptied, so the old values are gone from the database file too (False when
            another connection kept the log from being emptied; on PostgreSQL always False,
            the server reuses the space of old row versions by itself).
    """

    customer_id: int
    name: str
    erased_at: datetime
    records_cleaned: int
    storage_cleaned: bool
