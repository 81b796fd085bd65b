"""Which page each work area shows, and how the pages hand work to each other.

Areas without an entry show a placeholder.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counter_app.context import AppContext, Services
from counter_app.services.audit_review import AuditReviewService
from counter_app.services.bills import BillService
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.ratings import RatingService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.payments.verification import ReceiptVerifier
from counter_app.services.readings_import import ReadingImportService
from counter_app.services.shifts import ShiftService
from counter_app.views.audit.audit_page import AuditPage
from counter_app.views.customers.opening_wizard import AccountOpeningWizard
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.main_window import MainWindow, PageFactory
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.printing import DocumentPrinter


def build_pages(ctx: AppContext, services: Services) -> dict[str, PageFactory]:
    printer = DocumentPrinter(ctx.config.documents_dir)

    def customers() -> QWidget:
        page = CustomerSearchPage(services.customers, ctx.clock)

        def open_account() -> None:
            wizard = AccountOpeningWizard(
                services.accounts, services.customers, ctx.auth, printer, page
            )
            if wizard.exec() and wizard.result_dto is not None:
                page.show_customer(wizard.result_dto.customer_id, wizard.result_dto.account_id)

        page.open_account_requested.connect(open_account)
        return page

    def payments() -> QWidget:
        actor = services.actor
        return PaymentPage(
            PaymentService(ctx.db, ctx.clock, actor),
            ShiftService(ctx.db, ctx.clock, actor),
            services.search,
            ctx.auth,
            printer,
            reversals=ReversalService(ctx.db, ctx.clock, actor),
            prints=ReceiptPrintService(ctx.db, ctx.clock, actor),
            ratings=RatingService(ctx.db, ctx.clock, actor),
            bills=BillService(ctx.db, ctx.clock, actor),
            importer=ReadingImportService(ctx.db, ctx.clock, actor),
            receipt_layout=ctx.config.workstation.receipt_layout,
        )

    def audit() -> QWidget:
        actor = services.actor
        return AuditPage(
            AuditReviewService(ctx.db, ctx.clock, actor),
            ReceiptVerifier(ctx.db, ctx.clock, actor),
            ctx.clock,
        )

    return {"customers": customers, "payments": payments, "audit": audit}


def connect_pages(window: MainWindow) -> None:
    """Let "pay" in the customer view open the payment screen on that account, and keep the
    status bar's shift state current."""
    customers = window.page("customers")
    payments = window.page("payments")
    if isinstance(payments, PaymentPage):
        payments.shift_changed.connect(window.refresh_status)
    if isinstance(customers, CustomerSearchPage) and isinstance(payments, PaymentPage):

        def pay(account_id: int) -> None:
            window.show_area("payments")
            payments.load_account(account_id)

        customers.pay_requested.connect(pay)
