"""One small form for every step of a complaint: a milestone, a chase, a transfer, an
extension, the feedback, the callback, the mediation record and the closure.

Each step asks for a few fields (a note, a time, a choice); the detail view builds the form,
and hands the dialog the service call that records the step. The dialog stays open with the
service's refusal in its red line until the step is recorded or the clerk cancels, so a
refused step never loses what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.views.dialogs import KeepsTypedWork, message_line, submit_buttons
from counter_app.views.errors import error_message
from counter_app.views.timefmt import from_qdate, from_qdatetime, qdate, qdatetime
from counter_app.views.widgets import wrapping_label

#: What ``submit`` returns to keep the dialog open without a message (e.g. the manager
#: cancelled the approval the step needs).
STAY = object()


class ComplaintStepDialog(KeepsTypedWork, QDialog):
    """A form of a few fields whose OK runs ``submit``; a refusal stays on screen.

    Args:
        title: The window title, naming the step and the complaint.
        explanation: What the step does, shown above the fields; may be empty.
        ok_text: The OK button's text, e.g. "Record".
        submit: Records the step from the dialog's values; raises :class:`CounterError`
            when refused. What it returns is kept in :attr:`result_value`; :data:`STAY`
            keeps the dialog open.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        ok_text: str,
        submit: Callable[[ComplaintStepDialog], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: object = None
        self.fields: dict[str, QWidget] = {}
        self._required: dict[str, str] = {}  # choices that must be made, with their labels
        self._required_text: dict[str, str] = {}  # lines that must be filled in, likewise
        self.setObjectName("complaintStepDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)

        self.explanation = wrapping_label(explanation)
        self.explanation.setObjectName("stepExplanation")
        self.explanation.setVisible(bool(explanation))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = message_line("stepError")
        self.buttons, self.ok_button = submit_buttons(self, ok_text, "stepOk", self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ fields

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"step_{name}")
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        self.fields[name] = widget

    def add_note(self, name: str, label: str, text: str = "", *, height: int = 80) -> None:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        self._add(name, label, edit)

    def add_line(
        self,
        name: str,
        label: str,
        text: str = "",
        *,
        max_length: int = 100,
        required: bool = False,
    ) -> None:
        """A line of text; ``required`` has OK ask for it before the step's call (e.g. the
        reason of an extension, before the manager is asked to approve it)."""
        edit = QLineEdit(text)
        edit.setMaxLength(max_length)
        self._add(name, label, edit)
        if required:
            self._required_text[name] = label

    def add_time(self, name: str, label: str, value: datetime) -> None:
        edit = QDateTimeEdit(qdatetime(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._add(name, label, edit)

    def add_date(self, name: str, label: str, value: date) -> None:
        edit = QDateEdit(qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        self._add(name, label, edit)

    def add_choice(
        self,
        name: str,
        label: str,
        choices: Sequence[tuple[object, str]],
        current: object = None,
        *,
        required: bool = False,
    ) -> None:
        """A list to choose from; ``required`` starts with nothing chosen and OK asks for a
        choice (the customer's satisfaction is never pre-set)."""
        combo = QComboBox()
        for data, text in choices:
            combo.addItem(text, data)
        if required:
            combo.setCurrentIndex(-1)
            self._required[name] = label
        elif current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._add(name, label, combo)

    # ------------------------------------------------------------------ values

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def time(self, name: str) -> datetime:
        widget = self.fields[name]
        assert isinstance(widget, QDateTimeEdit)
        return from_qdatetime(widget.dateTime())

    def date(self, name: str) -> date:
        widget = self.fields[name]
        assert isinstance(widget, QDateEdit)
        return from_qdate(widget.date())

    def choice(self, name: str) -> object:
        widget = self.fields[name]
        assert isinstance(widget, QComboBox)
        return widget.currentData()

    def set_value(self, name: str, value: object) -> None:
        """Fill a field as a clerk would (tests and the detail view's defaults)."""
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QDateTimeEdit) and isinstance(value, datetime):
            widget.setDateTime(qdatetime(value))
        elif isinstance(widget, QDateEdit) and isinstance(value, date):
            widget.setDate(qdate(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))

    # ------------------------------------------------------------------ OK

    def submit(self) -> bool:
        """Record the step; on a refusal show why and stay open."""
        for name, label in self._required.items():
            if self.choice(name) is None:
                self.error.setText(
                    self.tr("Please choose: {field}").format(field=label.rstrip(":： "))
                )
                self.fields[name].setFocus()
                return False
        for name, label in self._required_text.items():
            if not self.text(name):
                self.error.setText(
                    self.tr("Please fill in: {field}").format(field=label.rstrip(":： "))
                )
                self.fields[name].setFocus()
                return False
        try:
            value = self._submit(self)
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return False
        self.error.clear()
        if value is STAY:
            return False
        self.result_value = value
        self.accept()
        return True
