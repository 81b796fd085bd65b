"""Deployment settings and their defaults (the figures docs/domain.md marks *default*)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from counter_app.domain.errors import CodedError, InvalidInput

DEFAULTS: dict[str, Any] = {
    # The utility company (收款单位): who a customer paid, printed on every receipt and slip.
    "company.name": "",
    # Security
    "security.idle_lock_minutes": 10,
    "security.max_failed_logins": 5,
    "security.lockout_minutes": 15,
    # Accounts: {seq} is a running number, zero-padded to the width given.
    "accounts.number_format": "{hall_digits}{seq:08d}",
    # Payments (yuan as strings: settings are JSON and money is never a float)
    "payments.minimum": "0.01",
    "payments.maximum": "100000.00",
    "payments.cash_approval_above": "50000.00",
    # Bills: days from the end of the reading period to the due date
    "bills.due_days": 20,
    # Late fees (docs/domain.md §4): daily rates in ‰ of the overdue amount, and the least a
    # payment's late-fee total may be.
    "late_fees.residential_permille": 1,
    "late_fees.same_year_permille": 2,
    "late_fees.earlier_year_permille": 3,
    "late_fees.minimum_total": "1.00",
    # Complaints
    "complaints.repeat_window_days": 30,
    # Calendar: years whose holidays the administrator entered as overrides (docs/domain.md §8)
    "calendar.confirmed_years": [],
    # Utility kinds served by this deployment
    "utility_kinds": ["gas"],
    # Backups at day close (docs/domain.md §11): the folder ("" = the data directory's
    # backups/), how many are kept, and a folder the proved backup is copied to off site.
    "backups.folder": "",
    "backups.offsite_folder": "",
    "backups.keep_daily": 30,
    "backups.keep_monthly": 12,
}


# ----------------------------------------------------------------------------- administration


@dataclass(frozen=True)
class SettingRule:
    """What an administrator may set a key to: whole numbers or yuan, within a range.

    ``kind`` is ``"int"`` (a whole number) or ``"money"`` (yuan to the fen, stored as a string:
    settings are JSON and money is never a float).
    """

    kind: str
    minimum: Decimal
    maximum: Decimal


def _whole(low: int, high: int) -> SettingRule:
    return SettingRule("int", Decimal(low), Decimal(high))


def _yuan(low: str, high: str) -> SettingRule:
    return SettingRule("money", Decimal(low), Decimal(high))


#: The settings of docs/domain.md an administrator changes on the settings page, in the order
#: shown, with their allowed ranges. Keys not here (the receipt secret, the account-number
#: format, the utility kinds) are set at first-run setup or not at all.
EDITABLE: dict[str, SettingRule] = {
    "payments.minimum": _yuan("0.01", "100.00"),
    "payments.maximum": _yuan("1.00", "10000000.00"),
    "payments.cash_approval_above": _yuan("0.00", "10000000.00"),
    "bills.due_days": _whole(1, 90),
    "late_fees.residential_permille": _whole(0, 10),
    "late_fees.same_year_permille": _whole(0, 10),
    "late_fees.earlier_year_permille": _whole(0, 10),
    "late_fees.minimum_total": _yuan("0.00", "100.00"),
    "complaints.repeat_window_days": _whole(1, 365),
    "security.idle_lock_minutes": _whole(1, 120),
    "security.max_failed_logins": _whole(3, 20),
    "security.lockout_minutes": _whole(1, 1440),
    "backups.keep_daily": _whole(1, 366),
    "backups.keep_monthly": _whole(0, 120),
}

#: Settings that name a folder (set on the settings page's backup part): a full path, or
#: empty for the default.
FOLDERS = ("backups.folder", "backups.offsite_folder")


class SettingInputError(CodedError, InvalidInput):
    """A value an administrator typed for a setting. Codes: ``setting.unknown`` (``key``),
    ``setting.not_a_number`` (``key``), ``setting.out_of_range`` (``key``, ``low``,
    ``high``), ``setting.folder`` (``key``: a folder that is not a full path),
    ``setting.maximum_below_minimum`` (``minimum``, ``maximum``: the payment
    limits), ``setting.approval_above_maximum`` (``maximum``)."""


def checked_setting(key: str, value: object) -> int | str:
    """``value`` (typed text, a number) as the setting ``key`` stores it: a whole number, or
    yuan as a string with two decimals.

    Raises:
        SettingInputError: not a key of :data:`EDITABLE`, not a number, or out of range.
    """
    rule = EDITABLE.get(key)
    if rule is None:
        raise SettingInputError("setting.unknown", field=key, key=key)
    text = str(value).strip().replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise SettingInputError("setting.not_a_number", field=key, key=key) from None
    step = Decimal(1) if rule.kind == "int" else Decimal("0.01")
    if not number.is_finite() or number != number.quantize(step):
        raise SettingInputError("setting.not_a_number", field=key, key=key)
    if not rule.minimum <= number <= rule.maximum:
        raise SettingInputError(
            "setting.out_of_range", field=key, key=key, low=rule.minimum, high=rule.maximum
        )
    return int(number) if rule.kind == "int" else f"{number.quantize(step)}"


def checked_folder(key: str, value: object) -> str:
    """``value`` as the folder setting ``key`` stores it: an absolute path, or "" for none.

    Raises:
        SettingInputError: ``setting.folder`` (``key``): not a full path, or it holds control
            characters.
    """
    text = str(value).strip()
    if not text:
        return ""
    from pathlib import PurePosixPath, PureWindowsPath

    absolute = PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()
    if not absolute or any(ord(c) < 32 for c in text) or len(text) > 500:
        raise SettingInputError("setting.folder", field=key, key=key)
    return text
