"""What first-run setup takes (docs/domain.md §2): no database here, the wizard imports it."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.domain.enums import UtilityKind
from counter_app.services.admin.dto import HallDraft, TariffDraft

#: The most counters the wizard and the setup file create for the first hall.
MAX_SETUP_COUNTERS = 30


@dataclass(frozen=True)
class SetupPlan:
    """A company's first hall, its counters and tariffs, and its first administrator."""

    company_name: str
    utility_kinds: tuple[UtilityKind, ...]
    hall: HallDraft
    counters: int
    tariffs: tuple[TariffDraft, ...]
    admin_employee_no: str
    admin_name: str
    admin_password: str
