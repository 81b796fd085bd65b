"""What an auditor's review gives: register and approval rows, and the limits of one query.

No database code here: the audit desk imports it to show the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import InvalidInput

#: The longest period one query covers; a year's prints of a busy hall stay a few hundred
#: thousand rows, which a table on screen still scrolls through.
MAX_DAYS = 366
#: At most this many rows are returned; ``truncated`` says when there were more.
ROW_LIMIT = 20_000


class PeriodInvalid(InvalidInput):
    """The period is empty, reversed or too long (``params``: ``start``, ``end``, ``max_days``)."""

    code = "audit.period_invalid"


@dataclass(frozen=True)
class RegisterEntry:
    """One print or reprint in the register, as an auditor reads it."""

    doc_id: int
    printed_at: datetime  # hall time
    doc_type: DocumentType
    doc_number: str
    reprint_no: int  # 0 = original, n = 补打 n
    printed: bool  # False: the copy never came out of a printer (it waits in the queue)
    reason: str  # why a reprint was made, or why a void slip's receipt was voided; else ""
    employee_no: str
    user_name: str
    hall_code: str
    counter_number: int | None
    layout: str
    content_hash: str


@dataclass(frozen=True)
class ApprovalEntry:
    """A supervisor's approval typed in at a counter: who asked, who approved, for what."""

    approval_id: int
    at: datetime  # hall time
    action: str  # void, refund, waiver, arrears_override, large_cash ...
    subject: str  # e.g. the receipt number
    reason: str
    requested_by: str  # 工号
    requested_by_name: str
    approved_by: str
    approved_by_name: str
    hall_code: str
    counter_number: int | None


T = TypeVar("T")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """Rows of a review, newest first."""

    rows: tuple[T, ...]
    truncated: bool  # more rows matched than ROW_LIMIT
