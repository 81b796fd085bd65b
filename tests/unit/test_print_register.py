"""The print step and the one register: render, enter, report; originals, 补打 and the queue."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from payment_workers import new_account, open_desk
from people import sign_in
from sqlalchemy import select
from test_account_opening import request

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, PrintedDocument
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import DocumentType
from counter_app.domain.print_register import (
    DocumentNotFound,
    PrintAlreadyRegistered,
    content_hash,
)
from counter_app.services import print_register
from counter_app.services.accounts import AccountService
from counter_app.services.accounts_dto import AccountOpeningResult
from counter_app.services.customers_dto import FieldErrors
from counter_app.services.documents import KINDS, kind_of, render

OPENING = DocumentType.ACCOUNT_OPENING


@pytest.fixture
def opened(accounts: AccountService) -> AccountOpeningResult:
    return accounts.open_account(request())


def rows(db: Database, number: str) -> list[PrintedDocument]:
    with db.read() as s:
        return list(
            s.execute(
                select(PrintedDocument)
                .where(PrintedDocument.doc_number == number)
                .order_by(PrintedDocument.reprint_no)
            ).scalars()
        )


def print_actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(
            s.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "printed_document")
                .order_by(AuditEntry.id)
            ).scalars()
        )


def test_issue_renders_enters_the_hash_of_those_bytes_and_waits_for_the_printer(
    demo_db: Database, accounts: AccountService, opened: AccountOpeningResult
) -> None:
    assert opened.confirmation is not None
    issued = accounts.issue(opened.confirmation)
    assert issued.pdf.startswith(b"%PDF")
    assert (issued.doc_type, issued.doc_number, issued.reprint_no) == (
        OPENING,
        opened.account_number,
        0,
    )
    (row,) = rows(demo_db, opened.account_number)
    assert row.content_hash == hashlib.sha256(issued.pdf).hexdigest() == content_hash(issued.pdf)
    assert (row.printed, row.layout, row.account_id) == (False, "a4", opened.account_id)
    assert row.hall_id == accounts.actor.hall_id

    record = accounts.report_print(issued, printed=True, pdf_path="/copies/opening.pdf")
    assert record.printed
    (row,) = rows(demo_db, opened.account_number)
    assert (row.printed, row.pdf_path) == (True, "/copies/opening.pdf")
    assert print_actions(demo_db) == ["print", "printed"]


def test_a_failed_print_keeps_its_pdf_path_and_stays_unprinted(
    demo_db: Database, accounts: AccountService, opened: AccountOpeningResult
) -> None:
    assert opened.confirmation is not None
    issued = accounts.issue(opened.confirmation)
    accounts.report_print(issued, printed=False, pdf_path="/copies/opening.pdf")
    (row,) = rows(demo_db, opened.account_number)
    assert (row.printed, row.pdf_path) == (False, "/copies/opening.pdf")
    assert print_actions(demo_db) == ["print", "print_failed"]
    # Printed later from the queue: rendered again as the same copy, with its new hash.
    again = accounts.issue(opened.confirmation, queued=issued.doc_id)
    assert again.doc_id == issued.doc_id
    accounts.report_print(again, printed=True)
    (row,) = rows(demo_db, opened.account_number)
    assert row.printed
    assert row.content_hash == content_hash(again.pdf)
    assert print_actions(demo_db) == ["print", "print_failed", "printed"]


def test_an_original_is_issued_once(
    demo_db: Database, accounts: AccountService, opened: AccountOpeningResult
) -> None:
    assert opened.confirmation is not None
    first = accounts.issue(opened.confirmation)
    with pytest.raises(PrintAlreadyRegistered) as again:
        accounts.issue(opened.confirmation)
    assert again.value.code == "print.already_registered"
    assert again.value.params == {"doc_id": first.doc_id}
    assert len(rows(demo_db, opened.account_number)) == 1


def test_the_one_time_notice_is_entered_under_the_request_number(
    demo_db: Database, accounts: AccountService
) -> None:
    result = accounts.open_account(request(documents_received=()))
    assert result.missing_documents_notice is not None
    issued = accounts.issue(result.missing_documents_notice)
    assert (issued.doc_type, issued.doc_number) == (
        DocumentType.MISSING_DOCUMENTS,
        result.request_number,
    )
    (row,) = rows(demo_db, result.request_number)
    assert row.account_id == result.account_id


def test_a_document_is_printed_in_its_own_layouts_only(
    accounts: AccountService, opened: AccountOpeningResult
) -> None:
    assert opened.confirmation is not None
    with pytest.raises(FieldErrors) as refused:
        accounts.issue(opened.confirmation, "thermal80")
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("layout", "document.layout_invalid")
    ]
    assert {k.doc_type for k in KINDS} >= {
        DocumentType.RECEIPT,
        DocumentType.VOID_SLIP,
        OPENING,
        DocumentType.MISSING_DOCUMENTS,
    }
    assert kind_of(opened.confirmation).layouts == ("a4",)
    with pytest.raises(TypeError):
        render(object())  # type: ignore[arg-type]


def test_a_reported_copy_must_be_of_the_users_hall(
    demo_db: Database,
    clock: FixedClock,
    accounts: AccountService,
    opened: AccountOpeningResult,
) -> None:
    assert opened.confirmation is not None
    issued = accounts.issue(opened.confirmation)
    elsewhere = AccountService(demo_db, clock, sign_in(demo_db, clock, "G2001"))
    with pytest.raises(DocumentNotFound):
        elsewhere.report_print(issued, printed=True)
    with pytest.raises(DocumentNotFound):
        accounts.issue(
            replace(opened.confirmation, account_number="0199999999"), queued=issued.doc_id
        )


def test_one_check_and_one_set_of_codes() -> None:
    with pytest.raises(FieldErrors) as bad:
        print_register.check_copy("poster", " ", "xyz", "a3", pdf_path="p" * 301, reason="r" * 201)
    assert [(e.field, e.code) for e in bad.value.errors] == [
        ("doc_type", "document.type_invalid"),
        ("doc_number", "document.number_invalid"),
        ("content_hash", "document.hash_invalid"),
        ("layout", "document.layout_invalid"),
        ("pdf_path", "document.path_too_long"),
        ("reason", "reason.too_long"),
    ]
    checked = print_register.check_copy(
        "receipt", " H01-2026-00000001 ", "AB" * 32, "thermal80", reason="  客户  遗失 "
    )
    assert (checked.doc_type, checked.doc_number, checked.content_hash, checked.reason) == (
        DocumentType.RECEIPT,
        "H01-2026-00000001",
        "ab" * 32,
        "客户 遗失",
    )


# ----------------------------------------------------------------------------- receipts


def test_a_receipt_and_its_reprint_carry_the_hash_of_what_printed(
    db: Database, clock: FixedClock
) -> None:
    desk = open_desk(db, clock)
    account_id, _ = new_account(db)
    paid = desk.pay(account_id, "10.00")
    issued = desk.prints.issue(paid.receipt, "a5")
    assert (issued.doc_type, issued.doc_number, issued.document.layout) == (
        DocumentType.RECEIPT,
        paid.receipt_no,
        "a5",
    )
    desk.prints.report_print(issued, printed=False, pdf_path="/copies/r.pdf")
    assert [q.doc_id for q in desk.prints.print_queue()] == [issued.doc_id]

    copy = desk.prints.reprint(paid.receipt_no, "客户遗失")
    assert (copy.reprint_no, copy.receipt.reprint_no) == (1, 1)
    assert copy.pdf.startswith(b"%PDF")
    desk.prints.report_print(copy, printed=True, pdf_path="/copies/r-1.pdf")
    stored = rows(db, paid.receipt_no)
    assert [(r.reprint_no, r.printed, r.reason, r.pdf_path) for r in stored] == [
        (0, False, None, "/copies/r.pdf"),
        (1, True, "客户遗失", "/copies/r-1.pdf"),
    ]
    assert [r.content_hash for r in stored] == [content_hash(issued.pdf), content_hash(copy.pdf)]
    assert stored[1].layout == "thermal80"


def test_a_void_slip_is_entered_under_its_receipt_number(db: Database, clock: FixedClock) -> None:
    desk = open_desk(db, clock)
    account_id, _ = new_account(db)
    paid = desk.pay(account_id, "10.00")
    voided = desk.reversals.void(paid.receipt_no, "错收", desk.approve("void", paid.receipt_no))
    issued = desk.prints.issue(voided.slip)
    assert (issued.doc_type, issued.doc_number) == (DocumentType.VOID_SLIP, paid.receipt_no)
    (row,) = rows(db, paid.receipt_no)
    assert row.account_id == account_id
