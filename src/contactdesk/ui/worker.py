"""Long work off the GUI thread: a QRunnable with progress, cancel and result signals."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from contactdesk import logsetup
from contactdesk.crm.database import connection
from contactdesk.ui.errors import is_expected

log = logging.getLogger("contactdesk")


class Cancelled(Exception):
    """Raised inside the work function when the user pressed Cancel; the transaction rolls back."""


class WorkerSignals(QObject):
    """Signals live on a QObject; the runnable itself cannot carry them."""

    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs `work(report)` on the thread pool with its own database connection.

    `report(n)` emits progress and raises Cancelled once cancel() was called, so the service's
    transaction rolls back and the database stays as it was.
    """

    def __init__(self, work: Callable[[Callable[[int], None]], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._work = work
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    def _report(self, value: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(value)

    def run(self) -> None:
        try:
            with connection():
                result = self._work(self._report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which shows a sentence
            details = traceback.format_exc()
            # The log keeps what the user only sees as a sentence (a merge worker process's traceback
            # arrives chained to the exception, so it is in `details` too).
            if is_expected(exc):
                log.warning("background work refused: %s", type(exc).__name__)
            else:
                logsetup.log_failure("background work", exc, details)
            self.signals.failed.emit(exc, details)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        """Queue on the global pool."""
        QThreadPool.globalInstance().start(self)
