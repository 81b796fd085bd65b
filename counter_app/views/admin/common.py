"""What the administration pages share: a list with its buttons, and a small form dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.views.dialogs import KeepsTypedWork, message_line
from counter_app.views.errors import error_message
from counter_app.views.table_models import Column, DtoTableModel, table_view
from counter_app.views.widgets import action_button, say, wrapping_label

RowT = TypeVar("RowT")


class ListTab(QWidget, Generic[RowT]):
    """A list of rows with the buttons that act on it, and a line that says what happened.

    Every action goes through :meth:`act`: a refusal is worded in red under the list, a
    success in green, and the list is read again.
    """

    def __init__(
        self,
        name: str,
        columns: Sequence[Column[RowT]],
        *,
        stretch: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model: DtoTableModel[RowT] = DtoTableModel(columns)
        self.table = table_view(f"{name}Table", self.model, stretch=stretch)
        self.table.doubleClicked.connect(lambda _index: self.on_double_click())
        self.intro = wrapping_label()
        self.intro.setObjectName(f"{name}Intro")
        self.intro.setVisible(False)
        self.button_row = QHBoxLayout()
        self.message = message_line(f"{name}Message")
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.button_row)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.message)
        self._follow_selection: list[Callable[[], None]] = []
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_moved())

    def add_button(self, text: str, name: str, on_click: Callable[[], object]) -> QPushButton:
        button = action_button(text, name, lambda _checked=False: on_click())
        self.button_row.addWidget(button)
        return button

    def add_toggle_button(
        self,
        texts: tuple[str, str],
        name: str,
        on_click: Callable[[], object],
        in_use: Callable[[RowT], bool],
    ) -> QPushButton:
        """A button that takes the selected row out of use or puts it back: it reads
        ``texts[0]`` while the row is ``in_use`` (or none is selected), ``texts[1]`` otherwise."""
        button = self.add_button(texts[0], name, on_click)

        def follow() -> None:
            row = self.selected()
            button.setText(texts[0] if row is None or in_use(row) else texts[1])

        self._follow_selection.append(follow)
        return button

    def _selection_moved(self) -> None:
        for follow in self._follow_selection:
            follow()

    def end_buttons(self) -> None:
        self.button_row.addStretch(1)

    def on_double_click(self) -> None:
        """What a double click on a row does; nothing unless a page says so."""

    def selected(self) -> RowT | None:
        return self.model.row_at(self.table.currentIndex())

    def show_rows(self, rows: Sequence[RowT], keep: Callable[[RowT], bool] | None = None) -> None:
        """Show ``rows``, keeping the row ``keep`` accepts (or the first) selected."""
        self.model.set_rows(rows)
        number = self.model.find_row(keep) if keep is not None else -1
        if rows:
            self.table.selectRow(max(number, 0))
        self._selection_moved()

    def act(self, action: Callable[[], object], done: str = "") -> bool:
        """Run ``action``; say what was refused or ``done``; read the list again."""
        try:
            action()
        except CounterError as exc:
            self.say(error_message(exc), error=True)
            return False
        self.say(done)
        self.refresh()
        return True

    def say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)

    def refresh(self) -> None:
        """Read the rows again from the service."""
        raise NotImplementedError


class FormDialog(KeepsTypedWork, QDialog):
    """A small form: fields in :attr:`form`, a red line for a refusal, Save and Cancel.

    Save calls :meth:`save`, which raises a :class:`CounterError` when the service refuses;
    the dialog then stays open with the reason in its own words.
    """

    def __init__(self, name: str = "formDialog", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(460)
        self.intro = wrapping_label()
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = message_line(f"{name}Error")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def add_row(self, label: str, field: QWidget) -> QLabel:
        caption = QLabel(label)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def save(self) -> None:
        """Store what the form holds; raise a CounterError when the service refuses."""

    def _save(self) -> None:
        try:
            self.save()
        except CounterError as exc:
            self.error.setText(error_message(exc))
            return
        self.accept()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label
