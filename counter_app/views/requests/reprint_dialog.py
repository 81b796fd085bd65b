"""补打 of a request's document: which one, and why (the copy says 补打 with its number)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.enums import DocumentType
from counter_app.domain.print_register import REASON_MAX_LENGTH
from counter_app.views.dialogs import KeepsTypedWork, message_line
from counter_app.views.labels import document_type_label
from counter_app.views.requests.common import submit_buttons

#: Sends the reprint; None when done, else the message to show.
ReprintRunner = Callable[[DocumentType, str], str | None]


class ReprintDialog(KeepsTypedWork, QDialog):
    """Choose the document of request ``number`` to reprint and give the reason."""

    def __init__(
        self,
        number: str,
        doc_types: Sequence[DocumentType],
        run: ReprintRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self.setObjectName("requestReprintDialog")
        self.setWindowTitle(self.tr("Reprint: {number}").format(number=number))
        self.setMinimumWidth(420)
        self.document = QComboBox()
        self.document.setObjectName("reprintDocument")
        for doc_type in doc_types:
            self.document.addItem(document_type_label(doc_type), doc_type.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("reprintReason")
        self.reason.setMaxLength(REASON_MAX_LENGTH)
        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.document)
        form.addRow(self.tr("Reason:"), self.reason)
        self.error = message_line("reprintError")
        buttons, _ok = submit_buttons(self, self.tr("Reprint"), "reprintOk", self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> bool:
        reason = " ".join(self.reason.text().split())
        if not reason:
            self.error.setText(self.tr("Please give a reason."))
            return False
        problem = self._run(DocumentType(str(self.document.currentData())), reason)
        if problem is not None:
            self.error.setText(problem)
            return False
        self.accept()
        return True
