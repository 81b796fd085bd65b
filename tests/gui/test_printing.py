"""Documents go through Qt's print system and always leave a PDF copy."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.documents import HallHeader, IssuedBy, MissingDocumentsNotice
from counter_app.printing.missing_documents import render_missing_documents_notice
from counter_app.views.printing import DocumentPrinter, paint_pdf, pdf_page_images


@pytest.fixture(scope="module")
def notice_pdf() -> bytes:
    issued = IssuedBy(
        hall=HallHeader("H01", "城东营业厅", "东城区建国路88号", "0571-96777"),
        counter_number=1,
        clerk_employee_no="G1001",
        clerk_name="王芳",
        printed_at=datetime(2026, 11, 23, 10, 0, tzinfo=LOCAL_TZ),
    )
    return render_missing_documents_notice(
        MissingDocumentsNotice(
            issued=issued,
            notice_number="SR-H01-2026-000001",
            customer_name="张三",
            phone_masked="138****5678",
            business="开户/报装",
            address="东城区建国路1号",
            documents_required=("身份证原件", "房产证或购房合同"),
            documents_received=("身份证原件",),
            documents_missing=("房产证或购房合同",),
        )
    )


def test_pages_rasterise(qapp: QApplication, notice_pdf: bytes) -> None:
    images = pdf_page_images(notice_pdf, 50)
    assert len(images) == 1
    # A4 at 50 dpi is about 413 x 585 pixels.
    assert abs(images[0].width() - 413) <= 2
    assert abs(images[0].height() - 585) <= 2


def test_paint_on_a_qt_printer(qapp: QApplication, notice_pdf: bytes, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    paint_pdf(notice_pdf, printer, dpi=60)
    assert out.exists()
    assert out.stat().st_size > 1000
    size = printer.pageLayout().pageSize().size(printer.pageLayout().pageSize().Unit.Millimeter)
    assert round(size.width()) == 210
    assert round(size.height()) == 297


def test_no_printer_keeps_the_pdf_copy(
    qapp: QApplication, notice_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    outcome = printer.print_document(notice_pdf, "missing_documents", "SR-H01-2026-000001")
    assert not outcome.printed
    assert outcome.problem == "no_printer"
    assert outcome.pdf_path.read_bytes() == notice_pdf
    assert outcome.pdf_path.name == "SR-H01-2026-000001.pdf"


def test_a_failed_print_is_in_the_log(
    qapp: QApplication,
    notice_pdf: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    with caplog.at_level(logging.WARNING, logger="counter_app.views.printing"):
        printer.print_document(notice_pdf, "receipt", "H01-2026-00000001")
    assert [r.getMessage() for r in caplog.records] == [
        "Printing receipt H01-2026-00000001 failed: no printer; the copy is kept"
    ]
