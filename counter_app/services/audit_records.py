"""The money records against their audit entries (docs/domain.md §11, tamper-proof records).

The audit trail says what each payment, void and print was when it was made; the records
must still say the same:

* every payment has its ``create`` entry and agrees with it (receipt number, account, kind,
  amount, late fee, balance before and after, tenders, allocations), and every such entry
  still has its payment;
* a payment is voided exactly when it has a void row and a ``void`` entry;
* a bill has paid what the allocations of its standing payments paid (plus what its ``create``
  entry says was paid when it was made) and its status follows from that;
* an account's credit is what its standing payments left on it;
* every printed document agrees with the entry that registered it, and the other way round.

A check reads the whole database and is for ``counter-app verify-audit``, not for a counter.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from counter_app.db.base import Money
from counter_app.db.models import (
    Account,
    AuditEntry,
    Bill,
    Payment,
    PaymentAllocation,
    PaymentTender,
    PaymentVoid,
    PrintedDocument,
)
from counter_app.domain.enums import BillStatus, PaymentKind, PaymentStatus
from counter_app.services.bills import bill_status

ZERO = Decimal("0.00")
_PRINT_ACTIONS = ("print", "reprint", "printed", "print_failed")


@dataclass(frozen=True)
class RecordMismatch:
    """One record that does not agree with the audit trail.

    ``kind``: ``payment``, ``void``, ``bill``, ``account``, ``printed_document``;
    ``problem``: the field that differs, or ``missing`` (in the trail, not in the database)
    or ``unaudited`` (in the database, not in the trail); ``detail``: both values, in words.
    """

    kind: str
    record_id: int
    label: str
    problem: str
    detail: str

    @property
    def text(self) -> str:
        return f"{self.kind} {self.label} (id {self.record_id}): {self.problem}: {self.detail}"


@dataclass(frozen=True)
class RecordsCheck:
    """How many records of each kind were compared, and those that do not match."""

    checked: dict[str, int] = field(default_factory=dict)
    mismatches: tuple[RecordMismatch, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.mismatches

    @property
    def first(self) -> RecordMismatch | None:
        return self.mismatches[0] if self.mismatches else None


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _fen_sum(column: Any) -> Any:
    """SUM of a money column (or a difference of two), read back as yuan."""
    return type_coerce(func.sum(type_coerce(column, Integer())), Money())


def _entries(s: Session, entity: str, actions: Iterable[str]) -> dict[int, list[dict[str, Any]]]:
    """The ``after`` of every entry about ``entity`` with one of ``actions``, by record id,
    oldest first (each with its ``action``)."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = s.execute(
        select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.after)
        .where(AuditEntry.entity == entity, AuditEntry.action.in_(list(actions)))
        .order_by(AuditEntry.id)
    )
    for entity_id, action, after in rows:
        if entity_id is not None and entity_id.isdigit():
            out[int(entity_id)].append({**(after or {}), "_action": action})
    return out


class _Finder:
    def __init__(self) -> None:
        self.found: list[RecordMismatch] = []

    def add(self, kind: str, record_id: int, label: str, problem: str, detail: str) -> None:
        self.found.append(RecordMismatch(kind, record_id, label, problem, detail))

    def compare(
        self, kind: str, record_id: int, label: str, problem: str, stored: Any, audited: Any
    ) -> None:
        if stored != audited:
            self.add(
                kind, record_id, label, problem, f"{stored} in the database, {audited} audited"
            )


def _tender_set(rows: Iterable[Iterable[Any]], sign: int = 1) -> Counter[tuple[str, Decimal]]:
    out: Counter[tuple[str, Decimal]] = Counter()
    for tender, amount, *_ in rows:
        out[(str(tender), sign * (_money(amount) or ZERO))] += 1
    return out


def _allocation_set(
    rows: Iterable[Iterable[Any]], sign: int = 1
) -> Counter[tuple[int, Decimal, Decimal]]:
    out: Counter[tuple[int, Decimal, Decimal]] = Counter()
    for bill_id, principal, late_fee, *_ in rows:
        out[
            (int(bill_id), sign * (_money(principal) or ZERO), sign * (_money(late_fee) or ZERO))
        ] += 1
    return out


def _audited_allocations(after: dict[str, Any]) -> Counter[tuple[int, Decimal, Decimal]]:
    if after.get("kind") == PaymentKind.REFUND.value:
        # A refund records the bills it takes back; its allocations are theirs negated.
        return _allocation_set(after.get("bills") or (), sign=-1)
    return _allocation_set(after.get("allocations") or ())


def _check_payments(s: Session, f: _Finder) -> int:
    created = _entries(s, "payment", ("create",))
    voided = _entries(s, "payment", ("void",))
    tenders: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for t in s.execute(
        select(PaymentTender.payment_id, PaymentTender.tender, PaymentTender.amount)
    ):
        tenders[t[0]].append(tuple(t[1:]))
    allocations: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for a in s.execute(
        select(
            PaymentAllocation.payment_id,
            PaymentAllocation.bill_id,
            PaymentAllocation.principal,
            PaymentAllocation.late_fee,
        )
    ):
        allocations[a[0]].append(tuple(a[1:]))
    void_rows = set(s.execute(select(PaymentVoid.payment_id)).scalars())
    count = 0
    seen: set[int] = set()
    for p, account_number in s.execute(
        select(Payment, Account.number)
        .join(Account, Account.id == Payment.account_id)
        .order_by(Payment.id)
    ):
        count += 1
        seen.add(p.id)
        label = p.receipt_no
        entries = created.get(p.id)
        if not entries:
            f.add("payment", p.id, label, "unaudited", "no audit entry records this payment")
            continue
        after = entries[0]
        f.compare("payment", p.id, label, "receipt_no", p.receipt_no, after.get("receipt_no"))
        f.compare("payment", p.id, label, "account", account_number, after.get("account"))
        f.compare("payment", p.id, label, "kind", p.kind.value, after.get("kind"))
        f.compare("payment", p.id, label, "amount", _money(p.amount), _money(after.get("amount")))
        if "late_fee" in after:
            f.compare(
                "payment", p.id, label, "late_fee", _money(p.late_fee), _money(after["late_fee"])
            )
        if "balance" in after:
            before, now = after["balance"]
            f.compare(
                "payment",
                p.id,
                label,
                "balance",
                (_money(p.balance_before), _money(p.balance_after)),
                (_money(before), _money(now)),
            )
        if "tenders" in after:
            stored = _tender_set(tenders.get(p.id, ()))
            f.compare(
                "payment", p.id, label, "tenders", sorted(stored.elements()),
                sorted(_tender_set(after["tenders"]).elements()),
            )  # fmt: skip
        stored_alloc = _allocation_set(allocations.get(p.id, ()))
        f.compare(
            "payment", p.id, label, "allocations", sorted(stored_alloc.elements()),
            sorted(_audited_allocations(after).elements()),
        )  # fmt: skip
        is_voided = p.status is PaymentStatus.VOIDED
        if is_voided != (p.id in voided) or is_voided != (p.id in void_rows):
            f.add(
                "void",
                p.id,
                label,
                "status",
                f"payment {p.status.value}, void row {'present' if p.id in void_rows else 'absent'}"
                f", void entry {'present' if p.id in voided else 'absent'}",
            )
    for payment_id, entries in created.items():
        if payment_id not in seen:
            label = str(entries[0].get("receipt_no"))
            f.add("payment", payment_id, label, "missing", "audited, not in the database")
    for payment_id, entries in voided.items():
        if payment_id not in seen:
            label = str(entries[0].get("receipt_no"))
            f.add("void", payment_id, label, "missing", "void audited, payment not in the database")
    return count


def _check_bills(s: Session, f: _Finder) -> int:
    opened = {
        bill_id: _money(entries[0].get("paid")) or ZERO
        for bill_id, entries in _entries(s, "bill", ("create",)).items()
    }
    paid: dict[int, Any] = dict(
        s.execute(
            select(PaymentAllocation.bill_id, _fen_sum(PaymentAllocation.principal))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(Payment.status == PaymentStatus.COMPLETED)
            .group_by(PaymentAllocation.bill_id)
        ).all()
    )
    count = 0
    for bill_id, number, amount, paid_amount, status in s.execute(
        select(Bill.id, Bill.number, Bill.amount, Bill.paid_amount, Bill.status).order_by(Bill.id)
    ):
        count += 1
        expected = opened.get(bill_id, ZERO) + (_money(paid.get(bill_id)) or ZERO)
        f.compare("bill", bill_id, number, "paid_amount", _money(paid_amount), expected)
        if status is BillStatus.WRITTEN_OFF:
            continue
        due = BillStatus.PAID if amount == 0 else bill_status(amount, paid_amount)
        f.compare("bill", bill_id, number, "status", status.value, due.value)
    return count


def _check_accounts(s: Session, f: _Finder) -> int:
    left: dict[int, Any] = dict(
        s.execute(
            select(Payment.account_id, _fen_sum(Payment.balance_after - Payment.balance_before))
            .where(Payment.status == PaymentStatus.COMPLETED)
            .group_by(Payment.account_id)
        ).all()
    )
    count = 0
    for account_id, number, balance in s.execute(
        select(Account.id, Account.number, Account.balance).order_by(Account.id)
    ):
        count += 1
        expected = _money(left.get(account_id)) or ZERO
        f.compare("account", account_id, number, "balance", _money(balance), expected)
    return count


def _check_prints(s: Session, f: _Finder) -> int:
    registered = _entries(s, "printed_document", _PRINT_ACTIONS)
    count = 0
    seen: set[int] = set()
    for row in s.execute(select(PrintedDocument).order_by(PrintedDocument.id)).scalars():
        count += 1
        seen.add(row.id)
        label = f"{row.doc_type.value} {row.doc_number} copy {row.reprint_no}"
        entries = registered.get(row.id)
        if not entries:
            f.add("printed_document", row.id, label, "unaudited", "no audit entry registers it")
            continue
        first = entries[0]
        stored = (row.doc_type.value, row.doc_number, row.reprint_no, row.content_hash)
        audited = (
            first.get("doc_type"),
            first.get("doc_number"),
            first.get("reprint_no"),
            first.get("content_hash"),
        )
        f.compare("printed_document", row.id, label, "document", stored, audited)
    for doc_id, entries in registered.items():
        if doc_id not in seen:
            first = entries[0]
            label = f"{first.get('doc_type')} {first.get('doc_number')}"
            f.add("printed_document", doc_id, label, "missing", "audited, not in the database")
    return count


def verify_records(s: Session) -> RecordsCheck:
    """Compare the payments, voids, bills, balances and printed documents with the trail;
    the mismatches come payments first, then voids, bills, accounts, printed documents."""
    f = _Finder()
    checked = {
        "payments": _check_payments(s, f),
        "bills": _check_bills(s, f),
        "accounts": _check_accounts(s, f),
        "printed_documents": _check_prints(s, f),
    }
    order = {"payment": 0, "void": 1, "bill": 2, "account": 3, "printed_document": 4}
    found = sorted(f.found, key=lambda m: (order[m.kind], m.record_id))
    return RecordsCheck(checked, tuple(found))
