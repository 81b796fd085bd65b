"""Which page each work area shows, and how the pages hand work to each other.

Areas without an entry show a placeholder. Every page gets the services it needs from the
signed-in user's :class:`~counter_app.context.Services`, never the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counter_app.services.alerts_dto import EMERGENCY_COMPLAINT, EMERGENCY_REQUEST
from counter_app.views import msgbox
from counter_app.views.admin.admin_page import AdminPage
from counter_app.views.audit.audit_page import AuditPage
from counter_app.views.complaints.complaints_page import ComplaintsPage
from counter_app.views.customers.opening_wizard import AccountOpeningWizard
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.main_window import MainWindow, PageFactory
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
        page.view.set_rights(services.rights, printer)

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
    """Link the pages as each is built: "pay" in the customer view opens the payment screen
    on that account, F6 and F7 there open the requests and complaints intakes, a request or
    complaint opens from the customer search and from an emergency alert, and the status
    bar's shift state stays current.

    Pages are built when their area is first shown (views/main_window.py). A link to another
    area's page finds that page when it is followed, building it if need be; one that only
    keeps a page up to date is followed only when the page exists, since a page built later
    reads what is current anyway.
    """
    for key, page in window.built_pages().items():
        _link(window, key, page)
    window.page_built.connect(lambda key, page: _link(window, key, page))
    if window.alert_feed is not None:
        for area, kind, method in (
            ("requests", EMERGENCY_REQUEST, "open_number"),
            ("complaints", EMERGENCY_COMPLAINT, "open_number"),
        ):
            if window.has_page(area):
                window.alert_feed.set_opener(kind, _shown(window, area, _on(window, area, method)))


def _link(window: MainWindow, key: str, page: QWidget) -> None:
    """Make the links of one page, just built."""
    if isinstance(page, PaymentPage):
        page.shift_changed.connect(window.refresh_status)
        page.shift_changed.connect(_if_built(window, "shift", "refresh"))
    elif isinstance(page, ShiftPage):
        page.shift_changed.connect(window.refresh_status)
        page.shift_changed.connect(_if_built(window, "payments", "refresh_shift"))
    elif isinstance(page, ReportsPage):
        page.day_closed.connect(window.refresh_status)
    elif isinstance(page, AdminPage):
        page.calendar.changed.connect(window.check_calendar)
    elif isinstance(page, CustomerSearchPage):
        _link_customers(window, page)
    elif isinstance(page, RequestsPage) and window.has_page("customers"):
        page.detail.customer_requested.connect(
            _shown(
                window,
                "customers",
                lambda customer_id, account_id: _page(window, "customers").show_customer(
                    customer_id, account_id if account_id >= 0 else None
                ),
            )
        )


def _link_customers(window: MainWindow, customers: CustomerSearchPage) -> None:
    """The 360 view's "pay", F6 and F7, a request number or work-order barcode in the search
    box, and a request or complaint in the 360 view's lists, each opening its area."""
    if window.has_page("payments"):
        customers.pay_requested.connect(
            _shown(window, "payments", _on(window, "payments", "load_account"))
        )
    if window.has_page("requests"):
        customers.new_request_requested.connect(
            _shown(window, "requests", _on(window, "requests", "new_request"))
        )
        customers.opens_requests = True
        customers.request_requested.connect(
            _shown(window, "requests", _on(window, "requests", "open_number"))
        )
        customers.view.request_opened.connect(
            _shown(window, "requests", _on(window, "requests", "open_request"))
        )
    if window.has_page("complaints"):
        customers.complaint_requested.connect(
            _shown(
                window,
                "complaints",
                lambda customer_id, account_id: _page(window, "complaints").new_complaint(
                    customer_id, account_id if account_id >= 0 else None
                ),
            )
        )
        customers.view.complaint_opened.connect(
            _shown(window, "complaints", _on(window, "complaints", "open_complaint"))
        )
    # Until the requests and complaints areas are built, F6 and F7 say so rather than doing
    # nothing.
    for key, signal in (
        ("requests", customers.new_request_requested),
        ("complaints", customers.complaint_requested),
    ):
        if not window.has_page(key):
            title = window.area_title(key)
            signal.connect(lambda *_, title=title: _not_built(window, title))


def _page(window: MainWindow, key: str) -> Any:
    """The page of ``key``, built if need be; only asked for areas :meth:`has_page` has."""
    page = window.page(key)
    assert page is not None
    return page


def _on(window: MainWindow, key: str, method: str) -> Callable[..., object]:
    """A slot that runs ``method`` of the page of ``key``, found (or built) when it runs."""
    return lambda *args: getattr(_page(window, key), method)(*args)


def _if_built(window: MainWindow, key: str, method: str) -> Callable[..., None]:
    """A slot that runs ``method`` of the page of ``key`` if that page has been built."""

    def run(*args: object) -> None:
        page = window.built_pages().get(key)
        if page is not None:
            getattr(page, method)(*args)

    return run


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
