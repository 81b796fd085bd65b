"""Accepting a service request (受理, docs/domain.md §6)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter_app.domain.clock import Clock
from counter_app.services.base import Actor


def open_emergency_repair(
    s: Session,
    actor: Actor,
    clock: Clock,
    *,
    hall_id: int,
    account_id: int | None,
    description: str,
    address: str = "",
    customer_id: int | None = None,
    source: str = "",
) -> str:
    """Open an emergency repair (e.g. 燃气泄漏报修) inside the caller's unit of work.

    For an emergency complaint (docs/domain.md §7): the request is accepted at once with
    the emergency type of the account's utility kind (the gas deployment's first active
    emergency type when there is no account), owned by ``actor``, due by the type's clock
    hours; an alert is raised for the hall's manager. ``source`` goes into the first event's
    note (e.g. the complaint number).

    Returns:
        The request number.

    Raises:
        ServiceTypeNotFound: the catalogue has no active emergency type for the kind.
        FieldErrors: empty or over-long description or address.
        AccountNotFound, RequestRefused (``request.account_closed``).
    """
    raise NotImplementedError
