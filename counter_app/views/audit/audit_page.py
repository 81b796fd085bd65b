"""The auditor's desk (稽核): verify a scanned receipt, review prints and approvals, check the
audit trail.

Everything here reads; nothing an auditor does on this page changes the books. A receipt's QR
code is scanned into the first tab (a scanner types like a keyboard and ends with Enter) and
the answer says whether the receipt is genuine, and whether it still stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import Clock
from counter_app.domain.enums import DocumentType
from counter_app.domain.errors import CounterError
from counter_app.domain.money import format_yuan
from counter_app.domain.receipt_numbers import receipt_number_in
from counter_app.files import atomic_write
from counter_app.reports.tables import Table, table_workbook
from counter_app.services.audit_review_dto import (
    ROW_LIMIT,
    ApprovalEntry,
    Listing,
    RegisterEntry,
)
from counter_app.services.payments.dto import ReceiptVerification, VerificationStatus
from counter_app.views.dialogs import ask_workbook_path
from counter_app.views.errors import error_message
from counter_app.views.labels import document_type_label, print_layout_label
from counter_app.views.table_models import RIGHT, Column, DtoTableModel, table_view
from counter_app.views.timefmt import date_text, datetime_text, from_qdate, hall_today, qdate
from counter_app.views.widgets import AMBER, GREEN, RED

if TYPE_CHECKING:
    from counter_app.services.audit_review import AuditReviewService
    from counter_app.services.payments.verification import ReceiptVerifier

T = TypeVar("T")


class _Period(QWidget):
    """From / to dates and a 查询 button."""

    def __init__(self, today: date, show_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = QDateEdit(qdate(today))
        self.end = QDateEdit(qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(qdate(today))
        self.show_button = QPushButton(show_label)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(QLabel(self.tr("From")))
        self.row.addWidget(self.start)
        self.row.addWidget(QLabel(self.tr("to")))
        self.row.addWidget(self.end)

    def finish(self) -> None:
        self.row.addWidget(self.show_button)
        self.row.addStretch(1)

    def dates(self) -> tuple[date, date]:
        return from_qdate(self.start.date()), from_qdate(self.end.date())


def _listing_tab(
    name: str, period: _Period, model: DtoTableModel[Any]
) -> tuple[QWidget, QTableView, QLabel]:
    """A review tab: the period row, the table (``<name>Table``), the status (``<name>Status``)."""
    tab = QWidget()
    view = table_view(f"{name}Table", model)
    status = QLabel()
    status.setObjectName(f"{name}Status")
    layout = QVBoxLayout(tab)
    layout.addWidget(period)
    layout.addWidget(view, 1)
    layout.addWidget(status)
    return tab, view, status


class AuditPage(QWidget):
    """Verify receipts, review the print register and approvals, check the audit trail.

    Args:
        review: the register, approvals and chain check (auditor's permission).
        payments: verifies scanned receipt QR codes.
        clock: today, for the default period.
    """

    def __init__(
        self,
        review: AuditReviewService,
        verifier: ReceiptVerifier,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._review = review
        self._verifier = verifier
        self._clock = clock
        today = hall_today(clock)
        self.last_verification: ReceiptVerification | None = None
        self.setObjectName("auditPage")

        self.chain_button = QPushButton(self.tr("Check the audit trail"))
        self.chain_button.setObjectName("checkAuditTrail")
        self.chain_button.clicked.connect(self.check_chain)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("auditTrailResult")
        self.chain_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.chain_button)
        top.addWidget(self.chain_label, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("auditTabs")
        self.tabs.addTab(self._build_verify_tab(), self.tr("Verify receipt"))
        self.tabs.addTab(self._build_register_tab(today), self.tr("Print register"))
        self.tabs.addTab(self._build_approvals_tab(today), self.tr("Approvals"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # ================================================================== verify a receipt

    def _build_verify_tab(self) -> QWidget:
        tab = QWidget()
        self.qr_input = QLineEdit()
        self.qr_input.setObjectName("receiptCode")
        self.qr_input.setPlaceholderText(
            self.tr("Scan the receipt's QR code or barcode, or type its number")
        )
        self.qr_input.returnPressed.connect(self.verify)
        verify = QPushButton(self.tr("Verify"))
        verify.setAutoDefault(False)
        verify.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.qr_input, 1)
        row.addWidget(verify)

        self.verdict = QLabel()
        self.verdict.setObjectName("receiptVerdict")
        self.verdict.setWordWrap(True)
        font = QFont(self.verdict.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.verdict.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("receiptDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)
        return tab

    def verify(self) -> None:
        """Check the scanned code and say plainly whether the receipt can be trusted.

        The QR code is signed, so it proves what the paper says; a receipt number (what the
        barcode holds, or typed) only proves that the receipt exists and whether it is in
        force, and the verdict says so.
        """
        payload = self.qr_input.text().strip()
        if not payload:
            return
        by_number = receipt_number_in(payload) is not None
        try:
            found = (
                self._verifier.verify_receipt_number(payload)
                if by_number
                else self._verifier.verify_receipt(payload)
            )
        except CounterError as exc:
            self._show_verdict(error_message(exc), RED, "")
            return
        self.last_verification = found
        if by_number:
            self._show_number_verdict(found)
            self.qr_input.selectAll()
            return
        verdicts = {
            VerificationStatus.VALID: (
                self.tr("Genuine receipt, in force."),
                GREEN,
            ),
            VerificationStatus.VOIDED: (
                self.tr("Genuine receipt, but VOIDED since: the money was given back."),
                AMBER,
            ),
            VerificationStatus.REFUNDED: (
                self.tr("Genuine receipt, but REFUNDED since with receipt {number}.").format(
                    number=found.refund_receipt_no or ""
                ),
                AMBER,
            ),
            VerificationStatus.MALFORMED: (
                self.tr("Not a receipt code of this system."),
                RED,
            ),
            VerificationStatus.BAD_SIGNATURE: (
                self.tr("NOT GENUINE: the code's signature does not match. Forged or altered."),
                RED,
            ),
            VerificationStatus.NOT_FOUND: (
                self.tr("NOT GENUINE: no payment with this receipt number exists."),
                RED,
            ),
            VerificationStatus.MISMATCH: (
                self.tr(
                    "NOT GENUINE: the code does not match the stored payment "
                    "(amount, account or time differ)."
                ),
                RED,
            ),
        }
        text, colour = verdicts[found.status]
        lines = self._stored_lines(found)
        if found.status is VerificationStatus.MISMATCH:
            lines.append(self.tr("Compare the printed receipt with the stored values above."))
        self._show_verdict(text, colour, "\n".join(lines))
        self.qr_input.selectAll()

    def _stored_lines(self, found: ReceiptVerification) -> list[str]:
        """The stored payment, for comparing with the paper."""
        lines = []
        if found.receipt_no:
            lines.append(self.tr("Receipt number: {number}").format(number=found.receipt_no))
        if found.amount is not None:
            lines.append(
                self.tr("Amount as stored: {amount}").format(amount=format_yuan(found.amount))
            )
        if found.account_number:
            lines.append(self.tr("Account: {number}").format(number=found.account_number))
        if found.paid_at is not None:
            lines.append(
                self.tr("Paid at {time} in hall {hall}, clerk {clerk}").format(
                    time=datetime_text(found.paid_at, seconds=True),
                    hall=found.hall_code or "",
                    clerk=found.clerk_employee_no or "",
                )
            )
        return lines

    def _show_number_verdict(self, found: ReceiptVerification) -> None:
        number = found.receipt_no or ""
        verdicts = {
            VerificationStatus.VALID: (
                self.tr("Receipt {number} exists and is in force.").format(number=number),
                GREEN,
            ),
            VerificationStatus.VOIDED: (
                self.tr(
                    "Receipt {number} exists, but was VOIDED since: the money was given back."
                ).format(number=number),
                AMBER,
            ),
            VerificationStatus.REFUNDED: (
                self.tr(
                    "Receipt {number} exists, but was REFUNDED since with receipt {refund}."
                ).format(number=number, refund=found.refund_receipt_no or ""),
                AMBER,
            ),
            VerificationStatus.NOT_FOUND: (
                self.tr("NOT GENUINE: no payment with this receipt number exists."),
                RED,
            ),
        }
        text, colour = verdicts.get(
            found.status, (self.tr("Not a receipt code of this system."), RED)
        )
        lines = self._stored_lines(found)
        if found.status is not VerificationStatus.NOT_FOUND:
            lines.append(
                self.tr(
                    "Checked by number only: this proves the receipt exists and whether it is "
                    "in force, not what the paper says. Compare the amount, account and time "
                    "printed on it with the stored values above, or scan its QR code."
                )
            )
        self._show_verdict(text, colour, "\n".join(lines))

    def _show_verdict(self, text: str, colour: str, details: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour};")
        self.details.setText(details)

    # ================================================================== print register

    def _doc_type_names(self) -> dict[DocumentType, str]:
        return {kind: document_type_label(kind) for kind in DocumentType}

    def _build_register_tab(self, today: date) -> QWidget:
        names = self._doc_type_names()
        self.register_period = _Period(today, self.tr("Show"))
        self.register_period.show_button.setObjectName("showRegister")
        self.register_period.show_button.clicked.connect(self.load_register)
        self.doc_type = QComboBox()
        self.doc_type.setObjectName("registerDocType")
        self.doc_type.addItem(self.tr("All documents"), None)
        for kind, name in names.items():
            self.doc_type.addItem(name, kind.value)
        self.register_period.row.addWidget(self.doc_type)
        self.register_period.finish()
        self.export_register_button = self._export_button(
            self.register_period, "exportRegister", self.export_register
        )

        red = QColor(RED)
        self.register_model: DtoTableModel[RegisterEntry] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda e: datetime_text(e.printed_at, seconds=True)),
                Column(self.tr("Document"), lambda e: names.get(e.doc_type, e.doc_type.value)),
                Column(self.tr("Number"), lambda e: e.doc_number),
                Column(
                    self.tr("Copy"),
                    lambda e: (
                        self.tr("Original")
                        if e.reprint_no == 0
                        else self.tr("Reprint {n}").format(n=e.reprint_no)
                    ),
                    foreground=lambda e: red if e.reprint_no else None,
                ),
                Column(self.tr("Reason"), lambda e: e.reason, tooltip=lambda e: e.reason or None),
                Column(self.tr("By"), lambda e: f"{e.employee_no} {e.user_name}"),
                Column(
                    self.tr("Counter"),
                    lambda e: f"{e.hall_code}-{e.counter_number}" if e.counter_number else "",
                ),
                Column(
                    self.tr("Printed"),
                    lambda e: self.tr("yes") if e.printed else self.tr("waiting"),
                    foreground=lambda e: None if e.printed else red,
                ),
                Column(self.tr("Layout"), lambda e: print_layout_label(e.layout)),
                # The SHA-256 of the PDF: a few characters tell copies apart at a glance, the
                # whole value (in the tooltip) matches a PDF copy exactly.
                Column(
                    self.tr("PDF fingerprint"),
                    lambda e: e.content_hash[:8] + "…",
                    tooltip=lambda e: self.tr("SHA-256 of the printed PDF: {hash}").format(
                        hash=e.content_hash
                    ),
                ),
            ]
        )
        tab, self.register_view, self.register_status = _listing_tab(
            "register", self.register_period, self.register_model
        )
        return tab

    def load_register(self) -> bool:
        start, end = self.register_period.dates()
        raw = self.doc_type.currentData()
        kind = DocumentType(raw) if raw else None

        def summary(rows: tuple[RegisterEntry, ...]) -> str:
            reprints = sum(1 for e in rows if e.reprint_no)
            waiting = sum(1 for e in rows if not e.printed)
            # Every entry is a copy registered; some never came out of a printer (yet). The
            # counts add up: originals + reprints, and the unprinted among them.
            return self.tr(
                "Copies registered: {n} (originals {originals}, reprints {reprints}); "
                "of these not printed yet: {waiting}."
            ).format(
                n=len(rows),
                originals=len(rows) - reprints,
                reprints=reprints,
                waiting=waiting,
            )

        return self._show_listing(
            lambda: self._review.print_register(start, end, kind),
            self.register_model,
            self.register_status,
            summary,
        )

    # ================================================================== approvals

    def _build_approvals_tab(self, today: date) -> QWidget:
        actions = {
            "void": self.tr("Void"),
            "refund": self.tr("Refund"),
            "waive_late_fee": self.tr("Late fee waiver"),
            "large_cash": self.tr("Large cash payment"),
            "arrears_override": self.tr("Account despite arrears"),
        }
        self.approvals_period = _Period(today, self.tr("Show"))
        self.approvals_period.show_button.setObjectName("showApprovals")
        self.approvals_period.show_button.clicked.connect(self.load_approvals)
        self.approvals_period.finish()
        self.export_approvals_button = self._export_button(
            self.approvals_period, "exportApprovals", self.export_approvals
        )
        self.approvals_model: DtoTableModel[ApprovalEntry] = DtoTableModel(
            [
                Column(self.tr("Time"), lambda a: datetime_text(a.at, seconds=True)),
                Column(self.tr("Approved"), lambda a: actions.get(a.action, a.action)),
                Column(self.tr("Subject"), lambda a: a.subject),
                Column(self.tr("Reason"), lambda a: a.reason, tooltip=lambda a: a.reason),
                Column(self.tr("Asked by"), lambda a: f"{a.requested_by} {a.requested_by_name}"),
                Column(self.tr("Approved by"), lambda a: f"{a.approved_by} {a.approved_by_name}"),
                Column(
                    self.tr("Counter"),
                    lambda a: f"{a.hall_code}-{a.counter_number}" if a.counter_number else "",
                    RIGHT,
                ),
            ]
        )
        tab, self.approvals_view, self.approvals_status = _listing_tab(
            "approvals", self.approvals_period, self.approvals_model
        )
        return tab

    def load_approvals(self) -> bool:
        start, end = self.approvals_period.dates()
        return self._show_listing(
            lambda: self._review.approvals(start, end),
            self.approvals_model,
            self.approvals_status,
            lambda rows: self.tr("{n} approvals.").format(n=len(rows)),
        )

    # ================================================================== both listings

    def _export_button(
        self, period: _Period, name: str, export: Callable[[], object]
    ) -> QPushButton:
        """The 导出 button at the end of a listing's period row."""
        button = QPushButton(self.tr("Export to Excel…"))
        button.setObjectName(name)
        button.clicked.connect(export)
        period.row.addWidget(button)
        return button

    def _show_listing(
        self,
        fetch: Callable[[], Listing[T]],
        model: DtoTableModel[T],
        status: QLabel,
        summary: Callable[[tuple[T, ...]], str],
    ) -> bool:
        """Query a listing into its table and say what it holds; False when the query failed."""
        try:
            listing = fetch()
        except CounterError as exc:
            status.setText(error_message(exc))
            return False
        model.set_rows(listing.rows)
        text = summary(listing.rows)
        if listing.truncated:
            text += " " + self._truncated_note()
        status.setText(text)
        return True

    # ================================================================== export

    def export_register(self) -> Path | None:
        return self._export(
            self.load_register,
            self.register_model,
            self.tr("Print register"),
            self.register_period,
            self.register_status,
        )

    def export_approvals(self) -> Path | None:
        return self._export(
            self.load_approvals,
            self.approvals_model,
            self.tr("Approvals"),
            self.approvals_period,
            self.approvals_status,
        )

    def _export(
        self,
        load: Callable[[], bool],
        model: DtoTableModel[Any],
        title: str,
        period: _Period,
        status: QLabel,
    ) -> Path | None:
        """Query the chosen period again (``load``) and save exactly what the table then shows."""
        if not load():
            return None
        start, end = period.dates()
        suggested = Path.home() / f"{title}_{date_text(start)}_{date_text(end)}.xlsx"
        target = ask_workbook_path(
            self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if target is None:
            return None
        table = Table(
            title=title,
            subtitle=self.tr("{start} to {end}; exported {time} by {employee}").format(
                start=date_text(start),
                end=date_text(end),
                time=datetime_text(self._clock.now()),
                employee=self._review.actor.employee_no,
            ),
            headers=[column.header for column in model.columns],
            rows=[[column.text(row) for column in model.columns] for row in model.rows],
            footer=self.tr("{n} rows").format(n=len(model.rows)),
        )
        try:
            atomic_write(target, table_workbook(table))
        except OSError as exc:
            status.setText(
                self.tr("The workbook could not be saved: {error}").format(error=exc.strerror)
            )
            return None
        status.setText(status.text() + " " + self.tr("Saved to {path}.").format(path=target))
        return target

    def _truncated_note(self) -> str:
        return self.tr("Only the newest {limit} are shown: choose a shorter period.").format(
            limit=ROW_LIMIT
        )

    # ================================================================== the audit trail

    def check_chain(self) -> None:
        """Walk the whole hash chain; name the first entry that was altered or removed."""
        try:
            check = self._review.verify_audit_trail()
        except CounterError as exc:
            self.chain_label.setText(error_message(exc))
            self.chain_label.setStyleSheet(f"color: {RED};")
            return
        if check.ok:
            self.chain_label.setText(
                self.tr("Audit trail intact: {n} entries, every link checked.").format(
                    n=check.entries
                )
            )
            self.chain_label.setStyleSheet(f"color: {GREEN};")
        else:
            self.chain_label.setText(
                self.tr(
                    "AUDIT TRAIL BROKEN at entry {id}: it or the one before it was changed "
                    "or removed. Report this to the administrator."
                ).format(id=check.first_broken_id)
            )
            self.chain_label.setStyleSheet(f"color: {RED}; font-weight: bold;")


__all__ = ["AuditPage"]
