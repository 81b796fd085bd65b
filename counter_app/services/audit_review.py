"""What an auditor reviews (docs/domain.md §11): the printed-document register, the approvals given
at the counters, and the audit trail's hash chain.

Read-only: nothing here writes, so an auditor's review leaves the books exactly as found.
Receipts scanned at the audit desk are verified by
:meth:`counter_app.services.payments.verification.ReceiptVerifier.verify_receipt`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import aliased

from counter_app.db.models import (
    Approval,
    Counter,
    Hall,
    Payment,
    PaymentVoid,
    PrintedDocument,
    User,
)
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import DocumentType
from counter_app.domain.permissions import Permission
from counter_app.services.audit import ChainCheck, verify_chain
from counter_app.services.audit_review_dto import (
    MAX_DAYS,
    ROW_LIMIT,
    ApprovalEntry,
    Listing,
    PeriodInvalid,
    RegisterEntry,
)
from counter_app.services.base import Service, requires

T = TypeVar("T")


def _period(start: date, end: date) -> tuple[datetime, datetime]:
    """The hall-time days ``start`` through ``end`` as a UTC-aware half-open range."""
    if end < start or (end - start).days >= MAX_DAYS:
        raise PeriodInvalid("bad period", start=start, end=end, max_days=MAX_DAYS)
    begin = datetime.combine(start, time.min, LOCAL_TZ)
    until = datetime.combine(end + timedelta(days=1), time.min, LOCAL_TZ)
    return begin, until


class AuditReviewService(Service):
    """Review prints, reprints, voids and other approvals, and check the audit trail."""

    @requires(Permission.AUDIT_READ)
    def print_register(
        self, start: date, end: date, doc_type: DocumentType | None = None
    ) -> Listing[RegisterEntry]:
        """Every print and reprint from ``start`` through ``end`` (hall days), newest first.

        ``reason`` is why a reprint was made, and on a void slip's original why the receipt
        was voided.

        Args:
            start: First day.
            end: Last day (at most 366 days after ``start``).
            doc_type: Only this kind of document; all kinds when None.

        Raises:
            PeriodInvalid: ``end`` before ``start`` or the period is too long.
        """
        begin, until = _period(start, end)
        query = (
            select(
                PrintedDocument,
                User.employee_no,
                User.name,
                Hall.code,
                Counter.number,
                PaymentVoid.reason,
            )
            .join(User, User.id == PrintedDocument.user_id)
            .outerjoin(Hall, Hall.id == PrintedDocument.hall_id)
            .outerjoin(Counter, Counter.id == PrintedDocument.counter_id)
            # A void slip is registered under the voided receipt's number.
            .outerjoin(
                Payment,
                and_(
                    PrintedDocument.doc_type == DocumentType.VOID_SLIP,
                    Payment.receipt_no == PrintedDocument.doc_number,
                ),
            )
            .outerjoin(PaymentVoid, PaymentVoid.payment_id == Payment.id)
            .where(PrintedDocument.printed_at >= begin, PrintedDocument.printed_at < until)
            .order_by(PrintedDocument.printed_at.desc(), PrintedDocument.id.desc())
        )
        if doc_type is not None:
            query = query.where(PrintedDocument.doc_type == doc_type)

        def entry(
            doc: PrintedDocument,
            employee_no: str,
            name: str,
            hall_code: str | None,
            counter_number: int | None,
            void_reason: str | None,
        ) -> RegisterEntry:
            return RegisterEntry(
                doc_id=doc.id,
                printed_at=doc.printed_at.astimezone(LOCAL_TZ),
                doc_type=doc.doc_type,
                doc_number=doc.doc_number,
                reprint_no=doc.reprint_no,
                printed=doc.printed,
                reason=doc.reason or void_reason or "",
                employee_no=employee_no,
                user_name=name,
                hall_code=hall_code or "",
                counter_number=counter_number,
                layout=doc.layout,
                content_hash=doc.content_hash,
            )

        return self._listing(query, entry)

    @requires(Permission.AUDIT_READ)
    def approvals(self, start: date, end: date) -> Listing[ApprovalEntry]:
        """Every approval given from ``start`` through ``end`` (hall days), newest first:
        voids, refunds, late-fee waivers, arrears overrides, large cash.

        Raises:
            PeriodInvalid: ``end`` before ``start`` or the period is too long.
        """
        begin, until = _period(start, end)
        requester = aliased(User)
        approver = aliased(User)
        query = (
            select(
                Approval,
                requester.employee_no,
                requester.name,
                approver.employee_no,
                approver.name,
                Hall.code,
                Counter.number,
            )
            .join(requester, requester.id == Approval.requested_by)
            .join(approver, approver.id == Approval.approved_by)
            .outerjoin(Counter, Counter.id == Approval.counter_id)
            .outerjoin(Hall, Hall.id == Counter.hall_id)
            .where(Approval.at >= begin, Approval.at < until)
            .order_by(Approval.at.desc(), Approval.id.desc())
        )

        def entry(
            row: Approval,
            requested_no: str,
            requested_name: str,
            approved_no: str,
            approved_name: str,
            hall_code: str | None,
            counter_number: int | None,
        ) -> ApprovalEntry:
            return ApprovalEntry(
                approval_id=row.id,
                at=row.at.astimezone(LOCAL_TZ),
                action=row.action,
                subject=row.subject,
                reason=row.reason,
                requested_by=requested_no,
                requested_by_name=requested_name,
                approved_by=approved_no,
                approved_by_name=approved_name,
                hall_code=hall_code or "",
                counter_number=counter_number,
            )

        return self._listing(query, entry)

    def _listing(self, query: Select[*tuple[Any, ...]], entry: Callable[..., T]) -> Listing[T]:
        """The first :data:`ROW_LIMIT` rows of ``query``, each made into ``entry(*row)``, and
        whether more matched."""
        with self._db.read() as s:
            found = s.execute(query.limit(ROW_LIMIT + 1)).all()
        rows = tuple(entry(*row) for row in found[:ROW_LIMIT])
        return Listing(rows, truncated=len(found) > ROW_LIMIT)

    @requires(Permission.AUDIT_READ)
    def verify_audit_trail(self) -> ChainCheck:
        """Walk the audit trail's hash chain from the first entry (as ``counter-app
        verify-audit`` does) and name the first entry whose link or content is wrong."""
        with self._db.read() as s:
            return verify_chain(s)
