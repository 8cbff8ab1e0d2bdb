"""Runs a Worker behind a cancellable progress dialog and reports the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from contactdesk.ui import errors, messages
from contactdesk.ui.worker import Worker

_CANCELLED = object()


def run_with_progress(
    parent: QWidget | None, label: str, maximum: int, work: Callable[[Callable[[int], None]], Any]
) -> Any:
    """Run `work` in the background while the window stays responsive; None if cancelled or failed."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, max(maximum, 0), parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Working…"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = Worker(work)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    worker.signals.progress.connect(dialog.setValue)
    worker.signals.finished.connect(lambda result: done("result", result))
    worker.signals.failed.connect(lambda exc, details: done("failed", (exc, details)))
    worker.signals.cancelled.connect(lambda: done("cancelled", True))
    dialog.canceled.connect(worker.cancel)
    worker.start()
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "failed" in outcome:
        exc, details = outcome["failed"]
        if errors.is_expected(exc):
            errors.show_error(parent, exc)
        else:
            messages.error(
                parent,
                QCoreApplication.translate("Errors", "Unexpected error"),
                QCoreApplication.translate("Errors", "The work stopped with an unexpected error; nothing was changed."),
                details,
            )
        return None
    return outcome.get("result")
