"""What the customer service takes, gives and refuses: the 360 view's rows, corrections,
field errors and the arrears that block an opening.

No database code here: views import it to show a customer and word what went wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from counter_app.domain.enums import (
    AccountStatus,
    ApprovalAction,
    BillingMode,
    BillStatus,
    ComplaintCategory,
    ComplaintStatus,
    CustomerKind,
    DocumentType,
    PaymentKind,
    PaymentStatus,
    RequestStatus,
    Severity,
    UtilityKind,
)
from counter_app.domain.errors import Conflict, InvalidInput
from counter_app.domain.identity import IdType

REASON_MAX_LENGTH = 200


@dataclass(frozen=True)
class FieldError:
    """One problem with one form field.

    Attributes:
        field: The form field, e.g. ``"id_number"``, ``"supply_address"``, ``"emergency_phone"``.
        code: Stable machine code (``"id.check_digit"``, ``"meter.duplicate"`` ...).
        params: Details for the message the view words from the code.
    """

    field: str
    code: str
    params: Mapping[str, object]


class FieldErrors(InvalidInput):
    """Some input fields are invalid; ``errors`` lists every one, nothing was saved."""

    code = "field_errors"

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        summary = "; ".join(f"{e.field}: {e.code}" for e in self.errors)
        super().__init__(summary, errors=self.errors)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields with errors, in form order, each once."""
        return tuple(dict.fromkeys(e.field for e in self.errors))

    def for_field(self, name: str) -> tuple[FieldError, ...]:
        return tuple(e for e in self.errors if e.field == name)


class ArrearsBlocked(Conflict):
    """The customer owes money on other accounts; a manager's approval lets the opening go on.

    ``params`` carries ``customer_id``, ``total`` (Decimal yuan), ``accounts`` (tuple of
    :class:`AccountArrears`) and the ``approval_action`` / ``approval_subject`` to pass to
    ``AuthService.approve``.
    """

    code = "arrears_blocked"

    def __init__(self, summary: ArrearsSummary) -> None:
        self.summary = summary
        super().__init__(
            f"customer {summary.customer_id} owes {summary.total}",
            customer_id=summary.customer_id,
            total=summary.total,
            accounts=summary.accounts,
            approval_action=summary.approval_action,
            approval_subject=summary.approval_subject,
        )


#: Every code of a field error this module and :mod:`counter_app.services.accounts` report;
#: a field error may also carry an identity code (:data:`counter_app.domain.identity.ISSUE_CODES`).
CUSTOMER_CODES: frozenset[str] = frozenset(
    {
        "customer.required",
        "customer.both",
        "customer.not_found",
        "customer.anonymised",
        "id_type.invalid",
        "id.duplicate",
        "uscc.duplicate",
        "id.name_mismatch",
        "uscc.name_mismatch",
        "emergency.incomplete",
        "field.not_applicable",
        "reason.empty",
        "reason.too_long",
        "utility_kind.invalid",
        "utility_kind.not_served",
        "tariff_class.unknown",
        "billing_mode.invalid",
        "meter.empty",
        "meter.chars",
        "meter.too_long",
        "meter.duplicate",
        "documents.unknown",
        "tariff_class.empty",
        "document.type_invalid",
        "document.number_invalid",
        "document.hash_invalid",
        "document.layout_invalid",
        "document.path_too_long",
    }
)


class RevealField(StrEnum):
    """Personal fields shown masked everywhere; revealing one is logged."""

    ID_NUMBER = "id_number"
    PHONE = "phone"
    EMERGENCY_CONTACT = "emergency_contact"


@dataclass(frozen=True)
class AccountArrears:
    account_id: int
    account_number: str
    amount: Decimal
    bills: int


@dataclass(frozen=True)
class ArrearsSummary:
    """What a customer owes (unpaid and partly paid bills, late fees not included)."""

    customer_id: int
    total: Decimal
    accounts: tuple[AccountArrears, ...]
    #: What to pass to ``AuthService.approve`` to open another account anyway.
    approval_action: ApprovalAction
    approval_subject: str

    @property
    def blocks_opening(self) -> bool:
        return self.total > 0


@dataclass(frozen=True)
class CustomerSummary:
    """A customer as the opening wizard and duplicate warnings show it (masked)."""

    customer_id: int
    kind: CustomerKind
    name: str
    id_label: str
    id_masked: str
    phone_masked: str
    address: str
    account_numbers: tuple[str, ...]
    arrears: Decimal


@dataclass(frozen=True)
class CustomerIdentity:
    """The identity block of the 360 view, masked."""

    customer_id: int
    kind: CustomerKind
    kind_label: str
    name: str
    id_type: str | None
    id_label: str
    id_masked: str  # an organisation's credit code is public and shown whole
    phone_masked: str
    address: str
    contact_person: str | None
    emergency_contact_masked: str | None
    created_at: datetime
    anonymised: bool


@dataclass(frozen=True)
class AccountOverview:
    account_id: int
    number: str
    utility_kind: UtilityKind
    supply_address: str
    meter_number: str | None
    tariff_class: str
    billing_mode: BillingMode
    status: AccountStatus
    balance: Decimal
    arrears: Decimal
    opened_on: date
    closed_on: date | None


@dataclass(frozen=True)
class BillLineRow:
    bill_id: int
    number: str
    account_number: str
    period: str
    usage: Decimal
    amount: Decimal
    paid_amount: Decimal
    outstanding: Decimal
    due_date: date
    status: BillStatus


@dataclass(frozen=True)
class PaymentRow:
    payment_id: int
    receipt_no: str
    account_number: str
    kind: PaymentKind
    status: PaymentStatus
    business_date: date
    created_at: datetime
    amount: Decimal
    late_fee: Decimal
    clerk_employee_no: str


@dataclass(frozen=True)
class ServiceRequestRow:
    request_id: int
    number: str
    type_code: str
    type_name: str
    status: RequestStatus
    account_number: str | None
    accepted_at: datetime
    deadline_at: datetime | None
    owner_employee_no: str
    documents_missing: tuple[str, ...]


@dataclass(frozen=True)
class ComplaintRow:
    complaint_id: int
    number: str
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    received_at: datetime
    account_number: str | None


@dataclass(frozen=True)
class PrintedDocumentRow:
    document_id: int
    doc_type: DocumentType
    doc_number: str
    printed_at: datetime
    reprint_no: int
    printed: bool
    layout: str
    user_employee_no: str
    account_number: str | None


@dataclass(frozen=True)
class ContactRow:
    contact_id: int
    at: datetime
    channel: str
    note: str
    user_employee_no: str
    account_number: str | None


@dataclass(frozen=True)
class ChangeRow:
    """One audit entry on the customer: what changed, who, when. Sensitive values masked."""

    entry_id: int
    at: datetime
    action: str  # create, update, reveal, anonymise ...
    user_employee_no: str | None
    user_name: str | None
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    reason: str | None


@dataclass(frozen=True)
class OwnershipInfo:
    """Who held an account from when to when (``valid_to`` None: holds it now), and the
    过户 that gave it to them (None for the opening)."""

    account_id: int
    account_number: str
    customer_id: int
    customer_name: str
    valid_from: date
    valid_to: date | None
    request_number: str | None


@dataclass(frozen=True)
class Customer360:
    identity: CustomerIdentity
    accounts: tuple[AccountOverview, ...]
    total_balance: Decimal
    total_arrears: Decimal
    bills: tuple[BillLineRow, ...]
    payments: tuple[PaymentRow, ...]
    open_requests: tuple[ServiceRequestRow, ...]
    complaints: tuple[ComplaintRow, ...]
    printed_documents: tuple[PrintedDocumentRow, ...]
    contacts: tuple[ContactRow, ...]
    changes: tuple[ChangeRow, ...]
    #: Who held each account the customer holds or held, and when (the 过户 history): an old
    #: owner still sees the accounts they handed on, and whom to.
    ownership: tuple[OwnershipInfo, ...] = ()
    #: The hall(s) keeping the customer's full record when the user's hall does not (e.g.
    #: ``"H01"``): the complaints, printed documents, contact notes and changes are then left
    #: out, and revealing or correcting is refused (docs/domain.md §1). Empty: served in full.
    kept_by: str = ""


@dataclass(frozen=True)
class CustomerChanges:
    """Corrections to a customer; ``None`` leaves a field as it is.

    For individuals: name, id_type, id_number, phone, address and the emergency contact (give
    both name and phone, or both as ``""`` to remove it). For organisations: name, credit_code,
    contact_person, phone, address.
    """

    name: str | None = None
    id_type: IdType | str | None = None
    id_number: str | None = None
    credit_code: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    address: str | None = None
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
