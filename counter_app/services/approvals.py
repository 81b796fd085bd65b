"""Supervisor approvals (授权, docs/domain.md §1): given once, for one thing, used once.

A manager types their own credentials at the clerk's counter (``AuthService.approve``); the
:class:`~counter_app.db.models.Approval` row then records exactly what was approved: the
:class:`~counter_app.domain.enums.ApprovalAction`, its subject (a receipt number, an account,
a customer) and, where the action is about money, the amount the manager was shown. The
clerk's service hands the grant back with the business call, and :func:`consume` checks it and
marks it used in one locked step, in the caller's unit of work:

* it covers this action on this subject (and this amount, if one was approved), asked for by
  this user and approved by the manager the grant names (``approval.mismatch``,
  ``approval.amount_mismatch``);
* it is at most :data:`APPROVAL_VALID_FOR` old (``approval.expired``);
* it was not used before (``approval.used``): ``used_at`` / ``used_by`` / ``used_for`` on the
  row say when, by whom and for what, and the audit trail gets a ``use`` entry.

The row is locked while it is checked (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write
transaction already serialises writers), so of two counters using one grant at the same
moment exactly one succeeds. Every area that needs a manager's approval - payments, account
opening, and the service requests, complaints and shifts to come - adds its action to
``ApprovalAction`` and calls :func:`consume`; nothing else reads or marks approvals.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Approval, User
from counter_app.domain.approvals import (
    APPROVAL_CODES,
    APPROVAL_VALID_FOR,
    SUBJECT_MAX_LENGTH,
    ApprovalError,
    ApprovalGrant,
    ApprovalInvalid,
    ApprovalRefused,
    ApprovalRequired,
    UsedApproval,
)
from counter_app.domain.enums import ApprovalAction
from counter_app.domain.money import money
from counter_app.domain.permissions import Permission, role_has
from counter_app.services import audit
from counter_app.services.base import Actor

__all__ = [
    "APPROVAL_CODES",
    "APPROVAL_VALID_FOR",
    "ApprovalError",
    "ApprovalGrant",
    "ApprovalInvalid",
    "ApprovalRefused",
    "ApprovalRequired",
    "UsedApproval",
    "check",
    "consume",
    "give",
]

# ----------------------------------------------------------------------------- giving


def give(
    s: Session,
    *,
    requester: Actor,
    approver: User,
    action: ApprovalAction | str,
    subject: str,
    reason: str,
    amount: Decimal | None,
    now: datetime,
) -> ApprovalGrant:
    """Record ``approver``'s approval of ``action`` on ``subject`` for ``requester``.

    The approver's credentials are checked by the caller (``AuthService.approve``); this is
    where the rules about who may approve live.

    Raises:
        ApprovalRefused: ``approval.not_approver``, ``approval.own_request`` or
            ``approval.other_hall``.
    """
    kind = ApprovalAction(action)
    if not role_has(approver.role, Permission.APPROVE):
        raise ApprovalRefused(
            "approval.not_approver", "approver lacks approve", permission=Permission.APPROVE
        )
    if approver.id == requester.user_id:
        raise ApprovalRefused(
            "approval.own_request", "no approving one's own request", own_request=True
        )
    if requester.hall_id is not None and approver.hall_id not in (None, requester.hall_id):
        raise ApprovalRefused(
            "approval.other_hall", "approver belongs to another hall", other_hall=True
        )
    approved_amount = None if amount is None else money(amount)
    row = Approval(
        action=kind,
        subject=subject[:SUBJECT_MAX_LENGTH],
        amount=approved_amount,
        requested_by=requester.user_id,
        approved_by=approver.id,
        reason=reason,
        counter_id=requester.counter_id,
        at=now,
    )
    s.add(row)
    s.flush()
    audit.record(
        s,
        at=now,
        user_id=approver.id,
        counter_id=requester.counter_id,
        action="approve",
        entity="approval",
        entity_id=row.id,
        after={
            "action": kind,
            "subject": row.subject,
            "amount": approved_amount,
            "requested_by": requester.user_id,
        },
    )
    return ApprovalGrant(row.id, approver.id, approver.employee_no, reason)


# ----------------------------------------------------------------------------- using


def check(
    s: Session,
    grant: ApprovalGrant | None,
    *,
    action: ApprovalAction,
    subject: str,
    actor: Actor,
    now: datetime,
    amount: Decimal | None = None,
    lock: bool = False,
) -> UsedApproval:
    """Whether ``grant`` would cover this use now, without using it (a quote, a preview).

    A unit of work that uses the approval later (once it knows ``used_for``) checks it with
    ``lock`` where the approval is first needed, so its locks are taken in their usual order,
    and refuses an unfit approval before doing any work; :func:`consume` still checks again.

    Raises:
        ApprovalRequired, ApprovalInvalid: as :func:`consume`.
    """
    row = _fitting(s, grant, action, subject, actor, now, amount, lock=lock)
    return _used(row)


def consume(
    s: Session,
    grant: ApprovalGrant | None,
    *,
    action: ApprovalAction,
    subject: str,
    actor: Actor,
    now: datetime,
    used_for: str,
    amount: Decimal | None = None,
    counter_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> UsedApproval:
    """Check ``grant`` for this use and mark it used, in one locked step of the caller's
    unit of work (the use is undone with it if the transaction rolls back).

    Args:
        s: The caller's write session.
        grant: What ``AuthService.approve`` returned; None when nobody approved.
        action: What is being done.
        subject: What it is done to, exactly as the approval was asked for.
        actor: The signed-in user; only the user who asked may use the approval.
        now: The transaction's time.
        used_for: What the approval was used for (a receipt number, an account number).
        amount: The amount being approved, for actions about money; an approval given for
            an amount covers exactly that amount (one given without covers any).
        counter_id: The counter for the audit entry; the actor's by default.
        details: More for the audit trail's ``use`` entry.

    Raises:
        ApprovalRequired: ``grant`` is None.
        ApprovalInvalid: ``approval.mismatch``, ``approval.amount_mismatch``,
            ``approval.expired`` or ``approval.used``.
    """
    row = _fitting(s, grant, action, subject, actor, now, amount, lock=True)
    row.used_at = now
    row.used_by = actor.user_id
    row.used_for = used_for[:SUBJECT_MAX_LENGTH]
    s.flush()
    audit.record_by(
        s,
        actor,
        now,
        "use",
        "approval",
        row.id,
        counter_id=counter_id,
        after={
            "action": row.action,
            "approved_by": row.approved_by,
            "used_for": row.used_for,
            **(details or {}),
        },
    )
    return _used(row)


def _fitting(
    s: Session,
    grant: ApprovalGrant | None,
    action: ApprovalAction,
    subject: str,
    actor: Actor,
    now: datetime,
    amount: Decimal | None,
    *,
    lock: bool,
) -> Approval:
    if grant is None:
        raise ApprovalRequired(action, subject)
    query = select(Approval).where(Approval.id == grant.approval_id)
    if lock:
        # populate_existing: a row this session read before must show the committed use of
        # a counter that held the lock first.
        query = query.with_for_update().execution_options(populate_existing=True)
    row = s.execute(query).scalar_one_or_none()
    if (
        row is None
        or row.action != action
        or row.subject != subject
        or row.approved_by != grant.approver_id
        or row.requested_by != actor.user_id
    ):
        raise ApprovalInvalid("mismatch", action, subject)
    if row.amount is not None and (amount is None or money(amount) != row.amount):
        raise ApprovalInvalid(
            "amount_mismatch", action, subject, amount=amount, approved_amount=row.amount
        )
    if now - row.at > APPROVAL_VALID_FOR:
        raise ApprovalInvalid("expired", action, subject)
    if row.used_at is not None:
        raise ApprovalInvalid("used", action, subject, used_for=row.used_for or "")
    return row


def _used(row: Approval) -> UsedApproval:
    return UsedApproval(
        approval_id=row.id,
        action=row.action,
        subject=row.subject,
        amount=row.amount,
        approved_by=row.approved_by,
        reason=row.reason,
    )
