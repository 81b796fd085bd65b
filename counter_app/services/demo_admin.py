"""The administration's part of the demo data (docs/domain.md §1, §4, §8).

What an administrator meets on a working deployment: a price change of the residential gas
tariff entered ahead for next 1 January; next year's Spring Festival entered as calendar
overrides before the holiday library knows the year (the year is left unconfirmed, so the
warning still shows); a clerk who left (disabled, their records keep their name) and a new
clerk who must still replace the temporary password.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import CalendarOverride, Tariff, TariffTier, User
from counter_app.domain.calendar import library_year
from counter_app.domain.clock import Clock, hall_date
from counter_app.domain.enums import Role, UtilityKind
from counter_app.services.auth import create_user

#: The residential gas prices from next 1 January (the tier limits stay).
NEXT_YEAR_PRICES = (Decimal("2.75"), Decimal("3.30"), Decimal("4.12"))
#: Next year's Spring Festival days off as a demo enters them ahead of the State Council's
#: notice (the demo's own guess, marked as such in the note).
SPRING_FESTIVAL_DAYS = 5


def seed_demo_admin(
    s: Session, clock: Clock, password: str, password_hash: str | None = None
) -> None:
    """Add the administration's demo records in the seeding unit of work (``password_hash``:
    ``password`` hashed already)."""
    today = hall_date(clock.now())
    _price_change(s, date(today.year + 1, 1, 1))
    _next_year_holidays(s, today.year + 1)
    for employee_no, name, hall in (("G1004", "孙丽", "H01"), ("G2002", "吴昊", "H02")):
        create_user(
            s,
            employee_no=employee_no,
            name=name,
            role=Role.CLERK,
            password=password,
            hall_code=hall,
            at_clock=clock,
            must_change_password=employee_no == "G2002",
            password_hash=password_hash,
        )
    left = s.execute(select(User).where(User.employee_no == "G1004")).scalar_one()
    left.active = False


def _price_change(s: Session, effective: date) -> None:
    current = s.execute(
        select(Tariff).where(
            Tariff.utility_kind == UtilityKind.GAS,
            Tariff.tariff_class == "居民",
            Tariff.effective_from < effective,
        )
    ).scalar_one()
    change = Tariff(
        utility_kind=UtilityKind.GAS,
        tariff_class="居民",
        residential=True,
        effective_from=effective,
        unit=current.unit,
    )
    change.tiers = [
        TariffTier(tier_no=tier.tier_no, upper_volume=tier.upper_volume, unit_price=price)
        for tier, price in zip(current.tiers, NEXT_YEAR_PRICES, strict=True)
    ]
    s.add(change)


def _next_year_holidays(s: Session, year: int) -> None:
    if library_year(year) is not None:
        return  # the library knows the year: nothing to enter ahead
    # The first Monday of February and the weekdays after it, as a stand-in for the notice.
    first = date(year, 2, 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    for offset in range(SPRING_FESTIVAL_DAYS):
        s.add(
            CalendarOverride(
                day=monday + timedelta(days=offset),
                is_working_day=False,
                note="春节（演示，待国务院通知）",
            )
        )
    # The Saturday before is a make-up working day.
    s.add(
        CalendarOverride(
            day=monday - timedelta(days=2), is_working_day=True, note="春节调休（演示）"
        )
    )
