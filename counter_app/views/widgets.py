"""Small widgets and helpers that keep a screen within the screen.

A label whose text comes from data or from a message either wraps (``setWordWrap(True)``) or
elides with :class:`ElidedLabel`; it never sets the width of its window. A window's smallest
size comes from its layouts, and its first size from :func:`fit_to_screen`. A button beside
fields is made by :func:`action_button`, so Enter in a field never presses it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QRect, QSize, Qt, SignalInstance
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

# Room a window manager takes around a window before it is shown and the real frame is known:
# a title bar and borders as on Windows at 100 %, the largest of the desktops a hall uses.
TYPICAL_FRAME = QMargins(8, 31, 8, 8)


class ElidedLabel(QLabel):
    """Plain text that ends in "…" when it gets less room than it needs; the whole text is
    then its tooltip. Each line elides on its own.

    It asks for the width of its text but can be squeezed to a few characters, so a long
    name, address or message never widens the window. ``text()`` is always the whole text.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setProperty("elides", True)  # the screen-fit tests accept its "…"
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def clear(self) -> None:
        super().clear()
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        frame = self.contentsMargins()
        least = (
            self.fontMetrics().horizontalAdvance("…" * 3)
            + 2 * self.margin()
            + frame.left()
            + frame.right()
        )
        return QSize(min(hint.width(), least), hint.height())

    def is_elided(self) -> bool:
        """Whether some line of the text does not fit and shows "…"."""
        room = self._text_rect().width()
        metrics = self.fontMetrics()
        return any(metrics.horizontalAdvance(line) > room for line in self.text().split("\n"))

    def _text_rect(self) -> QRect:
        margin = self.margin()
        return self.contentsRect().adjusted(margin, margin, -margin, -margin)

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.text() and self.is_elided() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.drawFrame(painter)
        rect = self._text_rect()
        metrics = self.fontMetrics()
        shown = "\n".join(
            metrics.elidedText(line, self._mode, rect.width()) for line in self.text().split("\n")
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment().value),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


def wrapping_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for a message or data that may be long: it wraps onto more lines instead of
    widening its window."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def action_button(
    text: str, name: str, on_click: Callable[..., object] | SignalInstance
) -> QPushButton:
    """A button that runs ``on_click`` and is never a dialog's default button."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(on_click)
    return button


def back_on_escape(event: QKeyEvent, showing_one: bool, back: Callable[[], object]) -> bool:
    """Esc on an area that shows one record goes ``back`` to its list; True if it did.

    An area's ``keyPressEvent`` asks this first: Esc reaches the page from whichever child
    had focus in the record's view.
    """
    if event.key() == Qt.Key.Key_Escape and showing_one:
        back()
        event.accept()
        return True
    return False


def fit_placeholder(edit: QLineEdit) -> None:
    """Let ``edit`` never be narrower than its placeholder, so the hint is never cut."""
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    # Qt keeps 2 px on each side of the text inside the frame, and the frame itself.
    needed = metrics.horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right()
    needed += 4 + 2 * edit.style().pixelMetric(edit.style().PixelMetric.PM_DefaultFrameWidth)
    edit.setMinimumWidth(max(edit.minimumWidth(), needed + 4))


def fitted_size(preferred: QSize, minimum: QSize, available: QSize, frame: QMargins) -> QSize:
    """The size to open a window at: ``preferred``, bounded by the ``available`` screen area
    less the window ``frame``, but never below the window's ``minimum``."""
    room = QSize(
        available.width() - frame.left() - frame.right(),
        available.height() - frame.top() - frame.bottom(),
    )
    return preferred.boundedTo(room).expandedTo(minimum)


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give a top-level ``window`` its first size and centre it on the screen it opens on.

    The size is ``preferred`` where the screen allows, else what the screen's available area
    (without the taskbar) leaves after the window frame.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return
    area = screen.availableGeometry()
    size = fitted_size(preferred, window.minimumSizeHint(), area.size(), TYPICAL_FRAME)
    window.resize(size)
    outer = size.grownBy(TYPICAL_FRAME)
    window.move(
        area.left() + max(0, (area.width() - outer.width()) // 2),
        area.top() + max(0, (area.height() - outer.height()) // 2),
    )


def customer_screen(clerk: QScreen | None) -> QScreen | None:
    """The customer-facing second screen, when one is attached (docs/domain.md §12).

    Any screen other than the one the clerk's window is on; None with a single screen.
    """
    for screen in QGuiApplication.screens():
        if screen is not clerk:
            return screen
    return None


def place_for_customer(window: QWidget, clerk: QScreen | None) -> bool:
    """Centre ``window`` on the customer's screen; False (left where it is) without one.

    A dialog moved before it is shown keeps that place instead of centring on its parent.
    """
    screen = customer_screen(clerk)
    if screen is None:
        return False
    window.adjustSize()
    frame = QRect(window.geometry())
    frame.moveCenter(screen.availableGeometry().center())
    window.move(frame.topLeft())
    return True


# ----------------------------------------------------------------------------- colours

#: Red for what went wrong, is owed or is late; green for what went through; amber for what
#: is off but not wrong (长款). The same three on every screen.
RED = "#b00020"
GREEN = "#0b6e2e"
AMBER = "#8a5a00"
ERROR_STYLE = f"color: {RED};"
DONE_STYLE = f"color: {GREEN};"
#: A warning the clerk must not miss (a day left open, an emergency, a shortfall).
ALERT_STYLE = f"color: {RED}; font-weight: bold;"


def say(line: QLabel, text: str, *, error: bool = False) -> None:
    """Put ``text`` on a message line: red for a refusal, green for what was done."""
    line.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
    line.setText(text)


def message_line(name: str) -> QLabel:
    """A dialog's red line that says what went wrong; empty until something does.

    Here rather than in views/dialogs.py so the sign-in dialog, built before anything else,
    has it without the message catalogue.
    """
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def password_field(name: str) -> QLineEdit:
    """A field for a password (named ``name``): what is typed is not shown."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


def answer_buttons(
    accept: tuple[str, str],
    reject: tuple[str, str],
    on_accept: Callable[[], object],
    on_reject: Callable[[], object],
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's two buttons of its own: ``accept`` (its text and object name) is the default
    one and runs ``on_accept``; ``reject`` runs ``on_reject``, as Esc does.

    Buttons of its own, not the standard OK and Cancel: on a language change the button box
    would give standard buttons back their generic words.
    """
    box = QDialogButtonBox()
    yes = box.addButton(accept[0], QDialogButtonBox.ButtonRole.AcceptRole)
    yes.setObjectName(accept[1])
    yes.setDefault(True)
    no = box.addButton(reject[0], QDialogButtonBox.ButtonRole.RejectRole)
    no.setObjectName(reject[1])
    box.accepted.connect(on_accept)
    box.rejected.connect(on_reject)
    return box, yes, no
