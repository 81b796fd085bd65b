"""Which page each work area shows; areas without an entry show a placeholder."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counter_app.context import AppContext, Services
from counter_app.views.customers.opening_wizard import AccountOpeningWizard
from counter_app.views.customers.search_page import CustomerSearchPage
from counter_app.views.main_window import PageFactory
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

    return {"customers": customers}
