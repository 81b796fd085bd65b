"""A manager's approval behind a grant: checked for the action, and marked used once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Approval, AuditEntry
from counter_app.services import audit
from counter_app.services.auth import ApprovalGrant
from counter_app.services.payments.errors import ApprovalInvalid

#: A manager's approval is for the customer at the counter now, not for later.
APPROVAL_VALID_FOR = timedelta(minutes=30)


def check_approval(
    s: Session,
    grant: ApprovalGrant,
    action: str,
    subject: str,
    now: datetime,
    *,
    requested_by: int,
    lock: bool = False,
) -> Approval:
    """The approval row behind ``grant`` if it covers ``action`` on ``subject`` now.

    Only the user who asked for the approval (``requested_by``) may use it. With ``lock`` the
    row stays locked, so two counters cannot use one grant twice.
    """
    query = select(Approval).where(Approval.id == grant.approval_id)
    if lock:
        query = query.with_for_update()
    row = s.execute(query).scalar_one_or_none()
    if (
        row is None
        or row.action != action
        or row.subject != subject
        or row.approved_by != grant.approver_id
        or row.requested_by != requested_by
    ):
        raise ApprovalInvalid(
            "approval does not cover this", problem="mismatch", action=action, subject=subject
        )
    if now - row.at > APPROVAL_VALID_FOR:
        raise ApprovalInvalid("approval expired", problem="expired")
    used = s.execute(
        select(AuditEntry.id).where(
            AuditEntry.entity == "approval",
            AuditEntry.entity_id == str(row.id),
            AuditEntry.action == "use",
        )
    ).first()
    if used is not None:
        raise ApprovalInvalid("approval already used", problem="used")
    return row


def mark_used(
    s: Session,
    approval: Approval,
    now: datetime,
    *,
    user_id: int,
    counter_id: int | None,
    used_for: str,
) -> None:
    """Record in the audit trail that ``approval`` was used, for ``used_for``."""
    audit.record(
        s,
        at=now,
        user_id=user_id,
        counter_id=counter_id,
        action="use",
        entity="approval",
        entity_id=approval.id,
        after={"action": approval.action, "used_for": used_for},
    )
