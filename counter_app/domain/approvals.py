"""Supervisor approvals (授权, docs/domain.md §1): what a grant is and why one is refused.

No database code here: views read grants and tell refusals apart by these. The rules that
check and use an approval are in :mod:`counter_app.services.approvals`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from counter_app.domain.enums import ApprovalAction
from counter_app.domain.errors import CodedError, PermissionDenied

#: A manager's approval is for the customer at the counter now, not for later.
APPROVAL_VALID_FOR = timedelta(minutes=30)
SUBJECT_MAX_LENGTH = 60


# ----------------------------------------------------------------------------- errors


class ApprovalError(CodedError, PermissionDenied):
    """An approval is missing, does not fit, or may not be given; ``code`` says which.

    Codes (``params`` in brackets):

    * ``approval.required`` - none was given (``action``, ``subject``);
    * ``approval.mismatch`` - it is for another action or subject, another requester or
      another approver (``problem``, ``action``, ``subject``);
    * ``approval.amount_mismatch`` - it was given for another amount (``problem``, ``action``,
      ``subject``, ``amount``, ``approved_amount``);
    * ``approval.expired`` - older than :data:`APPROVAL_VALID_FOR` (``problem``, ...);
    * ``approval.used`` - used before (``problem``, ``used_for``, ...);
    * ``approval.not_approver`` - the person typing the credentials may not approve
      (``permission``);
    * ``approval.own_request`` - nobody approves their own request (``own_request``);
    * ``approval.other_hall`` - the approver is a manager of another hall (``other_hall``).

    A refusal of a given grant also carries the flag the account-opening screen has always
    read: ``approval_invalid`` (a mismatch of any kind), ``approval_expired`` or
    ``approval_used``, set to True.
    """

    code = "approval.error"


class ApprovalRequired(ApprovalError):
    """A manager's approval is needed and none was given."""

    def __init__(self, action: ApprovalAction, subject: str) -> None:
        super().__init__("approval.required", action=action, subject=subject)


class ApprovalInvalid(ApprovalError):
    """The approval given does not cover this use (``params['problem']`` says why)."""

    def __init__(self, problem: str, action: ApprovalAction, subject: str, **params: Any) -> None:
        flag = "approval_invalid" if problem.endswith("mismatch") else f"approval_{problem}"
        super().__init__(
            f"approval.{problem}",
            problem=problem,
            action=action,
            subject=subject,
            **{flag: True},
            **params,
        )


class ApprovalRefused(ApprovalError):
    """The person typing the credentials may not give this approval."""


APPROVAL_CODES: frozenset[str] = frozenset(
    {
        "approval.required",
        "approval.mismatch",
        "approval.amount_mismatch",
        "approval.expired",
        "approval.used",
        "approval.not_approver",
        "approval.own_request",
        "approval.other_hall",
    }
)


# ----------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ApprovalGrant:
    """Proof that a supervisor approved an action; the clerk's service hands it back."""

    approval_id: int
    approver_id: int
    approver_employee_no: str
    reason: str


@dataclass(frozen=True)
class UsedApproval:
    """An approval :func:`consume` has checked and used up, for the caller's records."""

    approval_id: int
    action: ApprovalAction
    subject: str
    amount: Decimal | None
    approved_by: int
    reason: str
