"""Long exports off the GUI thread, with a progress dialog that can cancel them.

A report or a month's payments journal takes seconds to write; the window must keep
answering meanwhile. :class:`ExportRunner` runs the export's function in a
:class:`~counter_app.views.background.WorkerThread`
and shows a :class:`QProgressDialog`; the function gets a ``progress(done, total)`` callback,
which raises once the user pressed 取消, so the export stops where it is. The services write
their files whole or not at all (a temporary file renamed into place); a target this run
created is also removed again when the export did not finish, so a cancelled or failed export
never leaves a file behind.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from counter_app.domain.errors import CounterError
from counter_app.services.reports_dto import ExportCancelled
from counter_app.views.background import Work, WorkerThread

#: The export: called in the worker with ``progress(done, total)`` and ``cancelled()``.
ExportWork = Work

_frozen = 0  # exports running, for _hold_heap
_switch = [0.005]  # the interpreter's thread switch interval before the first export
# The GUI thread gets the interpreter back at least this often while an export runs (Python's
# default is 5 ms, and every Qt call that lets go of it may wait that long to take it back).
_SWITCH_DURING_EXPORT = 0.001


def _hold_heap(on: bool) -> None:
    """No cyclic garbage collection while an export runs; the objects that existed before it
    are frozen out of the collector's passes until the last export ends.

    An export allocates hundreds of thousands of rows, which sets off full collections; each
    one walks every object of the application (half a second on a counter PC, a tenth with
    the old objects frozen) and holds the GUI thread as long. The rows themselves are freed
    by reference counting as each chunk is written, so nothing piles up meanwhile; what did
    is collected once the export is over.
    """
    global _frozen
    _frozen += 1 if on else -1
    if on and _frozen == 1:
        gc.freeze()
        gc.disable()
        _switch[0] = sys.getswitchinterval()
        sys.setswitchinterval(_SWITCH_DURING_EXPORT)
    elif not on and _frozen == 0:
        sys.setswitchinterval(_switch[0])
        gc.enable()
        gc.unfreeze()


class ExportState(Enum):
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class ExportOutcome:
    """How an export ended: its result, or the error that stopped it."""

    state: ExportState
    result: object = None
    error: BaseException | None = None
    seconds: float = 0.0


class ExportRunner(QObject):
    """One export at a time for a screen, with its progress dialog.

    Signals:
        finished(ExportOutcome): the export ended, whichever way.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._thread: WorkerThread | None = None
        self._dialog: QProgressDialog | None = None
        self._created: list[Path] = []
        self._started = 0.0
        self.last: ExportOutcome | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def dialog(self) -> QProgressDialog | None:
        """The progress dialog of the export that runs, if one does."""
        return self._dialog

    def start(self, label: str, work: ExportWork, targets: Sequence[Path] = ()) -> bool:
        """Run ``work`` in the background; False when another export still runs.

        Args:
            label: what the progress dialog says is being done.
            work: the export; it calls ``progress(done, total)`` as it goes.
            targets: the files it writes; those that do not exist yet are removed again if
                the export is cancelled or fails.
        """
        if self._thread is not None:
            return False
        self._created = [p for p in targets if not p.exists()]
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        thread = WorkerThread(work, self)
        thread.progressed.connect(self._progressed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        dialog.canceled.connect(self.cancel)
        dialog.rejected.connect(self.cancel)  # Esc cancels too, as 取消 does
        self._thread = thread
        self._dialog = dialog
        self._started = time.monotonic()
        _hold_heap(True)
        thread.start()
        dialog.show()
        return True

    def cancel(self) -> None:
        """Stop the export at its next step; nothing it wrote is kept."""
        if self._thread is not None:
            self._thread.cancel()
            if self._dialog is not None:
                self._dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))

    def _succeeded(self, result: object) -> None:
        cancelled = self._thread is not None and self._thread.cancelled()
        if cancelled:
            # Cancelled after the last step: the user asked for nothing, so nothing stays.
            self._end(ExportOutcome(ExportState.CANCELLED))
            return
        self._created = []
        self._end(ExportOutcome(ExportState.DONE, result=result))

    def _failed(self, exc: BaseException) -> None:
        # A service may word the interruption as an error of its own: the user's cancel
        # still is what stopped it.
        if isinstance(exc, ExportCancelled) or (
            self._thread is not None and self._thread.cancelled()
        ):
            self._end(ExportOutcome(ExportState.CANCELLED))
            return
        self._end(ExportOutcome(ExportState.FAILED, error=exc))
        if not isinstance(exc, CounterError | OSError):
            raise exc  # a bug: the application's error dialog and log

    def _end(self, outcome: ExportOutcome) -> None:
        thread, dialog = self._thread, self._dialog
        self._thread = None
        self._dialog = None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
            _hold_heap(False)
        for path in self._created:
            path.unlink(missing_ok=True)
        self._created = []
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        self.last = outcome = ExportOutcome(
            outcome.state, outcome.result, outcome.error, time.monotonic() - self._started
        )
        self.finished.emit(outcome)
