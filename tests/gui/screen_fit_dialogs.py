"""How to build each dialog that needs arguments, and walk it through its states, for
``test_screen_fit.py``; and the drivers of the work areas built on top of the counter's first
three (shift, reports, requests, complaints, administration).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

from payment_screen import debtors
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
)

# The smallest counter monitor a hall uses, with a Windows taskbar (40 px at 100 %) and a
# window's title bar and borders on it.
from screen_fit import (
    AREA_DRIVERS,
    LONG_TEXT,
    DialogEnv,
    _accepted_request,
    _admin_services,
    _clerk_with_shift,
    _complaint,
    _pay_each,
    _request_account,
    _rights_of,
    dialog_factory,
)
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import Account
from counter_app.domain.enums import BillingMode
from counter_app.domain.identity import resident_id_check_digit
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.views.main_window import MainWindow


@dialog_factory("LoginDialog")
def _login(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.login import LoginDialog

    language = "zh_CN" if env.language == "zh" else "en"
    dialog = LoginDialog(env.ctx.auth, 1, demo_hint=True, language=language)
    yield dialog
    dialog.employee_no.setText("G1001")
    dialog.password.setText("not-it")
    dialog._try_sign_in()
    yield dialog


@dialog_factory("LockDialog")
def _lock(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.lock import LockDialog

    services = env.services()
    yield LockDialog(services.auth, services.actor)


@dialog_factory("ApprovalDialog")
def _approval(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.approval import ApprovalDialog, WhatIsApproved

    services = env.services()
    yield ApprovalDialog(
        services.auth,
        services.actor,
        "void",
        "H01-2026-00000001",
        "Void receipt H01-2026-00000001: " + LONG_TEXT,
        shown=WhatIsApproved(
            customer=LONG_TEXT[:40],
            account="0101000123",
            amount=Decimal("86400.40"),
            receipt_no="H01-2026-00000001",
        ),
    )


@dialog_factory("ReceiptDialog")
def _receipt(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.payments.receipt_dialogs import ReceiptAction, ReceiptDialog

    services = env.services()
    yield ReceiptDialog(ReceiptAction.VOID, services.receipt_prints)  # no receipts yet
    services.shifts.open_shift(Decimal("500.00"))
    with env.ctx.db.read() as s:
        accounts = list(
            s.execute(select(Account.id).where(Account.number.in_(debtors(env.ctx, 3)))).scalars()
        )
    for account_id in accounts:
        services.payments.take_payment(
            PaymentRequest(
                account_id=account_id,
                amount=Decimal("86.40"),
                tenders=[TenderLine("cash", Decimal("86.40"))],
                idempotency_key=uuid.uuid4().hex,
            )
        )
    dialog = ReceiptDialog(ReceiptAction.REFUND, services.receipt_prints)
    yield dialog  # the shift's receipts, the last one shown
    dialog.number.setText("H01-2026-99999999")
    dialog.look_up()
    yield dialog  # a number that is no receipt


@dialog_factory("EditCustomerDialog")
def _edit_customer(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.edit_dialog import EditCustomerDialog

    services = env.services()
    row = next(r for r in services.customers.search("区").rows if r.customer_id is not None)
    data = services.customers.customer_360(row.customer_id)
    yield EditCustomerDialog(services.customers, data.identity)


@dialog_factory("ExportDataDialog")
def _export_data(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.rights_dialog import ExportDataDialog

    rights, customer_id, name = _rights_of(env)
    dialog = ExportDataDialog(rights, env.printer(), customer_id, name, env.tmp_path)
    yield dialog
    dialog.submit()  # no reason: the line under the form says so
    yield dialog


@dialog_factory("EraseDataDialog")
def _erase_data(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.rights_dialog import EraseDataDialog

    rights, customer_id, _name = _rights_of(env)
    yield EraseDataDialog(rights, customer_id)


@dialog_factory("MeterReadingDialog")
def _readings(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.payments.readings_dialog import MeterReadingDialog

    services = env.services("M1001")
    dialog = MeterReadingDialog(services.bills, services.readings_import)
    yield dialog
    with env.ctx.db.read() as s:
        number = s.execute(
            select(Account.number)
            .where(Account.billing_mode == BillingMode.POSTPAID)
            .order_by(Account.number)
            .limit(1)
        ).scalar_one()
    dialog.account_input.setText(number)
    dialog.find_account()
    account = dialog.current_account
    assert account is not None
    assert account.last_reading is not None
    dialog.read_on.setDate(QDate(2026, 11, 20))
    dialog.reading.setText(str(account.last_reading + 260))
    dialog.enter_reading()
    yield dialog
    dialog.tabs.setCurrentIndex(1)
    yield dialog


@dialog_factory("SatisfactionDialog")
def _rating(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.payments.payment_page import SatisfactionDialog

    yield SatisfactionDialog()


@dialog_factory("AccountOpeningWizard")
def _opening(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.customers.opening_wizard import AccountOpeningWizard

    services = env.services()
    wizard = AccountOpeningWizard(
        services.accounts, services.customers, services.auth, env.printer()
    )
    yield wizard
    # Filled in as a clerk would, page by page up to the confirmation.
    customer = wizard.customer_page
    customer.id_number.setText("11010519850317123" + resident_id_check_digit("11010519850317123"))
    customer.id_number.editingFinished.emit()
    customer.name.setText("欧阳娜仁托娅")
    customer.phone.setText("13912345678")
    customer.address.setText("东城区和平里街道安定门外大街188号院3号楼2单元501室")
    wizard.next()
    yield wizard
    wizard.supply_page.same_address.setChecked(True)
    wizard.supply_page.meter_number.setText("M20261123")
    wizard.next()
    yield wizard
    for check in wizard.documents_page.checks:
        check.setChecked(True)
    wizard.next()
    yield wizard


@dialog_factory("OpenShiftDialog")
def _open_shift(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.shifts.shift_dialogs import OpenShiftDialog

    first = _clerk_with_shift(env)
    counts = {Decimal("100.00"): 4, Decimal("50.00"): 1, Decimal("20.00"): 2}
    check = first.shifts.check_close(counts)
    approval = env.ctx.auth.approve(
        first.actor,
        "M1001",
        DEMO_PASSWORD,
        action="cash_variance",
        subject=check.approval_subject,
        reason="点钞差错",
        amount=check.variance,
    )
    first.shifts.close_shift(
        counts, variance_reason="点钞差错", approval=approval, handover_note=LONG_TEXT[:1900]
    )
    services = env.services("G1002")
    dialog = OpenShiftDialog(services.shifts, services.shifts.pending_handover())
    yield dialog  # the handover waits, with a long note
    for edit in dialog.grid.pieces.values():
        edit.setText("-12345")
    dialog.grid._recount()
    yield dialog  # every line wrong at once


@dialog_factory("CashMovementDialog")
def _cash_movement(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.enums import CashMovementKind
    from counter_app.views.shifts.shift_dialogs import CashMovementDialog

    services = _clerk_with_shift(env)
    dialog = CashMovementDialog(services.shifts, CashMovementKind.CASH_OUT)
    yield dialog
    dialog.amount.setText("99999")
    dialog.reason.setEditText("交款")
    dialog.book()
    yield dialog  # more out than the drawer holds


@dialog_factory("CloseShiftDialog")
def _close_shift(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.shifts.shift_dialogs import CloseShiftDialog

    services = _clerk_with_shift(env)
    dialog = CloseShiftDialog(services.shifts, services.auth, services.shifts.figures())
    yield dialog
    dialog.grid.set_counts({Decimal("100.00"): 3, Decimal("50.00"): 1, Decimal("0.10"): 64})
    dialog.close_shift()  # a difference without a reason
    yield dialog


def drive_shift(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """A shift open with payments and a cash out, as the clerk sees it."""
    from counter_app.views.shifts.shift_page import ShiftPage

    page = window.page("shift")
    assert isinstance(page, ShiftPage)
    services = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    services.shifts.open_shift(Decimal("500.00"))
    _pay_each(ctx, services, ("cash", "cash", "alipay"))
    services.shifts.cash_out(Decimal("100.00"), "交款至保险柜")
    page.refresh()
    yield "shift, open with payments"


def drive_reports(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """The dashboard with its figures, day close with a shift still open, the exports."""
    from counter_app.views.reports.reports_page import ReportsPage

    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    clerk = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    clerk.shifts.open_shift(Decimal("500.00"))
    if page.dashboard is not None:
        page.dashboard.refresh()
        while page.dashboard.loading:
            QApplication.processEvents()
        yield "reports, dashboard"
    if page.day_close is not None:
        page.tabs.setCurrentWidget(page.day_close)
        page.day_close.refresh()
        page.day_close.close_day(page.day_close.chosen_day().business_date)  # type: ignore[union-attr]
        yield "reports, day close refused"
    page.tabs.setCurrentWidget(page.exports)
    yield "reports, exports"


AREA_DRIVERS["shift"] = drive_shift
AREA_DRIVERS["reports"] = drive_reports


@dialog_factory("IntakeDialog")
def _intake(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.intake_dialog import IntakeDialog

    services = env.services()
    dialog = IntakeDialog(services.requests, services.customers, env.printer())
    yield dialog  # from the Requests area: no account yet
    dialog.account_input.setText("no such account")
    dialog.find_account()
    yield dialog
    dialog.account_input.setText("区")  # several accounts: the clerk picks one
    dialog.find_account()
    yield dialog
    dialog.load_account(_request_account(env))
    for code in ("TRANSFER", "RELOCATE", "RENAME", "LEAK", "REPAIR"):
        dialog.choose_type(code)
        for check in dialog.document_checks[:1]:
            check.setChecked(True)
        dialog.update_preview()
        yield dialog
    dialog.choose_type("TRANSFER")
    picker = dialog.owner_picker
    assert picker is not None
    picker.query.setText("区")
    picker.search()
    picker.new_customer.setChecked(True)
    dialog.submit()  # the new owner's fields are empty: every message under its field
    yield dialog


@dialog_factory("StepDialog")
def _step(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.services.requests.dto import Step
    from counter_app.views.requests.step_dialog import StepDialog

    services = env.services()
    detail = _accepted_request(services, _request_account(env), "METER")
    for step in Step:
        teams = services.requests.teams()
        dialog = StepDialog(step, detail, lambda _entered: LONG_TEXT, teams)
        yield dialog
        dialog.submit()
        yield dialog


@dialog_factory("FeeDialog")
def _fee(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.fee_dialog import FeeDialog

    services = env.services()
    detail = _accepted_request(services, _request_account(env), "RELOCATE")
    fee_dialog = FeeDialog  # the request is a RequestDetail (typed as object above)
    dialog = fee_dialog(services.requests, services.receipt_prints, env.printer(), detail)
    yield dialog
    dialog.cash_received.setText("1000")
    yield dialog
    dialog.submit()  # no shift open: refused in words
    yield dialog
    dialog.tender.setCurrentIndex(1)
    yield dialog


@dialog_factory("ReprintDialog")
def _request_reprint(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.enums import DocumentType
    from counter_app.views.requests.reprint_dialog import ReprintDialog

    dialog = ReprintDialog(
        "SRH01202611230001",
        (DocumentType.WORK_ORDER, DocumentType.SETTLEMENT_SLIP, DocumentType.MISSING_DOCUMENTS),
        lambda _doc, _reason: LONG_TEXT,
    )
    yield dialog
    dialog.reason.setText("客户遗失")
    dialog.submit()
    yield dialog


@dialog_factory("StatusLookupDialog")
def _status_lookup(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.desk_dialogs import StatusLookupDialog

    services = env.services()
    detail = _accepted_request(services, _request_account(env), "METER")
    dialog = StatusLookupDialog(services.requests, env.printer())
    yield dialog
    dialog.query.setText(detail.summary.account_number)  # type: ignore[attr-defined]
    dialog.look_up()
    yield dialog
    dialog.print_selected()
    yield dialog


@dialog_factory("LedgerDialog")
def _ledger(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.requests.desk_dialogs import LedgerDialog

    services = env.services("M1001")
    dialog = LedgerDialog(services.requests, services.clock)
    yield dialog
    dialog.export_to(env.tmp_path / "ledger.xlsx")
    yield dialog


def drive_requests(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Every list, then the request with the most in it, then the intake on an account."""
    from counter_app.views.requests.requests_page import LISTS, RequestsPage

    page = window.page("requests")
    assert isinstance(page, RequestsPage)
    for index, _which in enumerate(LISTS):
        page.tabs.setCurrentIndex(index)
        yield f"requests, list {index}"
    page.show_list_of(LISTS[-1])
    if page.model.rows:
        page.open_request(page.model.rows[0].id)
        yield "requests, a request's screen"
        page.show_list()


AREA_DRIVERS["requests"] = drive_requests


def drive_complaints(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """The list with an overdue complaint, its detail on every tab, and a lookup."""
    from counter_app.views.complaints.complaints_page import ComplaintsPage

    page = window.page("complaints")
    assert isinstance(page, ComplaintsPage)
    complaint_id = _complaint(ctx)
    page.refresh_lists()
    yield "complaints, list"
    assert page.open_complaint(complaint_id)
    for index in range(page.detail.tabs.count()):
        page.detail.tabs.setCurrentIndex(index)
        yield f"complaints, detail tab {index}"
    page.lookup_box.setText("13957101234")
    page.lookup()
    yield "complaints, lookup"


AREA_DRIVERS["complaints"] = drive_complaints


@dialog_factory("ComplaintIntakeDialog")
def _complaint_intake(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.complaints.intake_dialog import ComplaintIntakeDialog

    services = env.services()
    dialog = ComplaintIntakeDialog(services.complaints, services.customers, services.clock)
    yield dialog
    dialog.channel.setCurrentIndex(dialog.channel.count() - 1)  # 12345: its own fields
    dialog.has_external_due.setChecked(True)
    dialog.severity.setCurrentIndex(dialog.severity.count() - 1)  # emergency: the site
    dialog.save()
    yield dialog  # every required field refused
    dialog.account_query.setText("区")
    dialog.find_account()
    yield dialog


@dialog_factory("ComplaintStepDialog")
def _complaint_step(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.errors import CounterError
    from counter_app.views.complaints.step_dialog import ComplaintStepDialog

    def refuse(_dialog: ComplaintStepDialog) -> object:
        raise CounterError("the deadline has passed: " + LONG_TEXT)

    dialog = ComplaintStepDialog("Extend deadline - TS-H01-20261118-001", LONG_TEXT, "OK", refuse)
    dialog.add_choice("kind", "Milestone:", [("investigation", LONG_TEXT[:30])])
    dialog.add_line("reason", "Reason:")
    dialog.add_note("note", "Note:")
    dialog.add_time("at", "Told at:", env.ctx.clock.now())
    dialog.add_date("on", "From:", env.ctx.clock.now().date())
    yield dialog
    dialog.submit()
    yield dialog


def drive_admin(window: MainWindow, ctx: AppContext) -> Iterator[str]:
    """Every tab of the Administration area, the calendar on a year the library lacks."""
    from counter_app.views.admin.admin_page import AdminPage

    page = window.page("admin")
    assert isinstance(page, AdminPage)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        yield f"admin, tab {index}"
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.year.setValue(2027)
    yield "admin, calendar of 2027"
    page.users.unlock()
    yield "admin, a message under the users"


AREA_DRIVERS["admin"] = drive_admin


@dialog_factory("UserDialog")
def _user_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.users_page import UserDialog

    services = _admin_services(env)
    dialog = UserDialog(services.users, ["H01", "H02"])
    yield dialog
    dialog.employee_no.setText("G1001")
    dialog.password.setText("x")
    dialog._save()
    yield dialog  # refused, with the reason
    row = next(u for u in services.users.users() if u.employee_no == "G1001")
    yield UserDialog(services.users, ["H01", "H02"], row)


@dialog_factory("ResetPasswordDialog")
def _reset_password(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.users_page import ResetPasswordDialog

    services = _admin_services(env)
    row = next(u for u in services.users.users() if u.employee_no == "G1001")
    dialog = ResetPasswordDialog(services.users, row)
    yield dialog
    dialog.password.setText("g1001abc")
    dialog._save()
    yield dialog


@dialog_factory("HallDialog")
def _hall_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.halls_page import HallDialog

    services = _admin_services(env)
    dialog = HallDialog(services.hall_admin)
    yield dialog
    dialog.fields.code.setText("H01")
    dialog._save()
    yield dialog
    yield HallDialog(services.hall_admin, services.hall_admin.halls()[0])


@dialog_factory("CounterDialog")
def _counter_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.admin.halls_page import CounterDialog

    services = _admin_services(env)
    hall = services.hall_admin.halls()[0]
    yield CounterDialog(services.hall_admin, hall)
    yield CounterDialog(services.hall_admin, hall, hall.counters[0])


@dialog_factory("TariffDialog")
def _tariff_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from datetime import date

    from counter_app.domain.enums import UtilityKind
    from counter_app.views.admin.tariffs_page import TariffDialog

    services = _admin_services(env)
    row = services.tariff_admin.tariffs()[0]
    dialog = TariffDialog(
        services.tariff_admin, [UtilityKind.GAS], date(2026, 11, 23), based_on=row
    )
    yield dialog
    dialog.fields.tier_table.table.item(1, 0).setText("250")  # overlaps tier 1
    dialog._save()
    yield dialog
    yield TariffDialog(services.tariff_admin, list(UtilityKind), date(2026, 11, 23))


@dialog_factory("OverrideDialog")
def _override_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from datetime import date

    from counter_app.views.admin.calendar_page import OverrideDialog

    dialog = OverrideDialog(_admin_services(env).calendar, date(2026, 10, 1), False)
    yield dialog
    dialog._save()  # 1 October is a holiday already
    yield dialog


@dialog_factory("ServiceTypeDialog")
def _service_type_dialog(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.domain.enums import UtilityKind
    from counter_app.views.admin.catalogue_page import ServiceTypeDialog

    services = _admin_services(env)
    dialog = ServiceTypeDialog(services.catalogue, [UtilityKind.GAS])
    yield dialog
    dialog._save()
    yield dialog
    first = services.catalogue.list_types()[0]
    yield ServiceTypeDialog(services.catalogue, [UtilityKind.GAS], first)


@dialog_factory("ChangePasswordDialog")
def _change_password(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.password_dialog import ChangePasswordDialog

    services = env.services()
    dialog = ChangePasswordDialog(services.auth, services.actor)
    yield dialog
    dialog.old.setText(DEMO_PASSWORD)
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog._change()
    yield dialog


@dialog_factory("SetupWizard")
def _setup_wizard(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.setup_wizard import SetupWizard

    wizard = SetupWizard(env.ctx.setup)
    yield wizard
    for _page in range(4):
        wizard.next()
        yield wizard
    wizard.admin_no.setText("S0009")
    wizard.button(wizard.WizardButton.FinishButton).click()
    yield wizard  # refused: this database is set up already


@dialog_factory("CounterChoiceDialog")
def _counter_choice(env: DialogEnv) -> Iterator[QDialog]:
    from counter_app.views.counter_choice import CounterChoiceDialog

    yield CounterChoiceDialog(env.ctx.setup.counter_choices(), 2)
