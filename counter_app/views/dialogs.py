"""What every dialog that holds typed work does.

* **It asks before throwing typed work away.** Esc, a Space on 取消 and closing the window all
  end in ``reject()``; a dialog built on :class:`KeepsTypedWork` first asks through
  :mod:`counter_app.views.msgbox` (so tests can answer) whenever something typed since the
  dialog opened would be lost; so does the window's close button. Its Cancel buttons take no
  Tab focus, so Shift+Tab from the first field cannot land on 取消; Esc is the keyboard's way
  to cancel.
* **It checks each field as it is left** and every field of a page before moving on, through
  :class:`FieldChecks`: the domain validators (or a service that validates) raise codes, and
  :func:`~counter_app.views.errors.error_message` words them in a red line under the field.
  The line goes away as soon as the field is valid again.
* **Typing starts at once**: the first text field has the focus when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
    QWizard,
)

from counter_app.domain.errors import CounterError
from counter_app.services.customers_dto import FieldErrors
from counter_app.views import msgbox
from counter_app.views.errors import error_message
from counter_app.views.widgets import message_line as message_line  # passed on

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    _DialogBase = QDialog
else:
    _DialogBase = object


def ask_workbook_path(
    parent: QWidget, caption: str, suggested: Path, file_filter: str
) -> Path | None:
    """Where the user chose to save an Excel workbook, ending in ``.xlsx``; None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
    if not chosen:
        return None
    return Path(chosen) if chosen.lower().endswith(".xlsx") else Path(f"{chosen}.xlsx")


# ----------------------------------------------------------------------------- typed work


_NOT_TYPED_WORK = "notTypedWork"


def not_typed_work(widget: QWidget) -> None:
    """What is typed in ``widget`` is no work to keep (a manager's employee number, say)."""
    widget.setProperty(_NOT_TYPED_WORK, True)


def _typed_value(widget: QWidget) -> object | None:
    """What the clerk typed or ticked in ``widget``; ``None`` for what is not typed work
    (labels, choices from a list, read-only fields and passwords, which are quickly typed
    again and never worth keeping)."""
    if widget.property(_NOT_TYPED_WORK):
        return None
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly() or widget.echoMode() != QLineEdit.EchoMode.Normal:
            return None
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else None
    if isinstance(widget, QAbstractSpinBox):
        return None if widget.isReadOnly() else widget.text()
    return None


def typed_values(window: QWidget) -> dict[QWidget, object]:
    """Everything typed in ``window``'s fields, by field."""
    values: dict[QWidget, object] = {}
    for widget in window.findChildren(QWidget):
        value = _typed_value(widget)
        if value is not None:
            values[widget] = value
    return values


def _untouched(value: object) -> object:
    return False if isinstance(value, bool) else ""


def first_text_field(container: QWidget) -> QWidget | None:
    """The first field in ``container``'s Tab order a clerk can type into, if any."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (
            container.isAncestorOf(widget)
            and isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)
            and widget.isVisibleTo(container)
            and widget.isEnabled()
            and not widget.isReadOnly()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def submit_buttons(
    dialog: QDialog,
    ok_text: str,
    ok_name: str,
    submit: Callable[[], object],
    *,
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
    close: bool = False,
) -> tuple[QDialogButtonBox, QPushButton]:
    """The buttons of a form that acts when asked: ``ok_text`` (named ``ok_name``) runs
    ``submit``, which closes the dialog itself when it succeeds; Cancel (or Close, with
    ``close``) rejects the dialog."""
    reject = (
        QDialogButtonBox.StandardButton.Close if close else QDialogButtonBox.StandardButton.Cancel
    )
    buttons = QDialogButtonBox(ok | reject)
    button = buttons.button(ok)
    button.setText(ok_text)
    button.setObjectName(ok_name)
    buttons.button(reject).setText(
        QCoreApplication.translate("Dialogs", "Close")
        if close
        else QCoreApplication.translate("Dialogs", "Cancel")
    )
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def cancel_buttons(dialog: QWidget) -> list[QAbstractButton]:
    """The buttons that throw the dialog's work away: its button boxes' reject buttons and a
    wizard's Cancel."""
    found: list[QAbstractButton] = []
    for box in dialog.findChildren(QDialogButtonBox):
        found.extend(
            b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole
        )
    if isinstance(dialog, QWizard):
        found.append(dialog.button(QWizard.WizardButton.CancelButton))
    return found


class KeepsTypedWork(_DialogBase):
    """Mix in before ``QDialog`` (or ``QWizard``): the dialog asks before discarding typed work.

    What counts as typed work is every text field and check box that differs from what the
    dialog showed when it opened; a dialog whose work is already saved (a wizard's last page)
    overrides :meth:`has_typed_work`.
    """

    _opened_with: dict[QWidget, object] | None = None
    _closed_by_code = False

    def has_typed_work(self) -> bool:
        """Whether closing now would lose something the clerk typed."""
        if self._opened_with is None:
            return False
        opened = self._opened_with
        return any(
            value != opened.get(widget, _untouched(value))
            for widget, value in typed_values(self).items()
        )

    def mark_untouched(self) -> None:
        """What the fields hold now is what the dialog opened with (nothing typed yet)."""
        self._opened_with = typed_values(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened_with is not None:
            return
        self.mark_untouched()
        for button in cancel_buttons(self):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if self.focusWidget() is None:
            field = first_text_field(self)
            if field is not None:
                field.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button and Alt+F4 come from the window system (spontaneous) and
        # ask like Esc; close() called by the program (signing out, a test's teardown) has
        # already decided.
        self._closed_by_code = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closed_by_code = False

    def reject(self) -> None:
        if (
            not self._closed_by_code
            and self.has_typed_work()
            and not msgbox.question(
                self,
                QCoreApplication.translate("KeepsTypedWork", "Discard what was typed?"),
                QCoreApplication.translate(
                    "KeepsTypedWork",
                    "What was typed in this window has not been saved and will be lost. "
                    "Close the window anyway?",
                ),
            )
        ):
            return
        super().reject()


# ----------------------------------------------------------------------------- field checks

#: Checks one field's value; raises a :class:`CounterError` (a ``ValidationIssue`` from the
#: domain validators, or ``FieldErrors`` from a service) when the value is refused.
Check = Callable[[], object]


def error_label(field: str) -> QLabel:
    """The red line under a field that shows its error; hidden while the field is valid."""
    label = message_line(f"error_{field}")
    label.setVisible(False)
    return label


def show_message(label: QLabel, message: str) -> None:
    """Add ``message`` to an error line (a field may have several problems)."""
    label.setText(f"{label.text()}\n{message}" if label.text() else message)
    label.setVisible(True)


def clear_message(label: QLabel) -> None:
    label.clear()
    label.setVisible(False)


def _problems(error: CounterError, field: str) -> list[tuple[str, str]]:
    """(field, message) for each problem ``error`` reports; ``field`` when it names none."""
    if isinstance(error, FieldErrors):
        return [(e.field, error_message(e)) for e in error.errors]
    named = getattr(error, "field", None)
    return [(named if isinstance(named, str) else field, error_message(error))]


class FieldChecks:
    """Each field of a form checked when it is left and all of them before moving on.

    Args:
        labels: The error line of each field (see :func:`error_label`); a problem reported for
            a field without one shows on the field that was checked.
        shown: Called after a message appeared, e.g. to make room for it.
    """

    def __init__(self, labels: dict[str, QLabel], shown: Callable[[], None] | None = None) -> None:
        self._labels = labels
        self._shown = shown
        self._checks: dict[str, tuple[QWidget, Check]] = {}

    def add(self, field: str, widget: QWidget, check: Check) -> None:
        """Check ``widget`` with ``check`` when it is left, and clear its message as soon as
        what is typed is valid again."""
        self._checks[field] = (widget, check)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda: self._left(field))
            widget.textEdited.connect(lambda _text: self.recheck(field))

    def fields(self) -> tuple[str, ...]:
        return tuple(self._checks)

    def widget(self, field: str) -> QWidget:
        return self._checks[field][0]

    def _left(self, field: str) -> None:
        # Tabbing through an empty field is not an error yet: "required" shows on 下一步.
        widget = self._checks[field][0]
        empty = isinstance(widget, QLineEdit) and not widget.text().strip()
        if empty and not self._labels[field].isVisible():
            return
        self.check(field)

    def _run(self, field: str) -> list[tuple[str, str]]:
        widget, check = self._checks[field]
        if isinstance(widget, QLineEdit) and widget.isReadOnly():
            return []  # filled from a record, not typed: nothing to check
        try:
            check()
        except CounterError as error:
            return _problems(error, field)
        return []

    def _show(self, field: str, problems: Iterable[tuple[str, str]]) -> None:
        clear_message(self._labels[field])
        for named, message in problems:
            show_message(self._labels.get(named, self._labels[field]), message)

    def check(self, field: str) -> bool:
        """Check one field now and show or clear its message."""
        problems = self._run(field)
        self._show(field, problems)
        if problems and self._shown is not None:
            self._shown()
        return not problems

    def recheck(self, field: str) -> None:
        """While a field shows an error, clear it as soon as the field is valid."""
        if self._labels[field].isVisible() and not self._run(field):
            clear_message(self._labels[field])

    def clear(self) -> None:
        for label in self._labels.values():
            clear_message(label)

    def check_all(self, fields: Iterable[str] | None = None) -> bool:
        """Check every field (or those named), show each message and focus the first field
        with an error. Returns whether all are valid."""
        wanted = tuple(self._checks) if fields is None else tuple(fields)
        for field in wanted:
            clear_message(self._labels[field])
        first: QWidget | None = None
        for field in wanted:
            problems = self._run(field)
            for named, message in problems:
                show_message(self._labels.get(named, self._labels[field]), message)
            if problems and first is None:
                first = self._checks[field][0]
        if first is not None:
            first.setFocus()
            if self._shown is not None:
                self._shown()
        return first is None
