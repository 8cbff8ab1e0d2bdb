"""One hook for unexpected exceptions: log the traceback, show a short box with "Copy details"."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from contactdesk import logsetup
from contactdesk.ui import errors, messages

log = logging.getLogger("contactdesk")


def handle_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Expected errors become a sentence; anything else is logged and reported without a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    parent = QApplication.activeWindow()
    if errors.is_expected(value):
        errors.show_error(parent, value)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    # Also kept for the next start, which offers it to send (ui/crash_report.py).
    logsetup.record_unexpected(details)
    messages.error(
        parent,
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors",
            "ContactDesk ran into a problem it did not expect. Your data is safe: the last action was not "
            "saved. Try again; if it happens again, send the details to your administrator.",
        ),
        details,
    )


def install() -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the handler."""
    sys.excepthook = handle_exception
