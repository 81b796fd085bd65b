"""Message templates of the administration and first-run setup.

See :mod:`counter_app.views.messages`, which merges every area's templates.
"""

from __future__ import annotations

from counter_app.views.templates import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "user.employee_no_format": QT_TRANSLATE_NOOP(
        "Messages", "An employee number is 1 to 20 letters (A–Z) or digits."
    ),
    "user.name_format": QT_TRANSLATE_NOOP(
        "Messages", "Please enter the name (up to 50 characters)."
    ),
    "user.hall_required": QT_TRANSLATE_NOOP(
        "Messages", "Clerks, managers and auditors belong to a hall: choose one."
    ),
    "user.unknown_hall": QT_TRANSLATE_NOOP("Messages", "There is no hall with the code {hall}."),
    "user.employee_no_taken": QT_TRANSLATE_NOOP(
        "Messages", "The employee number {employee_no} is already given to someone."
    ),
    "user.not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no user with the employee number {employee_no}."
    ),
    "user.last_admin": QT_TRANSLATE_NOOP(
        "Messages",
        "{employee_no} is the last active administrator; add another administrator first.",
    ),
    "user.own_role": QT_TRANSLATE_NOOP(
        "Messages",
        "Administrators cannot change their own role; another administrator must do it.",
    ),
    "user.own_account": QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Messages", "The password must have at least {min} characters."
    ),
    "password.spaces": QT_TRANSLATE_NOOP(
        "Messages", "The password must not start or end with a space."
    ),
    "password.is_employee_no": QT_TRANSLATE_NOOP(
        "Messages", "The password must not contain the employee number."
    ),
    "password.demo": QT_TRANSLATE_NOOP(
        "Messages", "This password is too well known (the demo's among them); choose another."
    ),
    "password.must_change": QT_TRANSLATE_NOOP(
        "Messages",
        "{employee_no} still has a temporary password: they sign in and choose their own "
        "before they can approve.",
    ),
    "password.same_as_old": QT_TRANSLATE_NOOP(
        "Messages", "The new password must differ from the old one."
    ),
    "hall.code_format": QT_TRANSLATE_NOOP(
        "Messages", "A hall code is a letter and 1 to 7 letters or digits, e.g. H01."
    ),
    "hall.name_format": QT_TRANSLATE_NOOP("Messages", "Please enter the hall's name."),
    "hall.address_format": QT_TRANSLATE_NOOP("Messages", "Please enter the hall's address."),
    "hall.hotline_format": QT_TRANSLATE_NOOP(
        "Messages", "The hotline is a telephone number of digits, spaces, + and -."
    ),
    "hall.code_taken": QT_TRANSLATE_NOOP("Messages", "A hall with the code {code} exists already."),
    "hall.not_found": QT_TRANSLATE_NOOP("Messages", "There is no hall with the code {code}."),
    "counter.number_range": QT_TRANSLATE_NOOP(
        "Messages", "A counter number is between 1 and {max}."
    ),
    "counter.name_format": QT_TRANSLATE_NOOP(
        "Messages", "A counter's name has up to 50 characters."
    ),
    "counter.number_taken": QT_TRANSLATE_NOOP(
        "Messages", "The hall has a counter {number} already."
    ),
    "tariff.class_format": QT_TRANSLATE_NOOP(
        "Messages", "Please enter the tariff class (up to 20 characters)."
    ),
    "tariff.effective_in_past": QT_TRANSLATE_NOOP(
        "Messages", "A price change takes effect today ({today}) or later, never in the past."
    ),
    "tariff.kind_not_served": QT_TRANSLATE_NOOP(
        "Messages", "This deployment does not serve that utility kind."
    ),
    "tariff.date_taken": QT_TRANSLATE_NOOP(
        "Messages", "This class already has a tariff from {effective_from}."
    ),
    "tariff.in_force": QT_TRANSLATE_NOOP(
        "Messages",
        "This tariff took effect on {effective_from}: it cannot be changed, only superseded "
        "by a new tariff from a later date.",
    ),
    "tariff.unknown": QT_TRANSLATE_NOOP("Messages", "The tariff does not exist."),
    "tariff.no_tiers": QT_TRANSLATE_NOOP("Messages", "A tariff needs at least one tier."),
    "tariff.too_many_tiers": QT_TRANSLATE_NOOP("Messages", "A tariff has at most {max} tiers."),
    "tariff.first_tier_lower": QT_TRANSLATE_NOOP("Messages", "Tier 1 must start at 0."),
    "tariff.tier_overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "Tier {tier} starts at {lower}, inside the tier before it, which ends at {expected}: "
        "tiers must not overlap.",
    ),
    "tariff.tier_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "Tier {tier} starts at {lower} but the tier before it ends at {expected}: tiers must "
        "leave no gap.",
    ),
    "tariff.tier_bounds": QT_TRANSLATE_NOOP(
        "Messages", "Tier {tier} must end above where it starts (to 3 decimals)."
    ),
    "tariff.inner_tier_open": QT_TRANSLATE_NOOP(
        "Messages", "Only the last tier has no upper limit; tier {tier} needs one."
    ),
    "tariff.last_tier_open": QT_TRANSLATE_NOOP(
        "Messages", "The last tier must have no upper limit, so every volume has a price."
    ),
    "tariff.negative_price": QT_TRANSLATE_NOOP(
        "Messages", "The price of tier {tier} must not be negative."
    ),
    "tariff.number_format": QT_TRANSLATE_NOOP(
        "Messages", "Tier {tier}: its limits and price must be numbers."
    ),
    "tariff.price_format": QT_TRANSLATE_NOOP(
        "Messages", "The price of tier {tier} has at most 4 decimals."
    ),
    "calendar.note_format": QT_TRANSLATE_NOOP("Messages", "The note has up to 200 characters."),
    "calendar.already_day_off": QT_TRANSLATE_NOOP("Messages", "{day} is already a day off."),
    "calendar.already_working_day": QT_TRANSLATE_NOOP(
        "Messages", "{day} is already a working day."
    ),
    "calendar.no_override": QT_TRANSLATE_NOOP("Messages", "{day} has no override to remove."),
    "calendar.year_empty": QT_TRANSLATE_NOOP(
        "Messages", "Enter {year}'s holidays and make-up working days as overrides first."
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("Messages", "There is no setting {key}."),
    "setting.not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "Please enter a number (whole, or yuan with at most 2 decimals)."
    ),
    "setting.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The value must be between {low} and {high}."
    ),
    "setting.maximum_below_minimum": QT_TRANSLATE_NOOP(
        "Messages",
        "The largest payment ({maximum}) must be above the smallest ({minimum}).",
    ),
    "setting.approval_above_maximum": QT_TRANSLATE_NOOP(
        "Messages",
        "Cash needing approval must start at or below the largest payment ({maximum}).",
    ),
    "setting.utility_kinds": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one utility kind the company serves."
    ),
    "setup.company_name": QT_TRANSLATE_NOOP(
        "Messages", "Please enter the company's name (up to 100 characters)."
    ),
    "setup.no_counters": QT_TRANSLATE_NOOP("Messages", "The first hall needs 1 to {max} counters."),
    "setup.no_tariffs": QT_TRANSLATE_NOOP("Messages", "Enter at least one tariff."),
    "setup.file": QT_TRANSLATE_NOOP("Messages", "The setup file is not valid TOML: {detail}"),
    "setup.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The setup file {path} cannot be read: check that it is there and saved as UTF-8.",
    ),
    "setup.file_missing": QT_TRANSLATE_NOOP("Messages", "The setup file has no {where} table."),
    "setup.file_text": QT_TRANSLATE_NOOP(
        "Messages", "In the setup file, {where} is missing or is not text in quotes."
    ),
    "setup.file_number": QT_TRANSLATE_NOOP(
        "Messages", "In the setup file, {where} = {value} is not a number."
    ),
    "setup.file_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "In the setup file, {where} = {value} is no utility kind (gas, electricity or water).",
    ),
    "setup.file_date": QT_TRANSLATE_NOOP(
        "Messages", "In the setup file, {where} must be a date such as 2026-01-01."
    ),
    "setup.file_price": QT_TRANSLATE_NOOP("Messages", "In the setup file, {where} needs a price."),
    "setup.file_whole": QT_TRANSLATE_NOOP(
        "Messages", "In the setup file, {where} must be a whole number."
    ),
    "setup.file_list": QT_TRANSLATE_NOOP(
        "Messages", "In the setup file, {where} must be a list of tariffs."
    ),
    "setup.done": QT_TRANSLATE_NOOP(
        "Messages", "This database is set up already: sign in as its administrator."
    ),
}
