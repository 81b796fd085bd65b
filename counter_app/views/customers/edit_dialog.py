"""Correct a customer's data (客户资料更正) with a reason; every error shows beside its field.

The ID number and the phone arrive masked and stay masked: the clerk types a new value over
the mask to change one, and a field left masked or empty is not a change. That way correcting
an address never needs a logged reveal of the full ID number.

Each field is checked as it is left, and the dialog asks before throwing typed corrections
away (:mod:`counter_app.views.dialogs`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import CustomerKind
from counter_app.domain.errors import CounterError
from counter_app.domain.identity import (
    validate_address,
    validate_mobile,
    validate_org_name,
    validate_person_name,
)
from counter_app.services.customers_dto import (
    REASON_MAX_LENGTH,
    CustomerChanges,
    FieldError,
    FieldErrors,
)
from counter_app.views.customers.fields import FieldForm, id_type_choice
from counter_app.views.dialogs import (
    KeepsTypedWork,
    clear_message,
    error_label,
    show_message,
)
from counter_app.views.errors import error_message
from counter_app.views.widgets import fit_placeholder

if TYPE_CHECKING:
    from counter_app.services.customers import CustomerService
    from counter_app.services.customers_dto import CustomerIdentity

# Where errors on fields this dialog has no widget for end up.
GENERAL = "general"


class MaskedLineEdit(QLineEdit):
    """Shows a masked value; typing replaces it. :meth:`new_value` is ``None`` when untouched.

    All the text is selected on focus so the first key typed replaces the mask instead of
    being mixed into it.
    """

    def __init__(self, masked: str, parent: QWidget | None = None) -> None:
        super().__init__(masked, parent)
        self.masked = masked

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.text() == self.masked and self.masked:
            # After the mouse press that gave focus has placed the cursor.
            QTimer.singleShot(0, self.selectAll)

    def changed(self) -> bool:
        text = self.text().strip()
        return text != self.masked and bool(text or self.masked)

    def new_value(self) -> str | None:
        """The typed value, or ``None`` when the field still shows the mask or is empty."""
        text = self.text().strip()
        if not text or text == self.masked:
            return None
        return text


class EditCustomerDialog(KeepsTypedWork, QDialog):
    """Edit an individual's or an organisation's details, then save them with a reason.

    Args:
        customers: Saves the correction (``update_customer``); needs customer-write permission.
        identity: The customer as shown, masked.

    After ``accept()``, :attr:`saved` holds the customer's identity as stored.
    """

    def __init__(
        self,
        customers: CustomerService,
        identity: CustomerIdentity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._identity = identity
        self.saved: CustomerIdentity | None = None
        self.details = FieldForm(shown=self._fit_errors, name_prefix="edit_")
        self.details.form.setContentsMargins(0, 0, 0, 0)
        self.errors = self.details.errors
        self.fields = self.details.fields
        self.checks = self.details.checks
        self.setObjectName("editCustomerDialog")
        self.setWindowTitle(self.tr("Correct customer details - {name}").format(name=identity.name))
        self.setMinimumWidth(560)

        individual = identity.kind is CustomerKind.INDIVIDUAL

        self.name = QLineEdit(identity.name)
        self.name.setMaxLength(100)
        self.id_type = id_type_choice(identity.id_type or "")
        self.id_number = MaskedLineEdit(identity.id_masked if individual else "")
        self.id_number.setMaxLength(40)
        self.credit_code = QLineEdit(identity.id_masked if not individual else "")
        self.credit_code.setMaxLength(40)
        self.contact_person = QLineEdit(identity.contact_person or "")
        self.contact_person.setMaxLength(100)
        self.phone = MaskedLineEdit(identity.phone_masked)
        self.phone.setMaxLength(30)
        self.address = QLineEdit(identity.address)
        self.address.setMaxLength(200)
        emergency_name, emergency_phone = _split_contact(identity.emergency_contact_masked)
        self.emergency_name = QLineEdit(emergency_name)
        self.emergency_name.setMaxLength(100)
        self.emergency_phone = MaskedLineEdit(emergency_phone)
        self.emergency_phone.setMaxLength(30)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX_LENGTH)
        self.reason.setPlaceholderText(
            self.tr("Required, e.g. customer showed a new ID card; name changed")
        )
        fit_placeholder(self.reason)

        if individual:
            self.details.add("name", self.tr("&Name:"), self.name, self._check_name)
            self.details.add("id_type", self.tr("ID &type:"), self.id_type)
            # Not "ID &number": Alt+N is the name.
            self.details.add("id_number", self.tr("ID n&umber:"), self.id_number, self._check_id)
            self.details.add("phone", self.tr("&Mobile:"), self.phone, self._check_phone)
            self.details.add("address", self.tr("&Address:"), self.address, self._check_address)
            self.details.add(
                "emergency_name",
                self.tr("Emergency contact:"),
                self.emergency_name,
                self._check_emergency_name,
            )
            self.details.add(
                "emergency_phone",
                self.tr("Emergency phone:"),
                self.emergency_phone,
                self._check_emergency_phone,
            )
            self.id_type.currentIndexChanged.connect(self._id_type_changed)
        else:
            self.details.add("name", self.tr("Organisation name:"), self.name, self._check_name)
            self.details.add(
                "credit_code",
                self.tr("Unified social credit code:"),
                self.credit_code,
                self._check_credit_code,
            )
            self.details.add(
                "contact_person",
                self.tr("Contact person:"),
                self.contact_person,
                self._check_contact_person,
            )
            self.details.add("phone", self.tr("Contact phone:"), self.phone, self._check_phone)
            self.details.add("address", self.tr("&Address:"), self.address, self._check_address)
        self.details.add("reason", self.tr("&Reason for the change:"), self.reason)

        self.hint = QLabel(
            self.tr(
                "The ID number and phone are shown masked. Type a new value over the mask to "
                "change one; leave it as it is to keep it."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.general_error = error_label(GENERAL)
        self.errors[GENERAL] = self.general_error

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.details)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    # ------------------------------------------------------------------ field checks

    def _check_name(self) -> None:
        if self._identity.kind is CustomerKind.INDIVIDUAL:
            validate_person_name(self.name.text())
        else:
            validate_org_name(self.name.text(), field="name")

    def _check_id(self) -> None:
        number = self.id_number.new_value()
        if number is None:
            return  # still the mask: kept as it is
        found = self._customers.find_by_id_number(self.id_type.currentData(), number)
        if found is not None and found.customer_id != self._identity.customer_id:
            raise FieldErrors([FieldError("id_number", "id.duplicate", {})])

    def _id_type_changed(self) -> None:
        if self.id_number.new_value() is not None:
            self.checks.check("id_number")

    def _check_credit_code(self) -> None:
        code = self.credit_code.text().strip()
        if code == self._identity.id_masked:
            return
        found = self._customers.find_by_credit_code(code)
        if found is not None and found.customer_id != self._identity.customer_id:
            raise FieldErrors([FieldError("credit_code", "uscc.duplicate", {})])

    def _check_contact_person(self) -> None:
        validate_person_name(self.contact_person.text(), field="contact_person")

    def _check_phone(self) -> None:
        phone = self.phone.new_value()
        if phone is not None:
            validate_mobile(phone)

    def _check_address(self) -> None:
        validate_address(self.address.text())

    def _check_emergency_name(self) -> None:
        name = self.emergency_name.text()
        if name.strip():
            validate_person_name(name, field="emergency_name")

    def _check_emergency_phone(self) -> None:
        phone = self.emergency_phone.new_value()
        if phone is not None:
            validate_mobile(phone, field="emergency_phone")

    # ------------------------------------------------------------------ errors

    def clear_errors(self) -> None:
        for label in self.errors.values():
            clear_message(label)

    def show_error(self, field: str, message: str) -> None:
        show_message(self.errors.get(field, self.general_error), message)
        self._fit_errors()

    def _fit_errors(self) -> None:
        # Wrapped error lines do not raise the dialog's minimum height on their own; without
        # this they would squeeze the fields or be cut off.
        layout = self.layout()
        if layout is None:
            return
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _focus_first_error(self, fields: tuple[str, ...]) -> None:
        for field in fields:
            widget = self.fields.get(field)
            if widget is not None:
                widget.setFocus()
                return

    # ------------------------------------------------------------------ saving

    def changes(self) -> CustomerChanges:
        """What the clerk changed; fields left as shown are ``None`` (kept)."""
        ident = self._identity
        individual = ident.kind is CustomerKind.INDIVIDUAL

        def edited(widget: QLineEdit, original: str | None) -> str | None:
            text = widget.text().strip()
            return text if text != (original or "") else None

        values: dict[str, str | None] = {
            "name": edited(self.name, ident.name),
            "phone": self.phone.new_value(),
            "address": edited(self.address, ident.address),
        }
        if individual:
            chosen = self.id_type.currentData()
            values["id_type"] = chosen if chosen != ident.id_type else None
            values["id_number"] = self.id_number.new_value()
            values.update(self._emergency_changes())
        else:
            # An organisation's credit code is public, so it is shown whole, not masked.
            values["credit_code"] = edited(self.credit_code, ident.id_masked)
            values["contact_person"] = edited(self.contact_person, ident.contact_person)
        return CustomerChanges(**values)

    def _emergency_changes(self) -> dict[str, str | None]:
        original_name, _masked = _split_contact(self._identity.emergency_contact_masked)
        name = self.emergency_name.text().strip()
        phone_typed = self.emergency_phone.new_value()
        phone_text = self.emergency_phone.text().strip()
        if name == original_name and not self.emergency_phone.changed():
            return {}
        if not name and not phone_text:
            # Both cleared: the contact is removed.
            return {"emergency_contact_name": "", "emergency_contact_phone": ""}
        return {
            "emergency_contact_name": name,
            # A phone still masked is sent as missing; save() asks for it first.
            "emergency_contact_phone": phone_typed or ("" if not phone_text else None),
        }

    def save(self) -> None:
        """Save through the service; on any error the dialog stays open and nothing is saved."""
        self.clear_errors()
        changes = self.changes()
        if changes.emergency_contact_name is not None and changes.emergency_contact_phone is None:
            self.show_error(
                "emergency_phone",
                self.tr(
                    "Type the emergency contact's full mobile number again to change the "
                    "contact, or clear both fields to remove it."
                ),
            )
            self.emergency_phone.setFocus()
            return
        if changes == CustomerChanges():
            self.show_error(GENERAL, self.tr("Nothing was changed."))
            return
        try:
            self.saved = self._customers.update_customer(
                self._identity.customer_id, changes, self.reason.text()
            )
        except FieldErrors as errors:
            for error in errors.errors:
                self.show_error(error.field, error_message(error))
            self._focus_first_error(errors.fields)
            return
        except CounterError as exc:
            self.show_error(GENERAL, error_message(exc))
            return
        self.accept()


def _split_contact(masked: str | None) -> tuple[str, str]:
    """``"张三 138****5678"`` → name and masked phone (the service stores them that way)."""
    if not masked:
        return "", ""
    name, _, phone = masked.rpartition(" ")
    return name, phone
