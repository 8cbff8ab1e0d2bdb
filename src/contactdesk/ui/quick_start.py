"""The quick start: the main window paints its first contacts before the store, the menus and the icons load.

On a current database file with the contacts page to show, the window is built with only its frame and the
first page of contacts, read with the sqlite3 module alone (crm/first_contacts.py). Right after that first
paint, `finish` opens the database the ordinary way (peewee, the models) and MainWindow.finish_start() adds
the menus, the toolbar, the status widgets and the icons: one step, before the window handles its first
click or key. Any other start (an office database, a new or older file, another page to reopen) builds the
whole window first, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.settings import Settings

FIRST_PAGE = "page_contacts"
# Should the list not paint (a window the system keeps hidden), the rest is made after this long all the same.
FINISH_ANYWAY_MS = 1000


def first_window(target: str | None, settings: Settings) -> MainWindow | None:
    """The window with its frame and first contacts only; None when this start must take the ordinary way."""
    if not target or settings.last_page not in (None, "", FIRST_PAGE):
        return None
    from contactdesk.crm.first_contacts import first_contacts
    from contactdesk.ui.models.contacts_model import PAGE_SIZE

    first = first_contacts(target, PAGE_SIZE)
    if first is None:
        return None
    from contactdesk.ui.main_window import MainWindow

    return MainWindow(target, settings, first)


class _AfterFirstPaint(QObject):
    """Runs `then` once, in the event loop's next turn after the list (or its empty panel) has painted."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        # What holds the rows, or the panel an empty database shows in their place: it paints first, in the same
        # pass as them. (Not the table's viewport(): finding the Python class of a widget Qt made loads every
        # QtWidgets class, ~10 ms.)
        self._watched = [window.contacts.stack]
        window.contacts.stack.installEventFilter(self)
        self._done = False
        QTimer.singleShot(FINISH_ANYWAY_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance, not event.type(): PySide6 makes the QEvent.Type enum (~2 ms) on its first use.
        if isinstance(event, QPaintEvent) and watched in self._watched:
            self._stop_watching()
            QTimer.singleShot(0, self, self._run)
        return False

    def _stop_watching(self) -> None:
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = []

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._stop_watching()
        self._then()


def after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    """Call `then` right after the window's contacts list has first painted."""
    _AfterFirstPaint(window, then)
