"""The print step every printed document goes through (docs/domain.md §11).

One call renders the document from its DTO (:mod:`counter_app.printing`), enters the copy in
the register (:mod:`counter_app.services.print_register`) with the SHA-256 of exactly those
bytes, and hands back the PDF and the register entry (:class:`IssuedDocument`). The counter
sends the PDF to its printer, keeps the PDF copy, and reports back what the printer did
(:meth:`DocumentService.report_print`): a copy that did not come out waits in the reprint
queue. Views never render, hash or register anything themselves
(``counter_app.views.printing.PrintStep`` does their part).

An area that prints documents derives its service from :class:`DocumentService`, says what
its documents are about (:meth:`DocumentService._subject`: the hall and account, and whether
the number exists) and what issuing them requires, and makes its 补打 copies with
:meth:`DocumentService._issue_copy`. A new kind of document (a work order, a complaint slip, a
shift or daily report) is one more :class:`DocumentKind` in :data:`KINDS`: its DTO, its number,
its render function and its layouts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from counter_app.domain.complaints import ComplaintSlip
from counter_app.domain.customer_rights import PersonalDataExport
from counter_app.domain.documents import AccountOpeningConfirmation, MissingDocumentsNotice
from counter_app.domain.enums import DocumentType
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import (
    DocumentNotFound,
    IssuedDocument,
    Printable,
    PrintRecord,
    content_hash,
)
from counter_app.domain.receipts import Receipt, VoidSlip
from counter_app.domain.reports import HallReport
from counter_app.domain.request_documents import RequestStatusSlip, SettlementSlip, WorkOrder
from counter_app.domain.shift_report import ShiftReport
from counter_app.services import print_register
from counter_app.services.base import Service, requires
from counter_app.services.customers import ErrorCollector
from counter_app.services.hall_boundary import require_own_hall
from counter_app.services.print_register import CheckedCopy, Copies

__all__ = ["KINDS", "DocumentKind", "DocumentService", "DocumentSubject", "Printable", "render"]


@dataclass(frozen=True)
class DocumentKind:
    """How one kind of document is printed.

    Attributes:
        doc_type: Its type in the register.
        dto: The DTO it is printed from.
        number: Its number, read from the DTO (receipt number, account number ...).
        renderer: ``module.function`` in :mod:`counter_app.printing` that makes its PDF bytes
            from the DTO (and the layout, when there is more than one).
        layouts: The layouts it is laid out for; the first is the default.
    """

    doc_type: DocumentType
    dto: type
    number: Callable[[Any], str]
    renderer: str
    layouts: tuple[str, ...]

    def render(self, document: Any, layout: str) -> bytes:
        """PDF bytes of ``document`` in ``layout`` (one of :attr:`layouts`)."""
        # ReportLab is imported with the first document printed, not when the program starts.
        module, function = self.renderer.rsplit(".", 1)
        render = getattr(importlib.import_module(f"counter_app.printing.{module}"), function)
        rendered: bytes = render(document, layout) if len(self.layouts) > 1 else render(document)
        return rendered


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        DocumentType.RECEIPT,
        Receipt,
        lambda d: d.receipt_no,
        "receipt.render_receipt",
        ("thermal80", "a5"),
    ),
    DocumentKind(
        DocumentType.VOID_SLIP,
        VoidSlip,
        lambda d: d.receipt_no,
        "void_slip.render_void_slip",
        ("thermal80", "a5"),
    ),
    DocumentKind(
        DocumentType.ACCOUNT_OPENING,
        AccountOpeningConfirmation,
        lambda d: d.account_number,
        "account_opening.render_account_opening",
        ("a4",),
    ),
    DocumentKind(
        DocumentType.COMPLAINT_SLIP,
        ComplaintSlip,
        lambda d: d.number,
        "complaint_slip.render_complaint_slip",
        ("a4",),
    ),
    DocumentKind(
        DocumentType.MISSING_DOCUMENTS,
        MissingDocumentsNotice,
        lambda d: d.notice_number,
        "missing_documents.render_missing_documents_notice",
        ("a4",),
    ),
    DocumentKind(
        DocumentType.SHIFT_REPORT,
        ShiftReport,
        lambda d: d.number,
        "shift_report.render_shift_report",
        ("thermal80", "a4"),
    ),
    DocumentKind(
        DocumentType.DAILY_REPORT,
        HallReport,
        lambda d: d.number,
        "daily_report.render_hall_report",
        ("a4",),
    ),
    # Service requests (docs/domain.md §6)
    DocumentKind(
        DocumentType.WORK_ORDER,
        WorkOrder,
        lambda d: d.number,
        "work_order.render_work_order",
        ("a4",),
    ),
    DocumentKind(
        DocumentType.SETTLEMENT_SLIP,
        SettlementSlip,
        lambda d: d.request_number,
        "settlement_slip.render_settlement_slip",
        ("a4",),
    ),
    DocumentKind(
        DocumentType.REQUEST_STATUS,
        RequestStatusSlip,
        lambda d: d.slip_number,
        "request_status.render_request_status",
        ("a4",),
    ),
    # Customers' rights (docs/domain.md §11)
    DocumentKind(
        DocumentType.PERSONAL_DATA_EXPORT,
        PersonalDataExport,
        lambda d: d.number,
        "personal_data_export.render_personal_data_export",
        ("a4",),
    ),
)


def kind_of(document: Printable) -> DocumentKind:
    """The kind of document a DTO prints as."""
    for kind in KINDS:
        if isinstance(document, kind.dto):
            return kind
    raise TypeError(f"no printed document is made from a {type(document).__name__}")


def render(document: Printable, layout: str | None = None) -> tuple[DocumentKind, str, bytes]:
    """The document's kind, the layout used and its PDF bytes.

    Raises:
        FieldErrors: ``document.layout_invalid``: the document is not laid out for ``layout``.
    """
    kind = kind_of(document)
    chosen = layout or kind.layouts[0]
    if chosen not in kind.layouts:
        errors = ErrorCollector()
        errors.add("layout", "document.layout_invalid", value=chosen)
        errors.raise_if_any()
    return kind, chosen, kind.render(document, chosen)


# ----------------------------------------------------------------------------- the service


@dataclass(frozen=True)
class DocumentSubject:
    """What a document is about, for its register entry."""

    hall_id: int | None
    account_id: int | None


class DocumentService(Service):
    """Base of every service that issues printed documents: the one print step.

    Subclasses set :attr:`ISSUE_REQUIRES` and implement :meth:`_subject` for the document
    types they issue.
    """

    #: What a user needs to issue this service's documents and report their printing.
    ISSUE_REQUIRES: tuple[Permission, ...] = ()

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        """What the document ``doc_number`` is about; raise the area's not-found error for a
        number that does not exist, and NotFound for a type the area does not issue."""
        raise NotImplementedError

    @requires()
    def issue(
        self, document: Printable, layout: str | None = None, *, queued: int | None = None
    ) -> IssuedDocument:
        """Render ``document`` and enter it in the register as not printed yet.

        Args:
            document: The DTO the business call returned (a receipt, a void slip, an account
                opening confirmation, a one-time notice ...).
            layout: ``thermal80`` or ``a5`` for receipts and slips (the first is the
                default), ``a4`` for sheets.
            queued: The register entry of a copy waiting in the reprint queue: render it
                again as that copy instead of entering a new one.

        Returns:
            The PDF to print and its register entry; report the printer's answer with
            :meth:`report_print`.

        Raises:
            PrintAlreadyRegistered: the document has a copy already (a 补打 has a reason).
            DocumentNotFound: ``queued`` is not a copy of this document in the user's hall.
            FieldErrors: a layout the document is not laid out for.
        """
        self.actor.require(*self.ISSUE_REQUIRES)
        # Rendered before the unit of work, so the database is not held while ReportLab works.
        kind, chosen, pdf = render(document, layout)
        number = kind.number(document)
        checked = print_register.check_copy(kind.doc_type, number, content_hash(pdf), chosen)
        now = self._clock.now()
        with self._db.write() as s:
            if queued is not None:
                row = print_register.entry(s, queued, self.actor)
                if (row.doc_type, row.doc_number) != (kind.doc_type, checked.doc_number):
                    raise DocumentNotFound("not a copy of this document", doc_id=queued)
                # Nothing is written yet: report_print records the new rendering's hash.
                again = replace(
                    print_register.record_of(row),
                    content_hash=checked.content_hash,
                    layout=checked.layout,
                )
                return IssuedDocument(again, pdf)
            subject = self._subject(s, kind.doc_type, checked.doc_number)
            record = self._enter(s, checked, subject, now, original=True)
        return IssuedDocument(record, pdf)

    @requires()
    def preview(self, document: Printable, layout: str | None = None) -> bytes:
        """The PDF of ``document`` for a print preview on screen; nothing is registered.

        Raises:
            FieldErrors: a layout the document is not laid out for.
        """
        self.actor.require(*self.ISSUE_REQUIRES)
        return render(document, layout)[2]

    @requires()
    def report_print(
        self, issued: IssuedDocument, *, printed: bool, pdf_path: str | None = None
    ) -> PrintRecord:
        """Record what the printer did with a copy :meth:`issue` (or a 补打) handed out.

        Args:
            issued: The copy that was sent to the printer.
            printed: True when the printer took it; False leaves it in the reprint queue.
            pdf_path: Where the counter kept its PDF copy.

        Raises:
            DocumentNotFound: no such register entry in the user's hall.
        """
        self.actor.require(*self.ISSUE_REQUIRES)
        with self._db.write() as s:
            return print_register.mark(
                s,
                issued.doc_id,
                actor=self.actor,
                at=self._clock.now(),
                printed=printed,
                pdf_path=pdf_path,
                content_hash=issued.document.content_hash,
                layout=issued.document.layout,
            )

    def _enter(
        self,
        s: Session,
        checked: CheckedCopy,
        subject: DocumentSubject,
        at: datetime,
        *,
        original: bool = False,
        copies: Copies | None = None,
    ) -> PrintRecord:
        """Enter a copy handed out to print: not printed until :meth:`report_print` says so."""
        return print_register.enter_copy(
            s,
            checked,
            actor=self.actor,
            at=at,
            printed=False,
            hall_id=subject.hall_id,
            account_id=subject.account_id,
            original=original,
            copies=copies,
        )

    def _issue_copy(
        self,
        s: Session,
        doc_type: DocumentType,
        doc_number: str,
        build: Callable[[Copies], Printable],
        *,
        at: datetime,
        layout: str | None,
        reason: str,
        subject: DocumentSubject,
    ) -> tuple[IssuedDocument, Printable]:
        """A further copy (补打) of a document, in the caller's unit of work.

        ``build`` makes the DTO once the copy's number is known (``copies.count``: 0 when
        the document never printed, which then prints as the original); the copy is
        rendered and entered under the document's print lock, so two counters never print
        the same 补打 number. Only the hall the document belongs to reprints it.

        Raises:
            OtherHall: a clerk or manager of another hall.
        """
        require_own_hall(s, self.actor, subject.hall_id, "reprint")
        copies = print_register.copies_of(s, doc_type, doc_number)
        document = build(copies)
        kind, chosen, pdf = render(document, layout)
        checked = print_register.check_copy(
            kind.doc_type, doc_number, content_hash(pdf), chosen, reason=reason
        )
        record = self._enter(s, checked, subject, at, copies=copies)
        return IssuedDocument(record, pdf), document
