"""A main window as a good desktop citizen: one window per database, recent databases, files opened by the OS.

A `.contactdesk` file is a ContactDesk database: the SQLite file itself, under the extension the installers
tie to ContactDesk (File → New database suggests it; `.sqlite` and `.db` files open as before). Double-clicking
one starts `contactdesk FILE`; on macOS the running app is sent a QFileOpenEvent instead, handled here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent

from contactdesk.crm.database import DatabaseLocation
from contactdesk.ui.recent_databases import remembered_as
from contactdesk.ui.single_instance import SingleInstance, hand_over, server_name

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
FILE_SUFFIX = ".contactdesk"
DATABASE_FILTER = "ContactDesk (*.contactdesk *.sqlite *.db);;*"
_NOTE_MS = 15000


class DesktopCitizen(QObject):
    """Joins a main window to its single-instance guard, the recent list and the OS's requests to open files."""

    def __init__(self, window: MainWindow, guard: SingleInstance | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.guard = guard or SingleInstance()
        self.guard.setParent(self)
        self.guard.message_received.connect(self.bring_to_front)
        window.database_changed.connect(self.database_changed)

    def started(self, location: DatabaseLocation, note: str = "") -> None:
        """The window shows its first database: remember it, answer for it, and tell `note` in the status bar."""
        self.database_changed(location)
        if note:
            self.window.statusBar().showMessage(note, _NOTE_MS)

    def database_changed(self, location: DatabaseLocation | None) -> None:
        """Another database is open now: it heads the recent list and later starts on it come here."""
        if location is None:
            return
        self.window.settings.remember_database(remembered_as(location))
        if not self.guard.claim(location):
            log.warning("another ContactDesk has this database open too")

    def bring_to_front(self, _message: str = "") -> None:
        """Show the window on top (restored when minimised), as a second start on its database asked."""
        window = self.window
        window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_file(self, path: str) -> None:
        """The OS asks to open a database: come forward if it is ours, hand it to the ContactDesk that has it
        open, else open it here."""
        ours = self.window.location is not None and server_name(self.window.location) == server_name(path)
        if not ours and not hand_over(path):
            self.window.actions_.open_target(path)
        self.bring_to_front()

    def install_file_open(self) -> None:
        """Hear the OS's requests to open a file (macOS sends them to the running application)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open_file(event.file())
            return True
        return super().eventFilter(watched, event)
