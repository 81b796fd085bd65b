"""What the service-request services take and give (docs/domain.md §6), and why they refuse.

No database code here: the Requests area, the 360 view and the catalogue page import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from counter_app.domain.documents import MissingDocumentsNotice
from counter_app.domain.enums import (
    AccountStatus,
    ApprovalAction,
    RequestEffect,
    RequestStatus,
    Satisfaction,
    SlaUnit,
    UtilityKind,
)
from counter_app.domain.errors import CodedError, Conflict, InvalidInput, NotFound
from counter_app.domain.request_documents import (
    LedgerRow,
    RequestStatusSlip,
    SettlementSlip,
    WorkOrder,
)
from counter_app.domain.requests import Step, StepRefused
from counter_app.services.accounts_dto import NewIndividual, NewOrganisation
from counter_app.services.customers_dto import OwnershipInfo
from counter_app.services.payments.dto import PaymentResult, TenderLine

__all__ = [
    "ADDRESS_MAX_LENGTH",
    "CODE_MAX_LENGTH",
    "DEFAULT_TEAMS",
    "DESCRIPTION_MAX_LENGTH",
    "DOCUMENT_NAME_MAX_LENGTH",
    "NAME_MAX_LENGTH",
    "NOTE_MAX_LENGTH",
    "QUEUE_TICKET_MAX_LENGTH",
    "REASON_MAX_LENGTH",
    "SERVICE_REQUEST",
    "SLA_MAX_DAYS",
    "SLA_MAX_HOURS",
    "TEAM_MAX_LENGTH",
    "CatalogueRefused",
    "FeeResult",
    "IntakeContext",
    "IntakePreview",
    "IntakeRequest",
    "IntakeResult",
    "LedgerExport",
    "LedgerRow",
    "MissingDocumentsNotice",
    "NewIndividual",
    "NewOrganisation",
    "OwnershipInfo",
    "RelocateDetails",
    "RenameDetails",
    "RequestDetail",
    "RequestEventInfo",
    "RequestInputError",
    "RequestList",
    "RequestNotFound",
    "RequestRefused",
    "RequestStatusSlip",
    "RequestSummary",
    "ServiceTypeInfo",
    "ServiceTypeInput",
    "ServiceTypeNotFound",
    "SettlementSlip",
    "Step",
    "StepRefused",
    "StepResult",
    "TenderLine",
    "TransferDetails",
    "WorkOrder",
    "request_subject",
]

#: The manager's approval of a request that needs one (``AuthService.approve(action=...)``).
SERVICE_REQUEST = ApprovalAction.SERVICE_REQUEST

DESCRIPTION_MAX_LENGTH = 1000
ADDRESS_MAX_LENGTH = 200
TEAM_MAX_LENGTH = 50
NOTE_MAX_LENGTH = 500
REASON_MAX_LENGTH = 200
QUEUE_TICKET_MAX_LENGTH = 20
CODE_MAX_LENGTH = 20
NAME_MAX_LENGTH = 50
DOCUMENT_NAME_MAX_LENGTH = 50
SLA_MAX_DAYS = 60
SLA_MAX_HOURS = 720


def request_subject(number: str) -> str:
    """Approval subject of a request: ``request:<number>``."""
    return f"request:{number}"


# ----------------------------------------------------------------------------- errors


class RequestNotFound(NotFound):
    """No such request (``params``: ``number`` or ``request_id``)."""

    code = "request.not_found"


class ServiceTypeNotFound(NotFound):
    """No such service type (``params``: ``type_id`` or ``code``)."""

    code = "service_type.not_found"


class RequestRefused(CodedError, Conflict):
    """A request step refused for a business reason; nothing was saved.

    Codes (``params``):
        ``request.type_inactive``: the administrator deactivated the type (``type_name``).
        ``request.type_not_served``: the type is of another utility kind than the account
            (``type_name``, ``utility_kind``).
        ``request.account_required``: the type works on an account and none was given.
        ``request.account_closed``: the account is closed (``account_number``).
        ``request.account_suspended``: suspending an account already suspended
            (``account_number``).
        ``request.account_not_suspended``: resuming an account that is not suspended
            (``account_number``, ``status``).
        ``request.arrears``: 过户 or 销户 while bills are unpaid (``account_number``,
            ``amount``: principal outstanding, Decimal yuan).
        ``request.balance_not_zero``: 销户 with credit on the account; refund it first
            through the payment service's refund (``account_number``, ``balance``).
        ``request.same_owner``: 过户 to the customer who holds the account already.
        ``request.fee_unpaid``: dispatch while the type's fee is not paid (``fee``).
        ``request.fee_not_due``: paying a fee the request does not have or has paid
            (``fee``, ``receipt_no``).
        ``request.approval_own``: the manager approving accepted the request themselves.
        ``request.changed``: another counter changed the request since it was shown
            (``status``: what it is now); show it again.
        ``request.open_exists``: the account has an open request of the same type
            (``number``).
    """


class RequestInputError(CodedError, InvalidInput):
    """Input refused outside a form (``field`` names it).

    Codes: ``request.period_invalid`` (``start``, ``end``), ``request.period_too_long``
    (``max_days``).
    """


class CatalogueRefused(CodedError, InvalidInput):
    """A catalogue edit refused; nothing was saved. ``field`` names the input.

    Codes: ``catalogue.code_invalid`` (``max``), ``catalogue.code_exists`` (``code``),
    ``catalogue.name_empty``, ``catalogue.name_too_long`` (``max``),
    ``catalogue.document_invalid`` (``name``, ``max``), ``catalogue.sla_invalid``
    (``minimum``, ``maximum``), ``catalogue.fee_invalid``, ``catalogue.kind_changed``,
    ``catalogue.code_changed``, ``catalogue.utility_kind_invalid`` (``value``).
    """


# ----------------------------------------------------------------------------- catalogue


@dataclass(frozen=True)
class ServiceTypeInfo:
    """One type of the catalogue (业务目录).

    ``effect``: what completing it does to the account; ``needs_description``: intake
    refuses an empty description (repairs). ``fields``: the type's own intake fields, by
    name: ``new_owner`` (过户), ``new_name`` (更名), ``new_address`` (迁移), ``description``.
    """

    id: int
    utility_kind: UtilityKind
    code: str
    name: str
    required_documents: tuple[str, ...]
    needs_approval: bool
    needs_site_work: bool
    fee: Decimal
    sla_amount: int
    sla_unit: SlaUnit
    emergency: bool
    active: bool
    effect: RequestEffect
    needs_description: bool
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ServiceTypeInput:
    """A new type, or the new values of an existing one (its kind and code stay as they are).

    ``fee`` is Decimal yuan (or the typed text, checked as an amount); an edit applies to
    requests accepted afterwards only, since each request keeps a copy of its type's name,
    documents, approval flag, fee and SLA.
    """

    utility_kind: UtilityKind | str
    code: str
    name: str
    required_documents: Sequence[str]
    needs_approval: bool
    needs_site_work: bool
    fee: Decimal | str
    sla_amount: int
    sla_unit: SlaUnit | str
    emergency: bool = False
    effect: RequestEffect | str = RequestEffect.NONE
    needs_description: bool = False


# ----------------------------------------------------------------------------- intake

#: Teams offered for dispatch until a hall keeps its own list (free text is accepted too).
DEFAULT_TEAMS = ("抢修班", "安装一班", "安装二班", "表务班", "营业厅业务组")


@dataclass(frozen=True)
class IntakeContext:
    """What the intake form starts from when opened on an account (the 360 view).

    ``arrears``: outstanding principal of the account's open bills (过户 and 销户 need it
    cleared); ``balance``: its credit; ``types``: the active types of its utility kind.
    """

    account_id: int
    account_number: str
    customer_id: int
    customer_name: str
    supply_address: str
    utility_kind: UtilityKind
    account_status: AccountStatus
    arrears: Decimal
    balance: Decimal
    types: tuple[ServiceTypeInfo, ...]


@dataclass(frozen=True)
class TransferDetails:
    """过户: the new owner, an existing customer (``new_customer_id``) or a new one."""

    new_customer_id: int | None = None
    new_customer: NewIndividual | NewOrganisation | None = None


@dataclass(frozen=True)
class RenameDetails:
    """更名: the holder's new name."""

    new_name: str


@dataclass(frozen=True)
class RelocateDetails:
    """迁移/移表: the new supply address."""

    new_address: str


Details = TransferDetails | RenameDetails | RelocateDetails


@dataclass(frozen=True)
class IntakeRequest:
    """What the intake form collected.

    Attributes:
        service_type_id: The catalogue type.
        account_id: The account (filled in from the 360 view); required except for an
            emergency reported without one.
        description: What the customer asks for / reports; required for types with
            ``needs_description``.
        address: Where the work is; the account's supply address when empty.
        documents_received: Names from the type's checklist that were handed in.
        details: The type's own data (:class:`TransferDetails`, :class:`RenameDetails`,
            :class:`RelocateDetails`).
        queue_ticket: The 叫号 ticket, typed or scanned.
        customer_id: The customer, when there is no account.
        team: An emergency is dispatched at once: the team sent (optional).
    """

    service_type_id: int
    account_id: int | None
    description: str = ""
    address: str = ""
    documents_received: Sequence[str] = ()
    details: Details | None = None
    queue_ticket: str | None = None
    customer_id: int | None = None
    team: str | None = None


@dataclass(frozen=True)
class IntakePreview:
    """What the clerk sees before confirming: the status the request would get, its deadline
    if accepted now (None while documents are missing), what is missing, the fee.
    ``unknown_years``: years the holiday library does not know (the deadline counted
    Monday–Friday plus overrides; warn)."""

    service_type: ServiceTypeInfo
    status: RequestStatus
    deadline_at: datetime | None
    documents_missing: tuple[str, ...]
    fee: Decimal
    unknown_years: tuple[int, ...] = ()


# ----------------------------------------------------------------------------- requests


class RequestList(StrEnum):
    """The lists of the Requests area; emergencies come first in every one."""

    MINE = "mine"  # open requests I own
    DUE_TODAY = "due_today"  # open, due on today's hall date
    OVERDUE = "overdue"  # open, past the deadline (shown in red)
    AWAITING_CALLBACK = "awaiting_callback"  # completed, the callback is due
    OPEN = "open"  # every open request of the hall
    ALL = "all"  # every request of the hall (use ``status`` to pick one status)


@dataclass(frozen=True)
class RequestSummary:
    """One row of a request list."""

    id: int
    number: str
    type_code: str
    type_name: str
    status: RequestStatus
    emergency: bool
    account_id: int | None
    account_number: str
    customer_name: str
    address: str
    owner_id: int
    owner_employee_no: str
    owner_name: str
    accepted_at: datetime
    deadline_at: datetime | None
    overdue: bool
    due_today: bool
    fee: Decimal
    fee_paid: bool
    queue_ticket: str | None
    next_step: Step | None


@dataclass(frozen=True)
class RequestEventInfo:
    """One line of the timeline: a change of status with who, when and the note."""

    at: datetime
    from_status: RequestStatus | None
    to_status: RequestStatus
    user_employee_no: str
    user_name: str
    note: str


@dataclass(frozen=True)
class RequestDetail:
    """A request with its timeline, what may be done next, and its type's data.

    ``version`` goes back with every step (``version=``): a step on a request another
    counter has changed since is refused with ``request.changed``. ``allowed_steps`` are the
    steps the signed-in user may take now; ``fee_receipt_no`` is the 业务费 receipt once
    paid. ``details`` holds the type's data as worded values: ``new_owner_name``,
    ``new_name``, ``new_address``, ``old_owner_name``, ``old_name``, ``old_address``.
    """

    summary: RequestSummary
    utility_kind: UtilityKind
    effect: RequestEffect
    needs_approval: bool
    needs_site_work: bool
    description: str
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    team: str | None
    completed_at: datetime | None
    closed_at: datetime | None
    rejection_reason: str | None
    satisfaction: Satisfaction | None
    callback_at: datetime | None
    approved_by_name: str | None
    approved_at: datetime | None
    fee_receipt_no: str | None
    details: dict[str, str]
    events: tuple[RequestEventInfo, ...]
    allowed_steps: tuple[Step, ...]
    version: int
    customer_id: int | None = None
    approval_subject: str = ""  # for AuthService.approve when the dispatch needs approval
    #: Who held the request's account when, oldest first: a 过户 leaves the old owner's
    #: bills and payments on the account, and this says whose they were.
    account_holders: tuple[OwnershipInfo, ...] = ()


@dataclass(frozen=True)
class IntakeResult:
    """A request just accepted, with what to print: the 一次性告知单 when documents are
    missing (``missing_documents_notice``), and the work order when it was dispatched at
    once (emergencies with a team). ``unknown_years`` as in :class:`IntakePreview`."""

    request: RequestDetail
    missing_documents_notice: MissingDocumentsNotice | None = None
    work_order: WorkOrder | None = None
    unknown_years: tuple[int, ...] = ()


@dataclass(frozen=True)
class StepResult:
    """A request after a step, with what the step prints: the work order after dispatch,
    the 一次性告知单 when documents are still missing, the 结算单 after a 销户."""

    request: RequestDetail
    work_order: WorkOrder | None = None
    missing_documents_notice: MissingDocumentsNotice | None = None
    settlement_slip: SettlementSlip | None = None
    unknown_years: tuple[int, ...] = ()


@dataclass(frozen=True)
class FeeResult:
    """The 业务费 paid for a request: the payment with its receipt (print it through
    ``services.receipt_prints`` like any receipt) and the request, which now records it."""

    payment: PaymentResult
    request: RequestDetail


# ----------------------------------------------------------------------------- ledger


@dataclass(frozen=True)
class LedgerExport:
    """A ledger written to ``path``: its rows, and the period and hall it covers."""

    path: str
    start: date
    end: date
    hall_code: str | None
    rows: tuple[LedgerRow, ...] = field(default_factory=tuple)
