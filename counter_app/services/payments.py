"""Taking money at the counter (缴费与收据, docs/domain.md §5): payments, receipts, voids, refunds.

Every payment is ONE unit of work: the payment row with its tenders and allocations, the bills
it settles, the account's credit, the receipt number and the audit entry are committed
together or not at all (docs/domain.md §11 "nothing is lost"). If the database goes away during a
confirm, :class:`~counter_app.domain.errors.DatabaseUnavailable` propagates and nothing was
saved - unless the connection broke during the COMMIT itself, when nobody can know. The
idempotency key settles that: the view creates one key per confirm screen and sends it again on
retry; :meth:`PaymentService.take_payment` then returns the payment that was made (or makes it
once), and :meth:`PaymentService.payment_for_key` answers "did it go through?" without paying.

Receipt numbers ``H01-2026-00001234`` run per hall per business year. The number is taken in
the payment's own transaction by incrementing the hall's :class:`ReceiptSequence` row
(``UPDATE ... RETURNING``, which keeps the row locked on PostgreSQL until commit; SQLite's
``BEGIN IMMEDIATE`` already holds the write lock): a rolled-back payment gives its number back
with everything else, so numbers are gap-free and unique with any number of counters. Locks
are always taken in the order account → approval → receipt sequence → audit chain, so two
counters cannot deadlock.

Postpaid accounts: the payment plus any credit already on the account settles late fees and
bills oldest first (see :mod:`counter_app.domain.late_fees`); what is left becomes credit.
Prepaid accounts (IC card): the amount buys volume by the tiered tariff, counting the year's
earlier purchases; the account's credit is not touched.

Voids (冲正) reverse a payment of the current business day before day close, newest first per
account, with a manager's approval; the payment row stays, marked VOIDED, with a
:class:`PaymentVoid` beside it. After day close a refund (退费) with approval books a new,
negative REFUND payment with its own receipt number instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    Approval,
    AuditEntry,
    Bill,
    Customer,
    Hall,
    Payment,
    PaymentAllocation,
    PaymentTender,
    PaymentVoid,
    PrintedDocument,
    ReceiptSequence,
    SatisfactionRating,
    Setting,
    Shift,
    User,
)
from counter_app.domain.amounts import check_amount
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import (
    BillingMode,
    DocumentType,
    PaymentKind,
    PaymentStatus,
    Satisfaction,
    Tender,
)
from counter_app.domain.errors import (
    Conflict,
    CounterError,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from counter_app.domain.identity import normalize_text
from counter_app.domain.late_fees import SettlementTooSmall, settle
from counter_app.domain.money import ZERO, format_yuan, to_fen
from counter_app.domain.permissions import Permission
from counter_app.domain.receipts import Receipt, ReceiptBillLine
from counter_app.domain.settings import DEFAULTS
from counter_app.domain.tariffs import VOLUME_STEP, Tier, TierLine, split_usage, total
from counter_app.services import audit
from counter_app.services.auth import ApprovalGrant
from counter_app.services.base import Service, requires
from counter_app.services.bills import (
    AccountNotFound,
    BillsDue,
    as_open_bills,
    bill_status,
    bills_due_of,
    load_account,
    open_bills,
    refuse_closed,
    tariff_for,
    tiers_of,
)
from counter_app.services.print_register import lock_document
from counter_app.services.receipts import (
    QR_SECRET_SETTING,
    Headers,
    SettledBill,
    VoidSlip,
    qr_secret,
    qr_time,
    read_qr,
    receipt_bill_lines,
    receipt_for,
    void_slip_for,
)
from counter_app.services.settings import read_setting
from counter_app.services.shifts import (
    DayClosed,
    is_day_closed_in,
    open_shift_of,
    require_bookable_shift,
    require_open_shift,
)

#: Approval actions (``AuthService.approve(action=...)``) the payment service accepts.
WAIVE_LATE_FEE = "waive_late_fee"
LARGE_CASH = "large_cash"
VOID = "void"
REFUND = "refund"
#: A manager's approval is for the customer at the counter now, not for later.
APPROVAL_VALID_FOR = timedelta(minutes=30)
PRINT_LAYOUTS = frozenset({"thermal80", "a5", "a4"})
REASON_MAX_LENGTH = 200
REFERENCE_MAX_LENGTH = 64
QUEUE_TICKET_MAX_LENGTH = 20
_KEY_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,63}")
_HASH_RE = re.compile(r"[0-9a-f]{64}")
_MILLI = 1000


def account_subject(account_number: str) -> str:
    """Approval subject for a late-fee waiver or large cash payment on an account."""
    return f"account:{account_number}"


# ----------------------------------------------------------------------------- errors


class PaymentInputError(InvalidInput):
    """Something typed on the payment screen is not acceptable; ``code`` says what.

    Codes: ``payment.no_tenders``, ``payment.tender_invalid``, ``payment.tenders_mismatch``
    (``tenders_total``, ``amount``), ``payment.duplicate_cash``, ``payment.reference_missing``
    (``tender``, ``index``), ``payment.reference_too_long``, ``payment.cash_short``
    (``received``, ``cash``), ``payment.no_cash_tender``, ``payment.key_invalid``,
    ``payment.reason_empty``, ``payment.reason_too_long``, ``payment.rating_invalid``,
    ``payment.layout_invalid``, ``payment.hash_invalid``, ``payment.quote_args``,
    ``payment.volume_format``, ``payment.not_prepaid``, ``payment.prepaid_inexact``
    (``suggested``), ``payment.prepaid_quote_changed`` (``suggested``),
    ``payment.prepaid_too_small``.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
        self.code = code


class PartialPaymentTooSmall(InvalidInput):
    """The amount would pay only the ¥1.00 minimum late fee and no bill at all.

    ``params``: ``minimum`` - the smallest amount that settles something with its fee.
    """

    code = "payment.partial_too_small"


class ApprovalRequired(PermissionDenied):
    """A manager's approval is needed (``params``: ``action``, ``subject``)."""

    code = "payment.approval_required"


class ApprovalInvalid(PermissionDenied):
    """The approval given does not cover this action (``params``: ``problem`` = ``mismatch``,
    ``expired`` or ``used``)."""

    code = "payment.approval_invalid"


class IdempotencyConflict(Conflict):
    """The confirm key belongs to a different payment (``params``: ``receipt_no``)."""

    code = "payment.key_reused"


class ReceiptNotFound(NotFound):
    """No receipt with that number (``params``: ``receipt_no``)."""

    code = "receipt.not_found"


class PaymentNotFound(NotFound):
    code = "payment.not_found"


class DocumentNotFound(NotFound):
    code = "print.not_found"


class PrintAlreadyRegistered(Conflict):
    """The original print is registered already; use reprint (``params``: ``doc_id``)."""

    code = "print.already_registered"


class VoidNotAllowed(Conflict):
    """The payment cannot be voided; ``code`` says why.

    Codes: ``void.already_voided``, ``void.refunded`` (``refund_receipt_no``),
    ``void.later_payment`` (``receipt_no`` of the newer payment on the account, to void first),
    ``void.other_hall``.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
        self.code = code


class RefundRequired(Conflict):
    """Too late to void: the day is closed or the payment is of an earlier business day.

    ``params``: ``problem`` (``day_closed`` / ``other_day``), ``business_date``. A refund
    (:meth:`PaymentService.refund`) with a manager's approval is the way now.
    """

    code = "void.refund_required"


class RefundNotAllowed(Conflict):
    """The payment cannot be refunded; ``code`` says why.

    Codes: ``refund.not_refundable`` (a refund itself), ``refund.voided``,
    ``refund.already_refunded`` (``refund_receipt_no``), ``refund.credit_used`` (the credit the
    payment left on the account has been spent since: ``credit``, ``needed``).
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
        self.code = code


class RatingExists(Conflict):
    code = "rating.exists"


def _money(p: Mapping[str, object], key: str) -> str:
    value = p.get(key)
    return format_yuan(value) if isinstance(value, Decimal) else str(value)


_MESSAGES: dict[str, Callable[[Mapping[str, object]], str]] = {
    "payment.no_tenders": lambda p: "请选择支付方式",
    "payment.tender_invalid": lambda p: "支付方式无效",
    "payment.tenders_mismatch": lambda p: (
        f"各支付方式合计 {_money(p, 'tenders_total')} 与缴费金额 {_money(p, 'amount')} 不一致"
    ),
    "payment.duplicate_cash": lambda p: "现金只能填写一行",
    "payment.reference_missing": lambda p: "非现金支付请填写交易参考号（流水号/凭证号）",
    "payment.reference_too_long": lambda p: f"交易参考号最长 {REFERENCE_MAX_LENGTH} 位",
    "payment.cash_short": lambda p: (
        f"实收现金 {_money(p, 'received')} 少于应收现金 {_money(p, 'cash')}"
    ),
    "payment.no_cash_tender": lambda p: "没有现金支付时不填写实收现金",
    "payment.key_invalid": lambda p: "缴费确认编号无效，请重新打开确认界面",
    "payment.reason_empty": lambda p: "请填写原因",
    "payment.reason_too_long": lambda p: f"原因最长 {REASON_MAX_LENGTH} 字",
    "payment.rating_invalid": lambda p: "满意度评价无效",
    "payment.layout_invalid": lambda p: "打印版式无效",
    "payment.hash_invalid": lambda p: "单据内容摘要应为 64 位十六进制 SHA-256",
    "payment.quote_args": lambda p: "请输入购买金额或购买量中的一项",
    "payment.volume_format": lambda p: "购买量应大于零，最多三位小数",
    "payment.not_prepaid": lambda p: "该户号不是预付费（IC卡）用户",
    "payment.prepaid_inexact": lambda p: (
        f"按阶梯价格无法恰好购买该金额，可购买金额为 {_money(p, 'suggested')}"
    ),
    "payment.prepaid_too_small": lambda p: "金额不足以购买最小计量单位",
    "payment.prepaid_quote_changed": lambda p: (
        f"阶梯位置或价格已变化，该购买量现需 {_money(p, 'suggested')}，请重新报价"
    ),
    "payment.partial_too_small": lambda p: (
        f"该户有逾期账单，违约金最低 ¥1.00：部分缴费金额至少为 {_money(p, 'minimum')}"
    ),
    "payment.approval_required": lambda p: "此操作需要值班长授权",
    "payment.approval_invalid": lambda p: {
        "expired": "授权已过期，请值班长重新授权",
        "used": "该授权已经使用过，请值班长重新授权",
    }.get(str(p.get("problem")), "该授权不适用于此操作"),
    "payment.key_reused": lambda p: "该确认编号已用于另一笔缴费，请重新打开确认界面",
    "receipt.not_found": lambda p: f"收据 {p.get('receipt_no', '')} 不存在",
    "payment.not_found": lambda p: "缴费记录不存在",
    "print.not_found": lambda p: "打印记录不存在",
    "print.already_registered": lambda p: "该收据已登记过打印，再次打印请使用补打",
    "void.already_voided": lambda p: "该收据已作废",
    "void.refunded": lambda p: f"该收据已退费（{p.get('refund_receipt_no', '')}），不能作废",
    "void.later_payment": lambda p: (
        f"该户之后还有缴费 {p.get('receipt_no', '')}，请先作废较新的缴费"
    ),
    "void.other_hall": lambda p: "只能作废本营业厅的收据",
    "void.refund_required": lambda p: (
        "当日已日结，不能作废，请办理退费"
        if p.get("problem") == "day_closed"
        else "只能作废当日的缴费，往日缴费请办理退费"
    ),
    "refund.not_refundable": lambda p: "退费单不能再退费",
    "refund.voided": lambda p: "该收据已作废，无需退费",
    "refund.already_refunded": lambda p: f"该收据已退费（{p.get('refund_receipt_no', '')}）",
    "refund.credit_used": lambda p: (
        f"该笔缴费形成的预存余额已被使用（现余额 {_money(p, 'credit')}，"
        f"需退 {_money(p, 'needed')}），不能整笔退费"
    ),
    "rating.exists": lambda p: "该笔业务已评价",
}

#: Every code :func:`describe_payment_error` has its own message for; views that word messages
#: in another language key their tables on these.
PAYMENT_CODES: frozenset[str] = frozenset(_MESSAGES)


def describe_payment_error(error: CounterError) -> str:
    """Default Simplified Chinese message for an error of the payment service."""
    code = getattr(error, "code", "")
    render = _MESSAGES.get(code)
    if render is None:
        return f"操作未完成（{code}）"
    return render(error.params)


# ----------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class TenderLine:
    """One tender of a payment; non-cash tenders carry the external reference number."""

    tender: Tender | str
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class PaymentRequest:
    """What the confirm screen sends.

    Attributes:
        account_id: The account paid for.
        amount: The total taken, Decimal yuan.
        tenders: How it is paid; ``(tender, amount, reference)`` tuples are accepted too.
        idempotency_key: Created once per confirm screen (a UUID); a retry or a double click
            with the same key returns the same payment.
        cash_received: Cash handed over; defaults to the cash tender's amount.
        waive_late_fee: A manager's grant (action ``waive_late_fee``, subject
            :func:`account_subject`) to let the late fee off.
        waiver_reason: Why the fee is waived; the grant's reason when empty.
        cash_approval: A manager's grant (action ``large_cash``, subject
            :func:`account_subject`) for cash above ``payments.cash_approval_above``.
        queue_ticket: The 叫号 ticket, if one was typed or scanned.
        volume: Prepaid only: the volume quoted by :meth:`PaymentService.prepaid_quote`; the
            purchase is then for exactly this volume and ``amount`` must be its price. Without
            it the amount buys the most volume it can.
    """

    account_id: int
    amount: Decimal
    tenders: Sequence[TenderLine | tuple[Any, ...]]
    idempotency_key: str
    cash_received: Decimal | None = None
    waive_late_fee: ApprovalGrant | None = None
    waiver_reason: str = ""
    cash_approval: ApprovalGrant | None = None
    queue_ticket: str | None = None
    volume: Decimal | None = None


@dataclass(frozen=True)
class PaymentQuote:
    """What is due now; ``due`` has the bills, ``late_fee_charged`` what a payment would
    charge (zero under a waiver) and ``amount_due`` what the customer pays to settle all."""

    due: BillsDue
    late_fee_charged: Decimal
    late_fee_waived: Decimal
    amount_due: Decimal
    waiver_approval_id: int | None


@dataclass(frozen=True)
class PrepaidQuote:
    """A prepaid purchase both ways: ``amount`` buys ``volume`` (tier split in ``lines``).

    ``adjusted`` is True when the amount asked for cannot buy a whole number of the smallest
    volume step exactly; ``amount`` is then the nearest lower amount that can.
    """

    account_id: int
    account_number: str
    tariff_class: str
    unit: str
    amount: Decimal
    volume: Decimal
    used_this_year: Decimal
    lines: tuple[TierLine, ...]
    adjusted: bool


@dataclass(frozen=True)
class PaymentResult:
    """A stored payment and its receipt, ready to print.

    ``replayed`` is True when the idempotency key had already paid: nothing new was booked.
    """

    payment_id: int
    receipt_no: str
    kind: PaymentKind
    status: PaymentStatus
    account_id: int
    account_number: str
    amount: Decimal
    principal: Decimal
    late_fee: Decimal
    late_fee_waived: Decimal
    balance_before: Decimal
    balance_after: Decimal
    cash_received: Decimal
    change: Decimal
    volume: Decimal | None
    business_date: date
    paid_at: datetime
    replayed: bool
    receipt: Receipt


class VerificationStatus(StrEnum):
    VALID = "valid"  # genuine and in force
    VOIDED = "voided"  # genuine, voided since
    REFUNDED = "refunded"  # genuine, refunded since
    MALFORMED = "malformed"  # not a Counter receipt code
    BAD_SIGNATURE = "bad_signature"  # altered or forged
    NOT_FOUND = "not_found"  # signed, but no such payment
    MISMATCH = "mismatch"  # signed, but the payment says something else


@dataclass(frozen=True)
class ReceiptVerification:
    """The answer to scanning a receipt's QR code; ``genuine`` unless forged or altered."""

    status: VerificationStatus
    receipt_no: str | None = None
    amount: Decimal | None = None
    account_number: str | None = None
    paid_at: datetime | None = None
    hall_code: str | None = None
    clerk_employee_no: str | None = None
    refund_receipt_no: str | None = None

    @property
    def genuine(self) -> bool:
        return self.status in (
            VerificationStatus.VALID,
            VerificationStatus.VOIDED,
            VerificationStatus.REFUNDED,
        )


@dataclass(frozen=True)
class PrintRecord:
    """One row of the printed-document register."""

    doc_id: int
    doc_type: DocumentType
    doc_number: str
    reprint_no: int
    printed: bool
    printed_at: datetime


@dataclass(frozen=True)
class ReprintResult:
    """A 补打 copy and its register entry (printed=False until :meth:`mark_printed`)."""

    receipt: Receipt
    document: PrintRecord


@dataclass(frozen=True)
class QueuedReceipt:
    """A receipt of the clerk's shift that has not come out of a printer yet.

    ``doc_id`` is the failed print's register entry (mark it printed after printing), or None
    when no print was ever registered (e.g. the program stopped before printing): print it and
    call :meth:`PaymentService.register_print`.
    """

    payment_id: int
    receipt_no: str
    paid_at: datetime
    amount: Decimal
    account_number: str
    doc_id: int | None
    receipt: Receipt


@dataclass(frozen=True)
class VoidResult:
    payment_id: int
    receipt_no: str
    void_id: int
    slip: VoidSlip


# ----------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class _Tender:
    tender: Tender
    amount: Decimal
    reference: str | None


def _check_key(key: str) -> str:
    text = (key or "").strip()
    if not _KEY_RE.fullmatch(text):
        raise PaymentInputError("payment.key_invalid", field="idempotency_key")
    return text


def _clean_reason(reason: str | None) -> str:
    text = " ".join(normalize_text(reason or "").split())
    if not text:
        raise PaymentInputError("payment.reason_empty", field="reason")
    if len(text) > REASON_MAX_LENGTH:
        raise PaymentInputError("payment.reason_too_long", field="reason", actual=len(text))
    return text


def _check_tenders(lines: Sequence[TenderLine | tuple[Any, ...]], amount: Decimal) -> list[_Tender]:
    if not lines:
        raise PaymentInputError("payment.no_tenders", field="tenders")
    tenders: list[_Tender] = []
    for index, line in enumerate(lines):
        if isinstance(line, TenderLine):
            raw_tender, raw_amount, raw_ref = line.tender, line.amount, line.reference
        else:
            raw_tender, raw_amount = line[0], line[1]
            raw_ref = line[2] if len(line) > 2 else None
        try:
            tender = Tender(raw_tender)
        except ValueError:
            raise PaymentInputError(
                "payment.tender_invalid", field="tenders", index=index
            ) from None
        value = check_amount(raw_amount, maximum=None, field=f"tenders[{index}]")
        reference = normalize_text(raw_ref or "") or None
        if tender is Tender.CASH:
            reference = None
        elif reference is None:
            raise PaymentInputError(
                "payment.reference_missing", field="tenders", tender=tender.value, index=index
            )
        elif len(reference) > REFERENCE_MAX_LENGTH:
            raise PaymentInputError("payment.reference_too_long", field="tenders", index=index)
        tenders.append(_Tender(tender, value, reference))
    if sum(1 for t in tenders if t.tender is Tender.CASH) > 1:
        raise PaymentInputError("payment.duplicate_cash", field="tenders")
    tenders_total = sum((t.amount for t in tenders), ZERO)
    if tenders_total != amount:
        raise PaymentInputError(
            "payment.tenders_mismatch", field="tenders", tenders_total=tenders_total, amount=amount
        )
    return tenders


def _check_volume(volume: Decimal) -> Decimal:
    if (
        not isinstance(volume, Decimal)
        or not volume.is_finite()
        or volume <= 0
        or volume != volume.quantize(VOLUME_STEP)
    ):
        raise PaymentInputError("payment.volume_format", field="volume")
    return volume.quantize(VOLUME_STEP)


def _limit(s: Session, key: str) -> Decimal:
    return Decimal(str(read_setting(s, key)))


# The statements every payment runs are built once: building a statement (and its cache key)
# costs more than running it against an indexed table.
_BUMP_RECEIPT_SEQUENCE = (
    update(ReceiptSequence)
    .where(
        ReceiptSequence.hall_id == bindparam("seq_hall_id"),
        ReceiptSequence.year == bindparam("seq_year"),
    )
    .values(last_seq=ReceiptSequence.last_seq + 1)
    .returning(ReceiptSequence.last_seq)
)
_LIMIT_KEYS = ("payments.minimum", "payments.maximum", "payments.cash_approval_above")
_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.key.in_([*_LIMIT_KEYS, QR_SECRET_SETTING])
)
_LOCK_ACCOUNT = (
    select(Account, Customer.name)
    .join(Customer, Customer.id == Account.customer_id)
    .where(Account.id == bindparam("account_id"))
    .with_for_update(of=Account)
)
_PAYMENT_BY_KEY = select(Payment.id).where(Payment.idempotency_key == bindparam("key"))


_INSERT_PAYMENT = insert(Payment).returning(Payment.id)
_INSERT_TENDER = insert(PaymentTender)
_INSERT_ALLOCATION = insert(PaymentAllocation)
_PAY_BILL = (
    update(Bill)
    .where(Bill.id == bindparam("b_id"))
    .values(
        paid_amount=bindparam("b_paid", type_=Bill.__table__.c.paid_amount.type),
        status=bindparam("b_status", type_=Bill.__table__.c.status.type),
    )
)
# The account row is locked (FOR UPDATE / BEGIN IMMEDIATE), so the version only moves on.
_SET_BALANCE = (
    update(Account)
    .where(Account.id == bindparam("a_id"))
    .values(
        balance=bindparam("a_balance", type_=Account.__table__.c.balance.type),
        version=Account.version + 1,
    )
)


def _book(
    s: Session,
    row: dict[str, Any],
    tenders: list[dict[str, Any]],
    allocations: list[dict[str, Any]],
    bill_updates: list[dict[str, Any]],
) -> Payment:
    """Write a new payment, its tenders and allocations and the bills it settles.

    This is the path every payment takes, so it writes with prebuilt Core statements (one
    round trip per table) instead of an ORM flush, which costs more than the writes
    themselves. Returns the payment as a transient object (not in the session) carrying
    everything the receipt needs.
    """
    conn = s.connection()
    payment_id = conn.execute(_INSERT_PAYMENT, row).scalar_one()
    conn.execute(_INSERT_TENDER, [{"payment_id": payment_id, **t} for t in tenders])
    if allocations:
        conn.execute(_INSERT_ALLOCATION, [{"payment_id": payment_id, **a} for a in allocations])
    if bill_updates:
        conn.execute(_PAY_BILL, bill_updates)
    payment = Payment(id=payment_id, **row)
    payment.tenders = [PaymentTender(payment_id=payment_id, **t) for t in tenders]
    return payment


def allocate_receipt_number(s: Session, hall_id: int, hall_code: str, year: int) -> tuple[int, str]:
    """The hall's next receipt number of ``year``, in the caller's unit of work.

    One ``UPDATE ... SET last_seq = last_seq + 1 ... RETURNING``: on PostgreSQL the row stays
    locked until the caller commits or rolls back (a second counter waits, then increments the
    committed value); on SQLite the writer already holds the database lock. A number is thus
    either used by a committed payment or given back with the rollback: gap-free and unique.
    """
    conn = s.connection()
    params = {"seq_hall_id": hall_id, "seq_year": year}
    seq = conn.execute(_BUMP_RECEIPT_SEQUENCE, params).scalar_one_or_none()
    if seq is None:
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        # The first receipt of the year at two counters at once: one row wins, both use it.
        conn.execute(
            insert(ReceiptSequence)
            .values(hall_id=hall_id, year=year, last_seq=0)
            .on_conflict_do_nothing(index_elements=["hall_id", "year"])
        )
        seq = conn.execute(_BUMP_RECEIPT_SEQUENCE, params).scalar_one()
    return seq, f"{hall_code}-{year:04d}-{seq:08d}"


@dataclass(frozen=True)
class _PaymentSettings:
    minimum: Decimal
    maximum: Decimal
    cash_approval_above: Decimal
    qr_secret: bytes | None


def _payment_settings(s: Session) -> _PaymentSettings:
    """The payment limits (stored or default) and the QR key, in one query."""
    stored: dict[str, Any] = {k: v for k, v in s.connection().execute(_SETTINGS).all()}
    minimum, maximum, cash_above = (Decimal(str(stored.get(k, DEFAULTS[k]))) for k in _LIMIT_KEYS)
    secret = stored.get(QR_SECRET_SETTING)
    return _PaymentSettings(
        minimum, maximum, cash_above, bytes.fromhex(str(secret)) if secret else None
    )


def _lock_account(s: Session, account_id: int) -> tuple[Account, str]:
    """The account, locked for the rest of the unit of work, and its holder's name."""
    row = s.execute(_LOCK_ACCOUNT, {"account_id": account_id}).first()
    if row is None:
        raise AccountNotFound("no such account", account_id=account_id)
    return row[0], row[1]


def _cost_milli(tiers: list[Tier], used: Decimal, milli: int) -> int:
    if milli <= 0:
        return 0
    return to_fen(total(split_usage(tiers, used, Decimal(milli) / _MILLI)))


def volume_for_amount(tiers: list[Tier], used_before: Decimal, amount: Decimal) -> Decimal:
    """The most volume (to 0.001) whose tiered price is not above ``amount``.

    The price of a volume never falls when the volume grows, so a binary search finds it.
    """
    prices = [t.unit_price for t in tiers]
    if not prices or min(prices) <= 0:
        raise ValueError("prepaid tariffs need prices above zero")
    budget = to_fen(amount)
    hi = int(amount / min(prices) * _MILLI) + _MILLI
    lo = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _cost_milli(tiers, used_before, mid) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return (Decimal(lo) / _MILLI).quantize(VOLUME_STEP)


def prepaid_used_this_year(s: Session, account_id: int, year: int) -> Decimal:
    """Volume bought in ``year`` by completed purchases (refunds count negative)."""
    used = s.execute(
        select(func.coalesce(func.sum(Payment.volume), 0)).where(
            Payment.account_id == account_id,
            Payment.status == PaymentStatus.COMPLETED,
            Payment.volume.is_not(None),
            Payment.business_date >= date(year, 1, 1),
            Payment.business_date <= date(year, 12, 31),
        )
    ).scalar_one()
    return Decimal(str(used or 0)).quantize(VOLUME_STEP)


def _document_digest(receipt: Receipt) -> str:
    """SHA-256 of what a receipt says, for the register when no PDF hash is known yet."""
    body = json.dumps(asdict(receipt), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _print_record(row: PrintedDocument) -> PrintRecord:
    return PrintRecord(
        row.id, row.doc_type, row.doc_number, row.reprint_no, row.printed, row.printed_at
    )


# ----------------------------------------------------------------------------- the service


class PaymentService(Service):
    """Payments, receipts, reprints, voids and refunds at the signed-in clerk's counter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The QR key never changes once committed; one lookup per service is enough.
        self._secret: bytes | None = None
        self._headers = Headers()
        self._hall_codes: dict[int, str] = {}

    # ------------------------------------------------------------------------- quotes

    @requires(Permission.PAYMENT_TAKE)
    def quote(self, account_id: int, waive_late_fee: ApprovalGrant | None = None) -> PaymentQuote:
        """What settling the account takes today: bills oldest first, late fees, total.

        Args:
            account_id: The account.
            waive_late_fee: A manager's waiver grant to show the total without late fee (it is
                checked here, and used up only by the payment).

        Returns:
            The bills due and the amounts; ``amount_due`` already counts the account's credit.

        Raises:
            AccountNotFound: no such account.
            ApprovalInvalid: the grant does not cover a waiver on this account.
        """
        now = self._clock.now()
        today = now.astimezone(LOCAL_TZ).date()
        with self._db.read() as s:
            account = load_account(s, account_id)
            approval_id = None
            if waive_late_fee is not None:
                row = self._approval(
                    s, waive_late_fee, WAIVE_LATE_FEE, account_subject(account.number), now
                )
                approval_id = row.id
            due, settlement = bills_due_of(s, account, today, waive=waive_late_fee is not None)
            charged = settlement.late_fee
            return PaymentQuote(
                due=due,
                late_fee_charged=charged,
                late_fee_waived=settlement.late_fee_waived,
                amount_due=max(due.principal_total + charged - due.credit, ZERO),
                waiver_approval_id=approval_id,
            )

    @requires(Permission.PAYMENT_TAKE)
    def prepaid_quote(
        self, account_id: int, amount: Decimal | None = None, volume: Decimal | None = None
    ) -> PrepaidQuote:
        """A prepaid purchase (购气/购电) both ways, by the tiered tariff.

        Give exactly one of ``amount`` and ``volume``. The tier split starts from the volume
        the account bought this year (completed purchases, refunds deducted).

        Args:
            account_id: A prepaid account.
            amount: Money to spend; the volume is the most it buys (to 0.001).
            volume: Volume wanted; the amount is its tiered price.

        Raises:
            PaymentInputError: neither or both given, a bad volume, or not a prepaid account.
            AmountError: a bad amount.
            AccountNotFound / TariffNotFound.
        """
        if (amount is None) == (volume is None):
            raise PaymentInputError("payment.quote_args", field="amount")
        today = self._clock.now().astimezone(LOCAL_TZ).date()
        with self._db.read() as s:
            account = load_account(s, account_id)
            if account.billing_mode is not BillingMode.PREPAID:
                raise PaymentInputError("payment.not_prepaid", account_number=account.number)
            tariff = tariff_for(s, account.utility_kind, account.tariff_class, today)
            tiers = tiers_of(tariff)
            used = prepaid_used_this_year(s, account.id, today.year)
            adjusted = False
            if amount is not None:
                wanted = check_amount(amount, maximum=_limit(s, "payments.maximum"))
                bought = volume_for_amount(tiers, used, wanted)
                lines = split_usage(tiers, used, bought)
                price = total(lines)
                adjusted = price != wanted
            else:
                assert volume is not None
                bought = _check_volume(volume)
                lines = split_usage(tiers, used, bought)
                price = total(lines)
            return PrepaidQuote(
                account_id=account.id,
                account_number=account.number,
                tariff_class=account.tariff_class,
                unit=tariff.unit,
                amount=price,
                volume=bought,
                used_this_year=used,
                lines=tuple(lines),
                adjusted=adjusted,
            )

    # ------------------------------------------------------------------------- payments

    @requires(Permission.PAYMENT_TAKE)
    def take_payment(self, request: PaymentRequest) -> PaymentResult:
        """Take a payment: one unit of work from the money to the receipt number.

        Rules:
            * An open shift of the clerk at this counter is required; the payment belongs to
              its business date.
            * The account must exist and not be closed.
            * ``payments.minimum`` ≤ amount ≤ ``payments.maximum``, two decimals; the tenders
              add up exactly to the amount; non-cash tenders carry a reference; cash received
              covers the cash tender, the change is the difference. Cash above
              ``payments.cash_approval_above`` needs a manager's ``large_cash`` grant.
            * Postpaid: the amount plus the account's credit settles late fees and bills oldest
              first (late fee with its principal), partial payment allowed, the rest becomes
              credit. A late-fee waiver needs a manager's ``waive_late_fee`` grant.
            * Prepaid: the amount buys volume by the tiered tariff; it must be a price the
              tariff can produce exactly (see :meth:`prepaid_quote`).
            * The same ``idempotency_key`` again returns the payment it made
              (``replayed=True``), whatever happened to the first answer.

        Args:
            request: The confirm screen's input.

        Returns:
            The payment with its receipt (call :meth:`register_print` once printed).

        Raises:
            NoOpenShift, ShiftAtOtherCounter, DayClosed: no shift to book the money in.
            AccountNotFound, AccountClosed: the account.
            AmountError, PaymentInputError, PartialPaymentTooSmall: the input.
            ApprovalRequired, ApprovalInvalid: a missing or unfit manager's grant.
            IdempotencyConflict: the key belongs to another payment.
            TariffNotFound: a prepaid account without a tariff in force.
            DatabaseUnavailable: the database cannot be reached; nothing was saved (see the
                module docstring for a failure during commit).
        """
        key = _check_key(request.idempotency_key)
        amount = check_amount(request.amount, maximum=None)
        tenders = _check_tenders(request.tenders, amount)
        cash = sum((t.amount for t in tenders if t.tender is Tender.CASH), ZERO)
        received = cash if request.cash_received is None else request.cash_received
        received = check_amount(received, minimum=ZERO, maximum=None, field="cash_received")
        if cash == 0 and received != 0:
            raise PaymentInputError("payment.no_cash_tender", field="cash_received")
        if received < cash:
            raise PaymentInputError(
                "payment.cash_short", field="cash_received", received=received, cash=cash
            )
        ticket = normalize_text(request.queue_ticket or "")[:QUEUE_TICKET_MAX_LENGTH] or None
        try:
            with self._db.write() as s:
                result, secret = self._take(
                    s, request, key, amount, tenders, cash, received, ticket
                )
        except IntegrityError as exc:
            # PostgreSQL: a concurrent confirm with the same key committed first.
            if "idempotency_key" not in str(exc.orig):
                raise
            with self._db.read() as s:
                existing = self._by_key(s, key)
                if existing is None:
                    raise
                self._same_request(existing, request.account_id, amount)
                return self._result(s, existing, self._read_secret(s), replayed=True)
        self._secret = secret
        return result

    def _take(
        self,
        s: Session,
        request: PaymentRequest,
        key: str,
        amount: Decimal,
        tenders: list[_Tender],
        cash: Decimal,
        received: Decimal,
        ticket: str | None,
    ) -> tuple[PaymentResult, bytes]:
        # Every statement here runs for every payment: rows are read once, in as few round
        # trips as the rules allow (see benchmarks/payment_benchmark.py).
        actor = self.actor
        now = self._clock.now()
        today = now.astimezone(LOCAL_TZ).date()
        account, account_name = _lock_account(s, request.account_id)
        existing = self._by_key(s, key)
        if existing is not None:
            self._same_request(existing, request.account_id, amount)
            secret, _ = qr_secret(s)
            return self._result(s, existing, secret, replayed=True), secret
        shift = require_bookable_shift(s, actor)
        refuse_closed(account)
        limits = _payment_settings(s)
        check_amount(amount, minimum=limits.minimum, maximum=limits.maximum)
        subject = account_subject(account.number)
        used_approvals: list[Approval] = []
        cash_approval: Approval | None = None
        if cash > limits.cash_approval_above:
            if request.cash_approval is None:
                raise ApprovalRequired(
                    "large cash needs approval", action=LARGE_CASH, subject=subject
                )
            cash_approval = self._approval(
                s, request.cash_approval, LARGE_CASH, subject, now, lock=True
            )
            used_approvals.append(cash_approval)
        waiver: Approval | None = None
        if request.waive_late_fee is not None:
            waiver = self._approval(
                s, request.waive_late_fee, WAIVE_LATE_FEE, subject, now, lock=True
            )

        balance_before = account.balance
        allocations: list[dict[str, Any]] = []
        bill_updates: list[dict[str, Any]] = []
        settled: list[SettledBill] = []
        prepaid_lines: list[TierLine] | None = None
        unit: str | None = None
        volume: Decimal | None = None
        late_fee = waived = ZERO
        if account.billing_mode is BillingMode.PREPAID:
            kind = PaymentKind.PREPAID
            balance_after = balance_before
            prepaid_lines, volume, unit = self._prepaid_purchase(
                s, account, amount, request.volume, today
            )
        else:
            kind = PaymentKind.POSTPAID
            bills = open_bills(s, account.id)
            credit = max(balance_before, ZERO)
            try:
                settlement = settle(
                    as_open_bills(bills), amount + credit, today, waive=waiver is not None
                )
            except SettlementTooSmall as small:
                raise PartialPaymentTooSmall(
                    "too small for the minimum late fee", minimum=small.minimum - credit
                ) from None
            late_fee, waived = settlement.late_fee, settlement.late_fee_waived
            balance_after = balance_before - credit + settlement.leftover
            by_id = {row.bill.id: row for row in bills}
            for line in settlement.lines:
                row = by_id[line.key]
                bill = row.bill
                paid = bill.paid_amount + line.principal
                bill_updates.append(
                    {"b_id": bill.id, "b_paid": paid, "b_status": bill_status(bill.amount, paid)}
                )
                allocations.append(
                    {
                        "bill_id": bill.id,
                        "principal": line.principal,
                        "late_fee": line.late_fee,
                        "late_fee_days": line.days,
                    }
                )
                settled.append(
                    SettledBill(bill, row.unit, line.principal, line.late_fee, line.days)
                )
        if waiver is not None and waived > 0:
            used_approvals.append(waiver)
        else:
            waiver = None

        year = shift.business_date.year
        seq, receipt_no = allocate_receipt_number(s, shift.hall_id, self._hall_code(s, shift), year)
        values: dict[str, Any] = {
            "receipt_no": receipt_no,
            "hall_id": shift.hall_id,
            "receipt_year": year,
            "receipt_seq": seq,
            "counter_id": shift.counter_id,
            "shift_id": shift.id,
            "clerk_id": actor.user_id,
            "account_id": account.id,
            "kind": kind,
            "status": PaymentStatus.COMPLETED,
            "business_date": shift.business_date,
            "created_at": now,
            "amount": amount,
            "late_fee": late_fee,
            "late_fee_waived": waived,
            "waiver_reason": _waiver_reason(request) if waiver is not None else None,
            "waiver_approved_by": waiver.approved_by if waiver is not None else None,
            "cash_received": received,
            "change_given": received - cash,
            "balance_before": balance_before,
            "balance_after": balance_after,
            "volume": volume,
            "queue_ticket": ticket,
            "idempotency_key": key,
            "approved_by": cash_approval.approved_by if cash_approval is not None else None,
            "reverses_payment_id": None,
        }
        tender_rows = [
            {"tender": t.tender, "amount": t.amount, "reference": t.reference} for t in tenders
        ]
        payment = _book(s, values, tender_rows, allocations, bill_updates)
        if balance_after != balance_before:
            s.connection().execute(_SET_BALANCE, {"a_id": account.id, "a_balance": balance_after})
        audit.record(
            s,
            at=now,
            user_id=actor.user_id,
            counter_id=shift.counter_id,
            action="create",
            entity="payment",
            entity_id=payment.id,
            after={
                "receipt_no": receipt_no,
                "account": account.number,
                "kind": kind,
                "amount": amount,
                "late_fee": late_fee,
                "late_fee_waived": waived,
                "tenders": [[t.tender, t.amount, t.reference] for t in tenders],
                "cash_received": received,
                "allocations": [
                    [a["bill_id"], a["principal"], a["late_fee"], a["late_fee_days"]]
                    for a in allocations
                ],
                "balance": [balance_before, balance_after],
                "volume": volume,
                "tiers": (
                    [[ln.tier, ln.volume, ln.unit_price, ln.amount] for ln in prepaid_lines]
                    if prepaid_lines is not None
                    else None
                ),
                "approvals": [a.id for a in used_approvals],
                "business_date": shift.business_date,
                "key": key,
            },
        )
        for approval in used_approvals:
            self._mark_used(s, approval, now, shift.counter_id, receipt_no)
        secret = limits.qr_secret if limits.qr_secret is not None else qr_secret(s)[0]
        result = self._result(
            s,
            payment,
            secret,
            replayed=False,
            prepaid_lines=prepaid_lines,
            account=account,
            account_name=account_name,
            bill_lines=receipt_bill_lines(s, settled),
            unit=unit,
        )
        return result, secret

    def _prepaid_purchase(
        self, s: Session, account: Account, amount: Decimal, quoted: Decimal | None, today: date
    ) -> tuple[list[TierLine], Decimal, str]:
        tariff = tariff_for(s, account.utility_kind, account.tariff_class, today)
        tiers = tiers_of(tariff)
        used = prepaid_used_this_year(s, account.id, today.year)
        if quoted is not None:
            volume = _check_volume(quoted)
            lines = split_usage(tiers, used, volume)
            price = total(lines)
            if price != amount:
                # The tier position or the tariff moved since the quote (another purchase).
                raise PaymentInputError(
                    "payment.prepaid_quote_changed", field="amount", suggested=price
                )
            return lines, volume, tariff.unit
        volume = volume_for_amount(tiers, used, amount)
        if volume <= 0:
            raise PaymentInputError("payment.prepaid_too_small", field="amount")
        lines = split_usage(tiers, used, volume)
        price = total(lines)
        if price != amount:
            raise PaymentInputError("payment.prepaid_inexact", field="amount", suggested=price)
        return lines, volume, tariff.unit

    @requires(Permission.PAYMENT_TAKE)
    def payment_for_key(self, idempotency_key: str) -> PaymentResult | None:
        """The payment a confirm key made, if it made one ("did it go through?").

        Use it after a :class:`DatabaseUnavailable` during confirm, once the database is back,
        to tell the clerk in plain words whether the money was booked.
        """
        key = _check_key(idempotency_key)
        with self._db.read() as s:
            payment = self._by_key(s, key)
            if payment is None:
                return None
            return self._result(s, payment, self._read_secret(s), replayed=True)

    @requires(Permission.PAYMENT_TAKE)
    def last_payment(self) -> PaymentResult | None:
        """The signed-in clerk's most recent payment (e.g. to reprint it after a restart)."""
        with self._db.read() as s:
            shift_ids = s.execute(
                select(Shift.id)
                .where(Shift.clerk_id == self.actor.user_id)
                .order_by(Shift.id.desc())
                .limit(50)
            ).scalars()
            for shift_id in shift_ids:
                # Newest shift first; each lookup is one probe of the index on shift_id.
                payment_id = s.execute(
                    select(func.max(Payment.id)).where(Payment.shift_id == shift_id)
                ).scalar_one_or_none()
                if payment_id is not None:
                    payment = s.get(Payment, payment_id)
                    assert payment is not None
                    return self._result(s, payment, self._read_secret(s), replayed=True)
            return None

    # ------------------------------------------------------------------------- printing

    @requires(Permission.PAYMENT_TAKE)
    def register_print(
        self,
        receipt_no: str,
        content_hash: str,
        layout: str,
        *,
        printed: bool = True,
        pdf_path: str | None = None,
        doc_type: DocumentType = DocumentType.RECEIPT,
    ) -> PrintRecord:
        """Enter the original print of a receipt (or void slip) into the register (§11).

        Args:
            receipt_no: The receipt's number.
            content_hash: SHA-256 (hex) of the rendered PDF.
            layout: ``thermal80``, ``a5`` or ``a4``.
            printed: False when the printer failed: the receipt waits in :meth:`print_queue`.
            pdf_path: Where the PDF copy was saved, if it was.
            doc_type: ``RECEIPT`` or ``VOID_SLIP``.

        Raises:
            PaymentInputError: a bad hash or layout.
            ReceiptNotFound: no such receipt.
            PrintAlreadyRegistered: the original is registered; further copies are reprints.
        """
        digest = self._check_print(content_hash, layout)
        now = self._clock.now()
        with self._db.write() as s:
            payment = self._by_receipt(s, receipt_no)
            lock_document(s, doc_type, payment.receipt_no)
            latest = s.execute(
                select(PrintedDocument.id)
                .where(
                    PrintedDocument.doc_type == doc_type,
                    PrintedDocument.doc_number == payment.receipt_no,
                )
                .order_by(PrintedDocument.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if latest is not None:
                raise PrintAlreadyRegistered("already registered", doc_id=latest)
            row = PrintedDocument(
                doc_type=doc_type,
                doc_number=payment.receipt_no,
                hall_id=payment.hall_id,
                counter_id=self.actor.counter_id,
                user_id=self.actor.user_id,
                printed_at=now,
                reprint_no=0,
                content_hash=digest,
                layout=layout,
                printed=printed,
                pdf_path=pdf_path,
                account_id=payment.account_id,
            )
            s.add(row)
            s.flush()
            self._audit_print(s, row, "print", now)
            return _print_record(row)

    @requires(Permission.PAYMENT_TAKE)
    def mark_printed(self, doc_id: int, content_hash: str | None = None) -> PrintRecord:
        """Record that a queued or reprinted document has come out of the printer.

        Args:
            doc_id: The register entry.
            content_hash: SHA-256 of the rendered PDF, replacing the content digest a reprint
                was registered with.

        Raises:
            DocumentNotFound: no such entry in the clerk's hall.
        """
        digest = None if content_hash is None else self._check_print(content_hash, "a4")
        with self._db.write() as s:
            row = s.get(PrintedDocument, doc_id)
            if row is None or row.hall_id != self.actor.hall_id:
                raise DocumentNotFound("no such document", doc_id=doc_id)
            if not row.printed or (digest is not None and digest != row.content_hash):
                row.printed = True
                if digest is not None:
                    row.content_hash = digest
                self._audit_print(s, row, "printed", self._clock.now())
            return _print_record(row)

    @requires(Permission.PAYMENT_TAKE)
    def print_queue(self) -> list[QueuedReceipt]:
        """Receipts of the clerk's open (else latest) shift still waiting for a printer.

        A receipt waits when its last register entry says the printer failed, or when it was
        never registered as printed at all (the program stopped between payment and print).
        Voided receipts do not wait: their void slip is what the customer gets.
        """
        with self._db.read() as s:
            shift = open_shift_of(s, self.actor.user_id)
            if shift is None:
                shift = s.execute(
                    select(Shift)
                    .where(Shift.clerk_id == self.actor.user_id)
                    .order_by(Shift.id.desc())
                    .limit(1)
                ).scalar_one_or_none()
            if shift is None:
                return []
            payments = list(
                s.execute(
                    select(Payment)
                    .where(Payment.shift_id == shift.id, Payment.status == PaymentStatus.COMPLETED)
                    .order_by(Payment.id)
                ).scalars()
            )
            if not payments:
                return []
            latest: dict[str, PrintedDocument] = {}
            for entry in s.execute(
                select(PrintedDocument)
                .where(
                    PrintedDocument.doc_type == DocumentType.RECEIPT,
                    PrintedDocument.doc_number.in_([p.receipt_no for p in payments]),
                )
                .order_by(PrintedDocument.id)
            ).scalars():
                latest[entry.doc_number] = entry
            waiting: list[QueuedReceipt] = []
            secret: bytes | None = None
            for p in payments:
                doc = latest.get(p.receipt_no)
                if doc is not None and doc.printed:
                    continue
                secret = secret or self._read_secret(s)
                receipt = receipt_for(
                    s,
                    p,
                    secret,
                    printed_at=doc.printed_at if doc else None,
                    reprint_no=doc.reprint_no if doc else 0,
                )
                account_number = receipt.account_number
                waiting.append(
                    QueuedReceipt(
                        payment_id=p.id,
                        receipt_no=p.receipt_no,
                        paid_at=p.created_at.astimezone(LOCAL_TZ),
                        amount=p.amount,
                        account_number=account_number,
                        doc_id=doc.id if doc else None,
                        receipt=receipt,
                    )
                )
            return waiting

    @requires(Permission.RECEIPT_REPRINT)
    def reprint(self, receipt_no: str, reason: str, layout: str = "thermal80") -> ReprintResult:
        """A 补打 copy of a receipt: no new transaction, the copy says 补打 n and when the
        original printed; the register gets an entry (printed=False until
        :meth:`mark_printed`).

        ``reprint_no`` is the number of earlier prints of the receipt. A receipt that never
        printed (no register entry) prints as the original, with ``reprint_no`` 0.

        Args:
            receipt_no: The receipt to copy.
            reason: Why (required).
            layout: ``thermal80``, ``a5`` or ``a4``.

        Raises:
            PaymentInputError: no reason or a bad layout.
            ReceiptNotFound: no such receipt.
        """
        text = _clean_reason(reason)
        if layout not in PRINT_LAYOUTS:
            raise PaymentInputError("payment.layout_invalid", field="layout", value=layout)
        now = self._clock.now()
        with self._db.write() as s:
            payment = self._by_receipt(s, receipt_no)
            lock_document(s, DocumentType.RECEIPT, payment.receipt_no)
            earlier = list(
                s.execute(
                    select(PrintedDocument)
                    .where(
                        PrintedDocument.doc_type == DocumentType.RECEIPT,
                        PrintedDocument.doc_number == payment.receipt_no,
                    )
                    .order_by(PrintedDocument.id)
                ).scalars()
            )
            reprint_no = len(earlier)
            original_at = earlier[0].printed_at if earlier else None
            secret, _ = qr_secret(s)
            receipt = receipt_for(
                s,
                payment,
                secret,
                printed_at=now,
                reprint_no=reprint_no,
                original_printed_at=original_at,
                extra_notes=(f"补打经办：{self.actor.employee_no}",) if reprint_no else (),
            )
            row = PrintedDocument(
                doc_type=DocumentType.RECEIPT,
                doc_number=payment.receipt_no,
                hall_id=payment.hall_id,
                counter_id=self.actor.counter_id,
                user_id=self.actor.user_id,
                printed_at=now,
                reprint_no=reprint_no,
                reason=text,
                content_hash=_document_digest(receipt),
                layout=layout,
                printed=False,
                account_id=payment.account_id,
            )
            s.add(row)
            s.flush()
            self._audit_print(s, row, "reprint", now)
            return ReprintResult(receipt, _print_record(row))

    # ------------------------------------------------------------------------- verification

    @requires()
    def verify_receipt(self, payload: str) -> ReceiptVerification:
        """Check a scanned receipt QR code against its signature and the stored payment.

        Open to auditors (``audit.read``) and to counter staff who may reprint
        (``receipt.reprint``).

        Returns:
            ``VALID``, or ``VOIDED`` / ``REFUNDED`` for a genuine receipt reversed since, or
            why it is not genuine: ``MALFORMED``, ``BAD_SIGNATURE``, ``NOT_FOUND``, ``MISMATCH``.

        Raises:
            PermissionDenied: the user has neither permission.
        """
        if not (
            self.actor.can(Permission.AUDIT_READ) or self.actor.can(Permission.RECEIPT_REPRINT)
        ):
            raise PermissionDenied(
                f"{self.actor.employee_no} ({self.actor.role}) may not verify receipts",
                permission=Permission.AUDIT_READ.value,
                role=self.actor.role.value,
            )
        with self._db.read() as s:
            secret = self._stored_secret(s)
            content = read_qr(secret or b"", payload or "")
            if content is None:
                return ReceiptVerification(VerificationStatus.MALFORMED)
            if secret is None or not content.genuine:
                return ReceiptVerification(
                    VerificationStatus.BAD_SIGNATURE, receipt_no=content.receipt_no
                )
            payment = s.execute(
                select(Payment).where(Payment.receipt_no == content.receipt_no)
            ).scalar_one_or_none()
            if payment is None:
                return ReceiptVerification(
                    VerificationStatus.NOT_FOUND, receipt_no=content.receipt_no
                )
            account = s.get(Account, payment.account_id)
            hall = s.get(Hall, payment.hall_id)
            clerk = s.get(User, payment.clerk_id)
            assert account is not None
            assert hall is not None
            assert clerk is not None
            found = ReceiptVerification(
                VerificationStatus.VALID,
                receipt_no=payment.receipt_no,
                amount=payment.amount,
                account_number=account.number,
                paid_at=payment.created_at.astimezone(LOCAL_TZ),
                hall_code=hall.code,
                clerk_employee_no=clerk.employee_no,
            )
            if (
                content.amount_fen != to_fen(payment.amount)
                or content.account_number != account.number
                or content.paid_at != qr_time(payment.created_at)
            ):
                return replace(found, status=VerificationStatus.MISMATCH)
            if payment.status is PaymentStatus.VOIDED:
                return replace(found, status=VerificationStatus.VOIDED)
            refund = self._refund_of(s, payment.id)
            if refund is not None:
                return replace(found, status=VerificationStatus.REFUNDED, refund_receipt_no=refund)
            return found

    # ------------------------------------------------------------------------- voids, refunds

    @requires(Permission.PAYMENT_TAKE)
    def void(self, receipt_no: str, reason: str, approval: ApprovalGrant | None) -> VoidResult:
        """Void (冲正) a payment of today's business day, before day close.

        The payment row stays, marked VOIDED with a :class:`PaymentVoid` row; its allocations
        are reversed on the bills (back to unpaid / partly paid), the account's credit is
        restored, and the receipt keeps its number. Voids go newest first per account: a
        payment cannot be voided while a newer payment on the same account stands.

        Args:
            receipt_no: The receipt to void.
            reason: Why (required).
            approval: A manager's grant from ``AuthService.approve`` with action ``void`` and
                the receipt number as subject; a clerk's own credentials cannot make one.

        Returns:
            The void slip to print (then :meth:`register_print` with ``VOID_SLIP``).

        Raises:
            ApprovalRequired / ApprovalInvalid: no fitting manager's approval.
            RefundRequired: the day is closed or the payment is of another business day.
            VoidNotAllowed: already voided, refunded, a newer payment on the account, or
                another hall's receipt.
            ReceiptNotFound, NoOpenShift, PaymentInputError (no reason).
        """
        text = _clean_reason(reason)
        if approval is None:
            raise ApprovalRequired("a void needs approval", action=VOID, subject=receipt_no)
        now = self._clock.now()
        with self._db.write() as s:
            payment = self._by_receipt(s, receipt_no)
            if payment.hall_id != self.actor.hall_id:
                raise VoidNotAllowed("void.other_hall")
            shift = require_open_shift(s, self.actor)
            account = load_account(s, payment.account_id, lock=True)
            payment = self._lock_payment(s, payment.id)
            if payment.status is PaymentStatus.VOIDED:
                raise VoidNotAllowed("void.already_voided", receipt_no=payment.receipt_no)
            refund = self._refund_of(s, payment.id)
            if refund is not None:
                raise VoidNotAllowed("void.refunded", refund_receipt_no=refund)
            if is_day_closed_in(s, payment.hall_id, payment.business_date):
                raise RefundRequired(
                    "day closed", problem="day_closed", business_date=payment.business_date
                )
            if payment.business_date != shift.business_date:
                raise RefundRequired(
                    "not today", problem="other_day", business_date=payment.business_date
                )
            newer = s.execute(
                select(Payment.receipt_no)
                .where(
                    Payment.account_id == account.id,
                    Payment.id > payment.id,
                    Payment.status == PaymentStatus.COMPLETED,
                )
                .order_by(Payment.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if newer is not None:
                raise VoidNotAllowed("void.later_payment", receipt_no=newer)
            approval_row = self._approval(s, approval, VOID, payment.receipt_no, now, lock=True)

            reversed_bills = self._reverse_allocations(s, payment.id)
            balance_before = account.balance
            balance_after = balance_before - (payment.balance_after - payment.balance_before)
            if balance_after != balance_before:
                account.balance = balance_after
            payment.status = PaymentStatus.VOIDED
            row = PaymentVoid(
                payment_id=payment.id,
                reason=text,
                requested_by=self.actor.user_id,
                approved_by=approval_row.approved_by,
                at=now,
                shift_id=shift.id,
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                at=now,
                user_id=self.actor.user_id,
                counter_id=shift.counter_id,
                action="void",
                entity="payment",
                entity_id=payment.id,
                before={"status": PaymentStatus.COMPLETED, "balance": balance_before},
                after={
                    "status": PaymentStatus.VOIDED,
                    "receipt_no": payment.receipt_no,
                    "balance": balance_after,
                    "bills": reversed_bills,
                    "reason": text,
                    "approval": approval_row.id,
                    "approved_by": approval_row.approved_by,
                },
            )
            self._mark_used(s, approval_row, now, shift.counter_id, payment.receipt_no)
            slip = void_slip_for(
                s,
                payment,
                voided_at=now,
                reason=text,
                requested_by=self.actor.user_id,
                approved_by=approval_row.approved_by,
                counter_id=shift.counter_id,
                balance_before=balance_before,
                balance_after=balance_after,
            )
            return VoidResult(payment.id, payment.receipt_no, row.id, slip)

    @requires(Permission.PAYMENT_TAKE)
    def refund(
        self,
        receipt_no: str,
        reason: str,
        approval: ApprovalGrant | None,
        idempotency_key: str,
        tenders: Sequence[TenderLine | tuple[Any, ...]] | None = None,
    ) -> PaymentResult:
        """Refund (退费) a whole payment, e.g. after day close when it can no longer be voided.

        Books a REFUND payment of the negative amount with its own receipt number in the
        clerk's current shift: its allocations are the original's negated (the bills owe again),
        the credit the original left on the account is taken back, a prepaid purchase's volume
        is deducted from the year's purchases. The original stays COMPLETED and is reported as
        refunded.

        Args:
            receipt_no: The receipt to refund.
            reason: Why (required).
            approval: A manager's grant with action ``refund`` and the receipt number as subject.
            idempotency_key: As for :meth:`take_payment`.
            tenders: How the money goes back (positive amounts adding up to the original
                amount); by default the way it came in.

        Raises:
            ApprovalRequired / ApprovalInvalid, RefundNotAllowed, ReceiptNotFound,
            NoOpenShift, DayClosed, PaymentInputError, IdempotencyConflict.
        """
        text = _clean_reason(reason)
        key = _check_key(idempotency_key)
        if approval is None:
            raise ApprovalRequired("a refund needs approval", action=REFUND, subject=receipt_no)
        now = self._clock.now()
        with self._db.write() as s:
            original = self._by_receipt(s, receipt_no)
            account = load_account(s, original.account_id, lock=True)
            existing = self._by_key(s, key)
            if existing is not None:
                if existing.reverses_payment_id != original.id:
                    raise IdempotencyConflict("key used", receipt_no=existing.receipt_no)
                secret, _ = qr_secret(s)
                return self._result(s, existing, secret, replayed=True)
            shift = require_open_shift(s, self.actor)
            if is_day_closed_in(s, shift.hall_id, shift.business_date):
                raise DayClosed("the business day is closed", business_date=shift.business_date)
            original = self._lock_payment(s, original.id)
            if original.kind is PaymentKind.REFUND:
                raise RefundNotAllowed("refund.not_refundable")
            if original.status is PaymentStatus.VOIDED:
                raise RefundNotAllowed("refund.voided")
            done = self._refund_of(s, original.id)
            if done is not None:
                raise RefundNotAllowed("refund.already_refunded", refund_receipt_no=done)
            credit_added = original.balance_after - original.balance_before
            if account.balance - credit_added < 0:
                raise RefundNotAllowed(
                    "refund.credit_used", credit=account.balance, needed=credit_added
                )
            if tenders is None:
                out = [
                    _Tender(t.tender, t.amount, t.reference)
                    for t in s.execute(
                        select(PaymentTender)
                        .where(PaymentTender.payment_id == original.id)
                        .order_by(PaymentTender.id)
                    ).scalars()
                ]
            else:
                out = _check_tenders(tenders, original.amount)
            approval_row = self._approval(s, approval, REFUND, original.receipt_no, now, lock=True)
            seq, number = allocate_receipt_number(
                s, shift.hall_id, self._hall_code(s, shift), shift.business_date.year
            )
            balance_before = account.balance
            balance_after = balance_before - credit_added
            refund = Payment(
                receipt_no=number,
                hall_id=shift.hall_id,
                receipt_year=shift.business_date.year,
                receipt_seq=seq,
                counter_id=shift.counter_id,
                shift_id=shift.id,
                clerk_id=self.actor.user_id,
                account_id=account.id,
                kind=PaymentKind.REFUND,
                status=PaymentStatus.COMPLETED,
                business_date=shift.business_date,
                created_at=now,
                amount=-original.amount,
                late_fee=-original.late_fee,
                late_fee_waived=ZERO,
                cash_received=ZERO,
                change_given=ZERO,
                balance_before=balance_before,
                balance_after=balance_after,
                volume=-original.volume if original.volume is not None else None,
                idempotency_key=key,
                approved_by=approval_row.approved_by,
                reverses_payment_id=original.id,
            )
            refund.tenders = [
                PaymentTender(tender=t.tender, amount=-t.amount, reference=t.reference) for t in out
            ]
            s.add(refund)
            s.flush()
            reversed_bills = self._reverse_allocations(s, original.id, into=refund)
            if balance_after != balance_before:
                account.balance = balance_after
            s.flush()
            audit.record(
                s,
                at=now,
                user_id=self.actor.user_id,
                counter_id=shift.counter_id,
                action="create",
                entity="payment",
                entity_id=refund.id,
                after={
                    "receipt_no": number,
                    "account": account.number,
                    "kind": PaymentKind.REFUND,
                    "amount": refund.amount,
                    "refunds": original.receipt_no,
                    "tenders": [[t.tender, -t.amount, t.reference] for t in out],
                    "bills": reversed_bills,
                    "balance": [balance_before, balance_after],
                    "volume": refund.volume,
                    "reason": text,
                    "approval": approval_row.id,
                    "business_date": shift.business_date,
                    "key": key,
                },
            )
            self._mark_used(s, approval_row, now, shift.counter_id, number)
            secret, _ = qr_secret(s)
            return self._result(s, refund, secret, replayed=False)

    @requires(Permission.PAYMENT_TAKE)
    def rate_service(self, payment_id: int, rating: Satisfaction | str) -> None:
        """Keep the customer's satisfaction rating (满意度) of a transaction, per clerk.

        Raises:
            PaymentInputError: not one of the four ratings.
            PaymentNotFound: no such payment in the clerk's hall.
            RatingExists: the transaction was rated already.
        """
        try:
            value = Satisfaction(rating)
        except ValueError:
            raise PaymentInputError("payment.rating_invalid", field="rating") from None
        now = self._clock.now()
        with self._db.write() as s:
            payment = s.get(Payment, payment_id)
            if payment is None or payment.hall_id != self.actor.hall_id:
                raise PaymentNotFound("no such payment", payment_id=payment_id)
            exists = s.execute(
                select(SatisfactionRating.id).where(
                    SatisfactionRating.clerk_id == payment.clerk_id,
                    SatisfactionRating.payment_id == payment.id,
                )
            ).first()
            if exists is not None:
                raise RatingExists("already rated", payment_id=payment_id)
            row = SatisfactionRating(
                clerk_id=payment.clerk_id, payment_id=payment.id, rating=value, at=now
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                at=now,
                user_id=self.actor.user_id,
                counter_id=self.actor.counter_id,
                action="create",
                entity="satisfaction_rating",
                entity_id=row.id,
                after={"payment": payment.receipt_no, "clerk": payment.clerk_id, "rating": value},
            )

    # ------------------------------------------------------------------------- internals

    def _by_key(self, s: Session, key: str) -> Payment | None:
        # Nearly always absent: probe the unique index for the id, load the row only if found.
        payment_id = s.connection().execute(_PAYMENT_BY_KEY, {"key": key}).scalar_one_or_none()
        return None if payment_id is None else s.get(Payment, payment_id)

    def _hall_code(self, s: Session, shift: Shift) -> str:
        code = self._hall_codes.get(shift.hall_id)
        if code is None:
            code = s.execute(select(Hall.code).where(Hall.id == shift.hall_id)).scalar_one()
            self._hall_codes[shift.hall_id] = code
        return code

    def _same_request(self, existing: Payment, account_id: int, amount: Decimal) -> None:
        if (
            existing.account_id != account_id
            or existing.amount != amount
            or existing.clerk_id != self.actor.user_id
        ):
            raise IdempotencyConflict(
                "key used for another payment", receipt_no=existing.receipt_no
            )

    def _by_receipt(self, s: Session, receipt_no: str) -> Payment:
        number = normalize_text(receipt_no or "").upper()
        payment = s.execute(
            select(Payment).where(Payment.receipt_no == number)
        ).scalar_one_or_none()
        if payment is None:
            raise ReceiptNotFound("no such receipt", receipt_no=number)
        return payment

    def _lock_payment(self, s: Session, payment_id: int) -> Payment:
        return s.execute(
            select(Payment)
            .where(Payment.id == payment_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalar_one()

    def _refund_of(self, s: Session, payment_id: int) -> str | None:
        return s.execute(
            select(Payment.receipt_no).where(
                Payment.reverses_payment_id == payment_id,
                Payment.status == PaymentStatus.COMPLETED,
            )
        ).scalar_one_or_none()

    def _reverse_allocations(
        self, s: Session, payment_id: int, *, into: Payment | None = None
    ) -> list[list[Any]]:
        """Take a payment's allocations off its bills; with ``into``, book them negated there."""
        allocations = list(
            s.execute(
                select(PaymentAllocation)
                .where(PaymentAllocation.payment_id == payment_id)
                .order_by(PaymentAllocation.id)
            ).scalars()
        )
        if not allocations:
            return []
        bills = {
            b.id: b
            for b in s.execute(
                select(Bill).where(Bill.id.in_([a.bill_id for a in allocations])).with_for_update()
            ).scalars()
        }
        done: list[list[Any]] = []
        for a in allocations:
            bill = bills[a.bill_id]
            bill.paid_amount = bill.paid_amount - a.principal
            bill.status = bill_status(bill.amount, bill.paid_amount)
            done.append([bill.id, a.principal, a.late_fee, bill.status])
            if into is not None:
                s.add(
                    PaymentAllocation(
                        payment_id=into.id,
                        bill_id=bill.id,
                        principal=-a.principal,
                        late_fee=-a.late_fee,
                        late_fee_days=a.late_fee_days,
                    )
                )
        return done

    def _approval(
        self,
        s: Session,
        grant: ApprovalGrant,
        action: str,
        subject: str,
        now: datetime,
        *,
        lock: bool = False,
    ) -> Approval:
        """The approval row behind ``grant`` if it covers ``action`` on ``subject`` now.

        With ``lock`` the row stays locked, so two counters cannot use one grant twice.
        """
        query = select(Approval).where(Approval.id == grant.approval_id)
        if lock:
            query = query.with_for_update()
        row = s.execute(query).scalar_one_or_none()
        if (
            row is None
            or row.action != action
            or row.subject != subject
            or row.approved_by != grant.approver_id
            or row.requested_by != self.actor.user_id
        ):
            raise ApprovalInvalid(
                "approval does not cover this", problem="mismatch", action=action, subject=subject
            )
        if now - row.at > APPROVAL_VALID_FOR:
            raise ApprovalInvalid("approval expired", problem="expired")
        used = s.execute(
            select(AuditEntry.id).where(
                AuditEntry.entity == "approval",
                AuditEntry.entity_id == str(row.id),
                AuditEntry.action == "use",
            )
        ).first()
        if used is not None:
            raise ApprovalInvalid("approval already used", problem="used")
        return row

    def _mark_used(
        self, s: Session, approval: Approval, now: datetime, counter_id: int | None, used_for: str
    ) -> None:
        audit.record(
            s,
            at=now,
            user_id=self.actor.user_id,
            counter_id=counter_id,
            action="use",
            entity="approval",
            entity_id=approval.id,
            after={"action": approval.action, "used_for": used_for},
        )

    def _check_print(self, content_hash: str, layout: str) -> str:
        digest = (content_hash or "").strip().lower()
        if not _HASH_RE.fullmatch(digest):
            raise PaymentInputError("payment.hash_invalid", field="content_hash")
        if layout not in PRINT_LAYOUTS:
            raise PaymentInputError("payment.layout_invalid", field="layout", value=layout)
        return digest

    def _audit_print(self, s: Session, row: PrintedDocument, action: str, now: datetime) -> None:
        audit.record(
            s,
            at=now,
            user_id=self.actor.user_id,
            counter_id=self.actor.counter_id,
            action=action,
            entity="printed_document",
            entity_id=row.id,
            after={
                "doc_type": row.doc_type,
                "doc_number": row.doc_number,
                "reprint_no": row.reprint_no,
                "content_hash": row.content_hash,
                "layout": row.layout,
                "printed": row.printed,
                "reason": row.reason,
            },
        )

    def _stored_secret(self, s: Session) -> bytes | None:
        if self._secret is not None:
            return self._secret
        row = s.get(Setting, QR_SECRET_SETTING)
        if row is None:
            return None
        self._secret = bytes.fromhex(str(row.value))
        return self._secret

    def _read_secret(self, s: Session) -> bytes:
        secret = self._stored_secret(s)
        if secret is None:  # pragma: no cover - a stored payment always created the key
            raise RuntimeError("payments exist but the receipt QR key is missing")
        return secret

    def _result(
        self,
        s: Session,
        payment: Payment,
        secret: bytes,
        *,
        replayed: bool,
        prepaid_lines: Sequence[TierLine] | None = None,
        account: Account | None = None,
        account_name: str | None = None,
        bill_lines: tuple[ReceiptBillLine, ...] | None = None,
        unit: str | None = None,
    ) -> PaymentResult:
        receipt = receipt_for(
            s,
            payment,
            secret,
            prepaid_lines=prepaid_lines,
            headers=self._headers,
            account=account,
            account_name=account_name,
            bill_lines=bill_lines,
            unit=unit,
        )
        principal = sum((line.paid_now for line in receipt.bills), ZERO)
        return PaymentResult(
            payment_id=payment.id,
            receipt_no=payment.receipt_no,
            kind=payment.kind,
            status=payment.status,
            account_id=payment.account_id,
            account_number=receipt.account_number,
            amount=payment.amount,
            principal=principal,
            late_fee=payment.late_fee,
            late_fee_waived=payment.late_fee_waived,
            balance_before=payment.balance_before,
            balance_after=payment.balance_after,
            cash_received=payment.cash_received,
            change=payment.change_given,
            volume=payment.volume,
            business_date=payment.business_date,
            paid_at=payment.created_at.astimezone(LOCAL_TZ),
            replayed=replayed,
            receipt=receipt,
        )


def _waiver_reason(request: PaymentRequest) -> str | None:
    """The reason typed for a waiver, else the one the manager gave with the grant."""
    typed = " ".join(normalize_text(request.waiver_reason).split())
    if typed:
        return typed[:REASON_MAX_LENGTH]
    grant = request.waive_late_fee
    return grant.reason[:REASON_MAX_LENGTH] if grant is not None else None
