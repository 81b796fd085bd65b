"""A counter PC's first start: which counter of which hall it is (docs/domain.md §2).

The choice is this PC's workstation setting (``workstation.json``), as
``counter-app workstation --counter N`` sets it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from counter_app.config import WORKSTATION_FILE, Config, Workstation, write_workstation
from counter_app.services.admin.dto import CounterChoice
from counter_app.views.widgets import answer_buttons, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.setup import FirstRunService


class CounterChoiceDialog(QDialog):
    """Choose this PC's counter from the counters of the halls."""

    def __init__(
        self, choices: list[CounterChoice], current: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterChoiceDialog")
        self.setWindowTitle(self.tr("This PC's counter"))
        self.setMinimumWidth(420)
        intro = wrapping_label(
            self.tr(
                "This PC starts for the first time. Which counter is it? Users sign in at this "
                "counter of their own hall; it can be changed later with counter-app "
                "workstation --counter N."
            )
        )
        self.counter = QComboBox()
        self.counter.setObjectName("counterChoice")
        for choice in choices:
            self.counter.addItem(
                self.tr("{code} {hall} · counter {n} ({name})").format(
                    code=choice.hall_code, hall=choice.hall_name, n=choice.number, name=choice.name
                ),
                choice.number,
            )
        self.counter.setCurrentIndex(max(0, self.counter.findData(current)))
        label = QLabel(self.tr("&Counter:"))
        label.setBuddy(self.counter)
        form = QFormLayout()
        form.addRow(label, self.counter)
        buttons, _ok, _later = answer_buttons(
            (self.tr("Use this counter"), "useCounter"),
            (self.tr("Later"), "laterButton"),
            self.accept,
            self.reject,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> int:
        return int(self.counter.currentData())


def first_start(
    setup: FirstRunService, config: Config, *, demo: bool
) -> tuple[Workstation, str] | None:
    """Before the first sign-in: the setup wizard on a database with no company, the choice of
    this PC's counter when it has no workstation file yet (not for the demo company, which
    opens at counter 1 as it always has).

    Returns:
        This PC's workstation setting and the 工号 the sign-in starts with (the new
        administrator's), or None when the setup wizard was cancelled.
    """
    from counter_app.views.setup_wizard import SetupWizard

    station = config.workstation
    if setup.needs_setup():
        wizard = SetupWizard(setup)
        # Released by Qt at the next turn of the event loop, not by Python's collector: a
        # wizard collected while the sign-in's event loop runs crashed the process at exit.
        try:
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return None
            if wizard.counter_number is not None:
                station = replace(station, counter_number=wizard.counter_number)
                write_workstation(config.data_dir, station)
            return station, wizard.admin_employee_no or ""
        finally:
            wizard.deleteLater()
    if not demo and not (config.data_dir / WORKSTATION_FILE).exists():
        choices = setup.counter_choices()
        if choices:
            dialog = CounterChoiceDialog(choices, station.counter_number)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                station = replace(station, counter_number=dialog.chosen())
                write_workstation(config.data_dir, station)
            dialog.deleteLater()
    return station, ""
