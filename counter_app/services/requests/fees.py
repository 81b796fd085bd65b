"""The 业务费 of a request (e.g. 改装, 移表), taken at the counter (docs/domain.md §5, §6).

It is a payment like any other - in the clerk's open shift, with tenders, a receipt number
of its own from the hall's gap-free sequence, the audit entry and the receipt - of kind
``fee``: it settles no bill and leaves the account's credit alone. The request records the
payment and its receipt number; a void or a refund of that payment makes the fee owed again
(the request reads the payment's standing, it keeps no flag of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from counter_app.db.models import ServiceRequest
from counter_app.domain.enums import PaymentKind
from counter_app.domain.money import ZERO
from counter_app.services.base import Actor
from counter_app.services.bills import refuse_closed
from counter_app.services.payments.booking import (
    book_recorded,
    lock_account,
    payment_settings,
    shift_payment_row,
)
from counter_app.services.payments.checks import check_cash, check_key, check_tenders
from counter_app.services.payments.dto import PaymentResult, TenderLine
from counter_app.services.payments.errors import IdempotencyConflict
from counter_app.services.payments.receipt_numbers import HallCodes
from counter_app.services.payments.records import payment_by_key, payment_result
from counter_app.services.receipts import Headers, qr_secret
from counter_app.services.requests.dto import RequestRefused
from counter_app.services.requests.queries import fee_paid_in
from counter_app.services.shifts import require_bookable_shift


class FeeTaker:
    """Takes fees for one service (it keeps the hall codes and receipt headers it read)."""

    def __init__(self) -> None:
        self._headers = Headers()
        self._hall_codes = HallCodes()

    def take(
        self,
        s: Session,
        sr: ServiceRequest,
        *,
        actor: Actor,
        now: datetime,
        tenders: Sequence[TenderLine | tuple[Any, ...]],
        idempotency_key: str,
        cash_received: Decimal | None,
    ) -> PaymentResult:
        """Book the request's fee in ``s`` (the request row is locked by the caller).

        Raises:
            RequestRefused: ``request.fee_not_due`` (no fee, or paid), ``request.account_required``.
            NoOpenShift, ShiftAtOtherCounter, DayClosed; AccountClosed; PaymentInputError,
            AmountError; IdempotencyConflict.
        """
        key = check_key(idempotency_key)
        existing = payment_by_key(s, key)
        if existing is not None:
            if existing.id != sr.fee_payment_id or existing.clerk_id != actor.user_id:
                raise IdempotencyConflict(
                    "key used for another payment", receipt_no=existing.receipt_no
                )
            secret, _ = qr_secret(s)
            return payment_result(self._headers, s, existing, secret, replayed=True)
        if sr.account_id is None:
            raise RequestRefused("request.account_required", type_name=sr.type_name)
        if sr.fee <= 0 or fee_paid_in(s, sr):
            raise RequestRefused("request.fee_not_due", fee=sr.fee, receipt_no=sr.fee_receipt_no)
        amount = sr.fee
        checked = check_tenders(tenders, amount)
        cash, received = check_cash(checked, cash_received)
        account, account_name = lock_account(s, sr.account_id)
        shift = require_bookable_shift(s, actor)
        refuse_closed(account)
        limits = payment_settings(s)
        values = shift_payment_row(s, shift, actor.user_id, self._hall_codes, now)
        receipt_no = values["receipt_no"]
        values |= {
            "account_id": account.id,
            "kind": PaymentKind.FEE,
            "amount": amount,
            "late_fee": ZERO,
            "late_fee_waived": ZERO,
            "waiver_reason": None,
            "waiver_approved_by": None,
            "cash_received": received,
            "change_given": received - cash,
            "balance_before": account.balance,
            "balance_after": account.balance,
            "volume": None,
            "queue_ticket": sr.queue_ticket,
            "idempotency_key": key,
            "approved_by": None,
            "reverses_payment_id": None,
        }
        payment = book_recorded(
            s,
            values,
            checked,
            [],
            [],
            actor=actor,
            account_number=account.number,
            audit_after={"service_request": sr.number},
        )
        sr.fee_payment_id = payment.id
        sr.fee_receipt_no = receipt_no
        secret = limits.qr_secret if limits.qr_secret is not None else qr_secret(s)[0]
        return payment_result(
            self._headers,
            s,
            payment,
            secret,
            replayed=False,
            account=account,
            account_name=account_name,
            bill_lines=(),
        )
