"""What the Requests screens' tests share: the window of a signed-in user, accounts in the
states a test needs, a step taken through its dialog, the manager answering an approval, and
the text of a printed PDF."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from modal_dialogs import when_shown
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.context import AppContext, Services
from counter_app.db.models import Account, Bill
from counter_app.domain.enums import AccountStatus, BillingMode, BillStatus
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.requests.dto import IntakeRequest, RequestDetail, Step
from counter_app.views.approval import ApprovalDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.printing import DocumentPrinter
from counter_app.views.requests.detail_view import RequestDetailView
from counter_app.views.requests.requests_page import RequestsPage
from counter_app.views.requests.step_dialog import StepDialog

MANAGER = "M1001"


def window_for(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    employee_no: str = "G1001",
    counter: int = 1,
) -> tuple[MainWindow, Services]:
    """The main window of ``employee_no`` at ``counter``, as the app builds it; no printer."""
    actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, counter)
    services = ctx.services_for(actor)

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


#: Clerk G1001's window at counter 1, their services, and an account with unpaid bills.
Clerk = tuple[MainWindow, Services, int]


@pytest.fixture(name="clerk")
def clerk_fixture(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Clerk:
    """Ask for the language fixture (``zh`` or ``en``) before this one."""
    window, services = window_for(qtbot, ctx, tmp_path, monkeypatch)
    account_id, _ = debtor_account(ctx)
    return window, services, account_id


def accept_request(
    services: Services, account_id: int, code: str, **fields: object
) -> RequestDetail:
    """A request of type ``code`` accepted through the service with every document."""
    context = services.requests.intake_context(account_id)
    service_type = next(t for t in context.types if t.code == code)
    result = services.requests.accept(
        IntakeRequest(
            service_type_id=service_type.id,
            account_id=account_id,
            documents_received=service_type.required_documents,
            **fields,  # type: ignore[arg-type]
        )
    )
    return result.request


def requests_page(window: MainWindow) -> RequestsPage:
    page = window.page("requests")
    assert isinstance(page, RequestsPage)
    return page


def pdf_text(path: Path | str) -> str:
    reader = PdfReader(io.BytesIO(Path(path).read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def printed(tmp_path: Path, kind: str, number: str) -> Path:
    """The PDF copy the print step kept of document ``number`` of ``kind``."""
    path = tmp_path / "documents" / kind / f"{number}.pdf"
    assert path.exists(), sorted(p.name for p in (tmp_path / "documents").rglob("*.pdf"))
    return path


def debtor_account(ctx: AppContext) -> tuple[int, int]:
    """(account id, customer id) of an active postpaid gas account with unpaid bills."""
    with ctx.db.read() as s:
        row = s.execute(
            select(Account.id, Account.customer_id)
            .join(Bill, Bill.account_id == Account.id)
            .where(
                Account.billing_mode == BillingMode.POSTPAID,
                Account.status == AccountStatus.ACTIVE,
                Bill.status == BillStatus.UNPAID,
            )
            .order_by(Account.number)
            .limit(1)
        ).one()
    return int(row[0]), int(row[1])


def pay_everything(services: Services, account_id: int) -> str:
    """Open the clerk's shift if needed and pay all the account owes; the receipt number."""
    if not services.status.current().shift_open:
        from decimal import Decimal

        services.shifts.open_shift(Decimal("500.00"))
    quote = services.payments.quote(account_id)
    paid = services.payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=quote.amount_due,
            tenders=[TenderLine("cash", quote.amount_due)],
            idempotency_key=uuid.uuid4().hex,
        )
    )
    return paid.receipt_no


def approve_as(employee_no: str, seen: list[ApprovalDialog], password: str = DEMO_PASSWORD) -> None:
    """The manager at the counter types their credentials and a reason in the approval dialog
    the next click opens, and approves; the dialog is added to ``seen``."""

    def answer(dialog: ApprovalDialog) -> None:
        seen.append(dialog)
        dialog.employee_no.setText(employee_no)
        dialog.password.setText(password)
        dialog.reason.setPlainText("资料已核对")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_shown(ApprovalDialog, answer)


def take_step(
    view: RequestDetailView,
    step: Step,
    *,
    note: str = "",
    team: str = "",
    approver: str | None = None,
) -> StepDialog:
    """Press the step's button, fill its dialog and confirm; the dialog (closed when done)."""
    button = view.step_buttons[step]
    assert button.isVisible(), (step, view.detail)
    assert button.isEnabled(), (step, view.detail)
    button.click()
    dialog = view.step_dialog
    assert isinstance(dialog, StepDialog)
    if note:
        dialog.note.setPlainText(note)
    if team:
        dialog.team.setCurrentText(team)
    seen: list[ApprovalDialog] = []
    if approver is not None:
        approve_as(approver, seen)
    dialog.ok_button.click()
    if approver is not None:
        assert seen, "no approval was asked for"
    QApplication.processEvents()
    return dialog
