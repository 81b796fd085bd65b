"""What the payment services take and give: requests, quotes, results, and their limits.

No database code here: views build the requests and read the results.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from counter_app.domain.approvals import ApprovalGrant
from counter_app.domain.enums import ApprovalAction, PaymentKind, PaymentStatus, Tender
from counter_app.domain.print_register import IssuedDocument
from counter_app.domain.receipts import Receipt, VoidSlip
from counter_app.domain.tariffs import TierLine
from counter_app.services.bills_dto import BillsDue

#: Approval actions (``AuthService.approve(action=...)``) the payment services use.
WAIVE_LATE_FEE = ApprovalAction.WAIVE_LATE_FEE
LARGE_CASH = ApprovalAction.LARGE_CASH
VOID = ApprovalAction.VOID
REFUND = ApprovalAction.REFUND
REASON_MAX_LENGTH = 200
REFERENCE_MAX_LENGTH = 64
QUEUE_TICKET_MAX_LENGTH = 20


def account_subject(account_number: str) -> str:
    """Approval subject for a late-fee waiver or large cash payment on an account."""
    return f"account:{account_number}"


# ----------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class TenderLine:
    """One tender of a payment; non-cash tenders carry the external reference number."""

    tender: Tender | str
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class QuoteStamp:
    """What a quote was worked out on: the day, the open bills with what each still owed, and
    the account's credit. The payment screen sends the stamp of the quote the clerk showed the
    customer; a payment whose stamp no longer matches the account is refused
    (:class:`~counter_app.services.payments.errors.QuoteChanged`), so money meant for bills
    another counter has just settled does not silently become credit."""

    account_id: int
    as_of: date
    bills: tuple[tuple[int, Decimal], ...]  # (bill id, outstanding principal), oldest first
    credit: Decimal

    @classmethod
    def of(cls, due: BillsDue) -> QuoteStamp:
        return cls(
            account_id=due.account_id,
            as_of=due.as_of,
            bills=tuple((b.bill_id, b.outstanding) for b in due.bills),
            credit=due.credit,
        )


@dataclass(frozen=True)
class PaymentRequest:
    """What the confirm screen sends.

    Attributes:
        account_id: The account paid for.
        amount: The total taken, Decimal yuan.
        tenders: How it is paid; ``(tender, amount, reference)`` tuples are accepted too.
        idempotency_key: Created once per confirm screen (a UUID); a retry or a double click
            with the same key returns the same payment.
        cash_received: Cash handed over; defaults to the cash tender's amount.
        waive_late_fee: A manager's grant (action ``waive_late_fee``, subject
            :func:`account_subject`) to let the late fee off.
        waiver_reason: Why the fee is waived; the grant's reason when empty.
        cash_approval: A manager's grant (action ``large_cash``, subject
            :func:`account_subject`) for cash above ``payments.cash_approval_above``.
        queue_ticket: The 叫号 ticket, if one was typed or scanned.
        volume: Prepaid only: the volume quoted by :meth:`PaymentService.prepaid_quote`; the
            purchase is then for exactly this volume and ``amount`` must be its price. Without
            it the amount buys the most volume it can.
        quote: Postpaid: the stamp of the quote the clerk confirmed on
            (:attr:`PaymentQuote.stamp`); the payment is refused when the account's bills or
            credit are no longer what it says. To take the money on the account as it now
            stands (what the bills do not take becomes credit, on purpose), send the stamp
            the refusal carries. None: no check (scripts and imports that quote nothing).
    """

    account_id: int
    amount: Decimal
    tenders: Sequence[TenderLine | tuple[Any, ...]]
    idempotency_key: str
    cash_received: Decimal | None = None
    waive_late_fee: ApprovalGrant | None = None
    waiver_reason: str = ""
    cash_approval: ApprovalGrant | None = None
    queue_ticket: str | None = None
    volume: Decimal | None = None
    quote: QuoteStamp | None = None


@dataclass(frozen=True)
class PaymentQuote:
    """What is due now; ``due`` has the bills, ``late_fee_charged`` what a payment would
    charge (zero under a waiver) and ``amount_due`` what the customer pays to settle all."""

    due: BillsDue
    late_fee_charged: Decimal
    late_fee_waived: Decimal
    amount_due: Decimal
    waiver_approval_id: int | None

    @property
    def stamp(self) -> QuoteStamp:
        """What this quote was worked out on, to send with the payment."""
        return QuoteStamp.of(self.due)


@dataclass(frozen=True)
class PrepaidQuote:
    """A prepaid purchase both ways: ``amount`` buys ``volume`` (tier split in ``lines``).

    ``adjusted`` is True when the amount asked for cannot buy a whole number of the smallest
    volume step exactly; ``amount`` is then the nearest lower amount that can.
    """

    account_id: int
    account_number: str
    tariff_class: str
    unit: str
    amount: Decimal
    volume: Decimal
    used_this_year: Decimal
    lines: tuple[TierLine, ...]
    adjusted: bool


@dataclass(frozen=True)
class PaymentResult:
    """A stored payment and its receipt, ready to print.

    ``replayed`` is True when the idempotency key had already paid: nothing new was booked.
    """

    payment_id: int
    receipt_no: str
    kind: PaymentKind
    status: PaymentStatus
    account_id: int
    account_number: str
    amount: Decimal
    principal: Decimal
    late_fee: Decimal
    late_fee_waived: Decimal
    balance_before: Decimal
    balance_after: Decimal
    cash_received: Decimal
    change: Decimal
    volume: Decimal | None
    business_date: date
    paid_at: datetime
    replayed: bool
    receipt: Receipt


class VerificationStatus(StrEnum):
    VALID = "valid"  # genuine and in force
    VOIDED = "voided"  # genuine, voided since
    REFUNDED = "refunded"  # genuine, refunded since
    MALFORMED = "malformed"  # not a Counter receipt code
    BAD_SIGNATURE = "bad_signature"  # altered or forged
    NOT_FOUND = "not_found"  # signed, but no such payment
    MISMATCH = "mismatch"  # signed, but the payment says something else


@dataclass(frozen=True)
class ReceiptVerification:
    """The answer to scanning a receipt's QR code; ``genuine`` unless forged or altered."""

    status: VerificationStatus
    receipt_no: str | None = None
    amount: Decimal | None = None
    account_number: str | None = None
    paid_at: datetime | None = None
    hall_code: str | None = None
    clerk_employee_no: str | None = None
    refund_receipt_no: str | None = None

    @property
    def genuine(self) -> bool:
        return self.status in (
            VerificationStatus.VALID,
            VerificationStatus.VOIDED,
            VerificationStatus.REFUNDED,
        )


@dataclass(frozen=True)
class ReprintResult(IssuedDocument):
    """A 补打 copy of a receipt, rendered and in the register: print ``pdf``, then report it
    (``printed`` is False until then)."""

    receipt: Receipt


@dataclass(frozen=True)
class QueuedReceipt:
    """A receipt of the clerk's shift that has not come out of a printer yet.

    ``doc_id`` is the failed print's register entry, or None when no print was ever
    registered (e.g. the program stopped before printing). Either way
    ``ReceiptPrintService.issue(receipt, queued=doc_id)`` renders it again for the printer.
    """

    payment_id: int
    receipt_no: str
    paid_at: datetime
    amount: Decimal
    account_number: str
    doc_id: int | None
    receipt: Receipt


@dataclass(frozen=True)
class ReceiptSummary:
    """A receipt as the reprint, void and refund dialogs show it before anything is done.

    ``own_hall`` says whether the receipt is of the signed-in user's hall; ``refund_receipt_no``
    is the refund that reversed it, if one did.
    """

    payment_id: int
    receipt_no: str
    kind: PaymentKind
    status: PaymentStatus
    paid_at: datetime
    business_date: date
    amount: Decimal
    customer_name: str
    account_number: str
    own_hall: bool
    refund_receipt_no: str | None


@dataclass(frozen=True)
class VoidResult:
    payment_id: int
    receipt_no: str
    void_id: int
    slip: VoidSlip
