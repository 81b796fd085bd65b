"""The printed-document register for receipts and void slips (docs/domain.md §11).

Every print of a receipt is entered: the original once, each 补打 copy with its reason and
number, and a failed print waits in the clerk's print queue until it comes out.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Payment, PrintedDocument, Shift
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import DocumentType, PaymentStatus
from counter_app.domain.permissions import Permission
from counter_app.domain.receipts import Receipt
from counter_app.services import audit
from counter_app.services.base import Service, requires
from counter_app.services.payments.checks import clean_reason
from counter_app.services.payments.dto import (
    PRINT_LAYOUTS,
    PrintRecord,
    QueuedReceipt,
    ReprintResult,
)
from counter_app.services.payments.errors import (
    DocumentNotFound,
    PaymentInputError,
    PrintAlreadyRegistered,
)
from counter_app.services.payments.records import ReceiptKey, payment_by_receipt
from counter_app.services.print_register import lock_document
from counter_app.services.receipts import qr_secret, receipt_for
from counter_app.services.shifts import open_shift_of

_HASH_RE = re.compile(r"[0-9a-f]{64}")


def _document_digest(receipt: Receipt) -> str:
    """SHA-256 of what a receipt says, for the register when no PDF hash is known yet."""
    body = json.dumps(asdict(receipt), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _print_record(row: PrintedDocument) -> PrintRecord:
    return PrintRecord(
        row.id, row.doc_type, row.doc_number, row.reprint_no, row.printed, row.printed_at
    )


class ReceiptPrintService(Service):
    """Registers the prints of receipts and void slips, queues failed ones, makes 补打 copies."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key = ReceiptKey()

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
        """Enter the original print of a receipt (or void slip) into the register (§11).

        Args:
            receipt_no: The receipt's number.
            content_hash: SHA-256 (hex) of the rendered PDF.
            layout: ``thermal80``, ``a5`` or ``a4``.
            printed: False when the printer failed: the receipt waits in :meth:`print_queue`.
            pdf_path: Where the PDF copy was saved, if it was.
            doc_type: ``RECEIPT`` or ``VOID_SLIP``.

        Raises:
            PaymentInputError: a bad hash or layout.
            ReceiptNotFound: no such receipt.
            PrintAlreadyRegistered: the original is registered; further copies are reprints.
        """
        digest = self._check_print(content_hash, layout)
        now = self._clock.now()
        with self._db.write() as s:
            payment = payment_by_receipt(s, receipt_no)
            lock_document(s, doc_type, payment.receipt_no)
            latest = s.execute(
                select(PrintedDocument.id)
                .where(
                    PrintedDocument.doc_type == doc_type,
                    PrintedDocument.doc_number == payment.receipt_no,
                )
                .order_by(PrintedDocument.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if latest is not None:
                raise PrintAlreadyRegistered("already registered", doc_id=latest)
            row = PrintedDocument(
                doc_type=doc_type,
                doc_number=payment.receipt_no,
                hall_id=payment.hall_id,
                counter_id=self.actor.counter_id,
                user_id=self.actor.user_id,
                printed_at=now,
                reprint_no=0,
                content_hash=digest,
                layout=layout,
                printed=printed,
                pdf_path=pdf_path,
                account_id=payment.account_id,
            )
            s.add(row)
            s.flush()
            self._audit_print(s, row, "print", now)
            return _print_record(row)

    @requires(Permission.PAYMENT_TAKE)
    def mark_printed(self, doc_id: int, content_hash: str | None = None) -> PrintRecord:
        """Record that a queued or reprinted document has come out of the printer.

        Args:
            doc_id: The register entry.
            content_hash: SHA-256 of the rendered PDF, replacing the content digest a reprint
                was registered with.

        Raises:
            DocumentNotFound: no such entry in the clerk's hall.
        """
        digest = None if content_hash is None else self._check_print(content_hash, "a4")
        with self._db.write() as s:
            row = s.get(PrintedDocument, doc_id)
            if row is None or row.hall_id != self.actor.hall_id:
                raise DocumentNotFound("no such document", doc_id=doc_id)
            if not row.printed or (digest is not None and digest != row.content_hash):
                row.printed = True
                if digest is not None:
                    row.content_hash = digest
                self._audit_print(s, row, "printed", self._clock.now())
            return _print_record(row)

    @requires(Permission.PAYMENT_TAKE)
    def print_queue(self) -> list[QueuedReceipt]:
        """Receipts of the clerk's open (else latest) shift still waiting for a printer.

        A receipt waits when its last register entry says the printer failed, or when it was
        never registered as printed at all (the program stopped between payment and print).
        Voided receipts do not wait: their void slip is what the customer gets.
        """
        with self._db.read() as s:
            shift = open_shift_of(s, self.actor.user_id)
            if shift is None:
                shift = s.execute(
                    select(Shift)
                    .where(Shift.clerk_id == self.actor.user_id)
                    .order_by(Shift.id.desc())
                    .limit(1)
                ).scalar_one_or_none()
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
            latest: dict[str, PrintedDocument] = {}
            for entry in s.execute(
                select(PrintedDocument)
                .where(
                    PrintedDocument.doc_type == DocumentType.RECEIPT,
                    PrintedDocument.doc_number.in_([p.receipt_no for p in payments]),
                )
                .order_by(PrintedDocument.id)
            ).scalars():
                latest[entry.doc_number] = entry
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
                        doc_id=doc.id if doc else None,
                        receipt=receipt,
                    )
                )
            return waiting

    @requires(Permission.RECEIPT_REPRINT)
    def reprint(self, receipt_no: str, reason: str, layout: str = "thermal80") -> ReprintResult:
        """A 补打 copy of a receipt: no new transaction, the copy says 补打 n and when the
        original printed; the register gets an entry (printed=False until
        :meth:`mark_printed`).

        ``reprint_no`` is the number of earlier prints of the receipt. A receipt that never
        printed (no register entry) prints as the original, with ``reprint_no`` 0.

        Args:
            receipt_no: The receipt to copy.
            reason: Why (required).
            layout: ``thermal80``, ``a5`` or ``a4``.

        Raises:
            PaymentInputError: no reason or a bad layout.
            ReceiptNotFound: no such receipt.
        """
        text = clean_reason(reason)
        if layout not in PRINT_LAYOUTS:
            raise PaymentInputError("payment.layout_invalid", field="layout", value=layout)
        now = self._clock.now()
        with self._db.write() as s:
            payment = payment_by_receipt(s, receipt_no)
            lock_document(s, DocumentType.RECEIPT, payment.receipt_no)
            earlier = list(
                s.execute(
                    select(PrintedDocument)
                    .where(
                        PrintedDocument.doc_type == DocumentType.RECEIPT,
                        PrintedDocument.doc_number == payment.receipt_no,
                    )
                    .order_by(PrintedDocument.id)
                ).scalars()
            )
            reprint_no = len(earlier)
            original_at = earlier[0].printed_at if earlier else None
            secret, _ = qr_secret(s)
            receipt = receipt_for(
                s,
                payment,
                secret,
                printed_at=now,
                reprint_no=reprint_no,
                original_printed_at=original_at,
                extra_notes=(f"补打经办：{self.actor.employee_no}",) if reprint_no else (),
            )
            row = PrintedDocument(
                doc_type=DocumentType.RECEIPT,
                doc_number=payment.receipt_no,
                hall_id=payment.hall_id,
                counter_id=self.actor.counter_id,
                user_id=self.actor.user_id,
                printed_at=now,
                reprint_no=reprint_no,
                reason=text,
                content_hash=_document_digest(receipt),
                layout=layout,
                printed=False,
                account_id=payment.account_id,
            )
            s.add(row)
            s.flush()
            self._audit_print(s, row, "reprint", now)
            return ReprintResult(receipt, _print_record(row))

    def _check_print(self, content_hash: str, layout: str) -> str:
        digest = (content_hash or "").strip().lower()
        if not _HASH_RE.fullmatch(digest):
            raise PaymentInputError("payment.hash_invalid", field="content_hash")
        if layout not in PRINT_LAYOUTS:
            raise PaymentInputError("payment.layout_invalid", field="layout", value=layout)
        return digest

    def _audit_print(self, s: Session, row: PrintedDocument, action: str, now: datetime) -> None:
        audit.record(
            s,
            at=now,
            user_id=self.actor.user_id,
            counter_id=self.actor.counter_id,
            action=action,
            entity="printed_document",
            entity_id=row.id,
            after={
                "doc_type": row.doc_type,
                "doc_number": row.doc_number,
                "reprint_no": row.reprint_no,
                "content_hash": row.content_hash,
                "layout": row.layout,
                "printed": row.printed,
                "reason": row.reason,
            },
        )
