"""The hall's alarm on screen: a red banner over every work area for what cannot wait.

An emergency (a gas leak, a fire, electrical danger: docs/domain.md §6) must reach the hall's
manager at once, on whichever counter they are signed in. Each kind of alert is a *feed*
(:class:`AlertFeed`) that the main window's :class:`AlertBanner` polls with a timer; the banner
shows the oldest alert nobody here has acknowledged, says how many more wait, and hands
"Open" and "Acknowledge" back to the feed. Acknowledging is the feed's business (the service
records who acknowledged and when); the banner only stops showing what its feed no longer
returns.

The hall's alerts come from one service (``services.alerts``, kinds in
:mod:`counter_app.services.alerts_dto`) through one feed, :class:`HallAlertFeed`, which the main
window builds for a user who may see them. A work area makes its kind of alert open its own
screen with ``window.alert_feed.set_opener(kind, open_subject)``; a kind without an opener
still shows and can be acknowledged. Another source of alerts is another feed: an object with
``pending()``, ``acknowledge(alert_id)`` and ``open(alert_id)``, added with
:meth:`AlertBanner.add_feed`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget

from counter_app.domain.errors import CounterError
from counter_app.services.alerts_dto import EMERGENCY_COMPLAINT, EMERGENCY_REQUEST, AlertInfo
from counter_app.views.errors import error_message
from counter_app.views.timefmt import time_text
from counter_app.views.widgets import ElidedLabel, action_button

if TYPE_CHECKING:
    from counter_app.services.alerts import AlertService

log = logging.getLogger(__name__)

#: How often the banner asks its feeds: "within a few seconds" of the alert being raised.
POLL_MS = 3_000


@dataclass(frozen=True)
class BannerAlert:
    """One alert as the banner shows it.

    Attributes:
        alert_id: The feed's own id for it, handed back on open and acknowledge.
        text: What happened, already worded for the user (type, place, number).
        raised_at: When it was raised (shown in hall time).
    """

    alert_id: int
    text: str
    raised_at: datetime


class AlertFeed(Protocol):
    """One kind of alert (emergency requests, emergency complaints, ...)."""

    def pending(self) -> Sequence[BannerAlert]:
        """The alerts to show now, oldest first; raises CounterError when it cannot tell."""
        ...

    def acknowledge(self, alert_id: int) -> None:
        """Record that the user saw it; raises CounterError when that is refused."""
        ...

    def open(self, alert_id: int) -> None:
        """Show what the alert is about (e.g. the request's screen)."""
        ...


def alert_kind_label(kind: str) -> str:
    """What kind of alert it is, as the banner names it."""
    labels = {
        EMERGENCY_REQUEST: QCoreApplication.translate("AlertBanner", "Emergency request"),
        EMERGENCY_COMPLAINT: QCoreApplication.translate("AlertBanner", "Emergency complaint"),
    }
    return labels.get(kind, kind)


def banner_alert(info: AlertInfo) -> BannerAlert:
    """An alert of the service as the banner shows it: kind, subject and summary."""
    parts = [alert_kind_label(info.kind), info.subject, info.summary]
    return BannerAlert(info.id, "  ".join(p for p in parts if p), info.raised_at)


class HallAlertFeed:
    """The alerts of the signed-in manager's hall (``AlertService``), every kind.

    Args:
        alerts: The signed-in user's alert service.
    """

    def __init__(self, alerts: AlertService) -> None:
        self._alerts = alerts
        self._openers: dict[str, Callable[[str], object]] = {}
        self._last: dict[int, AlertInfo] = {}

    def set_opener(self, kind: str, open_subject: Callable[[str], object]) -> None:
        """ "Open" on an alert of ``kind`` calls ``open_subject(subject)`` (e.g. a number)."""
        self._openers[kind] = open_subject

    def pending(self) -> Sequence[BannerAlert]:
        infos = self._alerts.pending()
        self._last = {info.id: info for info in infos}
        return [banner_alert(info) for info in infos]

    def acknowledge(self, alert_id: int) -> None:
        self._alerts.acknowledge(alert_id)

    def open(self, alert_id: int) -> None:
        info = self._last.get(alert_id)
        if info is None:
            return
        opener = self._openers.get(info.kind)
        if opener is not None:
            opener(info.subject)


class AlertBanner(QFrame):
    """The red line at the top of the main window; hidden while nothing is pending.

    Signals:
        changed(int count): the number of pending alerts changed.
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            "QFrame#alertBanner { background: #b00020; border: none; }"
            "QFrame#alertBanner QLabel { color: white; }"
        )
        self._feeds: list[AlertFeed] = []
        self._shown: list[tuple[AlertFeed, BannerAlert]] = []

        self.title = QLabel(self.tr("EMERGENCY"))
        self.title.setObjectName("alertTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.title.setFont(font)
        self.text = ElidedLabel()
        self.text.setObjectName("alertText")
        self.text.setFont(font)
        self.more = QLabel()
        self.more.setObjectName("alertMore")
        self.open_button = action_button(self.tr("Open"), "alertOpen", self.open_current)
        self.ack_button = action_button(
            self.tr("Acknowledge"), "alertAcknowledge", self.acknowledge_current
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.title)
        row.addWidget(self.text, 1)
        row.addWidget(self.more)
        row.addWidget(self.open_button)
        row.addWidget(self.ack_button)
        self.setVisible(False)

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    # ------------------------------------------------------------------ feeds

    def add_feed(self, feed: AlertFeed) -> None:
        """Show ``feed``'s alerts from now on; polling starts with the first feed."""
        self._feeds.append(feed)
        self.poll()
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Ask every feed what is pending and show the oldest."""
        found: list[tuple[AlertFeed, BannerAlert]] = []
        for feed in self._feeds:
            try:
                found += [(feed, alert) for alert in feed.pending()]
            except CounterError as exc:
                # A database outage must not stop the counter; the next poll tries again.
                log.warning("An alert feed could not be read: %s", exc)
                continue
        found.sort(key=lambda pair: pair[1].raised_at)
        before = {(id(f), a.alert_id) for f, a in self._shown}
        self._shown = found
        self._show()
        after = {(id(f), a.alert_id) for f, a in found}
        if after != before:
            self.changed.emit(len(found))
            if after - before:
                window = self.window()
                QApplication.alert(window)  # the taskbar flashes when the window is behind

    def pending(self) -> tuple[BannerAlert, ...]:
        return tuple(a for _, a in self._shown)

    def _show(self) -> None:
        if not self._shown:
            self.setVisible(False)
            return
        _, alert = self._shown[0]
        self.text.setText(f"{time_text(alert.raised_at)}  {alert.text}")
        others = len(self._shown) - 1
        self.more.setText(self.tr("+{n} more").format(n=others) if others else "")
        self.more.setVisible(bool(others))
        self.setVisible(True)

    # ------------------------------------------------------------------ actions

    def open_current(self) -> None:
        if self._shown:
            feed, alert = self._shown[0]
            feed.open(alert.alert_id)

    def acknowledge_current(self) -> None:
        if not self._shown:
            return
        feed, alert = self._shown[0]
        try:
            feed.acknowledge(alert.alert_id)
        except CounterError as exc:
            self.text.setText(error_message(exc))
            return
        self.poll()
