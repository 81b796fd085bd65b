"""The auditor's desk through the real widgets: scan a receipt, review prints and approvals."""

from __future__ import annotations

import hashlib
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from payment_screen import debtor
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from counter_app.context import AppContext
from counter_app.db.models import Account, AuditEntry
from counter_app.domain.enums import DocumentType
from counter_app.services.audit_review import AuditReviewService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import (
    VOID,
    PaymentRequest,
    TenderLine,
    VerificationStatus,
)
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.shifts import ShiftService
from counter_app.views.audit.audit_page import AuditPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from tampering import tampering

DIGEST = hashlib.sha256(b"%PDF receipt").hexdigest()


def _pay(payments: PaymentService, account_id: int, amount: str, key: str) -> Any:
    value = Decimal(amount)
    return payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=value,
            tenders=[TenderLine("cash", value)],
            cash_received=value,
            idempotency_key=key * 32,
        )
    )


@pytest.fixture
def scene(ctx: AppContext) -> dict[str, Any]:
    """Two payments by a clerk: one printed and reprinted, one voided with approval."""
    clerk = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    ShiftService(ctx.db, ctx.clock, clerk).open_shift(Decimal("500.00"))
    payments = PaymentService(ctx.db, ctx.clock, clerk)
    with ctx.db.read() as s:
        account_id = s.execute(select(Account.id).where(Account.number == debtor(ctx))).scalar_one()
    kept = _pay(payments, account_id, "10.00", "a1")
    prints = ReceiptPrintService(ctx.db, ctx.clock, clerk)
    prints.register_print(kept.receipt_no, DIGEST, "thermal80")
    prints.reprint(kept.receipt_no, "客户遗失")
    voided = _pay(payments, account_id, "20.00", "b2")
    grant = ctx.auth.approve(
        clerk, "M1001", DEMO_PASSWORD, action=VOID, subject=voided.receipt_no, reason="金额输错"
    )
    ReversalService(ctx.db, ctx.clock, clerk).void(voided.receipt_no, "金额输错", grant)
    return {"kept": kept, "voided": voided}


def _audit_page(qtbot: QtBot, ctx: AppContext) -> AuditPage:
    """The auditor A1001's review screen at counter 3, shown."""
    auditor = ctx.auth.sign_in("A1001", DEMO_PASSWORD, 3)
    p = AuditPage(
        AuditReviewService(ctx.db, ctx.clock, auditor),
        ReceiptVerifier(ctx.db, ctx.clock, auditor),
        ctx.clock,
    )
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, en: QApplication) -> AuditPage:
    return _audit_page(qtbot, ctx)


def _scan(qtbot: QtBot, page: AuditPage, payload: str) -> None:
    page.qr_input.setText(payload)  # a scanner types the code and ends with Enter
    qtbot.keyClick(page.qr_input, Qt.Key.Key_Return)


def test_a_scanned_receipt_is_genuine_voided_or_forged(
    qtbot: QtBot, page: AuditPage, scene: dict[str, Any]
) -> None:
    kept, voided = scene["kept"], scene["voided"]
    _scan(qtbot, page, kept.receipt.qr_payload)
    assert page.verdict.text() == "Genuine receipt, in force."
    assert "#0b6e2e" in page.verdict.styleSheet()
    assert f"Receipt number: {kept.receipt_no}" in page.details.text()
    assert "Amount as stored: ¥10.00" in page.details.text()
    assert "clerk G1001" in page.details.text()

    _scan(qtbot, page, voided.receipt.qr_payload)
    assert page.verdict.text().startswith("Genuine receipt, but VOIDED")

    # The amount in the code raised by ¥1,000: the signature no longer matches.
    parts = kept.receipt.qr_payload.split("|")
    parts[2] = str(int(parts[2]) + 100_000)
    _scan(qtbot, page, "|".join(parts))
    assert page.verdict.text().startswith("NOT GENUINE: the code's signature does not match")
    assert f"Receipt number: {kept.receipt_no}" in page.details.text()
    assert "#b00020" in page.verdict.styleSheet()

    _scan(qtbot, page, "https://example.com/not-a-receipt")
    assert page.verdict.text() == "Not a receipt code of this system."


def test_the_print_register_shows_the_reprint_and_its_reason(
    qtbot: QtBot, page: AuditPage, scene: dict[str, Any]
) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.register_period.show_button, Qt.MouseButton.LeftButton)
    model = page.register_model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(3)]
    number = scene["kept"].receipt_no
    assert model.rowCount() == 2
    assert rows[0][1:5] == ["Receipt", number, "Reprint 1", "客户遗失"]
    assert rows[1][1:4] == ["Receipt", number, "Original"]
    assert rows[0][7] == "waiting"  # the reprint never came out of a printer
    # The counts add up: 2 copies are 1 original and 1 reprint, and 1 of the 2 waits.
    assert page.register_status.text() == (
        "Copies registered: 2 (originals 1, reprints 1); of these not printed yet: 1."
    )

    # Only void slips: none was printed in this scene.
    page.doc_type.setCurrentIndex(page.doc_type.findData("void_slip"))
    qtbot.mouseClick(page.register_period.show_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0

    # A period that ends before it starts is refused in words, and the table keeps its rows.
    page.register_period.start.setDate(QDate(2026, 11, 23))
    page.register_period.end.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(page.register_period.show_button, Qt.MouseButton.LeftButton)
    assert "end is not before its start" in page.register_status.text()


def test_approvals_show_the_void_with_both_people(
    qtbot: QtBot, page: AuditPage, scene: dict[str, Any]
) -> None:
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.approvals_period.show_button, Qt.MouseButton.LeftButton)
    model = page.approvals_model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1:4] == ["Void", scene["voided"].receipt_no, "金额输错"]
    assert row[4].startswith("G1001")
    assert row[5].startswith("M1001")
    assert page.approvals_status.text() == "1 approvals."


def test_the_audit_trail_check_reports_intact_then_the_broken_entry(
    qtbot: QtBot, page: AuditPage, ctx: AppContext, scene: dict[str, Any]
) -> None:
    qtbot.mouseClick(page.chain_button, Qt.MouseButton.LeftButton)
    assert page.chain_label.text().startswith("Audit trail intact:")
    with tampering(ctx.db) as conn:  # behind the application's back: past the triggers
        victim = conn.execute(
            select(AuditEntry.id).where(AuditEntry.entity == "payment").limit(1)
        ).scalar_one()
        conn.execute(update(AuditEntry).where(AuditEntry.id == victim).values(after={"x": 1}))
    qtbot.mouseClick(page.chain_button, Qt.MouseButton.LeftButton)
    assert page.chain_label.text().startswith(f"AUDIT TRAIL BROKEN at entry {victim}")


def test_the_register_exports_to_excel_as_shown(
    qtbot: QtBot,
    page: AuditPage,
    scene: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "register"  # typed without .xlsx
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.tabs.setCurrentIndex(1)
    saved = page.export_register()
    assert saved == tmp_path / "register.xlsx"
    sheet = load_workbook(saved).active
    assert sheet is not None
    model = page.register_model
    assert [c.value for c in sheet[3]] == [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ]
    shown = [
        [model.data(model.index(r, c)) or None for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=5)] == shown
    assert scene["kept"].receipt_no in str(sheet["C4"].value)
    assert sheet["A7"].value == "2 rows"
    assert "by A1001" in str(sheet["A2"].value)
    assert "Saved to" in page.register_status.text()

    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "approvals.xlsx"), "")),
    )
    page.tabs.setCurrentIndex(2)
    approvals = page.export_approvals()
    assert approvals is not None
    rows = list(load_workbook(approvals).active.iter_rows(min_row=4, max_row=4, values_only=True))
    assert rows[0][1:3] == ("Void", scene["voided"].receipt_no)


def test_a_typed_or_scanned_receipt_number_gets_a_verdict(
    qtbot: QtBot, page: AuditPage, scene: dict[str, Any]
) -> None:
    """The receipt's barcode holds its number; typed with or without hyphens it is checked
    against the stored payment, and the verdict says what a number cannot prove."""
    kept, voided = scene["kept"], scene["voided"]
    for typed in (kept.receipt_no, kept.receipt_no.replace("-", "")):
        _scan(qtbot, page, typed)
        assert page.verdict.text() == f"Receipt {kept.receipt_no} exists and is in force."
        assert "#0b6e2e" in page.verdict.styleSheet()
        details = page.details.text()
        assert "Amount as stored: ¥10.00" in details
        assert "clerk G1001" in details
        assert "Checked by number only" in details
        assert "not what the paper says" in details
    assert page.last_verification is not None
    assert page.last_verification.status is VerificationStatus.VALID

    _scan(qtbot, page, voided.receipt_no)
    assert page.verdict.text().startswith(f"Receipt {voided.receipt_no} exists, but was VOIDED")

    _scan(qtbot, page, "H01-2026-99999999")
    assert page.verdict.text() == "NOT GENUINE: no payment with this receipt number exists."
    assert "Checked by number only" not in page.details.text()
    assert "number" in page.qr_input.placeholderText()


def test_the_register_reads_as_words(
    qtbot: QtBot, page: AuditPage, ctx: AppContext, scene: dict[str, Any]
) -> None:
    """Paper sizes instead of codes, a short PDF fingerprint, a void slip's reason."""
    clerk = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    voided = scene["voided"].receipt_no
    ReceiptPrintService(ctx.db, ctx.clock, clerk).register_print(
        voided, DIGEST, "a4", doc_type=DocumentType.VOID_SLIP
    )
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.register_period.show_button, Qt.MouseButton.LeftButton)
    model = page.register_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[8:] == ["Layout", "PDF fingerprint"]
    rows = {
        (model.data(model.index(r, 1)), model.data(model.index(r, 3))): r
        for r in range(model.rowCount())
    }
    slip = rows[("Void slip", "Original")]
    assert model.data(model.index(slip, 4)) == "金额输错"
    assert model.data(model.index(slip, 8)) == "A4 sheet"
    receipt = rows[("Receipt", "Original")]
    assert model.data(model.index(receipt, 8)) == "80 mm roll"
    assert model.data(model.index(receipt, 9)) == DIGEST[:8] + "…"
    tip = model.data(model.index(receipt, 9), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"SHA-256 of the printed PDF: {DIGEST}"
