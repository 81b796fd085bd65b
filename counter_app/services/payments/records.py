"""Stored payments as the payment services read them, and the result DTO built from one."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Customer, Payment, Setting
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentStatus
from counter_app.domain.identity import normalize_text
from counter_app.domain.money import ZERO
from counter_app.domain.receipts import ReceiptBillLine
from counter_app.domain.tariffs import TierLine
from counter_app.services.payments.dto import PaymentResult, ReceiptSummary
from counter_app.services.payments.errors import ReceiptNotFound
from counter_app.services.receipts import QR_SECRET_SETTING, Headers, receipt_for

_PAYMENT_BY_KEY = select(Payment.id).where(Payment.idempotency_key == bindparam("key"))


def payment_by_key(s: Session, key: str) -> Payment | None:
    """The payment a confirm key made, if any."""
    # Nearly always absent: probe the unique index for the id, load the row only if found.
    payment_id = s.connection().execute(_PAYMENT_BY_KEY, {"key": key}).scalar_one_or_none()
    return None if payment_id is None else s.get(Payment, payment_id)


def payment_by_receipt(s: Session, receipt_no: str) -> Payment:
    """The payment with that receipt number (as typed or scanned).

    Raises:
        ReceiptNotFound: there is none.
    """
    number = normalize_text(receipt_no or "").upper()
    payment = s.execute(select(Payment).where(Payment.receipt_no == number)).scalar_one_or_none()
    if payment is None:
        raise ReceiptNotFound("no such receipt", receipt_no=number)
    return payment


def receipt_summaries(
    s: Session, payments: Sequence[Payment], hall_id: int | None
) -> list[ReceiptSummary]:
    """What the receipt dialogs show of each payment, in the order given; ``hall_id`` is the
    reader's hall, and another hall's receipt comes without its customer and account. Two
    queries whatever the number of payments."""
    if not payments:
        return []
    ids = [p.id for p in payments]
    holders = {
        account_id: (number, name)
        for account_id, number, name in s.execute(
            select(Account.id, Account.number, Customer.name)
            .join(Customer, Customer.id == Account.customer_id)
            .where(Account.id.in_({p.account_id for p in payments}))
        )
    }
    refunds = refunds_of(s, ids)
    summaries: list[ReceiptSummary] = []
    for p in payments:
        # A clerk sees only their own hall's customers.
        number, name = holders[p.account_id] if p.hall_id == hall_id else ("", "")
        summaries.append(
            ReceiptSummary(
                payment_id=p.id,
                receipt_no=p.receipt_no,
                kind=p.kind,
                status=p.status,
                paid_at=p.created_at.astimezone(LOCAL_TZ),
                business_date=p.business_date,
                amount=p.amount,
                customer_name=name,
                account_number=number,
                own_hall=p.hall_id == hall_id,
                refund_receipt_no=refunds.get(p.id),
            )
        )
    return summaries


def lock_payment(s: Session, payment_id: int) -> Payment:
    """The payment row, locked for the rest of the unit of work and read afresh."""
    return s.execute(
        select(Payment)
        .where(Payment.id == payment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()


def refunds_of(s: Session, payment_ids: Sequence[int]) -> dict[int, str]:
    """The receipt number of the refund that reversed each of the payments one did reverse."""
    rows = s.execute(
        select(Payment.reverses_payment_id, Payment.receipt_no).where(
            Payment.reverses_payment_id.in_(payment_ids),
            Payment.status == PaymentStatus.COMPLETED,
        )
    )
    return {original: number for original, number in rows if original is not None}


def refund_of(s: Session, payment_id: int) -> str | None:
    """The receipt number of the refund that reversed the payment, if one did."""
    return refunds_of(s, [payment_id]).get(payment_id)


class ReceiptKey:
    """The receipt QR key; it never changes once committed, so one lookup per service."""

    def __init__(self) -> None:
        self._secret: bytes | None = None

    def remember(self, secret: bytes) -> None:
        self._secret = secret

    def stored(self, s: Session) -> bytes | None:
        """The key, or None before the first payment created it."""
        if self._secret is not None:
            return self._secret
        row = s.get(Setting, QR_SECRET_SETTING)
        if row is None:
            return None
        self._secret = bytes.fromhex(str(row.value))
        return self._secret

    def read(self, s: Session) -> bytes:
        """The key, which every stored payment's receipt was signed with."""
        secret = self.stored(s)
        if secret is None:  # pragma: no cover - a stored payment always created the key
            raise RuntimeError("payments exist but the receipt QR key is missing")
        return secret


def payment_result(
    headers: Headers,
    s: Session,
    payment: Payment,
    secret: bytes,
    *,
    replayed: bool,
    prepaid_lines: Sequence[TierLine] | None = None,
    account: Account | None = None,
    account_name: str | None = None,
    bill_lines: tuple[ReceiptBillLine, ...] | None = None,
    unit: str | None = None,
) -> PaymentResult:
    """A stored payment and its receipt; what the caller already holds is not read again."""
    receipt = receipt_for(
        s,
        payment,
        secret,
        prepaid_lines=prepaid_lines,
        headers=headers,
        account=account,
        account_name=account_name,
        bill_lines=bill_lines,
        unit=unit,
    )
    principal = sum((line.paid_now for line in receipt.bills), ZERO)
    return PaymentResult(
        payment_id=payment.id,
        receipt_no=payment.receipt_no,
        kind=payment.kind,
        status=payment.status,
        account_id=payment.account_id,
        account_number=receipt.account_number,
        amount=payment.amount,
        principal=principal,
        late_fee=payment.late_fee,
        late_fee_waived=payment.late_fee_waived,
        balance_before=payment.balance_before,
        balance_after=payment.balance_after,
        cash_received=payment.cash_received,
        change=payment.change_given,
        volume=payment.volume,
        business_date=payment.business_date,
        paid_at=payment.created_at.astimezone(LOCAL_TZ),
        replayed=replayed,
        receipt=receipt,
    )
