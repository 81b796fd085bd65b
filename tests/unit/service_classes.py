"""Every service class of counter_app.services, for the tests that check all their methods at
once (roles, routes, text at the boundary)."""

from __future__ import annotations

import importlib
import pkgutil

import counter_app.services as services_pkg
from counter_app.services.base import Service


def service_classes() -> list[type[Service]]:
    """Every subclass of :class:`Service`, however deep, once each module is imported; sorted
    by qualified name."""
    for module in pkgutil.walk_packages(services_pkg.__path__, "counter_app.services."):
        importlib.import_module(module.name)
    found: list[type[Service]] = []
    pending = list(Service.__subclasses__())
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__qualname__)
