"""What a receipt and a void slip say (docs/domain.md §5): frozen DTOs that the payment service
fills and printing renders on an 80 mm thermal roll or an A5 sheet.

Personal data arrives masked; money is Decimal yuan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.documents import IssuedBy


@dataclass(frozen=True)
class ReceiptTierLine:
    tier: int
    volume: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class ReceiptBillLine:
    """One settled bill: its period, readings, usage and tier breakdown."""

    period: str  # YYYY-MM
    previous_reading: Decimal
    previous_read_on: date
    current_reading: Decimal
    current_read_on: date
    usage: Decimal
    unit: str  # m³ / kWh / t
    tiers: tuple[ReceiptTierLine, ...]
    bill_amount: Decimal
    paid_now: Decimal  # principal settled by this payment
    late_fee: Decimal  # late fee charged on this bill by this payment
    late_fee_days: int


@dataclass(frozen=True)
class ReceiptTender:
    tender: str  # worded: 现金 / 银行卡 / 微信支付 / 支付宝 / 转账/支票
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class Receipt:
    """A payment receipt (缴费收据), customer copy (客户联)."""

    issued: IssuedBy
    receipt_no: str  # H01-2026-00001234
    paid_at: datetime
    business_date: date
    account_number: str
    account_name: str  # 户名
    address: str
    utility_kind: str  # 燃气 / 电力 / 自来水
    kind: str  # 缴费 / 购气 / 购电 ...
    bills: tuple[ReceiptBillLine, ...]
    late_fee_total: Decimal
    late_fee_waived: Decimal
    total: Decimal
    total_in_capitals: str  # 大写
    tenders: tuple[ReceiptTender, ...]
    cash_received: Decimal
    change: Decimal
    balance_before: Decimal
    balance_after: Decimal
    qr_payload: str  # scanned by an auditor to verify the receipt
    prepaid_volume: Decimal | None = None  # 购气量 for prepaid purchases
    copy_label: str = "客户联"
    reprint_no: int = 0  # 0 = original; n = n-th 补打
    original_printed_at: datetime | None = None  # shown on reprints
    voided: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class VoidSlipBill:
    """A bill the void gave back its debt: principal and late fee reversed."""

    period: str
    principal: Decimal
    late_fee: Decimal


@dataclass(frozen=True)
class VoidSlip:
    """冲正/作废凭证: printed when a same-day payment is voided; the money goes back.

    ``tenders`` is what is handed back, by tender; ``balance_before``/``balance_after`` are
    the account's credit before and after the void.
    """

    issued: IssuedBy
    receipt_no: str
    kind: str
    original_paid_at: datetime
    voided_at: datetime
    business_date: date
    account_number: str
    account_name: str
    address: str
    amount: Decimal
    amount_in_capitals: str
    late_fee: Decimal
    tenders: tuple[ReceiptTender, ...]
    bills: tuple[VoidSlipBill, ...]
    prepaid_volume: Decimal | None
    balance_before: Decimal
    balance_after: Decimal
    reason: str
    requested_by: str  # 工号
    approved_by: str  # 工号 of the manager
    copy_label: str = "客户联"
    notes: tuple[str, ...] = field(default_factory=tuple)
