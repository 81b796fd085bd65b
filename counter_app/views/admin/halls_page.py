"""Halls and their counters (docs/domain.md §2): add, edit, take out of use.

A hall's code leads its receipt numbers and is given once; a counter PC chooses its counter
from these at its first start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from counter_app.services.admin.dto import (
    COUNTER_NAME_MAX,
    HALL_ADDRESS_MAX,
    HALL_CODE_MAX,
    HALL_HOTLINE_MAX,
    HALL_NAME_MAX,
    MAX_COUNTERS,
    CounterRow,
    HallDraft,
    HallRow,
)
from counter_app.views.admin.common import FormDialog, ListTab, heading
from counter_app.views.table_models import MUTED_GREY, Column, DtoTableModel, table_view
from counter_app.views.widgets import action_button

if TYPE_CHECKING:
    from counter_app.services.admin.halls import HallAdminService


def _line(name: str, text: str, limit: int) -> QLineEdit:
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setMaxLength(limit)
    return field


class HallFields:
    """The four fields of a hall, shared by the hall dialog and the setup wizard."""

    def __init__(self, hall: HallRow | None = None) -> None:
        self.code = _line("hallCode", hall.code if hall else "", HALL_CODE_MAX)
        self.code.setReadOnly(hall is not None)
        self.code.setPlaceholderText("H01")
        self.name = _line("hallName", hall.name if hall else "", HALL_NAME_MAX)
        self.address = _line("hallAddress", hall.address if hall else "", HALL_ADDRESS_MAX)
        self.hotline = _line("hallHotline", hall.hotline if hall else "", HALL_HOTLINE_MAX)

    def draft(self) -> HallDraft:
        return HallDraft(
            self.code.text(), self.name.text(), self.address.text(), self.hotline.text()
        )


class HallDialog(FormDialog):
    """Add a hall with its counters, or edit one (its code stays)."""

    def __init__(
        self, halls: HallAdminService, hall: HallRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("hallDialog", parent)
        self._halls = halls
        self._hall = hall
        self.setWindowTitle(self.tr("Edit hall") if hall else self.tr("Add hall"))
        self.fields = HallFields(hall)
        self.add_row(self.tr("&Code:"), self.fields.code)
        self.add_row(self.tr("&Name:"), self.fields.name)
        self.add_row(self.tr("&Address:"), self.fields.address)
        self.add_row(self.tr("Service &hotline:"), self.fields.hotline)
        self.counters = QSpinBox()
        self.counters.setObjectName("counterCount")
        self.counters.setRange(1, MAX_COUNTERS)
        self.counters.setValue(4)
        self.in_use = QCheckBox(self.tr("In use"))
        self.in_use.setObjectName("hallInUse")
        self.in_use.setChecked(hall is None or hall.active)
        if hall is None:
            self.add_row(self.tr("Coun&ters:"), self.counters)
            self.set_intro(
                self.tr(
                    "The code (e.g. H01) starts every receipt number of the hall and cannot "
                    "be changed later."
                )
            )
        else:
            self.form.addRow("", self.in_use)

    def save(self) -> None:
        if self._hall is None:
            self._halls.add_hall(self.fields.draft(), self.counters.value())
        else:
            self._halls.edit_hall(
                self._hall.code, self.fields.draft(), active=self.in_use.isChecked()
            )


class CounterDialog(FormDialog):
    """Add a counter to a hall, or rename one or take it out of use."""

    def __init__(
        self,
        halls: HallAdminService,
        hall: HallRow,
        counter: CounterRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("counterDialog", parent)
        self._halls = halls
        self._hall = hall
        self._counter = counter
        self.setWindowTitle(
            self.tr("Edit counter of {hall}") if counter else self.tr("Add counter to {hall}")
        )
        self.setWindowTitle(self.windowTitle().format(hall=hall.code))
        self.number = QSpinBox()
        self.number.setObjectName("counterNumber")
        self.number.setRange(1, MAX_COUNTERS)
        taken = {c.number for c in hall.counters}
        self.number.setValue(
            counter.number
            if counter
            else next(n for n in range(1, MAX_COUNTERS + 1) if n not in taken)
        )
        self.number.setEnabled(counter is None)
        self.name = _line("counterName", counter.name if counter else "", COUNTER_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Counter 1"))
        self.in_use = QCheckBox(self.tr("In use"))
        self.in_use.setObjectName("counterInUse")
        self.in_use.setChecked(counter is None or counter.active)
        self.add_row(self.tr("&Number:"), self.number)
        self.add_row(self.tr("Na&me:"), self.name)
        if counter is not None:
            self.form.addRow("", self.in_use)

    def save(self) -> None:
        if self._counter is None:
            self._halls.add_counter(self._hall.code, self.number.value(), self.name.text())
        else:
            self._halls.edit_counter(
                self._hall.code,
                self._counter.number,
                name=self.name.text(),
                active=self.in_use.isChecked(),
            )


class HallsPage(ListTab[HallRow]):
    """The halls above, the counters of the selected hall below."""

    def __init__(self, halls: HallAdminService, parent: QWidget | None = None) -> None:
        self._halls = halls
        columns: list[Column[HallRow]] = [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Address"), lambda r: r.address),
            Column(self.tr("Hotline"), lambda r: r.hotline),
            Column(self.tr("Counters"), lambda r: len([c for c in r.counters if c.active])),
            Column(
                self.tr("State"),
                lambda r: self.tr("In use") if r.active else self.tr("Not in use"),
                foreground=lambda r: None if r.active else MUTED_GREY,
            ),
        ]
        super().__init__("hallsPage", columns, stretch=(2,), parent=parent)
        self.add_button(self.tr("&Add hall…"), "addHall", self.add_hall)
        self.add_button(self.tr("&Edit hall…"), "editHall", self.edit_hall)
        self.end_buttons()
        self.counter_model: DtoTableModel[CounterRow] = DtoTableModel(
            [
                Column(self.tr("Counter"), lambda c: c.number),
                Column(self.tr("Name"), lambda c: c.name),
                Column(
                    self.tr("State"),
                    lambda c: self.tr("In use") if c.active else self.tr("Not in use"),
                    foreground=lambda c: None if c.active else MUTED_GREY,
                ),
            ]
        )
        self.counters = table_view("countersTable", self.counter_model, stretch=(1,))
        self.counters.doubleClicked.connect(lambda _i: self.edit_counter())
        counter_buttons = QHBoxLayout()
        counter_buttons.addWidget(heading(self.tr("Counters of the selected hall")))
        for text, name, slot in (
            (self.tr("Add &counter…"), "addCounter", self.add_counter),
            (self.tr("Edit c&ounter…"), "editCounter", self.edit_counter),
        ):
            counter_buttons.addWidget(action_button(text, name, lambda _c=False, f=slot: f()))
        counter_buttons.addStretch(1)
        self.body.insertLayout(self.body.count() - 1, counter_buttons)
        self.body.insertWidget(self.body.count() - 1, self.counters, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_counters())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.show_rows(self._halls.halls(), (lambda r: r.code == chosen.code) if chosen else None)
        self._show_counters()

    def _show_counters(self) -> None:
        hall = self.selected()
        self.counter_model.set_rows(hall.counters if hall else ())
        if hall and hall.counters:
            self.counters.selectRow(0)

    def on_double_click(self) -> None:
        self.edit_hall()

    def add_hall(self) -> None:
        dialog = HallDialog(self._halls, parent=self)
        if dialog.exec():
            self.say(
                self.tr("Hall {code} added.").format(code=dialog.fields.code.text().strip().upper())
            )
            self.refresh()

    def edit_hall(self) -> None:
        hall = self.selected()
        if hall is not None and HallDialog(self._halls, hall, parent=self).exec():
            self.say(self.tr("Hall {code} changed.").format(code=hall.code))
            self.refresh()

    def add_counter(self) -> None:
        hall = self.selected()
        if hall is not None and CounterDialog(self._halls, hall, parent=self).exec():
            self.say(self.tr("Counter added to {code}.").format(code=hall.code))
            self.refresh()

    def edit_counter(self) -> None:
        hall = self.selected()
        counter = self.counter_model.row_at(self.counters.currentIndex())
        if (
            hall is not None
            and counter is not None
            and CounterDialog(self._halls, hall, counter, parent=self).exec()
        ):
            self.say(
                self.tr("Counter {n} of {code} changed.").format(n=counter.number, code=hall.code)
            )
            self.refresh()
