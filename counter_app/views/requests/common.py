"""What the Requests screens share: printing a request's documents and saying what came out,
and how a type's time limit reads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from counter_app.domain.enums import DocumentType, SlaUnit
from counter_app.domain.errors import CounterError
from counter_app.domain.print_register import Printable
from counter_app.services.requests.dto import ServiceTypeInfo
from counter_app.views.dialogs import submit_buttons as submit_buttons  # passed on
from counter_app.views.errors import error_message
from counter_app.views.labels import document_type_label
from counter_app.views.printing import PrintOutcome, PrintStep


def sla_text(service_type: ServiceTypeInfo) -> str:
    """The type's time limit, e.g. "5 working days" or "4 hours, round the clock"."""
    if service_type.sla_unit is SlaUnit.HOURS:
        return QCoreApplication.translate("RequestScreens", "{n} hours, round the clock").format(
            n=service_type.sla_amount
        )
    return QCoreApplication.translate("RequestScreens", "{n} working days").format(
        n=service_type.sla_amount
    )


def outcome_text(what: str, outcome: PrintOutcome) -> str:
    """One line saying whether ``what`` printed, and where its PDF copy is."""
    if outcome.printed:
        text = QCoreApplication.translate("RequestScreens", "{what} printed on {printer}.").format(
            what=what, printer=outcome.printer_name
        )
    elif outcome.problem == "no_printer":
        text = QCoreApplication.translate(
            "RequestScreens",
            "{what} was not printed (no printer available); it waits in the reprint queue. "
            "PDF copy: {path}",
        ).format(what=what, path=outcome.pdf_path)
    else:
        text = QCoreApplication.translate(
            "RequestScreens",
            "{what} was not printed ({problem}); it waits in the reprint queue. PDF copy: {path}",
        ).format(what=what, problem=outcome.problem, path=outcome.pdf_path)
    if outcome.report_error is not None:
        text += "\n" + error_message(outcome.report_error)
    return text


def print_documents(
    step: PrintStep, documents: list[tuple[DocumentType, Printable | None]]
) -> list[str]:
    """Issue and print each document given (None skipped); one line per document saying what
    came out. The business step is done already: a failure is a line, never raised."""
    lines: list[str] = []
    for doc_type, document in documents:
        if document is None:
            continue
        what = document_type_label(doc_type)
        try:
            outcome = step.issue(document)
        except CounterError as exc:
            lines.append(f"{what}: {error_message(exc)}")
            continue
        lines.append(outcome_text(what, outcome))
    return lines


class _EnterRuns(QObject):
    def __init__(self, edit: QLineEdit, action: Callable[[], object]) -> None:
        super().__init__(edit)
        self._action = action
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return False


def enter_runs(edit: QLineEdit, action: Callable[[], object]) -> None:
    """Enter in ``edit`` runs ``action`` and nothing else: a scanner ends what it types with
    Enter, which must find the account or the ticket, not press the dialog's OK button."""
    _EnterRuns(edit, action)
