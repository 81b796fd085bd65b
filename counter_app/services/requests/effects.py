"""What completing a request does to the account (docs/domain.md §6, §3), in the completing
step's own unit of work: 过户, 更名, 迁移/移表, 暂停, 恢复 and 销户.

Each effect is checked twice: at intake (so the customer hears at once what stands in the
way) and again at completion, on the locked account (bills may have arrived, another request
may have changed it). A refusal leaves the request and the account as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    AccountOwnership,
    Bill,
    Customer,
    MeterReading,
    Payment,
    PaymentAllocation,
    ServiceRequest,
)
from counter_app.domain.enums import (
    AccountStatus,
    BillStatus,
    PaymentKind,
    PaymentStatus,
    RequestEffect,
)
from counter_app.domain.identity import validate_address
from counter_app.domain.request_documents import AccountTotals
from counter_app.domain.tariffs import VOLUME_STEP
from counter_app.services import audit, personal_data
from counter_app.services.base import Actor
from counter_app.services.bills import bill_from_reading, last_reading
from counter_app.services.customers import ErrorCollector, normalised_name
from counter_app.services.requests.dto import RequestRefused

ZERO = Decimal("0.00")
OPEN_BILLS = (BillStatus.UNPAID, BillStatus.PARTLY_PAID)


def arrears_principal(s: Session, account_id: int) -> Decimal:
    """Principal still owed on the account's open bills (late fees not counted)."""
    billed, paid = s.execute(
        select(
            func.coalesce(func.sum(Bill.amount), 0), func.coalesce(func.sum(Bill.paid_amount), 0)
        ).where(Bill.account_id == account_id, Bill.status.in_(OPEN_BILLS))
    ).one()
    return (Decimal(billed) - Decimal(paid)).quantize(Decimal("0.01"))


def check_account_for(
    s: Session, effect: RequestEffect, account: Account, payload: dict[str, Any]
) -> None:
    """Refuse a request whose effect the account's state does not allow now.

    Raises:
        RequestRefused: ``request.account_closed``, ``request.arrears``,
            ``request.same_owner``, ``request.account_suspended``,
            ``request.account_not_active``, ``request.account_not_suspended``.
    """
    if account.status is AccountStatus.CLOSED:
        raise RequestRefused("request.account_closed", account_number=account.number)
    if effect in (RequestEffect.TRANSFER, RequestEffect.CLOSE):
        owed = arrears_principal(s, account.id)
        if owed > 0:
            raise RequestRefused("request.arrears", account_number=account.number, amount=owed)
    if effect is RequestEffect.TRANSFER and payload.get("new_customer_id") == account.customer_id:
        raise RequestRefused("request.same_owner", account_number=account.number)
    if effect is RequestEffect.SUSPEND:
        if account.status is AccountStatus.SUSPENDED:
            raise RequestRefused("request.account_suspended", account_number=account.number)
        if account.status is not AccountStatus.ACTIVE:
            raise RequestRefused(
                "request.account_not_active",
                account_number=account.number,
                status=account.status.value,
            )
    if effect is RequestEffect.RESUME and account.status is not AccountStatus.SUSPENDED:
        raise RequestRefused(
            "request.account_not_suspended",
            account_number=account.number,
            status=account.status.value,
        )


@dataclass(frozen=True)
class _Effect:
    """What an effect works on: the locked account of the completing request."""

    s: Session
    sr: ServiceRequest
    account: Account
    payload: dict[str, Any]
    actor: Actor
    now: datetime
    today: date
    meter_reading: Decimal | None


@dataclass(frozen=True)
class Applied:
    """What an effect did: the audit values, and the closure figures of a 销户."""

    before: dict[str, Any]
    after: dict[str, Any]
    closure: AccountTotals | None = None


def apply_effect(
    s: Session,
    sr: ServiceRequest,
    effect: RequestEffect,
    *,
    actor: Actor,
    now: datetime,
    today: date,
    meter_reading: Decimal | None,
) -> Applied | None:
    """Apply the request's effect to its (locked) account; None when it has none.

    Raises: as :func:`check_account_for`, and the reading errors of a 暂停's reading.
    """
    if effect is RequestEffect.NONE or sr.account_id is None:
        return None
    account = s.execute(
        select(Account).where(Account.id == sr.account_id).with_for_update()
    ).scalar_one()
    payload: dict[str, Any] = dict(sr.payload or {})
    check_account_for(s, effect, account, payload)
    applied = _HANDLERS[effect](_Effect(s, sr, account, payload, actor, now, today, meter_reading))
    account.version += 1
    s.flush()
    audit.record_by(
        s,
        actor,
        now,
        "update",
        "account",
        account.id,
        # A 更名's holder names are the customer's personal data: sealed with their key.
        before=personal_data.seal_audit_values(s, account.customer_id, applied.before),
        after=personal_data.seal_audit_values(
            s, account.customer_id, {**applied.after, "service_request": sr.number}
        ),
    )
    return applied


def _transfer(e: _Effect) -> Applied:
    s, sr, account, payload = e.s, e.sr, e.account, e.payload
    new_id = int(payload["new_customer_id"])
    old_id = account.customer_id
    s.execute(
        update(AccountOwnership)
        .where(AccountOwnership.account_id == account.id, AccountOwnership.valid_to.is_(None))
        .values(valid_to=e.today)
    )
    s.add(
        AccountOwnership(
            account_id=account.id,
            customer_id=new_id,
            valid_from=e.today,
            service_request_id=sr.id,
        )
    )
    account.customer_id = new_id
    return Applied({"customer_id": old_id}, {"customer_id": new_id})


def _rename(e: _Effect) -> Applied:
    s, sr, account, payload = e.s, e.sr, e.account, e.payload
    customer = s.get(Customer, account.customer_id)
    assert customer is not None
    errors = ErrorCollector()
    new_name = normalised_name(customer.kind, str(payload.get("new_name", "")), errors)
    errors.raise_if_any()
    assert new_name is not None
    old_name = customer.name
    customer.name = new_name
    s.flush()
    # The customer's own history (the 360 view's changes) keeps the old name.
    audit.record_by(
        s,
        e.actor,
        e.now,
        "update",
        "customer",
        customer.id,
        before=personal_data.seal_audit_values(s, customer.id, {"name": old_name}),
        after=personal_data.seal_audit_values(
            s, customer.id, {"name": new_name, "reason": f"更名 {sr.number}"}
        ),
    )
    return Applied({"holder_name": old_name}, {"holder_name": new_name})


def _relocate(e: _Effect) -> Applied:
    account, payload = e.account, e.payload
    new_address = validate_address(str(payload.get("new_address", "")), field="new_address")
    old_address = account.supply_address
    account.supply_address = new_address
    return Applied({"supply_address": old_address}, {"supply_address": new_address})


def _suspend(e: _Effect) -> Applied:
    s, account = e.s, e.account
    # The reading taken on site when supply stops bills the usage up to the suspension.
    if e.meter_reading is not None:
        bill_from_reading(
            s,
            account,
            e.today,
            e.meter_reading,
            today=e.today,
            user_id=e.actor.user_id,
            counter_id=e.actor.counter_id,
            source="counter",
            now=e.now,
        )
    account.status = AccountStatus.SUSPENDED
    return Applied({"status": AccountStatus.ACTIVE}, {"status": AccountStatus.SUSPENDED})


def _resume(e: _Effect) -> Applied:
    s, account = e.s, e.account
    # The next bill counts from the reading at resumption: nothing of the suspended period
    # is billed. Without a reading taken on site, the meter stood still.
    last = last_reading(s, account.id)
    value = e.meter_reading if e.meter_reading is not None else (last[1] if last else None)
    if value is not None and (last is None or last[0] < e.today):
        if last is not None and value < last[1]:
            raise RequestRefused("request.reading_below_last", previous=last[1])
        s.add(
            MeterReading(
                account_id=account.id,
                read_on=e.today,
                reading=value.quantize(VOLUME_STEP),
                source="resume",
                entered_by=e.actor.user_id,
                entered_at=e.now,
            )
        )
    account.status = AccountStatus.ACTIVE
    return Applied({"status": AccountStatus.SUSPENDED}, {"status": AccountStatus.ACTIVE})


def _close(e: _Effect) -> Applied:
    s, account = e.s, e.account
    if account.balance != 0:
        raise RequestRefused(
            "request.balance_not_zero", account_number=account.number, balance=account.balance
        )
    before = {"status": account.status, "closed_on": None}
    account.status = AccountStatus.CLOSED
    account.closed_on = e.today
    s.execute(
        update(AccountOwnership)
        .where(AccountOwnership.account_id == account.id, AccountOwnership.valid_to.is_(None))
        .values(valid_to=e.today)
    )
    return Applied(
        before,
        {"status": AccountStatus.CLOSED, "closed_on": e.today.isoformat()},
        closure=closure_of(s, account, e.today),
    )


def closure_of(s: Session, account: Account, closed_on: date) -> AccountTotals:
    """The final figures of a closed account, for its settlement slip."""
    billed = s.execute(
        select(func.coalesce(func.sum(Bill.amount), 0)).where(Bill.account_id == account.id)
    ).scalar_one()
    last_bill = s.execute(
        select(Bill.period, Bill.usage, Bill.amount)
        .where(Bill.account_id == account.id)
        .order_by(Bill.current_read_on.desc(), Bill.id.desc())
        .limit(1)
    ).one_or_none()
    sums = dict(
        s.execute(
            select(Payment.kind, func.coalesce(func.sum(Payment.amount), 0))
            .where(Payment.account_id == account.id, Payment.status == PaymentStatus.COMPLETED)
            .group_by(Payment.kind)
        ).all()
    )
    late_fees = s.execute(
        select(func.coalesce(func.sum(Payment.late_fee), 0)).where(
            Payment.account_id == account.id,
            Payment.status == PaymentStatus.COMPLETED,
            Payment.kind == PaymentKind.POSTPAID,
        )
    ).scalar_one()
    # A bill paid before the counter kept its payments (brought over when the hall started)
    # has no payment row: what its bills were paid beyond their payments' shares counts too,
    # so that the billed and paid totals agree on a closed account.
    settled = s.execute(
        select(func.coalesce(func.sum(Bill.paid_amount), 0)).where(Bill.account_id == account.id)
    ).scalar_one()
    allocated = s.execute(
        select(func.coalesce(func.sum(PaymentAllocation.principal), 0))
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .join(Bill, Bill.id == PaymentAllocation.bill_id)
        .where(Bill.account_id == account.id, Payment.status == PaymentStatus.COMPLETED)
    ).scalar_one()
    last = last_reading(s, account.id)

    def yuan(value: Any) -> Decimal:
        return Decimal(value).quantize(Decimal("0.01"))

    paid_before = max(yuan(settled) - yuan(allocated), ZERO)
    paid = (
        yuan(sums.get(PaymentKind.POSTPAID, 0))
        + yuan(sums.get(PaymentKind.PREPAID, 0))
        + paid_before
    )
    return AccountTotals(
        closed_on=closed_on,
        last_read_on=last[0] if last else None,
        last_reading=last[1] if last else None,
        last_bill_period=last_bill[0] if last_bill else None,
        last_bill_usage=Decimal(last_bill[1]) if last_bill else None,
        last_bill_amount=yuan(last_bill[2]) if last_bill else None,
        billed_total=yuan(billed),
        paid_total=paid,
        late_fee_total=yuan(late_fees),
        refunded_total=-yuan(sums.get(PaymentKind.REFUND, 0)),
        balance=account.balance,
    )


_HANDLERS = {
    RequestEffect.TRANSFER: _transfer,
    RequestEffect.RENAME: _rename,
    RequestEffect.RELOCATE: _relocate,
    RequestEffect.SUSPEND: _suspend,
    RequestEffect.RESUME: _resume,
    RequestEffect.CLOSE: _close,
}
