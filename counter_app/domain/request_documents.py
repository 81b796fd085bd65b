"""What the printed documents of service requests say (docs/domain.md §6): the work order
(工单), the final settlement slip of a 销户 (结算单) and the request-status slip (业务进度单).

Frozen DTOs the request service fills and :mod:`counter_app.printing` renders; personal data
arrives masked (docs/domain.md §11).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.documents import IssuedBy
from counter_app.domain.enums import RequestStatus
from counter_app.domain.requests import Step


@dataclass(frozen=True)
class Copy:
    """Which copy a sheet is: 0 the original, n the n-th 补打, with when the original was
    printed (None for the original)."""

    reprint_no: int = 0
    original_printed_at: datetime | None = None


@dataclass(frozen=True)
class WorkOrder:
    """工单 (A4): the request number, printed as a Code128 barcode, and what the team needs."""

    issued: IssuedBy
    number: str
    type_name: str
    emergency: bool
    customer_name: str
    phone_masked: str
    account_number: str
    address: str
    description: str
    documents_received: tuple[str, ...]
    fee: Decimal
    fee_receipt_no: str | None
    accepted_at: datetime
    deadline_at: datetime | None
    team: str
    dispatch_note: str
    owner_employee_no: str
    owner_name: str
    copy: Copy = Copy()


@dataclass(frozen=True)
class SettlementLine:
    """One line of the final amounts: what it is and the amount (Decimal yuan)."""

    label: str
    amount: Decimal


@dataclass(frozen=True)
class SettlementSlip:
    """结算单 of a 销户: the last reading, the final amounts and both signatures."""

    issued: IssuedBy
    request_number: str
    account_number: str
    customer_name: str
    phone_masked: str
    address: str
    utility_kind: str
    last_read_on: date | None
    last_reading: Decimal | None
    unit: str
    lines: tuple[SettlementLine, ...]
    total_billed: Decimal
    total_paid: Decimal
    balance: Decimal
    closed_on: date
    owner_employee_no: str
    owner_name: str
    copy: Copy = Copy()


@dataclass(frozen=True)
class RequestStatusSlip:
    """业务进度单: where a request stands, in plain words the printing layer chooses.

    ``slip_number`` is the request number with the time of the enquiry, so every enquiry is
    a document of its own in the print register.
    """

    issued: IssuedBy
    slip_number: str
    request_number: str
    type_name: str
    customer_name: str
    account_number: str
    address: str
    status: RequestStatus
    accepted_at: datetime
    deadline_at: datetime | None
    overdue: bool
    next_step: Step | None
    documents_missing: tuple[str, ...]
    team: str | None
    owner_employee_no: str
    owner_name: str
    completed_at: datetime | None
    rejection_reason: str | None
