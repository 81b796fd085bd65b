"""The settings of docs/domain.md with their defaults and allowed ranges.

Counters read a setting when they use it: a change holds for the next payment everywhere,
and for the idle lock at each counter's next sign-in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.domain.settings import FOLDERS, checked_folder, checked_setting
from counter_app.services.admin.dto import SettingRow
from counter_app.views.dialogs import message_line
from counter_app.views.errors import error_message
from counter_app.views.labels import setting_label
from counter_app.views.widgets import action_button, say, wrapping_label

if TYPE_CHECKING:
    from counter_app.services.settings import SettingsService


def _shown(row: SettingRow, value: object) -> str:
    return str(value)


class SettingsPage(QWidget):
    """One row per setting: what it is, its value, its default and range; Save stores the
    changed ones, each checked first, and every change is audited."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self.fields: dict[str, QLineEdit] = {}
        self._rows: dict[str, SettingRow] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for number, row in enumerate(settings.editable()):
            self._rows[row.key] = row
            label = QLabel(setting_label(row.key))
            field = QLineEdit(_shown(row, row.value))
            field.setObjectName(f"setting_{row.key}")
            field.setMaximumWidth(160)
            label.setBuddy(field)
            hint = QLabel(
                self.tr("default {default}; {low} to {high}").format(
                    default=row.default,
                    low=_range_text(row, row.minimum),
                    high=_range_text(row, row.maximum),
                )
            )
            hint.setStyleSheet("color: #5f6b76;")
            grid.addWidget(label, number, 0)
            grid.addWidget(field, number, 1)
            grid.addWidget(hint, number, 2)
            self.fields[row.key] = field
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.intro = wrapping_label(
            self.tr(
                "Limits and rates of the business rules. A change holds for the next payment at "
                "every counter and for the idle lock at each counter's next sign-in."
            )
        )
        self.save_button = action_button(self.tr("&Save changes"), "saveSettings", self.save)
        self.message = message_line("settingsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        # Below the scrolled grid: a wrapped text inside a scroll area gets a wrong height.
        layout.addWidget(self._backup_box())
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _backup_box(self) -> QGroupBox:
        """The folders of the day close's backups (their retention is in the grid above)."""
        box = QGroupBox(self.tr("Backups at day close"))
        box.setObjectName("backupSettings")
        form = QGridLayout(box)
        form.setColumnStretch(1, 1)
        form.addWidget(
            wrapping_label(
                self.tr(
                    "Every day close backs the database up, encrypted with the data key, proves "
                    "the backup by restoring it to a temporary database, keeps the daily and "
                    "monthly backups set above and copies each one to the off-site folder. "
                    "Empty backup folder: the data directory's backups folder; empty off-site "
                    "folder: no off-site copy."
                )
            ),
            0,
            0,
            1,
            3,
        )
        self.folder_fields: dict[str, QLineEdit] = {}
        for number, key in enumerate(FOLDERS, start=1):
            label = QLabel(setting_label(key))
            field = QLineEdit(str(self._settings.get(key) or ""))
            field.setObjectName(f"setting_{key}")
            field.setPlaceholderText(self.tr("a folder's full path"))
            label.setBuddy(field)
            choose = QPushButton(self.tr("Choose…"))
            choose.setObjectName(f"choose_{key}")
            choose.clicked.connect(lambda _=False, f=field: self._choose_folder(f))
            form.addWidget(label, number, 0)
            form.addWidget(field, number, 1)
            form.addWidget(choose, number, 2)
            self.folder_fields[key] = field
        return box

    def _choose_folder(self, field: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), field.text())
        if chosen:
            field.setText(chosen)

    def save(self) -> None:
        """Check every changed value, then store them all at once (each audited), or none."""
        changed: list[tuple[str, object]] = []
        for key, field in self.fields.items():
            row = self._rows[key]
            try:
                value = checked_setting(key, field.text())
            except CounterError as exc:
                self._say(f"{setting_label(key)}: {error_message(exc)}", error=True)
                field.setFocus()
                return
            if value != row.value:
                changed.append((key, value))
        for key, field in self.folder_fields.items():
            try:
                folder = checked_folder(key, field.text())
            except CounterError as exc:
                self._say(f"{setting_label(key)}: {error_message(exc)}", error=True)
                field.setFocus()
                return
            if folder != (self._settings.get(key) or ""):
                changed.append((key, folder))
        try:
            self._settings.set_many(dict(changed))
        except CounterError as exc:
            key = str(exc.params.get("field", ""))
            refused = self.fields.get(key) or self.folder_fields.get(key)
            label = f"{setting_label(key)}: " if refused is not None else ""
            self._say(f"{label}{error_message(exc)}", error=True)
            self._reload(keep_typed=True)
            if refused is not None:
                refused.setFocus()
            return
        self._reload()
        if changed:
            names = "; ".join(setting_label(key) for key, _ in changed)
            self._say(self.tr("Saved: {names}.").format(names=names))
        else:
            self._say(self.tr("Nothing was changed."))

    def _reload(self, *, keep_typed: bool = False) -> None:
        for row in self._settings.editable():
            self._rows[row.key] = row
            if not keep_typed:
                self.fields[row.key].setText(_shown(row, row.value))
        if not keep_typed:
            for key, field in self.folder_fields.items():
                field.setText(str(self._settings.get(key) or ""))

    def _say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)


def _range_text(row: SettingRow, value: object) -> str:
    return f"{value:.2f}" if row.kind == "money" else f"{value:.0f}"
