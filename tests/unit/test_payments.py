"""Taking money at the counter: rules, settlement, prepaid, receipts, voids, refunds, outages."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from payment_workers import (
    Desk,
    add_bill,
    balance_of,
    bill_state,
    cash,
    count_payments,
    key,
    new_account,
    open_desk,
    snapshot_paid,
)
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from counter_app.db.engine import Database
from counter_app.db.models import (
    AuditEntry,
    BusinessDay,
    Payment,
    PaymentAllocation,
    PaymentTender,
    PaymentVoid,
    PrintedDocument,
    ReceiptSequence,
    SatisfactionRating,
    Setting,
)
from counter_app.domain.amounts import AmountError
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import (
    AccountStatus,
    BillingMode,
    BillStatus,
    BusinessDayStatus,
    DocumentType,
    PaymentKind,
    PaymentStatus,
    Satisfaction,
)
from counter_app.domain.errors import DatabaseUnavailable, PermissionDenied
from counter_app.domain.money import to_fen
from counter_app.services import audit as audit_module
from counter_app.services.auth import ApprovalGrant, AuthService
from counter_app.services.bills_dto import AccountClosed
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import (
    LARGE_CASH,
    REFUND,
    VOID,
    WAIVE_LATE_FEE,
    PaymentRequest,
    TenderLine,
    VerificationStatus,
    account_subject,
)
from counter_app.services.payments.errors import (
    PAYMENT_CODES,
    ApprovalInvalid,
    ApprovalRequired,
    IdempotencyConflict,
    PartialPaymentTooSmall,
    PaymentInputError,
    PrintAlreadyRegistered,
    RatingExists,
    RefundNotAllowed,
    RefundRequired,
    VoidNotAllowed,
)
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.shifts import (
    CounterOccupied,
    NoOpenShift,
    ShiftAlreadyOpen,
    ShiftAtOtherCounter,
    ShiftService,
)
from counter_app.views.errors import error_message as describe_payment_error

D = Decimal
DIGEST = "ab" * 32


@pytest.fixture
def overdue(desk: Desk) -> tuple[int, str, int, int]:
    """An account with a bill 34 days late (¥130.50, fee ¥4.44) and one 3 days late (¥73.08)."""
    account_id, number = new_account(desk.db)
    older = add_bill(desk.db, account_id, "2026-09", "130.50", date(2026, 10, 20))
    newer = add_bill(desk.db, account_id, "2026-10", "73.08", date(2026, 11, 20))
    return account_id, number, older, newer


# ----------------------------------------------------------------------------- postpaid


def test_full_payment_settles_fees_and_bills_in_one_unit_of_work(
    desk: Desk, overdue: tuple[int, str, int, int]
) -> None:
    account_id, number, older, newer = overdue
    quote = desk.payments.quote(account_id)
    assert quote.amount_due == D("208.24")  # 130.50 + 73.08 + fees 4.44 + 0.22
    assert quote.late_fee_charged == D("4.66")

    result = desk.pay(account_id, "208.24", "300")
    assert result.receipt_no == "H01-2026-00000001"
    assert (result.amount, result.principal, result.late_fee) == (
        D("208.24"),
        D("203.58"),
        D("4.66"),
    )
    assert (result.cash_received, result.change) == (D("300.00"), D("91.76"))
    assert result.balance_after == D("0.00")
    assert not result.replayed
    assert bill_state(desk.db, older) == (D("130.50"), BillStatus.PAID)
    assert bill_state(desk.db, newer) == (D("73.08"), BillStatus.PAID)

    receipt = result.receipt
    assert receipt.account_number == number
    assert receipt.total_in_capitals == "贰佰零捌元贰角肆分"
    assert receipt.kind == "缴费"
    assert receipt.utility_kind == "燃气"
    assert receipt.issued.clerk_employee_no == "G1001"
    assert receipt.issued.counter_number == 1
    assert receipt.issued.hall.hotline == "0571-96777"
    # Who was paid (收款单位), not only where.
    assert receipt.issued.hall.company == "杭城燃气有限公司"
    assert [(b.period, b.paid_now, b.late_fee, b.late_fee_days) for b in receipt.bills] == [
        ("2026-09", D("130.50"), D("4.44"), 34),
        ("2026-10", D("73.08"), D("0.22"), 3),
    ]
    assert receipt.tenders[0].tender == "现金"
    assert (receipt.cash_received, receipt.change) == (D("300.00"), D("91.76"))
    assert receipt.qr_payload.startswith(f"CTR1|H01-2026-00000001|20824|{number}|")
    assert receipt.reprint_no == 0

    with desk.db.read() as s:
        payment = s.execute(select(Payment)).scalar_one()
        assert payment.business_date == date(2026, 11, 23)
        assert payment.shift_id is not None
        logged = s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "payment", AuditEntry.entity_id == str(payment.id)
            )
        ).scalar_one()
        assert isinstance(logged.after, dict)
        assert logged.after["receipt_no"] == "H01-2026-00000001"
    desk.check()


def test_partial_payment_pays_the_oldest_bill_first(
    desk: Desk, overdue: tuple[int, str, int, int]
) -> None:
    account_id, _, older, newer = overdue
    result = desk.pay(account_id, "100.00")
    # The fee follows the principal: p + 3.4 % of p = 100 -> p = 96.71, fee 3.29 (34 days × 1‰).
    assert (result.principal, result.late_fee) == (D("96.71"), D("3.29"))
    assert bill_state(desk.db, older) == (D("96.71"), BillStatus.PARTLY_PAID)
    assert bill_state(desk.db, newer) == (D("0.00"), BillStatus.UNPAID)
    rest = desk.payments.quote(account_id)
    assert rest.due.bills[0].outstanding == D("33.79")
    # Paying the rest today charges the rest of the fee: never the same days twice.
    assert rest.due.bills[0].late_fee == D("1.15")
    assert D("3.29") + D("1.15") == D("4.44")


def test_overpayment_becomes_credit_and_the_next_payment_uses_it(
    desk: Desk, overdue: tuple[int, str, int, int]
) -> None:
    account_id, _, _, _ = overdue
    first = desk.pay(account_id, "250.00")
    assert first.balance_after == D("41.76")
    assert balance_of(desk.db, account_id) == D("41.76")
    new_bill = add_bill(desk.db, account_id, "2026-11", "60.00", date(2026, 12, 20))
    assert desk.payments.quote(account_id).amount_due == D("18.24")
    second = desk.pay(account_id, "18.24")
    assert (second.balance_before, second.balance_after) == (D("41.76"), D("0.00"))
    assert second.principal == D("60.00")
    assert bill_state(desk.db, new_bill) == (D("60.00"), BillStatus.PAID)
    desk.check()


def test_late_fee_under_one_yuan_is_charged_as_one_yuan(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    add_bill(desk.db, account_id, "2026-10", "73.08", date(2026, 11, 20))  # fee 0.22
    assert desk.payments.quote(account_id).amount_due == D("74.08")
    result = desk.pay(account_id, "74.08")
    assert result.late_fee == D("1.00")
    assert result.receipt.bills[0].late_fee == D("1.00")


def test_a_partial_payment_that_only_covers_the_minimum_fee_is_refused(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    add_bill(desk.db, account_id, "2026-10", "50.00", date(2026, 11, 20))
    with pytest.raises(PartialPaymentTooSmall) as refused:
        desk.pay(account_id, "2.00")
    assert refused.value.params == {"minimum": D("2.67")}
    assert "¥2.67" in describe_payment_error(refused.value)
    assert count_payments(desk.db) == 0


def test_waiving_the_late_fee_needs_a_manager_and_the_grant_works_once(
    desk: Desk, overdue: tuple[int, str, int, int]
) -> None:
    account_id, number, _, _ = overdue
    grant = desk.approve(WAIVE_LATE_FEE, account_subject(number), "系统停机导致逾期")
    quote = desk.payments.quote(account_id, waive_late_fee=grant)
    assert (quote.late_fee_charged, quote.late_fee_waived) == (D("0.00"), D("4.66"))
    assert quote.amount_due == D("203.58")
    result = desk.pay(account_id, "203.58", waive_late_fee=grant)
    assert (result.late_fee, result.late_fee_waived) == (D("0.00"), D("4.66"))
    with desk.db.read() as s:
        payment = s.get(Payment, result.payment_id)
        assert payment is not None
        assert payment.waiver_reason == "系统停机导致逾期"
        assert payment.waiver_approved_by is not None
    other, _other_number = new_account(desk.db)
    add_bill(desk.db, other, "2026-09", "10.00", date(2026, 10, 1))
    with pytest.raises(ApprovalInvalid) as reused:
        desk.pay(account_id, "1.00", waive_late_fee=grant)
    assert reused.value.params["problem"] == "used"
    with pytest.raises(ApprovalInvalid) as elsewhere:
        desk.payments.quote(other, waive_late_fee=grant)
    assert elsewhere.value.params["problem"] == "mismatch"


def test_an_expired_approval_is_refused(desk: Desk, overdue: tuple[int, str, int, int]) -> None:
    account_id, number, _, _ = overdue
    grant = desk.approve(WAIVE_LATE_FEE, account_subject(number))
    desk.clock.advance(minutes=31)
    with pytest.raises(ApprovalInvalid) as refused:
        desk.pay(account_id, "203.58", waive_late_fee=grant)
    assert refused.value.params["problem"] == "expired"


# ----------------------------------------------------------------------------- input rules


def test_mixed_tenders_and_change(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    add_bill(desk.db, account_id, "2026-11", "300.00", date(2026, 12, 20))
    result = desk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=D("300.00"),
            tenders=[
                TenderLine("cash", D("120.00")),
                ("wechat", D("100.00"), "４２００００１２３４"),
                TenderLine("bank_card", D("80.00"), " 6222****1234 "),
            ],
            cash_received=D("200.00"),
            idempotency_key=key(),
        )
    )
    assert result.change == D("80.00")  # received − cash part, not − total
    assert [(t.tender, t.amount, t.reference) for t in result.receipt.tenders] == [
        ("现金", D("120.00"), None),
        ("微信支付", D("100.00"), "4200001234"),
        ("银行卡", D("80.00"), "6222****1234"),
    ]


def _request(account_id: int, **overrides: Any) -> PaymentRequest:
    fields: dict[str, Any] = {
        "account_id": account_id,
        "amount": D("100.00"),
        "tenders": [TenderLine("cash", D("100.00"))],
        "idempotency_key": key(),
    }
    fields.update(overrides)
    return PaymentRequest(**fields)


@pytest.mark.parametrize(
    ("overrides", "error", "code"),
    [
        (
            {"amount": D("0"), "tenders": [TenderLine("cash", D("0"))]},
            AmountError,
            "amount.below_minimum",
        ),
        ({"amount": D("-5")}, AmountError, "amount.negative"),
        ({"amount": D("12.345")}, AmountError, "amount.too_many_decimals"),
        (
            {"amount": D("100000.01"), "tenders": [TenderLine("bank_card", D("100000.01"), "R1")]},
            AmountError,
            "amount.above_maximum",
        ),
        ({"cash_received": D("99.99")}, PaymentInputError, "payment.cash_short"),
        (
            {"tenders": [TenderLine("cash", D("90.00"))]},
            PaymentInputError,
            "payment.tenders_mismatch",
        ),
        (
            {"tenders": [TenderLine("alipay", D("100.00"))]},
            PaymentInputError,
            "payment.reference_missing",
        ),
        (
            {"tenders": [TenderLine("alipay", D("100.00"), "   ")]},
            PaymentInputError,
            "payment.reference_missing",
        ),
        ({"tenders": []}, PaymentInputError, "payment.no_tenders"),
        (
            {"tenders": [TenderLine("bitcoin", D("100.00"), "x")]},
            PaymentInputError,
            "payment.tender_invalid",
        ),
        (
            {"tenders": [TenderLine("cash", D("50.00")), TenderLine("cash", D("50.00"))]},
            PaymentInputError,
            "payment.duplicate_cash",
        ),
        (
            {"tenders": [TenderLine("wechat", D("100.00"), "W1")], "cash_received": D("100.00")},
            PaymentInputError,
            "payment.no_cash_tender",
        ),
        ({"idempotency_key": "short"}, PaymentInputError, "payment.key_invalid"),
    ],
)
def test_bad_payment_input_is_refused_and_nothing_is_saved(
    desk: Desk, overrides: dict[str, Any], error: type[Exception], code: str
) -> None:
    account_id, _ = new_account(desk.db)
    with pytest.raises(error) as refused:
        desk.payments.take_payment(_request(account_id, **overrides))
    assert getattr(refused.value, "code", None) == code
    assert count_payments(desk.db) == 0


def test_paying_a_closed_account_is_refused(desk: Desk) -> None:
    account_id, number = new_account(desk.db, status=AccountStatus.CLOSED)
    with pytest.raises(AccountClosed) as refused:
        desk.pay(account_id, "10.00")
    assert refused.value.params["account_number"] == number
    assert count_payments(desk.db) == 0


def test_a_suspended_account_may_pay_its_arrears(desk: Desk) -> None:
    account_id, _ = new_account(desk.db, status=AccountStatus.SUSPENDED)
    add_bill(desk.db, account_id, "2026-11", "10.00", date(2026, 12, 20))
    assert desk.pay(account_id, "10.00").principal == D("10.00")


def test_cash_above_fifty_thousand_needs_a_manager(desk: Desk) -> None:
    account_id, number = new_account(desk.db)
    with pytest.raises(ApprovalRequired) as refused:
        desk.pay(account_id, "50000.01")
    assert refused.value.params == {"action": LARGE_CASH, "subject": account_subject(number)}
    assert desk.pay(account_id, "50000.00").balance_after == D("50000.00")
    grant = desk.approve(LARGE_CASH, account_subject(number))
    result = desk.pay(account_id, "60000.00", cash_approval=grant)
    with desk.db.read() as s:
        payment = s.get(Payment, result.payment_id)
        assert payment is not None
        assert payment.approved_by == grant.approver_id
    # Above the limit by card needs no approval: the rule is about cash in the drawer.
    card = desk.payments.take_payment(
        _request(
            account_id, amount=D("60000.00"), tenders=[TenderLine("bank_card", D("60000.00"), "R9")]
        )
    )
    assert card.amount == D("60000.00")


def test_the_same_confirm_key_pays_once(desk: Desk, overdue: tuple[int, str, int, int]) -> None:
    account_id, _, _, _ = overdue
    request = PaymentRequest(account_id=account_id, **cash("208.24", "210"))
    first = desk.payments.take_payment(request)
    again = desk.payments.take_payment(request)  # double click, or retry after a timeout
    assert again.replayed
    assert (again.payment_id, again.receipt_no, again.amount) == (
        first.payment_id,
        first.receipt_no,
        first.amount,
    )
    assert again.receipt.qr_payload == first.receipt.qr_payload
    assert count_payments(desk.db) == 1
    found = desk.payments.payment_for_key(request.idempotency_key)
    assert found is not None
    assert found.payment_id == first.payment_id
    assert desk.payments.payment_for_key(key()) is None
    with pytest.raises(IdempotencyConflict):
        desk.payments.take_payment(
            PaymentRequest(
                account_id=account_id,
                amount=D("5.00"),
                tenders=[TenderLine("cash", D("5.00"))],
                idempotency_key=request.idempotency_key,
            )
        )
    with desk.db.read() as s:
        assert s.execute(select(func.count()).select_from(Payment)).scalar_one() == 1
        assert s.execute(select(ReceiptSequence.last_seq)).scalar_one() == 1


def test_money_is_only_taken_in_an_open_shift_at_the_clerk_counter(
    db: Database, clock: FixedClock
) -> None:
    desk = open_desk(db, clock)
    auth = AuthService(db, clock)
    other = auth.sign_in("G1002", DEMO_PASSWORD, 3)
    account_id, _ = new_account(db)
    with pytest.raises(NoOpenShift):
        PaymentService(db, clock, other).take_payment(_request(account_id))
    shifts = ShiftService(db, clock, other)
    assert shifts.current_shift() is None
    with pytest.raises(CounterOccupied):
        ShiftService(db, clock, auth.sign_in("G1002", DEMO_PASSWORD, 1)).open_shift(D("0"))
    opened = shifts.open_shift(D("200.00"))
    assert opened.counter_number == 3
    assert opened.business_date == date(2026, 11, 23)
    assert shifts.current_shift() == opened
    with pytest.raises(ShiftAlreadyOpen):
        shifts.open_shift(D("0"))
    moved = auth.sign_in("G1002", DEMO_PASSWORD, 4)
    with pytest.raises(ShiftAtOtherCounter) as refused:
        PaymentService(db, clock, moved).take_payment(_request(account_id))
    assert refused.value.params == {"counter_number": 3}
    assert count_payments(db) == 0
    with db.read() as s:
        day = s.execute(select(BusinessDay)).scalar_one()
        assert day.status is BusinessDayStatus.OPEN
    assert not shifts.is_day_closed(desk.clerk.hall_id or 0, date(2026, 11, 23))


# ----------------------------------------------------------------------------- prepaid


def test_prepaid_purchase_both_ways_across_a_tier_boundary(desk: Desk) -> None:
    account_id, _ = new_account(desk.db, billing_mode=BillingMode.PREPAID)
    by_volume = desk.payments.prepaid_quote(account_id, volume=D("290"))
    assert (by_volume.amount, by_volume.volume) == (D("756.90"), D("290.000"))
    # Without the quoted volume the money buys the most it can: 290.001 m³ also cost ¥756.90.
    assert desk.payments.prepaid_quote(account_id, amount=D("756.90")).volume == D("290.001")
    with pytest.raises(PaymentInputError) as moved:
        desk.pay(account_id, "756.90", volume=D("291"))
    assert moved.value.code == "payment.prepaid_quote_changed"
    assert moved.value.params["suggested"] == D("759.51")
    first = desk.pay(account_id, "756.90", volume=by_volume.volume)
    assert first.kind is PaymentKind.PREPAID
    assert first.volume == D("290.000")
    assert first.receipt.kind == "购气"
    assert first.receipt.prepaid_volume == D("290.000")

    # 10 m³ are left in tier 1 this year; the rest of the money buys tier-2 gas.
    quote = desk.payments.prepaid_quote(account_id, amount=D("100.00"))
    assert quote.used_this_year == D("290.000")
    assert [(ln.tier, ln.volume, ln.amount) for ln in quote.lines] == [
        (1, D("10.000"), D("26.10")),
        (2, D("23.611"), D("73.90")),
    ]
    assert (quote.amount, quote.volume, quote.adjusted) == (D("100.00"), D("33.611"), False)
    back = desk.payments.prepaid_quote(account_id, volume=quote.volume)
    assert back.amount == D("100.00")

    second = desk.pay(account_id, "100.00")
    assert second.volume == D("33.611")
    assert second.receipt.notes == (
        "第1阶梯 10 m³ × ¥2.61 = ¥26.10",
        "第2阶梯 23.611 m³ × ¥3.13 = ¥73.90",
    )
    assert second.balance_before == second.balance_after == D("0.00")
    reprinted = desk.prints.reprint(second.receipt_no, "客户要求").receipt
    assert reprinted.notes[:2] == second.receipt.notes
    desk.check()


def test_prepaid_quote_needs_one_of_amount_and_volume(desk: Desk) -> None:
    account_id, _ = new_account(desk.db, billing_mode=BillingMode.PREPAID)
    postpaid, _ = new_account(desk.db)
    for kwargs in ({}, {"amount": D("1"), "volume": D("1")}):
        with pytest.raises(PaymentInputError) as refused:
            desk.payments.prepaid_quote(account_id, **kwargs)
        assert refused.value.code == "payment.quote_args"
    with pytest.raises(PaymentInputError) as bad_volume:
        desk.payments.prepaid_quote(account_id, volume=D("1.0001"))
    assert bad_volume.value.code == "payment.volume_format"
    with pytest.raises(PaymentInputError) as not_prepaid:
        desk.payments.prepaid_quote(postpaid, amount=D("10"))
    assert not_prepaid.value.code == "payment.not_prepaid"


# ----------------------------------------------------------------------------- voids


def test_void_restores_bills_and_credit_and_keeps_the_payment(
    desk: Desk, overdue: tuple[int, str, int, int]
) -> None:
    account_id, _, older, newer = overdue
    paid = desk.pay(account_id, "250.00")
    assert balance_of(desk.db, account_id) == D("41.76")
    grant = desk.approve(VOID, paid.receipt_no, "金额输错")
    result = desk.reversals.void(paid.receipt_no, "金额输错", grant)

    assert bill_state(desk.db, older) == (D("0.00"), BillStatus.UNPAID)
    assert bill_state(desk.db, newer) == (D("0.00"), BillStatus.UNPAID)
    assert balance_of(desk.db, account_id) == D("0.00")
    slip = result.slip
    assert slip.receipt_no == paid.receipt_no
    assert (slip.amount, slip.balance_before, slip.balance_after) == (
        D("250.00"),
        D("41.76"),
        D("0.00"),
    )
    assert slip.approved_by == "M1001"
    assert slip.requested_by == "G1001"
    assert slip.issued.hall.company == "杭城燃气有限公司"
    assert [b.period for b in slip.bills] == ["2026-09", "2026-10"]
    assert slip.amount_in_capitals == "贰佰伍拾元整"
    with desk.db.read() as s:
        payment = s.get(Payment, paid.payment_id)
        assert payment is not None
        assert payment.status is PaymentStatus.VOIDED  # the row stays, marked
        assert s.execute(select(PaymentAllocation)).scalars().all()  # allocations kept too
        void = s.execute(select(PaymentVoid)).scalar_one()
        assert (void.reason, void.approved_by) == ("金额输错", grant.approver_id)
    with pytest.raises(VoidNotAllowed) as again:
        desk.reversals.void(paid.receipt_no, "再次", desk.approve(VOID, paid.receipt_no))
    assert again.value.code == "void.already_voided"
    # A voided receipt keeps its number; the next payment takes the next one.
    assert desk.pay(account_id, "10.00").receipt_no == "H01-2026-00000002"
    desk.check()


def test_a_clerk_cannot_void_without_a_manager(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "20.00")
    with pytest.raises(ApprovalRequired):
        desk.reversals.void(paid.receipt_no, "客户反悔", None)
    # A clerk's credentials cannot produce a grant, neither their own nor a colleague's.
    for employee_no in ("G1001", "G1002"):
        with pytest.raises(PermissionDenied):
            desk.auth.approve(
                desk.clerk,
                employee_no,
                DEMO_PASSWORD,
                action=VOID,
                subject=paid.receipt_no,
                reason="x",
            )
    forged = ApprovalGrant(
        approval_id=12345,
        approver_id=desk.manager.user_id,
        approver_employee_no="M1001",
        reason="x",
    )
    with pytest.raises(ApprovalInvalid):
        desk.reversals.void(paid.receipt_no, "客户反悔", forged)
    wrong_subject = desk.approve(VOID, "H01-2026-99999999")
    with pytest.raises(ApprovalInvalid):
        desk.reversals.void(paid.receipt_no, "客户反悔", wrong_subject)
    with pytest.raises(PaymentInputError) as no_reason:
        desk.reversals.void(paid.receipt_no, "  ", desk.approve(VOID, paid.receipt_no))
    assert no_reason.value.code == "payment.reason_empty"
    assert balance_of(desk.db, account_id) == D("20.00")


def test_void_after_day_close_is_refused_with_refund_required(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "20.00")
    desk.close_day()
    grant = desk.approve(VOID, paid.receipt_no)
    with pytest.raises(RefundRequired) as refused:
        desk.reversals.void(paid.receipt_no, "客户反悔", grant)
    assert refused.value.params["problem"] == "day_closed"
    assert "退费" in describe_payment_error(refused.value)
    assert ShiftService(desk.db, desk.clock, desk.clerk).is_day_closed(
        desk.clerk.hall_id or 0, date(2026, 11, 23)
    )
    with desk.db.read() as s:
        assert s.execute(select(Payment.status)).scalar_one() is PaymentStatus.COMPLETED


def test_voids_go_newest_first_per_account(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    first = desk.pay(account_id, "20.00")
    second = desk.pay(account_id, "30.00")
    with pytest.raises(VoidNotAllowed) as refused:
        desk.reversals.void(first.receipt_no, "错", desk.approve(VOID, first.receipt_no))
    assert refused.value.params == {"receipt_no": second.receipt_no}
    desk.reversals.void(second.receipt_no, "错", desk.approve(VOID, second.receipt_no))
    desk.reversals.void(first.receipt_no, "错", desk.approve(VOID, first.receipt_no))
    assert balance_of(desk.db, account_id) == D("0.00")


def test_refund_after_day_close_books_a_negative_payment_with_its_own_number(
    db: Database, clock: FixedClock
) -> None:
    desk = open_desk(db, clock)
    account_id, _ = new_account(db)
    bill = add_bill(db, account_id, "2026-11", "80.00", date(2026, 12, 20))
    paid = desk.pay(account_id, "100.00")
    assert balance_of(db, account_id) == D("20.00")
    # The day is closed; the next morning the clerk opens a new shift.
    desk.next_morning()

    with pytest.raises(RefundRequired):
        desk.reversals.void(paid.receipt_no, "多收", desk.approve(VOID, paid.receipt_no))
    with pytest.raises(ApprovalRequired):
        desk.reversals.refund(paid.receipt_no, "多收", None, key())
    refund_key = key()
    refund = desk.reversals.refund(
        paid.receipt_no, "多收", desk.approve(REFUND, paid.receipt_no), refund_key
    )
    assert refund.kind is PaymentKind.REFUND
    assert refund.receipt_no == "H01-2026-00000002"
    assert refund.amount == D("-100.00")
    assert refund.business_date == date(2026, 11, 24)
    assert refund.receipt.kind == "退费"
    assert refund.receipt.total_in_capitals == "负壹佰元整"
    assert refund.receipt.notes == (f"退还原收据 {paid.receipt_no}",)
    assert bill_state(db, bill) == (D("0.00"), BillStatus.UNPAID)
    assert balance_of(db, account_id) == D("0.00")
    again = desk.reversals.refund(
        paid.receipt_no, "多收", desk.approve(REFUND, paid.receipt_no), refund_key
    )
    assert again.replayed
    assert again.payment_id == refund.payment_id
    with pytest.raises(RefundNotAllowed) as twice:
        desk.reversals.refund(paid.receipt_no, "多收", desk.approve(REFUND, paid.receipt_no), key())
    assert twice.value.code == "refund.already_refunded"
    verified = desk.verifier.verify_receipt(paid.receipt.qr_payload)
    assert verified.status is VerificationStatus.REFUNDED
    assert verified.refund_receipt_no == refund.receipt_no
    desk.check()


def test_refund_is_refused_once_its_credit_was_spent(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "50.00")  # all credit
    add_bill(desk.db, account_id, "2026-11", "30.00", date(2026, 12, 20))
    desk.pay(account_id, "1.00")  # uses ¥29.00 of the credit
    with pytest.raises(RefundNotAllowed) as refused:
        desk.reversals.refund(paid.receipt_no, "退", desk.approve(REFUND, paid.receipt_no), key())
    assert refused.value.code == "refund.credit_used"


# ----------------------------------------------------------------------------- printing


def test_print_register_reprints_and_the_queue(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    first = desk.pay(account_id, "10.00")
    second = desk.pay(account_id, "20.00")
    # Nothing printed yet (e.g. the program stopped after the payment): both wait.
    assert [q.receipt_no for q in desk.prints.print_queue()] == [
        first.receipt_no,
        second.receipt_no,
    ]

    original = desk.prints.register_print(first.receipt_no, DIGEST, "thermal80")
    assert (original.reprint_no, original.printed) == (0, True)
    failed = desk.prints.register_print(second.receipt_no, DIGEST, "thermal80", printed=False)
    queue = desk.prints.print_queue()
    assert [(q.receipt_no, q.doc_id) for q in queue] == [(second.receipt_no, failed.doc_id)]
    assert desk.prints.mark_printed(failed.doc_id).printed
    assert desk.prints.print_queue() == []
    with pytest.raises(PrintAlreadyRegistered):
        desk.prints.register_print(first.receipt_no, DIGEST, "thermal80")

    with pytest.raises(PaymentInputError) as no_reason:
        desk.prints.reprint(first.receipt_no, "")
    assert no_reason.value.code == "payment.reason_empty"
    copy1 = desk.prints.reprint(first.receipt_no, "客户遗失")
    desk.clock.advance(minutes=5)
    copy2 = desk.prints.reprint(first.receipt_no, "客户再次遗失", layout="a5")
    assert (copy1.receipt.reprint_no, copy2.receipt.reprint_no) == (1, 2)
    assert copy2.receipt.original_printed_at == original.printed_at
    assert copy2.receipt.receipt_no == first.receipt_no
    assert copy2.receipt.total == D("10.00")
    assert copy2.receipt.issued.printed_at > copy1.receipt.issued.printed_at
    assert count_payments(desk.db) == 2  # no new transaction
    # A reprint waits in the queue until the printer confirms it.
    assert [q.doc_id for q in desk.prints.print_queue()] == [copy2.document.doc_id]
    desk.prints.mark_printed(copy2.document.doc_id, content_hash="cd" * 32)
    with desk.db.read() as s:
        rows = s.execute(
            select(PrintedDocument.reprint_no, PrintedDocument.reason, PrintedDocument.layout)
            .where(PrintedDocument.doc_number == first.receipt_no)
            .order_by(PrintedDocument.id)
        ).all()
        assert rows == [
            (0, None, "thermal80"),
            (1, "客户遗失", "thermal80"),
            (2, "客户再次遗失", "a5"),
        ]
        reprints = s.execute(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "reprint")
        ).scalar_one()
        assert reprints == 2


def test_counters_reprinting_one_receipt_at_once_get_distinct_copy_numbers(desk: Desk) -> None:
    """Each copy has its own 补打 number even when several counters reprint at the same moment
    (without the per-document print lock PostgreSQL would hand two of them the same number)."""
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.prints.register_print(paid.receipt_no, DIGEST, "thermal80")
    copies: list[int] = []
    failures: list[BaseException] = []
    start = threading.Barrier(6)

    def counter() -> None:
        service = ReceiptPrintService(desk.db, desk.clock, desk.prints.actor)
        start.wait()
        try:
            copies.append(service.reprint(paid.receipt_no, "客户遗失").receipt.reprint_no)
        except BaseException as exc:  # collected and shown below
            failures.append(exc)

    threads = [threading.Thread(target=counter) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(copies) == [1, 2, 3, 4, 5, 6]
    with desk.db.read() as s:
        stored = s.execute(
            select(PrintedDocument.reprint_no).where(PrintedDocument.doc_number == paid.receipt_no)
        ).scalars()
        assert sorted(stored) == [0, 1, 2, 3, 4, 5, 6]


def test_the_register_refuses_a_second_row_for_the_same_copy(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.prints.register_print(paid.receipt_no, DIGEST, "thermal80")
    with desk.db.read() as s:
        row = s.execute(
            select(PrintedDocument).where(PrintedDocument.doc_number == paid.receipt_no)
        ).scalar_one()
    again = {
        "doc_type": row.doc_type,
        "doc_number": row.doc_number,
        "user_id": row.user_id,
        "printed_at": row.printed_at,
        "reprint_no": 0,
        "content_hash": row.content_hash,
        "layout": row.layout,
    }

    def insert_again() -> None:
        with desk.db.write() as s:
            s.add(PrintedDocument(**again))

    with pytest.raises(IntegrityError):
        insert_again()


def test_last_payment_survives_a_restart(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    assert desk.payments.last_payment() is None
    desk.pay(account_id, "10.00")
    paid = desk.pay(account_id, "12.00")
    restarted = PaymentService(desk.db, desk.clock, desk.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    last = restarted.last_payment()
    assert last is not None
    assert (last.receipt_no, last.amount) == (paid.receipt_no, D("12.00"))
    assert last.receipt.qr_payload == paid.receipt.qr_payload
    manager_payments = PaymentService(desk.db, desk.clock, desk.manager)
    assert manager_payments.last_payment() is None


# ----------------------------------------------------------------------------- verification


def test_verify_receipt_valid_tampered_voided(desk: Desk) -> None:
    account_id, number = new_account(desk.db)
    paid = desk.pay(account_id, "88.80")
    auditor = desk.auth.sign_in("A1001", DEMO_PASSWORD)
    audits = ReceiptVerifier(desk.db, desk.clock, auditor)
    payload = paid.receipt.qr_payload

    ok = audits.verify_receipt(payload)
    assert ok.status is VerificationStatus.VALID
    assert ok.genuine
    assert (ok.receipt_no, ok.amount, ok.account_number) == (paid.receipt_no, D("88.80"), number)
    assert (ok.hall_code, ok.clerk_employee_no) == ("H01", "G1001")

    parts = payload.split("|")
    tampered = "|".join([*parts[:2], str(to_fen(D("888.00"))), *parts[3:]])
    assert audits.verify_receipt(tampered).status is VerificationStatus.BAD_SIGNATURE
    assert audits.verify_receipt(
        payload[:-1] + "0" if payload[-1] != "0" else payload[:-1] + "1"
    ).status is (VerificationStatus.BAD_SIGNATURE)
    assert audits.verify_receipt("hello").status is VerificationStatus.MALFORMED
    assert audits.verify_receipt("").status is VerificationStatus.MALFORMED

    desk.reversals.void(paid.receipt_no, "错收", desk.approve(VOID, paid.receipt_no))
    voided = desk.verifier.verify_receipt(payload)  # clerks may verify too (receipt.reprint)
    assert voided.status is VerificationStatus.VOIDED
    assert voided.genuine

    admin = desk.auth.sign_in("S0001", DEMO_PASSWORD)  # audit.read
    assert ReceiptVerifier(desk.db, desk.clock, admin).verify_receipt(payload).genuine


def test_a_receipt_signed_with_another_deployment_key_is_not_genuine(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    with desk.db.write() as s:
        row = s.get(Setting, "receipts.qr_secret")
        assert row is not None
        row.value = "00" * 32
    fresh = ReceiptVerifier(desk.db, desk.clock, desk.clerk)
    assert fresh.verify_receipt(paid.receipt.qr_payload).status is VerificationStatus.BAD_SIGNATURE


# ----------------------------------------------------------------------------- rating


def test_satisfaction_is_kept_per_clerk_once_per_transaction(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.ratings.rate_service(paid.payment_id, "very_satisfied")
    with pytest.raises(RatingExists):
        desk.ratings.rate_service(paid.payment_id, Satisfaction.DISSATISFIED)
    with pytest.raises(PaymentInputError):
        desk.ratings.rate_service(paid.payment_id, "meh")
    with desk.db.read() as s:
        rating = s.execute(select(SatisfactionRating)).scalar_one()
        assert (rating.clerk_id, rating.rating) == (desk.clerk.user_id, Satisfaction.VERY_SATISFIED)


# ----------------------------------------------------------------------------- outages


def _nothing_saved(db: Database, paid_before: dict[int, Decimal]) -> None:
    with db.read() as s:
        for table in (Payment, PaymentTender, PaymentAllocation):
            assert s.execute(select(func.count()).select_from(table)).scalar_one() == 0
        assert s.execute(select(ReceiptSequence.last_seq)).scalar_one_or_none() in (None, 0)
        assert (
            s.execute(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "payment")
            ).scalar_one()
            == 0
        )
    assert snapshot_paid(db) == paid_before


def test_database_lost_mid_payment_saves_nothing(
    desk: Desk, overdue: tuple[int, str, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id, _, _, _ = overdue
    paid_before = snapshot_paid(desk.db)
    real_record = audit_module.record

    def lose_connection(session: Any, **kw: Any) -> Any:
        # By now the payment, its tenders and allocations, the bills and the receipt number
        # are flushed: the connection dies before the audit entry and the commit.
        if desk.db.is_sqlite:
            raise OperationalError(
                "INSERT INTO audit_entries", {}, sqlite3.OperationalError("disk I/O error")
            )
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        killer = create_engine(desk.db.url, isolation_level="AUTOCOMMIT")
        with killer.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        killer.dispose()
        return real_record(session, **kw)

    monkeypatch.setattr(audit_module, "record", lose_connection)
    request = PaymentRequest(account_id=account_id, **cash("208.24"))
    with pytest.raises(DatabaseUnavailable):
        desk.payments.take_payment(request)
    monkeypatch.setattr(audit_module, "record", real_record)
    _nothing_saved(desk.db, paid_before)
    # When the database is back, the same confirm key pays exactly once.
    assert desk.payments.payment_for_key(request.idempotency_key) is None
    result = desk.payments.take_payment(request)
    assert result.receipt_no == "H01-2026-00000001"
    desk.check()


@pytest.mark.postgres
def test_unreachable_server_is_database_unavailable(desk: Desk) -> None:
    gone = Database("postgresql+psycopg://127.0.0.1:1/test")
    service = PaymentService(gone, desk.clock, desk.clerk)
    with pytest.raises(DatabaseUnavailable):
        service.take_payment(PaymentRequest(account_id=1, **cash("10.00")))
    gone.dispose()


def test_unopenable_sqlite_file_is_database_unavailable(
    sqlite_db: Database, clock: FixedClock, tmp_path: Any
) -> None:
    desk = open_desk(sqlite_db, clock)
    # A directory where the database file should be: SQLite cannot open it (and, unlike file
    # permissions, this also holds when the tests run as root).
    broken = tmp_path / "not-a-file.sqlite3"
    broken.mkdir()
    db = Database(f"sqlite+pysqlite:///{broken}")
    with pytest.raises(DatabaseUnavailable):
        PaymentService(db, clock, desk.clerk).take_payment(
            PaymentRequest(account_id=1, **cash("10.00"))
        )
    db.dispose()
    assert count_payments(sqlite_db) == 0


def test_every_error_code_has_a_default_message() -> None:
    for code in PAYMENT_CODES:
        error = PaymentInputError(code)
        assert describe_payment_error(error) != f"操作未完成（{code}）"


def test_void_slip_prints_with_the_void_slip_document_type(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.reversals.void(paid.receipt_no, "错收", desk.approve(VOID, paid.receipt_no))
    record = desk.prints.register_print(
        paid.receipt_no, DIGEST, "thermal80", doc_type=DocumentType.VOID_SLIP
    )
    assert record.doc_type is DocumentType.VOID_SLIP
    assert desk.prints.print_queue() == []  # voided receipts do not wait for a printer


def test_a_payment_after_the_day_is_closed_is_refused(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    desk.close_day()
    from counter_app.services.shifts import DayClosed

    with pytest.raises(DayClosed):
        desk.pay(account_id, "10.00")
    assert count_payments(desk.db) == 0


def test_receipt_time_and_business_date_after_midnight(db: Database, clock: FixedClock) -> None:
    desk = open_desk(db, clock)
    account_id, _ = new_account(db)
    clock.advance(hours=15)  # 00:30 the next day, same shift
    paid = desk.pay(account_id, "10.00")
    assert paid.business_date == date(2026, 11, 23)
    assert paid.receipt.paid_at.date() == date(2026, 11, 24)
    assert paid.paid_at - paid.receipt.paid_at == timedelta(0)
