"""A field sync in the background behind a progress dialog that names the step (sending, receiving) and can cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from contactdesk.crm.field.sync_types import Progress
from contactdesk.ui.worker import Worker

# What runs: the sync itself, given the progress callback (tests may hand in another function).
SyncWork = Callable[[Progress], Any]


class _Steps(QObject):
    """Carries the sync's progress from the worker thread to the dialog (a queued signal)."""

    step = Signal(str, int, int)


class SyncOutcome:
    """How a background sync ended: its result, the error it raised, or cancelled."""

    def __init__(self) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.details = ""
        self.cancelled = False


class SyncProgress(QObject):
    """Runs one sync while the window stays responsive; the dialog says what it is doing."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.dialog = QProgressDialog(self.tr("Connecting to the office…"), self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("syncProgressDialog")
        self.dialog.setWindowTitle(self.tr("Synchronise with office"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self._steps = _Steps(self)
        self._steps.step.connect(self.show_step)

    def show_step(self, step: str, done: int, total: int) -> None:
        """Name the step and how far it is ("push": sending, "pull": receiving)."""
        labels = {
            "push": self.tr("Sending this laptop's changes to the office…"),
            "pull": self.tr("Receiving the office's changes…"),
        }
        self.dialog.setLabelText(labels.get(step, self.tr("Connecting to the office…")))
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def run(self, work: SyncWork) -> SyncOutcome:
        """Run `work(progress)` on the worker pool; returns once it finished, failed or was cancelled."""
        outcome = SyncOutcome()
        loop = QEventLoop()

        def task(report: Callable[[int], None]) -> Any:
            def progress(step: str, done: int, total: int) -> bool:
                report(done)  # raises Cancelled once Cancel was pressed: the open transaction rolls back
                self._steps.step.emit(step, done, total)
                return True

            return work(progress)

        worker = Worker(task)

        def finished(result: Any) -> None:
            outcome.result = result
            loop.quit()

        def failed(error: BaseException, details: str) -> None:
            outcome.error, outcome.details = error, details
            loop.quit()

        def cancelled() -> None:
            outcome.cancelled = True
            loop.quit()

        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(failed)
        worker.signals.cancelled.connect(cancelled)
        self.dialog.canceled.connect(worker.cancel)
        worker.start()
        loop.exec()
        self.dialog.close()
        return outcome
