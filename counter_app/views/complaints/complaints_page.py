"""The Complaints work area (投诉受理, Ctrl+4): the hall's complaints on the clock.

The list puts emergencies first, then what is overdue, then the next deadline; a deadline due
today or passed is red. Filters pick mine, open, due today, overdue, appeals, concluded or all;
the box at the top finds a complaint by its tracking number or the customer's phone, for a
customer asking at the counter how theirs stands. A manager also sees every overdue milestone
of the hall and chases (催办) it with a note the owner sees. New complaints are accepted here
or from a customer's 360 view (F7); the ledger (投诉台账) exports to Excel for a period.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import DocumentType, Severity
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.services.complaints.dto import (
    ComplaintRow,
    ComplaintScope,
    LedgerExport,
    OverdueMilestone,
)
from counter_app.views import dialogs
from counter_app.views.complaints.detail_view import ComplaintDetailView
from counter_app.views.complaints.intake_dialog import ComplaintIntakeDialog
from counter_app.views.complaints.step_dialog import STAY, ComplaintStepDialog
from counter_app.views.errors import error_message
from counter_app.views.labels import (
    complaint_category_label,
    complaint_scope_label,
    complaint_status_label,
    milestone_label,
    severity_label,
)
from counter_app.views.printing import PrintStep
from counter_app.views.reports.export_runner import ExportOutcome, ExportRunner, ExportState
from counter_app.views.requests.common import print_documents
from counter_app.views.table_models import WARNING_RED, Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, datetime_text, hall_today
from counter_app.views.widgets import (
    ALERT_STYLE,
    action_button,
    back_on_escape,
    fit_placeholder,
    wrapping_label,
)

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.auth import AuthService
    from counter_app.services.complaints.service import ComplaintService
    from counter_app.services.customers import CustomerService
    from counter_app.views.printing import DocumentPrinter

LIST_PAGE, DETAIL_PAGE = 0, 1
SCOPES = (
    ComplaintScope.MINE,
    ComplaintScope.OPEN,
    ComplaintScope.DUE_TODAY,
    ComplaintScope.OVERDUE,
    ComplaintScope.APPEAL,
    ComplaintScope.CLOSED,
    ComplaintScope.ALL,
)


def _red_when_late(row: ComplaintRow) -> QColor | None:
    return WARNING_RED if row.overdue or row.due_today else None


class ComplaintsPage(QWidget):
    """The hall's complaints: list, lookup, intake, detail, the manager's overdue view.

    Args:
        complaints: Every complaint service call.
        customers: The customer search the intake finds accounts with.
        auth: The manager's approval of an extension.
        printer: Prints the 投诉受理单.
        clock: Today, for the ledger period.
    """

    def __init__(
        self,
        complaints: ComplaintService,
        customers: CustomerService,
        auth: AuthService,
        printer: DocumentPrinter,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self._customers = customers
        self._clock = clock
        self._print = PrintStep(printer, complaints)
        self.scope = ComplaintScope.OPEN
        self.looked_up: str | None = None  # the lookup text the list shows, if any
        self.intake_dialog: ComplaintIntakeDialog | None = None
        self.step_dialog: ComplaintStepDialog | None = None
        self.last_intake_text = ""
        self.setObjectName("complaintsPage")
        actor = complaints.actor
        self._manager = actor.can(Permission.COMPLAINT_MANAGE)

        self.lookup_box = QLineEdit()
        self.lookup_box.setObjectName("complaintLookup")
        self.lookup_box.setPlaceholderText(self.tr("Tracking no. or the customer's phone"))
        self.lookup_box.setClearButtonEnabled(True)
        self.lookup_box.setMaxLength(40)
        fit_placeholder(self.lookup_box)
        self.lookup_box.returnPressed.connect(self.lookup)
        self.lookup_button = action_button(self.tr("Find"), "complaintFind", self.lookup)
        self.new_button = QPushButton(self.tr("New complaint (Ctrl+N)"))
        self.new_button.setObjectName("newComplaint")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.new_button.setEnabled(actor.can(Permission.COMPLAINT_ACCEPT))
        self.ledger_button = action_button(
            self.tr("Export ledger…"), "exportComplaintLedger", self.export_ledger
        )
        self.ledger_button.setVisible(actor.can(Permission.REPORT_EXPORT))
        self.ledger_runner = ExportRunner(self)
        self.ledger_runner.finished.connect(self._ledger_done)
        top = QHBoxLayout()
        top.addWidget(self.lookup_box, 1)
        top.addWidget(self.lookup_button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.ledger_button)

        self.chase_notice = wrapping_label()
        self.chase_notice.setObjectName("chaseNotice")
        self.chase_notice.setStyleSheet(ALERT_STYLE)
        self.open_chased_button = action_button(self.tr("Open it"), "openChased", self.open_chased)
        self.chased_id: int | None = None  # the complaint of the latest unread chase note
        self.chase_row = QWidget()
        chase_layout = QHBoxLayout(self.chase_row)
        chase_layout.setContentsMargins(0, 0, 0, 0)
        chase_layout.addWidget(self.chase_notice, 1)
        chase_layout.addWidget(self.open_chased_button)
        self.chase_row.setVisible(False)
        self.status = wrapping_label()
        self.status.setObjectName("complaintStatus")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaintListTabs")
        self.tabs.addTab(self._build_list(), self.tr("Complaints"))
        if self._manager:
            self.tabs.addTab(self._build_overdue(), self.tr("Overdue milestones (hall)"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.detail = ComplaintDetailView(complaints, auth, printer, clock)
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(lambda _id: self.refresh_lists())
        self.stack = QStackedWidget()
        self.stack.setObjectName("complaintStack")
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.detail)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chase_row)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.set_scope(ComplaintScope.MINE if not self._manager else ComplaintScope.OPEN)

    # ------------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        tab = QWidget()
        self.scope_buttons = QButtonGroup(self)
        self.scope_buttons.setExclusive(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        for scope in SCOPES:
            button = QPushButton(complaint_scope_label(scope))
            button.setObjectName(f"scope_{scope.value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=scope: self.set_scope(s))
            self.scope_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.refresh_button = action_button(
            self.tr("Refresh (F9)"), "refreshComplaints", self.refresh_lists
        )
        self.refresh_button.setShortcut(QKeySequence("F9"))
        row.addWidget(self.refresh_button)

        self.model: DtoTableModel[ComplaintRow] = DtoTableModel(
            [
                # The number carries the day received; the time is its tooltip.
                Column(
                    self.tr("Tracking no."),
                    lambda r: r.number,
                    tooltip=lambda r: self.tr("Received {time}").format(
                        time=datetime_text(r.received_at)
                    ),
                ),
                self._severity_column(),
                Column(self.tr("Complainant"), lambda r: r.complainant_name),
                Column(self.tr("Category"), lambda r: complaint_category_label(r.category)),
                Column(self.tr("Status"), lambda r: complaint_status_label(r.status)),
                Column(self.tr("Next step"), self.next_step_text, foreground=_red_when_late),
                Column(
                    self.tr("Next deadline"),
                    self.deadline_text,
                    foreground=_red_when_late,
                ),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Flags"), self.flags_text, tooltip=self.flags_text),
            ],
            parent=self,
        )
        self.table = table_view("complaintList", self.model, stretch=(8,))
        self.table.activated.connect(self._row_activated)
        self.open_button = action_button(
            self.tr("Open (Enter)"), "openComplaint", self.open_selected
        )
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return tab

    def _build_overdue(self) -> QWidget:
        tab = QWidget()
        self.overdue_model: DtoTableModel[OverdueMilestone] = DtoTableModel(
            [
                Column(self.tr("Tracking no."), lambda o: o.number),
                self._severity_column(),
                Column(self.tr("Complainant"), lambda o: o.complainant_name),
                Column(self.tr("Category"), lambda o: complaint_category_label(o.category)),
                Column(self.tr("Milestone"), lambda o: milestone_label(o.kind)),
                Column(self.tr("Was due"), lambda o: o.due_at, foreground=lambda o: WARNING_RED),
                Column(self.tr("Owner"), lambda o: o.owner_name),
                Column(self.tr("Chased"), lambda o: o.chases or "", Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Last chased"), lambda o: o.last_chased_at),
                Column(self.tr("Appeal"), lambda o: self.tr("Appeal") if o.is_appeal else ""),
            ],
            parent=self,
        )
        self.overdue_table = table_view("overdueMilestones", self.overdue_model)
        self.overdue_table.activated.connect(lambda _index: self.open_overdue())
        self.chase_button = action_button(self.tr("Chase…"), "chaseOverdue", self.chase_overdue)
        self.open_overdue_button = action_button(
            self.tr("Open complaint"), "openOverdue", self.open_overdue
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_overdue_button)
        buttons.addWidget(self.chase_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overdue_table, 1)
        layout.addLayout(buttons)
        return tab

    # ------------------------------------------------------------------ cells

    def _severity_column(self) -> Column[Any]:
        """Severity, an emergency in red: the same in the list and the overdue view."""
        return Column(
            self.tr("Severity"),
            lambda row: severity_label(row.severity),
            foreground=lambda row: WARNING_RED if row.severity is Severity.EMERGENCY else None,
        )

    def next_step_text(self, row: ComplaintRow) -> str:
        if row.next_kind is not None:
            return milestone_label(row.next_kind)
        if row.external:
            return self.tr("Outside channel's reply")
        return ""

    def deadline_text(self, row: ComplaintRow) -> str:
        if row.next_due_at is None:
            return ""
        text = datetime_text(row.next_due_at)
        if row.overdue:
            return self.tr("{time} overdue").format(time=text)
        if row.due_today:
            return self.tr("{time} due today").format(time=text)
        return text

    def flags_text(self, row: ComplaintRow) -> str:
        parts = []
        if row.is_repeat:
            parts.append(self.tr("Repeat"))
        if row.is_appeal:
            parts.append(self.tr("Appeal"))
        if row.unseen_chases:
            parts.append(self.tr("New chase notes: {n}").format(n=row.unseen_chases))
        return ", ".join(parts)

    # ------------------------------------------------------------------ lists

    def set_scope(self, scope: ComplaintScope) -> None:
        """Show one of the lists (mine, open, overdue, ...); ends a lookup."""
        self.scope = scope
        self.looked_up = None
        for button in self.scope_buttons.buttons():
            button.setChecked(button.objectName() == f"scope_{scope.value}")
        self.load_list()

    def load_list(self) -> bool:
        try:
            found = self._complaints.list(self.scope)
        except CounterError as exc:
            self.model.set_rows(())
            self._set_status(error_message(exc), error=True)
            return False
        self.model.set_rows(found.rows)
        if found.more:
            text = self.tr("Only the most urgent are shown ({n}); more match.").format(
                n=len(found.rows)
            )
        elif not found.rows:
            text = self.tr("No complaints in this list.")
        else:
            text = self.tr("Complaints shown: {n}").format(n=len(found.rows))
        self._set_status(text)
        if found.rows:
            self.table.selectRow(0)
        return True

    def lookup(self) -> bool:
        """Find complaints by tracking number or phone (the customer at the counter asks)."""
        text = self.lookup_box.text().strip()
        if not text:
            self.set_scope(self.scope)
            return False
        try:
            rows = self._complaints.lookup(text)
        except CounterError as exc:
            self._set_status(error_message(exc), error=True)
            return False
        self.looked_up = text
        for button in self.scope_buttons.buttons():
            button.setChecked(False)
        self.show_list()
        self.tabs.setCurrentIndex(0)
        self.model.set_rows(rows)
        if not rows:
            self._set_status(
                self.tr("No complaint matches “{text}”.").format(text=text), error=True
            )
            return False
        self._set_status(
            self.tr("Complaints matching “{text}”: {n}").format(n=len(rows), text=text)
        )
        self.table.selectRow(0)
        if len(rows) == 1:
            self.open_complaint(rows[0].complaint_id)
        return True

    def load_overdue(self) -> bool:
        if not self._manager:
            return False
        try:
            rows = self._complaints.overdue()
        except CounterError as exc:
            self._set_status(error_message(exc), error=True)
            return False
        self.overdue_model.set_rows(rows)
        self._set_status(self.tr("Overdue milestones in the hall: {n}").format(n=len(rows)))
        if rows:
            self.overdue_table.selectRow(0)
        return True

    def load_chases(self) -> None:
        """Tell the owner about chase notes they have not read yet."""
        try:
            chases = self._complaints.my_chases()
        except CounterError:
            chases = ()
        unseen = [c for c in chases if c.seen_at is None]
        self.chase_row.setVisible(bool(unseen))
        if not unseen:
            self.chased_id = None
            return
        latest = unseen[0]
        self.chased_id = latest.complaint_id
        self.chase_notice.setText(
            self.tr("Chase notes for you: {n}. Latest, on {number} from {name}: {note}").format(
                n=len(unseen), number=latest.complaint_number, name=latest.by_name, note=latest.note
            )
        )

    def open_chased(self) -> bool:
        """Open the complaint of the latest chase note (reading it marks the notes seen)."""
        return self.chased_id is not None and self.open_complaint(self.chased_id)

    def refresh_lists(self) -> None:
        """Load what is shown again (after a step, or F5)."""
        if self.looked_up is not None:
            self.lookup_box.setText(self.looked_up)
            rows = self._safe_lookup(self.looked_up)
            self.model.set_rows(rows)
        else:
            self.load_list()
        if self._manager:
            self.load_overdue()
        self.load_chases()

    def _safe_lookup(self, text: str) -> tuple[ComplaintRow, ...]:
        try:
            return self._complaints.lookup(text)
        except CounterError:
            return ()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.load_overdue()
        else:
            self.load_list()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ALERT_STYLE if error else "color: #444;")

    # ------------------------------------------------------------------ opening

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_complaint(row.complaint_id)

    def selected(self) -> ComplaintRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def open_selected(self) -> bool:
        row = self.selected()
        return row is not None and self.open_complaint(row.complaint_id)

    def open_complaint(self, complaint_id: int) -> bool:
        """Show one complaint's detail."""
        if not self.detail.show_complaint(complaint_id):
            self._set_status(self.detail.message.text(), error=True)
            return False
        self.stack.setCurrentIndex(DETAIL_PAGE)
        self.status.setVisible(False)
        self.load_chases()
        return True

    def open_number(self, number: str) -> bool:
        """Show the complaint with this tracking number (an alert's "Open")."""
        try:
            detail = self._complaints.find(number)
        except CounterError as exc:
            self._set_status(error_message(exc), error=True)
            return False
        return self.open_complaint(detail.row.complaint_id)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST_PAGE)
        self.status.setVisible(True)

    def showing_detail(self) -> bool:
        return self.stack.currentIndex() == DETAIL_PAGE

    def _selected_overdue(self) -> OverdueMilestone | None:
        rows = self.overdue_table.selectionModel().selectedRows()
        return self.overdue_model.row_at(rows[0]) if rows else None

    def open_overdue(self) -> bool:
        line = self._selected_overdue()
        return line is not None and self.open_complaint(line.complaint_id)

    def chase_overdue(self) -> ComplaintStepDialog | None:
        """催办 the selected overdue milestone with a note for its owner."""
        line = self._selected_overdue()
        if line is None:
            return None
        dialog = ComplaintStepDialog(
            self.tr("Chase - {number}").format(number=line.number),
            self.tr("“{milestone}” was due {time}. {owner} sees this note.").format(
                milestone=milestone_label(line.kind),
                time=datetime_text(line.due_at),
                owner=line.owner_name,
            ),
            self.tr("Send"),
            lambda d: self._complaints.chase(line.complaint_id, line.kind, d.text("note")),
            self,
        )
        dialog.add_note("note", self.tr("Note:"))
        dialog.accepted.connect(self.refresh_lists)
        dialog.finished.connect(lambda _result: setattr(self, "step_dialog", None))
        self.step_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ intake

    def new_complaint(
        self, customer_id: int | None = None, account_id: int | None = None
    ) -> ComplaintIntakeDialog:
        """Open the intake form (window-modal); from the 360 view with the customer's data."""
        dialog = ComplaintIntakeDialog(
            self._complaints,
            self._customers,
            self._clock,
            self,
            customer_id=customer_id,
            account_id=account_id,
        )
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "intake_dialog", None))
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _accepted(self, dialog: ComplaintIntakeDialog) -> None:
        accepted = dialog.accepted_complaint
        if accepted is None:
            return
        number = accepted.detail.row.number
        lines = [self.tr("Complaint accepted. Tracking number: {number}").format(number=number)]
        lines += print_documents(self._print, [(DocumentType.COMPLAINT_SLIP, accepted.slip)])
        if accepted.alerted:
            lines.append(self.tr("The hall manager has been alerted."))
        if accepted.repair_request_number:
            lines.append(
                self.tr("Emergency repair request {number} opened.").format(
                    number=accepted.repair_request_number
                )
            )
        self.last_intake_text = "\n".join(lines)
        self.refresh_lists()
        self.open_complaint(accepted.detail.row.complaint_id)
        self.detail.show_notice(self.last_intake_text)

    # ------------------------------------------------------------------ ledger

    def export_ledger(self) -> ComplaintStepDialog:
        """Ask for the period, then where to save the 投诉台账, and write it."""
        today = hall_today(self._clock)
        dialog = ComplaintStepDialog(
            self.tr("Complaint ledger"),
            self.tr("Every complaint received in the period, with a summary by category."),
            self.tr("Export…"),
            self._write_ledger,
            self,
        )
        dialog.add_date("start", self.tr("From:"), today.replace(day=1))
        dialog.add_date("end", self.tr("To:"), today)
        dialog.finished.connect(lambda _result: setattr(self, "step_dialog", None))
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _write_ledger(self, d: ComplaintStepDialog) -> object:
        start, end = d.date("start"), d.date("end")
        target = dialogs.ask_workbook_path(
            d,
            self.tr("Save the complaint ledger"),
            Path.home() / f"complaint-ledger-{date_text(start)}-{date_text(end)}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return STAY
        # Off the GUI thread, with the progress dialog every export has.
        self.ledger_runner.start(
            self.tr("Writing the complaint ledger…"),
            lambda _progress, _cancelled: self._complaints.export_ledger(target, start, end),
            [target],
        )
        return target

    def _ledger_done(self, outcome: ExportOutcome) -> None:
        if outcome.state is ExportState.DONE and isinstance(outcome.result, LedgerExport):
            self._set_status(
                self.tr("Ledger saved to {path} (complaints: {n}).").format(
                    n=outcome.result.complaints, path=outcome.result.path
                )
            )
        elif outcome.state is ExportState.FAILED and isinstance(outcome.error, CounterError):
            self._set_status(error_message(outcome.error), error=True)
        elif outcome.state is ExportState.FAILED:
            self._set_status(
                self.tr("The ledger could not be written: {reason}").format(reason=outcome.error),
                error=True,
            )
        else:
            self._set_status(self.tr("The ledger export was cancelled; no file was kept."))

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not back_on_escape(event, self.showing_detail(), self.show_list):
            super().keyPressEvent(event)
