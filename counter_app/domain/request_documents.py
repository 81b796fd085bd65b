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
from counter_app.domain.enums import RequestStatus, Satisfaction
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
class AccountTotals:
    """A closed account's figures over its whole life (Decimal yuan): ``billed_total`` every
    bill, ``paid_total`` what payments and purchases took (late fees included)
    and what its bills were paid before the counter kept their payments,
    ``late_fee_total`` the late fees in it, ``refunded_total`` what refunds gave back,
    ``balance`` the credit at closing; with its last reading and last bill."""

    closed_on: date
    last_read_on: date | None
    last_reading: Decimal | None
    last_bill_period: str | None
    last_bill_usage: Decimal | None
    last_bill_amount: Decimal | None
    billed_total: Decimal
    paid_total: Decimal
    late_fee_total: Decimal
    refunded_total: Decimal
    balance: Decimal


@dataclass(frozen=True)
class SettlementSlip:
    """结算单 of a 销户: the last reading, the final amounts (``totals``) and both signatures;
    ``arrears`` is what was owed at closing (zero: the closure demands it)."""

    issued: IssuedBy
    request_number: str
    account_number: str
    customer_name: str
    phone_masked: str
    address: str
    utility_kind: str
    meter_number: str
    unit: str
    totals: AccountTotals
    arrears: Decimal
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


@dataclass(frozen=True)
class LedgerRow:
    """One request in the 业务受理台账 (see :mod:`counter_app.reports.requests_ledger`)."""

    number: str
    hall_code: str
    type_code: str
    type_name: str
    status: RequestStatus
    emergency: bool
    account_number: str
    customer_name: str
    owner_employee_no: str
    owner_name: str
    accepted_at: datetime
    deadline_at: datetime | None
    completed_at: datetime | None
    on_time: bool | None
    satisfaction: Satisfaction | None
