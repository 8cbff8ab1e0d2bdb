"""Polls the change feed on the GUI thread and tells the window which tables others changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from contactdesk.crm.changes import ChangeFeed
from contactdesk.crm.errors import DomainError, StoreError

POLL_MS = 1000


class ChangeWatcher(QObject):
    """changed(tables) about once a second while another user (or process) changes data."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._feed: ChangeFeed | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Watch the database that is open now (a previous one is let go of)."""
        self.stop()
        feed = ChangeFeed()
        try:
            feed.start()
        except (DomainError, StoreError, OSError, ImportError):
            # Without the feed the lists still refresh on every visit and after own changes.
            return
        except Exception:  # noqa: BLE001 - the server refused the listening connection: same as above
            return
        self._feed = feed
        self._timer.start()

    def stop(self) -> None:
        """Stop polling and close the feed's own connection."""
        self._timer.stop()
        if self._feed is not None:
            self._feed.stop()
        self._feed = None

    def poll(self) -> None:
        """Ask the feed; emit changed when something changed."""
        if self._feed is None:
            return
        try:
            tables = self._feed.poll()
        except Exception:  # noqa: BLE001 - a lost connection is told by the next real action, not by a timer
            return
        if tables:
            self.changed.emit(tables)
