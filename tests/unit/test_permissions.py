"""Roles are enforced in the services themselves, with no GUI in the way."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from service_classes import service_classes

from counter_app.db.engine import Database
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import Role
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.permissions import Permission, role_has
from counter_app.services.admin.users import UserAdminService
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor, Service
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.hall import HallService
from counter_app.services.settings import SettingsService


def _public_methods(cls: type[Service]) -> list[tuple[str, Any]]:
    return [
        (name, fn)
        for name, fn in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and fn.__qualname__.split(".")[0] == cls.__name__
    ]


def test_every_public_service_method_declares_what_it_requires() -> None:
    missing = [
        f"{cls.__name__}.{name}"
        for cls in service_classes()
        for name, fn in _public_methods(cls)
        if not hasattr(fn, "__requires__")
    ]
    assert missing == []
    assert len(service_classes()) >= 4


def _actor(role: Role) -> Actor:
    return Actor(user_id=1, employee_no="X1", name="测试", role=role, hall_id=1, counter_id=1)


def _denied_cases() -> list[Any]:
    cases = []
    for cls in service_classes():
        for name, fn in _public_methods(cls):
            for permission in fn.__requires__:
                for role in Role:
                    if not role_has(role, permission):
                        cases.append(
                            pytest.param(cls, name, role, id=f"{cls.__name__}.{name}-{role}")
                        )
    return cases


@pytest.mark.parametrize(("cls", "name", "role"), _denied_cases())
def test_roles_without_the_permission_are_refused(
    sqlite_db: Database, clock: FixedClock, cls: type[Service], name: str, role: Role
) -> None:
    """The check runs before the method body, so any arguments will do."""
    service = cls(sqlite_db, clock, _actor(role))
    method = getattr(service, name)
    params = [
        p
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind is not inspect.Parameter.VAR_KEYWORD
        and p.kind is not inspect.Parameter.VAR_POSITIONAL
    ]
    positional = [None for p in params if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    keywords = {p.name: None for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY}
    with pytest.raises(PermissionDenied):
        method(*positional, **keywords)


def test_clerk_cannot_call_a_manager_only_method(demo_db: Database, clock: FixedClock) -> None:
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD, 1)
    manager = auth.sign_in("M1001", DEMO_PASSWORD, 2)
    with pytest.raises(PermissionDenied) as refused:
        HallService(demo_db, clock, clerk).counters_overview()
    assert refused.value.params == {"permission": "dashboard", "role": "clerk"}
    overview = HallService(demo_db, clock, manager).counters_overview()
    assert [c.counter_number for c in overview] == [1, 2, 3, 4]


def test_clerk_and_manager_cannot_change_settings_or_users(
    demo_db: Database, clock: FixedClock
) -> None:
    auth = AuthService(demo_db, clock)
    for employee_no in ("G1001", "M1001", "A1001"):
        actor = auth.sign_in(employee_no, DEMO_PASSWORD)
        with pytest.raises(PermissionDenied):
            SettingsService(demo_db, clock, actor).set("security.idle_lock_minutes", 1)
        with pytest.raises(PermissionDenied):
            UserAdminService(demo_db, clock, actor).add_user(
                employee_no="Z1", name="某", role=Role.ADMIN, password="longenough1", hall_code=None
            )
    admin = auth.sign_in("S0001", DEMO_PASSWORD)
    SettingsService(demo_db, clock, admin).set("security.idle_lock_minutes", 5)
    assert SettingsService(demo_db, clock, admin).get("security.idle_lock_minutes") == 5


def test_administrators_do_not_take_payments() -> None:
    assert not role_has(Role.ADMIN, Permission.PAYMENT_TAKE)
    assert not role_has(Role.AUDITOR, Permission.PAYMENT_TAKE)
    assert not role_has(Role.CLERK, Permission.APPROVE)
    assert role_has(Role.MANAGER, Permission.APPROVE)
