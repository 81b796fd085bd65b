"""Receipts and void slips as printable DTOs, and the signed QR code on every receipt.

The payment service builds a :class:`~counter_app.domain.receipts.Receipt` from the stored
rows - the same code for the original, a replayed confirm, the last payment after a restart and
a reprint - so what prints is always what the database holds.

QR payload (docs/domain.md §5: "a QR code that lets an auditor verify the receipt")::

    CTR1|H01-2026-00001234|12345|0100000012|2026-11-23T01:30:00Z|<signature>

version, receipt number, amount in fen (negative for refunds), account number, payment time
in UTC to the second, and the first :data:`SIGNATURE_HEX` hex digits of HMAC-SHA256 over the
fields before it, joined by ``|``. The key is a random per-deployment secret kept in the
settings table under :data:`QR_SECRET_SETTING`, created on first use; it is not one of the
settings an administrator edits, so ``SettingsService`` never shows it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    AuditEntry,
    Bill,
    BillLine,
    Counter,
    Hall,
    Payment,
    PaymentAllocation,
    PaymentTender,
    Setting,
    Tariff,
    User,
)
from counter_app.domain.clock import LOCAL_TZ, local_time
from counter_app.domain.documents import HallHeader, IssuedBy
from counter_app.domain.enums import PaymentKind, PaymentStatus, Tender, UtilityKind
from counter_app.domain.money import amount_in_capitals, format_yuan, to_fen
from counter_app.domain.receipts import (
    Receipt,
    ReceiptBillLine,
    ReceiptTender,
    ReceiptTierLine,
)

# The void slip lives in the domain so that printing may render it; importers from here keep
# working through these explicit re-exports.
from counter_app.domain.receipts import VoidSlip as VoidSlip
from counter_app.domain.receipts import VoidSlipBill as VoidSlipBill
from counter_app.domain.tariffs import TierLine
from counter_app.services.bills import UTILITY_LABELS, customer_name
from counter_app.services.settings import read_setting

QR_VERSION = "CTR1"
QR_SECRET_SETTING = "receipts.qr_secret"
#: 80 bits of HMAC: forging one receipt takes ~2^80 tries, and the code stays small.
SIGNATURE_HEX = 20

TENDER_LABELS = {
    Tender.CASH: "现金",
    Tender.BANK_CARD: "银行卡",
    Tender.WECHAT: "微信支付",
    Tender.ALIPAY: "支付宝",
    Tender.TRANSFER: "转账/支票",
}
_PURCHASE_LABELS = {
    UtilityKind.GAS: "购气",
    UtilityKind.ELECTRICITY: "购电",
    UtilityKind.WATER: "购水",
}


def kind_label(kind: PaymentKind, utility: UtilityKind) -> str:
    if kind is PaymentKind.PREPAID:
        return _PURCHASE_LABELS[utility]
    return {PaymentKind.POSTPAID: "缴费", PaymentKind.REFUND: "退费", PaymentKind.FEE: "业务费"}[
        kind
    ]


# ----------------------------------------------------------------------------- QR code


def qr_secret(s: Session) -> tuple[bytes, bool]:
    """The deployment's QR signing key, created on first use in the caller's unit of work.

    Returns:
        The key, and whether it was already committed (only then may a caller cache it: a
        key created by a unit of work that then rolls back never existed).
    """
    row = s.get(Setting, QR_SECRET_SETTING)
    if row is not None:
        return bytes.fromhex(str(row.value)), True
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    # Two counters printing their first receipts at once: one key wins, both use it.
    s.execute(
        insert(Setting)
        .values(
            key=QR_SECRET_SETTING,
            value=secrets.token_hex(32),
            updated_at=datetime.now(UTC),
        )
        .on_conflict_do_nothing(index_elements=["key"])
    )
    value = s.execute(select(Setting.value).where(Setting.key == QR_SECRET_SETTING)).scalar_one()
    return bytes.fromhex(str(value)), False


def qr_time(paid_at: datetime) -> str:
    return paid_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _signature(secret: bytes, fields: Sequence[str]) -> str:
    digest = hmac.new(secret, "|".join(fields).encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:SIGNATURE_HEX]


def qr_payload(
    secret: bytes, receipt_no: str, amount: Decimal, account_number: str, paid_at: datetime
) -> str:
    """The signed text the receipt's QR code carries."""
    fields = [QR_VERSION, receipt_no, str(to_fen(amount)), account_number, qr_time(paid_at)]
    return "|".join([*fields, _signature(secret, fields)])


@dataclass(frozen=True)
class QrContent:
    """The fields of a scanned QR payload; ``genuine`` says whether the signature holds."""

    receipt_no: str
    amount_fen: int
    account_number: str
    paid_at: str
    genuine: bool


def read_qr(secret: bytes, payload: str) -> QrContent | None:
    """Split and check a scanned payload; None when it is not a Counter receipt code."""
    parts = payload.strip().split("|")
    if len(parts) != 6 or parts[0] != QR_VERSION:
        return None
    _version, receipt_no, fen, account_number, paid_at, signature = parts
    try:
        amount_fen = int(fen)
    except ValueError:
        return None
    expected = _signature(secret, parts[:5])
    genuine = hmac.compare_digest(expected, signature.lower())
    return QrContent(receipt_no, amount_fen, account_number, paid_at, genuine)


# ----------------------------------------------------------------------------- receipts


def hall_header(s: Session, hall: Hall) -> HallHeader:
    """The hall and the utility company paid there, as printed in a document's header."""
    return HallHeader(
        code=hall.code,
        name=hall.name,
        address=hall.address,
        hotline=hall.hotline,
        company=str(read_setting(s, "company.name")),
    )


class Headers:
    """Hall, counter and clerk as printed in document headers, looked up once per service.

    They do not change while a clerk is signed in; caching them saves three queries on every
    receipt.
    """

    def __init__(self) -> None:
        self._halls: dict[int, HallHeader] = {}
        self._counters: dict[int, int | None] = {}
        self._clerks: dict[int, tuple[str, str]] = {}

    def issued_by(
        self,
        s: Session,
        hall_id: int,
        counter_id: int | None,
        clerk_id: int,
        printed_at: datetime,
    ) -> IssuedBy:
        hall = self._halls.get(hall_id)
        if hall is None:
            row = s.get(Hall, hall_id)
            assert row is not None
            hall = self._halls[hall_id] = hall_header(s, row)
        number: int | None = None
        if counter_id is not None:
            if counter_id not in self._counters:
                counter = s.get(Counter, counter_id)
                self._counters[counter_id] = counter.number if counter else None
            number = self._counters[counter_id]
        clerk = self._clerks.get(clerk_id)
        if clerk is None:
            user = s.get(User, clerk_id)
            assert user is not None
            clerk = (user.employee_no, user.name)
            self._clerks[clerk_id] = clerk
        return IssuedBy(
            hall=hall,
            counter_number=number,
            clerk_employee_no=clerk[0],
            clerk_name=clerk[1],
            printed_at=printed_at.astimezone(LOCAL_TZ),
        )


def issued_by(
    s: Session, hall_id: int, counter_id: int | None, clerk_id: int, printed_at: datetime
) -> IssuedBy:
    """Hall, counter and clerk of a transaction, as printed in a document's header."""
    return Headers().issued_by(s, hall_id, counter_id, clerk_id, printed_at)


def receipt_tenders(tenders: Iterable[PaymentTender]) -> tuple[ReceiptTender, ...]:
    return tuple(
        ReceiptTender(TENDER_LABELS[t.tender], t.amount, t.reference)
        # Stored tenders in the order they were typed; new ones (no id yet) as given.
        for t in sorted(tenders, key=lambda t: t.id or 0)
    )


@dataclass(frozen=True)
class SettledBill:
    """A bill as one payment settled it: what the receipt prints for it."""

    bill: Bill
    unit: str
    principal: Decimal
    late_fee: Decimal
    late_fee_days: int


_TIER_LINES = (
    select(
        BillLine.bill_id, BillLine.tier_no, BillLine.volume, BillLine.unit_price, BillLine.amount
    )
    .where(BillLine.bill_id.in_(bindparam("bill_ids", expanding=True)))
    .order_by(BillLine.bill_id, BillLine.tier_no)
)


def receipt_bill_lines(s: Session, settled: Sequence[SettledBill]) -> tuple[ReceiptBillLine, ...]:
    """Receipt lines of settled bills with their tier breakdown (one query for the tiers)."""
    if not settled:
        return ()
    tiers: dict[int, list[ReceiptTierLine]] = defaultdict(list)
    ids = sorted({x.bill.id for x in settled})
    rows = s.connection().execute(_TIER_LINES, {"bill_ids": ids}).all()
    for bill_id, tier_no, volume, unit_price, amount in rows:
        tiers[bill_id].append(ReceiptTierLine(tier_no, volume, unit_price, amount))
    return receipt_bill_lines_with(settled, tiers)


def receipt_bill_lines_with(
    settled: Sequence[SettledBill], tiers: Mapping[int, Sequence[ReceiptTierLine]]
) -> tuple[ReceiptBillLine, ...]:
    """:func:`receipt_bill_lines` with the tier lines already read (by bill id, in tier
    order), as a payment reads them with the bills it settles."""
    return tuple(
        ReceiptBillLine(
            period=x.bill.period,
            previous_reading=x.bill.previous_reading,
            previous_read_on=x.bill.previous_read_on,
            current_reading=x.bill.current_reading,
            current_read_on=x.bill.current_read_on,
            usage=x.bill.usage,
            unit=x.unit,
            tiers=tuple(tiers.get(x.bill.id, ())),
            bill_amount=x.bill.amount,
            paid_now=x.principal,
            late_fee=x.late_fee,
            late_fee_days=x.late_fee_days,
        )
        for x in settled
    )


def _bill_lines(s: Session, payment: Payment) -> tuple[ReceiptBillLine, ...]:
    rows = s.execute(
        select(PaymentAllocation, Bill, Tariff.unit)
        .join(Bill, Bill.id == PaymentAllocation.bill_id)
        .join(Tariff, Tariff.id == Bill.tariff_id)
        .where(PaymentAllocation.payment_id == payment.id)
        .order_by(PaymentAllocation.id)
    ).all()
    return receipt_bill_lines(
        s,
        [
            SettledBill(bill, unit, a.principal, a.late_fee, a.late_fee_days)
            for a, bill, unit in rows
        ],
    )


def prepaid_notes(lines: Sequence[TierLine], unit: str) -> tuple[str, ...]:
    """The tier breakdown of a prepaid purchase, one printed line per tier."""
    return tuple(
        f"第{ln.tier}阶梯 {ln.volume.normalize():f} {unit} × {format_yuan(ln.unit_price)}"
        f" = {format_yuan(ln.amount)}"
        if ln.unit_price == ln.unit_price.quantize(Decimal("0.01"))
        else f"第{ln.tier}阶梯 {ln.volume.normalize():f} {unit} × ¥{ln.unit_price.normalize():f}"
        f" = {format_yuan(ln.amount)}"
        for ln in lines
    )


def stored_prepaid_lines(s: Session, payment: Payment) -> list[TierLine]:
    """The tier split of a prepaid purchase, as its audit entry recorded it at the time.

    The split depends on the purchases of the year before it, which later voids change; the
    audit entry written in the purchase's own unit of work keeps what was actually sold.
    """
    after = s.execute(
        select(AuditEntry.after)
        .where(
            AuditEntry.entity == "payment",
            AuditEntry.entity_id == str(payment.id),
            AuditEntry.action == "create",
        )
        .limit(1)
    ).scalar_one_or_none()
    tiers: list[Any] = after.get("tiers", []) if isinstance(after, dict) else []
    return [
        TierLine(int(t[0]), Decimal(str(t[1])), Decimal(str(t[2])), Decimal(str(t[3])))
        for t in tiers
    ]


def receipt_for(
    s: Session,
    payment: Payment,
    secret: bytes,
    *,
    printed_at: datetime | None = None,
    reprint_no: int = 0,
    original_printed_at: datetime | None = None,
    prepaid_lines: Sequence[TierLine] | None = None,
    extra_notes: Sequence[str] = (),
    headers: Headers | None = None,
    account: Account | None = None,
    account_name: str | None = None,
    bill_lines: tuple[ReceiptBillLine, ...] | None = None,
    unit: str | None = None,
) -> Receipt:
    """The receipt of a stored payment, customer copy.

    What the caller already holds (the payment service right after booking a payment) can be
    passed in and is not read again: ``headers``, ``account``, ``account_name``,
    ``bill_lines``, ``prepaid_lines`` and the tariff's ``unit``.

    Args:
        s: The unit of work the payment was loaded in.
        payment: The payment (any kind).
        secret: The QR signing key.
        printed_at: When this copy prints; the payment time for the original.
        reprint_no: 0 for the original, n for the n-th 补打.
        original_printed_at: When the original printed, shown on reprints.
        prepaid_lines: The tier split of a prepaid purchase; otherwise it is read back from
            the purchase's audit entry.
        extra_notes: Further lines to print (e.g. who reprinted it).
    """
    if account is None:
        account = s.get(Account, payment.account_id)
        assert account is not None
    if account_name is None:
        account_name = customer_name(s, account)
    notes: list[str] = []
    if payment.volume is not None:
        if unit is None:
            unit = (
                s.execute(
                    select(Tariff.unit)
                    .where(
                        Tariff.utility_kind == account.utility_kind,
                        Tariff.tariff_class == account.tariff_class,
                    )
                    .limit(1)
                ).scalar_one_or_none()
                or ""
            )
        lines = list(prepaid_lines) if prepaid_lines is not None else None
        if lines is None:
            lines = stored_prepaid_lines(s, payment)
        notes.extend(prepaid_notes(lines, unit))
    if payment.reverses_payment_id is not None:
        original = s.get(Payment, payment.reverses_payment_id)
        if original is not None:
            notes.append(f"退还原收据 {original.receipt_no}")
    notes.extend(extra_notes)
    header = (headers or Headers()).issued_by(
        s, payment.hall_id, payment.counter_id, payment.clerk_id, printed_at or payment.created_at
    )
    return Receipt(
        issued=header,
        receipt_no=payment.receipt_no,
        paid_at=payment.created_at.astimezone(LOCAL_TZ),
        business_date=payment.business_date,
        account_number=account.number,
        account_name=account_name,
        address=account.supply_address,
        utility_kind=UTILITY_LABELS[account.utility_kind],
        kind=kind_label(payment.kind, account.utility_kind),
        bills=bill_lines if bill_lines is not None else _bill_lines(s, payment),
        late_fee_total=payment.late_fee,
        late_fee_waived=payment.late_fee_waived,
        total=payment.amount,
        total_in_capitals=amount_in_capitals(payment.amount),
        # Loaded with the payment, or still in memory right after booking it.
        tenders=receipt_tenders(payment.tenders),
        cash_received=payment.cash_received,
        change=payment.change_given,
        balance_before=payment.balance_before,
        balance_after=payment.balance_after,
        qr_payload=qr_payload(
            secret, payment.receipt_no, payment.amount, account.number, payment.created_at
        ),
        prepaid_volume=payment.volume,
        reprint_no=reprint_no,
        original_printed_at=(local_time(original_printed_at)),
        voided=payment.status is PaymentStatus.VOIDED,
        notes=tuple(notes),
    )


# ----------------------------------------------------------------------------- void slips


def void_slip_for(
    s: Session,
    payment: Payment,
    *,
    voided_at: datetime,
    reason: str,
    requested_by: int,
    approved_by: int,
    counter_id: int | None,
    balance_before: Decimal,
    balance_after: Decimal,
) -> VoidSlip:
    account = s.get(Account, payment.account_id)
    requester = s.get(User, requested_by)
    approver = s.get(User, approved_by)
    assert account is not None
    assert requester is not None
    assert approver is not None
    allocations = s.execute(
        select(PaymentAllocation.principal, PaymentAllocation.late_fee, Bill.period)
        .join(Bill, Bill.id == PaymentAllocation.bill_id)
        .where(PaymentAllocation.payment_id == payment.id)
        .order_by(PaymentAllocation.id)
    ).all()
    tenders = s.execute(
        select(PaymentTender).where(PaymentTender.payment_id == payment.id)
    ).scalars()
    return VoidSlip(
        issued=issued_by(s, payment.hall_id, counter_id, requested_by, voided_at),
        receipt_no=payment.receipt_no,
        kind=kind_label(payment.kind, account.utility_kind),
        original_paid_at=payment.created_at.astimezone(LOCAL_TZ),
        voided_at=voided_at.astimezone(LOCAL_TZ),
        business_date=payment.business_date,
        account_number=account.number,
        account_name=customer_name(s, account),
        address=account.supply_address,
        amount=payment.amount,
        amount_in_capitals=amount_in_capitals(payment.amount),
        late_fee=payment.late_fee,
        tenders=receipt_tenders(tenders),
        bills=tuple(VoidSlipBill(period, principal, fee) for principal, fee, period in allocations),
        prepaid_volume=payment.volume,
        balance_before=balance_before,
        balance_after=balance_after,
        reason=reason,
        requested_by=requester.employee_no,
        approved_by=approver.employee_no,
    )
