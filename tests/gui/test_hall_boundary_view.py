"""The 360 view of another hall's customer (docs/domain.md §1 "Hall boundaries"): what they
owe and the payment are there; the screen says which hall keeps the rest and offers no reveal
and no correction."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from counter_app.context import AppContext
from counter_app.db.models import Account, Hall
from counter_app.services.customers import CustomerService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views.customers.customer_view import CustomerView


def _customer_only_in(ctx: AppContext, code: str) -> int:
    with ctx.db.read() as s:
        return s.execute(
            select(Account.customer_id)
            .join(Hall, Hall.id == Account.hall_id)
            .group_by(Account.customer_id)
            .having(func.count(func.distinct(Account.hall_id)) == 1, func.min(Hall.code) == code)
            .order_by(Account.customer_id)
            .limit(1)
        ).scalar_one()


def _view(qtbot: QtBot, ctx: AppContext, employee_no: str) -> CustomerView:
    actor = ctx.auth.sign_in(employee_no, DEMO_PASSWORD, 1)
    view = CustomerView(CustomerService(ctx.db, ctx.clock, actor), ctx.clock)
    qtbot.addWidget(view)
    view.resize(1060, 700)
    view.show()
    return view


def test_another_halls_customer_is_served_and_the_rest_is_said_to_be_kept_there(
    qtbot: QtBot, ctx: AppContext, zh: QApplication
) -> None:
    customer_id = _customer_only_in(ctx, "H01")
    own, other = _view(qtbot, ctx, "G1001"), _view(qtbot, ctx, "G2001")
    assert own.show_customer(customer_id)
    assert other.show_customer(customer_id)

    assert not own.message.isVisible()
    assert other.message.isVisible()
    assert "营业厅 H01" in other.message.text()
    assert own.reveal_phone_button.isVisible()
    assert not other.reveal_phone_button.isVisible()
    assert own.edit_button.isEnabled()
    assert not other.edit_button.isEnabled()
    assert other.pay_button.isEnabled()  # the customer pays at any hall
    assert other.accounts_model.rowCount() == own.accounts_model.rowCount()
