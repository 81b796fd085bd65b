"""The whole domain as typed SQLAlchemy models (docs/domain.md §1–§12).

Money columns are integer fen behind :class:`Money`; times are aware UTC behind
:class:`UtcDateTime`; business dates are plain dates in the hall's local time.
Nothing financial is ever deleted: voids, refunds and anonymisation add rows or blank fields.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counter_app.db.base import Base, Money
from counter_app.domain import enums as E

# Volumes (m³, kWh, t) and meter readings: three decimals; unit prices: four.
Volume = Numeric(14, 3)
UnitPrice = Numeric(10, 4)


def _enum(cls: type[Any], name: str | None = None) -> Enum:
    """Enum stored as a plain string with a CHECK constraint: portable and readable in SQL.

    ``name`` names the constraint; give one when a table has two columns of the same enum.
    """
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        name=name or cls.__name__.lower(),
    )


# ----------------------------------------------------------------------------- organisation


class Hall(Base):
    """营业厅."""

    __tablename__ = "halls"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)  # e.g. H01, prefix of receipt numbers
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200))
    hotline: Mapped[str] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    counters: Mapped[list[Counter]] = relationship(back_populates="hall", order_by="Counter.number")


class Counter(Base):
    """窗口: a numbered counter in a hall."""

    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("hall_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    hall: Mapped[Hall] = relationship(back_populates="counters")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(20), unique=True)  # 工号
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[E.Role] = mapped_column(_enum(E.Role))
    # Clerks, managers and auditors belong to a hall; administrators may serve the company.
    hall_id: Mapped[int | None] = mapped_column(ForeignKey("halls.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
    # Administration: a password someone else set (a new user's, a reset one) is changed by
    # its user at the next sign-in, before the main window opens (docs/domain.md §1).
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )


class Setting(Base):
    """Deployment settings (tariff tiers, limits, SLA defaults ...) as JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CalendarOverride(Base):
    """An administrator's correction of the working-day calendar."""

    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


# ----------------------------------------------------------------------------- customers


class Customer(Base):
    """客户: an individual or an organisation."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[E.CustomerKind] = mapped_column(_enum(E.CustomerKind))
    name: Mapped[str] = mapped_column(String(100), index=True)
    id_type: Mapped[str | None] = mapped_column(String(24))
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)  # 统一社会信用代码
    address: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str | None] = mapped_column(String(50))
    # The ID number, mobile and emergency contact are sealed with the customer's own key
    # (services/personal_data.py, docs/domain.md §11): AES-GCM, nonce and ciphertext.
    id_number_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    emergency_contact_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Blind indexes (HMAC-SHA256 under the data key) for exact search without the values.
    id_number_bidx: Mapped[bytes | None] = mapped_column(LargeBinary(32), unique=True, index=True)
    phone_bidx: Mapped[bytes | None] = mapped_column(LargeBinary(32), index=True)
    phone_last4_bidx: Mapped[bytes | None] = mapped_column(LargeBinary(32), index=True)
    # The clear columns of before migration 0011, emptied by it and kept only because SQLite
    # cannot drop a column under a UNIQUE constraint without rebuilding the table: always
    # NULL, and the database refuses anything else (triggers on SQLite, a CHECK on PostgreSQL).
    legacy_id_number: Mapped[str | None] = mapped_column("id_number", String(32), unique=True)
    legacy_phone: Mapped[str | None] = mapped_column("phone", String(20))
    legacy_emergency_contact: Mapped[str | None] = mapped_column("emergency_contact", String(100))
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Deletion on request anonymises personal fields and keeps the financial records.
    anonymised_at: Mapped[datetime | None]

    accounts: Mapped[list[Account]] = relationship(back_populates="customer")


class CustomerKey(Base):
    """A customer's own key for their sealed fields, wrapped with the hall's data key.

    Deleting the row is crypto-shredding: every value sealed with the key, in the record, the
    audit trail or a backup, can never be read again (docs/domain.md §11).
    """

    __tablename__ = "customer_keys"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    # The id of the data key that wrapped it (never the key): another key is refused at start.
    key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class Account(Base):
    """户号: one supply point of one utility kind, owned by one customer at a time."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # never reused
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    utility_kind: Mapped[E.UtilityKind] = mapped_column(_enum(E.UtilityKind))
    supply_address: Mapped[str] = mapped_column(String(200))
    meter_number: Mapped[str | None] = mapped_column(String(30), unique=True)
    tariff_class: Mapped[str] = mapped_column(String(20))
    billing_mode: Mapped[E.BillingMode] = mapped_column(_enum(E.BillingMode))
    status: Mapped[E.AccountStatus] = mapped_column(_enum(E.AccountStatus))
    # Credit held on the account (prepaid purchases, overpayment); arrears live on bills.
    balance: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    # Optimistic concurrency: two counters paying the same account cannot both win silently.
    version: Mapped[int] = mapped_column(Integer, default=1)

    customer: Mapped[Customer] = relationship(back_populates="accounts")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AccountOwnership(Base):
    """Who owned an account when; 过户 ends one row and starts another."""

    __tablename__ = "account_ownerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    service_request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"))


class ContactLog(Base):
    """Contact history shown in the customer 360 view."""

    __tablename__ = "contact_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    channel: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text)


# ----------------------------------------------------------------------------- tariffs and bills


class Tariff(Base):
    """Price schedule of one tariff class from a date on."""

    __tablename__ = "tariffs"
    __table_args__ = (UniqueConstraint("utility_kind", "tariff_class", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    utility_kind: Mapped[E.UtilityKind] = mapped_column(_enum(E.UtilityKind))
    tariff_class: Mapped[str] = mapped_column(String(20))  # 居民, 非居民, 一般工商业 ...
    residential: Mapped[bool] = mapped_column(Boolean)  # decides the late-fee rate
    effective_from: Mapped[date] = mapped_column(Date)
    unit: Mapped[str] = mapped_column(String(8))  # m³, kWh, t

    tiers: Mapped[list[TariffTier]] = relationship(
        back_populates="tariff", order_by="TariffTier.tier_no", cascade="all, delete-orphan"
    )


class TariffTier(Base):
    """阶梯: price up to a cumulative annual volume; the last tier has no upper bound."""

    __tablename__ = "tariff_tiers"
    __table_args__ = (UniqueConstraint("tariff_id", "tier_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariffs.id"))
    tier_no: Mapped[int] = mapped_column(Integer)
    upper_volume: Mapped[Decimal | None] = mapped_column(Volume)
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice)

    tariff: Mapped[Tariff] = relationship(back_populates="tiers")


class MeterReading(Base):
    __tablename__ = "meter_readings"
    __table_args__ = (Index("ix_meter_readings_account_date", "account_id", "read_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    read_on: Mapped[date] = mapped_column(Date)
    reading: Mapped[Decimal] = mapped_column(Volume)
    source: Mapped[str] = mapped_column(String(20))  # counter, import, meter-reader
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[datetime]


class Bill(Base):
    """账单 for one period of one account."""

    __tablename__ = "bills"
    __table_args__ = (
        UniqueConstraint("account_id", "period"),
        Index("ix_bills_account_status", "account_id", "status"),
        CheckConstraint("paid_amount >= 0 AND paid_amount <= amount", name="paid_within_amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # printed as a barcode
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    previous_reading: Mapped[Decimal] = mapped_column(Volume)
    previous_read_on: Mapped[date] = mapped_column(Date)
    current_reading: Mapped[Decimal] = mapped_column(Volume)
    current_read_on: Mapped[date] = mapped_column(Date)
    usage: Mapped[Decimal] = mapped_column(Volume)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[E.BillStatus] = mapped_column(_enum(E.BillStatus))
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariffs.id"))
    created_at: Mapped[datetime]

    lines: Mapped[list[BillLine]] = relationship(
        back_populates="bill", order_by="BillLine.tier_no", cascade="all, delete-orphan"
    )


class BillLine(Base):
    """One tier's share of a bill."""

    __tablename__ = "bill_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    tier_no: Mapped[int] = mapped_column(Integer)
    volume: Mapped[Decimal] = mapped_column(Volume)
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice)
    amount: Mapped[Decimal] = mapped_column(Money)

    bill: Mapped[Bill] = relationship(back_populates="lines")


# ----------------------------------------------------------------------------- shifts and days


class BusinessDay(Base):
    """日结 state of one hall's business date."""

    __tablename__ = "business_days"
    __table_args__ = (UniqueConstraint("hall_id", "business_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[E.BusinessDayStatus] = mapped_column(_enum(E.BusinessDayStatus))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    totals: Mapped[Any | None] = mapped_column(JSON)  # figures fixed at day close


class Shift(Base):
    """班次: one clerk at one counter on one business date."""

    __tablename__ = "shifts"
    __table_args__ = (
        Index("ix_shifts_clerk_status", "clerk_id", "status"),
        # Day close and the daily report read a hall's shifts of one date; the handover
        # looks up the last shift closed at a counter.
        Index("ix_shifts_hall_date", "hall_id", "business_date"),
        Index("ix_shifts_counter_status", "counter_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[E.ShiftStatus] = mapped_column(_enum(E.ShiftStatus))
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    opening_float: Mapped[Decimal] = mapped_column(Money)  # 备用金
    expected_cash: Mapped[Decimal | None] = mapped_column(Money)
    counted_cash: Mapped[Decimal | None] = mapped_column(Money)
    variance: Mapped[Decimal | None] = mapped_column(Money)
    variance_reason: Mapped[str | None] = mapped_column(Text)
    variance_approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    first_receipt_no: Mapped[str | None] = mapped_column(String(24))
    last_receipt_no: Mapped[str | None] = mapped_column(String(24))
    handover_note: Mapped[str | None] = mapped_column(Text)  # 交接班
    handover_acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    handover_acknowledged_at: Mapped[datetime | None]
    # The open items the closing clerk left (reprint queue, requests), as they stood at close.
    handover_items: Mapped[Any | None] = mapped_column(JSON)


class CashCount(Base):
    """Cash counted by denomination when a shift opens or closes."""

    __tablename__ = "cash_counts"
    __table_args__ = (UniqueConstraint("shift_id", "phase", "denomination"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"))
    phase: Mapped[str] = mapped_column(String(8))  # open / close
    denomination: Mapped[Decimal] = mapped_column(Money)
    pieces: Mapped[int] = mapped_column(Integer)


class CashMovement(Base):
    """Cash in or out during a shift (e.g. hand-in to the safe); a reason is required."""

    __tablename__ = "cash_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[E.CashMovementKind] = mapped_column(_enum(E.CashMovementKind))
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]


# ----------------------------------------------------------------------------- payments


class ReceiptSequence(Base):
    """Last receipt number issued per hall per year; locked row by row to stay gap-free."""

    __tablename__ = "receipt_sequences"

    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class NumberSequence(Base):
    """Last number handed out in one series, e.g. account numbers of a hall.

    The row is locked while a number is taken, so several counters never get the same one.
    """

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Payment(Base):
    """One counter transaction with money: payment, prepaid purchase, fee or refund."""

    __tablename__ = "payments"
    __table_args__ = (
        UniqueConstraint("hall_id", "receipt_year", "receipt_seq"),
        Index("ix_payments_shift", "shift_id"),
        Index("ix_payments_account", "account_id", "created_at"),
        Index("ix_payments_hall_date", "hall_id", "business_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(24), unique=True)  # H01-2026-00001234
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    receipt_year: Mapped[int] = mapped_column(Integer)
    receipt_seq: Mapped[int] = mapped_column(Integer)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[E.PaymentKind] = mapped_column(_enum(E.PaymentKind))
    status: Mapped[E.PaymentStatus] = mapped_column(_enum(E.PaymentStatus))
    business_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime]
    amount: Mapped[Decimal] = mapped_column(Money)  # total taken (bills + late fees + credit)
    late_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    late_fee_waived: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    waiver_reason: Mapped[str | None] = mapped_column(String(200))
    waiver_approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cash_received: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    change_given: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    balance_before: Mapped[Decimal] = mapped_column(Money)
    balance_after: Mapped[Decimal] = mapped_column(Money)
    volume: Mapped[Decimal | None] = mapped_column(Volume)  # prepaid purchases
    queue_ticket: Mapped[str | None] = mapped_column(String(20))  # 叫号
    # The view sends one key per confirm; a double click or a retry cannot pay twice.
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # large cash
    reverses_payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))

    tenders: Mapped[list[PaymentTender]] = relationship(
        back_populates="payment", cascade="all, delete-orphan"
    )
    allocations: Mapped[list[PaymentAllocation]] = relationship(
        back_populates="payment", cascade="all, delete-orphan"
    )


class PaymentTender(Base):
    __tablename__ = "payment_tenders"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    tender: Mapped[E.Tender] = mapped_column(_enum(E.Tender))
    amount: Mapped[Decimal] = mapped_column(Money)
    reference: Mapped[str | None] = mapped_column(String(64))  # external reference for non-cash

    payment: Mapped[Payment] = relationship(back_populates="tenders")


class PaymentAllocation(Base):
    """How much of a payment settled which bill and its late fee."""

    __tablename__ = "payment_allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    principal: Mapped[Decimal] = mapped_column(Money)
    late_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    late_fee_days: Mapped[int] = mapped_column(Integer, default=0)

    payment: Mapped[Payment] = relationship(back_populates="allocations")


class PaymentVoid(Base):
    """冲正: a same-day reversal approved by a manager. The payment row itself stays."""

    __tablename__ = "payment_voids"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), unique=True)
    reason: Mapped[str] = mapped_column(String(200))
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    # Indexed: a shift's close counts the cash its voids handed back.
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), index=True)


class SatisfactionRating(Base):
    """满意度 given by the customer after a transaction; kept per clerk."""

    __tablename__ = "satisfaction_ratings"

    id: Mapped[int] = mapped_column(primary_key=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # Indexed: the daily report reads the ratings of a day's payments (docs/domain.md §10).
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    service_request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"))
    rating: Mapped[E.Satisfaction] = mapped_column(_enum(E.Satisfaction))
    at: Mapped[datetime]


class PrintedDocument(Base):
    """Register of every print and reprint (docs/domain.md §11)."""

    __tablename__ = "printed_documents"
    # One row per copy: two counters can never both record the same 补打 number.
    __table_args__ = (
        Index("uq_printed_documents_copy", "doc_type", "doc_number", "reprint_no", unique=True),
        Index("ix_printed_documents_printed_at", "printed_at"),  # the auditor's register
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # A plain string column, no CHECK: a new kind of document needs no migration (0006).
    doc_type: Mapped[E.DocumentType] = mapped_column(
        Enum(
            E.DocumentType,
            native_enum=False,
            create_constraint=False,
            length=24,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    doc_number: Mapped[str] = mapped_column(String(32))
    hall_id: Mapped[int | None] = mapped_column(ForeignKey("halls.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    printed_at: Mapped[datetime]
    reprint_no: Mapped[int] = mapped_column(Integer, default=0)  # 0 = original
    reason: Mapped[str | None] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    layout: Mapped[str] = mapped_column(String(16))  # thermal80 / a5 / a4
    printed: Mapped[bool] = mapped_column(Boolean, default=False)  # False: waits in reprint queue
    pdf_path: Mapped[str | None] = mapped_column(String(300))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)


# ----------------------------------------------------------------------------- service requests


def _plain_enum(cls: type[Any]) -> Enum:
    """Enum stored as a plain string without a CHECK: a value added later needs no migration."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )


class ServiceType(Base):
    """Catalogue entry (业务类型) for one utility kind."""

    __tablename__ = "service_types"
    __table_args__ = (UniqueConstraint("utility_kind", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    utility_kind: Mapped[E.UtilityKind] = mapped_column(_enum(E.UtilityKind))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    required_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_site_work: Mapped[bool] = mapped_column(Boolean, default=False)
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    sla_amount: Mapped[int] = mapped_column(Integer)
    sla_unit: Mapped[E.SlaUnit] = mapped_column(_enum(E.SlaUnit))
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # What completing a request of the type does to the account (0006).
    effect: Mapped[E.RequestEffect] = mapped_column(
        _plain_enum(E.RequestEffect), default=E.RequestEffect.NONE, server_default="none"
    )
    # Intake refuses an empty description (repairs) (0006).
    needs_description: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )


class ServiceRequest(Base):
    """受理单 with its work order (工单).

    The type's name, approval flag, SLA and effect are copied at intake (as are its fee and
    documents), so an edit of the catalogue applies to new requests only; empty copies (rows
    from before 0006) read the type's own values.
    """

    __tablename__ = "service_requests"
    __table_args__ = (
        Index("ix_service_requests_status_deadline", "status", "deadline_at"),
        Index("ix_service_requests_hall_status", "hall_id", "status"),
        Index("ix_service_requests_accepted_at", "accepted_at"),  # the ledger by period
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    service_type_id: Mapped[int] = mapped_column(ForeignKey("service_types.id"))
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    # 首问负责制: the accepting clerk stays the named owner until the request closes.
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[E.RequestStatus] = mapped_column(_enum(E.RequestStatus))
    description: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    documents_received: Mapped[list[str]] = mapped_column(JSON, default=list)
    documents_missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_at: Mapped[datetime]
    deadline_at: Mapped[datetime | None]
    dispatched_team: Mapped[str | None] = mapped_column(String(50))
    completed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    rejection_reason: Mapped[str | None] = mapped_column(String(200))
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    payload: Mapped[Any | None] = mapped_column(JSON)  # type-specific data, e.g. new owner
    queue_ticket: Mapped[str | None] = mapped_column(String(20))
    # --- 0006: the lifecycle after intake
    # Raised by every step: a step on a version another counter has changed is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    type_name: Mapped[str] = mapped_column(String(50), default="", server_default="")
    needs_approval: Mapped[bool | None] = mapped_column(Boolean)
    sla_amount: Mapped[int | None] = mapped_column(Integer)
    sla_unit: Mapped[E.SlaUnit | None] = mapped_column(_plain_enum(E.SlaUnit))
    effect: Mapped[E.RequestEffect | None] = mapped_column(_plain_enum(E.RequestEffect))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    fee_payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    fee_receipt_no: Mapped[str | None] = mapped_column(String(24))
    callback_at: Mapped[datetime | None]
    satisfaction: Mapped[E.Satisfaction | None] = mapped_column(_plain_enum(E.Satisfaction))


class ServiceRequestEvent(Base):
    """Every status transition with its user and time."""

    __tablename__ = "service_request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id"), index=True)
    from_status: Mapped[E.RequestStatus | None] = mapped_column(
        _enum(E.RequestStatus, "from_status")
    )
    to_status: Mapped[E.RequestStatus] = mapped_column(_enum(E.RequestStatus, "to_status"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")


class Alert(Base):
    """An alert for a hall's managers (an emergency request or complaint), shown at once on
    whichever counter a manager is signed in, until one acknowledges it (0006)."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_hall_acknowledged", "hall_id", "acknowledged_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    kind: Mapped[str] = mapped_column(String(40))  # emergency_request, emergency_complaint
    subject: Mapped[str] = mapped_column(String(60))  # a request or complaint number
    summary: Mapped[str] = mapped_column(String(300))
    raised_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


# ----------------------------------------------------------------------------- complaints


class Complaint(Base):
    """投诉 from any channel, tracked to closure within its deadlines."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_phone_bidx_category", "contact_phone_bidx", "category"),
        Index("ix_complaints_account_category", "account_id", "category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    complainant_name: Mapped[str] = mapped_column(String(50))
    # The contact phone and emergency contact are stored sealed with the complaint's own key
    # (ComplaintKey), the phone found by its blind index; only services.personal_data reads
    # or writes these columns (docs/domain.md §11). NULL once erased.
    contact_phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    contact_phone_bidx: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    emergency_contact_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    received_at: Mapped[datetime]
    channel: Mapped[E.ComplaintChannel] = mapped_column(_enum(E.ComplaintChannel))
    category: Mapped[E.ComplaintCategory] = mapped_column(_enum(E.ComplaintCategory))
    severity: Mapped[E.Severity] = mapped_column(_enum(E.Severity))
    content: Mapped[str] = mapped_column(Text)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    demands: Mapped[str | None] = mapped_column(Text)
    status: Mapped[E.ComplaintStatus] = mapped_column(_enum(E.ComplaintStatus))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    accepted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    is_appeal: Mapped[bool] = mapped_column(Boolean, default=False)  # 申诉 after 不满意
    resolution: Mapped[str | None] = mapped_column(Text)
    feedback_at: Mapped[datetime | None]
    feedback_method: Mapped[str | None] = mapped_column(String(30))
    callback_at: Mapped[datetime | None]
    satisfaction: Mapped[E.Satisfaction | None] = mapped_column(_enum(E.Satisfaction))
    closed_at: Mapped[datetime | None]
    # 跟进人: the user who follows the complaint up with the customer; kept through transfers.
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # 责任人: the person or department responsible for the matter, named at intake.
    responsible_person: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # An outside channel's own number and reply deadline (12345 工单号), tracked beside ours.
    external_reference: Mapped[str | None] = mapped_column(String(40))
    external_due_at: Mapped[datetime | None]
    site_address: Mapped[str | None] = mapped_column(String(200))  # an emergency: where
    repair_request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"))
    callback_note: Mapped[str | None] = mapped_column(Text)
    # 1: the first handling; each 申诉 after a 不满意 callback starts the next round.
    appeal_round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ComplaintKey(Base):
    """A complaint's own key for its sealed contact fields, wrapped with the hall's data key.

    Deleting the row (an erasure of the customer the complaint names) leaves the complaint's
    sealed values unreadable for good, in the record and in every backup.
    """

    __tablename__ = "complaint_keys"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), primary_key=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class ComplaintMilestone(Base):
    """One deadline of a complaint (investigation, solution, carried out, reported) in one
    round: the first handling, or an appeal's."""

    __tablename__ = "complaint_milestones"
    __table_args__ = (UniqueConstraint("complaint_id", "round", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"))
    round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    kind: Mapped[E.MilestoneKind] = mapped_column(_enum(E.MilestoneKind))
    due_at: Mapped[datetime]
    done_at: Mapped[datetime | None]
    done_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)


class ComplaintExtension(Base):
    """Deadline extension: only before the deadline, with the customer told in advance."""

    __tablename__ = "complaint_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(ForeignKey("complaint_milestones.id"), index=True)
    old_due_at: Mapped[datetime]
    new_due_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200))
    customer_told_at: Mapped[datetime]
    customer_told_how: Mapped[str] = mapped_column(String(30))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]


class ComplaintChase(Base):
    """催办: a manager's note on an overdue milestone, for the complaint's owner to see."""

    __tablename__ = "complaint_chases"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    milestone_id: Mapped[int] = mapped_column(ForeignKey("complaint_milestones.id"))
    at: Mapped[datetime]
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # whom it was for
    note: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime | None]


class ComplaintCallback(Base):
    """回访 of one round, with the feedback it followed: an appeal clears the complaint's own
    fields for the next round, the history stays here (and counts in the ledger)."""

    __tablename__ = "complaint_callbacks"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    resolution: Mapped[str] = mapped_column(Text)
    feedback_at: Mapped[datetime]
    feedback_method: Mapped[str] = mapped_column(String(30))
    callback_at: Mapped[datetime]
    satisfaction: Mapped[E.Satisfaction] = mapped_column(_enum(E.Satisfaction))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class ComplaintTransfer(Base):
    """A complaint handed from one owner to another."""

    __tablename__ = "complaint_transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    at: Mapped[datetime]
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    from_owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    to_owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text)


class ComplaintAttachment(Base):
    """A photo, scan or PDF kept in the database, so every counter of the hall sees it."""

    __tablename__ = "complaint_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(40))  # read from the content
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime]


class ComplaintMediation(Base):
    """调解 of a dispute and the agreement reached."""

    __tablename__ = "complaint_mediations"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    mediated_at: Mapped[datetime]
    mediator: Mapped[str] = mapped_column(String(100))
    parties: Mapped[str] = mapped_column(String(200))
    record: Mapped[str] = mapped_column(Text)
    agreement: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]


# ----------------------------------------------------------------------------- approvals and audit


class Approval(Base):
    """A supervisor's approval typed in at a clerk's counter; both users are kept."""

    __tablename__ = "approvals"
    __table_args__ = (Index("ix_approvals_at", "at"),)  # the auditor's review by period

    id: Mapped[int] = mapped_column(primary_key=True)
    # A plain string column, no CHECK: a new work area adds its actions without a migration.
    action: Mapped[E.ApprovalAction] = mapped_column(
        Enum(
            E.ApprovalAction,
            native_enum=False,
            create_constraint=False,
            length=40,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    subject: Mapped[str] = mapped_column(String(60))  # what was approved, e.g. a receipt number
    #: The amount the manager was shown, where the action is about one (large cash).
    amount: Mapped[Decimal | None] = mapped_column(Money)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    at: Mapped[datetime]
    # An approval is used once: by whom, when and for what (a receipt number, an account ...).
    used_at: Mapped[datetime | None]
    used_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    used_for: Mapped[str | None] = mapped_column(String(60))


class AuditEntry(Base):
    """Append-only, hash-chained audit trail of every write and every sensitive read."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The hash is an HMAC with the audit key kept outside the database (migration 0010).
    keyed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)
