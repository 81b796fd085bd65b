"""What the Complaints screens' tests share: the page of a signed-in user on real services
with no printer, a complaint filled in through the intake form, a step taken through its form.
The main window and the text of a printed PDF come from the Requests tests' helpers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from requests_steps import pdf_text, printed, window_for

from counter_app.context import AppContext, Services
from counter_app.domain.enums import ComplaintCategory, ComplaintChannel, Severity
from counter_app.services.complaints.dto import ComplaintDetail, ComplaintIntake
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.complaints.complaints_page import ComplaintsPage
from counter_app.views.complaints.intake_dialog import ComplaintIntakeDialog
from counter_app.views.complaints.step_dialog import ComplaintStepDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.printing import DocumentPrinter

CLERK = "G1001"
MANAGER = "M1001"

__all__ = ["CLERK", "MANAGER", "pdf_text", "printed", "window_for"]


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


def press_ok(dialog: ComplaintStepDialog) -> bool:
    """Click the step form's OK button as the clerk does; whether the step was recorded (the
    form closed accepted) or refused (the form stays open with its red line)."""
    assert dialog.isVisible()
    dialog.ok_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def take_step(dialog: ComplaintStepDialog | None, **values: object) -> ComplaintStepDialog:
    """Fill a step's form and click OK; the step must be recorded."""
    assert dialog is not None
    for name, value in values.items():
        dialog.set_value(name, value)
    assert press_ok(dialog), dialog.error.text()
    return dialog


def press_save(dialog: ComplaintIntakeDialog) -> bool:
    """Click the intake's "Save and print slip"; whether the complaint was accepted."""
    assert dialog.isVisible()
    dialog.save_button.click()
    return dialog.accepted_complaint is not None and not dialog.isVisible()


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


class Desk:
    """A test's counter: the Complaints page or main window of any demo user on one fresh
    demo database, with no printer (PDF copies under ``tmp_path / "documents"``)."""

    def __init__(
        self, qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.qtbot = qtbot
        self.ctx = ctx
        self.tmp_path = tmp_path
        self.monkeypatch = monkeypatch

    def page(self, employee_no: str = CLERK) -> tuple[ComplaintsPage, Services]:
        return page_for(self.qtbot, self.ctx, self.tmp_path, self.monkeypatch, employee_no)

    def window(self, employee_no: str = CLERK) -> tuple[MainWindow, Services]:
        return window_for(self.qtbot, self.ctx, self.tmp_path, self.monkeypatch, employee_no)


@pytest.fixture(name="desk")
def desk_fixture(
    qtbot: QtBot, ctx: AppContext, en: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Desk:
    """The counter of a test, in English."""
    return Desk(qtbot, ctx, tmp_path, monkeypatch)


@pytest.fixture(name="desk_zh")
def desk_zh_fixture(
    qtbot: QtBot, ctx: AppContext, zh: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Desk:
    """The counter of a test, in Chinese, as the halls use it."""
    return Desk(qtbot, ctx, tmp_path, monkeypatch)
