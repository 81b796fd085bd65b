"""What the customer forms share: fields that carry their own error line, and the ID-type choice.

The account-opening wizard and the correction dialog lay out a customer's details the same
way: every field has a red line right under it that shows its error as soon as it is left
(:class:`~counter_app.views.dialogs.FieldChecks`), and an individual picks the identity
document from the same list, worded as everywhere else
(:func:`~counter_app.views.labels.id_type_label`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from counter_app.domain.identity import IdType
from counter_app.views.dialogs import FieldChecks, clear_message, error_label, show_message
from counter_app.views.labels import id_type_label


class FieldForm(QWidget):
    """A form whose every field has a red error line under it, checked as it is left.

    Args:
        shown: Called after an error line appeared, e.g. to make room for it.
        name_prefix: When given, each field's widget is named ``name_prefix + field``.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        shown: Callable[[], None] | None = None,
        name_prefix: str = "",
    ) -> None:
        super().__init__(parent)
        self._name_prefix = name_prefix
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.checks = FieldChecks(self.errors, shown=shown)

    def add(
        self,
        field: str,
        label: str,
        widget: QWidget,
        check: Callable[[], object] | None = None,
    ) -> None:
        if self._name_prefix:
            widget.setObjectName(f"{self._name_prefix}{field}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(field)
        column.addWidget(error)
        self.errors[field] = error
        self.fields[field] = widget
        caption = QLabel(label)
        caption.setBuddy(widget)  # the label's Alt+key reaches the field itself
        self.form.addRow(caption, box)
        if check is not None:
            self.checks.add(field, widget, check)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            clear_message(label)

    def show_error(self, field: str, message: str) -> bool:
        label = self.errors.get(field)
        if label is None:
            return False
        show_message(label, message)
        return True


def id_type_choice(current: str | None = None) -> QComboBox:
    """The identity documents an individual may show, each with its stored value as data."""
    choice = QComboBox()
    for kind in IdType:
        choice.addItem(id_type_label(kind), kind.value)
    if current is not None:
        choice.setCurrentIndex(max(0, choice.findData(current)))
    return choice
