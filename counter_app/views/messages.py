"""Every message a clerk reads about a refused action, in the user's language.

The domain and service layers refuse with a stable code and params (a
:class:`~counter_app.domain.errors.CounterError`, or a per-field or per-row problem that carries
a code) and never build sentences. This module holds the one template of each code as an
English source string through Qt translation; the Simplified Chinese is in
``resources/translations/counter_zh_CN.ts`` (context ``Messages``), which
``tools/translations.py update`` keeps in step with the templates here. It also formats the
params the way the screens show them: amounts as ``¥1,234.50``, times in hall time, document
types by how a message names their number.

:func:`counter_app.views.errors.error_message` is the one way a screen words an error; it is
built on :func:`render`. tests/unit/test_messages.py collects every code the domain and the
services raise and fails for one without a template here or without its Chinese.

Messages are translated with a :class:`~PySide6.QtCore.QTranslator` of their own for the
language :func:`~counter_app.views.translation.install_language` put into effect, so they read
the same with or without a running application (the command line, the service tests), and in
Simplified Chinese, the default, before any language is installed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QTranslator

from counter_app.domain.amounts import DEFAULT_MAXIMUM, DEFAULT_MINIMUM
from counter_app.domain.enums import RequestStatus
from counter_app.domain.identity import (
    CREDIT_CODE_LENGTH,
    MOBILE_LENGTH,
    PASSPORT_MAX_LENGTH,
    PASSPORT_MIN_LENGTH,
    RESIDENT_ID_LENGTH,
    IdType,
)
from counter_app.domain.money import format_yuan
from counter_app.domain.requests import Step
from counter_app.paths import resource_path
from counter_app.services.audit_review_dto import MAX_DAYS
from counter_app.services.customers_dto import REASON_MAX_LENGTH as CUSTOMER_REASON_MAX_LENGTH
from counter_app.services.payments.dto import REASON_MAX_LENGTH as PAYMENT_REASON_MAX_LENGTH
from counter_app.services.payments.dto import REFERENCE_MAX_LENGTH
from counter_app.services.readings_file import FIELDS, MAX_FILE_BYTES, MAX_ROWS, TEMPLATE_HEADER
from counter_app.views.labels import request_status_label, request_step_label
from counter_app.views.templates import QT_TRANSLATE_NOOP
from counter_app.views.templates import admin as _admin
from counter_app.views.templates import backups as _backups
from counter_app.views.templates import boundaries as _boundaries
from counter_app.views.templates import complaints as _complaints
from counter_app.views.templates import outage as _outage
from counter_app.views.templates import payments as _payments
from counter_app.views.templates import personal_data as _personal_data
from counter_app.views.templates import requests as _requests
from counter_app.views.templates import rights as _rights
from counter_app.views.timefmt import date_text, datetime_text, time_text
from counter_app.views.translation import current_language

# The translation context of every template.
CONTEXT = "Messages"


# Keys of the templates for a code no template knows, by the kind of thing refused; each gets
# the code as ``{code}`` and the developer's text of the error as ``{detail}``.
UNKNOWN = "error"
UNKNOWN_INPUT = "unknown.input"
UNKNOWN_AMOUNT = "unknown.amount"
UNKNOWN_ROW = "unknown.row"
UNKNOWN_FILE = "unknown.file"
FALLBACKS = frozenset({UNKNOWN, UNKNOWN_INPUT, UNKNOWN_AMOUNT, UNKNOWN_ROW, UNKNOWN_FILE})

# A template key is the code, or ``code/variant`` where params choose between wordings.
_GENERAL: dict[str, str] = {
    # ---------------------------------------------------------------- any error (domain/errors)
    "error": QT_TRANSLATE_NOOP("Messages", "The action could not be completed: {detail}"),
    "auth_failed": QT_TRANSLATE_NOOP("Messages", "Wrong employee number or password."),
    "auth_failed/remaining": QT_TRANSLATE_NOOP(
        "Messages",
        "Wrong employee number or password. "
        "{remaining} attempts left before the account is locked.",
    ),
    "account_locked": QT_TRANSLATE_NOOP("Messages", "The account is locked."),
    "account_locked/until": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords. The account is locked until {until}."
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this."),
    "permission_denied/hall_required": QT_TRANSLATE_NOOP(
        "Messages", "This is done at a service hall: sign in at a counter of the hall."
    ),
    "database_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be reached. Nothing was saved. Check the network "
        "connection and try again, or call the administrator.",
    ),
    "invalid_input": QT_TRANSLATE_NOOP("Messages", "Some input is not valid: {detail}"),
    "invalid_input/reason": QT_TRANSLATE_NOOP("Messages", "Please give a reason."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "Not found."),
    "not_found/customer": QT_TRANSLATE_NOOP("Messages", "The customer does not exist."),
    "conflict": QT_TRANSLATE_NOOP("Messages", "This conflicts with an existing record: {detail}"),
    "conflict/anonymised": QT_TRANSLATE_NOOP(
        "Messages",
        "This customer's details were erased at the customer's request; "
        "no further business can be done for them.",
    ),
    UNKNOWN_INPUT: QT_TRANSLATE_NOOP("Messages", "Some input is not valid ({code})."),
    # ------------------------------------------------------- identity data (domain/identity)
    "id.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the {id_label}."),
    "id.length": QT_TRANSLATE_NOOP(
        "Messages", "The {id_label} must have {expected} characters; it has {actual}."
    ),
    "id.length_range": QT_TRANSLATE_NOOP(
        "Messages", "The {id_label} must have {min}–{max} letters or digits; it has {actual}."
    ),
    "id.chars": QT_TRANSLATE_NOOP(
        "Messages",
        "Character {position} of the {id_label}, “{char}”, is not valid: "
        "use digits only; the last character may be X.",
    ),
    "id.chars/passport": QT_TRANSLATE_NOOP(
        "Messages",
        "Character {position} of the {id_label}, “{char}”, is not valid: "
        "use letters and digits only.",
    ),
    "id.x_position": QT_TRANSLATE_NOOP(
        "Messages", "X can only be the last character of the {id_label}."
    ),
    "id.check_digit": QT_TRANSLATE_NOOP(
        "Messages",
        "The check digit of the {id_label} is wrong: it should be {expected}. "
        "Check the whole number digit by digit; the mistake may be in an earlier digit.",
    ),
    "id.birth_date": QT_TRANSLATE_NOOP("Messages", "The date of birth {value} does not exist."),
    "id.birth_future": QT_TRANSLATE_NOOP("Messages", "The date of birth {value} is after today."),
    "id.birth_too_early": QT_TRANSLATE_NOOP(
        "Messages", "The date of birth {value} is before 1900."
    ),
    "id.hmt_region": QT_TRANSLATE_NOOP(
        "Messages",
        "Residence permit numbers of HK/Macao/Taiwan residents start with 81 (Hong Kong), "
        "82 (Macao) or 83 (Taiwan); this one starts with {actual}.",
    ),
    "id.resident_region": QT_TRANSLATE_NOOP(
        "Messages",
        "Numbers starting with {actual} are HK/Macao/Taiwan residence permits: "
        "choose “HK/Macao/Taiwan residence permit” as the ID type.",
    ),
    "id.hm_permit_format": QT_TRANSLATE_NOOP(
        "Messages",
        "A mainland travel permit number for HK/Macao residents is H or M followed by "
        "8 or 10 digits.",
    ),
    "uscc.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the unified social credit code."),
    "uscc.length": QT_TRANSLATE_NOOP(
        "Messages",
        "The unified social credit code must have {expected} characters; it has {actual}.",
    ),
    "uscc.chars": QT_TRANSLATE_NOOP(
        "Messages",
        "A unified social credit code can only contain digits and capital letters; "
        "character {position} is “{char}”.",
    ),
    "uscc.chars/unused_letter": QT_TRANSLATE_NOOP(
        "Messages",
        "A unified social credit code never uses the letters I, O, Z, S or V; "
        "character {position} is “{char}”.",
    ),
    "uscc.check": QT_TRANSLATE_NOOP(
        "Messages",
        "The check character of the unified social credit code is wrong: it should be "
        "{expected}. Check the whole code character by character.",
    ),
    "phone.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the mobile number."),
    "phone.chars": QT_TRANSLATE_NOOP(
        "Messages", "The mobile number can only contain digits, not “{char}”."
    ),
    "phone.length": QT_TRANSLATE_NOOP(
        "Messages", "The mobile number must have {expected} digits; it has {actual}."
    ),
    "phone.format": QT_TRANSLATE_NOOP(
        "Messages",
        "A mobile number has 11 digits, starting with 1 and with 3–9 as the second digit.",
    ),
    "name.empty": QT_TRANSLATE_NOOP("Messages", "The name cannot be empty."),
    "name.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name can be at most {max} characters; it has {actual}."
    ),
    "name.emoji": QT_TRANSLATE_NOOP("Messages", "The name cannot contain emoji (“{char}”)."),
    "name.control": QT_TRANSLATE_NOOP(
        "Messages", "The name cannot contain control characters ({codepoint})."
    ),
    "name.dot": QT_TRANSLATE_NOOP(
        "Messages", "The “·” in a name can only stand between two characters."
    ),
    "name.chars": QT_TRANSLATE_NOOP(
        "Messages", "The name can only contain letters, spaces and “·”, not “{char}”."
    ),
    "org_name.empty": QT_TRANSLATE_NOOP("Messages", "The organisation name cannot be empty."),
    "org_name.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The organisation name can be at most {max} characters; it has {actual}."
    ),
    "org_name.emoji": QT_TRANSLATE_NOOP(
        "Messages", "The organisation name cannot contain emoji (“{char}”)."
    ),
    "org_name.control": QT_TRANSLATE_NOOP(
        "Messages", "The organisation name cannot contain control characters ({codepoint})."
    ),
    "org_name.chars": QT_TRANSLATE_NOOP(
        "Messages",
        "The organisation name can only contain letters, digits, spaces, brackets, "
        "· & . , - and the Chinese enumeration comma, not “{char}”.",
    ),
    "address.empty": QT_TRANSLATE_NOOP("Messages", "The address cannot be empty."),
    "address.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The address can be at most {max} characters; it has {actual}."
    ),
    "address.emoji": QT_TRANSLATE_NOOP("Messages", "The address cannot contain emoji (“{char}”)."),
    "address.control": QT_TRANSLATE_NOOP(
        "Messages", "The address cannot contain control characters ({codepoint})."
    ),
    "address.chars": QT_TRANSLATE_NOOP(
        "Messages", "The address cannot contain the character “{char}”."
    ),
    # ------------------------------------------------------ amounts of money (domain/amounts)
    "amount.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the amount."),
    "amount.currency_sign": QT_TRANSLATE_NOOP(
        "Messages",
        "Type only the digits of the amount, not “{char}”: the amount is already in yuan.",
    ),
    "amount.comma": QT_TRANSLATE_NOOP(
        "Messages",
        "No commas in the amount: type one thousand yuan as 1000 or 1000.00, "
        "and use “.” as the decimal point.",
    ),
    "amount.negative": QT_TRANSLATE_NOOP("Messages", "The amount cannot be negative."),
    "amount.exponent": QT_TRANSLATE_NOOP(
        "Messages", "Type the amount as a plain number (for example 1000), not in a form like 1e3."
    ),
    "amount.chars": QT_TRANSLATE_NOOP(
        "Messages", "The amount can only contain digits and a decimal point, not “{char}”."
    ),
    "amount.format": QT_TRANSLATE_NOOP(
        "Messages", "The amount is not a valid number: type it like 100 or 100.50."
    ),
    "amount.too_many_decimals": QT_TRANSLATE_NOOP(
        "Messages",
        "The amount can have at most two decimal places (to the fen); it has {decimals}.",
    ),
    "amount.below_minimum": QT_TRANSLATE_NOOP(
        "Messages", "The amount cannot be less than {minimum}."
    ),
    "amount.above_maximum": QT_TRANSLATE_NOOP(
        "Messages", "A single amount cannot be more than {maximum}."
    ),
    "amount.not_decimal": QT_TRANSLATE_NOOP(
        "Messages", "The amount must be an exact decimal number."
    ),
    UNKNOWN_AMOUNT: QT_TRANSLATE_NOOP("Messages", "The amount is not valid ({code})."),
    # ---------------------------------------- customers and accounts (services/customers, accounts)
    "customer.required": QT_TRANSLATE_NOOP(
        "Messages", "Choose an existing customer or fill in the new customer's details."
    ),
    "customer.both": QT_TRANSLATE_NOOP(
        "Messages", "An existing customer is chosen: do not fill in new customer details as well."
    ),
    "customer.not_found": QT_TRANSLATE_NOOP("Messages", "The customer does not exist."),
    "customer.anonymised": QT_TRANSLATE_NOOP(
        "Messages",
        "This customer's details were erased at the customer's request; "
        "no further business can be done for them.",
    ),
    "id_type.invalid": QT_TRANSLATE_NOOP("Messages", "Please choose the ID type."),
    "id.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This ID number is already registered to another customer."
    ),
    "uscc.duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "This unified social credit code is already registered to another organisation.",
    ),
    "id.name_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "This ID number is registered to customer “{registered_name}”, which does not match "
        "the name entered. Check the ID number; if the customer has changed their name, "
        "correct the customer's details first.",
    ),
    "uscc.name_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "This unified social credit code is registered to “{registered_name}”, which does not "
        "match the organisation name entered. Check the code; if the organisation has been "
        "renamed, correct the customer's details first.",
    ),
    "emergency.incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Fill in both the emergency contact's name and mobile number, or neither."
    ),
    "field.not_applicable": QT_TRANSLATE_NOOP(
        "Messages", "This field does not apply to this type of customer."
    ),
    "reason.empty": QT_TRANSLATE_NOOP("Messages", "Please give the reason for the change."),
    "reason.too_long": QT_TRANSLATE_NOOP("Messages", "The reason can be at most {max} characters."),
    "utility_kind.invalid": QT_TRANSLATE_NOOP("Messages", "The utility is not valid."),
    "utility_kind.not_served": QT_TRANSLATE_NOOP(
        "Messages", "This system does not serve that utility."
    ),
    "tariff_class.unknown": QT_TRANSLATE_NOOP(
        "Messages", "The tariff class “{value}” does not exist."
    ),
    "tariff_class.empty": QT_TRANSLATE_NOOP("Messages", "Please choose the tariff class."),
    "billing_mode.invalid": QT_TRANSLATE_NOOP("Messages", "The billing mode is not valid."),
    "meter.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the meter number."),
    "meter.chars": QT_TRANSLATE_NOOP(
        "Messages", "The meter number can only contain letters and digits, not “{char}”."
    ),
    "meter.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The meter number can be at most {max} characters."
    ),
    "meter.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Meter number {value} is already registered to account {account_number}."
    ),
    "documents.unknown": QT_TRANSLATE_NOOP(
        "Messages", "“{name}” is not on the list of documents this service needs."
    ),
    "document.type_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The document type “{value}” is not valid."
    ),
    "document.number_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The document number is empty or too long."
    ),
    "document.hash_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The document's content digest must be a SHA-256 of 64 hexadecimal characters.",
    ),
    "document.layout_invalid": QT_TRANSLATE_NOOP("Messages", "The layout “{value}” is not valid."),
    "document.path_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The PDF file path can be at most {max} characters."
    ),
    "arrears_blocked": QT_TRANSLATE_NOOP(
        "Messages", "Not opened: the customer owes {total} on other accounts."
    ),
    # ------------------------------------------------- bills and meter readings (services/bills)
    "account.missing": QT_TRANSLATE_NOOP("Messages", "The account number is empty."),
    "account.not_found": QT_TRANSLATE_NOOP("Messages", "There is no account {account_number}."),
    "account.not_found/as_number": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no account {account_number}. The cell is an Excel number, so leading zeros "
        "may be lost: format the column as text.",
    ),
    "account.not_found/no_number": QT_TRANSLATE_NOOP("Messages", "The account does not exist."),
    "account.closed": QT_TRANSLATE_NOOP(
        "Messages", "Account {account_number} is closed ({closed_on})."
    ),
    "tariff.not_found": QT_TRANSLATE_NOOP(
        "Messages", "No {tariff_class} tariff is in force on {on}."
    ),
    "bill.period_exists": QT_TRANSLATE_NOOP(
        "Messages", "A bill for {period} already exists ({number})."
    ),
    "reading.prepaid_account": QT_TRANSLATE_NOOP(
        "Messages",
        "Account {account_number} is prepaid: prepaid accounts are not billed from readings.",
    ),
    "read_on.missing": QT_TRANSLATE_NOOP("Messages", "The reading date is empty."),
    "read_on.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        'The date "{value}" cannot be read: write it as 2026-11-20, 2026/11/20 or 20261120.',
    ),
    "reading.future_date": QT_TRANSLATE_NOOP(
        "Messages", "The reading date {read_on} is after today ({today})."
    ),
    "reading.date_not_after_previous": QT_TRANSLATE_NOOP(
        "Messages",
        "The reading date {read_on} is not after the previous reading's date {previous_read_on}.",
    ),
    "reading.missing": QT_TRANSLATE_NOOP("Messages", "The reading is empty."),
    "reading.not_a_number": QT_TRANSLATE_NOOP("Messages", 'The reading "{value}" is not a number.'),
    "reading.negative": QT_TRANSLATE_NOOP("Messages", "The reading cannot be negative."),
    "reading.too_many_decimals": QT_TRANSLATE_NOOP(
        "Messages", "The reading has {decimals} decimals; at most 3 are allowed."
    ),
    "reading.too_large": QT_TRANSLATE_NOOP(
        "Messages", "The reading is larger than any meter shows."
    ),
    "reading.format": QT_TRANSLATE_NOOP(
        "Messages", "The reading must be a number of at most 3 decimals, not negative."
    ),
    "reading.below_previous": QT_TRANSLATE_NOOP(
        "Messages", "The reading is below the previous reading {previous}."
    ),
    "reading.source": QT_TRANSLATE_NOOP("Messages", "The source of the reading is not valid."),
    "row.duplicate_account": QT_TRANSLATE_NOOP(
        "Messages",
        "Account {account_number} is in the file more than once with different values "
        "(also row {rows}).",
    ),
    UNKNOWN_ROW: QT_TRANSLATE_NOOP("Messages", "The row has a problem ({code})."),
    # ------------------------------------ importing a readings file (services/readings_import)
    "import.file_type": QT_TRANSLATE_NOOP("Messages", "Only .xlsx and .csv files can be imported."),
    "import.file_type/xls": QT_TRANSLATE_NOOP(
        "Messages", "Old .xls files cannot be read: save the file as .xlsx in Excel."
    ),
    "import.file_missing": QT_TRANSLATE_NOOP("Messages", "The file {path} does not exist."),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The file is damaged or is not what its name says; it cannot be read."
    ),
    "import.encoding": QT_TRANSLATE_NOOP(
        "Messages", "The CSV file's text encoding is not known: save it as UTF-8 or GBK."
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is larger than {max_mb} MB ({size_kb} KB). "
        "Split it and import the parts one by one.",
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "The file has more than {max_rows} rows. Split it and import the parts one by one.",
    ),
    "import.empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "import.no_header": QT_TRANSLATE_NOOP(
        "Messages",
        "No header row found: the first row must name the columns 户号, 抄表日期 and "
        "本次读数. Missing: {missing}.",
    ),
    "import.no_rows": QT_TRANSLATE_NOOP("Messages", "The file has a header row but no readings."),
    "import.cancelled": QT_TRANSLATE_NOOP("Messages", "Import cancelled. Nothing was imported."),
    UNKNOWN_FILE: QT_TRANSLATE_NOOP("Messages", "The file cannot be imported ({code})."),
    # ----------------------------------------------------------- shifts (services/shifts)
    "shift.none_open": QT_TRANSLATE_NOOP(
        "Messages", "No shift is open: open a shift before taking money."
    ),
    "shift.other_counter": QT_TRANSLATE_NOOP(
        "Messages",
        "Your open shift is at counter {counter_number}: work there, or close that shift first.",
    ),
    "shift.already_open": QT_TRANSLATE_NOOP(
        "Messages", "You already have a shift open at counter {counter_number}."
    ),
    "shift.counter_occupied": QT_TRANSLATE_NOOP(
        "Messages", "Clerk {employee_no} has a shift open at this counter."
    ),
    "shift.no_counter": QT_TRANSLATE_NOOP(
        "Messages", "You signed in without a counter: sign in at a counter to open a shift."
    ),
    "day.closed": QT_TRANSLATE_NOOP(
        "Messages", "The business day {business_date} is closed: nothing more can be booked on it."
    ),
    # ------------------- shifts, day close and reports (services/shifts, reports; domain/cash)
    "cash.pieces_negative": QT_TRANSLATE_NOOP(
        "Messages", "The count of {denomination} cannot be negative."
    ),
    "cash.pieces_not_integer": QT_TRANSLATE_NOOP(
        "Messages", "The count of {denomination} must be a whole number of notes or coins."
    ),
    "cash.pieces_too_many": QT_TRANSLATE_NOOP(
        "Messages", "{value} pieces of {denomination} is more than a drawer holds: count again."
    ),
    "cash.denomination_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{denomination} is not a note or coin the drawer holds."
    ),
    "shift.already_closed": QT_TRANSLATE_NOOP(
        "Messages", "This shift is closed already; it cannot be closed twice."
    ),
    "shift.float_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The float entered ({opening_float}) is not what the count adds up to ({counted}).",
    ),
    "shift.variance_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "The cash differs from what is expected by {variance}: give the reason."
    ),
    "shift.variance_approval_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The cash differs from what is expected by {variance}: a manager must sign it off.",
    ),
    "shift.variance_own": QT_TRANSLATE_NOOP(
        "Messages", "A manager cannot sign off the variance of their own shift."
    ),
    "shift.handover_not_found": QT_TRANSLATE_NOOP("Messages", "No handover waits at this counter."),
    "shift.handover_unacknowledged": QT_TRANSLATE_NOOP(
        "Messages",
        "Clerk {employee_no} left a handover at this counter: read and acknowledge it first.",
    ),
    "shift.not_found": QT_TRANSLATE_NOOP("Messages", "No such shift in your hall."),
    "shift.reason_required": QT_TRANSLATE_NOOP("Messages", "Please give the reason."),
    "shift.reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The reason is too long: at most {maximum} characters."
    ),
    "shift.note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The handover note is too long: at most {maximum} characters."
    ),
    "shift.cash_out_exceeds": QT_TRANSLATE_NOOP(
        "Messages", "The drawer should hold only {available}: you cannot take out more."
    ),
    "day.open_shifts": QT_TRANSLATE_NOOP(
        "Messages",
        "The business day {business_date} cannot be closed: {count} shift(s) still open, at "
        "counter(s) {counters} ({clerks}).",
    ),
    "day.already_closed": QT_TRANSLATE_NOOP(
        "Messages", "The business day {business_date} was closed already by {closed_by}."
    ),
    "day.future": QT_TRANSLATE_NOOP(
        "Messages", "The business day {business_date} has not come yet."
    ),
    "day.no_hall": QT_TRANSLATE_NOOP(
        "Messages", "You belong to no hall, so there is no business day for you to close."
    ),
    "report.future_date": QT_TRANSLATE_NOOP(
        "Messages", "{business_date} is in the future: there is nothing to report yet."
    ),
    "report.range_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The period ends ({date_to}) before it starts ({date_from})."
    ),
    "report.range_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Choose a period of at most {maximum} days."
    ),
    "report.hall_unknown": QT_TRANSLATE_NOOP("Messages", "There is no hall {hall}."),
    "report.other_hall": QT_TRANSLATE_NOOP(
        "Messages", "Hall {hall} is not your hall: you can export only your own hall's reports."
    ),
    "report.no_hall": QT_TRANSLATE_NOOP(
        "Messages", "You belong to no hall: choose the hall to report on."
    ),
    "report.month_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{year}-{month} is not a month to report on."
    ),
    "export.cancelled": QT_TRANSLATE_NOOP(
        "Messages", "The export was cancelled; no file was written."
    ),
    "export.file_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is open in another program, such as Excel: close it there and export again. "
        "Nothing was written.",
    ),
    "export.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: {path} was not written. Free some space and try again."
    ),
    "export.not_writable": QT_TRANSLATE_NOOP(
        "Messages", "{path} cannot be written there ({detail}): choose another folder."
    ),
    "export.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written ({detail}); nothing was left behind."
    ),
    # ------------------------------------------------ the auditor's desk (services/audit_review)
    "audit.period_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose a period whose end is not before its start, at most {max_days} days long.",
    ),
    # ------------------------- tamper-proof records (services/audit, audit_key, audit_records)
    "audit.key_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit key in {source} cannot be read (it must be 64 hexadecimal digits). "
        "Put back the key file from its backup or call the IT department.",
    ),
    "audit.key_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail is protected with an audit key and none was found ({source}). "
        "Copy the key file from its backup or from another counter, or call the IT department.",
    ),
    "audit.key_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit key in {source} (key id {key_id}) is not the one the audit trail is "
        "protected with (key id {chain_key_id}). Copy the right key file to this PC.",
    ),
    "audit.anchor_format": QT_TRANSLATE_NOOP(
        "Messages",
        "{anchor} is not an anchor of the audit trail: give the entry number, a colon and "
        "at least 16 characters of its hash, as a day-close report prints them.",
    ),
    # ------------------------------------------------- a manager's approval (services/approvals)
    "approval.required": QT_TRANSLATE_NOOP("Messages", "This needs the shift manager's approval."),
    "approval.mismatch": QT_TRANSLATE_NOOP("Messages", "This approval is not for this action."),
    "approval.amount_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The approval was given for {approved_amount}, not {amount}: "
        "the shift manager must approve this amount.",
    ),
    "approval.expired": QT_TRANSLATE_NOOP(
        "Messages", "The approval has expired: the shift manager must approve again."
    ),
    "approval.used": QT_TRANSLATE_NOOP(
        "Messages", "This approval has already been used: the shift manager must approve again."
    ),
    "approval.not_approver": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this."),
    "approval.own_request": QT_TRANSLATE_NOOP(
        "Messages", "You cannot approve your own request. Another manager must approve it."
    ),
    "approval.other_hall": QT_TRANSLATE_NOOP(
        "Messages", "Only a manager of this hall can approve."
    ),
}


def merged_templates(*parts: Mapping[str, str]) -> dict[str, str]:
    """The templates of every part in one table; a code worded in two parts is a mistake."""
    merged: dict[str, str] = {}
    for part in parts:
        if twice := sorted(merged.keys() & part.keys()):
            raise ValueError(f"codes worded twice: {', '.join(twice)}")
        merged.update(part)
    return merged


# The general templates above, and each area's from a module of its own.
TEMPLATES = merged_templates(
    _GENERAL,
    _payments.TEMPLATES,
    _admin.TEMPLATES,
    _complaints.TEMPLATES,
    _requests.TEMPLATES,
    _backups.TEMPLATES,
    _boundaries.TEMPLATES,
    _outage.TEMPLATES,
    _personal_data.TEMPLATES,
    _rights.TEMPLATES,
)

# Every code with a template of its own.
WORDED_CODES: frozenset[str] = frozenset(k.split("/")[0] for k in TEMPLATES) - (
    FALLBACKS - {UNKNOWN}
)

# How messages name "the number" of each identity document, shorter than the document's name.
_ID_NUMBER_LABELS: dict[str, str] = {
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("Messages", "ID card number"),
    IdType.HMT_RESIDENCE: QT_TRANSLATE_NOOP("Messages", "residence permit number"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("Messages", "passport number"),
    IdType.HM_PERMIT: QT_TRANSLATE_NOOP("Messages", "travel permit number"),
}
_OTHER_ID_NUMBER = QT_TRANSLATE_NOOP("Messages", "document number")
# Between the items of a list inside a message ("rows 3, 7"); Chinese uses 、.
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("Messages", ", ")

Params = Mapping[str, object]


def _variant(key: str) -> Callable[[Params], str | None]:
    """A chooser that picks ``code/key`` when the param ``key`` is set."""
    return lambda p: key if p.get(key) else None


# Codes with more than one wording: the params decide which (None: the code's own template).
_VARIANTS: dict[str, Callable[[Params], str | None]] = {
    "auth_failed": lambda p: "remaining" if p.get("remaining") is not None else None,
    "account_locked": lambda p: "until" if isinstance(p.get("until"), datetime) else None,
    "permission_denied": _variant("hall_required"),
    "invalid_input": lambda p: "reason" if p.get("field") == "reason" else None,
    "not_found": lambda p: "customer" if p.get("entity") == "customer" else None,
    "conflict": _variant("anonymised"),
    "id.chars": lambda p: "passport" if p.get("id_type") == IdType.PASSPORT else None,
    "uscc.chars": lambda p: "unused_letter" if p.get("char") in {"I", "O", "Z", "S", "V"} else None,
    "account.not_found": lambda p: (
        "as_number" if p.get("as_number") else None if p.get("account_number") else "no_number"
    ),
    "import.file_type": lambda p: "xls" if p.get("suffix") == ".xls" else None,
    "void.refund_required": lambda p: "day_closed" if p.get("problem") == "day_closed" else None,
}

# What a message says when the error does not carry a param; limits the code always applies.
_DEFAULTS: dict[str, dict[str, object]] = {
    "id.length": {"expected": RESIDENT_ID_LENGTH},
    "id.length_range": {"min": PASSPORT_MIN_LENGTH, "max": PASSPORT_MAX_LENGTH},
    "uscc.length": {"expected": CREDIT_CODE_LENGTH},
    "phone.length": {"expected": MOBILE_LENGTH},
    "amount.currency_sign": {"char": "¥"},
    "amount.below_minimum": {"minimum": DEFAULT_MINIMUM},
    "amount.above_maximum": {"maximum": DEFAULT_MAXIMUM},
    "reason.too_long": {"max": CUSTOMER_REASON_MAX_LENGTH},
    "payment.reason_too_long": {"max": PAYMENT_REASON_MAX_LENGTH},
    "payment.reference_too_long": {"max": REFERENCE_MAX_LENGTH},
    "import.too_large": {"max_bytes": MAX_FILE_BYTES},
    "import.too_many_rows": {"max_rows": MAX_ROWS},
    "import.no_header": {"missing": FIELDS},
    "audit.period_invalid": {"max_days": MAX_DAYS},
    # tamper-proof records: the data directory's key file, unless the error names another
    "audit.key_unreadable": {"source": "audit.key"},
    "audit.key_missing": {"source": "audit.key"},
    "audit.key_mismatch": {"source": "audit.key", "key_id": "—", "chain_key_id": "—"},
    "audit.anchor_format": {"anchor": "SEQ:HASH"},
    **_backups.DEFAULTS,
    **_personal_data.DEFAULTS,
    **_rights.DEFAULTS,
}

# Params that are amounts of money, shown as ¥1,234.50 when they are Decimals.
_MONEY = frozenset(
    {
        "amount",
        "approved_amount",
        "cash",
        "credit",
        "maximum",
        "minimum",
        "needed",
        "received",
        "suggested",
        "tenders_total",
        "total",
        # shifts and day close
        "available",
        "counted",
        "denomination",
        "opening_float",
        "variance",
        # service requests
        "balance",
        "fee",
    }
)
# Params a message quotes: missing, they read as nothing rather than "?".
_QUOTED = frozenset(
    {"char", "value", "name", "registered_name", "receipt_no", "refund_receipt_no", "path"}
)
_COLUMN_NAMES = dict(zip(FIELDS, TEMPLATE_HEADER, strict=True))


@functools.cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(resource_path("translations", f"counter_{language}.qm"))):
        return translator
    return None


def translate(source: str) -> str:
    """``source`` (a template or a piece of one) in the current language."""
    language = current_language()
    if language == "en":
        return source
    translator = _translator(language)
    translated = translator.translate(CONTEXT, source) if translator is not None else ""
    return translated or source


def template_key(code: str, params: Params) -> str:
    """The key in :data:`TEMPLATES` that words ``code`` with these params (it may be missing)."""
    choose = _VARIANTS.get(code)
    variant = choose(params) if choose is not None else None
    return f"{code}/{variant}" if variant else code


class _Values(dict[str, str]):
    """Formatted params; a missing one reads as "?" instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "" if key in _QUOTED else "?"


def _text(key: str, value: object) -> str:
    if isinstance(value, Decimal) and key in _MONEY and value.is_finite():
        return format_yuan(value)
    if isinstance(value, datetime):
        return time_text(value) if key == "until" else datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, list | tuple | set | frozenset):
        return translate(_LIST_SEPARATOR).join(_text(key, v) for v in value)
    if key in _MONEY and value is not None and not isinstance(value, Decimal | int):
        return f"¥{value}"
    return "" if value is None else str(value)


# How complaint messages name the four milestones (docs/domain.md §7).
_MILESTONE_NAMES: dict[str, str] = {
    "investigation": QT_TRANSLATE_NOOP("Messages", "first investigation"),
    "solution_proposed": QT_TRANSLATE_NOOP("Messages", "solution proposed"),
    "solution_done": QT_TRANSLATE_NOOP("Messages", "solution carried out"),
    "result_reported": QT_TRANSLATE_NOOP("Messages", "result reported to the customer"),
}


def _complaint_values(merged: dict[str, object]) -> None:
    for key in ("kind", "missing"):
        if str(merged.get(key)) in _MILESTONE_NAMES:
            merged[key] = translate(_MILESTONE_NAMES[str(merged[key])])
    if "max_bytes" in merged:
        merged["max_mb"] = int(str(merged["max_bytes"])) // (1024 * 1024)


def _request_values(merged: dict[str, object]) -> None:
    """A service request's status and step as the screens name them (docs/domain.md §6)."""
    try:
        if "status" in merged:
            merged["status"] = request_status_label(RequestStatus(str(merged["status"])))
        if "step" in merged and str(merged["step"]) in {s.value for s in Step}:
            merged["step"] = request_step_label(Step(str(merged["step"])))
    except ValueError:
        pass


def _values(code: str, params: Params) -> _Values:
    given = {k: v for k, v in params.items() if v is not None}
    merged: dict[str, object] = {**_DEFAULTS.get(code, {}), **given}
    if code.startswith("id."):
        label = _ID_NUMBER_LABELS.get(str(merged.get("id_type", IdType.RESIDENT_ID)))
        merged["id_label"] = translate(label or _OTHER_ID_NUMBER)
    if code == "import.too_large":
        merged["max_mb"] = int(str(merged["max_bytes"])) // (1024 * 1024)
        if "size" in merged:
            merged["size_kb"] = int(str(merged["size"])) // 1024
    if code.startswith("complaint."):
        _complaint_values(merged)
    if code.startswith("request."):
        _request_values(merged)
    if code == "import.no_header":
        missing = merged["missing"]
        if isinstance(missing, list | tuple):
            merged["missing"] = [_COLUMN_NAMES.get(str(m), str(m)) for m in missing]
    return _Values({k: _text(k, v) for k, v in merged.items()})


def render(code: str, params: Params | None = None, *, unknown: str = UNKNOWN) -> str:
    """The sentence for ``code`` with ``params``, in the current language.

    Args:
        code: The code the domain or a service reported.
        params: Its params; missing ones read as "?" (or as nothing where a value is quoted).
        unknown: The fallback template for a code without one of its own: one of
            :data:`FALLBACKS`, which get the code as ``{code}``.

    Returns:
        The translated template with the params filled in.
    """
    given: Params = params or {}
    source = TEMPLATES.get(template_key(code, given)) or TEMPLATES.get(code)
    if source is None:
        source = TEMPLATES[unknown]
        given = {**given, "code": code}
    return translate(source).format_map(_values(code, given))
