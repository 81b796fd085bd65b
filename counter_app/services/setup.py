"""First-run setup (docs/domain.md §2): a database with no company yet is given its company,
first hall with counters, tariffs and first administrator in one unit of work, from the
setup wizard or from a TOML file (``counter-app setup --config FILE``).

It runs before anyone can sign in, so :class:`FirstRunService` is not bound to a user (as
:class:`~counter_app.services.auth.AuthService` is not); it refuses once a company exists.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import Counter, Hall, Setting, User
from counter_app.domain.clock import Clock, hall_date
from counter_app.domain.enums import Role, UtilityKind
from counter_app.domain.identity import has_forbidden_characters
from counter_app.services import audit
from counter_app.services.admin.dto import (
    AdminInputError,
    AdminRefused,
    CounterChoice,
    HallDraft,
    TariffDraft,
    TierDraft,
)
from counter_app.services.admin.halls import create_hall
from counter_app.services.admin.tariffs import new_tariff
from counter_app.services.auth import create_user
from counter_app.services.base import checks_text
from counter_app.services.demo import seed_demo
from counter_app.services.setup_dto import MAX_SETUP_COUNTERS, SetupPlan

COMPANY_NAME_MAX = 100


def _needs_setup(s: Session) -> bool:
    users = s.execute(select(func.count()).select_from(User)).scalar_one()
    company = s.get(Setting, "company.name")
    return users == 0 and (company is None or not company.value)


class FirstRunService:
    """Sets up a new deployment; not bound to a user, and of no use once set up."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def needs_setup(self) -> bool:
        """No company and nobody to sign in yet: the counter application opens the wizard."""
        with self._db.read() as s:
            return _needs_setup(s)

    def counter_choices(self) -> list[CounterChoice]:
        """The counters in use, by hall, for a counter PC choosing its own at first start."""
        with self._db.read() as s:
            rows = s.execute(
                select(Hall.code, Hall.name, Counter.number, Counter.name)
                .join(Counter, Counter.hall_id == Hall.id)
                .where(Hall.active.is_(True), Counter.active.is_(True))
                .order_by(Hall.code, Counter.number)
            ).all()
        return [CounterChoice(*row) for row in rows]

    @checks_text
    def set_up(self, plan: SetupPlan) -> None:
        """Create the company from ``plan``; nothing is stored unless all of it is.

        Raises:
            AdminRefused: ``setup.done``: the database already has a company or users.
            AdminInputError: ``setup.company_name``, ``setup.no_counters``,
                ``setup.no_tariffs``, or a hall, tariff, user or password refusal.
            TariffInputError: a tariff's tiers do not make a tariff.
        """
        name = " ".join(plan.company_name.split())
        if not name or len(name) > COMPANY_NAME_MAX or has_forbidden_characters(name):
            raise AdminInputError("setup.company_name", field="company_name")
        if not plan.utility_kinds:
            raise AdminInputError("setting.utility_kinds", field="utility_kinds")
        if not 1 <= plan.counters <= MAX_SETUP_COUNTERS:
            raise AdminInputError("setup.no_counters", field="counters", max=MAX_SETUP_COUNTERS)
        if not plan.tariffs:
            raise AdminInputError("setup.no_tariffs", field="tariffs")
        now = self._clock.now()
        with self._db.write() as s:
            if not _needs_setup(s):
                raise AdminRefused("setup.done")
            kinds = [k.value for k in plan.utility_kinds]
            s.add(Setting(key="company.name", value=name, updated_at=now))
            s.add(Setting(key="utility_kinds", value=kinds, updated_at=now))
            s.flush()
            hall = create_hall(s, plan.hall, [(n, "") for n in range(1, plan.counters + 1)])
            # No bill exists yet, so the first tariffs may start on any date (1 January, say).
            tariffs = [new_tariff(s, draft, date.min) for draft in plan.tariffs]
            admin = create_user(
                s,
                employee_no=plan.admin_employee_no,
                name=plan.admin_name,
                role=Role.ADMIN,
                password=plan.admin_password,
                hall_code=None,
                at_clock=self._clock,
            )
            audit.record(
                s,
                at=now,
                user_id=None,
                counter_id=None,
                action="setup",
                entity="database",
                after={
                    "company": name,
                    "utility_kinds": kinds,
                    "hall": hall.code,
                    "counters": plan.counters,
                    "tariffs": [
                        [t.utility_kind, t.tariff_class, t.effective_from] for t in tariffs
                    ],
                    "admin": admin.employee_no,
                },
            )

    def seed_demo(self) -> None:
        """Fill the empty database with the demo company instead (the wizard's other choice).

        Raises:
            AdminRefused: ``setup.done``.
        """
        if not self.needs_setup():
            raise AdminRefused("setup.done")
        seed_demo(self._db, self._clock)

    def today(self) -> date:
        return hall_date(self._clock.now())


# ----------------------------------------------------------------------------- the setup file


def _bad(code: str, where: str, **params: object) -> AdminInputError:
    """A refusal of the setup file that names the key (``hall.code``, ``tariffs[2].tiers[1]``)."""
    return AdminInputError(code, where=where, **params)


def _decimal(value: object, where: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise _bad("setup.file_number", where, value=str(value)) from None
    if not number.is_finite():
        raise _bad("setup.file_number", where, value=str(value))
    return number


def _table(raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise _bad("setup.file_missing", f"[{key}]")
    return value


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str):
        raise _bad("setup.file_text", f"{where}.{key}")
    return value


def _tariff(raw: object, number: int) -> TariffDraft:
    where = f"tariffs[{number}]"
    if not isinstance(raw, dict):
        raise _bad("setup.file_list", "[[tariffs]]")
    try:
        kind = UtilityKind(_text(raw, "utility_kind", where))
    except ValueError:
        raise _bad(
            "setup.file_unknown", f"{where}.utility_kind", value=str(raw["utility_kind"])
        ) from None
    effective = raw.get("effective_from")
    if not isinstance(effective, date):
        raise _bad("setup.file_date", f"{where}.effective_from")
    tiers = []
    lower = Decimal(0)
    for i, tier in enumerate(raw.get("tiers") or [], start=1):
        at = f"{where}.tiers[{i}]"
        if not isinstance(tier, dict) or "price" not in tier:
            raise _bad("setup.file_price", at)
        upper = None if tier.get("up_to") is None else _decimal(tier["up_to"], f"{at}.up_to")
        tiers.append(TierDraft(lower, upper, _decimal(tier["price"], f"{at}.price")))
        lower = upper if upper is not None else lower
    return TariffDraft(
        utility_kind=kind,
        tariff_class=_text(raw, "class", where),
        residential=bool(raw.get("residential", False)),
        effective_from=effective,
        tiers=tuple(tiers),
    )


def plan_from_toml(path: Path, admin_password: str) -> SetupPlan:
    """The setup plan a TOML file describes (see docs/setup-example.toml); the password is
    never in the file: the command asks for it.

    Raises:
        AdminInputError: ``setup.file_unreadable`` (``path``), ``setup.file`` (``detail``:
            the file is no TOML), or one naming the key that is wrong (``where``):
            ``setup.file_missing``, ``setup.file_text``, ``setup.file_number`` /
            ``setup.file_unknown`` (``value``), ``setup.file_date``, ``setup.file_price``,
            ``setup.file_whole``, ``setup.file_list``.
    """
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise AdminInputError("setup.file_unreadable", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise AdminInputError("setup.file", detail=str(exc)) from None
    company = _table(raw, "company")
    hall = _table(raw, "hall")
    admin = _table(raw, "admin")
    kinds_raw = company.get("utility_kinds", ["gas"])
    try:
        kinds = tuple(UtilityKind(k) for k in kinds_raw)
    except (TypeError, ValueError):
        raise _bad("setup.file_unknown", "company.utility_kinds", value=str(kinds_raw)) from None
    counters = hall.get("counters", 1)
    if not isinstance(counters, int):
        raise _bad("setup.file_whole", "hall.counters")
    tariffs = raw.get("tariffs") or []
    if not isinstance(tariffs, list):
        raise _bad("setup.file_list", "[[tariffs]]")
    return SetupPlan(
        company_name=_text(company, "name", "company"),
        utility_kinds=kinds,
        hall=HallDraft(
            code=_text(hall, "code", "hall"),
            name=_text(hall, "name", "hall"),
            address=_text(hall, "address", "hall"),
            hotline=_text(hall, "hotline", "hall"),
        ),
        counters=counters,
        tariffs=tuple(_tariff(t, i) for i, t in enumerate(tariffs, start=1)),
        admin_employee_no=_text(admin, "employee_no", "admin"),
        admin_name=_text(admin, "name", "admin"),
        admin_password=admin_password,
    )
