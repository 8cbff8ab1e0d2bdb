"""File → Synchronise with office…: the laptop's changes to the office and the office's back, then one sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from contactdesk.ui import errors, messages
from contactdesk.ui.field.sync_runner import SyncOutcome, SyncProgress, SyncWork
from contactdesk.ui.placeholders import fill

if TYPE_CHECKING:
    from contactdesk.crm.field.sync_types import Progress


def _sync(password: str | None) -> SyncWork:
    def work(progress: Progress) -> Any:
        from contactdesk.crm.field.sync import sync  # the office driver and the sync: on first use

        return sync(password=password, progress=progress)

    return work


class SyncAction(QObject):
    """The menu action and what it does; `synced` tells the window to re-read its pages."""

    synced = Signal(object)  # the SyncResult

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.action = QAction(self.tr("S&ynchronise with office…"), parent)
        self.action.setObjectName("actionSyncOffice")
        self.action.setStatusTip(self.tr("Send this laptop's changes to the office and receive the office's"))
        self.action.triggered.connect(lambda _checked=False: self.synchronise())
        self.last_outcome: SyncOutcome | None = None
        self.work = _sync  # what a sync runs, given the password (tests may replace it)

    def synchronise(self, password: str | None = None) -> Any:
        """Run a sync with progress; say what it did or why it could not. Returns its SyncResult, or None."""
        outcome = SyncProgress(self.parent_widget).run(self.work(password))
        self.last_outcome = outcome
        title = self.tr("Synchronise with office")
        if outcome.cancelled:
            from contactdesk.ui.field_errors import FieldTexts

            messages.information(self.parent_widget, title, FieldTexts().canceled())
            return None
        if outcome.error is not None:
            if password is None and getattr(outcome.error, "reason", "") == "login_refused":
                asked = self._ask_password(errors.describe(outcome.error))
                if asked is not None:
                    return self.synchronise(asked)
                return None
            self._show_error(outcome, title)
            return None
        result = outcome.result
        messages.information(self.parent_widget, title, self.result_text(result))
        self.synced.emit(result)
        return result

    def result_text(self, result: Any) -> str:
        """One sentence: changes sent, changes received, new conflicts."""
        if not (result.pushed or result.pulled or result.conflicts):
            return self.tr("This laptop and the office were already up to date.")
        sentence = fill(
            self.tr("Synchronised with the office: %1 sent, %2 received."),
            self.tr("%n change(s)", "", result.pushed),
            self.tr("%n change(s)", "", result.pulled),
        )
        if result.conflicts:
            sentence += " " + self.tr(
                "%n conflict(s) need you: the office value stands until you choose on the Conflicts page.",
                "",
                result.conflicts,
            )
        return sentence

    def _ask_password(self, why: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Synchronise with office"),
            why + "\n\n" + self.tr("Password for the office database:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _show_error(self, outcome: SyncOutcome, title: str) -> None:
        error = outcome.error
        assert error is not None
        if errors.is_expected(error):
            errors.show_error(self.parent_widget, error, self.tr("Cannot synchronise"))
            return
        messages.error(
            self.parent_widget,
            self.tr("Unexpected error"),
            self.tr("The sync stopped with an unexpected error. What was not finished was left as it was."),
            outcome.details,
        )
