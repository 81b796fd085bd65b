"""The payment screen prints through the one print step: what the register keeps is exactly
what was printed, a queued receipt prints later as the same copy, and a register that cannot
take the printer's answer is shown, not raised."""

from __future__ import annotations

import hashlib

import pytest
import test_payment_page as payment_screen
from payment_screen import debtor
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_payment_page import _load, _open_shift

from counter_app.context import AppContext
from counter_app.db.models import PrintedDocument
from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import DatabaseUnavailable
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.printing import PrintOutcome

# The payment screen's own fixture: the same page, printer (none) and clerk.
page = payment_screen.page


def copies(ctx: AppContext, number: str) -> list[PrintedDocument]:
    with ctx.db.read() as s:
        return list(
            s.execute(
                select(PrintedDocument)
                .where(
                    PrintedDocument.doc_type == DocumentType.RECEIPT,
                    PrintedDocument.doc_number == number,
                )
                .order_by(PrintedDocument.reprint_no)
            ).scalars()
        )


def pay(qtbot: QtBot, page: PaymentPage, ctx: AppContext) -> str:
    _open_shift(qtbot, page)
    _load(qtbot, page, debtor(ctx))
    page.confirm()
    assert page.last_result is not None, page.error.text()
    return page.last_result.receipt_no


def digest(outcome: PrintOutcome | None) -> str:
    assert outcome is not None
    return hashlib.sha256(outcome.pdf_path.read_bytes()).hexdigest()


def test_the_register_keeps_the_hash_of_the_pdf_each_copy_printed(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext
) -> None:
    number = pay(qtbot, page, ctx)
    copy = page.reprint(number, "客户遗失收据")
    assert copy is not None
    assert copy.pdf_path.name.endswith("-reprint-1.pdf")
    original, reprint = copies(ctx, number)
    assert original.content_hash == digest(page.last_print)
    assert reprint.content_hash == digest(copy)  # the 补打 as printed, not a digest of its data
    assert (reprint.reprint_no, reprint.reason, reprint.printed) == (1, "客户遗失收据", False)
    assert reprint.pdf_path == str(copy.pdf_path)


def test_a_queued_receipt_prints_later_as_the_same_copy(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = pay(qtbot, page, ctx)
    assert "1 receipt(s) waiting" in page.queue_label.text()
    printer = page._printer
    sent: list[bytes] = []

    def online(pdf: bytes, kind: str, doc_number: str, suffix: str = "") -> PrintOutcome:
        sent.append(pdf)
        return PrintOutcome(printer.save_copy(pdf, kind, doc_number, suffix), True, "Thermal")

    monkeypatch.setattr(printer, "print_document", online)
    page.print_queue()

    assert page.error.text() == ""
    assert page.queue_label.text() == ""
    (row,) = copies(ctx, number)
    assert row.printed
    assert row.content_hash == hashlib.sha256(sent[0]).hexdigest()


def test_a_register_that_cannot_take_the_answer_is_shown_and_the_receipt_still_prints(
    qtbot: QtBot, page: PaymentPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise DatabaseUnavailable("connection lost")

    monkeypatch.setattr(page._prints, "report_print", down)
    number = pay(qtbot, page, ctx)

    assert page.last_print is not None
    assert page.last_print.pdf_path.exists()
    assert isinstance(page.last_print.report_error, DatabaseUnavailable)
    assert page.error.text()
    assert number in page.result_label.text()
    (row,) = copies(ctx, number)
    assert not row.printed  # it waits in the queue, as the register last heard
