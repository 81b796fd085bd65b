"""What the payment services refuse, as codes with parameters (worded in the views).

No database code here: views import these to tell one refusal from another.
"""

from __future__ import annotations

from counter_app.domain.approvals import ApprovalInvalid, ApprovalRequired
from counter_app.domain.errors import CodedError, Conflict, InvalidInput, NotFound
from counter_app.domain.print_register import DocumentNotFound, PrintAlreadyRegistered
from counter_app.services.payments.dto import QuoteStamp

# Refusals of every area that payments raise too: the approvals' and the print register's.
__all__ = [
    "ApprovalInvalid",
    "ApprovalRequired",
    "DocumentNotFound",
    "IdempotencyConflict",
    "PartialPaymentTooSmall",
    "PaymentInputError",
    "PaymentNotFound",
    "PrintAlreadyRegistered",
    "QuoteChanged",
    "RatingExists",
    "ReceiptNotFound",
    "RefundNotAllowed",
    "RefundRequired",
    "VoidNotAllowed",
]


class PaymentInputError(CodedError, InvalidInput):
    """Something typed on the payment screen is not acceptable; ``code`` says what.

    Codes: ``payment.no_tenders``, ``payment.tender_invalid``, ``payment.tenders_mismatch``
    (``tenders_total``, ``amount``), ``payment.duplicate_cash``, ``payment.reference_missing``
    (``tender``, ``index``), ``payment.reference_too_long``, ``payment.cash_short``
    (``received``, ``cash``), ``payment.no_cash_tender``, ``payment.key_invalid``,
    ``payment.reason_empty``, ``payment.reason_too_long``, ``payment.rating_invalid``,
    ``payment.layout_invalid``, ``payment.hash_invalid``, ``payment.quote_args``,
    ``payment.volume_format``, ``payment.not_prepaid``, ``payment.prepaid_inexact``
    (``suggested``), ``payment.prepaid_quote_changed`` (``suggested``),
    ``payment.prepaid_too_small``.
    """


class PartialPaymentTooSmall(InvalidInput):
    """The amount would pay only the ¥1.00 minimum late fee and no bill at all.

    ``params``: ``minimum`` - the smallest amount that settles something with its fee.
    """

    code = "payment.partial_too_small"


class QuoteChanged(Conflict):
    """The account's bills or credit changed since the quote the payment was confirmed on
    (another counter took a payment, a bill was added, the day turned): nothing was taken.

    ``params``: ``amount`` - what settles the account now; ``quoted`` - the amount the
    payment was for. :attr:`current` is the stamp of the account as it now stands: a payment
    sent again with it is taken on purpose, what the bills do not take becoming credit.
    """

    code = "payment.quote_changed"

    def __init__(self, current: QuoteStamp, *, amount: object, quoted: object) -> None:
        super().__init__("quote changed", amount=amount, quoted=quoted)
        self.current = current


class IdempotencyConflict(Conflict):
    """The confirm key belongs to a different payment (``params``: ``receipt_no``)."""

    code = "payment.key_reused"


class ReceiptNotFound(NotFound):
    """No receipt with that number (``params``: ``receipt_no``)."""

    code = "receipt.not_found"


class PaymentNotFound(NotFound):
    code = "payment.not_found"


class VoidNotAllowed(CodedError, Conflict):
    """The payment cannot be voided; ``code`` says why.

    Codes: ``void.already_voided``, ``void.refunded`` (``refund_receipt_no``),
    ``void.later_payment`` (``receipt_no`` of the newer payment on the account, to void first),
    ``void.other_hall``.
    """


class RefundRequired(Conflict):
    """Too late to void: the day is closed or the payment is of an earlier business day.

    ``params``: ``problem`` (``day_closed`` / ``other_day``), ``business_date``. A refund
    (:meth:`ReversalService.refund`) with a manager's approval is the way now.
    """

    code = "void.refund_required"


class RefundNotAllowed(CodedError, Conflict):
    """The payment cannot be refunded; ``code`` says why.

    Codes: ``refund.not_refundable`` (a refund itself), ``refund.voided``,
    ``refund.already_refunded`` (``refund_receipt_no``), ``refund.credit_used`` (the credit the
    payment left on the account has been spent since: ``credit``, ``needed``).
    """


class RatingExists(Conflict):
    code = "rating.exists"


#: Every code the payment services raise.
PAYMENT_CODES: frozenset[str] = frozenset(
    {
        "payment.no_tenders",
        "payment.tender_invalid",
        "payment.tenders_mismatch",
        "payment.duplicate_cash",
        "payment.reference_missing",
        "payment.reference_too_long",
        "payment.cash_short",
        "payment.no_cash_tender",
        "payment.key_invalid",
        "payment.reason_empty",
        "payment.reason_too_long",
        "payment.rating_invalid",
        "payment.quote_args",
        "payment.volume_format",
        "payment.not_prepaid",
        "payment.prepaid_inexact",
        "payment.prepaid_too_small",
        "payment.prepaid_quote_changed",
        "payment.partial_too_small",
        "payment.quote_changed",
        "payment.key_reused",
        "receipt.not_found",
        "payment.not_found",
        "void.already_voided",
        "void.refunded",
        "void.later_payment",
        "void.other_hall",
        "void.refund_required",
        "refund.not_refundable",
        "refund.voided",
        "refund.already_refunded",
        "refund.credit_used",
        "rating.exists",
    }
)
