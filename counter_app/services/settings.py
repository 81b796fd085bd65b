"""Reading and changing deployment settings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Setting
from counter_app.domain.late_fees import LateFeeRates
from counter_app.domain.permissions import Permission
from counter_app.domain.settings import (
    DEFAULTS,
    EDITABLE,
    FOLDERS,
    SettingInputError,
    checked_folder,
    checked_setting,
)
from counter_app.services import audit
from counter_app.services.admin.dto import SettingRow
from counter_app.services.base import Service, requires


def read_setting(s: Session, key: str) -> Any:
    """A setting's value, or its default when the deployment has not changed it."""
    if key not in DEFAULTS:
        raise KeyError(key)
    row = s.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


class SettingsService(Service):
    @requires()
    def get(self, key: str) -> Any:
        """The current value of a setting."""
        with self._db.read() as s:
            return read_setting(s, key)

    @requires(Permission.SETTINGS_ADMIN)
    def editable(self) -> list[SettingRow]:
        """The settings an administrator changes, with their values, defaults and ranges."""
        with self._db.read() as s:
            return [
                SettingRow(
                    key=key,
                    value=read_setting(s, key),
                    default=DEFAULTS[key],
                    kind=rule.kind,
                    minimum=rule.minimum,
                    maximum=rule.maximum,
                )
                for key, rule in EDITABLE.items()
            ]

    @requires(Permission.SETTINGS_ADMIN)
    def set(self, key: str, value: Any) -> None:
        """Change a setting; the change is audited with its old and new value.

        A setting of the settings page (:data:`EDITABLE`) is checked against its range, and
        the payment limits against each other. Every counter reads settings when it uses
        them, so a change holds for the next payment, sign-in or idle lock everywhere.

        Raises:
            SettingInputError: the value is not a number or out of its range, or a folder
                is not a full path (``setting.*``).
            KeyError: no such setting.
        """
        self.set_many({key: value})

    @requires(Permission.SETTINGS_ADMIN)
    def set_many(self, changes: Mapping[str, Any]) -> None:
        """Change several settings at once (the settings page's Save): each is checked as
        :meth:`set` checks it, the payment limits against each other with all the new values,
        and either every change is stored, each audited, or none is.

        Raises:
            SettingInputError: as :meth:`set`; its ``field`` is the first setting refused.
            KeyError: no such setting.
        """
        checked: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in DEFAULTS:
                raise KeyError(key)
            if key in EDITABLE:
                value = checked_setting(key, value)
            elif key in FOLDERS:
                value = checked_folder(key, value)
            checked[key] = value
        if not checked:
            return
        now = self._clock.now()
        with self._db.write() as s:
            _check_payment_limits(s, checked)
            for key, value in checked.items():
                row = s.get(Setting, key)
                before = DEFAULTS[key] if row is None else row.value
                if row is None:
                    row = Setting(key=key, value=value, updated_at=now)
                    s.add(row)
                else:
                    row.value = value
                    row.updated_at = now
                row.updated_by = self.actor.user_id
                audit.record_by(
                    s, self.actor, now, "update", "setting", key, before=before, after=value
                )


def _check_payment_limits(s: Session, changes: Mapping[str, Any]) -> None:
    """The least payment stays below the largest, and large cash needs approval within it,
    with the ``changes`` about to be stored in place of the stored values."""
    changed = [k for k in _LIMITS if k in changes]
    if not changed:
        return
    limits = {k: Decimal(str(changes[k] if k in changes else read_setting(s, k))) for k in _LIMITS}
    field = changed[0]
    low, high = limits["payments.minimum"], limits["payments.maximum"]
    if low >= high:
        raise SettingInputError(
            "setting.maximum_below_minimum", field=field, minimum=low, maximum=high
        )
    if limits["payments.cash_approval_above"] > high:
        raise SettingInputError("setting.approval_above_maximum", field=field, maximum=high)


_LIMITS = ("payments.minimum", "payments.maximum", "payments.cash_approval_above")


#: The settings :func:`late_fee_rates_from` reads: a caller that reads other settings too can
#: ask for these in the same query.
LATE_FEE_KEYS = (
    "late_fees.residential_permille",
    "late_fees.same_year_permille",
    "late_fees.earlier_year_permille",
    "late_fees.minimum_total",
)


def late_fee_rates(s: Session) -> LateFeeRates:
    """The deployment's late-fee rates (settings in ‰ a day) and least total (docs/domain.md §4)."""
    stored: dict[str, Any] = dict(
        s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(LATE_FEE_KEYS))).all()
    )
    return late_fee_rates_from(stored)


def late_fee_rates_from(stored: Mapping[str, Any]) -> LateFeeRates:
    """:func:`late_fee_rates` from the stored values of :data:`LATE_FEE_KEYS` (the defaults for
    those not stored)."""

    def value(key: str) -> Any:
        return stored.get(key, DEFAULTS[key])

    permille = Decimal("0.001")
    return LateFeeRates(
        residential=int(value("late_fees.residential_permille")) * permille,
        same_year=int(value("late_fees.same_year_permille")) * permille,
        earlier_year=int(value("late_fees.earlier_year_permille")) * permille,
        minimum_total=Decimal(str(value("late_fees.minimum_total"))),
    )
