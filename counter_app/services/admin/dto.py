"""What the administration services take and return, and their refusals; no database here.

The screens import this module at run time, so it stays free of SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.enums import Role, UtilityKind
from counter_app.domain.errors import CodedError, Conflict, InvalidInput, NotFound

#: How long the texts of halls, counters, tariff classes and notes may be (their columns).
HALL_CODE_MAX = 8
HALL_NAME_MAX = 100
HALL_ADDRESS_MAX = 200
HALL_HOTLINE_MAX = 30
COUNTER_NAME_MAX = 50
TARIFF_CLASS_MAX = 20
NOTE_MAX = 200
#: The most counters a hall may have, and the most tiers a tariff.
MAX_COUNTERS = 99
MAX_TIERS = 10
#: Units of the utility kinds (docs/domain.md §2).
UNITS = {UtilityKind.GAS: "m³", UtilityKind.ELECTRICITY: "kWh", UtilityKind.WATER: "t"}


class AdminInputError(CodedError, InvalidInput):
    """Typed administration data that cannot be stored. Codes and params:

    ``user.employee_no_format``, ``user.name_format``, ``user.hall_required``,
    ``user.unknown_hall`` (``hall``), ``user.admin_in_hall``; ``password.too_short`` (``min``),
    ``password.spaces``, ``password.is_employee_no``, ``password.demo``,
    ``password.same_as_old``; ``hall.code_format``, ``hall.name_format``,
    ``hall.address_format``, ``hall.hotline_format``, ``counter.number_range`` (``max``),
    ``counter.name_format``; ``tariff.class_format``, ``tariff.no_tiers``,
    ``tariff.too_many_tiers`` (``max``), ``tariff.first_tier_lower`` (``tier``),
    ``tariff.tier_overlap`` / ``tariff.tier_gap`` (``tier``, ``lower``, ``expected``),
    ``tariff.tier_bounds`` (``tier``), ``tariff.last_tier_open``, ``tariff.inner_tier_open``
    (``tier``), ``tariff.negative_price`` (``tier``), ``tariff.price_format`` (``tier``),
    ``tariff.effective_in_past`` (``today``), ``tariff.kind_not_served`` (``kind``);
    ``calendar.note_format``; ``setting.unknown`` (``key``), ``setting.not_a_number`` (``key``),
    ``setting.utility_kinds``; ``setup.company_name``, ``setup.no_counters``,
    ``setup.no_tariffs``, ``setup.file`` (``detail``), ``setup.file_unreadable`` (``path``),
    ``setup.file_missing``, ``setup.file_text``,
    ``setup.file_date``, ``setup.file_price``, ``setup.file_whole``, ``setup.file_list``
    (``where``), ``setup.file_number``, ``setup.file_unknown`` (``where``, ``value``).
    """


class AdminRefused(CodedError, Conflict):
    """An administration change that the state of things forbids. Codes and params:

    ``user.employee_no_taken`` (``employee_no``), ``password.must_change`` (``employee_no``:
    an approver with a temporary password), ``user.last_admin``, ``user.own_role``,
    ``user.own_account``; ``hall.code_taken`` (``code``), ``counter.number_taken``
    (``number``); ``tariff.in_force`` (``effective_from``), ``tariff.date_taken``
    (``effective_from``); ``calendar.already_working_day``, ``calendar.already_day_off`` (``day``),
    ``calendar.no_override`` (``day``); ``setup.done``.
    """


class AdminNotFound(CodedError, NotFound):
    """``user.not_found`` (``employee_no``), ``hall.not_found`` (``code``),
    ``tariff.unknown`` (``tariff_id``)."""


# ----------------------------------------------------------------------------- users


@dataclass(frozen=True)
class UserRow:
    user_id: int
    employee_no: str
    name: str
    role: Role
    hall_code: str | None
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None


@dataclass(frozen=True)
class UserDraft:
    """A user as the administrator types them (the 工号 is not changed once given)."""

    employee_no: str
    name: str
    role: Role
    hall_code: str | None


# ----------------------------------------------------------------------------- halls


@dataclass(frozen=True)
class CounterRow:
    counter_id: int
    number: int
    name: str
    active: bool


@dataclass(frozen=True)
class HallRow:
    hall_id: int
    code: str
    name: str
    address: str
    hotline: str
    active: bool
    counters: tuple[CounterRow, ...]


@dataclass(frozen=True)
class HallDraft:
    code: str
    name: str
    address: str
    hotline: str


@dataclass(frozen=True)
class CounterChoice:
    """A counter a counter PC may be set up as, before anyone signs in."""

    hall_code: str
    hall_name: str
    number: int
    name: str


# ----------------------------------------------------------------------------- tariffs


@dataclass(frozen=True)
class TierDraft:
    """One tier as typed: cumulative annual volume from ``lower`` up to ``upper`` (None: no
    end), at ``unit_price`` yuan per unit."""

    lower: Decimal
    upper: Decimal | None
    unit_price: Decimal


@dataclass(frozen=True)
class TariffDraft:
    utility_kind: UtilityKind
    tariff_class: str
    residential: bool
    effective_from: date
    tiers: tuple[TierDraft, ...]


@dataclass(frozen=True)
class TariffRow:
    """A tariff with the period it is in force: ``effective_to`` is the day before the next
    tariff of its class takes over (None: open-ended)."""

    tariff_id: int
    utility_kind: UtilityKind
    tariff_class: str
    residential: bool
    unit: str
    effective_from: date
    effective_to: date | None
    tiers: tuple[TierDraft, ...]
    state: str  # "past", "in_force" or "scheduled"

    @property
    def editable(self) -> bool:
        """Only a tariff that has not yet taken effect can be changed; others are superseded."""
        return self.state == "scheduled"


# ----------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class CalendarDay:
    """A day that is not as Monday to Friday would have it: a holiday on a weekday, or a
    make-up working day (调休) on a weekend; or any day an administrator overrode."""

    day: date
    working: bool
    source: str  # "library" or "override"
    note: str


@dataclass(frozen=True)
class CalendarYear:
    year: int
    library_knows: bool
    days: tuple[CalendarDay, ...]


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: object
    default: object
    kind: str
    minimum: Decimal
    maximum: Decimal
