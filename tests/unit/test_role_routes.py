"""A clerk reaches the auditor's and the administrator's work by no route (docs/domain.md §1):
every public method of their services refuses a clerk (and the administration refuses a
manager and an auditor) however it is called, with the real signed-in user, before it reads
or writes anything."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from service_classes import service_classes

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, Setting, User
from counter_app.domain.clock import FixedClock
from counter_app.domain.errors import PermissionDenied
from counter_app.domain.permissions import Permission
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor, Service
from counter_app.services.demo import DEMO_PASSWORD

#: The auditor's and the administrator's rights.
BACK_OFFICE = frozenset(
    {Permission.AUDIT_READ, Permission.USER_ADMIN, Permission.SETTINGS_ADMIN, Permission.BACKUP}
)
#: Methods of those services that every signed-in user calls in counter work: each only reads
#: (the calendar for deadlines, the catalogue for intake, a setting such as the idle lock).
OPEN_READS = {
    "CalendarService.calendar",
    "CatalogueService.get_type",
    "CatalogueService.list_types",
    "SettingsService.get",
}


def _methods(cls: type[Service]) -> list[tuple[str, Any]]:
    return [
        (name, fn)
        for name, fn in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and hasattr(fn, "__requires__")
    ]


def _back_office_services() -> list[type[Service]]:
    """Every service with a method needing an auditor's or administrator's right."""
    return [
        cls
        for cls in service_classes()
        if any(set(fn.__requires__) & BACK_OFFICE for _, fn in _methods(cls))
    ]


def _guarded(cls: type[Service]) -> list[tuple[str, tuple[str, ...]]]:
    """The service's guarded methods, each with who of the counter staff calls it: the clerk
    and the manager always, the auditor too for the administrator's work."""
    calls = []
    for name, fn in _methods(cls):
        if f"{cls.__name__}.{name}" in OPEN_READS:
            continue
        admin_only = not set(fn.__requires__) & {Permission.AUDIT_READ}
        calls.append((name, ("G1001", "M1001", "A1001") if admin_only else ("G1001", "M1001")))
    return calls


def test_the_back_office_services_and_their_open_reads_are_known() -> None:
    names = {c.__name__ for c in _back_office_services()}
    assert {
        "AuditReviewService",
        "UserAdminService",
        "HallAdminService",
        "TariffAdminService",
        "CalendarService",
        "SettingsService",
        "CatalogueService",
    } <= names
    unguarded = {
        f"{cls.__name__}.{name}"
        for cls in _back_office_services()
        for name, fn in _methods(cls)
        if not fn.__requires__
    }
    # A new method open to every user in these services must be a read added here on purpose.
    assert unguarded == OPEN_READS


def _rows(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(s.query(m).count() for m in (AuditEntry, User, Setting))  # type: ignore[return-value]


def _make(cls: type[Service], db: Database, clock: FixedClock, actor: Actor) -> Service:
    try:
        return cls(db, clock, actor)
    except TypeError:  # a service with more to be given than the database (a backup folder)
        service = cls.__new__(cls)
        Service.__init__(service, db, clock, actor)
        return service


@pytest.mark.parametrize("cls", _back_office_services(), ids=lambda c: c.__name__)
def test_a_counter_user_calling_a_back_office_method_directly_is_refused(
    demo_db: Database, clock: FixedClock, cls: type[Service]
) -> None:
    """Signed in for real, at their counter. No arguments at all: the right is checked before
    the arguments are looked at."""
    auth = AuthService(demo_db, clock)
    actors = {n: auth.sign_in(n, DEMO_PASSWORD, 1) for n in ("G1001", "M1001", "A1001")}
    before = _rows(demo_db)
    let_through = []
    for name, who in _guarded(cls):
        for number in who:
            try:
                getattr(_make(cls, demo_db, clock, actors[number]), name)()
            except PermissionDenied as refused:
                if refused.params["role"] == actors[number].role.value:
                    continue
            let_through.append(f"{cls.__name__}.{name} as {number}")
    assert let_through == []
    assert _rows(demo_db) == before  # not even the refusals wrote anything


def test_the_services_a_clerk_is_given_refuse_the_back_office_work(
    demo_db: Database, clock: FixedClock, tmp_path: Any
) -> None:
    """The wiring the counter uses after sign-in: every service is there, bound to the clerk,
    and the auditor's and administrator's ones refuse them."""
    from counter_app.config import Config, Workstation
    from counter_app.context import AppContext

    clerk = AuthService(demo_db, clock).sign_in("G1001", DEMO_PASSWORD, 1)
    config = Config(data_dir=tmp_path, db_url="", embedded=True, workstation=Workstation())
    services = AppContext(config=config, db=demo_db, clock=clock).services_for(clerk)
    refused = []
    for service in vars(services).values():
        if type(service) not in _back_office_services():
            continue
        for name, _ in _methods(type(service)):
            if f"{type(service).__name__}.{name}" not in OPEN_READS:
                with pytest.raises(PermissionDenied):
                    getattr(service, name)()
                refused.append(f"{type(service).__name__}.{name}")
    assert len(refused) >= 20
    assert "UserAdminService.add_user" in refused
    assert "AuditReviewService.verify_audit_trail" in refused
