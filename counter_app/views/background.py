"""Service calls off the GUI thread: the one way a screen waits for the database.

The window must keep answering while the database is slow or gone (docs/domain.md §11): a
search, the 360 view, loading the payment screen or a long export never run their service
calls on the GUI thread. Two pieces do it:

* :class:`WorkerThread` runs one piece of work in a :class:`QThread` and hands back its result
  or its error by queued signal (the exports and the dashboard use it directly);
* :class:`Loads` is a screen's set of loads, each kind by its name ("search", "quote", …): the
  newest call of a kind wins, so a result that arrives after the clerk asked for something
  else is dropped, and a call that failed because the database could not be reached waits to
  be run again by :func:`retry_waiting_loads` once the connection banner sees it back.

Every service method opens its own unit of work, so a call may run on any thread; no session
or ORM object ever crosses between threads, only the DTOs the services return.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from counter_app.domain.errors import CounterError, DatabaseUnavailable
from counter_app.services.reports_dto import Cancelled, ExportCancelled, Progress

log = logging.getLogger(__name__)

#: Work for a :class:`WorkerThread`: called with ``progress(done, total)`` and ``cancelled()``.
Work = Callable[[Progress, Cancelled], object]

T = TypeVar("T")

# The progress signal is sent at most this often: a signal for each of 150,000 rows would keep
# the GUI thread busy with nothing but the bar.
_PROGRESS_EVERY = 0.05  # seconds


class WorkerThread(QThread):
    """Runs one piece of work off the GUI thread (an export, the dashboard's figures, a
    screen's load); talks to the GUI thread only through its signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ExportCancelled("cancelled by the user")
        now = time.monotonic()
        if now - self._last_emit >= _PROGRESS_EVERY or done >= total:
            self._last_emit = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which words or re-raises it
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


# ----------------------------------------------------------------------------- loads

# The threads of loads run on without a parent: a screen that closes while its call still
# waits for the database must not take the thread down with it (Qt aborts the process when a
# running QThread is destroyed). They are kept here until they end.
_running: set[WorkerThread] = set()
_inline = [False]


def run_inline(on: bool) -> None:
    """Run every load at once on the calling thread instead of a worker.

    For GUI tests that drive a screen step by step and look at each step's result on the next
    line; the application never does this, and the outage tests run the loads on workers as
    the application does.
    """
    _inline[0] = on


@atexit.register
def _wait_for_running_loads() -> None:
    for thread in list(_running):
        thread.wait(10_000)


class _Hub(QObject):
    """What the loads of every screen tell the connection banner, and how it answers."""

    unavailable = Signal()  # a screen's load failed: the database could not be reached

    def __init__(self) -> None:
        super().__init__()
        self.loads: weakref.WeakSet[Loads] = weakref.WeakSet()

    def reap(self) -> None:
        for thread in [t for t in _running if t.isFinished()]:
            _running.discard(thread)
            thread.deleteLater()


_hub: list[_Hub] = []


def outage_reports() -> _Hub:
    """The hub whose ``unavailable`` signal says a load found the database unreachable."""
    if not _hub:
        _hub.append(_Hub())
    return _hub[0]


def retry_waiting_loads() -> int:
    """Run again every load that failed because the database could not be reached; the
    number of loads started."""
    return sum(loads.retry() for loads in list(outage_reports().loads) if shiboken6.isValid(loads))


@dataclass
class _Request:
    call: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[CounterError], None] | None
    retry: bool


class _Delivery(QObject):
    """Brings one call's outcome to the GUI thread; gone with its screen, so a late result
    of a closed screen goes nowhere."""

    def __init__(self, loads: Loads, kind: str, seq: int, request: _Request) -> None:
        super().__init__(loads)
        self._loads = loads
        self._kind = kind
        self._seq = seq
        self._request = request

    def succeeded(self, result: object) -> None:
        self.deleteLater()
        self._loads._deliver(self._kind, self._seq, self._request, result, None)

    def failed(self, exc: BaseException) -> None:
        self.deleteLater()
        self._loads._deliver(self._kind, self._seq, self._request, None, exc)


class Loads(QObject):
    """The service calls of one screen, each kind by its name; the newest call of a kind wins.

    A call's ``done`` gets its result on the GUI thread; ``failed`` gets a :class:`CounterError`
    (an outage is a :class:`DatabaseUnavailable`); any other exception is a bug and is raised
    on the GUI thread, where it reaches the application's error dialog and log.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._seq: dict[str, int] = {}
        self._busy: dict[str, float] = {}  # kind → when its newest call started
        self._waiting: dict[str, _Request] = {}
        outage_reports().loads.add(self)

    def run(
        self,
        kind: str,
        call: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[CounterError], None] | None = None,
        *,
        retry: bool = True,
    ) -> None:
        """Start ``call`` off the GUI thread; an older call of the same kind is superseded.

        Args:
            kind: what is loaded; one result of each kind is wanted at a time.
            call: the service call; it runs on a worker and must not touch widgets.
            done: shows the result (on the GUI thread).
            failed: shows a refusal or an outage (on the GUI thread); the screen keeps
                everything else as it is.
            retry: run the call again by itself when the database is back after it failed
                to reach it.
        """
        self._start(kind, _Request(call, done, failed, retry))

    def _start(self, kind: str, request: _Request) -> None:
        seq = self._seq.get(kind, 0) + 1
        self._seq[kind] = seq
        self._waiting.pop(kind, None)
        self._busy[kind] = time.monotonic()
        if _inline[0]:
            try:
                result = request.call()
            except CounterError as exc:
                self._deliver(kind, seq, request, None, exc)
                return
            self._deliver(kind, seq, request, result, None)
            return
        delivery = _Delivery(self, kind, seq, request)
        thread = WorkerThread(lambda _progress, _cancelled: request.call())
        thread.succeeded.connect(delivery.succeeded)
        thread.failed.connect(delivery.failed)
        thread.finished.connect(outage_reports().reap)
        _running.add(thread)
        thread.start()

    def _deliver(
        self,
        kind: str,
        seq: int,
        request: _Request,
        result: object,
        error: BaseException | None,
    ) -> None:
        if self._seq.get(kind) != seq:
            if error is not None and not isinstance(error, CounterError):
                log.warning("a superseded %s load failed: %r", kind, error)
            return  # the clerk has asked for something newer meanwhile
        self._busy.pop(kind, None)
        if error is None:
            request.done(result)
            return
        if not isinstance(error, CounterError):
            raise error  # a bug: the application's error dialog and log
        if request.failed is not None:
            request.failed(error)
        if isinstance(error, DatabaseUnavailable) and request.retry:
            self._waiting[kind] = request
            outage_reports().unavailable.emit()

    def busy(self, kind: str | None = None) -> bool:
        """Whether a call (of ``kind``, or of any kind) has not answered yet."""
        return kind in self._busy if kind is not None else bool(self._busy)

    def busy_for(self, kind: str) -> float:
        """Seconds the newest call of ``kind`` has been waiting for its answer (0: none)."""
        started = self._busy.get(kind)
        return 0.0 if started is None else time.monotonic() - started

    def waiting(self) -> frozenset[str]:
        """The kinds whose newest call waits for the database to come back."""
        return frozenset(self._waiting)

    def drop(self, kind: str) -> None:
        """Forget a kind's call: its answer, if it still comes, is not shown."""
        self._seq[kind] = self._seq.get(kind, 0) + 1
        self._busy.pop(kind, None)
        self._waiting.pop(kind, None)

    def retry(self) -> int:
        """Run again the calls that failed to reach the database; how many were started."""
        waiting, self._waiting = self._waiting, {}
        for kind, request in waiting.items():
            self._start(kind, request)
        return len(waiting)
