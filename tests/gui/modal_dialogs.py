"""Answering a modal dialog that a click is about to open: the click only returns once the
dialog is closed, so what to do in it is scheduled before the click."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_shown(kind: type[W], act: Callable[[W], None]) -> None:
    """Run ``act`` on the next modal dialog of type ``kind`` as soon as it is on screen."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)
