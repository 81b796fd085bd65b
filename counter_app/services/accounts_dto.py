"""What opening an account takes and gives: the new customer and supply as typed, the
choices the wizard offers, and the result with the document to print.

No database code here: the opening wizard builds the request and reads the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from counter_app.domain.documents import AccountOpeningConfirmation, MissingDocumentsNotice
from counter_app.domain.enums import AccountStatus, BillingMode, RequestStatus, SlaUnit, UtilityKind
from counter_app.domain.identity import IdType
from counter_app.services.customers_dto import CustomerSummary


@dataclass(frozen=True)
class NewIndividual:
    """A new individual customer as typed in the opening wizard."""

    name: str
    id_type: IdType | str
    id_number: str
    phone: str
    address: str
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""


@dataclass(frozen=True)
class NewOrganisation:
    """A new organisation customer as typed in the opening wizard."""

    name: str
    credit_code: str
    contact_person: str
    phone: str
    address: str


@dataclass(frozen=True)
class AccountOpeningRequest:
    """What the opening wizard collected. Give ``customer_id`` or ``new_customer``, not both.

    ``documents_received`` are names from the catalogue's 开户/报装 checklist (see
    :meth:`AccountService.opening_options`).
    """

    supply_address: str
    utility_kind: UtilityKind | str
    tariff_class: str
    billing_mode: BillingMode | str
    meter_number: str
    documents_received: Sequence[str] = ()
    customer_id: int | None = None
    new_customer: NewIndividual | NewOrganisation | None = None
    queue_ticket: str | None = None


@dataclass(frozen=True)
class OpeningOptions:
    """What the wizard offers for one utility kind."""

    utility_kinds: tuple[UtilityKind, ...]
    utility_kind: UtilityKind
    tariff_classes: tuple[str, ...]
    billing_modes: tuple[BillingMode, ...]
    service_name: str
    required_documents: tuple[str, ...]
    sla_amount: int
    sla_unit: SlaUnit


@dataclass(frozen=True)
class AccountOpeningResult:
    """Everything the wizard shows after an opening, and the document to print."""

    account_id: int
    account_number: str
    account_status: AccountStatus
    customer_id: int
    customer_name: str
    #: False when the ID number (or credit code) matched a customer who was reused.
    customer_created: bool
    #: Fields typed differently from the reused customer's record; the record was not changed
    #: (correct it with ``CustomerService.update_customer`` if the customer confirms).
    customer_differences: tuple[str, ...]
    request_id: int
    request_number: str
    request_status: RequestStatus
    #: None while documents are missing: the SLA clock starts when they are complete.
    deadline_at: datetime | None
    documents_required: tuple[str, ...]
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    arrears: Decimal
    arrears_override_approval_id: int | None
    #: Same phone and a similar name: possibly the same person under another ID.
    duplicate_warnings: tuple[CustomerSummary, ...]
    confirmation: AccountOpeningConfirmation | None
    missing_documents_notice: MissingDocumentsNotice | None

    @property
    def documents_complete(self) -> bool:
        return not self.documents_missing
