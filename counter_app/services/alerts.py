"""Alerts for a hall's manager (docs/domain.md §6, §7): an emergency is told at once, on
whichever counter the manager is signed in.

:func:`raise_alert` is called inside the unit of work that creates the emergency (a repair
request, a complaint), so the alert exists exactly when the emergency does. The main window
of a manager asks :meth:`AlertService.pending` every few seconds and shows a banner until the
manager acknowledges it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Alert, User
from counter_app.domain.clock import LOCAL_TZ, local_time
from counter_app.domain.permissions import Permission
from counter_app.services import audit
from counter_app.services.alerts_dto import (
    SUBJECT_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
    AlertInfo,
    AlertNotFound,
)
from counter_app.services.base import Service, requires

#: Most alerts :meth:`AlertService.pending` returns (the banner shows the newest).
PENDING_LIMIT = 50


def _info(alert: Alert, acknowledged_by: str | None = None) -> AlertInfo:
    return AlertInfo(
        id=alert.id,
        hall_id=alert.hall_id,
        kind=alert.kind,
        subject=alert.subject,
        summary=alert.summary,
        raised_at=alert.raised_at.astimezone(LOCAL_TZ),
        acknowledged_at=(local_time(alert.acknowledged_at)),
        acknowledged_by_name=acknowledged_by,
    )


def raise_alert(
    s: Session, *, hall_id: int, kind: str, subject: str, summary: str, at: datetime
) -> int:
    """Add an unacknowledged alert for ``hall_id``'s managers; returns its id.

    Args:
        kind: What happened, e.g. ``emergency_request``, ``emergency_complaint``.
        subject: What it is about (a request or complaint number), at most 60 characters.
        summary: Data to show, e.g. the type and the address, at most 300 characters.
    """
    alert = Alert(
        hall_id=hall_id,
        kind=kind[:40],
        subject=subject[:SUBJECT_MAX_LENGTH],
        summary=summary[:SUMMARY_MAX_LENGTH],
        raised_at=at,
    )
    s.add(alert)
    s.flush()
    return alert.id


class AlertService(Service):
    """A manager's alerts."""

    @requires(Permission.DASHBOARD)
    def pending(self) -> tuple[AlertInfo, ...]:
        """Unacknowledged alerts of the manager's hall (every hall for a manager without
        one), newest first."""
        query = (
            select(Alert)
            .where(Alert.acknowledged_at.is_(None))
            .order_by(Alert.raised_at.desc(), Alert.id.desc())
            .limit(PENDING_LIMIT)
        )
        if self.actor.hall_id is not None:
            query = query.where(Alert.hall_id == self.actor.hall_id)
        with self._db.read() as s:
            return tuple(_info(a) for a in s.execute(query).scalars())

    @requires(Permission.DASHBOARD)
    def acknowledge(self, alert_id: int) -> AlertInfo:
        """The manager has seen it (audited); it leaves :meth:`pending`.

        Raises:
            AlertNotFound: no such alert in the manager's hall.
        """
        now = self._clock.now()
        with self._db.write() as s:
            alert = s.execute(
                select(Alert).where(Alert.id == alert_id).with_for_update()
            ).scalar_one_or_none()
            if alert is None or (
                self.actor.hall_id is not None and alert.hall_id != self.actor.hall_id
            ):
                raise AlertNotFound("no such alert", alert_id=alert_id)
            if alert.acknowledged_at is None:
                # Two managers at once: the first one's acknowledgement stands.
                alert.acknowledged_at = now
                alert.acknowledged_by = self.actor.user_id
                s.flush()
                audit.record_by(
                    s,
                    self.actor,
                    now,
                    "acknowledge",
                    "alert",
                    alert.id,
                    after={"kind": alert.kind, "subject": alert.subject},
                )
            by = s.get(User, alert.acknowledged_by) if alert.acknowledged_by else None
            return _info(alert, by.name if by else None)
