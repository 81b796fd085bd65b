"""Message templates of payments, voids and refunds.

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "payment.no_tenders": QT_TRANSLATE_NOOP("Messages", "Please choose how the customer pays."),
    "payment.tender_invalid": QT_TRANSLATE_NOOP("Messages", "The payment method is not valid."),
    "payment.tenders_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The payment methods add up to {tenders_total}, which is not the payment amount {amount}.",
    ),
    "payment.duplicate_cash": QT_TRANSLATE_NOOP(
        "Messages", "Cash can only be entered on one line."
    ),
    "payment.reference_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the transaction reference (serial or voucher number) of a non-cash payment.",
    ),
    "payment.reference_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The transaction reference can be at most {max} characters."
    ),
    "payment.cash_short": QT_TRANSLATE_NOOP(
        "Messages", "Cash received {received} is less than the cash due {cash}."
    ),
    "payment.no_cash_tender": QT_TRANSLATE_NOOP(
        "Messages", "Leave cash received empty when nothing is paid in cash."
    ),
    "payment.key_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The payment confirmation number is not valid. Open the confirmation screen again.",
    ),
    "payment.reason_empty": QT_TRANSLATE_NOOP("Messages", "Please give a reason."),
    "payment.reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The reason can be at most {max} characters."
    ),
    "payment.rating_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The satisfaction rating is not valid."
    ),
    "payment.quote_args": QT_TRANSLATE_NOOP(
        "Messages", "Enter either the amount to spend or the volume to buy."
    ),
    "payment.volume_format": QT_TRANSLATE_NOOP(
        "Messages", "The volume must be more than zero, with at most three decimal places."
    ),
    "payment.not_prepaid": QT_TRANSLATE_NOOP(
        "Messages", "This account is not a prepaid (IC card) account."
    ),
    "payment.prepaid_inexact": QT_TRANSLATE_NOOP(
        "Messages",
        "At the tiered prices this exact amount cannot be bought; "
        "the amount that can be bought is {suggested}.",
    ),
    "payment.prepaid_too_small": QT_TRANSLATE_NOOP(
        "Messages", "The amount is too small to buy the smallest metered unit."
    ),
    "payment.prepaid_quote_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The tier or the prices have changed: this volume now costs {suggested}. Get a new quote.",
    ),
    "payment.partial_too_small": QT_TRANSLATE_NOOP(
        "Messages",
        "This account has overdue bills and the late fee is at least ¥1.00: "
        "a partial payment must be at least {minimum}.",
    ),
    "payment.key_reused": QT_TRANSLATE_NOOP(
        "Messages",
        "This confirmation number was already used for another payment. "
        "Open the confirmation screen again.",
    ),
    "receipt.not_found": QT_TRANSLATE_NOOP("Messages", "Receipt {receipt_no} does not exist."),
    "payment.not_found": QT_TRANSLATE_NOOP("Messages", "The payment does not exist."),
    "print.not_found": QT_TRANSLATE_NOOP("Messages", "The print record does not exist."),
    "print.already_registered": QT_TRANSLATE_NOOP(
        "Messages",
        "This receipt's printing is already registered; to print it again, use Reprint.",
    ),
    "void.already_voided": QT_TRANSLATE_NOOP("Messages", "This receipt has already been voided."),
    "void.refunded": QT_TRANSLATE_NOOP(
        "Messages", "This receipt has been refunded ({refund_receipt_no}) and cannot be voided."
    ),
    "void.later_payment": QT_TRANSLATE_NOOP(
        "Messages",
        "The account has a later payment {receipt_no}: void the newer payment first.",
    ),
    "void.other_hall": QT_TRANSLATE_NOOP(
        "Messages", "Only receipts of this service hall can be voided."
    ),
    "void.refund_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Only today's payments can be voided: make a refund for an earlier day's payment.",
    ),
    "void.refund_required/day_closed": QT_TRANSLATE_NOOP(
        "Messages", "The day is closed, so the payment cannot be voided: make a refund instead."
    ),
    "refund.not_refundable": QT_TRANSLATE_NOOP("Messages", "A refund receipt cannot be refunded."),
    "refund.voided": QT_TRANSLATE_NOOP(
        "Messages", "This receipt has been voided; no refund is needed."
    ),
    "refund.already_refunded": QT_TRANSLATE_NOOP(
        "Messages", "This receipt has already been refunded ({refund_receipt_no})."
    ),
    "refund.credit_used": QT_TRANSLATE_NOOP(
        "Messages",
        "The credit this payment left on the account has been used since "
        "(credit now {credit}, the refund needs {needed}), "
        "so the payment cannot be refunded in full.",
    ),
    "rating.exists": QT_TRANSLATE_NOOP("Messages", "This transaction has already been rated."),
}
