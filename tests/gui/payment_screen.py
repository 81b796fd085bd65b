"""The payment screen as the GUI tests open it: a clerk's page built on the real services, and
the account it is tried on."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import Account, Bill
from counter_app.domain.enums import BillingMode, BillStatus
from counter_app.services.base import Actor
from counter_app.services.payments.prints import ReceiptPrintService
from counter_app.services.payments.ratings import RatingService
from counter_app.services.payments.reversals import ReversalService
from counter_app.services.payments.taking import PaymentService
from counter_app.services.search import SearchService
from counter_app.services.shifts import ShiftService
from counter_app.views.payments.payment_page import PaymentPage
from counter_app.views.printing import DocumentPrinter


def debtors(ctx: AppContext, count: int) -> list[str]:
    """The first ``count`` postpaid accounts with unpaid bills, by number."""
    with ctx.db.read() as s:
        return list(
            s.execute(
                select(Account.number)
                .join(Bill, Bill.account_id == Account.id)
                .where(
                    Account.billing_mode == BillingMode.POSTPAID, Bill.status == BillStatus.UNPAID
                )
                .group_by(Account.number)
                .order_by(Account.number)
                .limit(count)
            ).scalars()
        )


def debtor(ctx: AppContext) -> str:
    """A postpaid account with unpaid bills (the first by number)."""
    (number,) = debtors(ctx, 1)
    return number


def payment_page(
    qtbot: QtBot, ctx: AppContext, actor: Actor, printer: DocumentPrinter, **options: Any
) -> PaymentPage:
    """``actor``'s payment screen, shown, with no rating asked after a payment; ``options`` go
    to :class:`PaymentPage` as they are (``bills``, ``importer``…)."""
    page = PaymentPage(
        PaymentService(ctx.db, ctx.clock, actor),
        ShiftService(ctx.db, ctx.clock, actor),
        SearchService(ctx.db, ctx.clock, actor),
        ctx.auth,
        printer,
        reversals=ReversalService(ctx.db, ctx.clock, actor),
        prints=ReceiptPrintService(ctx.db, ctx.clock, actor),
        ratings=RatingService(ctx.db, ctx.clock, actor),
        ask_rating=False,
        **options,
    )
    qtbot.addWidget(page)
    page.show()
    return page
