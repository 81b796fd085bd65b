"""The steps after intake (docs/domain.md §6): each one a change of status with user, time
and note (``ServiceRequestEvent``), an audit entry, and the request's version raised.

A step locks the request's row first (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write
transaction already serialises writers), then compares the version the screen showed: of two
counters completing the same request at once, the first completes it and the second is told
``request.changed`` (or, without a version, that the step no longer fits the status).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from counter_app.db.models import (
    SatisfactionRating,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceType,
    User,
)
from counter_app.domain.clock import hall_date
from counter_app.domain.enums import RequestEffect, RequestStatus, Satisfaction
from counter_app.domain.requests import CLOSED_STATUSES, STEPS, Step, check_step
from counter_app.services import audit
from counter_app.services.base import Actor
from counter_app.services.customers import ErrorCollector
from counter_app.services.requests.dto import NOTE_MAX_LENGTH, REASON_MAX_LENGTH, RequestRefused
from counter_app.services.requests.effects import Applied, apply_effect
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


# ----------------------------------------------------------------------------- the steps
# Each takes the locked request of the caller's unit of work after :func:`begin` (or, for the
# demo data, a request just written): the screens' service and the demo go the same way.


def dispatch_in(
    s: Session,
    sr: ServiceRequest,
    *,
    actor: Actor,
    now: datetime,
    team: str,
    note: str,
    approved_by: int | None,
) -> None:
    """派工 to ``team``; ``approved_by``: the manager whose approval the caller used."""
    sr.dispatched_team = team
    if approved_by is not None:
        sr.approved_by, sr.approved_at = approved_by, now
    finish(
        s,
        sr,
        RequestStatus.DISPATCHED,
        action=Step.DISPATCH,
        actor=actor,
        now=now,
        note=note,
        audit_after={"team": team, "approved_by": approved_by},
    )


def complete_in(
    s: Session,
    sr: ServiceRequest,
    effect: RequestEffect,
    *,
    actor: Actor,
    now: datetime,
    note: str,
    meter_reading: Decimal | None = None,
) -> Applied | None:
    """完工 with the business effect applied to the account; returns what it did."""
    applied = apply_effect(
        s,
        sr,
        effect,
        actor=actor,
        now=now,
        today=hall_date(now),
        meter_reading=meter_reading,
    )
    sr.completed_at = now
    if applied is not None:
        sr.payload = {**(sr.payload or {}), "applied": applied.after}
    finish(
        s,
        sr,
        RequestStatus.COMPLETED,
        action=Step.COMPLETE,
        actor=actor,
        now=now,
        note=note,
        audit_after={"effect": effect},
    )
    return applied


def callback_in(
    s: Session,
    sr: ServiceRequest,
    *,
    actor: Actor,
    now: datetime,
    rating: Satisfaction,
    note: str,
) -> None:
    """回访: the customer's satisfaction, kept on the request and for its owner."""
    sr.satisfaction, sr.callback_at = rating, now
    s.add(SatisfactionRating(clerk_id=sr.owner_id, service_request_id=sr.id, rating=rating, at=now))
    finish(
        s,
        sr,
        RequestStatus.CALLBACK_DONE,
        action=Step.CALLBACK,
        actor=actor,
        now=now,
        note=note,
        audit_after={"satisfaction": rating},
    )


def move_in(
    s: Session,
    sr: ServiceRequest,
    step: Step,
    *,
    actor: Actor,
    now: datetime,
    note: str,
    rejection: str | None = None,
) -> None:
    """A step with nothing but its note: start, archive, reject (with its reason), withdraw."""
    to_status = STEPS[step][1]
    assert to_status is not None
    if to_status in CLOSED_STATUSES:
        sr.closed_at = now
    if rejection is not None:
        sr.rejection_reason = rejection
    finish(s, sr, to_status, action=step, actor=actor, now=now, note=note)


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
