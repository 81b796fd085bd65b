"""Message templates of customers' rights: the copy of a customer's data and its erasure
(services/customer_rights.py, domain/customer_rights.py).

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "rights.anonymised": QT_TRANSLATE_NOOP(
        "Messages",
        "This customer's personal data was erased at their request: nothing personal is left "
        "to copy or erase.",
    ),
    "rights.organisation": QT_TRANSLATE_NOOP(
        "Messages",
        "An organisation's record is not personal data and is not erased; correct its contact "
        "person and phone instead.",
    ),
    "rights.accounts_open": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer still holds {count} account(s) that are not closed ({accounts}): "
        "close them or transfer them to a new holder first.",
    ),
    "rights.arrears": QT_TRANSLATE_NOOP(
        "Messages", "The customer still owes {amount} on their bills: it must be paid first."
    ),
    "rights.credit": QT_TRANSLATE_NOOP(
        "Messages",
        "{amount} of credit is still held for the customer: refund it first, which needs "
        "their details.",
    ),
    "rights.requests_open": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} service request(s) of the customer are still open ({numbers}): they must be "
        "finished or withdrawn first.",
    ),
    "rights.complaints_open": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} complaint(s) of the customer are still open ({numbers}): they must be closed "
        "first.",
    ),
    "rights.reason_names_customer": QT_TRANSLATE_NOOP(
        "Messages",
        "The reason must not contain the customer's name, ID number or phone: the audit trail "
        "keeps it for good. Describe the request without them.",
    ),
}

#: What a message says for a parameter its error did not carry.
DEFAULTS: dict[str, dict[str, object]] = {
    "rights.accounts_open": {"accounts": "—", "count": 1},
    "rights.requests_open": {"numbers": "—", "count": 1},
    "rights.complaints_open": {"numbers": "—", "count": 1},
}
