"""A customer's rights over their personal data (docs/domain.md §11): what a copy of their data
holds, what keeps their data from being erased, and the machine-readable form of the copy.

The copy (个人信息副本) is the one document that carries a customer's identity number and phone
in full: it is made for the customer, at their request, and handed to them. It is printed from
:class:`PersonalDataExport` (``counter_app.printing.personal_data_export``) and written as JSON
by :func:`export_json`, both from the same DTO, so the two files say the same.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from counter_app.domain.documents import IssuedBy
from counter_app.domain.enums import CustomerKind
from counter_app.domain.errors import CodedError, Conflict

#: What an erased customer is called from then on: this and their customer number.
ANONYMOUS_NAME = "已注销客户"
#: Version of the JSON layout; a reader checks it before reading the rest.
EXPORT_FORMAT = "counter.personal_data/1"
#: The personal fields of a customer record, in the order a copy lists them (the vault,
#: ``services.personal_data``, reveals the same).
PERSONAL_FIELDS = (
    "name",
    "id_type",
    "id_number",
    "credit_code",
    "phone",
    "address",
    "contact_person",
    "emergency_contact",
)


def anonymous_name(customer_id: int) -> str:
    """The name an erased customer's record keeps: ``已注销客户`` and the customer number."""
    return f"{ANONYMOUS_NAME}{customer_id:06d}"


class RightsError(CodedError, Conflict):
    """A customer-rights request that cannot be carried out. Codes and parameters:

    * ``rights.anonymised``: the customer's data was erased already (``customer_id``).
    * ``rights.organisation``: an organisation's record is not personal data; its contact
      person and phone are corrected, not erased (``customer_id``).
    * ``rights.accounts_open``: the customer still holds accounts that are not closed
      (``accounts``: their numbers, joined by ``、``; ``count``).
    * ``rights.arrears``: bills of theirs are still unpaid (``amount``).
    * ``rights.credit``: credit is still held for them on their accounts (``amount``).
    * ``rights.requests_open``: service requests of theirs are still open (``numbers``,
      ``count``).
    * ``rights.complaints_open``: complaints of theirs are still open (``numbers``, ``count``).
    * ``rights.reason_names_customer``: the reason typed holds the customer's name, identity
      number or phone, which the audit trail keeps for good (``field``).
    """


# ----------------------------------------------------------------------------- the copy


@dataclass(frozen=True)
class ExportAccount:
    """One account the customer holds now or held before (ownership history)."""

    number: str
    utility_kind: str
    supply_address: str
    meter_number: str | None
    tariff_class: str
    billing_mode: str
    status: str
    opened_on: date
    closed_on: date | None
    balance: Decimal
    arrears: Decimal
    held_now: bool


@dataclass(frozen=True)
class ExportOwnership:
    """A period in which the customer held an account (过户 ends one and starts the next)."""

    account_number: str
    valid_from: date
    valid_to: date | None
    service_request: str | None


@dataclass(frozen=True)
class ExportChange:
    """One entry of the history of the customer's record: created, corrected, looked at."""

    at: datetime
    action: str
    user_employee_no: str | None
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    reason: str | None


@dataclass(frozen=True)
class ExportRequest:
    """A service request the customer is named in."""

    number: str
    type_name: str
    status: str
    accepted_at: datetime
    account_number: str | None
    address: str
    description: str


@dataclass(frozen=True)
class ExportComplaint:
    """A complaint made by the customer or about one of their accounts."""

    number: str
    category: str
    status: str
    received_at: datetime
    account_number: str | None
    complainant_name: str
    contact_phone: str
    content: str


@dataclass(frozen=True)
class ExportContact:
    """A note of a contact with the customer (a call, a visit)."""

    at: datetime
    channel: str
    note: str
    account_number: str | None


@dataclass(frozen=True)
class PersonalDataExport:
    """个人信息副本: everything the company holds about one customer, in full.

    ``personal`` maps each of :data:`PERSONAL_FIELDS`, and ``kind``, to its value (``None``
    when empty);
    ``number`` is the copy's number in the print register.
    """

    issued: IssuedBy
    number: str
    customer_id: int
    kind: CustomerKind
    created_at: datetime
    reason: str
    personal: Mapping[str, str | None]
    accounts: tuple[ExportAccount, ...] = ()
    ownerships: tuple[ExportOwnership, ...] = ()
    changes: tuple[ExportChange, ...] = ()
    requests: tuple[ExportRequest, ...] = ()
    complaints: tuple[ExportComplaint, ...] = ()
    contacts: tuple[ExportContact, ...] = ()
    reveals: int = 0
    #: Documents printed for the customer's accounts: type and number (not their content).
    printed: tuple[tuple[str, str], ...] = field(default=())


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _rows(items: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [
        {name: _plain(getattr(item, name)) for name in item.__dataclass_fields__} for item in items
    ]


def export_json(export: PersonalDataExport) -> bytes:
    """The copy as UTF-8 JSON: English keys, stored values (codes, ISO dates, yuan as text)."""
    issued = export.issued
    document = {
        "format": EXPORT_FORMAT,
        "number": export.number,
        "issued": {
            "company": issued.hall.company,
            "hall": issued.hall.code,
            "hall_name": issued.hall.name,
            "counter": issued.counter_number,
            "by": issued.clerk_employee_no,
            "at": issued.printed_at.isoformat(),
        },
        "reason": export.reason,
        "customer": {
            "customer_id": export.customer_id,
            "created_at": export.created_at.isoformat(),
            "kind": export.kind.value,
            **{key: _plain(export.personal.get(key)) for key in PERSONAL_FIELDS},
        },
        "accounts": _rows(export.accounts),
        "ownership_history": _rows(export.ownerships),
        "change_history": _rows(export.changes),
        "service_requests": _rows(export.requests),
        "complaints": _rows(export.complaints),
        "contacts": _rows(export.contacts),
        "full_value_views": export.reveals,
        "printed_documents": [{"type": t, "number": n} for t, n in export.printed],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
