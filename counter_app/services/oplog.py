"""What the log file says about sign-ins and money, for an operator diagnosing a counter.

One line per event, with receipt numbers, amounts, tender kinds and 工号 only: never a
customer's name, ID number, phone or address (docs/domain.md §11). The audit trail in the
database holds the full record; the log file is what an operator reads on the counter PC.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from decimal import Decimal

from counter_app.domain.receipts import ReceiptTender

log = logging.getLogger("counter_app.operations")


def _tenders(tenders: Iterable[ReceiptTender]) -> str:
    return "+".join(t.tender for t in tenders) or "-"


def signed_in(employee_no: str, counter_number: int | None) -> None:
    log.info("Sign-in: %s at counter %s", employee_no, counter_number or "-")


def password_refused(employee_no: str | None, remaining: int | None = None) -> None:
    """A wrong password, or an unknown or disabled 工号 (``None``: what was typed is not
    logged, as it may be a password typed into the wrong field)."""
    if employee_no is None:
        log.warning("Password refused: unknown or disabled employee number")
    else:
        log.warning("Password refused: %s, wrong password (%s tries left)", employee_no, remaining)


def account_locked(employee_no: str, until: object, *, now_locked: bool) -> None:
    if now_locked:
        log.warning("Account %s locked until %s after too many wrong passwords", employee_no, until)
    else:
        log.warning("Password refused: %s is locked until %s", employee_no, until)


def screen_locked(employee_no: str) -> None:
    log.info("Screen locked: %s", employee_no)


def screen_unlocked(employee_no: str) -> None:
    log.info("Screen unlocked: %s", employee_no)


def signed_out(employee_no: str, *, shift_open: bool) -> None:
    log.info("Sign-out: %s%s", employee_no, " (shift left open)" if shift_open else "")


def payment_taken(
    receipt_no: str, amount: Decimal, tenders: Iterable[ReceiptTender], employee_no: str
) -> None:
    log.info(
        "Payment taken: %s ¥%s by %s, clerk %s", receipt_no, amount, _tenders(tenders), employee_no
    )


def payment_voided(receipt_no: str, amount: Decimal, requested_by: str, approved_by: str) -> None:
    log.info(
        "Payment voided: %s ¥%s, clerk %s, approved by %s",
        receipt_no,
        amount,
        requested_by,
        approved_by,
    )


def payment_refunded(
    refund_no: str,
    original_no: str,
    amount: Decimal,
    tenders: Iterable[ReceiptTender],
    employee_no: str,
) -> None:
    log.info(
        "Payment refunded: %s reverses %s, ¥%s by %s, clerk %s",
        refund_no,
        original_no,
        amount,
        _tenders(tenders),
        employee_no,
    )


def receipt_reprinted(receipt_no: str, reprint_no: int, employee_no: str) -> None:
    log.info("Receipt reprinted: %s copy %s, clerk %s", receipt_no, reprint_no, employee_no)
