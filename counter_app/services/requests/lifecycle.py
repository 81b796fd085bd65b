"""The steps after intake (docs/domain.md §6): each one a change of status with user, time
and note (``ServiceRequestEvent``), an audit entry, and the request's version raised.

A step locks the request's row first (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write
transaction already serialises writers), then compares the version the screen showed: of two
counters completing the same request at once, the first completes it and the second is told
``request.changed`` (or, without a version, that the step no longer fits the status).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from counter_app.db.models import ServiceRequest, ServiceRequestEvent, ServiceType, User
from counter_app.domain.enums import RequestStatus
from counter_app.domain.requests import Step, check_step
from counter_app.services import audit
from counter_app.services.base import Actor
from counter_app.services.customers import ErrorCollector
from counter_app.services.requests.dto import NOTE_MAX_LENGTH, REASON_MAX_LENGTH, RequestRefused
from counter_app.services.requests.intake import clean_text
from counter_app.services.requests.queries import (
    TypeCopy,
    load_request,
    step_actor,
    type_copy,
)


def begin(
    s: Session, request_id: int, step: Step, *, actor: Actor, version: int | None
) -> tuple[ServiceRequest, RequestStatus | None, TypeCopy]:
    """Lock the request and check the step; returns it, where the step leads, and its type.

    Raises:
        RequestNotFound; RequestRefused ``request.changed``; StepRefused.
    """
    sr = load_request(s, request_id, lock=True)
    if version is not None and sr.version != version:
        raise RequestRefused("request.changed", status=sr.status.value, number=sr.number)
    owner_name = ""
    if sr.owner_id != actor.user_id:
        owner = s.get(User, sr.owner_id)
        owner_name = owner.name if owner else ""
    leads_to = check_step(
        step,
        sr.status,
        actor=step_actor(actor),
        owner_id=sr.owner_id,
        owner_name=owner_name,
        hall_id=sr.hall_id,
    )
    st = s.get(ServiceType, sr.service_type_id)
    assert st is not None
    return sr, leads_to, type_copy(sr, st)


def finish(
    s: Session,
    sr: ServiceRequest,
    to_status: RequestStatus,
    *,
    action: Step | str,
    actor: Actor,
    now: datetime,
    note: str,
    audit_after: dict[str, Any] | None = None,
) -> None:
    """Record the step: the status, the event, the version, the audit entry (``action``:
    the step, or what else happened on the timeline, e.g. ``pay_fee``)."""
    before = sr.status
    sr.status = to_status
    sr.version += 1
    s.add(
        ServiceRequestEvent(
            request_id=sr.id,
            from_status=before,
            to_status=to_status,
            user_id=actor.user_id,
            at=now,
            note=note,
        )
    )
    s.flush()
    audit.record_by(
        s,
        actor,
        now,
        str(action),
        "service_request",
        sr.id,
        before={"status": before},
        after={"status": to_status, "number": sr.number, "note": note, **(audit_after or {})},
    )


def clean_note(raw: str, *, field: str = "note", required: bool = False) -> str:
    """A note or reason as typed: spaces folded, at most its length.

    Raises:
        FieldErrors: ``request.note_required`` / ``request.reason_required`` when
            ``required`` and empty; ``request.note_too_long`` (``max``, ``actual``).
    """
    text = clean_text(raw)
    limit = REASON_MAX_LENGTH if field == "reason" else NOTE_MAX_LENGTH
    errors = ErrorCollector()
    if required and not text:
        errors.add(
            field, "request.reason_required" if field == "reason" else "request.note_required"
        )
    elif len(text) > limit:
        errors.add(field, "request.note_too_long", max=limit, actual=len(text))
    errors.raise_if_any()
    return text
