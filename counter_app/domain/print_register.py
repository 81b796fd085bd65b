"""The printed-document register (打印登记, docs/domain.md §11): what a register entry says,
and the copy a service hands the counter to print.

No database code here: views read these. The register itself, with its lock and its checks,
is :mod:`counter_app.services.print_register`; the print step every document goes through
is :class:`counter_app.services.documents.DocumentService`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias

from counter_app.domain.complaints import ComplaintSlip
from counter_app.domain.customer_rights import PersonalDataExport
from counter_app.domain.documents import AccountOpeningConfirmation, MissingDocumentsNotice
from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import Conflict, NotFound
from counter_app.domain.receipts import Receipt, VoidSlip
from counter_app.domain.reports import HallReport
from counter_app.domain.request_documents import RequestStatusSlip, SettlementSlip, WorkOrder
from counter_app.domain.shift_report import ShiftReport

#: The DTOs a printed document is made from; a new kind of document adds its DTO here.
Printable: TypeAlias = (
    Receipt
    | VoidSlip
    | AccountOpeningConfirmation
    | MissingDocumentsNotice
    | ComplaintSlip
    | WorkOrder
    | SettlementSlip
    | RequestStatusSlip
    | ShiftReport
    | HallReport
    | PersonalDataExport
)

#: Every layout a document is printed in: the 80 mm roll, an A5 or an A4 sheet.
LAYOUTS = frozenset({"thermal80", "a5", "a4"})
DOC_NUMBER_MAX_LENGTH = 32
PDF_PATH_MAX_LENGTH = 300
REASON_MAX_LENGTH = 200


def content_hash(pdf: bytes) -> str:
    """The SHA-256 (hex) the register keeps of what was printed."""
    return hashlib.sha256(pdf).hexdigest()


@dataclass(frozen=True)
class PrintRecord:
    """One copy in the register: 0 the original, n the n-th 补打.

    ``printed`` is False until the printer took the copy: until then it waits in the reprint
    queue, with its PDF copy at ``pdf_path``.
    """

    doc_id: int
    doc_type: DocumentType
    doc_number: str
    reprint_no: int
    printed: bool
    printed_at: datetime
    layout: str = ""
    content_hash: str = ""
    reason: str | None = None
    pdf_path: str | None = None
    account_id: int | None = None


@dataclass(frozen=True)
class IssuedDocument:
    """A copy rendered and entered in the register, ready for the printer.

    Send ``pdf`` to the printer (keeping its PDF copy), then report how it went with the
    issuing service's ``report_print(doc_id, ...)``.
    """

    document: PrintRecord
    pdf: bytes

    @property
    def doc_id(self) -> int:
        return self.document.doc_id

    @property
    def doc_type(self) -> DocumentType:
        return self.document.doc_type

    @property
    def doc_number(self) -> str:
        return self.document.doc_number

    @property
    def reprint_no(self) -> int:
        return self.document.reprint_no


class DocumentNotFound(NotFound):
    """No such register entry in the user's hall (``params``: ``doc_id``)."""

    code = "print.not_found"


class PrintAlreadyRegistered(Conflict):
    """The document has a copy in the register already; another copy is a 补打, with a
    reason (``params``: ``doc_id`` of the latest copy)."""

    code = "print.already_registered"
