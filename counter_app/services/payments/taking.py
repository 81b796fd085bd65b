"""Taking money at the counter: what is due, prepaid quotes, and the payment itself.

Every payment is ONE unit of work: the payment row with its tenders and allocations, the bills
it settles, the account's credit, the receipt number and the audit entry are committed
together or not at all (docs/domain.md §11 "nothing is lost"). The package docstring
(:mod:`counter_app.services.payments`) tells how the idempotency key settles a failure during
the commit itself.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Payment, Shift
from counter_app.domain.amounts import check_amount
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import BillingMode, PaymentKind
from counter_app.domain.identity import normalize_text
from counter_app.domain.late_fees import (
    LateFeeRates,
    SettlementTooSmall,
    full_settlement,
    settle,
)
from counter_app.domain.money import ZERO
from counter_app.domain.permissions import Permission
from counter_app.domain.receipts import ReceiptTierLine
from counter_app.domain.tariffs import TierLine, split_usage, total, volume_for_amount
from counter_app.services import approvals, oplog
from counter_app.services.approvals import ApprovalGrant, UsedApproval
from counter_app.services.base import Service, requires
from counter_app.services.bills import (
    OpenBillRow,
    as_open_bills,
    bill_status,
    bills_due_of,
    load_account,
    refuse_closed,
    tariff_for,
    tiers_of,
)
from counter_app.services.payments.booking import (
    book_recorded,
    lock_account,
    open_bills_with_tiers,
    payment_settings_and_key,
    prepaid_used_this_year,
    set_balance,
    shift_payment_row,
)
from counter_app.services.payments.checks import (
    CheckedTender,
    check_cash,
    check_key,
    check_tenders,
    check_volume,
)
from counter_app.services.payments.dto import (
    LARGE_CASH,
    QUEUE_TICKET_MAX_LENGTH,
    REASON_MAX_LENGTH,
    WAIVE_LATE_FEE,
    PaymentQuote,
    PaymentRequest,
    PaymentResult,
    PrepaidQuote,
    QuoteStamp,
    account_subject,
)
from counter_app.services.payments.errors import (
    IdempotencyConflict,
    PartialPaymentTooSmall,
    PaymentInputError,
    QuoteChanged,
)
from counter_app.services.payments.receipt_numbers import HallCodes
from counter_app.services.payments.records import ReceiptKey, payment_by_key, payment_result
from counter_app.services.receipts import (
    Headers,
    SettledBill,
    qr_secret,
    receipt_bill_lines_with,
)
from counter_app.services.settings import read_setting
from counter_app.services.shifts import require_bookable_shift


def _limit(s: Session, key: str) -> Decimal:
    return Decimal(str(read_setting(s, key)))


class PaymentService(Service):
    """Quotes and payments at the signed-in clerk's counter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key = ReceiptKey()
        self._headers = Headers()
        self._hall_codes = HallCodes()

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
                approval_id = approvals.check(
                    s,
                    waive_late_fee,
                    action=WAIVE_LATE_FEE,
                    subject=account_subject(account.number),
                    actor=self.actor,
                    now=now,
                ).approval_id
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
                bought = check_volume(volume)
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
            The payment with its receipt (call :meth:`ReceiptPrintService.register_print` once
            printed).

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
        key = check_key(request.idempotency_key)
        amount = check_amount(request.amount, maximum=None)
        tenders = check_tenders(request.tenders, amount)
        cash, received = check_cash(tenders, request.cash_received)
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
                existing = payment_by_key(s, key)
                if existing is None:
                    raise
                self._same_request(existing, request.account_id, amount)
                return payment_result(self._headers, s, existing, self._key.read(s), replayed=True)
        self._key.remember(secret)
        if not result.replayed:
            oplog.payment_taken(
                result.receipt_no, result.amount, result.receipt.tenders, self.actor.employee_no
            )
        return result

    def _take(
        self,
        s: Session,
        request: PaymentRequest,
        key: str,
        amount: Decimal,
        tenders: list[CheckedTender],
        cash: Decimal,
        received: Decimal,
        ticket: str | None,
    ) -> tuple[PaymentResult, bytes]:
        # Every statement here runs for every payment: rows are read once, in as few round
        # trips as the rules allow (see benchmarks/payment_benchmark.py).
        actor = self.actor
        now = self._clock.now()
        today = now.astimezone(LOCAL_TZ).date()
        account, account_name = lock_account(s, request.account_id)
        # After the lock: a confirm that waited for it sees the payment its key made meanwhile.
        limits, existing_id = payment_settings_and_key(s, key)
        if existing_id is not None:
            existing = s.get(Payment, existing_id)
            assert existing is not None
            self._same_request(existing, request.account_id, amount)
            secret = limits.qr_secret if limits.qr_secret is not None else qr_secret(s)[0]
            return payment_result(self._headers, s, existing, secret, replayed=True), secret
        shift = require_bookable_shift(s, actor)
        refuse_closed(account)
        check_amount(amount, minimum=limits.minimum, maximum=limits.maximum)
        subject = account_subject(account.number)
        # Approvals are checked and locked here and used up once the receipt number is known:
        # the locks go account -> approval -> receipt sequence -> audit chain.
        cash_approval: UsedApproval | None = None
        if cash > limits.cash_approval_above:
            cash_approval = approvals.check(
                s,
                request.cash_approval,
                action=LARGE_CASH,
                subject=subject,
                actor=actor,
                now=now,
                amount=cash,
                lock=True,
            )
        waiver: UsedApproval | None = None
        if request.waive_late_fee is not None:
            waiver = approvals.check(
                s,
                request.waive_late_fee,
                action=WAIVE_LATE_FEE,
                subject=subject,
                actor=actor,
                now=now,
                lock=True,
            )

        balance_before = account.balance
        allocations: list[dict[str, Any]] = []
        bill_updates: list[dict[str, Any]] = []
        settled: list[SettledBill] = []
        tiers: dict[int, list[ReceiptTierLine]] = {}
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
            bills, tiers = open_bills_with_tiers(s, account.id)
            credit = max(balance_before, ZERO)
            rates = limits.late_fees
            if request.quote is not None:
                _check_quote(request.quote, account.id, today, bills, credit, amount, rates)
            try:
                settlement = settle(
                    as_open_bills(bills),
                    amount + credit,
                    today,
                    waive=waiver is not None,
                    rates=rates,
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
        if waived <= 0:
            waiver = None  # nothing was let off: the waiver stays unused
        used: list[tuple[ApprovalGrant | None, UsedApproval, Decimal | None]] = []
        if cash_approval is not None:
            used.append((request.cash_approval, cash_approval, cash))
        if waiver is not None:
            used.append((request.waive_late_fee, waiver, None))

        values = shift_payment_row(s, shift, actor.user_id, self._hall_codes, now)
        receipt_no = values["receipt_no"]
        values |= {
            "account_id": account.id,
            "kind": kind,
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
        payment = book_recorded(
            s,
            values,
            tenders,
            allocations,
            bill_updates,
            actor=actor,
            account_number=account.number,
            audit_after={
                "late_fee": late_fee,
                "late_fee_waived": waived,
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
                "approvals": [a.approval_id for _, a, _ in used],
            },
        )
        if balance_after != balance_before:
            set_balance(s, account.id, balance_after)
        for grant, approval, approved_amount in used:
            approvals.consume(
                s,
                grant,
                action=approval.action,
                subject=subject,
                actor=actor,
                now=now,
                used_for=receipt_no,
                amount=approved_amount,
                counter_id=shift.counter_id,
            )
        secret = limits.qr_secret if limits.qr_secret is not None else qr_secret(s)[0]
        result = payment_result(
            self._headers,
            s,
            payment,
            secret,
            replayed=False,
            prepaid_lines=prepaid_lines,
            account=account,
            account_name=account_name,
            bill_lines=receipt_bill_lines_with(settled, tiers),
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
            volume = check_volume(quoted)
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
        key = check_key(idempotency_key)
        with self._db.read() as s:
            payment = payment_by_key(s, key)
            if payment is None:
                return None
            return payment_result(self._headers, s, payment, self._key.read(s), replayed=True)

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
                    return payment_result(
                        self._headers, s, payment, self._key.read(s), replayed=True
                    )
            return None

    def _same_request(self, existing: Payment, account_id: int, amount: Decimal) -> None:
        if (
            existing.account_id != account_id
            or existing.amount != amount
            or existing.clerk_id != self.actor.user_id
        ):
            raise IdempotencyConflict(
                "key used for another payment", receipt_no=existing.receipt_no
            )


def _check_quote(
    quoted: QuoteStamp,
    account_id: int,
    today: date,
    bills: list[OpenBillRow],
    credit: Decimal,
    amount: Decimal,
    rates: LateFeeRates,
) -> None:
    """Refuse a payment confirmed on a quote the locked account no longer matches.

    Under the account's lock, so of two counters paying the same bills at once the second
    is told the new amount due instead of having its money turned into credit.
    """
    current = QuoteStamp(
        account_id=account_id,
        as_of=today,
        bills=tuple((row.bill.id, row.bill.amount - row.bill.paid_amount) for row in bills),
        credit=credit,
    )
    if quoted == current:
        return
    # What the quote screen would show now (without a waiver: a waiver is quoted again).
    due = full_settlement(as_open_bills(bills), today, rates=rates)
    raise QuoteChanged(
        current, amount=max(due.principal + due.late_fee - credit, ZERO), quoted=amount
    )


def _waiver_reason(request: PaymentRequest) -> str | None:
    """The reason typed for a waiver, else the one the manager gave with the grant."""
    typed = " ".join(normalize_text(request.waiver_reason).split())
    if typed:
        return typed[:REASON_MAX_LENGTH]
    grant = request.waive_late_fee
    return grant.reason[:REASON_MAX_LENGTH] if grant is not None else None
