"""The new password a user chooses when theirs was set by someone else (docs/domain.md §1).

The sign-in asks for it before the main window opens: an administrator's temporary password
(a new user's, a reset one) opens nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from counter_app.domain.errors import CounterError
from counter_app.services.passwords import MIN_PASSWORD_LENGTH
from counter_app.views.dialogs import message_line
from counter_app.views.errors import error_message
from counter_app.views.widgets import answer_buttons, wrapping_label
from counter_app.views.widgets import password_field as password_field  # passed on

if TYPE_CHECKING:
    from counter_app.services.auth import AuthService
    from counter_app.services.base import Actor


class ChangePasswordDialog(QDialog):
    """Old password, new password twice; :attr:`actor` is the user signed in afterwards."""

    def __init__(self, auth: AuthService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose your own password"))
        self.setMinimumWidth(440)
        self._auth = auth
        self._signed_in = actor
        self.actor: Actor | None = None
        intro = wrapping_label(
            self.tr(
                "{name}, your password was set by an administrator. Choose your own before you "
                "start: at least {n} characters, not your employee number."
            ).format(name=actor.name, n=MIN_PASSWORD_LENGTH)
        )
        self.old = password_field("oldPassword")
        self.new = password_field("newPassword")
        self.repeat = password_field("repeatPassword")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Current password:"), self.old),
            (self.tr("&New password:"), self.new),
            (self.tr("&Repeat new password:"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = message_line("changePasswordError")
        buttons, self.ok_button, _cancel = answer_buttons(
            (self.tr("Change password"), "changePasswordButton"),
            (self.tr("Cancel"), "cancelButton"),
            self._change,
            self.reject,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.old.setFocus()

    def _change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self.actor = self._auth.change_password(
                self._signed_in, self.old.text(), self.new.text()
            )
        except CounterError as exc:
            self.error.setText(error_message(exc))
            self.new.clear()
            self.repeat.clear()
            self.new.setFocus()
            return
        self.accept()
