"""What printed documents say: frozen DTOs that services fill and printing renders.

Personal data arrives here already masked (docs/domain.md §11): printing never sees a full ID
number or phone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class HallHeader:
    """The hall a document comes from, and ``company``: the utility company it serves for
    (收款单位 on a receipt); empty when the deployment has not named it."""

    code: str
    name: str
    address: str
    hotline: str
    company: str = ""


@dataclass(frozen=True)
class IssuedBy:
    """Who printed it, where and when."""

    hall: HallHeader
    counter_number: int | None
    clerk_employee_no: str
    clerk_name: str
    printed_at: datetime


@dataclass(frozen=True)
class AccountOpeningConfirmation:
    """开户确认单 (A4), signed by the customer."""

    issued: IssuedBy
    account_number: str
    customer_name: str
    customer_kind: str  # 个人 / 单位, already worded
    id_label: str  # 居民身份证 / 统一社会信用代码 ...
    id_masked: str
    phone_masked: str
    supply_address: str
    utility_kind: str  # 燃气 / 电力 / 自来水
    tariff_class: str
    billing_mode: str  # 后付费 / 预付费(IC卡)
    meter_number: str
    opened_on: date
    request_number: str  # the connection/ignition request created with the account
    request_type: str
    request_deadline: date | None
    documents_received: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class MissingDocumentsNotice:
    """一次性告知单: every missing document listed at once."""

    issued: IssuedBy
    notice_number: str  # the service request number saved as 资料不全
    customer_name: str
    phone_masked: str
    business: str  # e.g. 开户/报装
    address: str
    documents_required: tuple[str, ...]
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    #: The request's named owner (首问负责), when the notice belongs to a service request.
    owner_employee_no: str = ""
    owner_name: str = ""
