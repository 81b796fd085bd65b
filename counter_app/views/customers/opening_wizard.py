"""Account opening (开户) wizard: customer, supply point, documents, confirm, print.

Every field shows its own error beside it as soon as it is left, and 下一步 stays on a page
until all of its fields are valid; the service validates everything again and reports all
problems at once, and nothing is saved unless all of it is valid. A customer found by ID number
is reused as on record: the wizard fills in and locks what the record already holds. Arrears on
the customer's other accounts stop the opening until a manager approves at this counter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counter_app.domain.enums import BillingMode
from counter_app.domain.errors import CounterError
from counter_app.domain.identity import (
    validate_address,
    validate_mobile,
    validate_org_name,
    validate_person_name,
)
from counter_app.domain.money import format_yuan
from counter_app.services.accounts_dto import AccountOpeningRequest, NewIndividual, NewOrganisation
from counter_app.services.customers_dto import (
    ArrearsBlocked,
    CustomerSummary,
    FieldError,
    FieldErrors,
)
from counter_app.views.approval import ApprovalDialog, WhatIsApproved
from counter_app.views.customers.fields import FieldForm, id_type_choice
from counter_app.views.dialogs import (
    KeepsTypedWork,
    clear_message,
    error_label,
    first_text_field,
    message_line,
)
from counter_app.views.errors import error_message
from counter_app.views.labels import tariff_class_label, utility_label
from counter_app.views.printing import DocumentPrinter, PrintOutcome, PrintStep
from counter_app.views.timefmt import date_text

if TYPE_CHECKING:
    from counter_app.services.accounts import AccountService
    from counter_app.services.accounts_dto import AccountOpeningResult, OpeningOptions
    from counter_app.services.auth import ApprovalGrant, AuthService
    from counter_app.services.customers import CustomerService

PAGE_CUSTOMER, PAGE_SUPPLY, PAGE_DOCUMENTS, PAGE_CONFIRM, PAGE_RESULT = range(5)

# Which page shows the error of each service field.
FIELD_PAGE = {
    "customer": PAGE_CUSTOMER,
    "name": PAGE_CUSTOMER,
    "id_type": PAGE_CUSTOMER,
    "id_number": PAGE_CUSTOMER,
    "credit_code": PAGE_CUSTOMER,
    "contact_person": PAGE_CUSTOMER,
    "phone": PAGE_CUSTOMER,
    "address": PAGE_CUSTOMER,
    "emergency_name": PAGE_CUSTOMER,
    "emergency_phone": PAGE_CUSTOMER,
    "supply_address": PAGE_SUPPLY,
    "utility_kind": PAGE_SUPPLY,
    "tariff_class": PAGE_SUPPLY,
    "billing_mode": PAGE_SUPPLY,
    "meter_number": PAGE_SUPPLY,
    "documents": PAGE_DOCUMENTS,
}


def _line(name: str, max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


class CustomerPage(QWizardPage):
    """Who the account is for: an individual or an organisation, new or known by ID number.

    A customer who already holds the ID number (or credit code) is reused: their name, phone
    and address are filled in from the record, the phone masked, and locked; the clerk corrects
    a record in the customer view, not here.
    """

    def __init__(self, customers: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        #: The stored customer the typed ID number or credit code belongs to, if any.
        self.existing: CustomerSummary | None = None
        self._locked_individual = True
        self.setTitle(self.tr("Customer"))
        self.setSubTitle(
            self.tr(
                "Type the ID number first: a customer who already has accounts is found and reused."
            )
        )
        self.individual = QRadioButton(self.tr("&Individual"))
        self.individual.setObjectName("kindIndividual")
        self.organisation = QRadioButton(self.tr("&Organisation"))
        self.organisation.setObjectName("kindOrganisation")
        self.individual.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.individual)
        group.addButton(self.organisation)
        kinds = QHBoxLayout()
        kinds.addWidget(self.individual)
        kinds.addWidget(self.organisation)
        kinds.addStretch(1)

        # Individual
        self.person = FieldForm()
        self.id_type = id_type_choice()
        self.id_type.setObjectName("idType")
        self.id_number = _line("idNumber", 40)
        self.name = _line("customerName", 60)
        self.phone = _line("phone", 30)
        self.address = _line("address", 250)
        self.emergency_name = _line("emergencyName", 60)
        self.emergency_phone = _line("emergencyPhone", 30)
        self.person.add("id_type", self.tr("ID &type:"), self.id_type)
        self.person.add("id_number", self.tr("ID n&umber:"), self.id_number, self.look_up)
        self.person.add(
            "name", self.tr("Nam&e:"), self.name, lambda: validate_person_name(self.name.text())
        )
        self.person.add(
            "phone", self.tr("&Mobile:"), self.phone, lambda: validate_mobile(self.phone.text())
        )
        self.person.add(
            "address",
            self.tr("&Address:"),
            self.address,
            lambda: validate_address(self.address.text()),
        )
        self.person.add(
            "emergency_name",
            self.tr("Emergency contact:"),
            self.emergency_name,
            lambda: self._check_emergency("emergency_name"),
        )
        self.person.add(
            "emergency_phone",
            self.tr("Emergency phone:"),
            self.emergency_phone,
            lambda: self._check_emergency("emergency_phone"),
        )
        self.id_type.currentIndexChanged.connect(self._id_type_changed)

        # Organisation
        self.company = FieldForm()
        self.credit_code = _line("creditCode", 30)
        self.org_name = _line("orgName", 110)
        self.contact_person = _line("contactPerson", 60)
        self.org_phone = _line("orgPhone", 30)
        self.org_address = _line("orgAddress", 250)
        self.company.add(
            "credit_code", self.tr("Unified social credit code:"), self.credit_code, self.look_up
        )
        self.company.add(
            "name",
            self.tr("Organisation name:"),
            self.org_name,
            lambda: validate_org_name(self.org_name.text(), field="name"),
        )
        self.company.add(
            "contact_person",
            self.tr("Contact person:"),
            self.contact_person,
            lambda: validate_person_name(self.contact_person.text(), field="contact_person"),
        )
        self.company.add(
            "phone",
            self.tr("Contact phone:"),
            self.org_phone,
            lambda: validate_mobile(self.org_phone.text()),
        )
        self.company.add(
            "address",
            self.tr("Address:"),
            self.org_address,
            lambda: validate_address(self.org_address.text()),
        )

        self.forms = QStackedWidget()
        self.forms.addWidget(self.person)
        self.forms.addWidget(self.company)
        self.individual.toggled.connect(self._kind_changed)
        self.found = QLabel()
        self.found.setObjectName("existingCustomer")
        self.found.setWordWrap(True)
        self.found.setStyleSheet("color: #0b5394;")
        self.customer_error = error_label("customer")

        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addWidget(self.forms)
        layout.addWidget(self.found)
        layout.addWidget(self.customer_error)

    @property
    def is_individual(self) -> bool:
        return self.individual.isChecked()

    def active_form(self) -> FieldForm:
        return self.person if self.is_individual else self.company

    def first_field(self) -> QLineEdit:
        """Where typing starts: the ID number (or credit code) finds a known customer."""
        return self.id_number if self.is_individual else self.credit_code

    def _kind_changed(self, individual: bool) -> None:
        self.forms.setCurrentIndex(0 if individual else 1)
        self._use_existing(None)
        self.first_field().setFocus()

    def _id_type_changed(self) -> None:
        # The same digits may be valid for one document type and not another.
        if self.id_number.text().strip():
            self.person.checks.check("id_number")

    # ------------------------------------------------------------------ checks

    def _check_emergency(self, field: str) -> None:
        """The emergency contact's name or phone: valid, and not without the other."""
        name, phone = self.emergency_name.text(), self.emergency_phone.text()
        value, other = (name, phone) if field == "emergency_name" else (phone, name)
        if not value.strip() and other.strip():
            raise FieldErrors([FieldError(field, "emergency.incomplete", {})])
        if value.strip():
            validate = validate_person_name if field == "emergency_name" else validate_mobile
            validate(value, field=field)

    def validatePage(self) -> bool:
        """下一步 goes on only when every field of the customer is valid."""
        clear_message(self.customer_error)
        return self.active_form().checks.check_all()

    # ------------------------------------------------------------------ a known customer

    def look_up(self) -> None:
        """Check the ID number or credit code and reuse the customer who holds it, if any.

        Raises:
            FieldErrors: the number is invalid (the service validates it).
        """
        try:
            if self.is_individual:
                found = self._customers.find_by_id_number(
                    self.id_type.currentData(), self.id_number.text()
                )
            else:
                found = self._customers.find_by_credit_code(self.credit_code.text())
        except CounterError:
            self._use_existing(None)
            raise
        self._use_existing(found)

    def _record_fields(self, individual: bool) -> tuple[tuple[QLineEdit, str], ...]:
        """The fields a stored customer's record fills in, with what it fills in."""
        found = self.existing
        name = found.name if found else ""
        phone = found.phone_masked if found else ""
        address = found.address if found else ""
        if individual:
            return (
                (self.name, name),
                (self.phone, phone),
                (self.address, address),
                (self.emergency_name, ""),
                (self.emergency_phone, ""),
            )
        return (
            (self.org_name, name),
            (self.org_phone, phone),
            (self.org_address, address),
            (self.contact_person, ""),
        )

    def _use_existing(self, found: CustomerSummary | None) -> None:
        """Fill in and lock the record's fields for ``found``; unlock and empty them for none."""
        before = self.existing
        if before is not None and (found is None or found.customer_id != before.customer_id):
            for edit, _value in self._record_fields(self._locked_individual):
                edit.setReadOnly(False)
                edit.clear()
        self.existing = found
        if found is None:
            self.found.clear()
            return
        self._locked_individual = self.is_individual
        form = self.active_form()
        for edit, value in self._record_fields(self._locked_individual):
            edit.setText(value)
            edit.setReadOnly(True)
            edit.setCursorPosition(0)
        for field in form.errors:
            if field not in {"id_type", "id_number", "credit_code"}:
                clear_message(form.errors[field])
        text = self.tr("Existing customer: {name}, accounts {accounts}.").format(
            name=found.name, accounts=", ".join(found.account_numbers) or "-"
        )
        text += " " + self.tr(
            "The account is opened for this customer with the details on record; correct "
            "them in the customer view if they have changed."
        )
        if found.arrears > 0:
            text += " " + self.tr("Arrears {amount}: a manager must approve.").format(
                amount=format_yuan(found.arrears)
            )
        self.found.setText(text)

    # ------------------------------------------------------------------ what was typed

    def new_customer(self) -> NewIndividual | NewOrganisation:
        if self.is_individual:
            return NewIndividual(
                name=self.name.text(),
                id_type=self.id_type.currentData(),
                id_number=self.id_number.text(),
                phone=self.phone.text(),
                address=self.address.text(),
                emergency_contact_name=self.emergency_name.text(),
                emergency_contact_phone=self.emergency_phone.text(),
            )
        return NewOrganisation(
            name=self.org_name.text(),
            credit_code=self.credit_code.text(),
            contact_person=self.contact_person.text(),
            phone=self.org_phone.text(),
            address=self.org_address.text(),
        )

    def customer_address(self) -> str:
        return (self.address if self.is_individual else self.org_address).text()


class SupplyPage(QWizardPage):
    """The supply point: address, utility, tariff class, billing mode and meter."""

    def __init__(self, options: OpeningOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supply point"))
        self.form = FieldForm()
        self.same_address = QCheckBox(self.tr("Same as the customer's address"))
        self.same_address.setObjectName("sameAddress")
        self.supply_address = _line("supplyAddress", 250)
        self.same_address.toggled.connect(self._same_toggled)
        self.utility_kind = QComboBox()
        self.utility_kind.setObjectName("utilityKind")
        for kind in options.utility_kinds:
            self.utility_kind.addItem(utility_label(kind), kind.value)
        self.tariff_class = QComboBox()
        self.tariff_class.setObjectName("tariffClass")
        for tariff_class in options.tariff_classes:  # shown in words, kept as named
            self.tariff_class.addItem(tariff_class_label(tariff_class), tariff_class)
        self.billing_mode = QComboBox()
        self.billing_mode.setObjectName("billingMode")
        self.billing_mode.addItem(self.tr("Postpaid"), BillingMode.POSTPAID.value)
        self.billing_mode.addItem(self.tr("Prepaid (IC card)"), BillingMode.PREPAID.value)
        self.meter_number = _line("meterNumber", 40)
        self.form.add(
            "supply_address",
            self.tr("Supply &address:"),
            self.supply_address,
            lambda: validate_address(self.supply_address.text(), field="supply_address"),
        )
        self.form.form.insertRow(0, "", self.same_address)
        self.form.add("utility_kind", self.tr("&Utility:"), self.utility_kind)
        self.form.add("tariff_class", self.tr("&Tariff class:"), self.tariff_class)
        # Not "&Billing": Alt+B is the wizard's < Back.
        self.form.add("billing_mode", self.tr("Bi&lling mode:"), self.billing_mode)
        self.form.add(
            "meter_number", self.tr("&Meter number:"), self.meter_number, self._check_meter
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self._customer_address = ""

    def set_customer_address(self, address: str) -> None:
        self._customer_address = address
        if self.same_address.isChecked():
            self.supply_address.setText(address)

    def _same_toggled(self, on: bool) -> None:
        self.supply_address.setReadOnly(on)
        if on:
            self.supply_address.setText(self._customer_address)
            clear_message(self.form.errors["supply_address"])

    def _check_meter(self) -> None:
        # What a meter number may hold, and whether another account has it, only the service
        # knows (it answers on 确认开户); here only that one was typed.
        if not self.meter_number.text().strip():
            raise FieldErrors([FieldError("meter_number", "meter.empty", {})])

    def first_field(self) -> QWidget:
        return self.meter_number if self.same_address.isChecked() else self.supply_address

    def validatePage(self) -> bool:
        """下一步 goes on only when the supply address and the meter number are valid."""
        return self.form.checks.check_all()


class DocumentsPage(QWizardPage):
    """The checklist of required documents (一次性告知: every missing one is listed at once)."""

    def __init__(self, options: OpeningOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Documents"))
        self.setSubTitle(
            self.tr(
                "Tick every document the customer handed in. If any is missing the request is "
                "saved as incomplete and a one-time notice listing all missing documents prints."
            )
        )
        self.checks: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        for index, name in enumerate(options.required_documents):
            check = QCheckBox(name)
            check.setObjectName(f"document_{index}")
            self.checks.append(check)
            layout.addWidget(check)
        self.error = error_label("documents")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def received(self) -> tuple[str, ...]:
        return tuple(c.text() for c in self.checks if c.isChecked())


class ConfirmPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("Check with the customer, then press Open account."))
        self.summary = QLabel()
        self.summary.setObjectName("confirmSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = message_line("confirmError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, AccountOpeningWizard)
        return wizard.submit()


class ResultPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Account opened"))
        self.account_number = QLabel()
        self.account_number.setObjectName("resultAccountNumber")
        font = QFont(self.account_number.font())
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        self.account_number.setFont(font)
        self.account_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("resultDetails")
        self.details.setWordWrap(True)
        self.printing = QLabel()
        self.printing.setObjectName("resultPrinting")
        self.printing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.account_number)
        layout.addWidget(self.details)
        layout.addWidget(self.printing)
        layout.addStretch(1)


@dataclass(frozen=True)
class PrintedDocument:
    kind: str  # account_opening / missing_documents
    number: str
    outcome: PrintOutcome


class AccountOpeningWizard(KeepsTypedWork, QWizard):
    """Open an account in four steps and print the confirmation or the one-time notice.

    Args:
        accounts: opens the account and keeps the printed-document register.
        customers: finds a customer by ID number.
        auth: records a manager's approval when the customer has arrears.
        printer: prints and keeps the PDF copy.
    """

    def __init__(
        self,
        accounts: AccountService,
        customers: CustomerService,
        auth: AuthService,
        printer: DocumentPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._auth = auth
        self._printer = printer
        self._print_step = PrintStep(printer, accounts)
        self._approval: ApprovalGrant | None = None
        self.result_dto: AccountOpeningResult | None = None
        self.printed: PrintedDocument | None = None
        self.setObjectName("accountOpeningWizard")
        self.setWindowTitle(self.tr("Open account"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(720, 620)

        options = accounts.opening_options()
        self.customer_page = CustomerPage(customers)
        self.supply_page = SupplyPage(options)
        self.documents_page = DocumentsPage(options)
        self.confirm_page = ConfirmPage()
        self.result_page = ResultPage()
        for page_id, page in (
            (PAGE_CUSTOMER, self.customer_page),
            (PAGE_SUPPLY, self.supply_page),
            (PAGE_DOCUMENTS, self.documents_page),
            (PAGE_CONFIRM, self.confirm_page),
            (PAGE_RESULT, self.result_page),
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.currentIdChanged.connect(self._entered)

    # ------------------------------------------------------------------ navigation

    def has_typed_work(self) -> bool:
        # Once the account is open, closing loses nothing.
        return self.currentId() != PAGE_RESULT and super().has_typed_work()

    def _entered(self, page_id: int) -> None:
        if page_id == PAGE_SUPPLY:
            self.supply_page.set_customer_address(self.customer_page.customer_address())
        # Typing starts at once: the first field, not the first radio button, has the focus.
        page = self.page(page_id)
        first = (
            page.first_field()
            if isinstance(page, CustomerPage | SupplyPage)
            else first_text_field(page)
            if page is not None
            else None
        )
        if first is not None:
            first.setFocus()
        if page_id == PAGE_CONFIRM:
            self.confirm_page.summary.setText(self._summary())
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Open account"))
        else:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))

    def go_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()

    def _summary(self) -> str:
        c = self.customer_page
        s = self.supply_page
        missing = [ch.text() for ch in self.documents_page.checks if not ch.isChecked()]
        name = (c.name if c.is_individual else c.org_name).text().strip()
        lines = [
            self.tr("Customer: {name}").format(name=name),
            self.tr("Supply address: {address}").format(address=s.supply_address.text().strip()),
            self.tr("Utility: {kind}, tariff class {tariff}, {mode}").format(
                kind=s.utility_kind.currentText(),
                tariff=s.tariff_class.currentText(),
                mode=s.billing_mode.currentText(),
            ),
            self.tr("Meter number: {meter}").format(meter=s.meter_number.text().strip()),
            self.tr("Documents received: {docs}").format(
                docs=", ".join(self.documents_page.received()) or "-"
            ),
        ]
        if missing:
            lines.append(
                self.tr("Missing ({n}): {docs} - a one-time notice will print.").format(
                    n=len(missing), docs=", ".join(missing)
                )
            )
        return "\n".join(lines)

    # ------------------------------------------------------------------ submit

    def request(self) -> AccountOpeningRequest:
        s = self.supply_page
        # A known customer is used as on record: the locked fields show it, the phone masked.
        existing = self.customer_page.existing
        return AccountOpeningRequest(
            supply_address=s.supply_address.text(),
            utility_kind=s.utility_kind.currentData(),
            tariff_class=s.tariff_class.currentData(),
            billing_mode=s.billing_mode.currentData(),
            meter_number=s.meter_number.text(),
            documents_received=self.documents_page.received(),
            customer_id=existing.customer_id if existing is not None else None,
            new_customer=self.customer_page.new_customer() if existing is None else None,
        )

    def _clear_errors(self) -> None:
        self.customer_page.person.clear_errors()
        self.customer_page.company.clear_errors()
        clear_message(self.customer_page.customer_error)
        self.supply_page.form.clear_errors()
        self.documents_page.error.setVisible(False)
        self.confirm_page.error.clear()

    def show_field_errors(self, errors: FieldErrors) -> None:
        """Put each message beside its field and go back to the first page with an error."""
        first_page = PAGE_CONFIRM
        for error in errors.errors:
            message = error_message(error)
            page = FIELD_PAGE.get(error.field, PAGE_CONFIRM)
            shown = False
            if page == PAGE_CUSTOMER:
                if error.field == "customer":
                    self.customer_page.customer_error.setText(message)
                    self.customer_page.customer_error.setVisible(True)
                    shown = True
                else:
                    shown = self.customer_page.active_form().show_error(error.field, message)
            elif page == PAGE_SUPPLY:
                shown = self.supply_page.form.show_error(error.field, message)
            elif page == PAGE_DOCUMENTS:
                self.documents_page.error.setText(message)
                self.documents_page.error.setVisible(True)
                shown = True
            if not shown:
                page = PAGE_CONFIRM
                current = self.confirm_page.error.text()
                self.confirm_page.error.setText(f"{current}\n{message}".strip())
            first_page = min(first_page, page)
        self.go_to(first_page)

    def submit(self) -> bool:
        """Open the account; on success print and show the result page."""
        self._clear_errors()
        request = self.request()
        while True:
            try:
                result = self._accounts.open_account(request, self._approval)
                break
            except FieldErrors as errors:
                self.show_field_errors(errors)
                return False
            except ArrearsBlocked as blocked:
                if not self._ask_approval(blocked):
                    self.confirm_page.error.setText(error_message(blocked))
                    return False
            except CounterError as exc:
                self.confirm_page.error.setText(error_message(exc))
                return False
        self.result_dto = result
        self._print(result)
        self._show_result(result)
        return True

    def _ask_approval(self, blocked: ArrearsBlocked) -> bool:
        summary = blocked.summary
        accounts = ", ".join(
            f"{a.account_number} {format_yuan(a.amount)}" for a in summary.accounts
        )
        c = self.customer_page
        customer = (
            c.existing.name
            if c.existing is not None
            else (c.name if c.is_individual else c.org_name).text().strip()
        )
        dialog = ApprovalDialog(
            self._auth,
            self._accounts.actor,
            summary.approval_action,
            summary.approval_subject,
            self.tr(
                "The customer owes {amount} on other accounts ({accounts}). A manager may "
                "approve opening this account before the arrears are paid."
            ).format(amount=format_yuan(summary.total), accounts=accounts),
            self,
            shown=WhatIsApproved(
                customer=customer,
                account=", ".join(a.account_number for a in summary.accounts),
                amount=summary.total,
            ),
        )
        if dialog.exec() and dialog.grant is not None:
            self._approval = dialog.grant
            return True
        return False

    def _print(self, result: AccountOpeningResult) -> None:
        document = result.confirmation or result.missing_documents_notice
        if document is None:  # pragma: no cover - the service always returns one of them
            return
        try:
            issued = self._accounts.issue(document)
        except CounterError as exc:
            self.result_page.printing.setText(error_message(exc))
            return
        outcome = self._print_step.send(issued)
        self.printed = PrintedDocument(issued.doc_type.value, issued.doc_number, outcome)

    def _show_result(self, result: AccountOpeningResult) -> None:
        page = self.result_page
        page.account_number.setText(
            self.tr("Account number {number}").format(number=result.account_number)
        )
        lines = [
            self.tr("Customer: {name}").format(name=result.customer_name),
            self.tr("Request {number} ({status})").format(
                number=result.request_number,
                status=self.tr("documents complete")
                if result.documents_complete
                else self.tr("documents incomplete"),
            ),
        ]
        if result.deadline_at is not None:
            lines.append(
                self.tr("To be completed by {date}").format(date=date_text(result.deadline_at))
            )
        if result.documents_missing:
            lines.append(
                self.tr("Missing documents: {docs}").format(
                    docs=", ".join(result.documents_missing)
                )
            )
        if result.customer_differences:
            lines.append(
                self.tr(
                    "The typed {fields} differ from the customer's record; the record was not "
                    "changed. Correct it in the customer view if the customer confirms."
                ).format(fields=", ".join(result.customer_differences))
            )
        for warning in result.duplicate_warnings:
            lines.append(
                self.tr("Possible duplicate: {name} ({accounts}) has the same phone.").format(
                    name=warning.name, accounts=", ".join(warning.account_numbers) or "-"
                )
            )
        page.details.setText("\n".join(lines))
        if self.printed is not None:
            outcome = self.printed.outcome
            what = (
                self.tr("Account opening confirmation")
                if self.printed.kind == "account_opening"
                else self.tr("One-time notice of missing documents")
            )
            if outcome.printed:
                text = self.tr("{what} printed on {printer}. Copy: {path}").format(
                    what=what, printer=outcome.printer_name, path=outcome.pdf_path
                )
            elif outcome.problem == "no_printer":
                text = self.tr(
                    "{what} was not printed (no printer available); it waits in the reprint "
                    "queue. PDF copy: {path}"
                ).format(what=what, path=outcome.pdf_path)
            else:
                text = self.tr(
                    "{what} was not printed ({problem}); it waits in the reprint queue. "
                    "PDF copy: {path}"
                ).format(what=what, problem=outcome.problem, path=outcome.pdf_path)
            if outcome.report_error is not None:
                text += "\n" + error_message(outcome.report_error)
            page.printing.setText(text)
