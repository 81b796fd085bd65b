"""Taking a payment back: voids (冲正) on the day, refunds (退费) after it.

Voids reverse a payment of the current business day before day close, newest first per
account, with a manager's approval; the payment row stays, marked VOIDED, with a
:class:`PaymentVoid` beside it. After day close a refund with approval books a new, negative
REFUND payment with its own receipt number instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Bill, Payment, PaymentAllocation, PaymentTender, PaymentVoid
from counter_app.domain.enums import PaymentKind, PaymentStatus
from counter_app.domain.money import ZERO
from counter_app.domain.permissions import Permission
from counter_app.services import approvals, audit, oplog
from counter_app.services.approvals import ApprovalGrant
from counter_app.services.base import Service, requires
from counter_app.services.bills import bill_status, load_account
from counter_app.services.hall_boundary import require_own_hall
from counter_app.services.payments.checks import (
    CheckedTender,
    check_key,
    check_tenders,
    clean_reason,
)
from counter_app.services.payments.dto import REFUND, VOID, PaymentResult, TenderLine, VoidResult
from counter_app.services.payments.errors import (
    ApprovalRequired,
    IdempotencyConflict,
    RefundNotAllowed,
    RefundRequired,
    VoidNotAllowed,
)
from counter_app.services.payments.receipt_numbers import HallCodes, allocate_receipt_number
from counter_app.services.payments.records import (
    lock_payment,
    payment_by_key,
    payment_by_receipt,
    payment_result,
    refund_of,
)
from counter_app.services.receipts import Headers, qr_secret, void_slip_for
from counter_app.services.shifts import DayClosed, is_day_closed_in, require_open_shift


class ReversalService(Service):
    """Voids and refunds of payments, with a manager's approval, at the clerk's counter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headers = Headers()
        self._hall_codes = HallCodes()

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
            The void slip to print (then :meth:`ReceiptPrintService.register_print` with
            ``VOID_SLIP``).

        Raises:
            ApprovalRequired / ApprovalInvalid: no fitting manager's approval.
            RefundRequired: the day is closed or the payment is of another business day.
            VoidNotAllowed: already voided, refunded, a newer payment on the account, or
                another hall's receipt.
            ReceiptNotFound, NoOpenShift, PaymentInputError (no reason).
        """
        text = clean_reason(reason)
        if approval is None:
            raise ApprovalRequired(VOID, receipt_no)
        now = self._clock.now()
        with self._db.write() as s:
            payment = payment_by_receipt(s, receipt_no)
            if payment.hall_id != self.actor.hall_id:
                raise VoidNotAllowed("void.other_hall")
            shift = require_open_shift(s, self.actor)
            account = load_account(s, payment.account_id, lock=True)
            payment = lock_payment(s, payment.id)
            if payment.status is PaymentStatus.VOIDED:
                raise VoidNotAllowed("void.already_voided", receipt_no=payment.receipt_no)
            refund = refund_of(s, payment.id)
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
            approved = approvals.check(
                s,
                approval,
                action=VOID,
                subject=payment.receipt_no,
                actor=self.actor,
                now=now,
                lock=True,
            )

            reversed_bills = _reverse_allocations(s, payment.id)
            balance_before = account.balance
            balance_after = balance_before - (payment.balance_after - payment.balance_before)
            if balance_after != balance_before:
                account.balance = balance_after
            payment.status = PaymentStatus.VOIDED
            row = PaymentVoid(
                payment_id=payment.id,
                reason=text,
                requested_by=self.actor.user_id,
                approved_by=approved.approved_by,
                at=now,
                shift_id=shift.id,
            )
            s.add(row)
            s.flush()
            audit.record_by(
                s,
                self.actor,
                now,
                "void",
                "payment",
                payment.id,
                counter_id=shift.counter_id,
                before={"status": PaymentStatus.COMPLETED, "balance": balance_before},
                after={
                    "status": PaymentStatus.VOIDED,
                    "receipt_no": payment.receipt_no,
                    "balance": balance_after,
                    "bills": reversed_bills,
                    "reason": text,
                    "approval": approved.approval_id,
                    "approved_by": approved.approved_by,
                },
            )
            approvals.consume(
                s,
                approval,
                action=VOID,
                subject=payment.receipt_no,
                actor=self.actor,
                now=now,
                used_for=payment.receipt_no,
                counter_id=shift.counter_id,
            )
            slip = void_slip_for(
                s,
                payment,
                voided_at=now,
                reason=text,
                requested_by=self.actor.user_id,
                approved_by=approved.approved_by,
                counter_id=shift.counter_id,
                balance_before=balance_before,
                balance_after=balance_after,
            )
            result = VoidResult(payment.id, payment.receipt_no, row.id, slip)
        oplog.payment_voided(result.receipt_no, slip.amount, slip.requested_by, slip.approved_by)
        return result

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
            idempotency_key: As for :meth:`PaymentService.take_payment`.
            tenders: How the money goes back (positive amounts adding up to the original
                amount); by default the way it came in.

        Raises:
            ApprovalRequired / ApprovalInvalid, RefundNotAllowed, ReceiptNotFound,
            NoOpenShift, DayClosed, PaymentInputError, IdempotencyConflict.
            OtherHall: a receipt of another hall (only its own hall takes its money back).
        """
        text = clean_reason(reason)
        key = check_key(idempotency_key)
        if approval is None:
            raise ApprovalRequired(REFUND, receipt_no)
        now = self._clock.now()
        with self._db.write() as s:
            original = payment_by_receipt(s, receipt_no)
            require_own_hall(s, self.actor, original.hall_id, "refund")
            account = load_account(s, original.account_id, lock=True)
            existing = payment_by_key(s, key)
            if existing is not None:
                if existing.reverses_payment_id != original.id:
                    raise IdempotencyConflict("key used", receipt_no=existing.receipt_no)
                secret, _ = qr_secret(s)
                return payment_result(self._headers, s, existing, secret, replayed=True)
            shift = require_open_shift(s, self.actor)
            if is_day_closed_in(s, shift.hall_id, shift.business_date):
                raise DayClosed("the business day is closed", business_date=shift.business_date)
            original = lock_payment(s, original.id)
            if original.kind is PaymentKind.REFUND:
                raise RefundNotAllowed("refund.not_refundable")
            if original.status is PaymentStatus.VOIDED:
                raise RefundNotAllowed("refund.voided")
            done = refund_of(s, original.id)
            if done is not None:
                raise RefundNotAllowed("refund.already_refunded", refund_receipt_no=done)
            credit_added = original.balance_after - original.balance_before
            if account.balance - credit_added < 0:
                raise RefundNotAllowed(
                    "refund.credit_used", credit=account.balance, needed=credit_added
                )
            if tenders is None:
                out = [
                    CheckedTender(t.tender, t.amount, t.reference)
                    for t in s.execute(
                        select(PaymentTender)
                        .where(PaymentTender.payment_id == original.id)
                        .order_by(PaymentTender.id)
                    ).scalars()
                ]
            else:
                out = check_tenders(tenders, original.amount)
            approved = approvals.check(
                s,
                approval,
                action=REFUND,
                subject=original.receipt_no,
                actor=self.actor,
                now=now,
                lock=True,
            )
            seq, number = allocate_receipt_number(
                s, shift.hall_id, self._hall_codes.of(s, shift.hall_id), shift.business_date.year
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
                approved_by=approved.approved_by,
                reverses_payment_id=original.id,
            )
            refund.tenders = [
                PaymentTender(tender=t.tender, amount=-t.amount, reference=t.reference) for t in out
            ]
            s.add(refund)
            s.flush()
            reversed_bills = _reverse_allocations(s, original.id, into=refund)
            if balance_after != balance_before:
                account.balance = balance_after
            s.flush()
            audit.record_by(
                s,
                self.actor,
                now,
                "create",
                "payment",
                refund.id,
                counter_id=shift.counter_id,
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
                    "approval": approved.approval_id,
                    "business_date": shift.business_date,
                    "key": key,
                },
            )
            approvals.consume(
                s,
                approval,
                action=REFUND,
                subject=original.receipt_no,
                actor=self.actor,
                now=now,
                used_for=number,
                counter_id=shift.counter_id,
            )
            secret, _ = qr_secret(s)
            result = payment_result(self._headers, s, refund, secret, replayed=False)
        oplog.payment_refunded(
            result.receipt_no,
            receipt_no,
            result.amount,
            result.receipt.tenders,
            self.actor.employee_no,
        )
        return result


def _reverse_allocations(
    s: Session, payment_id: int, *, into: Payment | None = None
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
