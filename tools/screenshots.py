"""Render the main screens to PNG (offscreen) for the README and for a look by eye.

    python tools/screenshots.py [--lang zh_CN|en] [--out docs/screenshots]

Uses a throw-away data directory with demo data; signs in as the demo clerk and manager.
Windows open as the application opens them, on a 1366×768 screen (the smallest counter
monitor, as in the GUI tests); payment-after-three.png and main-english.png are made in every
run, in Chinese and in English.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import uuid
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from counter_app.config import load_config
from counter_app.context import AppContext, Services, build_context
from counter_app.db.models import Account, AccountOwnership, Bill, Customer, Hall
from counter_app.domain.enums import BillingMode, BillStatus
from counter_app.services.base import Actor
from counter_app.services.bills import BillService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import PaymentRequest, TenderLine
from counter_app.services.readings_import import ReadingImportService
from counter_app.views.app import create_application
from counter_app.views.audit.audit_page import AuditPage
from counter_app.views.background import run_inline
from counter_app.views.customers.opening_wizard import AccountOpeningWizard
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.login import LoginDialog
from counter_app.views.main_window import MainWindow
from counter_app.views.pages import build_pages, connect_pages
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.payments.readings_dialog import MeterReadingDialog
from counter_app.views.printing import DocumentPrinter
from counter_app.views.timefmt import hall_today, qdate
from counter_app.views.translation import install_language

# The screen the GUI tests draw on (tests/gui/conftest.py).
SCREEN_CONFIG = Path(__file__).resolve().parent.parent / "tests/gui/offscreen_1366x768.json"


def use_counter_screen() -> None:
    """Draw offscreen on a 1366×768 screen, unless another platform was asked for."""
    if os.environ["QT_QPA_PLATFORM"] == "offscreen" and ":" not in str(SCREEN_CONFIG):
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"


def main_window(ctx: AppContext, services: Services, *, connect: bool = True) -> MainWindow:
    """The main window of the user of ``services``, its areas linked as the app links them
    (unless ``connect`` is false: the links are made later, or not needed)."""
    window = MainWindow(services, ctx.auth, pages=build_pages(services, ctx.config))
    if connect:
        connect_pages(window)
    return window


def postpaid(ctx: AppContext, column: Any, count: int, *, last: bool = False) -> list[Any]:
    """``column`` of the first (or, with ``last``, the last) ``count`` postpaid demo accounts
    in number order: the accounts the screenshots pay, read and open requests on."""
    order = Account.number.desc() if last else Account.number
    with ctx.db.read() as s:
        query = select(column).where(Account.billing_mode == BillingMode.POSTPAID)
        return list(s.execute(query.order_by(order).limit(count)).scalars())


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    frame = widget.frameGeometry()
    print(f"{path}  {frame.width()}×{frame.height()}")


def after_three_payments(ctx: AppContext, out: Path) -> None:
    """The payment screen after three cash payments in a row, in Chinese: the screen that
    used to grow past the monitor with each payment."""
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    services = ctx.services_for(actor)
    window = main_window(ctx, services)
    window.show_area("payments")
    page = window.page("payments")
    assert isinstance(page, PaymentPage)
    page._ask_rating = False  # the rating dialog would wait for a customer
    if page.open_shift_button.isVisibleTo(page):
        page.opening_float.setText("500.00")
        page.open_shift()
    with ctx.db.read() as s:
        numbers = list(
            s.execute(
                select(Account.number)
                .join(Bill, Bill.account_id == Account.id)
                .where(
                    Account.billing_mode == BillingMode.POSTPAID,
                    Bill.status == BillStatus.UNPAID,
                )
                .group_by(Account.number)
                .order_by(Account.number)
                .limit(3)
            ).scalars()
        )
    for number in numbers:
        page.account_input.setText(number)
        page.find_account()
        due = Decimal(page.amount.text())
        page.cash_received.setText(str((due / 50).to_integral_value(ROUND_CEILING) * 50))
        page._update_change()
        page.confirm()
    grab(window, out / "payment-after-three.png")
    window.close()


def main_english(ctx: AppContext, out: Path) -> None:
    """The clerk's main window in English, a customer open in the 360 view."""
    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    services = ctx.services_for(actor)
    window = main_window(ctx, services, connect=False)
    page = window.page("customers")
    assert isinstance(page, CustomerSearchPage)
    page.search_box.setText("路")
    page.flush_search()
    page.open_best_match()
    grab(window, out / "main-english.png")
    window.close()


def readings(ctx: AppContext, actor: Actor, tmp: Path, out: Path, suffix: str) -> None:
    """The meter-reading dialog: a reading billed across two tiers, and a file with errors."""
    dialog = MeterReadingDialog(
        BillService(ctx.db, ctx.clock, actor), ReadingImportService(ctx.db, ctx.clock, actor)
    )
    dialog.resize(860, 620)
    numbers = postpaid(ctx, Account.number, 3)
    dialog.account_input.setText(numbers[0])
    dialog.find_account()
    today = hall_today(ctx.clock)  # the demo's last readings are a few days old
    dialog.read_on.setDate(qdate(today))
    dialog.reading.setText(str(dialog_last_reading(dialog) + 260))
    dialog.enter_reading()
    grab(dialog, out / f"meter-reading{suffix}.png")

    sheet = tmp / "十一月抄表.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["户号", "抄表日期", "本次读数"])
        writer.writerow([numbers[1], today.isoformat(), "1.5"])
        writer.writerow(["0199999999", today.isoformat(), "100"])
        writer.writerow([numbers[2], f"{today.year}-11-31", "12,345.6789"])
    dialog.tabs.setCurrentIndex(1)
    done: list[bool] = []
    dialog.import_finished.connect(lambda: done.append(True))
    dialog.import_file(sheet)
    while not done:
        QApplication.processEvents()
    grab(dialog, out / f"meter-readings-import{suffix}.png")
    dialog.close()
    dialog.deleteLater()


def audit_desk(ctx: AppContext, out: Path, suffix: str) -> None:
    """The auditor's desk: a scanned receipt verified, and the print register with a reprint."""
    clerk = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)  # the shift opened for payment.png
    clerk_services = ctx.services_for(clerk)
    payments = clerk_services.payments
    (account_id,) = postpaid(ctx, Account.id, 1, last=True)
    paid = payments.take_payment(
        PaymentRequest(
            account_id=account_id,
            amount=Decimal("86.40"),
            tenders=[TenderLine("cash", Decimal("86.40"))],
            cash_received=Decimal("100.00"),
            idempotency_key=uuid.uuid4().hex,
        )
    )
    prints = clerk_services.receipt_prints
    # Printed as the payment screen prints it: rendered, entered with its fingerprint.
    prints.report_print(prints.issue(paid.receipt, "thermal80"), printed=True)
    prints.reprint(paid.receipt_no, "客户遗失收据")

    auditor = ctx.auth.sign_in("A1001", DEMO_PASSWORD, 1)
    services = ctx.services_for(auditor)
    window = main_window(ctx, services, connect=False)
    window.show_area("audit")
    page = window.page("audit")
    assert isinstance(page, AuditPage)
    page.qr_input.setText(paid.receipt.qr_payload)
    page.verify()
    page.check_chain()
    grab(window, out / f"audit-verify{suffix}.png")
    page.tabs.setCurrentIndex(1)
    page.load_register()
    grab(window, out / f"audit-register{suffix}.png")
    window.close()


def requests_area(ctx: AppContext, tmp: Path, out: Path, suffix: str) -> None:
    """The Requests area with the demo lists, the intake form of a 过户 with a document
    missing, and a request's screen with its timeline."""
    from counter_app.views.requests.requests_page import RequestsPage

    actor = ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1)
    services = ctx.services_for(actor)
    window = main_window(ctx, services)
    window.show_area("requests")
    page = window.page("requests")
    assert isinstance(page, RequestsPage)
    page.tabs.setCurrentIndex(4)  # every open request of the hall
    grab(window, out / f"requests-area{suffix}.png")
    first = page.model.rows[0] if page.model.rows else None
    (account_id,) = postpaid(ctx, Account.id, 1)
    dialog = page.new_request(account_id)
    assert dialog is not None
    dialog.choose_type("TRANSFER")
    for check in dialog.document_checks[:-1]:
        check.setChecked(True)
    dialog.queue_ticket.setText("A023")
    dialog.update_preview()
    grab(dialog, out / f"requests-intake{suffix}.png")
    dialog.close()
    # An archived request has the longest timeline: every step from intake to the end.
    archived = services.requests.list_requests("all", status="archived")
    shown = archived[0] if archived else first
    if shown is not None:
        page.open_request(shown.id)
        grab(window, out / f"requests-timeline{suffix}.png")
    window.close()


def complaints_area(ctx: AppContext, tmp: Path, out: Path, suffix: str) -> None:
    """The Complaints area: the list with an overdue complaint in red, the intake form, a
    complaint's detail with its milestones, and the manager's overdue view of the hall."""
    from datetime import timedelta

    from counter_app.domain.enums import ComplaintCategory, ComplaintChannel
    from counter_app.services.complaints.dto import ComplaintIntake, ComplaintScope
    from counter_app.views.complaints.complaints_page import ComplaintsPage

    clerk = ctx.services_for(ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))
    late = clerk.complaints.accept(
        ComplaintIntake(
            complainant_name="郑建国",
            contact_phone="13957105678",
            channel=ComplaintChannel.PHONE,
            category=ComplaintCategory.QUALITY,
            content="燃气表走字异常，本月账单金额明显偏高，要求校验燃气表。",
            demands="校表并退还多收的气费",
            received_at=ctx.clock.now() - timedelta(days=6),
            responsible_person="计量班",
        )
    ).detail
    clerk.complaints.record_milestone(
        late.row.complaint_id, late.milestones[0].kind, "已电话联系客户，约定上门校表"
    )
    for employee_no, name in (("G1001", "clerk"), ("M1001", "manager")):
        services = ctx.services_for(ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1))
        window = main_window(ctx, services)
        window.show_area("complaints")
        page = window.page("complaints")
        assert isinstance(page, ComplaintsPage)
        if name == "clerk":
            page.set_scope(ComplaintScope.OPEN)
            page.table.clearSelection()  # the overdue deadline in red, not under the highlight
            grab(window, out / f"complaints_list{suffix}.png")
            dialog = page.new_complaint()
            dialog.name.setText("周晓梅")
            dialog.phone.setText("1395710")
            dialog.save()  # the missing fields and the bad phone say so under each field
            grab(dialog, out / f"complaints_intake{suffix}.png")
            dialog.close()
            page.open_complaint(late.row.complaint_id)
            grab(window, out / f"complaints_detail{suffix}.png")
        else:
            page.tabs.setCurrentIndex(1)
            grab(window, out / f"complaints_overdue{suffix}.png")
        window.close()


def admin_area(ctx: AppContext, tmp: Path, out: Path, suffix: str) -> None:
    """The first-run setup wizard on an empty database, page by page, and every tab of the
    Administration area with its dialogs, a refusal in a dialog and on the settings page, and
    a new counter PC's choice of its counter."""
    from counter_app.domain.enums import UtilityKind
    from counter_app.views.admin.admin_page import AdminPage
    from counter_app.views.admin.tariffs_page import TariffDialog
    from counter_app.views.admin.users_page import UserDialog
    from counter_app.views.counter_choice import CounterChoiceDialog
    from counter_app.views.setup_wizard import SetupWizard

    empty = build_context(load_config(tmp / "empty", None, "zh_CN"), seed_if_empty=False)
    wizard = SetupWizard(empty.setup)
    for number, name in enumerate(("start", "company", "hall", "tariffs", "admin")):
        if name == "company":
            wizard.company.setText("江南燃气有限公司")
        if name == "admin":
            wizard.admin_no.setText("S0001")
            wizard.admin_name.setText("钱志强")
        grab(wizard, out / f"admin_wizard_{number}_{name}{suffix}.png")
        if name == "hall":
            wizard.hall.code.setText("H01")
            wizard.hall.name.setText("城南营业厅")
            wizard.hall.address.setText("上城区解放路100号")
            wizard.hall.hotline.setText("0571-96777")
        wizard.next()
    wizard.close()
    empty.db.dispose()

    services = ctx.services_for(ctx.auth.sign_in("S0001", DEMO_PASSWORD))
    window = main_window(ctx, services)
    window.show_area("admin")
    page = window.page("admin")
    assert isinstance(page, AdminPage)
    names = ("users", "halls", "tariffs", "calendar", "settings", "catalogue")
    for index, name in enumerate(names):
        page.tabs.setCurrentIndex(index)
        grab(window, out / f"admin_{name}{suffix}.png")
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.year.setValue(2027)
    grab(window, out / f"admin_calendar_2027{suffix}.png")
    window.close()
    dialog = UserDialog(services.users, ["H01", "H02"])
    grab(dialog, out / f"admin_user_dialog{suffix}.png")
    dialog.close()
    tariff = TariffDialog(
        services.tariff_admin,
        [UtilityKind.GAS],
        hall_today(ctx.clock),
        based_on=services.tariff_admin.tariffs()[0],
    )
    grab(tariff, out / f"admin_tariff_dialog{suffix}.png")
    # Tier 2 from 250 overlaps tier 1 (up to 300): 保存 is refused under the tiers.
    tier_table = tariff.fields.tier_table.table
    tier_table.item(1, 0).setText("250")  # type: ignore[union-attr]
    tariff.save_button.click()
    grab(tariff, out / f"admin_tariff_refused{suffix}.png")
    tariff.close()
    # The largest payment below the cash approval threshold: nothing of the save is stored.
    window = main_window(ctx, services)
    window.show_area("admin")
    page = window.page("admin")
    assert isinstance(page, AdminPage)
    page.tabs.setCurrentWidget(page.settings)
    page.settings.fields["security.idle_lock_minutes"].setText("5")
    page.settings.fields["payments.maximum"].setText("10000")
    page.settings.save_button.click()
    grab(window, out / f"admin_settings_refused{suffix}.png")
    window.close()
    # A new counter PC's first start: which counter of which hall it is.
    choice = CounterChoiceDialog(ctx.setup.counter_choices(), 1)
    grab(choice, out / f"admin_counter_choice{suffix}.png")
    choice.close()


def shifts_and_reports(ctx: AppContext, out: Path, suffix: str) -> None:
    """The Shift area with its running figures, the shift close with a difference typed, the
    day close refused while a shift is open, and the manager's dashboard with today's
    takings."""
    from counter_app.domain.cash import DENOMINATIONS
    from counter_app.views.reports.reports_page import ReportsPage
    from counter_app.views.shifts.shift_dialogs import CloseShiftDialog

    clerk = ctx.services_for(ctx.auth.sign_in("G1002", DEMO_PASSWORD, 2))
    shift = clerk.shifts.current_shift()
    if shift is not None and shift.counter_number != 2:  # the demo's shift, at its counter
        clerk = ctx.services_for(ctx.auth.sign_in("G1002", DEMO_PASSWORD, shift.counter_number))
    if shift is None:
        handover = clerk.shifts.pending_handover()
        clerk.shifts.open_shift(
            None,
            {Decimal("100.00"): 4, Decimal("50.00"): 1, Decimal("10.00"): 5},
            acknowledge=handover.shift_id if handover else None,
        )
    accounts = postpaid(ctx, Account.id, 4)
    for account_id, tender in zip(accounts, ("cash", "wechat", "cash", "bank_card"), strict=False):
        clerk.payments.take_payment(
            PaymentRequest(
                account_id=account_id,
                amount=Decimal("128.50"),
                tenders=[TenderLine(tender, Decimal("128.50"), "" if tender == "cash" else "7788")],
                cash_received=Decimal("150.00") if tender == "cash" else None,
                idempotency_key=uuid.uuid4().hex,
            )
        )
    clerk.shifts.cash_out(Decimal("200.00"), "交款至保险柜")
    window = main_window(ctx, clerk, connect=False)
    window.show_area("shift")
    grab(window, out / f"shifts_page{suffix}.png")
    window.close()
    figures = clerk.shifts.figures()
    dialog = CloseShiftDialog(clerk.shifts, clerk.auth, figures)
    left = (figures.expected_cash - Decimal("2.00")).quantize(Decimal("0.1"))  # ¥2 short
    counts = {}
    for denomination in DENOMINATIONS:
        counts[denomination.value], left = divmod(left, denomination.value)
    dialog.grid.set_counts({value: int(pieces) for value, pieces in counts.items()})
    dialog.variance_reason.setText("找零差错")
    dialog.handover_note.setPlainText("2号窗口打印机缺纸，已报修。")
    grab(dialog, out / f"shifts_close{suffix}.png")
    dialog.close()

    manager = ctx.services_for(ctx.auth.sign_in("M1001", DEMO_PASSWORD, 4))
    window = main_window(ctx, manager)
    window.show_area("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    assert page.dashboard is not None
    assert page.day_close is not None
    page.dashboard.refresh()
    while page.dashboard.loading:
        QApplication.processEvents()
    grab(window, out / f"shifts_dashboard{suffix}.png")
    page.tabs.setCurrentWidget(page.day_close)
    today = hall_today(ctx.clock)
    page.day_close.choose(today)
    page.day_close.close_day(today)  # refused: the clerk's shift is still open
    grab(window, out / f"shifts_day_close{suffix}.png")
    window.close()


def customer_rights(ctx: AppContext, out: Path, suffix: str) -> None:
    """The demo's customer erased at their request in the 360 view of their hall's manager,
    and the erasure dialog of a customer the hall still serves, saying why it cannot be done."""
    with ctx.db.read() as s:
        erased, hall_code = s.execute(
            select(Customer.id, Hall.code)
            .join(AccountOwnership, AccountOwnership.customer_id == Customer.id)
            .join(Account, Account.id == AccountOwnership.account_id)
            .join(Hall, Hall.id == Account.hall_id)
            .where(Customer.anonymised_at.is_not(None))
            .limit(1)
        ).one()
        served = s.execute(
            select(Account.customer_id)
            .join(Hall, Hall.id == Account.hall_id)
            .join(Bill, Bill.account_id == Account.id)
            .where(Hall.code == hall_code, Bill.status == BillStatus.UNPAID)
            .limit(1)
        ).scalar_one()
    manager = "M1001" if hall_code == "H01" else "M2001"
    services = ctx.services_for(ctx.auth.sign_in(manager, DEMO_PASSWORD, 1))
    window = main_window(ctx, services)
    page = window.stack.currentWidget()
    assert isinstance(page, CustomerSearchPage)
    page.show_customer(erased)
    grab(window, out / f"customer-erased{suffix}.png")
    page.show_customer(served)
    button = page.view.rights_button
    assert button is not None
    dialog = button.open_erase()
    assert dialog is not None
    grab(dialog, out / f"customer-erase-refused{suffix}.png")
    dialog.close()
    window.close()


def dialog_last_reading(dialog: MeterReadingDialog) -> Decimal:
    account = dialog.current_account
    assert account is not None
    assert account.last_reading is not None
    return account.last_reading


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"

    use_counter_screen()
    # Each screen is grabbed right after the step that fills it.
    run_inline(True)
    app = create_application()
    install_language(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(tmp, None, args.lang)
        ctx = build_context(config, seed_if_empty=True)
        login = LoginDialog(ctx.auth, 1, demo_hint=True, language=args.lang)
        login.employee_no.setText("G1001")
        grab(login, out / f"login{suffix}.png")
        login.close()

        for employee_no, name in (("G1001", "main-clerk"), ("M1001", "main-manager")):
            actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1)
            services = ctx.services_for(actor)
            window = main_window(ctx, services, connect=False)
            grab(window, out / f"{name}{suffix}.png")
            if employee_no == "G1001":
                page = window.stack.currentWidget()
                assert isinstance(page, CustomerSearchPage)
                page.search_box.setText("路")
                page.flush_search()
                grab(window, out / f"customer-search{suffix}.png")
                page.open_best_match()
                grab(window, out / f"customer-360{suffix}.png")
                # An old owner: the account they handed on (过户) is under their holders.
                with ctx.db.read() as s:
                    handed_on = s.execute(
                        select(AccountOwnership.customer_id)
                        .where(AccountOwnership.valid_to.is_not(None))
                        .order_by(AccountOwnership.id)
                    ).scalar()
                if handed_on is not None:
                    page.show_customer(handed_on)
                    grab(window, out / f"customer-360-handed-on{suffix}.png")
                    page.open_best_match()  # the customer the next screens work on
                wizard = AccountOpeningWizard(
                    services.accounts,
                    services.customers,
                    ctx.auth,
                    DocumentPrinter(Path(tmp) / "documents"),
                )
                grab(wizard, out / f"account-opening{suffix}.png")
                # 下一步 with a wrong check digit and no name: the wizard stays on page 1.
                page_one = wizard.customer_page
                page_one.id_number.setText("110101199003070012")
                page_one.phone.setText("13800138000")
                wizard.next()
                grab(wizard, out / f"account-opening-error{suffix}.png")
                wizard.close()
                connect_pages(window)
                payments = window.page("payments")
                assert isinstance(payments, PaymentPage)
                payments.opening_float.setText("500.00")
                payments.open_shift()
                page.view.pay_requested.emit(page.view.current_account().account_id)
                payments.cash_received.setText("300")
                payments._update_change()
                grab(window, out / f"payment{suffix}.png")
            else:
                readings(ctx, actor, Path(tmp), out, suffix)
            window.close()
        audit_desk(ctx, out, suffix)
        shifts_and_reports(ctx, out, suffix)
        complaints_area(ctx, Path(tmp), out, suffix)
        admin_area(ctx, Path(tmp), out, suffix)
        requests_area(ctx, Path(tmp), out, suffix)
        customer_rights(ctx, out, suffix)
        install_language(app, "zh_CN")
        after_three_payments(ctx, out)
        install_language(app, "en")
        main_english(ctx, out)
        install_language(app, args.lang)
        ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
