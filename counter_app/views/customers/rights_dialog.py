"""A customer's rights over their data, from the 360 view (docs/domain.md §11): a copy of
everything held about them (PDF and JSON into a folder the manager chooses, printed too if
wanted), and the erasure of their personal data at their request. Managers only; both ask for
the customer's request as the reason, which the audit trail keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.services.customer_rights_dto import (
    RIGHTS_REASON_MAX_LENGTH,
    DeletionDone,
    ExportFiles,
)
from counter_app.views import msgbox
from counter_app.views.background import Loads
from counter_app.views.dialogs import KeepsTypedWork, message_line
from counter_app.views.errors import error_message
from counter_app.views.printing import DocumentPrinter, PrintStep
from counter_app.views.requests.common import submit_buttons
from counter_app.views.widgets import AMBER, ERROR_STYLE, action_button, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.customer_rights import CustomerRightsService

T = TypeVar("T")

NOTICE_STYLE = f"color: {AMBER};"


def _reason_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(RIGHTS_REASON_MAX_LENGTH)
    return field


def _wrapped(text: str, name: str = "", style: str = "") -> QLabel:
    label = wrapping_label(text)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


def _fit_height(dialog: QDialog) -> None:
    """Give wrapped text the lines it needs at the dialog's narrowest (a top-level window is
    not sized by height-for-width by itself, and would cut the explanation short)."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        dialog.setMinimumHeight(layout.totalHeightForWidth(dialog.minimumWidth()))


class _RightsForm(KeepsTypedWork, QDialog):
    """What both forms share: the customer's request as the reason, the service call off the
    GUI thread with the button waiting for it, and a refusal shown under the form."""

    reason: QLineEdit
    error: QLabel
    ok: QPushButton
    loads: Loads

    def _typed_reason(self) -> str | None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            self.error.setText(
                QCoreApplication.translate("RightsDialogs", "Please record the customer's request.")
            )
            return None
        return reason

    def _run(self, kind: str, call: Callable[[], T], done: Callable[[T], None]) -> None:
        self.error.clear()
        self.ok.setEnabled(False)
        self.loads.run(kind, call, done, self._refused, retry=False)

    def _refused(self, exc: CounterError) -> None:
        self.ok.setEnabled(True)
        self.error.setText(error_message(exc))


class ExportDataDialog(_RightsForm):
    """Make the copy of a customer's data (个人信息副本): the reason, the folder, print or not.

    Args:
        rights: The manager's rights service.
        printer: Prints the PDF when asked (through the print step).
        customer_id: The customer.
        name: Their name as the 360 view shows it (for the title).
        folder: Where the files go unless the manager chooses another folder.
    """

    def __init__(
        self,
        rights: CustomerRightsService,
        printer: DocumentPrinter,
        customer_id: int,
        name: str,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rights = rights
        self._printer = printer
        self._customer_id = customer_id
        self.files: ExportFiles | None = None
        self.loads = Loads(self)
        self.setObjectName("exportDataDialog")
        self.setWindowTitle(self.tr("Copy of personal data: {name}").format(name=name))
        self.setMinimumWidth(520)
        notice = _wrapped(
            self.tr(
                "The copy holds the customer's ID number and phone in full. Hand it only to the "
                "customer themselves, after checking their ID document."
            ),
            "exportNotice",
            NOTICE_STYLE,
        )
        self.reason = _reason_field("exportReason")
        self.reason.setPlaceholderText(self.tr("e.g. asked at the counter for their data"))
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("exportFolder")
        self.folder.setReadOnly(True)
        choose = action_button(self.tr("Choose…"), "exportChooseFolder", self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.print_copy = QCheckBox(self.tr("Also print the PDF for the customer"))
        self.print_copy.setObjectName("exportPrint")
        form = QFormLayout()
        form.addRow(self.tr("Customer's request:"), self.reason)
        form.addRow(self.tr("Save to folder:"), folder_row)
        form.addRow("", self.print_copy)
        self.error = message_line("exportError")
        buttons, self.ok = submit_buttons(self, self.tr("Make the copy"), "exportOk", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        _fit_height(self)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the copy"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def submit(self) -> bool:
        """Make the copy off the GUI thread; when it is written the dialog closes and says
        where the files are. Returns whether it was started (False: no reason given)."""
        reason = self._typed_reason()
        if reason is None:
            return False
        rights, customer_id, folder = self._rights, self._customer_id, self.folder.text()
        self._run("export", lambda: rights.export_files(customer_id, reason, folder), self._written)
        return True

    def _written(self, files: ExportFiles) -> None:
        self.files = files
        lines = [
            self.tr("The copy {number} was saved:").format(number=files.number),
            str(files.pdf_path),
            str(files.json_path),
        ]
        if self.print_copy.isChecked():
            outcome = PrintStep(self._printer, self._rights).send(files.issued)
            if not outcome.printed:
                lines.append(self.tr("It did not print; print the PDF from the folder."))
        self.accept()
        msgbox.information(self.parentWidget(), self.tr("Copy of personal data"), "\n".join(lines))


class EraseDataDialog(_RightsForm):
    """Erase a customer's personal data at their request, after saying what it does and why it
    may not be possible yet; asks once more before it is done.

    Args:
        rights: The manager's rights service.
        customer_id: The customer.
    """

    def __init__(
        self,
        rights: CustomerRightsService,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rights = rights
        self._customer_id = customer_id
        self.done_result: DeletionDone | None = None
        self.loads = Loads(self)
        check = rights.deletion_check(customer_id)
        self._name = check.name
        self.setObjectName("eraseDataDialog")
        self.setWindowTitle(self.tr("Erase personal data: {name}").format(name=check.name))
        self.setMinimumWidth(520)
        what = _wrapped(
            self.tr(
                "The name becomes “已注销客户” with the customer number; the ID number, phone, "
                "address, contact person and emergency contact are erased for good, also from "
                "complaints and requests that name the customer. Bills, payments, receipts and "
                "the audit trail are kept. This cannot be undone."
            ),
            "eraseExplanation",
        )
        self.blockers = _wrapped(
            "\n".join(f"• {error_message(b)}" for b in check.blockers),
            "eraseBlockers",
            ERROR_STYLE,
        )
        self.blockers.setVisible(not check.allowed)
        self.reason = _reason_field("eraseReason")
        self.reason.setPlaceholderText(self.tr("e.g. written request handed in at the counter"))
        self.reason.setEnabled(check.allowed)
        form = QFormLayout()
        form.addRow(self.tr("Customer's request:"), self.reason)
        self.error = message_line("eraseError")
        buttons, self.ok = submit_buttons(self, self.tr("Erase"), "eraseOk", self.submit)
        self.ok.setEnabled(check.allowed)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        if not check.allowed:
            layout.addWidget(
                _wrapped(self.tr("It cannot be done yet:"), "eraseNotYet", NOTICE_STYLE)
            )
        layout.addWidget(self.blockers)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        _fit_height(self)

    def submit(self) -> bool:
        reason = self._typed_reason()
        if reason is None:
            return False
        if not msgbox.question(
            self,
            self.tr("Erase personal data"),
            self.tr("Erase the personal data of {name} now? It cannot be brought back.").format(
                name=self._name
            ),
        ):
            return False
        rights, customer_id = self._rights, self._customer_id
        self._run("erase", lambda: rights.delete_on_request(customer_id, reason), self._erased)
        return True

    def _erased(self, done: DeletionDone) -> None:
        self.done_result = done
        self.accept()


class RightsButton(QPushButton):
    """The 360 view's "Personal data…" button: its menu makes the copy or erases the data.

    Args:
        rights: The manager's rights service.
        printer: Prints the copy when asked.
        current: The customer on screen: ``(customer_id, name)``, or None.
        changed: Called with the customer id after an erasure, to show the record again.
        folder: Where copies are saved unless the manager chooses another folder.
    """

    def __init__(
        self,
        rights: CustomerRightsService,
        printer: DocumentPrinter,
        current: Callable[[], tuple[int, str] | None],
        changed: Callable[[int], object],
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Personal data…"), parent)
        self.setObjectName("rightsButton")
        self.setAutoDefault(False)
        self._rights = rights
        self._printer = printer
        self._current = current
        self._changed = changed
        self._folder = folder or Path.home()
        self.dialog: QDialog | None = None
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Copy of personal data…"))
        self.export_action.setObjectName("rightsExport")
        self.export_action.triggered.connect(self.open_export)
        self.erase_action = menu.addAction(self.tr("Erase on request…"))
        self.erase_action.setObjectName("rightsErase")
        self.erase_action.triggered.connect(self.open_erase)
        self.setMenu(menu)

    def open_export(self) -> ExportDataDialog | None:
        shown = self._current()
        if shown is None:
            return None
        dialog = ExportDataDialog(
            self._rights, self._printer, shown[0], shown[1], self._folder, self.window()
        )
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_erase(self) -> EraseDataDialog | None:
        shown = self._current()
        if shown is None:
            return None
        try:
            dialog = EraseDataDialog(self._rights, shown[0], self.window())
        except CounterError as exc:
            msgbox.warning(self.window(), self.tr("Erase personal data"), error_message(exc))
            return None
        customer_id = shown[0]
        dialog.accepted.connect(lambda: self._changed(customer_id))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
