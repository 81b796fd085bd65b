"""What the shift report (班次报表, docs/domain.md §9) says: a frozen DTO the shift service fills
at close and printing renders on the 80 mm roll or an A4 sheet.

Money is Decimal yuan; the words (tenders, movement kinds) arrive already worded in Chinese,
as on every printed document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.documents import IssuedBy


@dataclass(frozen=True)
class CountLine:
    """One denomination of a cash count."""

    denomination: Decimal
    pieces: int

    @property
    def amount(self) -> Decimal:
        return (self.denomination * self.pieces).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MovementLine:
    """A cash in (存入) or cash out (交款 …) during the shift."""

    at: datetime
    kind: str  # worded: 存入 / 取出
    amount: Decimal  # positive for cash in, negative for cash out
    reason: str


@dataclass(frozen=True)
class TenderTotal:
    tender: str  # worded: 现金 / 银行卡 ...
    count: int
    amount: Decimal


@dataclass(frozen=True)
class ShiftReport:
    """班次报表: one clerk's shift at one counter, with its cash reconciliation.

    ``number`` is the report's number in the print register: ``<hall>-S<shift id>``.
    """

    issued: IssuedBy
    number: str
    business_date: date
    counter_number: int
    clerk_employee_no: str
    clerk_name: str
    opened_at: datetime
    closed_at: datetime | None
    opening_float: Decimal
    cash_received: Decimal
    change_given: Decimal
    cash_refunded: Decimal  # positive: cash paid back on refunds
    cash_voided: Decimal  # positive: cash handed back on voids
    cash_in: Decimal
    cash_out: Decimal
    expected_cash: Decimal
    counted_cash: Decimal | None
    variance: Decimal | None  # counted - expected: > 0 长款, < 0 短款
    variance_reason: str | None
    variance_approved_by: str | None  # the manager's 工号 and name
    transactions: int
    tenders: tuple[TenderTotal, ...]
    first_receipt_no: str | None
    last_receipt_no: str | None
    voids: int
    voids_amount: Decimal
    reprints: int
    opening_count: tuple[CountLine, ...] = field(default_factory=tuple)
    closing_count: tuple[CountLine, ...] = field(default_factory=tuple)
    movements: tuple[MovementLine, ...] = field(default_factory=tuple)
    handover_note: str | None = None
    open_items: tuple[str, ...] = field(default_factory=tuple)  # worded, one line each
    reprint_no: int = 0
