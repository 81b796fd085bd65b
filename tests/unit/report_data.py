"""A business day of many payments, written fast, for the report tests and benchmarks.

Taking thousands of payments through ``PaymentService`` one by one would take minutes on a
small machine, and the reports only read what a payment leaves behind. :func:`fill_payments`
writes those rows in bulk, as the payment service would have left them: a receipt number
each, taken from the hall's sequence in order; tender lines that add up to the amount (at
most one cash line, with the cash handed over and the change); voided payments with their
void record; refunds of earlier payments (negative, their own receipt number); 补打 copies in
the print register; satisfaction ratings. Shifts, cash movements and the close with its
variance go through the real services in the tests.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_UP, Decimal

from sqlalchemy import insert, select, update

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    Hall,
    Payment,
    PaymentTender,
    PaymentVoid,
    PrintedDocument,
    ReceiptSequence,
    SatisfactionRating,
    Shift,
)
from counter_app.domain.cash import DENOMINATIONS
from counter_app.domain.enums import (
    DocumentType,
    PaymentKind,
    PaymentStatus,
    Satisfaction,
    Tender,
)

D = Decimal
NON_CASH = (Tender.BANK_CARD, Tender.WECHAT, Tender.ALIPAY, Tender.TRANSFER)


@dataclass
class Filled:
    payments: int = 0
    voids: int = 0
    refunds: int = 0
    reprints: int = 0
    ratings: int = 0
    receipt_nos: list[str] = field(default_factory=list)


def counts_of(amount: Decimal | str) -> dict[Decimal, int]:
    """A count by denomination adding up to ``amount``, largest notes first."""
    left = D(amount)
    counts: dict[Decimal, int] = {}
    for denomination in DENOMINATIONS:
        pieces = int(left // denomination.value)
        counts[denomination.value] = pieces
        left -= denomination.value * pieces
    assert left == 0, amount
    return counts


def _tenders(rng: random.Random, amount: Decimal) -> list[tuple[Tender, Decimal]]:
    roll = rng.random()
    if roll < 0.45:
        return [(Tender.CASH, amount)]
    if roll < 0.85 or amount < D("2.00"):
        return [(rng.choice(NON_CASH), amount)]
    cash = (amount * D(rng.choice(("0.3", "0.5", "0.7")))).quantize(D("0.1"))
    return [(Tender.CASH, cash), (rng.choice(NON_CASH), amount - cash)]


def fill_payments(
    db: Database,
    shift_ids: list[int],
    count: int,
    *,
    manager_id: int,
    seed: int = 12,
    start: datetime | None = None,
    void_rate: float = 0.03,
    refund_rate: float = 0.01,
    reprint_rate: float = 0.02,
    rating_rate: float = 0.3,
    chunk: int = 2000,
) -> Filled:
    """Write ``count`` payments spread over the open shifts ``shift_ids``.

    Times run from ``start`` (default: the first shift's opening) a few seconds to a few
    minutes apart, round robin over the shifts, all on the shifts' business date.
    """
    rng = random.Random(seed)
    filled = Filled()
    with db.write() as s:
        shifts = [s.get(Shift, shift_id) for shift_id in shift_ids]
        assert all(shifts)
        hall_id = shifts[0].hall_id  # type: ignore[union-attr]
        business_date: date = shifts[0].business_date  # type: ignore[union-attr]
        hall_code = s.get(Hall, hall_id).code  # type: ignore[union-attr]
        accounts = list(s.execute(select(Account.id).where(Account.hall_id == hall_id)).scalars())
        year = business_date.year
        sequence = s.get(ReceiptSequence, (hall_id, year))
        if sequence is None:
            sequence = ReceiptSequence(hall_id=hall_id, year=year, last_seq=0)
            s.add(sequence)
            s.flush()
        seq = sequence.last_seq
        moment = start or max(sh.opened_at for sh in shifts)  # type: ignore[union-attr]
        done = 0
        completed: list[tuple[int, dict[str, object], list[tuple[Tender, Decimal]]]] = []
        while done < count:
            batch = min(chunk, count - done)
            rows: list[dict[str, object]] = []
            lines: list[list[tuple[Tender, Decimal]]] = []
            for index in range(batch):
                shift = shifts[(done + index) % len(shifts)]
                assert shift is not None
                moment += timedelta(seconds=rng.randint(2, 30))
                seq += 1
                refund_of = (
                    completed.pop(rng.randrange(len(completed)))
                    if completed and rng.random() < refund_rate
                    else None
                )
                if refund_of is not None:
                    amount = -Decimal(str(refund_of[1]["amount"]))
                    tenders = [(t, -a) for t, a in refund_of[2]]
                    kind = PaymentKind.REFUND
                    received = change = D("0.00")
                    account_id = int(refund_of[1]["account_id"])  # type: ignore[call-overload]
                else:
                    # To the jiao: the drawer has no fen coins (docs/domain.md §9).
                    amount = D(rng.randint(10, 9000)) / 10
                    tenders = _tenders(rng, amount)
                    kind = rng.choice(
                        (PaymentKind.POSTPAID, PaymentKind.POSTPAID, PaymentKind.PREPAID)
                    )
                    cash = sum((a for t, a in tenders if t is Tender.CASH), D("0.00"))
                    received = (
                        (cash / 10).quantize(D("1"), rounding=ROUND_UP) * 10 if cash else cash
                    )
                    change = received - cash
                    account_id = rng.choice(accounts)
                rows.append(
                    {
                        "receipt_no": f"{hall_code}-{year}-{seq:08d}",
                        "hall_id": hall_id,
                        "receipt_year": year,
                        "receipt_seq": seq,
                        "counter_id": shift.counter_id,
                        "shift_id": shift.id,
                        "clerk_id": shift.clerk_id,
                        "account_id": account_id,
                        "kind": kind,
                        "status": PaymentStatus.COMPLETED,
                        "business_date": business_date,
                        "created_at": moment,
                        "amount": amount,
                        "late_fee": D("0.00"),
                        "late_fee_waived": D("0.00"),
                        "cash_received": received,
                        "change_given": change,
                        "balance_before": D("0.00"),
                        "balance_after": D("0.00"),
                        "idempotency_key": str(uuid.UUID(int=rng.getrandbits(128))),
                        "reverses_payment_id": refund_of[0] if refund_of else None,
                    }
                )
                lines.append(tenders)
            ids = list(
                s.scalars(insert(Payment).returning(Payment.id, sort_by_parameter_order=True), rows)
            )
            tender_rows = []
            voids = []
            prints = []
            ratings = []
            for payment_id, row, tenders in zip(ids, rows, lines, strict=True):
                for tender, amount in tenders:
                    tender_rows.append(
                        {
                            "payment_id": payment_id,
                            "tender": tender,
                            "amount": amount,
                            "reference": None if tender is Tender.CASH else f"REF{payment_id}",
                        }
                    )
                at: datetime = row["created_at"]  # type: ignore[assignment]
                filled.receipt_nos.append(str(row["receipt_no"]))
                if row["kind"] is PaymentKind.REFUND:
                    filled.refunds += 1
                elif rng.random() < void_rate:
                    row["status"] = PaymentStatus.VOIDED
                    voids.append(
                        {
                            "payment_id": payment_id,
                            "reason": "金额输错",
                            "requested_by": row["clerk_id"],
                            "approved_by": manager_id,
                            "at": at + timedelta(seconds=1),
                            "shift_id": row["shift_id"],
                        }
                    )
                else:
                    completed.append((payment_id, row, tenders))
                if rng.random() < reprint_rate:
                    prints.append(
                        {
                            "doc_type": DocumentType.RECEIPT,
                            "doc_number": row["receipt_no"],
                            "hall_id": hall_id,
                            "counter_id": row["counter_id"],
                            "user_id": row["clerk_id"],
                            "printed_at": at + timedelta(seconds=1),
                            "reprint_no": 1,
                            "reason": "客户遗失收据",
                            "content_hash": "0" * 64,
                            "layout": "thermal80",
                            "printed": True,
                        }
                    )
                if row["status"] is PaymentStatus.COMPLETED and rng.random() < rating_rate:
                    ratings.append(
                        {
                            "clerk_id": row["clerk_id"],
                            "payment_id": payment_id,
                            "rating": rng.choice(
                                (Satisfaction.VERY_SATISFIED,) * 6
                                + (Satisfaction.SATISFIED,) * 3
                                + (Satisfaction.DISSATISFIED,)
                            ),
                            "at": at + timedelta(seconds=1),
                        }
                    )
            s.execute(insert(PaymentTender), tender_rows)
            if voids:
                s.execute(insert(PaymentVoid), voids)
                voided_ids = [v["payment_id"] for v in voids]
                s.execute(
                    update(Payment)
                    .where(Payment.id.in_(voided_ids))
                    .values(status=PaymentStatus.VOIDED)
                )
            if prints:
                s.execute(insert(PrintedDocument), prints)
            if ratings:
                s.execute(insert(SatisfactionRating), ratings)
            filled.voids += len(voids)
            filled.reprints += len(prints)
            filled.ratings += len(ratings)
            done += batch
        sequence.last_seq = seq
        filled.payments = count
    return filled
