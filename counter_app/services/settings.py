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
        if key not in DEFAULTS:
            raise KeyError(key)
        if key in EDITABLE:
            value = checked_setting(key, value)
        elif key in FOLDERS:
            value = checked_folder(key, value)
        with self._db.write() as s:
            _check_payment_limits(s, key, value)
            row = s.get(Setting, key)
            before = DEFAULTS[key] if row is None else row.value
            if row is None:
                row = Setting(key=key, value=value, updated_at=self._clock.now())
                s.add(row)
            else:
                row.value = value
                row.updated_at = self._clock.now()
            row.updated_by = self.actor.user_id
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "update",
                "setting",
                key,
                before=before,
                after=value,
            )


def _check_payment_limits(s: Session, key: str, value: Any) -> None:
    """The least payment stays below the largest, and large cash needs approval within it."""
    if key not in _LIMITS:
        return
    limits = {k: Decimal(str(read_setting(s, k))) for k in _LIMITS}
    limits[key] = Decimal(str(value))
    low, high = limits["payments.minimum"], limits["payments.maximum"]
    if low >= high:
        raise SettingInputError(
            "setting.maximum_below_minimum", field=key, minimum=low, maximum=high
        )
    if limits["payments.cash_approval_above"] > high:
        raise SettingInputError("setting.approval_above_maximum", field=key, maximum=high)


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
