"""The line at the top of the main window that says the database cannot be reached.

A counter must say within 2 seconds that the central database does not answer, keep what
the clerk typed, and take up again by itself when it is back (docs/domain.md §11). The
:class:`HealthMonitor` asks the database the cheapest question there is
(``StatusService.ping``) twice a second, off the GUI thread; a question that fails, or that
has no answer after a second, means the database is away (at most 1.6 s after it went). A
screen's load that fails on an outage makes it look at once instead of at its next round.
While the database is away it keeps asking every second; at the first answer the banner
goes and every load that failed meanwhile runs again
(:func:`~counter_app.views.background.retry_waiting_loads`). Nothing on the screens is cleared
on the way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from counter_app.domain.errors import CounterError, DatabaseUnavailable
from counter_app.views.background import Loads, outage_reports, retry_waiting_loads

#: How often the database is asked while it answers, and while it does not.
PING_EVERY_S = 0.5
RETRY_EVERY_S = 1.0
#: A question with no answer after this long counts as no answer (a network that swallows
#: packets instead of refusing them answers nothing until TCP gives up).
NO_ANSWER_AFTER_S = 1.0
# How often the monitor looks at its question: finer than the two above, so the banner shows
# within 2 s of an outage whichever way it starts.
_TICK_MS = 100


class HealthMonitor(QObject):
    """Knows whether the database answers.

    Args:
        ping: the service call that asks it (``StatusService.ping``); raises
            :class:`DatabaseUnavailable` when it does not answer.

    Signals:
        lost(): the database stopped answering.
        restored(): it answers again; the loads that failed meanwhile have been started again.
    """

    lost = Signal()
    restored = Signal()

    def __init__(
        self,
        ping: Callable[[], None],
        parent: QObject | None = None,
        *,
        every_s: float = PING_EVERY_S,
        retry_every_s: float = RETRY_EVERY_S,
        no_answer_after_s: float = NO_ANSWER_AFTER_S,
    ) -> None:
        super().__init__(parent)
        self._ping = ping
        self._every = every_s
        self._retry_every = retry_every_s
        self._no_answer_after = no_answer_after_s
        self._asked_at = float("-inf")
        self.down = False
        #: When the database was last seen going away (``time.monotonic()``), for the record.
        self.lost_at: float | None = None
        self.loads = Loads(self)
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self.check)
        outage_reports().unavailable.connect(self.look_now)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def look_now(self) -> None:
        """A screen could not reach the database: ask at once instead of at the next round."""
        if not self.down and not self.loads.busy("ping"):
            self._ask(round_=False)

    def check(self) -> None:
        """One round: a question without an answer for too long means an outage; otherwise
        ask again once it is time to."""
        if self.loads.busy("ping"):
            if not self.down and self.loads.busy_for("ping") >= self._no_answer_after:
                self._went_away()
            return
        every = self._retry_every if self.down else self._every
        if time.monotonic() - self._asked_at >= every:
            self._ask()

    def _ask(self, *, round_: bool = True) -> None:
        self._asked_at = time.monotonic()
        # Not retried by the loads: the monitor asks again by itself.
        self.loads.run(
            "ping",
            self._ping,
            lambda _result: self._answered(round_),
            self._not_answered,
            retry=False,
        )

    def _answered(self, round_: bool) -> None:
        if self.down:
            self.down = False
            retry_waiting_loads()
            self.restored.emit()
        elif round_:
            # A load lost its connection while the database kept answering (a connection the
            # server ended, a blip shorter than a round): it runs again at the next round,
            # never sooner, so a load that keeps failing cannot spin.
            retry_waiting_loads()

    def _not_answered(self, exc: CounterError) -> None:
        if isinstance(exc, DatabaseUnavailable):
            self._went_away()

    def _went_away(self) -> None:
        if self.down:
            return
        self.down = True
        self.lost_at = time.monotonic()
        self.lost.emit()


class ConnectionBanner(QFrame):
    """ "中央数据库无法连接 — 正在重试…" above every work area while the database is away.

    Args:
        ping: the service call the :class:`HealthMonitor` asks the database with.
    """

    def __init__(
        self,
        ping: Callable[[], None],
        parent: QWidget | None = None,
        *,
        monitor: HealthMonitor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(
            "QFrame#connectionBanner { background: #8a5a00; border: none; }"
            "QFrame#connectionBanner QLabel { color: white; }"
        )
        self.title = QLabel(self.tr("The central database cannot be reached — retrying…"))
        self.title.setObjectName("connectionBannerTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.title.setFont(font)
        self.detail = QLabel(
            self.tr("What you typed is kept; the counter goes on by itself when it is back.")
        )
        self.detail.setObjectName("connectionBannerDetail")
        self.detail.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.title)
        row.addWidget(self.detail, 1)
        self.setVisible(False)

        self.monitor = monitor or HealthMonitor(ping, self)
        self.monitor.lost.connect(self._lost)
        self.monitor.restored.connect(self._restored)
        self.monitor.start()

    def stop(self) -> None:
        self.monitor.stop()

    def _lost(self) -> None:
        self.setVisible(True)

    def _restored(self) -> None:
        self.setVisible(False)
