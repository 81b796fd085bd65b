"""Printing receipts, refund receipts and void slips (docs/domain.md §11).

They go through the one print step (:class:`~counter_app.services.documents.DocumentService`):
:meth:`ReceiptPrintService.issue` renders the receipt or slip a payment, refund or void
returned and enters its original in the register; a 补打 copy (:meth:`reprint`) gets the next
copy number and its reason; a receipt the printer did not take waits in the clerk's print
queue (:meth:`print_queue`) until it comes out. The reprint, void and refund dialogs pick a
receipt from the clerk's shift (:meth:`shift_receipts`) or by its number
(:meth:`receipt_summary`) and show it before anything is done.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Payment, Shift
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import DocumentType, PaymentStatus
from counter_app.domain.errors import NotFound
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import PrintRecord
from counter_app.domain.receipts import Receipt
from counter_app.services import oplog, print_register
from counter_app.services.base import requires
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.payments.checks import clean_reason
from counter_app.services.payments.dto import QueuedReceipt, ReceiptSummary, ReprintResult
from counter_app.services.payments.records import (
    ReceiptKey,
    payment_by_receipt,
    receipt_summaries,
)
from counter_app.services.receipts import qr_secret, receipt_for
from counter_app.services.shifts import open_shift_of


class ReceiptPrintService(DocumentService):
    """Issues receipts and void slips for printing, queues failed prints, makes 补打 copies."""

    ISSUE_REQUIRES = (Permission.PAYMENT_TAKE,)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key = ReceiptKey()

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        if doc_type not in (DocumentType.RECEIPT, DocumentType.VOID_SLIP):
            raise NotFound(f"no {doc_type} here", entity=doc_type.value, number=doc_number)
        payment = payment_by_receipt(s, doc_number)
        return DocumentSubject(hall_id=payment.hall_id, account_id=payment.account_id)

    @requires(Permission.PAYMENT_TAKE)
    def register_print(
        self,
        receipt_no: str,
        content_hash: str,
        layout: str,
        *,
        printed: bool = True,
        pdf_path: str | None = None,
        doc_type: DocumentType = DocumentType.RECEIPT,
    ) -> PrintRecord:
        """Enter the original print of a receipt (or void slip) printed elsewhere (§11).

        The payment screen prints through :meth:`issue` instead, which renders the receipt
        itself.

        Args:
            receipt_no: The receipt's number.
            content_hash: SHA-256 (hex) of the rendered PDF.
            layout: ``thermal80``, ``a5`` or ``a4``.
            printed: False when the printer failed: the receipt waits in :meth:`print_queue`.
            pdf_path: Where the PDF copy was saved, if it was.
            doc_type: ``RECEIPT`` or ``VOID_SLIP``.

        Raises:
            FieldErrors: a bad hash or layout (the print register's codes).
            ReceiptNotFound: no such receipt.
            PrintAlreadyRegistered: the original is registered; further copies are reprints.
        """
        with self._db.write() as s:
            payment = payment_by_receipt(s, receipt_no)
            copy = print_register.check_copy(
                doc_type, payment.receipt_no, content_hash, layout, pdf_path=pdf_path
            )
            return print_register.enter_copy(
                s,
                copy,
                actor=self.actor,
                at=self._clock.now(),
                printed=printed,
                hall_id=payment.hall_id,
                account_id=payment.account_id,
                original=True,
            )

    @requires(Permission.PAYMENT_TAKE)
    def mark_printed(self, doc_id: int, content_hash: str | None = None) -> PrintRecord:
        """Record that a queued or reprinted document has come out of the printer.

        Args:
            doc_id: The register entry.
            content_hash: SHA-256 of the PDF that printed, when it was rendered again.

        Raises:
            DocumentNotFound: no such entry in the clerk's hall.
        """
        with self._db.write() as s:
            return print_register.mark(
                s,
                doc_id,
                actor=self.actor,
                at=self._clock.now(),
                printed=True,
                content_hash=content_hash,
            )

    def _current_shift(self, s: Session) -> Shift | None:
        """The clerk's open shift, else their latest one."""
        shift = open_shift_of(s, self.actor.user_id)
        if shift is not None:
            return shift
        return s.execute(
            select(Shift)
            .where(Shift.clerk_id == self.actor.user_id)
            .order_by(Shift.id.desc())
            .limit(1)
        ).scalar_one_or_none()

    @requires(Permission.PAYMENT_TAKE)
    def shift_receipts(self) -> tuple[ReceiptSummary, ...]:
        """The receipts of the clerk's open (else latest) shift, newest first.

        What the reprint, void and refund dialogs offer to pick from; the newest is their
        default. Voided receipts and refund receipts are listed too, with their status.
        """
        with self._db.read() as s:
            shift = self._current_shift(s)
            if shift is None:
                return ()
            payments = list(
                s.execute(
                    select(Payment).where(Payment.shift_id == shift.id).order_by(Payment.id.desc())
                ).scalars()
            )
            return tuple(receipt_summaries(s, payments, self.actor.hall_id))

    @requires(Permission.PAYMENT_TAKE)
    def receipt_summary(self, receipt_no: str) -> ReceiptSummary:
        """One receipt by its number as typed or scanned (any shift, any day).

        A receipt of another hall is reported as such, without its customer or account: a
        clerk sees only their own hall's customers.

        Raises:
            ReceiptNotFound: no such receipt.
        """
        with self._db.read() as s:
            payment = payment_by_receipt(s, receipt_no)
            (summary,) = receipt_summaries(s, [payment], self.actor.hall_id)
            return summary

    @requires(Permission.PAYMENT_TAKE)
    def print_queue(self) -> list[QueuedReceipt]:
        """Receipts of the clerk's open (else latest) shift still waiting for a printer.

        A receipt waits when its last register entry says the printer failed, or when it was
        never registered as printed at all (the program stopped between payment and print).
        Voided receipts do not wait: their void slip is what the customer gets.
        """
        with self._db.read() as s:
            shift = self._current_shift(s)
            if shift is None:
                return []
            payments = list(
                s.execute(
                    select(Payment)
                    .where(Payment.shift_id == shift.id, Payment.status == PaymentStatus.COMPLETED)
                    .order_by(Payment.id)
                ).scalars()
            )
            if not payments:
                return []
            latest = print_register.latest_copies(
                s, DocumentType.RECEIPT, [p.receipt_no for p in payments]
            )
            waiting: list[QueuedReceipt] = []
            secret: bytes | None = None
            for p in payments:
                doc = latest.get(p.receipt_no)
                if doc is not None and doc.printed:
                    continue
                secret = secret or self._key.read(s)
                receipt = receipt_for(
                    s,
                    p,
                    secret,
                    printed_at=doc.printed_at if doc else None,
                    reprint_no=doc.reprint_no if doc else 0,
                )
                account_number = receipt.account_number
                waiting.append(
                    QueuedReceipt(
                        payment_id=p.id,
                        receipt_no=p.receipt_no,
                        paid_at=p.created_at.astimezone(LOCAL_TZ),
                        amount=p.amount,
                        account_number=account_number,
                        doc_id=doc.doc_id if doc else None,
                        receipt=receipt,
                    )
                )
            return waiting

    @requires(Permission.RECEIPT_REPRINT)
    def reprint(self, receipt_no: str, reason: str, layout: str = "thermal80") -> ReprintResult:
        """A 补打 copy of a receipt, rendered and in the register: no new transaction, the
        copy says 补打 n and when the original printed. Print its ``pdf`` and report it with
        :meth:`report_print`; until then it waits in the print queue.

        ``reprint_no`` is the number of earlier prints of the receipt. A receipt that never
        printed (no register entry) prints as the original, with ``reprint_no`` 0.

        Args:
            receipt_no: The receipt to copy.
            reason: Why (required).
            layout: ``thermal80`` or ``a5``.

        Raises:
            PaymentInputError: no reason.
            FieldErrors: a layout receipts are not printed in.
            ReceiptNotFound: no such receipt.
        """
        text = clean_reason(reason)
        now = self._clock.now()
        with self._db.write() as s:
            payment = payment_by_receipt(s, receipt_no)
            secret, _ = qr_secret(s)

            def copy(copies: print_register.Copies) -> Receipt:
                return receipt_for(
                    s,
                    payment,
                    secret,
                    printed_at=now,
                    reprint_no=copies.count,
                    original_printed_at=copies.original_printed_at,
                    extra_notes=(f"补打经办：{self.actor.employee_no}",) if copies.count else (),
                )

            issued, receipt = self._issue_copy(
                s,
                DocumentType.RECEIPT,
                payment.receipt_no,
                copy,
                at=now,
                layout=layout,
                reason=text,
                subject=DocumentSubject(hall_id=payment.hall_id, account_id=payment.account_id),
            )
            assert isinstance(receipt, Receipt)
            result = ReprintResult(issued.document, issued.pdf, receipt)
        oplog.receipt_reprinted(receipt.receipt_no, receipt.reprint_no, self.actor.employee_no)
        return result
