"""What the Complaints screens' tests share: the page or main window of a signed-in user on
real services with no printer, a complaint filled in through the intake form, a step taken
through its form, and the text of the printed 投诉受理单."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from counter_app.context import AppContext, Services
from counter_app.domain.enums import ComplaintCategory, ComplaintChannel, Severity
from counter_app.services.complaints.dto import ComplaintDetail, ComplaintIntake
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.complaints.complaints_page import ComplaintsPage
from counter_app.views.complaints.intake_dialog import ComplaintIntakeDialog
from counter_app.views.complaints.step_dialog import ComplaintStepDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.printing import DocumentPrinter

CLERK = "G1001"
MANAGER = "M1001"


def page_for(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    employee_no: str = CLERK,
) -> tuple[ComplaintsPage, Services]:
    """The Complaints page of ``employee_no`` at counter 1; PDF copies, no printer."""
    services = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))
    printer = DocumentPrinter(tmp_path / "documents")
    monkeypatch.setattr(printer, "default_printer", lambda: None)
    page = ComplaintsPage(
        services.complaints, services.customers, services.auth, printer, services.clock
    )
    qtbot.addWidget(page)
    page.resize(1160, 660)
    page.show()
    return page, services


def fill_intake(
    dialog: ComplaintIntakeDialog,
    *,
    name: str = "周晓梅",
    phone: str = "13957101234",
    content: str = "柜员办理过户时态度生硬，多次催促",
    category: ComplaintCategory = ComplaintCategory.ATTITUDE,
    severity: Severity = Severity.GENERAL,
) -> None:
    """Type a complaint into the form as a clerk does."""
    dialog.name.setText(name)
    dialog.phone.setText(phone)
    dialog.content.setPlainText(content)
    dialog.demands.setPlainText("书面道歉")
    dialog.category.setCurrentIndex(dialog.category.findData(category.value))
    dialog.severity.setCurrentIndex(dialog.severity.findData(severity.value))
    dialog.responsible.setText("营业厅值班长")


def take_step(dialog: ComplaintStepDialog | None, **values: object) -> ComplaintStepDialog:
    """Fill a step's form and press OK; the step must be recorded."""
    assert dialog is not None
    for name, value in values.items():
        dialog.set_value(name, value)
    assert dialog.submit(), dialog.error.text()
    return dialog


def accept_directly(
    services: Services,
    *,
    received_at: datetime | None = None,
    severity: Severity = Severity.GENERAL,
    phone: str = "13957105678",
    category: ComplaintCategory = ComplaintCategory.QUALITY,
) -> ComplaintDetail:
    """A complaint accepted through the service (the state a test starts from)."""
    return services.complaints.accept(
        ComplaintIntake(
            complainant_name="郑建国",
            contact_phone=phone,
            channel=ComplaintChannel.PHONE,
            category=category,
            content="燃气表走字异常，账单金额明显偏高",
            received_at=received_at,
            severity=severity,
            responsible_person="计量班",
        )
    ).detail


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def slip_pdf(tmp_path: Path, number: str) -> Path:
    """The PDF copy the print step kept of the 投诉受理单 ``number``."""
    found = sorted((tmp_path / "documents").rglob("*.pdf"))
    matching = [p for p in found if p.stem == number or p.stem.startswith(f"{number}")]
    assert matching, [p.name for p in found]
    return matching[0]


def window_for(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    employee_no: str = CLERK,
) -> tuple[MainWindow, Services]:
    """The main window of ``employee_no`` as the app builds and wires it; no printer."""
    services = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))

    def printer(folder: Path) -> DocumentPrinter:
        documents = DocumentPrinter(tmp_path / "documents")
        monkeypatch.setattr(documents, "default_printer", lambda: None)
        return documents

    monkeypatch.setattr("counter_app.views.pages.DocumentPrinter", printer)
    window = MainWindow(services, services.auth, pages=build_pages(services, ctx.config))
    connect_pages(window)
    qtbot.addWidget(window)
    window.show()
    return window, services
