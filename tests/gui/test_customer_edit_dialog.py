"""The customer correction dialog checks each field as it is left and keeps typed work.

The saving itself (a reason, the history, masks) is driven through the 360 view in
``test_customer_view.py``; these tests build the dialog on its own.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.context import AppContext
from counter_app.db.models import Customer
from counter_app.domain.enums import CustomerKind
from counter_app.services import personal_data
from counter_app.services.customers import CustomerService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.views import msgbox
from counter_app.views.customers.edit_dialog import EditCustomerDialog


@pytest.fixture
def customers(ctx: AppContext) -> CustomerService:
    return CustomerService(ctx.db, ctx.clock, ctx.auth.sign_in("G1001", DEMO_PASSWORD, 1))


def _individuals(ctx: AppContext) -> list[Customer]:
    with ctx.db.read() as s:
        rows = list(
            s.execute(
                select(Customer)
                .where(
                    Customer.kind == CustomerKind.INDIVIDUAL, Customer.id_number_bidx.is_not(None)
                )
                .order_by(Customer.id)
            ).scalars()
        )
        for row in rows:
            s.expunge(row)
    return rows


@pytest.fixture
def dialog(
    qtbot: QtBot, ctx: AppContext, customers: CustomerService, en: QApplication
) -> EditCustomerDialog:
    first = _individuals(ctx)[0]
    built = EditCustomerDialog(customers, customers.customer_360(first.id).identity)
    qtbot.addWidget(built)
    built.show()
    return built


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, title: str, _text: str) -> bool:
        asked.append(title)
        return answer

    monkeypatch.setattr(msgbox, "question", question)
    return asked


def test_typing_starts_in_the_first_field_and_shift_tab_skips_cancel(
    qtbot: QtBot, dialog: EditCustomerDialog
) -> None:
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backtab)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.focusWidget() is not cancel
    assert not cancel.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_typed_correction_is_not_lost_to_esc(
    qtbot: QtBot, dialog: EditCustomerDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, False)
    dialog.address.setText(dialog.address.text() + "附1号")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Escape)
    assert asked
    assert dialog.isVisible()

    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert dialog.isVisible()


def test_an_unchanged_dialog_closes_on_esc_without_asking(
    qtbot: QtBot, dialog: EditCustomerDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, False)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == []


def test_a_field_is_checked_when_left_and_cleared_when_corrected(
    qtbot: QtBot, dialog: EditCustomerDialog
) -> None:
    dialog.phone.setFocus()
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "1391234")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Tab)
    label = dialog.errors["phone"]
    assert label.isVisible()
    assert label.text()

    qtbot.keyClicks(dialog.phone, "5678")
    assert not label.isVisible()  # 13912345678 is a valid mobile number


def test_another_customers_id_number_is_named_when_left(
    qtbot: QtBot, ctx: AppContext, dialog: EditCustomerDialog
) -> None:
    other = _individuals(ctx)[1]
    with ctx.db.read() as s:
        other_id_number = personal_data.reveal(s, s.get_one(Customer, other.id))["id_number"]
    assert other_id_number is not None
    dialog.id_number.setFocus()
    dialog.id_number.setText(other_id_number)
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Tab)
    label = dialog.errors["id_number"]
    assert label.isVisible()
    assert "already" in label.text().lower()
