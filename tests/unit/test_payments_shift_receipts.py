"""The receipts of the clerk's shift and one receipt by number, as the reprint, void and refund
dialogs show them before anything is done (``ReceiptPrintService.shift_receipts`` and
``receipt_summary``)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from payment_workers import Desk, key, new_account
from sqlalchemy import select, update

from counter_app.db.engine import Database
from counter_app.db.models import Customer, Hall, Payment
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import PaymentKind, PaymentStatus
from counter_app.services.payments.dto import REFUND, VOID
from counter_app.services.payments.errors import ReceiptNotFound
from counter_app.services.payments.prints import ReceiptPrintService

D = Decimal


def _first_customer_name(db: Database) -> str:
    with db.read() as s:
        return s.execute(select(Customer.name).where(Customer.id == 1)).scalar_one()


def test_a_new_shift_has_no_receipts(desk: Desk) -> None:
    assert desk.prints.shift_receipts() == ()


def test_the_shifts_receipts_newest_first_with_customer_account_and_amount(desk: Desk) -> None:
    first_id, first_number = new_account(desk.db)
    second_id, second_number = new_account(desk.db)
    first = desk.pay(first_id, "50.00")
    second = desk.pay(second_id, "20.50")

    listed = desk.prints.shift_receipts()

    assert [r.receipt_no for r in listed] == [second.receipt_no, first.receipt_no]
    newest = listed[0]
    assert newest.account_number == second_number
    assert newest.customer_name == _first_customer_name(desk.db)
    assert newest.amount == D("20.50")
    assert (newest.kind, newest.status) == (PaymentKind.POSTPAID, PaymentStatus.COMPLETED)
    assert newest.own_hall
    assert newest.refund_receipt_no is None
    assert (
        newest.paid_at.tzinfo is LOCAL_TZ
        or newest.paid_at.utcoffset() == second.paid_at.utcoffset()
    )
    assert newest.paid_at == second.paid_at
    assert listed[1].account_number == first_number


def test_voids_and_refunds_show_in_the_list(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    voided = desk.pay(account_id, "10.00")
    desk.reversals.void(voided.receipt_no, "金额输错", desk.approve(VOID, voided.receipt_no))
    refunded = desk.pay(account_id, "12.00")
    refund = desk.reversals.refund(
        refunded.receipt_no, "多收", desk.approve(REFUND, refunded.receipt_no), key()
    )

    by_number = {r.receipt_no: r for r in desk.prints.shift_receipts()}

    assert by_number[voided.receipt_no].status is PaymentStatus.VOIDED
    assert by_number[refunded.receipt_no].refund_receipt_no == refund.receipt_no
    assert by_number[refund.receipt_no].kind is PaymentKind.REFUND
    assert by_number[refund.receipt_no].amount == D("-12.00")


def test_only_the_clerks_own_shift_is_listed(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "10.00")
    manager = ReceiptPrintService(desk.db, desk.clock, desk.manager)
    assert manager.shift_receipts() == ()


def test_one_receipt_by_its_number_as_typed_or_scanned(desk: Desk) -> None:
    account_id, number = new_account(desk.db)
    paid = desk.pay(account_id, "33.30")

    found = desk.prints.receipt_summary(f" {paid.receipt_no.lower()} ")

    assert found.receipt_no == paid.receipt_no
    assert (found.account_number, found.amount) == (number, D("33.30"))
    with pytest.raises(ReceiptNotFound):
        desk.prints.receipt_summary("H01-2026-99999999")


def test_another_halls_receipt_is_named_but_not_its_customer(desk: Desk) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    with desk.db.write() as s:
        other = s.execute(select(Hall.id).where(Hall.code != "H01").limit(1)).scalar_one()
        s.execute(update(Payment).where(Payment.id == paid.payment_id).values(hall_id=other))

    found = desk.prints.receipt_summary(paid.receipt_no)

    assert not found.own_hall
    assert (found.customer_name, found.account_number) == ("", "")
