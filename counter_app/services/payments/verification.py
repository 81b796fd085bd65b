"""Checking a receipt: its scanned QR code against its signature and the stored payment, or
its number alone against the stored payment."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Hall, Payment, User
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentStatus
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.money import to_fen
from counter_app.domain.permissions import Permission
from counter_app.domain.receipt_numbers import receipt_number_in
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
        self._check_may_verify()
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
            found = _stored(s, payment)
            if (
                content.amount_fen != to_fen(payment.amount)
                or content.account_number != found.account_number
                or content.paid_at != qr_time(payment.created_at)
            ):
                return replace(found, status=VerificationStatus.MISMATCH)
            return _in_force(s, payment, found)

    @requires()
    def verify_receipt_number(self, text: str) -> ReceiptVerification:
        """Look a receipt up by its number alone: what its barcode holds, or what is typed.

        A number carries no signature, so this proves only that the receipt exists and
        whether it is in force; the amounts printed on the paper are checked by comparing
        them with the stored values returned here (or by scanning the QR code).

        Args:
            text: The number, with or without hyphens (full-width characters forgiven).

        Returns:
            ``VALID``, ``VOIDED`` or ``REFUNDED`` with the stored values; ``NOT_FOUND`` when
            no payment has the number; ``MALFORMED`` when ``text`` is no receipt number.

        Raises:
            PermissionDenied: the user may neither audit nor reprint.
        """
        self._check_may_verify()
        number = receipt_number_in(text or "")
        if number is None:
            return ReceiptVerification(VerificationStatus.MALFORMED)
        with self._db.read() as s:
            payment = s.execute(
                select(Payment).where(Payment.receipt_no == number)
            ).scalar_one_or_none()
            if payment is None:
                return ReceiptVerification(VerificationStatus.NOT_FOUND, receipt_no=number)
            return _in_force(s, payment, _stored(s, payment))

    def _check_may_verify(self) -> None:
        if not (
            self.actor.can(Permission.AUDIT_READ) or self.actor.can(Permission.RECEIPT_REPRINT)
        ):
            raise PermissionDenied(
                f"{self.actor.employee_no} ({self.actor.role}) may not verify receipts",
                permission=Permission.AUDIT_READ.value,
                role=self.actor.role.value,
            )


def _stored(s: Session, payment: Payment) -> ReceiptVerification:
    """The stored payment as a verification answer, ``VALID`` until found otherwise."""
    account = s.get(Account, payment.account_id)
    hall = s.get(Hall, payment.hall_id)
    clerk = s.get(User, payment.clerk_id)
    assert account is not None
    assert hall is not None
    assert clerk is not None
    return ReceiptVerification(
        VerificationStatus.VALID,
        receipt_no=payment.receipt_no,
        amount=payment.amount,
        account_number=account.number,
        paid_at=payment.created_at.astimezone(LOCAL_TZ),
        hall_code=hall.code,
        clerk_employee_no=clerk.employee_no,
    )


def _in_force(s: Session, payment: Payment, found: ReceiptVerification) -> ReceiptVerification:
    """``found`` as ``VOIDED`` or ``REFUNDED`` when the payment was reversed since."""
    if payment.status is PaymentStatus.VOIDED:
        return replace(found, status=VerificationStatus.VOIDED)
    refund = refund_of(s, payment.id)
    if refund is not None:
        return replace(found, status=VerificationStatus.REFUNDED, refund_receipt_no=refund)
    return found
