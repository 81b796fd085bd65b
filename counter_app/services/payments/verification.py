"""Checking a scanned receipt QR code against its signature and the stored payment."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from counter_app.db.models import Account, Hall, Payment, User
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.money import to_fen
from counter_app.domain.permissions import Permission
from counter_app.services.base import Service, requires
from counter_app.services.payments.dto import ReceiptVerification, VerificationStatus
from counter_app.services.payments.records import ReceiptKey, refund_of
from counter_app.services.receipts import qr_time, read_qr


class ReceiptVerifier(Service):
    """Tells a genuine receipt from an altered or forged one, for auditors and counter staff."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key = ReceiptKey()

    @requires()
    def verify_receipt(self, payload: str) -> ReceiptVerification:
        """Check a scanned receipt QR code against its signature and the stored payment.

        Open to auditors (``audit.read``) and to counter staff who may reprint
        (``receipt.reprint``).

        Returns:
            ``VALID``, or ``VOIDED`` / ``REFUNDED`` for a genuine receipt reversed since, or
            why it is not genuine: ``MALFORMED``, ``BAD_SIGNATURE``, ``NOT_FOUND``, ``MISMATCH``.

        Raises:
            PermissionDenied: the user has neither permission.
        """
        if not (
            self.actor.can(Permission.AUDIT_READ) or self.actor.can(Permission.RECEIPT_REPRINT)
        ):
            raise PermissionDenied(
                f"{self.actor.employee_no} ({self.actor.role}) may not verify receipts",
                permission=Permission.AUDIT_READ.value,
                role=self.actor.role.value,
            )
        with self._db.read() as s:
            secret = self._key.stored(s)
            content = read_qr(secret or b"", payload or "")
            if content is None:
                return ReceiptVerification(VerificationStatus.MALFORMED)
            if secret is None or not content.genuine:
                return ReceiptVerification(
                    VerificationStatus.BAD_SIGNATURE, receipt_no=content.receipt_no
                )
            payment = s.execute(
                select(Payment).where(Payment.receipt_no == content.receipt_no)
            ).scalar_one_or_none()
            if payment is None:
                return ReceiptVerification(
                    VerificationStatus.NOT_FOUND, receipt_no=content.receipt_no
                )
            account = s.get(Account, payment.account_id)
            hall = s.get(Hall, payment.hall_id)
            clerk = s.get(User, payment.clerk_id)
            assert account is not None
            assert hall is not None
            assert clerk is not None
            found = ReceiptVerification(
                VerificationStatus.VALID,
                receipt_no=payment.receipt_no,
                amount=payment.amount,
                account_number=account.number,
                paid_at=payment.created_at.astimezone(LOCAL_TZ),
                hall_code=hall.code,
                clerk_employee_no=clerk.employee_no,
            )
            if (
                content.amount_fen != to_fen(payment.amount)
                or content.account_number != account.number
                or content.paid_at != qr_time(payment.created_at)
            ):
                return replace(found, status=VerificationStatus.MISMATCH)
            if payment.status is PaymentStatus.VOIDED:
                return replace(found, status=VerificationStatus.VOIDED)
            refund = refund_of(s, payment.id)
            if refund is not None:
                return replace(found, status=VerificationStatus.REFUNDED, refund_receipt_no=refund)
            return found
