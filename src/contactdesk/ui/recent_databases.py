"""File → Recent databases, and which database the app starts on when none is given.

An entry is what the user would type as --db: a SQLite file's full path, or an office database's address
without its password (passwords live in the keychain, never in the settings).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from contactdesk.crm.locations import DatabaseLocation, UnsupportedDatabaseUrlError, parse_location
from contactdesk.ui.placeholders import fill
from contactdesk.ui.settings import Settings

translate = QCoreApplication.translate
_SHOWN_LENGTH = 70  # characters of a path shown in the menu; the middle gives way first


def remembered_as(location: DatabaseLocation) -> str:
    """How a database is remembered: the file's full path, or the office address without password."""
    if location.path is not None:
        return str(location.path)
    from contactdesk.crm.office_login import OfficeLogin  # an office address only: a file's start does without

    login = OfficeLogin.from_url(location)
    return login.url if login is not None else location.display


def _parsed(entry: str) -> DatabaseLocation | None:
    try:
        return parse_location(entry)
    except UnsupportedDatabaseUrlError:
        return None


@dataclass(frozen=True)
class StartDatabase:
    """The database to start on (None: the user's own in the data folder) and what to tell about the choice."""

    target: str | None
    note: str = ""


def start_database(given: str | None, settings: Settings) -> StartDatabase:
    """The database given on the command line, else the last one while it exists, else the user's own."""
    if given:
        return StartDatabase(given)
    location = _parsed(settings.last_database) if settings.last_database else None
    if location is None:
        return StartDatabase(None)
    if location.path is None:
        return StartDatabase(remembered_as(location))  # an office database: connect as usual
    if location.path.is_file():
        return StartDatabase(str(location.path))
    # The file's name only: a status bar shows one line, and a long folder would push the rest out of sight.
    note = translate("RecentDatabases", "The last database, %1, is no longer there; your own one is open.")
    return StartDatabase(None, fill(note, location.path.name))


def _shown(entry: str) -> str:
    home = str(Path.home())
    text = "~" + entry[len(home) :] if entry.startswith(home + os.sep) else entry
    if len(text) > _SHOWN_LENGTH:
        half = (_SHOWN_LENGTH - 1) // 2
        text = f"{text[:half]}…{text[-half:]}"
    return text.replace("&", "&&")


class RecentDatabasesMenu(QMenu):
    """Up to eight databases opened lately, most recent first, and Clear list; re-read each time it opens."""

    def __init__(self, settings: Settings, open_database: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(translate("RecentDatabases", "Rece&nt databases"), parent)
        self.setObjectName("menuRecentDatabases")
        self.setToolTipsVisible(True)
        self.settings = settings
        self._open = open_database
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """One entry per remembered database (numbered &1 … &8), then Clear list."""
        self.clear()
        entries = self.settings.recent_databases
        for number, entry in enumerate(entries, start=1):
            action = self.addAction(f"&{number} {_shown(entry)}")
            action.setObjectName(f"actionRecentDatabase_{number}")
            action.setToolTip(entry)
            action.setData(entry)
            action.triggered.connect(lambda _checked=False, chosen=entry: self.choose(chosen))
        if entries:
            self.addSeparator()
        clear = self.addAction(translate("RecentDatabases", "&Clear list"))
        clear.setObjectName("actionClearRecentDatabases")
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self.clear_list)

    def choose(self, entry: str) -> None:
        """Open a remembered database; a file that has gone is taken off the list, saying so."""
        location = _parsed(entry)
        if location is not None and location.path is not None and not Path(location.path).is_file():
            # The menu is re-read when it next opens (not now: the chosen entry is still being handled).
            self.settings.recent_databases = [kept for kept in self.settings.recent_databases if kept != entry]
            from contactdesk.ui import messages  # on first use: not needed for the first window

            messages.warning(
                self.parentWidget(),
                translate("RecentDatabases", "Recent databases"),
                fill(
                    translate(
                        "RecentDatabases",
                        "%1 is no longer there, so it has been taken off the list. If it was moved, open it "
                        "from its new place with Open database.",
                    ),
                    entry,
                ),
            )
            return
        self._open(entry)

    def clear_list(self) -> None:
        """Forget every recent database (the one open now stays open)."""
        self.settings.recent_databases = []
