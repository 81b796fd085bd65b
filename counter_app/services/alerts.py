"""Alerts for a hall's manager (docs/domain.md §6, §7): an emergency is told at once, on
whichever counter the manager is signed in.

:func:`raise_alert` is called inside the unit of work that creates the emergency (a repair
request, a complaint), so the alert exists exactly when the emergency does. The main window
of a manager asks :meth:`AlertService.pending` every few seconds and shows a banner until the
manager acknowledges it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.domain.permissions import Permission
from counter_app.services.alerts_dto import AlertInfo
from counter_app.services.base import Service, requires


def raise_alert(
    s: Session, *, hall_id: int, kind: str, subject: str, summary: str, at: datetime
) -> int:
    """Add an unacknowledged alert for ``hall_id``'s managers; returns its id.

    Args:
        kind: What happened, e.g. ``emergency_request``, ``emergency_complaint``.
        subject: What it is about (a request or complaint number), at most 60 characters.
        summary: Data to show, e.g. the type and the address, at most 300 characters.
    """
    raise NotImplementedError


class AlertService(Service):
    """A manager's alerts."""

    @requires(Permission.DASHBOARD)
    def pending(self) -> tuple[AlertInfo, ...]:
        """Unacknowledged alerts of the manager's hall (every hall for a manager without
        one), newest first."""
        raise NotImplementedError

    @requires(Permission.DASHBOARD)
    def acknowledge(self, alert_id: int) -> AlertInfo:
        """The manager has seen it (audited); it leaves :meth:`pending`.

        Raises:
            AlertNotFound: no such alert in the manager's hall.
        """
        raise NotImplementedError
