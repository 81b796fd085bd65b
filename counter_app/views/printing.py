"""Printing documents through Qt's print system, with a PDF copy of everything printed.

Every screen prints through :class:`PrintStep`, the counter's half of the one print step: the
issuing service renders the document and enters it in the register
(``DocumentService.issue``), the step saves the PDF copy in the data directory (an auditor's
copy, and what is left when no printer is available or printing fails), sends it to the
printer, and reports back what the printer did. Pages are rasterised with PDFium for the
printer and for the print preview.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from counter_app.domain.errors import CounterError
from counter_app.domain.print_register import IssuedDocument, Printable, PrintRecord
from counter_app.files import atomic_write

log = logging.getLogger(__name__)

PRINT_DPI = 300
PREVIEW_DPI = 110


def pdf_page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Each page of ``pdf`` as an image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # detach from the Python buffer
            page.close()
    finally:
        document.close()
    return images


def pdf_page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        sizes = []
        for index in range(len(document)):
            width, height = document[index].get_size()
            sizes.append((width * 25.4 / 72, height * 25.4 / 72))
        return sizes
    finally:
        document.close()


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: int = PRINT_DPI) -> None:
    """Paint every page of ``pdf`` on ``printer``, each scaled to fit its page."""
    images = pdf_page_images(pdf, dpi)
    sizes = pdf_page_sizes_mm(pdf)
    if sizes:
        # The first page decides: an 80 mm roll, A5 or A4 as the document was laid out.
        width, height = sizes[0]
        printer.setPageSize(
            QPageSize(
                QSizeF(width, height),
                QPageSize.Unit.Millimeter,
                "",
                QPageSize.SizeMatchPolicy.FuzzyMatch,
            )
        )
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to a document sent to print."""

    pdf_path: Path
    printed: bool
    printer_name: str | None
    problem: str | None = None  # why it did not print
    #: The register refused the printer's answer (e.g. the database was away): show it.
    report_error: CounterError | None = None


def safe_file_name(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]+", "_", text).strip("_") or "document"


class DocumentPrinter:
    """Keeps a PDF copy of every document and prints it on the system's default printer.

    Args:
        documents_dir: where PDF copies are kept (the data directory's ``documents``).
    """

    def __init__(self, documents_dir: Path) -> None:
        self._dir = documents_dir

    def save_copy(self, pdf: bytes, kind: str, number: str, suffix: str = "") -> Path:
        folder = self._dir / safe_file_name(kind)
        folder.mkdir(parents=True, exist_ok=True)
        name = safe_file_name(number) + (f"-{safe_file_name(suffix)}" if suffix else "")
        path = folder / f"{name}.pdf"
        atomic_write(path, pdf)
        return path

    def default_printer(self) -> QPrinterInfo | None:
        info = QPrinterInfo.defaultPrinter()
        return None if info.isNull() else info

    def print_document(self, pdf: bytes, kind: str, number: str, suffix: str = "") -> PrintOutcome:
        """Save the copy, then print it; a missing or failing printer is reported, not raised."""
        path = self.save_copy(pdf, kind, number, suffix)
        info = self.default_printer()
        if info is None:
            log.warning("Printing %s %s failed: no printer; the copy is kept", kind, number)
            return PrintOutcome(path, printed=False, printer_name=None, problem="no_printer")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{kind} {number}")
        try:
            paint_pdf(pdf, printer)
        except Exception as exc:  # a printer can fail in many ways; the copy is safe
            log.exception("Printing %s %s failed", kind, number)
            return PrintOutcome(path, False, info.printerName(), problem=str(exc) or "failed")
        return PrintOutcome(path, printed=True, printer_name=info.printerName())

    def preview(self, parent: QWidget | None, pdf: bytes, title: str) -> bool:
        """Qt's print preview of ``pdf``; returns True when the user printed from it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(lambda p: paint_pdf(pdf, p, PREVIEW_DPI))
        return bool(dialog.exec())

    def choose_and_print(self, parent: QWidget | None, pdf: bytes) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        paint_pdf(pdf, printer)
        return True


class DocumentIssuer(Protocol):
    """A service that issues printed documents (a ``DocumentService``)."""

    def issue(
        self, document: Printable, layout: str | None = None, *, queued: int | None = None
    ) -> IssuedDocument: ...

    def report_print(
        self, issued: IssuedDocument, *, printed: bool, pdf_path: str | None = None
    ) -> PrintRecord: ...


class PrintStep:
    """Prints what a service issued and reports back: every document of every screen.

    Args:
        printer: keeps the PDF copy and drives the printer.
        issuer: the service that issues the screen's documents.
    """

    def __init__(self, printer: DocumentPrinter, issuer: DocumentIssuer) -> None:
        self.printer = printer
        self._issuer = issuer

    def issue(
        self, document: Printable, layout: str | None = None, *, queued: int | None = None
    ) -> PrintOutcome:
        """Have the service issue ``document`` (``queued``: a copy waiting in the reprint
        queue), then print it as :meth:`send` does.

        Raises:
            CounterError: the service would not issue it; nothing was printed.
        """
        return self.send(self._issuer.issue(document, layout, queued=queued))

    def send(self, issued: IssuedDocument) -> PrintOutcome:
        """Keep the PDF copy, print it, and report to the register whether it printed.

        A missing printer, a failing one, or a register that cannot take the answer are in the
        outcome, never raised: the business transaction is done already, and a copy that did
        not print waits in the reprint queue.
        """
        suffix = f"reprint-{issued.reprint_no}" if issued.reprint_no else ""
        outcome = self.printer.print_document(
            issued.pdf, issued.doc_type.value, issued.doc_number, suffix
        )
        try:
            self._issuer.report_print(
                issued, printed=outcome.printed, pdf_path=str(outcome.pdf_path)
            )
        except CounterError as exc:
            log.warning("The register did not take the print of %s: %s", issued.doc_number, exc)
            return replace(outcome, report_error=exc)
        return outcome
