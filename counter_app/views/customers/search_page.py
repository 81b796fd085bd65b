"""The Customers work area: one search box for every key, the result list and the 360 view.

Results appear while the clerk types (after a short pause, so a scanner's burst of keys runs
one search, not twenty). Enter opens the best match; a scanned barcode followed by the
scanner's Enter therefore lands straight on the customer. Esc goes back to the list with the
query kept, so the clerk can pick the next match.

The search runs off the GUI thread (:class:`~counter_app.views.background.Loads`): the box
keeps taking keys while the database answers, an answer for text the clerk has since changed
is dropped, and a search that could not reach the database runs again by itself once it is
back, with the text as the clerk left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import Clock
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.services.search_dto import (
    DEFAULT_LIMIT,
    MatchKind,
    SearchNote,
    SearchResult,
    SearchRow,
)
from counter_app.views.background import Loads
from counter_app.views.customers.customer_view import CustomerView
from counter_app.views.errors import error_message
from counter_app.views.labels import account_status_label, customer_kind_label
from counter_app.views.table_models import MUTED_GREY, Column, DtoTableModel, table_view
from counter_app.views.widgets import back_on_escape

if TYPE_CHECKING:
    from counter_app.services.customers import CustomerService

# Pause after the last key before searching: shorter than a clerk notices, longer than the
# gap between a barcode scanner's keystrokes.
DEBOUNCE_MS = 150

LIST_PAGE, CUSTOMER_PAGE = 0, 1


class CustomerSearchPage(QWidget):
    """Find a customer by any key and work with them in the 360 view.

    Args:
        customers: Runs the search and everything the 360 view needs.
        clock: Decides what is overdue in the 360 view; defaults to the system clock.
        limit: Most rows a search shows before asking the clerk to type more.

    Signals:
        open_account_requested(): the clerk wants to open a new account (开户, Ctrl+N).
        pay_requested(int account_id): take a payment on the account chosen in the 360 view.
        new_request_requested(int account_id): accept a service request on that account.
        complaint_requested(int customer_id, int account_id): accept a complaint; -1 when
            no account is selected.
        reprint_requested(int document_id): reprint (补打) a document from the print register.
        customer_changed(int customer_id): the customer's data was corrected.
        request_requested(str number): a work-order barcode was scanned or a request number
            typed; emitted instead of opening the customer once :attr:`opens_requests` is set.
    """

    open_account_requested = Signal()
    request_requested = Signal(str)
    pay_requested = Signal(int)
    new_request_requested = Signal(int)
    complaint_requested = Signal(int, int)
    reprint_requested = Signal(int)
    customer_changed = Signal(int)

    def __init__(
        self,
        customers: CustomerService,
        clock: Clock | None = None,
        *,
        limit: int = DEFAULT_LIMIT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._limit = limit
        self._searched: str | None = None  # the text the shown (or awaited) result is for
        self._open_query: str | None = None  # Enter was pressed on this text: open its best match
        self._opened_by_enter = False
        self.loads = Loads(self)
        self.result: SearchResult | None = None
        #: Set by whoever handles request_requested (the Requests area): a matched request
        #: number then opens the request, not its customer.
        self.opens_requests = False
        self.setObjectName("customerSearchPage")

        self.search_box = QLineEdit()
        self.search_box.setObjectName("customerSearch")
        self.search_box.setPlaceholderText(
            self.tr("Account no. / name / mobile / ID no. / meter no. / address / scan barcode")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(400)
        font = QFont(self.search_box.font())
        font.setPointSize(font.pointSize() + 4)
        self.search_box.setFont(font)
        self.search_box.setMinimumHeight(self.search_box.sizeHint().height() + 8)
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self.open_best_match)
        self.search_box.installEventFilter(self)

        self.new_account_button = QPushButton(self.tr("New account (Ctrl+N)"))
        self.new_account_button.setObjectName("newAccountButton")
        self.new_account_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_account_button.setAutoDefault(False)
        self.new_account_button.setMinimumHeight(self.search_box.minimumHeight())
        self.new_account_button.setEnabled(customers.actor.can(Permission.ACCOUNT_OPEN))
        self.new_account_button.clicked.connect(self.open_account_requested)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush_search)

        self.results_model: DtoTableModel[SearchRow] = DtoTableModel(self._columns(), parent=self)
        self.results = table_view("searchResults", self.results_model, stretch=(4,))
        self.results.activated.connect(self._row_activated)

        self.view = CustomerView(customers, clock)
        self._opening: int | None = None  # the customer show_customer asked the view for
        self.view.customer_loaded.connect(self._customer_loaded)
        self.view.load_failed.connect(self._customer_failed)
        self.view.back_requested.connect(self.show_list)
        self.view.pay_requested.connect(self.pay_requested)
        self.view.new_request_requested.connect(self.new_request_requested)
        self.view.complaint_requested.connect(self.complaint_requested)
        self.view.reprint_requested.connect(self.reprint_requested)
        self.view.customer_changed.connect(self.customer_changed)

        self.stack = QStackedWidget()
        self.stack.setObjectName("customerStack")
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.view)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_account_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self._show_hint()

    def _columns(self) -> list[Column[SearchRow]]:

        def muted(row: SearchRow) -> QColor | None:
            return MUTED_GREY if row.account_id is None or row.status is None else None

        return [
            Column(
                self.tr("Account no."),
                lambda r: r.account_number or self.tr("(no account)"),
                foreground=muted,
            ),
            Column(self.tr("Account holder"), lambda r: r.customer_name, tooltip=self._kind_tip),
            Column(self.tr("Mobile"), lambda r: r.phone_masked),
            Column(self.tr("ID number"), lambda r: r.id_masked),
            Column(
                self.tr("Supply address"),
                lambda r: r.supply_address,
                tooltip=lambda r: r.supply_address,
            ),
            Column(
                self.tr("Status"), lambda r: account_status_label(r.status) if r.account_id else ""
            ),
            Column(self.tr("Matched by"), self.match_text),
        ]

    def _kind_tip(self, row: SearchRow) -> str:
        return customer_kind_label(row.customer_kind)

    def match_text(self, row: SearchRow) -> str:
        labels = {
            MatchKind.ACCOUNT_NUMBER: self.tr("Account no."),
            MatchKind.BILL: self.tr("Bill barcode"),
            MatchKind.RECEIPT: self.tr("Receipt barcode"),
            MatchKind.WORK_ORDER: self.tr("Work order barcode"),
            MatchKind.METER_NUMBER: self.tr("Meter no."),
            MatchKind.ID_NUMBER: self.tr("ID number"),
            MatchKind.PHONE: self.tr("Mobile"),
            MatchKind.PHONE_LAST4: self.tr("Mobile's last 4 digits"),
            MatchKind.NAME: self.tr("Name"),
            MatchKind.NAME_CONTAINS: self.tr("Part of name"),
            MatchKind.ADDRESS: self.tr("Address"),
        }
        text = labels.get(row.match, str(row.match))
        return f"{text} {row.matched_document}" if row.matched_document else text

    # ------------------------------------------------------------------ searching

    def _text_changed(self, _text: str) -> None:
        # Typing while a customer is open means the clerk is looking for someone else.
        if self.stack.currentIndex() != LIST_PAGE:
            self._show_list_page()
        self._open_query = None
        self._opening = None  # a customer still loading is not brought up over the typing
        self._timer.start()

    def _show_list_page(self) -> None:
        self.stack.setCurrentIndex(LIST_PAGE)
        self.status.setVisible(True)

    def search_pending(self) -> bool:
        """Whether the text in the box has not been answered yet (typed or still searching)."""
        return (
            self._timer.isActive()
            or self._searched != self.search_box.text()
            or self.loads.busy("search")
        )

    def flush_search(self) -> None:
        """Start the search for the current text now instead of after the pause."""
        self._timer.stop()
        query = self.search_box.text()
        if query == self._searched:
            return
        self._searched = query
        if not query.strip():
            self.loads.drop("search")
            self._open_query = None
            self.result = None
            self.results_model.set_rows(())
            self._show_hint()
            return
        customers, limit = self._customers, self._limit
        self.loads.run(
            "search",
            lambda: customers.search(query, limit),
            lambda result: self._found(query, result),
            lambda exc: self._search_failed(query, exc),
        )

    def _found(self, query: str, result: SearchResult) -> None:
        self.result = result
        self.results_model.set_rows(result.rows)
        if result.rows:
            self.results.selectRow(0)
        self._set_status(self._describe(result))
        if self._open_query == query:
            self._open_query = None
            self._opened_by_enter = bool(result.rows) and self.open_row(result.rows[0])

    def _search_failed(self, query: str, exc: CounterError) -> None:
        # The box stays usable: a database outage is a message, never a frozen screen; the
        # text stays as typed and is searched again on the next key, on Enter, or by itself
        # when the database is back.
        if self._searched == query:
            self._searched = None
        self.result = None
        self.results_model.set_rows(())
        self._set_status(error_message(exc), error=True)

    def _describe(self, result: SearchResult) -> str:
        lines: list[str] = []
        n = len(result.rows)
        if n == 0:
            lines.append(self.tr("No match for “{query}”.").format(query=result.query))
        elif result.truncated:
            lines.append(
                self.tr("More than {n} matches — type more to narrow the search.").format(n=n)
            )
        elif result.exact and n == 1:
            lines.append(self.tr("Exact match. Press Enter to open it."))
        else:
            lines.append(self.tr("{n} matches. Press Enter to open the first one.").format(n=n))
        for note in result.notes:
            if note is SearchNote.NAME_PART_SHORT:
                lines.append(
                    self.tr(
                        "A part of a name with 1 or 2 characters is found at the start or the "
                        "end of a name (surname or given name). Type at least 3 characters to "
                        "search anywhere in names and addresses."
                    )
                )
            elif note is SearchNote.ADDRESS_FRAGMENT_SHORT and (
                SearchNote.NAME_PART_SHORT not in result.notes
            ):
                lines.append(
                    self.tr(
                        "Short address fragment: only the newest accounts were searched. "
                        "Type at least 3 characters to search all addresses."
                    )
                )
            elif note is SearchNote.QUERY_TRUNCATED:
                lines.append(self.tr("The query was too long; only its beginning was used."))
        return "\n".join(lines)

    def _show_hint(self) -> None:
        self._set_status(
            self.tr(
                "Type an account number, name, mobile, ID number, meter number or part of the "
                "address, or scan the barcode on a bill, receipt or work order."
            )
        )

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "color: #444;")

    # ------------------------------------------------------------------ opening

    def open_best_match(self) -> bool:
        """Enter in the box: search now if a search is pending, then open the first row.

        Returns:
            True when a match was opened; False when there is none or the search has not
            answered yet (its best match then opens when it does).
        """
        if self.search_pending():
            self._open_query = self.search_box.text()
            self._opened_by_enter = False
            self.flush_search()
            if self._open_query is not None:
                return False  # still searching: opened when the answer comes
            return self._opened_by_enter
        if self.result is None or not self.result.rows:
            return False
        return self.open_row(self.result.rows[0])

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.results_model.row_at(index)
        if row is not None:
            self.open_row(row)

    def open_row(self, row: SearchRow) -> bool:
        if self.opens_requests and row.match is MatchKind.WORK_ORDER and row.matched_document:
            self.request_requested.emit(row.matched_document)
            return True
        return self.show_customer(row.customer_id, row.account_id)

    def show_customer(self, customer_id: int, account_id: int | None = None) -> bool:
        """Open a customer in the 360 view, e.g. after an account was opened for them.

        The view comes up once the customer is loaded (off the GUI thread).

        Returns:
            False when the customer could not be loaded; the reason is on screen.
        """
        self._opening = customer_id
        return self.view.show_customer(customer_id, account_id)

    def _customer_loaded(self, customer_id: int) -> None:
        if self._opening != customer_id:
            return  # a refresh of the customer on screen
        self._opening = None
        self.stack.setCurrentIndex(CUSTOMER_PAGE)
        # The result count means nothing next to one customer; the 360 view has its own line.
        self.status.setVisible(False)
        self.view.accounts_table.setFocus()

    def _customer_failed(self, message: str) -> None:
        if self._opening is not None and not self.showing_customer():
            self._opening = None
            self._set_status(message, error=True)

    def show_list(self) -> None:
        """Back to the results with the query kept; the list is searched again because the
        customer may just have been corrected."""
        self._show_list_page()
        self._opening = None
        self._searched = None
        self.flush_search()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showing_customer(self) -> bool:
        return self.stack.currentIndex() == CUSTOMER_PAGE

    def refresh(self) -> None:
        """Reload what is on screen, e.g. after a payment on the shown customer."""
        if self.showing_customer():
            self.view.refresh()
        else:
            self._searched = None
            self.flush_search()

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box moves into the list, as in a browser's address bar.
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results_model.rowCount()
            and not self.showing_customer()
        ):
            self.results.setFocus()
            self.results.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not back_on_escape(event, self.showing_customer(), self.show_list):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.showing_customer():
            self.search_box.setFocus()
