"""The customer 360 view: who the customer is, what they owe, and everything that happened.

Personal data arrives masked; the full ID number or phone is fetched only when the clerk asks,
through a logged reveal. The 360 data is loaded off the GUI thread
(:class:`~counter_app.views.background.Loads`); what is on screen stays while a refresh waits
for the database. Actions (pay, new request, complaint) work on the account selected in
the accounts tab and are handed to the host as signals, so this view knows no other work area.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import Clock, SystemClock
from counter_app.domain.enums import AccountStatus, CustomerKind, PaymentStatus, Severity
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.domain.permissions import Permission
from counter_app.services.customers_dto import RevealField
from counter_app.views.background import Loads
from counter_app.views.customers.edit_dialog import EditCustomerDialog
from counter_app.views.customers.rights_dialog import RightsButton
from counter_app.views.errors import error_message
from counter_app.views.labels import (
    account_status_label,
    bill_status_label,
    billing_mode_label,
    complaint_category_label,
    complaint_status_label,
    customer_kind_label,
    document_type_label,
    id_type_label,
    payment_kind_label,
    payment_status_label,
    request_status_label,
    severity_label,
    tariff_class_label,
    utility_label,
)
from counter_app.views.table_models import (
    CENTER,
    MUTED_GREY,
    RIGHT,
    WARNING_RED,
    Column,
    DtoTableModel,
    table_view,
)
from counter_app.views.timefmt import date_text, hall_today
from counter_app.views.widgets import action_button

if TYPE_CHECKING:
    from pathlib import Path

    from counter_app.services.customer_rights import CustomerRightsService
    from counter_app.services.customers import CustomerService
    from counter_app.services.customers_dto import (
        AccountOverview,
        BillLineRow,
        ChangeRow,
        ComplaintRow,
        ContactRow,
        Customer360,
        OwnershipInfo,
        PaymentRow,
        PrintedDocumentRow,
        ServiceRequestRow,
    )
    from counter_app.views.printing import DocumentPrinter

ERROR_STYLE = "color: #b00020;"
ARREARS_STYLE = "color: #b00020; font-weight: bold;"

# ----------------------------------------------------------------------------- labels
#
# The fields of a customer record and what its history says about them; the labels of enum
# values are in counter_app.views.labels, with every other screen's.


def change_action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("CustomerLabels", "Created"),
        "update": QCoreApplication.translate("CustomerLabels", "Corrected"),
        "reveal": QCoreApplication.translate("CustomerLabels", "Full value viewed"),
        "anonymise": QCoreApplication.translate("CustomerLabels", "Personal data erased"),
        "export": QCoreApplication.translate("CustomerLabels", "Copy of personal data made"),
    }
    return labels.get(action, action)


def customer_field_label(name: str) -> str:
    labels = {
        "name": QCoreApplication.translate("CustomerLabels", "Name"),
        "kind": QCoreApplication.translate("CustomerLabels", "Customer type"),
        "id_type": QCoreApplication.translate("CustomerLabels", "ID type"),
        "id_number": QCoreApplication.translate("CustomerLabels", "ID number"),
        "credit_code": QCoreApplication.translate("CustomerLabels", "Unified social credit code"),
        "contact_person": QCoreApplication.translate("CustomerLabels", "Contact person"),
        "phone": QCoreApplication.translate("CustomerLabels", "Mobile"),
        "address": QCoreApplication.translate("CustomerLabels", "Address"),
        "emergency_contact": QCoreApplication.translate("CustomerLabels", "Emergency contact"),
    }
    return labels.get(name, name)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("CustomerLabels", "Yes")
    return QCoreApplication.translate("CustomerLabels", "No")


def _history_value(key: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("CustomerLabels", "(empty)")
    if key == "id_type":
        return id_type_label(str(value))
    if key == "kind":
        try:
            return customer_kind_label(CustomerKind(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def change_summary(change: ChangeRow) -> str:
    """One line saying what an audit entry changed, e.g. ``Mobile: 138****0000 → 139****1111``.

    Values arrive masked from the service; a reveal says which field was looked at.
    """
    if change.action == "export":
        return QCoreApplication.translate("CustomerLabels", "Copy {number} handed over").format(
            number=change.after.get("number", "")
        )
    if change.action == "anonymise":
        return QCoreApplication.translate(
            "CustomerLabels", "Name, ID number, phones, address and contacts erased"
        )
    if change.action == "reveal":
        field = str(change.after.get("field", ""))
        return QCoreApplication.translate("CustomerLabels", "Full {field} shown").format(
            field=customer_field_label(field)
        )
    changed = QCoreApplication.translate("CustomerLabels", "{field}: {before} → {after}")
    set_to = QCoreApplication.translate("CustomerLabels", "{field}: {value}")
    parts: list[str] = []
    keys = list(dict.fromkeys([*change.before.keys(), *change.after.keys()]))
    for key in keys:
        label = customer_field_label(key)
        if key in change.after and key not in change.before:
            parts.append(set_to.format(field=label, value=_history_value(key, change.after[key])))
            continue
        parts.append(
            changed.format(
                field=label,
                before=_history_value(key, change.before.get(key)),
                after=_history_value(key, change.after.get(key)),
            )
        )
    return "; ".join(parts)


def _red_if(condition: Callable[[Any], bool]) -> Callable[[Any], QColor | None]:
    return lambda row: WARNING_RED if condition(row) else None


# ----------------------------------------------------------------------------- the view


class CustomerView(QWidget):
    """Everything about one customer on one screen (客户 360 视图).

    Args:
        customers: Loads the 360 data, reveals personal fields and saves corrections.
        clock: Decides what is overdue; defaults to the system clock.

    Signals:
        back_requested(): the clerk wants the search list again.
        pay_requested(int account_id): take a payment on the selected account (F5).
        new_request_requested(int account_id): accept a service request on it (F6).
        complaint_requested(int customer_id, int account_id): accept a complaint (F7);
            ``account_id`` is -1 when no account is selected.
        reprint_requested(int document_id): reprint (补打) a document from the print register.
        customer_changed(int customer_id): the customer's data was corrected.
        complaint_opened(int complaint_id): a complaint in the complaints tab was opened
            (Enter or double-click), to be shown in the Complaints area.
        request_opened(int request_id): a request in the requests tab was opened (Enter or
            double-click), to be shown in the Requests area.
        customer_loaded(int customer_id): a customer's 360 data is on screen (shown or
            refreshed).
        load_failed(str message): the customer could not be loaded; the message says why.
    """

    back_requested = Signal()
    pay_requested = Signal(int)
    new_request_requested = Signal(int)
    complaint_requested = Signal(int, int)
    reprint_requested = Signal(int)
    customer_changed = Signal(int)
    complaint_opened = Signal(int)
    request_opened = Signal(int)
    customer_loaded = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self,
        customers: CustomerService,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._clock: Clock = clock or SystemClock()
        self._data: Customer360 | None = None
        self._load_failed = False
        self.loads = Loads(self)
        self.edit_dialog: EditCustomerDialog | None = None
        #: The manager's "Personal data…" button (see :meth:`set_rights`), else None.
        self.rights_button: RightsButton | None = None
        self.setObjectName("customerView")

        self._build_header()
        self._build_identity()
        self._build_actions()
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header)
        layout.addWidget(self.identity_box)
        layout.addLayout(self._action_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._update_actions()

    # ------------------------------------------------------------------ building

    def _build_header(self) -> None:
        self.back_button = action_button(
            self.tr("Back to results (Esc)"), "backButton", self.back_requested
        )
        self.name_label = QLabel()
        self.name_label.setObjectName("customerName")
        font = QFont(self.name_label.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("customerKind")
        self.kind_label.setStyleSheet(
            "QLabel { background: #e8eef6; color: #1d3f73; border-radius: 3px; padding: 2px 6px; }"
        )
        self.anonymised_label = QLabel(
            self.tr("Personal data erased at the customer's request; history kept.")
        )
        self.anonymised_label.setObjectName("anonymisedNotice")
        self.anonymised_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.anonymised_label.setVisible(False)

        self.balance_label = QLabel()
        self.balance_label.setObjectName("totalBalance")
        self.arrears_label = QLabel()
        self.arrears_label.setObjectName("totalArrears")
        totals_font = QFont(self.balance_label.font())
        totals_font.setPointSize(totals_font.pointSize() + 2)
        self.balance_label.setFont(totals_font)
        self.arrears_label.setFont(totals_font)

        self._header = QHBoxLayout()
        self._header.addWidget(self.back_button)
        self._header.addSpacing(12)
        self._header.addWidget(self.name_label)
        self._header.addWidget(self.kind_label)
        self._header.addWidget(self.anonymised_label)
        self._header.addStretch(1)
        self._header.addWidget(self.balance_label)
        self._header.addSpacing(16)
        self._header.addWidget(self.arrears_label)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _reveal_button(self, name: str, text: str, which: RevealField) -> QPushButton:
        button = action_button(text, name, lambda _=False, w=which: self.reveal(w))
        return button

    def _build_identity(self) -> None:
        self.identity_box = QGroupBox(self.tr("Customer"))
        self.identity_box.setObjectName("identityBox")
        grid = QGridLayout(self.identity_box)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.id_caption = QLabel()
        self.id_value = self._value_label("idValue")
        self.reveal_id_button = self._reveal_button(
            "revealId", self.tr("Show full ID number"), RevealField.ID_NUMBER
        )
        self.phone_value = self._value_label("phoneValue")
        self.reveal_phone_button = self._reveal_button(
            "revealPhone", self.tr("Show full phone"), RevealField.PHONE
        )
        self.address_value = self._value_label("addressValue")
        self.address_value.setWordWrap(True)
        self.contact_caption = QLabel()
        self.contact_value = self._value_label("contactValue")
        self.reveal_contact_button = self._reveal_button(
            "revealEmergency", self.tr("Show full contact"), RevealField.EMERGENCY_CONTACT
        )
        self.since_value = self._value_label("customerSince")

        def pair(value: QLabel, button: QPushButton | None = None) -> QWidget:
            # The reveal button sits right after the value it reveals, not at the far edge.
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(value)
            if button is not None:
                row.addWidget(button)
            row.addStretch(1)
            return box

        grid.addWidget(self.id_caption, 0, 0)
        grid.addWidget(pair(self.id_value, self.reveal_id_button), 0, 1)
        grid.addWidget(QLabel(self.tr("Mobile:")), 0, 2)
        grid.addWidget(pair(self.phone_value, self.reveal_phone_button), 0, 3)
        grid.addWidget(QLabel(self.tr("Address:")), 1, 0)
        grid.addWidget(self.address_value, 1, 1)
        grid.addWidget(self.contact_caption, 1, 2)
        grid.addWidget(pair(self.contact_value, self.reveal_contact_button), 1, 3)
        grid.addWidget(QLabel(self.tr("Customer since:")), 2, 0)
        grid.addWidget(self.since_value, 2, 1)

    def _action_button(self, name: str, text: str, shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        # A button's shortcut only fires while the button is visible and enabled, so the keys
        # are free for other work areas whenever this view is not on screen.
        button.setShortcut(QKeySequence(shortcut))
        button.setMinimumHeight(button.sizeHint().height() + 6)
        return button

    def _build_actions(self) -> None:
        self.selected_account_label = QLabel()
        self.selected_account_label.setObjectName("selectedAccount")
        font = QFont(self.selected_account_label.font())
        font.setBold(True)
        self.selected_account_label.setFont(font)
        self.pay_button = self._action_button("payButton", self.tr("Pay (F5)"), "F5")
        self.request_button = self._action_button(
            "newRequestButton", self.tr("New request (F6)"), "F6"
        )
        self.complaint_button = self._action_button(
            "complaintButton", self.tr("Complaint (F7)"), "F7"
        )
        self.edit_button = self._action_button("editButton", self.tr("Edit details (F2)"), "F2")
        self.refresh_button = self._action_button("refreshButton", self.tr("Refresh (F9)"), "F9")
        # Ctrl+R as well: clerks coming from a browser press it out of habit.
        self.refresh_shortcut = QShortcut(QKeySequence("Ctrl+R"), self.refresh_button)
        self.refresh_shortcut.activated.connect(self.refresh_button.click)

        self.pay_button.clicked.connect(self._pay)
        self.request_button.clicked.connect(self._new_request)
        self.complaint_button.clicked.connect(self._complaint)
        self.edit_button.clicked.connect(self.edit_customer)
        self.refresh_button.clicked.connect(self.refresh)

        self.message = QLabel()
        self.message.setObjectName("customerMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)

        self._action_row = QHBoxLayout()
        self._action_row.addWidget(self.selected_account_label)
        self._action_row.addStretch(1)
        for button in (
            self.pay_button,
            self.request_button,
            self.complaint_button,
            self.edit_button,
            self.refresh_button,
        ):
            self._action_row.addWidget(button)

    def _build_tabs(self) -> None:
        self.accounts_model: DtoTableModel[AccountOverview] = DtoTableModel(
            [
                Column(self.tr("Account no."), lambda a: a.number),
                Column(self.tr("Utility"), lambda a: utility_label(a.utility_kind)),
                Column(self.tr("Supply address"), lambda a: a.supply_address),
                Column(self.tr("Meter no."), lambda a: a.meter_number),
                Column(self.tr("Tariff"), lambda a: tariff_class_label(a.tariff_class)),
                Column(self.tr("Billing"), lambda a: billing_mode_label(a.billing_mode)),
                Column(
                    self.tr("Status"),
                    lambda a: account_status_label(a.status),
                    foreground=lambda a: MUTED_GREY if a.status is AccountStatus.CLOSED else None,
                ),
                Column.money(self.tr("Balance"), lambda a: a.balance),
                Column.money(
                    self.tr("Arrears"), lambda a: a.arrears, _red_if(lambda a: a.arrears > 0)
                ),
                Column(self.tr("Opened"), lambda a: a.opened_on),
            ],
            parent=self,
        )
        self.bills_model: DtoTableModel[BillLineRow] = DtoTableModel(
            [
                Column(self.tr("Bill no."), lambda b: b.number),
                Column(self.tr("Account no."), lambda b: b.account_number),
                Column(self.tr("Period"), lambda b: b.period),
                Column(self.tr("Usage"), lambda b: b.usage, RIGHT),
                Column.money(self.tr("Amount"), lambda b: b.amount),
                Column.money(self.tr("Amount paid"), lambda b: b.paid_amount),
                Column.money(
                    self.tr("Outstanding"), lambda b: b.outstanding, _red_if(self.is_overdue)
                ),
                Column(
                    self.tr("Due date"), lambda b: b.due_date, foreground=_red_if(self.is_overdue)
                ),
                Column(
                    self.tr("Status"),
                    lambda b: self._bill_status_text(b),
                    foreground=_red_if(self.is_overdue),
                ),
            ],
            parent=self,
        )
        self.payments_model: DtoTableModel[PaymentRow] = DtoTableModel(
            self._muted_when_voided(
                [
                    Column(self.tr("Receipt no."), lambda p: p.receipt_no),
                    Column(self.tr("Account no."), lambda p: p.account_number),
                    Column(self.tr("Kind"), lambda p: payment_kind_label(p.kind)),
                    Column(self.tr("Status"), lambda p: payment_status_label(p.status)),
                    Column(self.tr("Business date"), lambda p: p.business_date),
                    Column(self.tr("Time"), lambda p: p.created_at),
                    Column.money(self.tr("Amount"), lambda p: p.amount),
                    Column.money(self.tr("Late fee"), lambda p: p.late_fee),
                    Column(self.tr("Clerk"), lambda p: p.clerk_employee_no),
                ]
            ),
            parent=self,
        )
        self.requests_model: DtoTableModel[ServiceRequestRow] = DtoTableModel(
            [
                Column(self.tr("Request no."), lambda r: r.number),
                Column(self.tr("Service"), lambda r: r.type_name),
                Column(self.tr("Status"), lambda r: request_status_label(r.status)),
                Column(self.tr("Account no."), lambda r: r.account_number),
                Column(self.tr("Accepted at"), lambda r: r.accepted_at),
                Column(
                    self.tr("Deadline"), lambda r: r.deadline_at, foreground=_red_if(self.is_late)
                ),
                Column(self.tr("Handled by"), lambda r: r.owner_employee_no),
                Column(
                    self.tr("Missing documents"),
                    lambda r: "、".join(r.documents_missing),
                    tooltip=lambda r: "\n".join(r.documents_missing) or None,
                ),
            ],
            parent=self,
        )
        self.complaints_model: DtoTableModel[ComplaintRow] = DtoTableModel(
            [
                Column(self.tr("Complaint no."), lambda c: c.number),
                Column(self.tr("Category"), lambda c: complaint_category_label(c.category)),
                Column(
                    self.tr("Severity"),
                    lambda c: severity_label(c.severity),
                    foreground=_red_if(lambda c: c.severity is Severity.EMERGENCY),
                ),
                Column(self.tr("Status"), lambda c: complaint_status_label(c.status)),
                Column(self.tr("Received at"), lambda c: c.received_at),
                Column(self.tr("Account no."), lambda c: c.account_number),
            ],
            parent=self,
        )
        self.prints_model: DtoTableModel[PrintedDocumentRow] = DtoTableModel(
            [
                Column(self.tr("Document"), lambda d: document_type_label(d.doc_type)),
                Column(self.tr("Number"), lambda d: d.doc_number),
                Column(self.tr("Printed at"), lambda d: d.printed_at),
                Column(self.tr("Reprint no."), lambda d: d.reprint_no or "", CENTER),
                Column(
                    self.tr("On paper"),
                    lambda d: yes_no(d.printed),
                    CENTER,
                    foreground=_red_if(lambda d: not d.printed),
                ),
                Column(self.tr("Layout"), lambda d: d.layout),
                Column(self.tr("Clerk"), lambda d: d.user_employee_no),
                Column(self.tr("Account no."), lambda d: d.account_number),
            ],
            parent=self,
        )
        self.contacts_model: DtoTableModel[ContactRow] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda c: c.at),
                Column(self.tr("Channel"), lambda c: c.channel),
                Column(self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note or None),
                Column(self.tr("Clerk"), lambda c: c.user_employee_no),
                Column(self.tr("Account no."), lambda c: c.account_number),
            ],
            parent=self,
        )
        self.changes_model: DtoTableModel[ChangeRow] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda c: c.at),
                Column(self.tr("Action"), lambda c: change_action_label(c.action)),
                Column(self.tr("Change"), change_summary, tooltip=change_summary),
                Column(self.tr("By"), self._change_user),
                Column(self.tr("Reason"), lambda c: c.reason, tooltip=lambda c: c.reason),
            ],
            parent=self,
        )

        self.ownership_model: DtoTableModel[OwnershipInfo] = DtoTableModel(
            [
                Column(self.tr("Account no."), lambda o: o.account_number),
                Column(
                    self.tr("Holder"),
                    self._holder_text,
                    foreground=lambda o: None if self._is_shown(o) else MUTED_GREY,
                ),
                Column(self.tr("From"), lambda o: o.valid_from),
                Column(self.tr("To"), lambda o: o.valid_to or self.tr("now")),
                Column(
                    self.tr("By transfer"),
                    lambda o: o.request_number or self.tr("opened"),
                ),
            ],
            parent=self,
        )

        self.accounts_table = table_view("accountsTable", self.accounts_model, stretch=(2,))
        self.bills_table = table_view("billsTable", self.bills_model)
        self.payments_table = table_view("paymentsTable", self.payments_model)
        self.requests_table = table_view("requestsTable", self.requests_model, stretch=(7,))
        self.complaints_table = table_view("complaintsTable", self.complaints_model)
        self.complaints_table.activated.connect(self._open_complaint)
        self.requests_table.activated.connect(self._open_request)
        self.prints_table = table_view("printsTable", self.prints_model)
        self.contacts_table = table_view("contactsTable", self.contacts_model, stretch=(2,))
        self.changes_table = table_view("changesTable", self.changes_model, stretch=(2, 4))
        self.ownership_table = table_view("ownershipTable", self.ownership_model, stretch=(1,))
        self.accounts_table.selectionModel().selectionChanged.connect(self._account_selected)

        self.reprint_button = action_button(
            self.tr("Reprint selected document"), "reprintButton", self._reprint
        )
        self.prints_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.prints_table.activated.connect(lambda _index: self._reprint())
        prints_tab = QWidget()
        prints_layout = QVBoxLayout(prints_tab)
        prints_layout.setContentsMargins(0, 0, 0, 0)
        prints_layout.addWidget(self.prints_table, 1)
        reprint_row = QHBoxLayout()
        reprint_row.addStretch(1)
        reprint_row.addWidget(self.reprint_button)
        prints_layout.addLayout(reprint_row)

        # Under the accounts, who held each of them when: an old owner still sees the
        # accounts they handed on (过户), and to whom.
        accounts_tab = QWidget()
        accounts_layout = QVBoxLayout(accounts_tab)
        accounts_layout.setContentsMargins(0, 0, 0, 0)
        accounts_layout.addWidget(self.accounts_table, 3)
        self.ownership_caption = QLabel()
        self.ownership_caption.setObjectName("ownershipCaption")
        accounts_layout.addWidget(self.ownership_caption)
        accounts_layout.addWidget(self.ownership_table, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        for widget in (
            accounts_tab,
            self.bills_table,
            self.payments_table,
            self.requests_table,
            self.complaints_table,
            prints_tab,
            self.contacts_table,
            self.changes_table,
        ):
            self.tabs.addTab(widget, "")
        self._set_tab_titles()

    def _muted_when_voided(self, columns: list[Column[PaymentRow]]) -> list[Column[PaymentRow]]:
        def grey(p: PaymentRow) -> QColor | None:
            return MUTED_GREY if p.status is PaymentStatus.VOIDED else None

        return [dataclasses.replace(c, foreground=c.foreground or grey) for c in columns]

    def _set_tab_titles(self) -> None:
        d = self._data
        counts = (
            (0, 0, 0, 0, 0, 0, 0, 0)
            if d is None
            else (
                len(d.accounts),
                len(d.bills),
                len(d.payments),
                len(d.open_requests),
                len(d.complaints),
                len(d.printed_documents),
                len(d.contacts),
                len(d.changes),
            )
        )
        titles = (
            self.tr("Accounts ({n})"),
            self.tr("Bills ({n})"),
            self.tr("Payments ({n})"),
            self.tr("Open requests ({n})"),
            self.tr("Complaints ({n})"),
            self.tr("Printed documents ({n})"),
            self.tr("Contacts ({n})"),
            self.tr("Change history ({n})"),
        )
        for index, (title, n) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.format(n=n))
        self.ownership_caption.setText(
            self.tr("Holders of these accounts, and of those handed on ({n})").format(
                n=0 if d is None else len(d.ownership)
            )
        )

    # ------------------------------------------------------------------ rules shown in colour

    def today(self) -> date:
        return hall_today(self._clock)

    def is_overdue(self, bill: BillLineRow) -> bool:
        """Still owed after its due date (the late fee runs from the day after)."""
        return bill.outstanding > 0 and bill.due_date < self.today()

    def is_late(self, request: ServiceRequestRow) -> bool:
        deadline = request.deadline_at
        return deadline is not None and deadline < self._clock.now()

    def _bill_status_text(self, bill: BillLineRow) -> str:
        text = bill_status_label(bill.status)
        if self.is_overdue(bill):
            return self.tr("{status}, overdue").format(status=text)
        return text

    def _is_shown(self, holder: OwnershipInfo) -> bool:
        return holder.customer_id == self.customer_id

    def _holder_text(self, holder: OwnershipInfo) -> str:
        if self._is_shown(holder):
            return self.tr("{name} (this customer)").format(name=holder.customer_name)
        return holder.customer_name

    def _change_user(self, change: ChangeRow) -> str:
        if change.user_employee_no and change.user_name:
            return f"{change.user_name} ({change.user_employee_no})"
        return change.user_employee_no or change.user_name or self.tr("System")

    # ------------------------------------------------------------------ showing a customer

    @property
    def data(self) -> Customer360 | None:
        """The 360 data on screen (masked), or ``None`` before a customer is shown."""
        return self._data

    @property
    def customer_id(self) -> int | None:
        return None if self._data is None else self._data.identity.customer_id

    def show_customer(self, customer_id: int, account_id: int | None = None) -> bool:
        """Load and show a customer; ``account_id`` picks the account actions will use.

        The data is read off the GUI thread; :attr:`customer_loaded` or :attr:`load_failed`
        tells when it is on screen.

        Returns:
            False when the customer could not be loaded (the reason is on screen); True when
            they are shown or still loading.
        """
        customers = self._customers
        self._load_failed = False
        self.loads.run(
            "customer",
            lambda: customers.customer_360(customer_id),
            lambda data: self._loaded(data, account_id),
            self._not_loaded,
        )
        return not self._load_failed

    def _loaded(self, data: Customer360, account_id: int | None) -> None:
        self.set_data(data, account_id)
        self.customer_loaded.emit(data.identity.customer_id)

    def _not_loaded(self, exc: CounterError) -> None:
        # What is on screen stays: a refresh that cannot reach the database says so above it.
        self._load_failed = True
        message = error_message(exc)
        self.show_message(message)
        self.load_failed.emit(message)

    def refresh(self) -> bool:
        """Load the shown customer again, keeping the selected account and tab."""
        if self._data is None:
            return False
        account = self.current_account()
        return self.show_customer(
            self._data.identity.customer_id, account.account_id if account else None
        )

    def set_data(self, data: Customer360, account_id: int | None = None) -> None:
        """Show a 360 DTO; with no ``account_id`` the first account that is not closed."""
        self._data = data
        self.show_message(
            self.tr(
                "Hall {hall} keeps this customer's full record: here you see what they owe and "
                "take their payments; their complaints, documents, contact notes and changes, "
                "the full ID number and phone and corrections stay with hall {hall}."
            ).format(hall=data.kept_by)
            if data.kept_by
            else ""
        )
        ident = data.identity
        self.name_label.setText(ident.name)
        self.kind_label.setText(customer_kind_label(ident.kind))
        self.anonymised_label.setVisible(ident.anonymised)
        individual = ident.kind is CustomerKind.INDIVIDUAL
        if individual:
            id_caption = id_type_label(ident.id_type) or self.tr("ID document")
        else:
            id_caption = customer_field_label("credit_code")
        self.id_caption.setText(self.tr("{label}:").format(label=id_caption))
        self.id_value.setText(ident.id_masked)
        self.phone_value.setText(ident.phone_masked)
        self.address_value.setText(ident.address)
        if individual:
            self.contact_caption.setText(self.tr("Emergency contact:"))
            self.contact_value.setText(ident.emergency_contact_masked or "—")
        else:
            self.contact_caption.setText(self.tr("Contact person:"))
            self.contact_value.setText(ident.contact_person or "—")
        self.since_value.setText(date_text(ident.created_at))
        can_reveal = (
            self._can(Permission.CUSTOMER_REVEAL) and not ident.anonymised and not data.kept_by
        )
        # An organisation's credit code is public and already whole: nothing to reveal.
        self._show_reveal(self.reveal_id_button, can_reveal and individual and ident.id_masked)
        self._show_reveal(self.reveal_phone_button, can_reveal and ident.phone_masked)
        self._show_reveal(
            self.reveal_contact_button,
            can_reveal and individual and ident.emergency_contact_masked,
        )

        self.balance_label.setText(
            self.tr("Balance {amount}").format(amount=format_yuan(data.total_balance))
        )
        arrears = data.total_arrears
        self.arrears_label.setText(self.tr("Arrears {amount}").format(amount=format_yuan(arrears)))
        self.arrears_label.setStyleSheet(ARREARS_STYLE if arrears > 0 else "")

        self.accounts_model.set_rows(data.accounts)
        self.bills_model.set_rows(data.bills)
        self.payments_model.set_rows(data.payments)
        self.requests_model.set_rows(data.open_requests)
        self.complaints_model.set_rows(data.complaints)
        self.prints_model.set_rows(data.printed_documents)
        self.contacts_model.set_rows(data.contacts)
        # Newest change first, like every other history tab.
        self.changes_model.set_rows(tuple(reversed(data.changes)))
        self.ownership_model.set_rows(data.ownership)
        self._set_tab_titles()
        self.select_account(account_id)
        self._update_actions()

    def _show_reveal(self, button: QPushButton, shown: object) -> None:
        button.setVisible(bool(shown))
        button.setEnabled(bool(shown))

    def select_account(self, account_id: int | None) -> None:
        """Make an account the one actions use; ``None`` picks the first open one."""
        model = self.accounts_model
        row = -1
        if account_id is not None:
            row = model.find_row(lambda a: a.account_id == account_id)
        if row < 0:
            row = model.find_row(lambda a: a.status is not AccountStatus.CLOSED)
        if row < 0 and model.rowCount():
            row = 0
        if row >= 0:
            self.accounts_table.selectRow(row)
        else:
            self.accounts_table.clearSelection()
        self._account_selected()

    def current_account(self) -> AccountOverview | None:
        """The account the actions work on: the selected row of the accounts tab."""
        rows = self.accounts_table.selectionModel().selectedRows()
        return self.accounts_model.row_at(rows[0]) if rows else None

    def _account_selected(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        account = self.current_account()
        if account is None:
            self.selected_account_label.setText(
                self.tr("No account selected") if self._data is not None else ""
            )
        else:
            self.selected_account_label.setText(
                self.tr("Account {number} ({status})").format(
                    number=account.number, status=account_status_label(account.status)
                )
            )
        self._update_actions()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ actions

    def _can(self, permission: Permission) -> bool:
        return self._customers.actor.can(permission)

    def _update_actions(self, *_args: object) -> None:
        shown = self._data is not None
        active = shown and self._data is not None and not self._data.identity.anonymised
        # Another hall's customer is served here, not corrected (docs/domain.md §1).
        own = shown and self._data is not None and not self._data.kept_by
        account = self.current_account() if shown else None
        self.pay_button.setEnabled(account is not None and self._can(Permission.PAYMENT_TAKE))
        self.request_button.setEnabled(
            account is not None and active and self._can(Permission.REQUEST_ACCEPT)
        )
        self.complaint_button.setEnabled(shown and self._can(Permission.COMPLAINT_ACCEPT))
        self.edit_button.setEnabled(active and own and self._can(Permission.CUSTOMER_WRITE))
        if self.rights_button is not None:
            self.rights_button.setEnabled(active and own)
        self.refresh_button.setEnabled(shown)
        self.reprint_button.setEnabled(
            self._selected_document() is not None and self._can(Permission.RECEIPT_REPRINT)
        )

    def _selected_document(self) -> PrintedDocumentRow | None:
        rows = self.prints_table.selectionModel().selectedRows()
        return self.prints_model.row_at(rows[0]) if rows else None

    def _pay(self) -> None:
        account = self.current_account()
        if account is not None:
            self.pay_requested.emit(account.account_id)

    def _new_request(self) -> None:
        account = self.current_account()
        if account is not None:
            self.new_request_requested.emit(account.account_id)

    def _complaint(self) -> None:
        if self._data is None:
            return
        account = self.current_account()
        self.complaint_requested.emit(
            self._data.identity.customer_id, account.account_id if account else -1
        )

    def _open_complaint(self, index: QModelIndex) -> None:
        complaint = self.complaints_model.row_at(index)
        if complaint is not None:
            self.complaint_opened.emit(complaint.complaint_id)

    def _open_request(self, index: QModelIndex) -> None:
        request = self.requests_model.row_at(index)
        if request is not None:
            self.request_opened.emit(request.request_id)

    def _reprint(self) -> None:
        document = self._selected_document()
        if document is not None and self.reprint_button.isEnabled():
            self.reprint_requested.emit(document.document_id)

    def reveal(self, which: RevealField) -> str | None:
        """Fetch one personal field in full (the service logs the look) and show it."""
        if self._data is None:
            return None
        try:
            value = self._customers.reveal(self._data.identity.customer_id, which)
        except CounterError as exc:
            self.show_message(error_message(exc))
            return None
        target, button = {
            RevealField.ID_NUMBER: (self.id_value, self.reveal_id_button),
            RevealField.PHONE: (self.phone_value, self.reveal_phone_button),
            RevealField.EMERGENCY_CONTACT: (self.contact_value, self.reveal_contact_button),
        }[which]
        target.setText(value)
        button.setEnabled(False)
        return value

    def set_rights(
        self, rights: CustomerRightsService, printer: DocumentPrinter, folder: Path | None = None
    ) -> None:
        """Offer a manager the customer's rights beside the other actions: the copy of their
        data (saved to ``folder`` unless another is chosen) and its erasure on request."""
        if self.rights_button is not None or not rights.actor.can(Permission.CUSTOMER_DATA_RIGHTS):
            return
        self.rights_button = RightsButton(
            rights, printer, self._rights_subject, lambda _id: self._edited(), folder, self
        )
        self._action_row.insertWidget(
            self._action_row.indexOf(self.refresh_button), self.rights_button
        )
        self._update_actions()

    def _rights_subject(self) -> tuple[int, str] | None:
        if self._data is None:
            return None
        return self._data.identity.customer_id, self._data.identity.name

    def edit_customer(self) -> EditCustomerDialog | None:
        """Open the correction dialog (window-modal); saving reloads this view."""
        if self._data is None or not self.edit_button.isEnabled():
            return None
        dialog = EditCustomerDialog(self._customers, self._data.identity, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._edited)
        dialog.finished.connect(self._edit_finished)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edited(self) -> None:
        customer_id = self.customer_id
        self.refresh()
        if customer_id is not None:
            self.customer_changed.emit(customer_id)

    def _edit_finished(self, _result: int) -> None:
        self.edit_dialog = None
        self.setFocus()
