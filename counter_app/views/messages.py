"""Validation and service messages in the user's language.

The domain and service layers report problems as a stable code with params and give a default
Simplified Chinese sentence (``identity.describe``, ``amounts.describe_amount``,
``customers.describe_field_error``, ``payments.describe_payment_error``). They know nothing of
Qt, so they cannot use ``tr()``; this module holds the English wording of the same codes, and
:func:`localized` picks the sentence for the language :mod:`counter_app.views.translation`
installed. The English lives in plain Python rather than the ``.ts`` files because the Chinese
is already written in the code tables: translating it back through Qt would mean keeping two
copies of every Chinese sentence in step.

The tables are keyed by the code sets the lower layers export (``ISSUE_CODES``,
``AMOUNT_CODES``, ``CUSTOMER_CODES``, ``PAYMENT_CODES``); tests/unit/test_messages.py fails
when a code has no English here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from counter_app.domain.amounts import DEFAULT_MAXIMUM, DEFAULT_MINIMUM
from counter_app.domain.identity import (
    CREDIT_CODE_LENGTH,
    MOBILE_LENGTH,
    PASSPORT_MAX_LENGTH,
    PASSPORT_MIN_LENGTH,
    RESIDENT_ID_LENGTH,
    IdType,
)
from counter_app.domain.money import format_yuan
from counter_app.services.customers import REASON_MAX_LENGTH as CUSTOMER_REASON_MAX_LENGTH
from counter_app.services.payments.dto import REASON_MAX_LENGTH as PAYMENT_REASON_MAX_LENGTH
from counter_app.services.payments.dto import REFERENCE_MAX_LENGTH
from counter_app.views.translation import current_language

Renderer = Callable[[Mapping[str, object]], str]


def _get(p: Mapping[str, object], key: str, default: object = "?") -> str:
    value = p.get(key)
    return str(default if value is None else value)


def _yuan(p: Mapping[str, object], key: str, default: Decimal | None = None) -> str:
    """An amount param as ``¥1,234.50``; anything that is not a finite Decimal as given."""
    value = p.get(key, default)
    if isinstance(value, Decimal) and value.is_finite():
        return format_yuan(value)
    return "?" if value is None else f"¥{value}"


# --------------------------------------------------------------------------------------------
# Identity data (counter_app.domain.identity)
# --------------------------------------------------------------------------------------------

# How messages refer to "the number" of each document, as the Chinese table does.
_ID_NUMBER_LABELS: dict[str, str] = {
    IdType.RESIDENT_ID: "ID card number",
    IdType.HMT_RESIDENCE: "residence permit number",
    IdType.PASSPORT: "passport number",
    IdType.HM_PERMIT: "travel permit number",
}


def _id_label(p: Mapping[str, object]) -> str:
    return _ID_NUMBER_LABELS.get(str(p.get("id_type", IdType.RESIDENT_ID)), "document number")


def _id_chars(p: Mapping[str, object]) -> str:
    hint = (
        "use letters and digits only"
        if p.get("id_type") == IdType.PASSPORT
        else "use digits only; the last character may be X"
    )
    return (
        f"Character {_get(p, 'position')} of the {_id_label(p)}, "
        f"“{_get(p, 'char', '')}”, is not valid: {hint}."
    )


def _uscc_chars(p: Mapping[str, object]) -> str:
    ch = _get(p, "char", "")
    position = _get(p, "position")
    if ch in {"I", "O", "Z", "S", "V"}:
        return (
            "A unified social credit code never uses the letters I, O, Z, S or V; "
            f"character {position} is “{ch}”."
        )
    return (
        "A unified social credit code can only contain digits and capital letters; "
        f"character {position} is “{ch}”."
    )


def _free_text(kind: str, subject: str) -> dict[str, Renderer]:
    return {
        f"{kind}.empty": lambda p: f"The {subject} cannot be empty.",
        f"{kind}.too_long": lambda p: (
            f"The {subject} can be at most {_get(p, 'max')} characters; it has {_get(p, 'actual')}."
        ),
        f"{kind}.emoji": lambda p: f"The {subject} cannot contain emoji (“{_get(p, 'char', '')}”).",
        f"{kind}.control": lambda p: (
            f"The {subject} cannot contain control characters ({_get(p, 'codepoint')})."
        ),
    }


_IDENTITY: dict[str, Renderer] = {
    "id.empty": lambda p: f"Please enter the {_id_label(p)}.",
    "id.length": lambda p: (
        f"The {_id_label(p)} must have {_get(p, 'expected', RESIDENT_ID_LENGTH)} characters; "
        f"it has {_get(p, 'actual')}."
    ),
    "id.length_range": lambda p: (
        f"The {_id_label(p)} must have {_get(p, 'min', PASSPORT_MIN_LENGTH)}–"
        f"{_get(p, 'max', PASSPORT_MAX_LENGTH)} letters or digits; it has {_get(p, 'actual')}."
    ),
    "id.chars": _id_chars,
    "id.x_position": lambda p: f"X can only be the last character of the {_id_label(p)}.",
    "id.check_digit": lambda p: (
        f"The check digit of the {_id_label(p)} is wrong: it should be {_get(p, 'expected')}. "
        "Check the whole number digit by digit; the mistake may be in an earlier digit."
    ),
    "id.birth_date": lambda p: f"The date of birth {_get(p, 'value', '')} does not exist.",
    "id.birth_future": lambda p: f"The date of birth {_get(p, 'value', '')} is after today.",
    "id.birth_too_early": lambda p: f"The date of birth {_get(p, 'value', '')} is before 1900.",
    "id.hmt_region": lambda p: (
        "Residence permit numbers of HK/Macao/Taiwan residents start with 81 (Hong Kong), "
        f"82 (Macao) or 83 (Taiwan); this one starts with {_get(p, 'actual')}."
    ),
    "id.resident_region": lambda p: (
        f"Numbers starting with {_get(p, 'actual', '')} are HK/Macao/Taiwan residence permits: "
        "choose “HK/Macao/Taiwan residence permit” as the ID type."
    ),
    "id.hm_permit_format": lambda p: (
        "A mainland travel permit number for HK/Macao residents is H or M followed by "
        "8 or 10 digits."
    ),
    "uscc.empty": lambda p: "Please enter the unified social credit code.",
    "uscc.length": lambda p: (
        "The unified social credit code must have "
        f"{_get(p, 'expected', CREDIT_CODE_LENGTH)} characters; it has {_get(p, 'actual')}."
    ),
    "uscc.chars": _uscc_chars,
    "uscc.check": lambda p: (
        "The check character of the unified social credit code is wrong: it should be "
        f"{_get(p, 'expected')}. Check the whole code character by character."
    ),
    "phone.empty": lambda p: "Please enter the mobile number.",
    "phone.chars": lambda p: (
        f"The mobile number can only contain digits, not “{_get(p, 'char', '')}”."
    ),
    "phone.length": lambda p: (
        f"The mobile number must have {_get(p, 'expected', MOBILE_LENGTH)} digits; "
        f"it has {_get(p, 'actual')}."
    ),
    "phone.format": lambda p: (
        "A mobile number has 11 digits, starting with 1 and with 3–9 as the second digit."
    ),
    "name.dot": lambda p: "The “·” in a name can only stand between two characters.",
    "name.chars": lambda p: (
        f"The name can only contain letters, spaces and “·”, not “{_get(p, 'char', '')}”."
    ),
    "org_name.chars": lambda p: (
        "The organisation name can only contain letters, digits, spaces, brackets, "
        "· & . , - and the Chinese enumeration comma, "
        f"not “{_get(p, 'char', '')}”."
    ),
    "address.chars": lambda p: f"The address cannot contain the character “{_get(p, 'char', '')}”.",
    **_free_text("name", "name"),
    **_free_text("org_name", "organisation name"),
    **_free_text("address", "address"),
}


# --------------------------------------------------------------------------------------------
# Amounts of money (counter_app.domain.amounts)
# --------------------------------------------------------------------------------------------

_AMOUNTS: dict[str, Renderer] = {
    "amount.empty": lambda p: "Please enter the amount.",
    "amount.currency_sign": lambda p: (
        f"Type only the digits of the amount, not “{_get(p, 'char', '¥')}”: "
        "the amount is already in yuan."
    ),
    "amount.comma": lambda p: (
        "No commas in the amount: type one thousand yuan as 1000 or 1000.00, "
        "and use “.” as the decimal point."
    ),
    "amount.negative": lambda p: "The amount cannot be negative.",
    "amount.exponent": lambda p: (
        "Type the amount as a plain number (for example 1000), not in a form like 1e3."
    ),
    "amount.chars": lambda p: (
        f"The amount can only contain digits and a decimal point, not “{_get(p, 'char', '')}”."
    ),
    "amount.format": lambda p: "The amount is not a valid number: type it like 100 or 100.50.",
    "amount.too_many_decimals": lambda p: (
        "The amount can have at most two decimal places (to the fen); "
        f"it has {_get(p, 'decimals')}."
    ),
    "amount.below_minimum": lambda p: (
        f"The amount cannot be less than {_yuan(p, 'minimum', DEFAULT_MINIMUM)}."
    ),
    "amount.above_maximum": lambda p: (
        f"A single amount cannot be more than {_yuan(p, 'maximum', DEFAULT_MAXIMUM)}."
    ),
    "amount.not_decimal": lambda p: "The amount must be an exact decimal number.",
}


# --------------------------------------------------------------------------------------------
# Customer and account forms (counter_app.services.customers)
# --------------------------------------------------------------------------------------------

_CUSTOMERS: dict[str, Renderer] = {
    "customer.required": lambda p: (
        "Choose an existing customer or fill in the new customer's details."
    ),
    "customer.both": lambda p: (
        "An existing customer is chosen: do not fill in new customer details as well."
    ),
    "customer.not_found": lambda p: "The customer does not exist.",
    "customer.anonymised": lambda p: (
        "This customer's details were erased at the customer's request; "
        "no further business can be done for them."
    ),
    "kind.invalid": lambda p: "The customer type is not valid.",
    "id_type.invalid": lambda p: "Please choose the ID type.",
    "id.duplicate": lambda p: "This ID number is already registered to another customer.",
    "uscc.duplicate": lambda p: (
        "This unified social credit code is already registered to another organisation."
    ),
    "id.name_mismatch": lambda p: (
        f"This ID number is registered to customer “{_get(p, 'registered_name', '')}”, "
        "which does not match the name entered. Check the ID number; if the customer has "
        "changed their name, correct the customer's details first."
    ),
    "uscc.name_mismatch": lambda p: (
        "This unified social credit code is registered to "
        f"“{_get(p, 'registered_name', '')}”, which does not match the organisation name "
        "entered. Check the code; if the organisation has been renamed, correct the "
        "customer's details first."
    ),
    "emergency.incomplete": lambda p: (
        "Fill in both the emergency contact's name and mobile number, or neither."
    ),
    "field.not_applicable": lambda p: "This field does not apply to this type of customer.",
    "reason.empty": lambda p: "Please give the reason for the change.",
    "reason.too_long": lambda p: (
        f"The reason can be at most {_get(p, 'max', CUSTOMER_REASON_MAX_LENGTH)} characters."
    ),
    "utility_kind.invalid": lambda p: "The utility is not valid.",
    "utility_kind.not_served": lambda p: "This system does not serve that utility.",
    "tariff_class.unknown": lambda p: f"The tariff class “{_get(p, 'value', '')}” does not exist.",
    "billing_mode.invalid": lambda p: "The billing mode is not valid.",
    "meter.empty": lambda p: "Please enter the meter number.",
    "meter.chars": lambda p: (
        f"The meter number can only contain letters and digits, not “{_get(p, 'char', '')}”."
    ),
    "meter.too_long": lambda p: f"The meter number can be at most {_get(p, 'max')} characters.",
    "meter.duplicate": lambda p: (
        f"Meter number {_get(p, 'value', '')} is already registered to account "
        f"{_get(p, 'account_number', '')}."
    ),
    "documents.unknown": lambda p: (
        f"“{_get(p, 'name', '')}” is not on the list of documents this service needs."
    ),
    "tariff_class.empty": lambda p: "Please choose the tariff class.",
    "document.type_invalid": lambda p: f"The document type “{_get(p, 'value', '')}” is not valid.",
    "document.number_invalid": lambda p: "The document number is empty or too long.",
    "document.hash_invalid": lambda p: (
        "The document's content digest must be a SHA-256 of 64 hexadecimal characters."
    ),
    "document.layout_invalid": lambda p: f"The layout “{_get(p, 'value', '')}” is not valid.",
    "document.path_too_long": lambda p: (
        f"The PDF file path can be at most {_get(p, 'max')} characters."
    ),
}


# --------------------------------------------------------------------------------------------
# Payments, voids and refunds (counter_app.services.payments)
# --------------------------------------------------------------------------------------------

_APPROVAL_PROBLEMS = {
    "expired": "The approval has expired: the shift manager must approve again.",
    "used": "This approval has already been used: the shift manager must approve again.",
}

_PAYMENTS: dict[str, Renderer] = {
    "payment.no_tenders": lambda p: "Please choose how the customer pays.",
    "payment.tender_invalid": lambda p: "The payment method is not valid.",
    "payment.tenders_mismatch": lambda p: (
        f"The payment methods add up to {_yuan(p, 'tenders_total')}, "
        f"which is not the payment amount {_yuan(p, 'amount')}."
    ),
    "payment.duplicate_cash": lambda p: "Cash can only be entered on one line.",
    "payment.reference_missing": lambda p: (
        "Enter the transaction reference (serial or voucher number) of a non-cash payment."
    ),
    "payment.reference_too_long": lambda p: (
        f"The transaction reference can be at most {REFERENCE_MAX_LENGTH} characters."
    ),
    "payment.cash_short": lambda p: (
        f"Cash received {_yuan(p, 'received')} is less than the cash due {_yuan(p, 'cash')}."
    ),
    "payment.no_cash_tender": lambda p: "Leave cash received empty when nothing is paid in cash.",
    "payment.key_invalid": lambda p: (
        "The payment confirmation number is not valid. Open the confirmation screen again."
    ),
    "payment.reason_empty": lambda p: "Please give a reason.",
    "payment.reason_too_long": lambda p: (
        f"The reason can be at most {PAYMENT_REASON_MAX_LENGTH} characters."
    ),
    "payment.rating_invalid": lambda p: "The satisfaction rating is not valid.",
    "payment.layout_invalid": lambda p: "The print layout is not valid.",
    "payment.hash_invalid": lambda p: (
        "The document's content digest must be a SHA-256 of 64 hexadecimal characters."
    ),
    "payment.quote_args": lambda p: "Enter either the amount to spend or the volume to buy.",
    "payment.volume_format": lambda p: (
        "The volume must be more than zero, with at most three decimal places."
    ),
    "payment.not_prepaid": lambda p: "This account is not a prepaid (IC card) account.",
    "payment.prepaid_inexact": lambda p: (
        "At the tiered prices this exact amount cannot be bought; "
        f"the amount that can be bought is {_yuan(p, 'suggested')}."
    ),
    "payment.prepaid_too_small": lambda p: (
        "The amount is too small to buy the smallest metered unit."
    ),
    "payment.prepaid_quote_changed": lambda p: (
        "The tier or the prices have changed: this volume now costs "
        f"{_yuan(p, 'suggested')}. Get a new quote."
    ),
    "payment.partial_too_small": lambda p: (
        "This account has overdue bills and the late fee is at least ¥1.00: "
        f"a partial payment must be at least {_yuan(p, 'minimum')}."
    ),
    "payment.approval_required": lambda p: "This needs the shift manager's approval.",
    "payment.approval_invalid": lambda p: _APPROVAL_PROBLEMS.get(
        str(p.get("problem")), "This approval is not for this action."
    ),
    "payment.key_reused": lambda p: (
        "This confirmation number was already used for another payment. "
        "Open the confirmation screen again."
    ),
    "receipt.not_found": lambda p: f"Receipt {_get(p, 'receipt_no', '')} does not exist.",
    "payment.not_found": lambda p: "The payment does not exist.",
    "print.not_found": lambda p: "The print record does not exist.",
    "print.already_registered": lambda p: (
        "This receipt's printing is already registered; to print it again, use Reprint."
    ),
    "void.already_voided": lambda p: "This receipt has already been voided.",
    "void.refunded": lambda p: (
        f"This receipt has been refunded ({_get(p, 'refund_receipt_no', '')}) and cannot be voided."
    ),
    "void.later_payment": lambda p: (
        f"The account has a later payment {_get(p, 'receipt_no', '')}: "
        "void the newer payment first."
    ),
    "void.other_hall": lambda p: "Only receipts of this service hall can be voided.",
    "void.refund_required": lambda p: (
        "The day is closed, so the payment cannot be voided: make a refund instead."
        if p.get("problem") == "day_closed"
        else "Only today's payments can be voided: make a refund for an earlier day's payment."
    ),
    "refund.not_refundable": lambda p: "A refund receipt cannot be refunded.",
    "refund.voided": lambda p: "This receipt has been voided; no refund is needed.",
    "refund.already_refunded": lambda p: (
        f"This receipt has already been refunded ({_get(p, 'refund_receipt_no', '')})."
    ),
    "refund.credit_used": lambda p: (
        "The credit this payment left on the account has been used since "
        f"(credit now {_yuan(p, 'credit')}, the refund needs {_yuan(p, 'needed')}), "
        "so the payment cannot be refunded in full."
    ),
    "rating.exists": lambda p: "This transaction has already been rated.",
}


_ENGLISH: dict[str, Renderer] = {**_IDENTITY, **_AMOUNTS, **_CUSTOMERS, **_PAYMENTS}

#: Every code with an English message.
ENGLISH_CODES: frozenset[str] = frozenset(_ENGLISH)


def english(code: str, params: Mapping[str, object]) -> str | None:
    """The English sentence for ``code``, or None for a code this module does not know."""
    render = _ENGLISH.get(code)
    return None if render is None else render(params)


def localized(
    code: str, params: Mapping[str, object], chinese: str, *, language: str | None = None
) -> str:
    """The message for ``code`` in the user's language.

    Args:
        code: The machine code the domain or service layer reported.
        params: Its params, as the Chinese renderer got them.
        chinese: The Simplified Chinese sentence the lower layer already made.
        language: Overrides the installed language (tests); by default the one
            :func:`~counter_app.views.translation.install_language` put into effect.

    Returns:
        ``chinese`` in Chinese, and for a code without an English wording, so a message is
        never lost; otherwise the English sentence.
    """
    if (language or current_language()).startswith("zh"):
        return chinese
    return english(code, params) or chinese
