"""A clerk's shift (docs/domain.md §9): the float counted by denomination, cash in and out,
the close against the expected cash, a variance with its reason and a manager's sign-off,
closing twice, the handover to the next clerk at the counter, the shift report."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from payment_workers import Desk, key, new_account, open_desk
from report_data import counts_of
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import CashCount, Shift
from counter_app.domain.amounts import AmountError
from counter_app.domain.approvals import ApprovalGrant, ApprovalInvalid, ApprovalRefused
from counter_app.domain.cash import CashCountError, check_pieces, count_total
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import ApprovalAction, DocumentType, ShiftStatus, Tender
from counter_app.domain.errors import PermissionDenied
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import REFUND, VOID, PaymentRequest, TenderLine
from counter_app.services.payments.errors import RefundRequired
from counter_app.services.shifts import DayCloseService, ShiftService
from counter_app.services.shifts_dto import NoOpenShift, ShiftError, ShiftInputError

D = Decimal


def shifts(desk: Desk, employee_no: str = "G1001", counter: int = 1) -> ShiftService:
    actor = (
        desk.clerk
        if employee_no == "G1001"
        else desk.auth.sign_in(employee_no, DEMO_PASSWORD, counter)
    )
    return ShiftService(desk.db, desk.clock, actor)


def sign_off(
    desk: Desk, subject: str, variance: Decimal, requester: object = None
) -> ApprovalGrant:
    return desk.auth.approve(
        requester or desk.clerk,  # type: ignore[arg-type]
        "M1001",
        DEMO_PASSWORD,
        action=ApprovalAction.CASH_VARIANCE,
        subject=subject,
        reason="清点核实",
        amount=variance,
    )


# ----------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("-1", "cash.pieces_negative"),
        (-3, "cash.pieces_negative"),
        ("2.5", "cash.pieces_not_integer"),
        ("二", "cash.pieces_not_integer"),
        (D("1.5"), "cash.pieces_not_integer"),
        (True, "cash.pieces_not_integer"),
        (1.0, "cash.pieces_not_integer"),
        ("1000000", "cash.pieces_too_many"),
    ],
)
def test_a_bad_count_is_refused_with_its_code(typed: object, code: str) -> None:
    with pytest.raises(CashCountError) as refused:
        check_pieces(typed, D("100.00"))
    assert refused.value.code == code
    assert refused.value.params["denomination"] == D("100.00")


def test_an_empty_field_counts_nothing_and_totals_add_up() -> None:
    assert check_pieces("", D("0.10")) == 0
    assert check_pieces(" 12 ", D("0.10")) == 12
    assert count_total({D("100.00"): 3, D("0.50"): 3, D("0.10"): 7}) == D("302.20")


def test_opening_with_a_counted_float_keeps_the_count(db: Database, clock: FixedClock) -> None:
    desk = open_desk(db, clock)
    other = shifts(desk, "G1002", 3)
    counts = {D("100"): 2, D("50"): 1, D("0.5"): "4", D("0.1"): ""}

    opened = other.open_shift(counts=counts)

    assert opened.opening_float == D("252.00")
    figures = other.figures()
    assert figures.opening_count is not None
    assert figures.opening_count[D("100.00")] == 2
    assert figures.opening_count[D("0.50")] == 4
    assert figures.expected_cash == D("252.00")


def test_a_bad_count_or_a_float_unlike_the_count_opens_nothing(desk: Desk) -> None:
    other = shifts(desk, "G1002", 3)
    with pytest.raises(CashCountError):
        other.open_shift(counts={D("100"): -1})
    with pytest.raises(CashCountError) as unknown:
        other.open_shift(counts={D("30"): 1})
    assert unknown.value.code == "cash.denomination_unknown"
    with pytest.raises(ShiftError) as mismatch:
        other.open_shift(D("300.00"), counts={D("100"): 2})
    assert mismatch.value.code == "shift.float_mismatch"
    assert other.current_shift() is None
    with desk.db.read() as s:
        assert s.execute(select(func.count()).select_from(CashCount)).scalar_one() == 0


# ----------------------------------------------------------------------------- cash


def test_cash_in_and_out_need_a_reason_and_move_the_expected_cash(desk: Desk) -> None:
    mine = shifts(desk)
    with pytest.raises(ShiftInputError) as no_reason:
        mine.cash_out(D("100.00"), "  ")
    assert no_reason.value.code == "shift.reason_required"
    with pytest.raises(AmountError):
        mine.cash_in(D("0"), "零钱")
    with pytest.raises(ShiftInputError) as too_much:
        mine.cash_out(D("500.01"), "交款")
    assert too_much.value.code == "shift.cash_out_exceeds"
    assert too_much.value.params["available"] == D("500.00")

    mine.cash_in(D("200.00"), "备用零钱")
    moved = mine.cash_out(D("600.00"), "交款入保险柜")

    assert moved.reason == "交款入保险柜"
    figures = mine.figures()
    assert (figures.cash_in, figures.cash_out) == (D("200.00"), D("600.00"))
    assert figures.expected_cash == D("100.00")
    assert [m.kind.value for m in mine.movements()] == ["cash_in", "cash_out"]


def test_the_expected_cash_counts_change_refunds_and_voids(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "30.50", "50.00")  # change 19.50
    desk.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=D("80.00"),
            tenders=[TenderLine("cash", D("20.00")), TenderLine("wechat", D("60.00"), "WX1")],
            cash_received=D("20.00"),
            idempotency_key=key(),
        )
    )
    voided = desk.pay(account_id, "12.00")
    desk.reversals.void(voided.receipt_no, "输错", desk.approve(VOID, voided.receipt_no))
    refunded = desk.pay(account_id, "7.00")
    desk.reversals.refund(
        refunded.receipt_no, "多收", desk.approve(REFUND, refunded.receipt_no), key()
    )

    f = shifts(desk).figures()

    assert f.cash_received == D("50.00") + D("20.00") + D("12.00") + D("7.00")
    assert f.change_given == D("19.50")
    assert f.cash_voided == D("12.00")
    assert f.cash_refunded == D("7.00")
    assert f.expected_cash == D("500.00") + D("30.50") + D("20.00") + D("7.00") - D("7.00")
    by_tender = {t.tender: t for t in f.tenders}
    assert by_tender[Tender.WECHAT].amount == D("60.00")
    assert by_tender[Tender.CASH].amount == D("30.50") + D("20.00") + D("7.00") - D("7.00")
    assert f.transactions == 5  # four payments and one refund
    assert (f.voids, f.voids_amount) == (1, D("12.00"))
    assert f.first_receipt_no is not None
    assert f.last_receipt_no is not None
    assert f.first_receipt_no < f.last_receipt_no


# ----------------------------------------------------------------------------- close


def test_closing_without_a_variance_needs_no_sign_off_and_twice_is_refused(desk: Desk) -> None:
    mine = shifts(desk)
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "25.00")
    desk.clock.advance(hours=8)

    check = mine.check_close(counts_of("525.00"))
    assert (check.expected_cash, check.variance, check.needs_sign_off) == (
        D("525.00"),
        D("0.00"),
        False,
    )
    closed = mine.close_shift(counts_of("525.00"), handover_note="打印纸还剩一卷")

    assert closed.variance == 0
    assert closed.handover.note == "打印纸还剩一卷"
    with desk.db.read() as s:
        row = s.get(Shift, closed.figures.shift.shift_id)
        assert row is not None
        assert row.status is ShiftStatus.CLOSED
        assert (row.expected_cash, row.counted_cash) == (D("525.00"), D("525.00"))
        assert row.first_receipt_no == closed.figures.first_receipt_no
    with pytest.raises(ShiftError) as twice:
        mine.close_shift(counts_of("525.00"))
    assert twice.value.code == "shift.already_closed"
    with pytest.raises(NoOpenShift):
        mine.figures()


def test_a_variance_needs_a_reason_and_the_managers_sign_off(desk: Desk) -> None:
    mine = shifts(desk)
    short = counts_of("490.00")  # ¥10.00 短款
    with pytest.raises(ShiftError) as no_reason:
        mine.close_shift(short)
    assert no_reason.value.code == "shift.variance_reason_required"
    assert no_reason.value.params["variance"] == D("-10.00")
    with pytest.raises(ShiftError) as no_sign_off:
        mine.close_shift(short, variance_reason="找零多付")
    assert no_sign_off.value.code == "shift.variance_approval_required"
    subject = no_sign_off.value.params["subject"]
    wrong_amount = sign_off(desk, subject, D("-5.00"))
    with pytest.raises(ApprovalInvalid):
        mine.close_shift(short, variance_reason="找零多付", approval=wrong_amount)
    assert mine.current_shift() is not None  # nothing was saved

    grant = sign_off(desk, subject, D("-10.00"))
    closed = mine.close_shift(short, variance_reason="找零多付", approval=grant)

    assert closed.variance == D("-10.00")
    report = closed.report
    assert report.variance_approved_by is not None  # type: ignore[attr-defined]
    assert report.variance_approved_by.startswith("M1001")  # type: ignore[attr-defined]
    with desk.db.read() as s:
        row = s.get(Shift, closed.figures.shift.shift_id)
        assert row is not None
        assert row.variance_reason == "找零多付"
        assert row.variance_approved_by == grant.approver_id


def test_a_manager_cannot_sign_off_their_own_shifts_variance(desk: Desk) -> None:
    manager = ShiftService(desk.db, desk.clock, desk.manager)
    manager.open_shift(D("100.00"))
    over = counts_of("101.00")
    subject = manager.check_close(over).approval_subject
    with pytest.raises(ApprovalRefused) as own:
        sign_off(desk, subject, D("1.00"), requester=desk.manager)
    assert own.value.code == "approval.own_request"
    forged = ApprovalGrant(
        approval_id=1, approver_id=desk.manager.user_id, approver_employee_no="M1001", reason=""
    )
    with pytest.raises(ShiftError) as refused:
        manager.close_shift(over, variance_reason="多收", approval=forged)
    assert refused.value.code == "shift.variance_own"


def test_a_clerk_cannot_close_the_day(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        DayCloseService(desk.db, desk.clock, desk.clerk).close_day(desk.clock.now().date())


# ----------------------------------------------------------------------------- handover


def test_the_next_clerk_sees_the_handover_and_must_acknowledge_it(desk: Desk) -> None:
    mine = shifts(desk)
    account_id, _ = new_account(desk.db)
    unprinted = desk.pay(account_id, "15.00")  # never printed: waits in the reprint queue
    desk.clock.advance(hours=4)
    mine.close_shift(counts_of("515.00"), handover_note="3 号客户下午来取发票")

    assert mine.pending_handover() is None  # one's own shift hands over to nobody
    desk.clock.advance(minutes=5)
    successor = shifts(desk, "G1002", 1)
    waiting = successor.pending_handover()
    assert waiting is not None
    assert waiting.clerk_employee_no == "G1001"
    assert waiting.note == "3 号客户下午来取发票"
    assert [(i.kind, i.number) for i in waiting.open_items] == [("reprint", unprinted.receipt_no)]
    with pytest.raises(ShiftError) as unread:
        successor.open_shift(D("500.00"))
    assert unread.value.code == "shift.handover_unacknowledged"
    assert unread.value.params["employee_no"] == "G1001"

    successor.open_shift(D("500.00"), acknowledge=waiting.shift_id)

    assert successor.pending_handover() is None
    with desk.db.read() as s:
        row = s.get(Shift, waiting.shift_id)
        assert row is not None
        assert row.handover_acknowledged_by == successor.actor.user_id


def test_the_clerks_open_service_requests_are_handed_over_too(
    db: Database, clock: FixedClock
) -> None:
    from request_cases import open_counter

    hall = open_counter(db, clock)
    pending = hall.accept("METER", hall.account(), description="表计走字异常")
    finished = hall.accept("METER", hall.account(), description="表计不走")
    hall.requests.withdraw(finished.summary.id, "客户不再需要", version=finished.version)
    clock.advance(hours=2)
    shifts(hall.desk).close_shift(counts_of("500.00"), handover_note="表计工单待派工")

    waiting = shifts(hall.desk, "G1002", 1).pending_handover()
    assert waiting is not None
    requests = [(i.number, i.detail) for i in waiting.open_items if i.kind == "request"]
    assert requests == [(pending.summary.number, pending.summary.status.value)]


# ----------------------------------------------------------------------------- the report


def test_the_shift_report_prints_on_the_roll_and_on_a4(desk: Desk) -> None:
    from pypdf import PdfReader

    mine = shifts(desk)
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "88.80", "100.00")
    mine.cash_out(D("300.00"), "交款入保险柜")
    closed = mine.close_shift(counts_of("288.80"))

    for layout in ("thermal80", "a4"):
        issued = (
            mine.issue(closed.report, layout)
            if layout == "thermal80"
            else mine.reprint_report(closed.figures.shift.shift_id, "另打 A4 存档", "a4")
        )
        assert issued.doc_type is DocumentType.SHIFT_REPORT
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(issued.pdf)).pages)
        for expected in ("班次报表", "¥500.00", "¥100.00", "¥11.20", "¥300.00", "¥288.80", "G1001"):
            assert expected in text, (layout, expected)
    assert "补打" in text


def test_a_shift_open_past_its_business_day_is_flagged(desk: Desk) -> None:
    desk.clock.advance(days=1)
    assert shifts(desk).figures().past_business_day
    stale = DayCloseService(desk.db, desk.clock, desk.manager).stale_shifts()
    assert [s.clerk_employee_no for s in stale] == ["G1001"]


def test_after_day_close_a_void_is_refused(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "20.00")
    shifts(desk).close_shift(counts_of("520.00"))
    DayCloseService(desk.db, desk.clock, desk.manager).close_day(desk.clock.now().date())
    desk.clock.advance(days=1)
    shifts(desk).open_shift(D("500.00"))
    with pytest.raises(RefundRequired) as refused:
        desk.reversals.void(paid.receipt_no, "输错", desk.approve(VOID, paid.receipt_no))
    assert refused.value.params["problem"] == "day_closed"
