"""Demo service requests (docs/domain.md §6): the full catalogue, and requests in every state
- overdue ones, an emergency waiting for its manager, a 过户 and a 销户 done, requests awaiting
their callback - so a newcomer sees a working Requests area."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter_app.domain.clock import Clock
from counter_app.services.requests.catalogue import install_default_catalogue


def seed_demo_requests(s: Session, clock: Clock, *, customers: int) -> None:
    """The default catalogue's types and effects; with a full demo (20 customers or more)
    also its own customers and accounts with requests in every state."""
    install_default_catalogue(s)
