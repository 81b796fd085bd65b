"""What the alert service gives (no database code: the main window imports it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.errors import NotFound

#: Kinds of alert in use.
EMERGENCY_REQUEST = "emergency_request"
EMERGENCY_COMPLAINT = "emergency_complaint"
SUBJECT_MAX_LENGTH = 60
SUMMARY_MAX_LENGTH = 300


class AlertNotFound(NotFound):
    """No such alert in the manager's hall (``params``: ``alert_id``)."""

    code = "alert.not_found"


@dataclass(frozen=True)
class AlertInfo:
    """One alert: ``kind`` (see the constants), ``subject`` (e.g. a request number) and
    ``summary`` (data such as type and address, shown as it is)."""

    id: int
    hall_id: int
    kind: str
    subject: str
    summary: str
    raised_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by_name: str | None = None
