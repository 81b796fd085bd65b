"""What an auditor reviews: the print register, approvals, and the audit trail's chain."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from payment_workers import Desk, new_account
from sqlalchemy import select, update
from tampering import tampering

from counter_app.db.models import AuditEntry
from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import PermissionDenied
from counter_app.services.audit_review import AuditReviewService
from counter_app.services.audit_review_dto import PeriodInvalid
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import VOID

TODAY = date(2026, 11, 23)
DIGEST = hashlib.sha256(b"%PDF receipt").hexdigest()


@pytest.fixture
def review(desk: Desk) -> AuditReviewService:
    auditor = desk.auth.sign_in("A1001", DEMO_PASSWORD, 3)
    return AuditReviewService(desk.db, desk.clock, auditor)


def test_the_register_shows_originals_and_reprints_with_who_and_why(
    desk: Desk, review: AuditReviewService
) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.prints.register_print(paid.receipt_no, DIGEST, "thermal80", printed=False)
    desk.clock.advance(minutes=3)
    desk.prints.reprint(paid.receipt_no, "客户遗失")

    listing = review.print_register(TODAY, TODAY)
    assert not listing.truncated
    assert [(e.doc_number, e.reprint_no, e.reason, e.printed) for e in listing.rows] == [
        (paid.receipt_no, 1, "客户遗失", False),  # newest first; the reprint waits for a printer
        (paid.receipt_no, 0, "", False),
    ]
    original = listing.rows[1]
    assert original.doc_type is DocumentType.RECEIPT
    assert (original.employee_no, original.hall_code, original.counter_number) == (
        "G1001",
        "H01",
        1,
    )
    assert original.content_hash == DIGEST
    assert original.printed_at.date() == TODAY
    assert original.printed_at.utcoffset() == timedelta(hours=8)  # shown in hall time

    # Filtered by kind, and by day: nothing of another kind, nothing the day before.
    assert review.print_register(TODAY, TODAY, DocumentType.VOID_SLIP).rows == ()
    assert len(review.print_register(TODAY, TODAY, DocumentType.RECEIPT).rows) == 2
    yesterday = TODAY - timedelta(days=1)
    assert review.print_register(yesterday, yesterday).rows == ()


def test_approvals_name_who_asked_who_approved_and_why(
    desk: Desk, review: AuditReviewService
) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.reversals.void(
        paid.receipt_no, "金额输错", desk.approve(VOID, paid.receipt_no, "金额输错")
    )

    rows = review.approvals(TODAY, TODAY).rows
    assert [(a.action, a.subject, a.requested_by, a.approved_by, a.reason) for a in rows] == [
        (VOID, paid.receipt_no, "G1001", "M1001", "金额输错")
    ]
    assert (rows[0].hall_code, rows[0].counter_number) == ("H01", 1)
    # The void slip the clerk prints lands in the register under its own kind.
    desk.prints.register_print(
        paid.receipt_no, DIGEST, "thermal80", doc_type=DocumentType.VOID_SLIP
    )
    slips = review.print_register(TODAY, TODAY, DocumentType.VOID_SLIP).rows
    assert [s.doc_number for s in slips] == [paid.receipt_no]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (TODAY, TODAY - timedelta(days=1)),  # reversed
        (TODAY - timedelta(days=366), TODAY),  # 367 days
    ],
)
def test_a_reversed_or_too_long_period_is_refused(
    review: AuditReviewService, start: date, end: date
) -> None:
    with pytest.raises(PeriodInvalid):
        review.print_register(start, end)
    with pytest.raises(PeriodInvalid):
        review.approvals(start, end)


def test_a_year_is_accepted(review: AuditReviewService) -> None:
    assert review.print_register(TODAY - timedelta(days=365), TODAY).truncated is False


def test_the_chain_check_names_the_first_altered_entry(
    desk: Desk, review: AuditReviewService
) -> None:
    account_id, _ = new_account(desk.db)
    desk.pay(account_id, "10.00")
    intact = review.verify_audit_trail()
    assert intact.ok
    assert intact.entries > 0
    with tampering(desk.db) as conn:  # behind the application's back: past the triggers
        victim = conn.execute(
            select(AuditEntry.id).where(AuditEntry.entity == "payment").limit(1)
        ).scalar_one()
        conn.execute(update(AuditEntry).where(AuditEntry.id == victim).values(action="delete"))
    broken = review.verify_audit_trail()
    assert not broken.ok
    assert broken.first_broken_id == victim


def test_counter_staff_cannot_review(desk: Desk) -> None:
    for actor in (desk.clerk, desk.manager):
        with pytest.raises(PermissionDenied):
            AuditReviewService(desk.db, desk.clock, actor).print_register(TODAY, TODAY)


def test_a_void_slip_in_the_register_gives_the_reason_for_the_void(
    desk: Desk, review: AuditReviewService
) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.prints.register_print(paid.receipt_no, DIGEST, "thermal80")
    desk.reversals.void(paid.receipt_no, "金额输错", desk.approve(VOID, paid.receipt_no, "同意"))
    desk.clock.advance(minutes=1)
    desk.prints.register_print(
        paid.receipt_no, DIGEST, "thermal80", doc_type=DocumentType.VOID_SLIP
    )

    rows = review.print_register(TODAY, TODAY).rows
    assert [(e.doc_type, e.doc_number, e.reason) for e in rows] == [
        (
            DocumentType.VOID_SLIP,
            paid.receipt_no,
            "金额输错",
        ),  # the clerk's reason, not the approval's
        (DocumentType.RECEIPT, paid.receipt_no, ""),  # the receipt itself was an original print
    ]
