"""An emergency complaint (leak, fire, danger to life) is escalated in the unit of work that
takes it in (docs/domain.md §7): the hall's manager is alerted on screen wherever they are
signed in, and an emergency repair request is opened in the Requests area."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Complaint, ServiceRequest
from counter_app.domain.clock import Clock
from counter_app.domain.complaints import CATEGORY_LABELS
from counter_app.domain.errors import CounterError
from counter_app.services.alerts import raise_alert
from counter_app.services.alerts_dto import (
    EMERGENCY_COMPLAINT,
    SUBJECT_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
)
from counter_app.services.base import Actor
from counter_app.services.requests.intake import open_emergency_repair

log = logging.getLogger(__name__)

#: How much of the complaint goes into the repair request's description.
REPAIR_DESCRIPTION_LENGTH = 200


def escalate(
    s: Session,
    actor: Actor,
    clock: Clock,
    complaint: Complaint,
    account: Account | None,
    now: datetime,
) -> tuple[bool, str]:
    """Alert the manager and open the emergency repair; returns (alerted, repair number).

    The repair is opened in a savepoint: a catalogue without an emergency type (or a closed
    account) must not lose the complaint, which is saved and alerted all the same, with no
    repair number.
    """
    address = complaint.site_address or (account.supply_address if account else "")
    summary = " ".join(
        part
        for part in (
            CATEGORY_LABELS[complaint.category],
            complaint.complainant_name,
            address,
            complaint.content,
        )
        if part
    )
    raise_alert(
        s,
        hall_id=complaint.hall_id,
        kind=EMERGENCY_COMPLAINT,
        subject=complaint.number[:SUBJECT_MAX_LENGTH],
        summary=summary[:SUMMARY_MAX_LENGTH],
        at=now,
    )
    number = ""
    try:
        with s.begin_nested():
            number = open_emergency_repair(
                s,
                actor,
                clock,
                hall_id=complaint.hall_id,
                account_id=None if account is None else account.id,
                description=f"投诉{complaint.number}：{complaint.content}"[
                    :REPAIR_DESCRIPTION_LENGTH
                ],
                address=address,
                customer_id=None if account is None else account.customer_id,
                source=complaint.number,
            )
    except CounterError as exc:
        log.warning("No emergency repair opened for complaint %s: %s", complaint.number, exc)
        return True, ""
    complaint.repair_request_id = s.execute(
        select(ServiceRequest.id).where(ServiceRequest.number == number)
    ).scalar_one_or_none()
    return True, number
