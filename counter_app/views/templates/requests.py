"""Message templates of the service requests and hall alerts.

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "request.not_found": QT_TRANSLATE_NOOP("Messages", "There is no such service request."),
    "service_type.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This type of service is not in the catalogue."
    ),
    "request.step_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "“{step}” is not possible now: the request is “{status}”."
    ),
    "request.closed": QT_TRANSLATE_NOOP(
        "Messages", "The request is “{status}”: it is closed and cannot change any more."
    ),
    "request.owner_or_manager": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the request's owner ({owner}) or a manager can do “{step}”.",
    ),
    "request.other_hall": QT_TRANSLATE_NOOP("Messages", "The request belongs to another hall."),
    "request.changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Another counter has just changed request {number} (it is now “{status}”). "
        "It has been shown again: check it and try once more.",
    ),
    "request.type_inactive": QT_TRANSLATE_NOOP(
        "Messages", "“{type_name}” is no longer offered: the administrator has withdrawn it."
    ),
    "request.type_not_served": QT_TRANSLATE_NOOP(
        "Messages", "“{type_name}” is not a service for this account's utility."
    ),
    "request.account_required": QT_TRANSLATE_NOOP(
        "Messages", "“{type_name}” is done for an account: choose the account first."
    ),
    "request.account_closed": QT_TRANSLATE_NOOP(
        "Messages", "Account {account_number} is closed: it takes no new requests."
    ),
    "request.account_suspended": QT_TRANSLATE_NOOP(
        "Messages", "Account {account_number} is suspended already."
    ),
    "request.account_not_active": QT_TRANSLATE_NOOP(
        "Messages", "Account {account_number} is not in use yet: there is nothing to suspend."
    ),
    "request.account_not_suspended": QT_TRANSLATE_NOOP(
        "Messages", "Account {account_number} is not suspended: there is nothing to resume."
    ),
    "request.arrears": QT_TRANSLATE_NOOP(
        "Messages",
        "Account {account_number} still owes {amount}. The bills must be paid first.",
    ),
    "request.balance_not_zero": QT_TRANSLATE_NOOP(
        "Messages",
        "Account {account_number} has a credit of {balance}. Refund it at the payment screen "
        "first: an account is closed only with a zero balance.",
    ),
    "request.same_owner": QT_TRANSLATE_NOOP(
        "Messages", "The new owner already holds account {account_number}: nothing to transfer."
    ),
    "request.fee_unpaid": QT_TRANSLATE_NOOP(
        "Messages", "The service fee of {fee} is not paid: take the fee before dispatching."
    ),
    "request.fee_not_due": QT_TRANSLATE_NOOP(
        "Messages", "There is no service fee to pay on this request."
    ),
    "request.approval_own": QT_TRANSLATE_NOOP(
        "Messages",
        "The manager who accepted request {number} cannot approve it: "
        "another manager must approve it.",
    ),
    "request.open_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "Request {number} on this account is still open and changes the account too: "
        "finish or withdraw it first.",
    ),
    "request.reading_below_last": QT_TRANSLATE_NOOP(
        "Messages", "The reading is below the last reading ({previous})."
    ),
    "request.description_empty": QT_TRANSLATE_NOOP(
        "Messages", "Please describe the fault or what the customer asks for."
    ),
    "request.description_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The description is too long: at most {max} characters (now {actual})."
    ),
    "request.address_empty": QT_TRANSLATE_NOOP("Messages", "Please enter the address."),
    "request.documents_unknown": QT_TRANSLATE_NOOP(
        "Messages", "“{name}” is not on this service's list of documents."
    ),
    "request.queue_ticket_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The queue ticket is too long: at most {max} characters."
    ),
    "request.new_owner_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose or enter the new owner of the account."
    ),
    "request.new_name_same": QT_TRANSLATE_NOOP(
        "Messages", "The new name is the name the account has now."
    ),
    "request.new_address_same": QT_TRANSLATE_NOOP(
        "Messages", "The new address is the supply address the account has now."
    ),
    "request.team_empty": QT_TRANSLATE_NOOP("Messages", "Please enter the team sent out."),
    "request.team_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The team's name is too long: at most {max} characters."
    ),
    "request.note_required": QT_TRANSLATE_NOOP("Messages", "Please write down what was done."),
    "request.reason_required": QT_TRANSLATE_NOOP("Messages", "Please give the reason."),
    "request.note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "This text is too long: at most {max} characters (now {actual})."
    ),
    "request.satisfaction_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Choose how satisfied the customer is."
    ),
    "request.period_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The end date {end} is before the start date {start}."
    ),
    "request.period_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A ledger covers at most {max_days} days."
    ),
    "reading.account_suspended": QT_TRANSLATE_NOOP(
        "Messages",
        "Account {account_number} is suspended: the suspended period is not billed. "
        "Resume the account first.",
    ),
    "alert.not_found": QT_TRANSLATE_NOOP("Messages", "That alert no longer exists."),
    "catalogue.code_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The code is 1 to {max} capital letters, digits or underscores, e.g. REPAIR.",
    ),
    "catalogue.code_exists": QT_TRANSLATE_NOOP(
        "Messages", "The code {code} is used already for this utility."
    ),
    "catalogue.code_changed": QT_TRANSLATE_NOOP(
        "Messages", "A service's code cannot be changed: add a new service instead."
    ),
    "catalogue.kind_changed": QT_TRANSLATE_NOOP(
        "Messages", "A service's utility cannot be changed: add a new service instead."
    ),
    "catalogue.utility_kind_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Choose gas, electricity or water."
    ),
    "catalogue.name_empty": QT_TRANSLATE_NOOP("Messages", "Please enter the service's name."),
    "catalogue.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name is too long: at most {max} characters."
    ),
    "catalogue.document_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The document name “{name}” is too long: at most {max} characters."
    ),
    "catalogue.documents_too_many": QT_TRANSLATE_NOOP(
        "Messages", "A service asks for at most {max} documents."
    ),
    "catalogue.sla_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The time limit is a whole number from {minimum} to {maximum}."
    ),
    "catalogue.effect_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Choose what completing the service does to the account."
    ),
}
