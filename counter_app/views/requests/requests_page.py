"""The Requests work area (Ctrl+3): the lists a hall works from, and one request's screen.

The lists are the clerk's own open requests, those due today, the overdue ones (in red), those
waiting for the callback, and every open request of the hall; emergencies are at the top of
every list. Each row names the request's owner (首问负责). A request number typed or a work
order's barcode scanned into the box above the list opens that request; Enter on a row (or a
double click) opens it too, and Esc goes back to the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import Clock
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.services.requests.dto import RequestList, RequestSummary
from counter_app.views.errors import error_message
from counter_app.views.labels import (
    request_list_label,
    request_next_step_text,
    request_status_label,
)
from counter_app.views.printing import DocumentPrinter
from counter_app.views.requests.desk_dialogs import LedgerDialog, StatusLookupDialog
from counter_app.views.requests.detail_view import RequestDetailView
from counter_app.views.requests.intake_dialog import IntakeDialog
from counter_app.views.table_models import WARNING_RED, Column, DtoTableModel, table_view
from counter_app.views.widgets import ERROR_STYLE, action_button, back_on_escape, fit_placeholder

if TYPE_CHECKING:
    from counter_app.services.auth import AuthService
    from counter_app.services.customers import CustomerService
    from counter_app.services.payments.prints import ReceiptPrintService
    from counter_app.services.requests.service import RequestService

LIST_PAGE, DETAIL_PAGE = 0, 1
#: The lists, in the order of their tabs.
LISTS = (
    RequestList.MINE,
    RequestList.DUE_TODAY,
    RequestList.OVERDUE,
    RequestList.AWAITING_CALLBACK,
    RequestList.OPEN,
)


def emergencies_first(rows: tuple[RequestSummary, ...]) -> tuple[RequestSummary, ...]:
    """Emergencies at the top, the service's order kept otherwise."""
    return tuple(sorted(rows, key=lambda r: not r.emergency))


def _red_when_overdue(row: RequestSummary) -> QColor | None:
    return WARNING_RED if row.overdue else None


class RequestsPage(QWidget):
    """The Requests area.

    Args:
        requests: Lists, intake, steps and documents of service requests.
        customers: Finds the account of a new request (and a 过户's new owner).
        auth: A manager's approval at this counter.
        receipts: Issues a fee's receipt for printing.
        printer: Prints and keeps PDF copies.
        clock: The hall's clock (the ledger's default period).
        receipt_layout: This counter's receipt printer.
    """

    def __init__(
        self,
        requests: RequestService,
        customers: CustomerService,
        auth: AuthService,
        receipts: ReceiptPrintService,
        printer: DocumentPrinter,
        clock: Clock,
        *,
        receipt_layout: str = "thermal80",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self._customers = customers
        self._printer = printer
        self._clock = clock
        self.intake_dialog: IntakeDialog | None = None
        self.setObjectName("requestsPage")

        self.number_box = QLineEdit()
        self.number_box.setObjectName("requestNumberBox")
        self.number_box.setMaxLength(40)
        self.number_box.setPlaceholderText(self.tr("Request no. or scan the work order"))
        fit_placeholder(self.number_box)
        self.number_box.returnPressed.connect(self.open_typed)
        actor = requests.actor
        self.new_button = self._button(
            self.tr("New request (Ctrl+N)"), "newRequest", "Ctrl+N", lambda: self.new_request()
        )
        self.new_button.setEnabled(actor.can(Permission.REQUEST_ACCEPT))
        self.lookup_button = self._button(
            self.tr("How is my request? (F3)"), "statusLookup", "F3", self.look_up
        )
        self.ledger_button = self._button(self.tr("Ledger…"), "requestLedger", "", self.ledger)
        self.ledger_button.setVisible(actor.can(Permission.REPORT_EXPORT))
        self.refresh_button = self._button(
            self.tr("Refresh (F9)"), "requestsRefresh", "F9", self.refresh
        )
        top = QHBoxLayout()
        top.addWidget(self.number_box, 1)
        for button in (
            self.new_button,
            self.lookup_button,
            self.ledger_button,
            self.refresh_button,
        ):
            top.addWidget(button)

        self.status = QLabel()
        self.status.setObjectName("requestsStatus")
        self.status.setWordWrap(True)

        self.tabs = QTabBar()
        self.tabs.setObjectName("requestLists")
        self.tabs.setExpanding(False)
        for which in LISTS:
            self.tabs.addTab(request_list_label(which))
        self.tabs.currentChanged.connect(lambda _i: self.load_list())
        self.model: DtoTableModel[RequestSummary] = DtoTableModel(self._columns(), parent=self)
        # The address and the next step share what the other columns leave; both elide.
        self.table = table_view("requestsTable", self.model, stretch=(5, 8))
        self.table.activated.connect(self._row_activated)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_layout.addWidget(self.tabs)
        list_layout.addWidget(self.table, 1)

        self.detail = RequestDetailView(requests, auth, receipts, printer, receipt_layout)
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(lambda _id: self.load_list())

        self.stack = QStackedWidget()
        self.stack.setObjectName("requestsStack")
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.detail)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self._loaded = False

    def _button(
        self, text: str, name: str, shortcut: str, on_click: Callable[[], object]
    ) -> QPushButton:
        button = action_button(text, name, on_click)
        if shortcut:
            # A button's shortcut only fires while it is on screen: the keys stay free for
            # the other work areas.
            button.setShortcut(QKeySequence(shortcut))
        button.setMinimumHeight(self.number_box.sizeHint().height() + 6)
        return button

    def _columns(self) -> list[Column[RequestSummary]]:
        bold = QFont()
        bold.setBold(True)
        red = _red_when_overdue
        return [
            Column(
                self.tr("Emergency"),
                lambda r: self.tr("EMERGENCY") if r.emergency else "",
                foreground=lambda r: WARNING_RED if r.emergency else None,
            ),
            Column(self.tr("Request no."), lambda r: r.number, foreground=red),
            Column(self.tr("Service"), lambda r: r.type_name, foreground=red),
            Column(self.tr("Status"), lambda r: request_status_label(r.status), foreground=red),
            Column(self.tr("Customer"), lambda r: r.customer_name, foreground=red),
            Column(
                self.tr("Address"), lambda r: r.address, foreground=red, tooltip=lambda r: r.address
            ),
            Column(self.tr("Deadline"), lambda r: r.deadline_at, foreground=red),
            Column(
                self.tr("Owner"),
                lambda r: f"{r.owner_name} ({r.owner_employee_no})",
                foreground=red,
            ),
            Column(
                self.tr("Next"),
                lambda r: request_next_step_text(r.next_step, r.status),
                foreground=red,
                tooltip=lambda r: request_next_step_text(r.next_step, r.status),
            ),
        ]

    # ------------------------------------------------------------------ lists

    def current_list(self) -> RequestList:
        return LISTS[max(0, self.tabs.currentIndex())]

    def show_list_of(self, which: RequestList) -> None:
        self.tabs.setCurrentIndex(LISTS.index(which))
        self.load_list()

    def load_list(self) -> bool:
        which = self.current_list()
        try:
            rows = self._requests.list_requests(which)
        except CounterError as exc:
            self.model.set_rows(())
            self._set_status(error_message(exc), error=True)
            return False
        self._loaded = True
        rows = emergencies_first(rows)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("{n} requests in “{list}”.").format(
            n=len(rows), list=request_list_label(which)
        )
        if overdue:
            text += " " + self.tr("{n} overdue (red).").format(n=overdue)
        self._set_status(text)
        return True

    def refresh(self) -> None:
        if self.showing_request():
            self.detail.refresh()
        self.load_list()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "color: #444;")
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------------ opening a request

    def showing_request(self) -> bool:
        return self.stack.currentIndex() == DETAIL_PAGE

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_request(row.id)

    def open_request(self, request_id: int) -> bool:
        if not self.detail.show_request(request_id):
            self._set_status(self.detail.message.text(), error=True)
            return False
        self._show_detail()
        return True

    def open_number(self, number: str) -> bool:
        """Open the request with ``number`` (typed, or scanned from the work order)."""
        if not self.detail.show_number(number.strip().upper()):
            self._set_status(self.detail.message.text(), error=True)
            return False
        self._show_detail()
        return True

    def open_typed(self) -> bool:
        text = self.number_box.text().strip()
        if not text:
            return False
        if self.open_number(text):
            self.number_box.clear()
            return True
        return False

    def _show_detail(self) -> None:
        self.stack.setCurrentIndex(DETAIL_PAGE)
        self.status.setVisible(False)
        self.detail.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST_PAGE)
        self.load_list()
        self.table.setFocus()

    # ------------------------------------------------------------------ desk jobs

    def new_request(self, account_id: int | None = None) -> IntakeDialog | None:
        """The intake dialog (window-modal), on ``account_id`` when coming from the 360 view."""
        if not self.new_button.isEnabled():
            return None
        dialog = IntakeDialog(
            self._requests,
            self._customers,
            self._printer,
            account_id,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.finished.connect(self._intake_finished)
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _intake_finished(self, _result: int) -> None:
        self.intake_dialog = None

    def _accepted(self, dialog: IntakeDialog) -> None:
        result = dialog.intake_result
        if result is None:
            return
        self.detail.set_detail(result.request)
        self._show_detail()
        self.detail.show_message(dialog.summary())

    def look_up(self) -> StatusLookupDialog:
        dialog = StatusLookupDialog(self._requests, self._printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_request)
        dialog.open()
        return dialog

    def ledger(self) -> LedgerDialog | None:
        if not self.ledger_button.isVisible():
            return None
        dialog = LedgerDialog(self._requests, self._clock, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ keys and showing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not back_on_escape(event, self.showing_request(), self.show_list):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Each time the area comes up the lists are read again: another counter may have
        # taken a step in the meantime.
        if not self.showing_request():
            self.load_list()
            self.number_box.setFocus()
