"""What the administration services share: each change is an audit entry with the values
before and after, by the signed-in administrator (docs/domain.md §11)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter_app.services import audit
from counter_app.services.base import Service


class AdminService(Service):
    """Base of the administration services."""

    def _record(
        self,
        s: Session,
        action: str,
        entity: str,
        entity_id: str | int,
        before: object = None,
        after: object = None,
    ) -> None:
        """Audit one change in the caller's unit of work."""
        audit.record_by(
            s, self.actor, self._clock.now(), action, entity, entity_id, before=before, after=after
        )
