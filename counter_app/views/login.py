"""Sign-in dialog: 工号 and password, Enter signs in, Esc quits.

It is the first window of the day and is shown before the database is open: it needs nothing
but Qt (the message catalogue and the password dialog are loaded when they are needed). The
database comes up behind it while the clerk types (views/app.py); until it is there the
dialog has no ``auth``, and a sign-in asked for in that time waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.views.widgets import ERROR_STYLE, answer_buttons, message_line, password_field

if TYPE_CHECKING:
    from counter_app.services.auth import AuthService
    from counter_app.services.base import Actor

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class LoginDialog(QDialog):
    """Ask for credentials until they are right or the clerk gives up.

    Args:
        auth: checks the credentials; None while the database is still being opened (see
            :meth:`set_auth`).
        counter_number: this workstation's counter.
        demo_hint: show the demo users (only when the database holds demo data).
        language: current language code.
        on_language: called with a new language code when the user switches.
        employee_no: the 工号 to start with (the administrator first-run setup created).
    """

    def __init__(
        self,
        auth: AuthService | None,
        counter_number: int,
        *,
        demo_hint: bool = False,
        language: str = "zh_CN",
        on_language: Callable[[str], None] | None = None,
        employee_no: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        # The clerk asked to sign in before the database was open: done once it is.
        self._waiting = False
        self._counter_number = counter_number
        self._demo_hint = demo_hint
        self._on_language = on_language
        self.actor: Actor | None = None

        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter_label = QLabel()
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.employee_no = QLineEdit()
        self.employee_no.setObjectName("employeeNo")
        self.employee_no.setMaxLength(20)
        self.password = password_field("password")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_changed)

        self.form = QFormLayout()
        self.employee_label = QLabel()
        self.password_label = QLabel()
        self.language_label = QLabel()
        self.employee_label.setBuddy(self.employee_no)
        self.password_label.setBuddy(self.password)
        self.language_label.setBuddy(self.language)
        self.form.addRow(self.employee_label, self.employee_no)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.language_label, self.language)

        self.error = message_line("loginError")
        self.hint = QLabel()
        self.hint.setObjectName("demoHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setVisible(demo_hint)

        # Their words come in retranslate(), as every text here, so a language change renames them.
        self.buttons, self.sign_in_button, self.quit_button = answer_buttons(
            ("", "signInButton"), ("", "quitButton"), self._try_sign_in, self.reject
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counter_label)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addWidget(self.hint)
        self.retranslate()
        self.employee_no.setText(employee_no)
        (self.password if employee_no else self.employee_no).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counter - Sign in"))
        self.title.setText(self.tr("Service Hall Counter"))
        self.counter_label.setText(self.tr("Counter {n}").format(n=self._counter_number))
        self.employee_label.setText(self.tr("&Employee no.:"))
        self.password_label.setText(self.tr("&Password:"))
        self.language_label.setText(self.tr("&Language:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        self.hint.setText(
            self.tr(
                "Demo data: clerk G1001, manager M1001, auditor A1001, administrator S0001; "
                "password counter123."
            )
        )

    def set_auth(self, auth: AuthService, *, demo_hint: bool = False) -> None:
        """The database is open: sign-in can be checked, and one asked for meanwhile is."""
        self._auth = auth
        self._demo_hint = demo_hint
        self.hint.setVisible(demo_hint)
        if self._waiting:
            self.forget_waiting()
            self._try_sign_in()

    def set_counter_number(self, counter_number: int) -> None:
        self._counter_number = counter_number
        self.retranslate()

    def forget_waiting(self) -> None:
        """Drop a sign-in asked for before the database was open (first-run setup came first)."""
        self._waiting = False
        self.error.clear()
        self.error.setStyleSheet(ERROR_STYLE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if self._on_language is not None and code:
            self._on_language(code)

    def _try_sign_in(self) -> None:
        employee_no = self.employee_no.text().strip()
        password = self.password.text()
        if not employee_no:
            self.error.setText(self.tr("Please enter your employee number."))
            self.employee_no.setFocus()
            return
        if not password:
            self.error.setText(self.tr("Please enter your password."))
            self.password.setFocus()
            return
        if self._auth is None:
            self._waiting = True
            self.error.setStyleSheet("color: #555;")  # not an error: it goes on by itself
            self.error.setText(self.tr("Connecting to the database..."))
            return
        try:
            actor = self._auth.sign_in(employee_no, password, self._counter_number)
        except CounterError as exc:
            from counter_app.views.errors import error_message

            self.error.setText(error_message(exc))
            self.password.clear()
            self.password.setFocus()
            return
        if actor.must_change_password:
            # A password someone else set opens nothing but the change of it.
            from counter_app.views.password_dialog import ChangePasswordDialog

            dialog = ChangePasswordDialog(self._auth, actor, self)
            if not dialog.exec() or dialog.actor is None:
                self.error.setText(
                    self.tr("Choose your own password to sign in: it was set by an administrator.")
                )
                self.password.clear()
                self.password.setFocus()
                return
            actor = dialog.actor
        self.actor = actor
        self.accept()
