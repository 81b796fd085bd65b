"""Which page each work area shows, and how the pages hand work to each other.

Areas without an entry show a placeholder. Every page gets the services it needs from the
signed-in user's :class:`~counter_app.context.Services`, never the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counter_app.services.alerts_dto import EMERGENCY_COMPLAINT, EMERGENCY_REQUEST
from counter_app.views import msgbox
from counter_app.views.admin.admin_page import AdminPage
from counter_app.views.audit.audit_page import AuditPage
from counter_app.views.complaints.complaints_page import ComplaintsPage
from counter_app.views.customers.opening_wizard import AccountOpeningWizard
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.main_window import MainWindow, PageFactory, PlaceholderPage
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.printing import DocumentPrinter
from counter_app.views.reports.reports_page import ReportsPage
from counter_app.views.requests.requests_page import RequestsPage
from counter_app.views.shifts.shift_page import ShiftPage, ask_open_shift

if TYPE_CHECKING:
    from counter_app.config import Config
    from counter_app.context import Services


def build_pages(services: Services, config: Config) -> dict[str, PageFactory]:
    printer = DocumentPrinter(config.documents_dir)

    def customers() -> QWidget:
        page = CustomerSearchPage(services.customers, services.clock)

        def open_account() -> None:
            wizard = AccountOpeningWizard(
                services.accounts, services.customers, services.auth, printer, page
            )
            if wizard.exec() and wizard.result_dto is not None:
                page.show_customer(wizard.result_dto.customer_id, wizard.result_dto.account_id)

        page.open_account_requested.connect(open_account)
        return page

    def payments() -> QWidget:
        return PaymentPage(
            services.payments,
            services.shifts,
            services.search,
            services.auth,
            printer,
            reversals=services.reversals,
            prints=services.receipt_prints,
            ratings=services.ratings,
            bills=services.bills,
            importer=services.readings_import,
            receipt_layout=config.workstation.receipt_layout,
            open_shift_dialog=lambda parent, text: ask_open_shift(services.shifts, parent, text),
        )

    def shift() -> QWidget:
        return ShiftPage(
            services.shifts,
            services.auth,
            printer,
            receipt_layout=config.workstation.receipt_layout,
        )

    def reports() -> QWidget:
        return ReportsPage(services.reports, services.day_close, printer, services.clock)

    def requests() -> QWidget:
        return RequestsPage(
            services.requests,
            services.customers,
            services.auth,
            services.receipt_prints,
            printer,
            services.clock,
            receipt_layout=config.workstation.receipt_layout,
        )

    def complaints() -> QWidget:
        return ComplaintsPage(
            services.complaints, services.customers, services.auth, printer, services.clock
        )

    def audit() -> QWidget:
        return AuditPage(services.audit_review, services.receipt_verifier, services.clock)

    def admin() -> QWidget:
        return AdminPage(
            services.users,
            services.hall_admin,
            services.tariff_admin,
            services.calendar,
            services.settings,
            services.catalogue,
            services.clock,
        )

    return {
        "customers": customers,
        "payments": payments,
        "requests": requests,
        "complaints": complaints,
        "shift": shift,
        "reports": reports,
        "audit": audit,
        "admin": admin,
    }


def connect_pages(window: MainWindow) -> None:
    """Let "pay" in the customer view open the payment screen on that account, and keep the
    status bar's shift state current."""
    customers = window.page("customers")
    payments = window.page("payments")
    if isinstance(payments, PaymentPage):
        payments.shift_changed.connect(window.refresh_status)
    shift = window.page("shift")
    if isinstance(shift, ShiftPage):
        shift.shift_changed.connect(window.refresh_status)
        if isinstance(payments, PaymentPage):
            shift.shift_changed.connect(payments.refresh_shift)
            payments.shift_changed.connect(shift.refresh)
    reports = window.page("reports")
    if isinstance(reports, ReportsPage):
        reports.day_closed.connect(window.refresh_status)
    if isinstance(customers, CustomerSearchPage) and isinstance(payments, PaymentPage):
        customers.pay_requested.connect(_shown(window, "payments", payments.load_account))
    requests = window.page("requests")
    if isinstance(requests, RequestsPage):
        _connect_requests(window, requests, customers)
    complaints = window.page("complaints")
    if isinstance(complaints, ComplaintsPage):
        _connect_complaints(window, complaints, customers)
    if isinstance(customers, CustomerSearchPage):
        # Until the requests and complaints areas are built, F6 and F7 say so rather than
        # doing nothing; the area, once built, connects here instead.
        for key, signal in (
            ("requests", customers.new_request_requested),
            ("complaints", customers.complaint_requested),
        ):
            if not isinstance(window.page(key), PlaceholderPage | None):
                continue
            title = window.area_title(key)
            signal.connect(lambda *_, title=title: _not_built(window, title))


def _connect_requests(
    window: MainWindow, requests: RequestsPage, customers: QWidget | None
) -> None:
    """F6 in the 360 view accepts a request on its account; a request number or work-order
    barcode in the customer search opens the request; an emergency alert opens it too."""

    open_number = _shown(window, "requests", requests.open_number)
    if isinstance(customers, CustomerSearchPage):
        customers.new_request_requested.connect(_shown(window, "requests", requests.new_request))
        customers.opens_requests = True
        customers.request_requested.connect(open_number)
        customers.view.request_opened.connect(_shown(window, "requests", requests.open_request))
        requests.detail.customer_requested.connect(
            _shown(
                window,
                "customers",
                lambda customer_id, account_id: customers.show_customer(
                    customer_id, account_id if account_id >= 0 else None
                ),
            )
        )
    if window.alert_feed is not None:
        window.alert_feed.set_opener(EMERGENCY_REQUEST, open_number)


def _connect_complaints(
    window: MainWindow, complaints: ComplaintsPage, customers: QWidget | None
) -> None:
    """F7 in the 360 view accepts a complaint from that customer; a complaint in the 360
    view's list opens in the Complaints area; an emergency complaint's alert opens it too."""

    if isinstance(customers, CustomerSearchPage):
        customers.complaint_requested.connect(
            _shown(
                window,
                "complaints",
                lambda customer_id, account_id: complaints.new_complaint(
                    customer_id, account_id if account_id >= 0 else None
                ),
            )
        )
        customers.view.complaint_opened.connect(
            _shown(window, "complaints", complaints.open_complaint)
        )
    if window.alert_feed is not None:
        window.alert_feed.set_opener(
            EMERGENCY_COMPLAINT, _shown(window, "complaints", complaints.open_number)
        )


def _shown(window: MainWindow, area: str, action: Callable[..., object]) -> Callable[..., None]:
    """A slot that brings ``area`` up, then runs ``action`` with the signal's arguments."""

    def run(*args: object) -> None:
        window.show_area(area)
        action(*args)

    return run


def _not_built(window: MainWindow, title: str) -> None:
    msgbox.information(
        window, title, QCoreApplication.translate("PlaceholderPage", "This area is not built yet.")
    )
