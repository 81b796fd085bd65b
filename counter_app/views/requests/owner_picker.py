"""The new owner of a 过户: a customer found with the customer search, or a new one typed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.domain.identity import IdType
from counter_app.services.accounts_dto import NewIndividual
from counter_app.services.requests.dto import TransferDetails
from counter_app.views.errors import error_message
from counter_app.views.requests.common import enter_runs
from counter_app.views.widgets import action_button, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.customers import CustomerService


def _line(name: str, max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


class NewOwnerPicker(QWidget):
    """Find the new owner by ID number, mobile or name, or type a new individual customer.

    Args:
        customers: Runs the search (the customer search of the Customers area).
        holder_id: The account's holder, left out of the choices (过户 to the same customer
            is refused anyway); set again when the account changes.
    """

    def __init__(
        self,
        customers: CustomerService,
        holder_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self.holder_id = holder_id
        self.query = _line("ownerQuery", 100)
        self.query.setPlaceholderText(self.tr("ID no., mobile or name"))
        enter_runs(self.query, self.search)
        self.find_button = action_button(self.tr("Find"), "ownerFind", self.search)
        self.choice = QComboBox()
        self.choice.setObjectName("ownerChoice")
        self.found = wrapping_label()
        self.found.setObjectName("ownerFound")
        self.found.setVisible(False)
        self.new_customer = QCheckBox(self.tr("New customer (not yet known)"))
        self.new_customer.setObjectName("ownerIsNew")
        self.new_customer.toggled.connect(self._new_toggled)

        self.new_box = QWidget()
        form = QFormLayout(self.new_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = _line("ownerName", 50)
        self.id_number = _line("ownerIdNumber", 18)
        self.phone = _line("ownerPhone", 11)
        self.address = _line("ownerAddress", 200)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Resident ID no.:"), self.id_number)
        form.addRow(self.tr("Mobile:"), self.phone)
        form.addRow(self.tr("Address:"), self.address)
        self.new_box.setVisible(False)

        find_row = QHBoxLayout()
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.query, 1)
        find_row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(self.choice)
        layout.addWidget(self.found)
        layout.addWidget(self.new_customer)
        layout.addWidget(self.new_box)

    def _new_toggled(self, on: bool) -> None:
        self.new_box.setVisible(on)
        for widget in (self.query, self.find_button, self.choice):
            widget.setEnabled(not on)

    def search(self) -> int:
        """Fill the choices with the customers found; returns how many."""
        self.choice.clear()
        self.found.setVisible(True)
        text = self.query.text().strip()
        if not text:
            self.found.setText(self.tr("Type an ID number, a mobile number or a name."))
            return 0
        try:
            result = self._customers.search(text)
        except CounterError as exc:
            self.found.setText(error_message(exc))
            return 0
        seen: set[int] = set()
        for row in result.rows:
            if row.customer_id in seen or row.customer_id == self.holder_id:
                continue
            seen.add(row.customer_id)
            label = "  ".join(p for p in (row.customer_name, row.id_masked, row.phone_masked) if p)
            self.choice.addItem(label, row.customer_id)
        if seen:
            self.found.setText(
                self.tr("{n} customers found; choose the new owner.").format(n=len(seen))
            )
        else:
            self.found.setText(
                self.tr("No other customer found. Tick “New customer” to enter the new owner.")
            )
        return len(seen)

    def details(self) -> TransferDetails:
        """The new owner as chosen: an existing customer or a new individual."""
        if self.new_customer.isChecked():
            return TransferDetails(
                new_customer=NewIndividual(
                    name=self.name.text().strip(),
                    id_type=IdType.RESIDENT_ID,
                    id_number=self.id_number.text().strip(),
                    phone=self.phone.text().strip(),
                    address=self.address.text().strip(),
                )
            )
        customer_id = self.choice.currentData()
        return TransferDetails(new_customer_id=int(customer_id) if customer_id else None)

    def owner_text(self) -> str:
        """The chosen new owner as one line, for the confirmation."""
        if self.new_customer.isChecked():
            return self.name.text().strip()
        return self.choice.currentText()
