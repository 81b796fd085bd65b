"""The holiday calendar per year (docs/domain.md §8): what the holiday library knows, and the
administrator's overrides (a holiday, a make-up working day) for any year.

A year the library does not know counts Monday to Friday only; the warning stays here (and in
the status bar) until its holidays are entered and the year is confirmed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from counter_app.services.admin.dto import NOTE_MAX, CalendarDay
from counter_app.views.admin.common import FormDialog, ListTab
from counter_app.views.labels import day_kind_label
from counter_app.views.table_models import Column
from counter_app.views.timefmt import from_qdate, hall_today, qdate
from counter_app.views.widgets import ALERT_STYLE, wrapping_label

if TYPE_CHECKING:
    from counter_app.domain.clock import Clock
    from counter_app.services.calendar import CalendarService


class OverrideDialog(FormDialog):
    """Mark one day as a holiday or a make-up working day."""

    def __init__(
        self,
        calendar: CalendarService,
        day: date,
        working: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("overrideDialog", parent)
        self._calendar = calendar
        self.setWindowTitle(self.tr("Calendar override"))
        self.day = QDateEdit(qdate(day))
        self.day.setObjectName("overrideDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day_off = QRadioButton(self.tr("&Holiday (day off)"))
        self.day_off.setObjectName("dayOff")
        self.working = QRadioButton(self.tr("&Make-up working day (调休)"))
        self.working.setObjectName("workingDay")
        (self.working if working else self.day_off).setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.day_off)
        kinds.addWidget(self.working)
        kinds.addStretch(1)
        holder = QWidget()
        holder.setLayout(kinds)
        kinds.setContentsMargins(0, 0, 0, 0)
        self.note = QLineEdit()
        self.note.setObjectName("overrideNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. Spring Festival, by the State Council notice"))
        self.add_row(self.tr("&Day:"), self.day)
        self.add_row(self.tr("Marked as:"), holder)
        self.add_row(self.tr("&Note:"), self.note)

    def save(self) -> None:
        chosen = self.day.date()
        self._calendar.set_override(
            from_qdate(chosen),
            self.working.isChecked(),
            self.note.text(),
        )


class CalendarPage(ListTab[CalendarDay]):
    """One year's days that differ from Monday to Friday, from the library and overrides.

    ``changed`` is emitted after an override is saved or removed or a year is marked
    complete: the main window's warning of years without holiday data follows it.
    """

    changed = Signal()

    def __init__(
        self, calendar: CalendarService, clock: Clock, parent: QWidget | None = None
    ) -> None:
        self._calendar = calendar
        self._clock = clock
        weekday_names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        columns: list[Column[CalendarDay]] = [
            Column(self.tr("Day"), lambda d: d.day),
            Column(self.tr("Weekday"), lambda d: weekday_names[d.day.weekday()]),
            Column(self.tr("Marked as"), lambda d: day_kind_label(d.working)),
            Column(
                self.tr("Source"),
                lambda d: (
                    self.tr("Override") if d.source == "override" else self.tr("Holiday library")
                ),
            ),
            Column(self.tr("Note"), self._note),
        ]
        super().__init__("calendarPage", columns, stretch=(4,), parent=parent)
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        this_year = hall_today(clock).year
        self.year.setValue(this_year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.button_row.addWidget(year_label)
        self.button_row.addWidget(self.year)
        self.add_button(self.tr("Add &holiday…"), "addHoliday", lambda: self.add_override(False))
        self.add_button(
            self.tr("Add &make-up working day…"), "addWorkingDay", lambda: self.add_override(True)
        )
        self.add_button(self.tr("&Remove override"), "removeOverride", self.remove_override)
        self.confirm_button = self.add_button(
            self.tr("Year &complete"), "confirmYear", self.confirm_year
        )
        self.end_buttons()
        self.status = wrapping_label()
        self.status.setObjectName("calendarStatus")
        self.warning = wrapping_label()
        self.warning.setObjectName("calendarYearWarning")
        self.warning.setStyleSheet(ALERT_STYLE)
        self.body.insertWidget(0, self.warning)
        self.body.insertWidget(1, self.status)
        self.refresh()

    def _note(self, day: CalendarDay) -> str:
        """An override's note as typed; a library day's holiday by its name in the user's
        language (the library names them in English)."""
        if day.source != "library":
            return day.note
        names = {
            "New Year's Day": self.tr("New Year's Day"),
            "Spring Festival": self.tr("Spring Festival"),
            "Tomb-sweeping Day": self.tr("Tomb-sweeping Day"),
            "Labour Day": self.tr("Labour Day"),
            "Dragon Boat Festival": self.tr("Dragon Boat Festival"),
            "Mid-autumn Festival": self.tr("Mid-autumn Festival"),
            "National Day": self.tr("National Day"),
            "Anti-Fascist 70th Day": self.tr("Victory Day (70th anniversary)"),
        }
        return names.get(day.note, day.note)

    def _chosen_year(self) -> int:
        return int(self.year.value())

    def refresh(self) -> None:
        year = self._calendar.year(self._chosen_year())
        chosen = self.selected()
        self.show_rows(year.days, (lambda d: d.day == chosen.day) if chosen else None)
        if year.library_knows:
            self.status.setText(
                self.tr(
                    "The holiday library knows {year}: its holidays and make-up working days are "
                    "listed; an override changes a single day."
                ).format(year=year.year)
            )
        else:
            self.status.setText(
                self.tr(
                    "The holiday library does not know {year}: deadlines count Monday to Friday "
                    "plus the overrides below. Enter the State Council's holidays and make-up "
                    "working days, then press Year complete."
                ).format(year=year.year)
            )
        unknown = self._calendar.years_without_holiday_data()
        self.warning.setText(
            self.tr("No holiday data yet for: {years}.").format(years=", ".join(map(str, unknown)))
            if unknown
            else ""
        )
        self.warning.setVisible(bool(unknown))
        self.confirm_button.setEnabled(not year.library_knows and year.year in unknown)

    def add_override(self, working: bool) -> None:
        chosen = self.selected()
        start = chosen.day if chosen else date(self._chosen_year(), 1, 1)
        dialog = OverrideDialog(self._calendar, start, working, parent=self)
        if dialog.exec():
            picked = dialog.day.date()
            self.say(self.tr("Override saved; deadlines from now on count it."))
            if picked.year() != self._chosen_year():
                self.year.setValue(picked.year())
            self.refresh()
            self.changed.emit()

    def remove_override(self) -> None:
        day = self.selected()
        if day is not None and self.act(
            lambda: self._calendar.remove_override(day.day),
            self.tr("Override removed."),
        ):
            self.changed.emit()

    def confirm_year(self) -> None:
        if self.act(
            lambda: self._calendar.confirm_year(self._chosen_year()),
            self.tr("{year} is complete: its warning is gone.").format(year=self._chosen_year()),
        ):
            self.changed.emit()
