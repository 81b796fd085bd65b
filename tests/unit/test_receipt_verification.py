"""An auditor checks a receipt by its number alone: what the barcode holds, or what is typed.

A number carries no signature: it proves the receipt exists and whether it is in force, and
the stored values come back for comparing with the paper.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from payment_workers import Desk, new_account

from counter_app.domain.receipt_numbers import receipt_number_in
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import VOID, VerificationStatus
from counter_app.services.payments.verification import ReceiptVerifier


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("H01-2026-00001234", "H01-2026-00001234"),
        ("H01202600001234", "H01-2026-00001234"),  # a scanner set to drop the hyphens
        (" h01－2026－00001234 ", "H01-2026-00001234"),  # full-width dashes, lower case
        (
            "Ｈ０１‐２０２６‐００００１２３４",
            "H01-2026-00001234",
        ),  # full-width, a hyphen look-alike
        ("H01 2026 00001234", "H01-2026-00001234"),  # spaces between the parts
        ("HALL8-2026-00000001", "HALL8-2026-00000001"),
        ("H01-26-00001234", None),
        ("H01-2026-1234", None),
        ("110101199003070011", None),  # an ID number, no letter first
        ("", None),
        ("V1|H01-2026-00001234|1000|0100000001|20261123T013000Z|ab", None),  # a QR payload
    ],
)
def test_a_receipt_number_is_read_as_printed(text: str, number: str | None) -> None:
    assert receipt_number_in(text) == number


@pytest.fixture
def auditor(desk: Desk) -> ReceiptVerifier:
    return ReceiptVerifier(desk.db, desk.clock, desk.auth.sign_in("A1001", DEMO_PASSWORD, 3))


def test_by_number_the_receipt_exists_and_is_in_force(desk: Desk, auditor: ReceiptVerifier) -> None:
    account_id, number = new_account(desk.db)
    paid = desk.pay(account_id, "88.80")
    for typed in (paid.receipt_no, paid.receipt_no.replace("-", ""), paid.receipt_no.lower()):
        found = auditor.verify_receipt_number(typed)
        assert found.status is VerificationStatus.VALID, typed
        assert (found.receipt_no, found.amount, found.account_number) == (
            paid.receipt_no,
            Decimal("88.80"),
            number,
        )
        assert (found.hall_code, found.clerk_employee_no) == ("H01", "G1001")
        # The same answer as the signed QR code gives for the same receipt.
        assert found == auditor.verify_receipt(paid.receipt.qr_payload)


def test_by_number_a_voided_receipt_says_so(desk: Desk, auditor: ReceiptVerifier) -> None:
    account_id, _ = new_account(desk.db)
    paid = desk.pay(account_id, "10.00")
    desk.reversals.void(paid.receipt_no, "错收", desk.approve(VOID, paid.receipt_no))
    found = auditor.verify_receipt_number(paid.receipt_no)
    assert found.status is VerificationStatus.VOIDED
    assert found == auditor.verify_receipt(paid.receipt.qr_payload)
    # Counter staff who may reprint may look a number up too.
    assert desk.verifier.verify_receipt_number(paid.receipt_no).status is VerificationStatus.VOIDED


def test_by_number_an_unknown_or_garbled_number(desk: Desk, auditor: ReceiptVerifier) -> None:
    unknown = auditor.verify_receipt_number("H01-2026-99999999")
    assert unknown.status is VerificationStatus.NOT_FOUND
    assert unknown.receipt_no == "H01-2026-99999999"
    assert unknown.amount is None
    for garbled in ("", "hello", "H01-2026-123"):
        assert auditor.verify_receipt_number(garbled).status is VerificationStatus.MALFORMED
