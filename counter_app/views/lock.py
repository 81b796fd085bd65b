"""Idle lock: after N quiet minutes the screen locks until the same user's password is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import CounterError
from counter_app.views.dialogs import message_line
from counter_app.views.errors import error_message
from counter_app.views.widgets import ALERT_STYLE

if TYPE_CHECKING:
    from counter_app.services.auth import AuthService
    from counter_app.services.base import Actor

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` when no key or mouse input reached the application for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.timeout.connect(self.idle)
        self._paused = False

    def start(self) -> None:
        self._paused = False
        self._timer.start()

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and event.type() in _ACTIVITY:
            self._timer.start()
        return False


class LockDialog(QDialog):
    """Covers the work until the signed-in user types their password.

    Given a parent, the lock covers the parent's whole window, frame and all, and follows it
    when it moves or is resized: a customer's name or address on screen must not show
    around a small box while the clerk is away.

    ``done(SIGN_OUT)`` when the user chooses to sign out instead (another clerk takes over).
    """

    SIGN_OUT = 2

    def __init__(self, auth: AuthService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._actor = actor
        self.setObjectName("lockDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Screen locked"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

        title = QLabel(self.tr("Screen locked"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(
            self.tr("Signed in: {name} ({employee_no}). Enter your password to continue.").format(
                name=actor.name, employee_no=actor.employee_no
            )
        )
        who.setWordWrap(True)
        # An emergency waiting for the manager is said here without its details, which stay
        # behind the lock with the rest of the work (views/alerts.py).
        self.alert_notice = message_line("lockAlert")
        self.alert_notice.setStyleSheet(ALERT_STYLE)
        self.alert_notice.setVisible(False)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        self.error = message_line("unlockError")
        unlock = QPushButton(self.tr("Unlock (Enter)"))
        unlock.setDefault(True)
        unlock.clicked.connect(self._unlock)
        self.sign_out_button = QPushButton(self.tr("Sign out (Ctrl+Shift+Q)"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(lambda: self.done(self.SIGN_OUT))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(unlock)
        self.panel = QFrame()
        self.panel.setObjectName("lockPanel")
        self.panel.setMaximumWidth(560)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.alert_notice)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.panel, 4)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(1)
        self.setMinimumWidth(420)
        self._covered: QWidget | None = None
        if parent is not None:
            self._covered = parent.window()
            self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
            self.setStyleSheet(
                "QDialog#lockDialog { background: #2b3440; }"
                "QFrame#lockPanel { background: white; border-radius: 8px; }"
            )
            self._covered.installEventFilter(self)
        self.password.setFocus()

    def show_alerts(self, count: int) -> None:
        """Say that ``count`` alerts wait behind the lock (none: say nothing)."""
        self.alert_notice.setText(
            self.tr("{n} emergency alerts are waiting: unlock to see them.").format(n=count)
        )
        self.alert_notice.setVisible(count > 0)

    def covered_window(self) -> QWidget | None:
        """The window this lock hides, if it was given one."""
        return self._covered

    def cover(self) -> None:
        """Lie exactly over the covered window, its frame included."""
        if self._covered is not None:
            self.setGeometry(self._covered.frameGeometry())

    def showEvent(self, event: QShowEvent) -> None:
        self.cover()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.cover()
        return False

    def done(self, result: int) -> None:
        if self._covered is not None:
            self._covered.removeEventFilter(self)
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc must not reveal the work behind the lock.
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        sign_out_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Q and event.modifiers() == sign_out_keys:
            self.done(self.SIGN_OUT)
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing the lock any other way than unlocking is not allowed."""

    def _unlock(self) -> None:
        try:
            self._auth.unlock(self._actor, self.password.text())
        except CounterError as exc:
            self.error.setText(error_message(exc))
            self.password.clear()
            return
        self.accept()
