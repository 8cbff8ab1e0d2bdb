"""Typed user settings, declared once, stored with QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 8


class Settings:
    """Window geometry, last page, hidden list columns, interface language, last database and office connection."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _text(self, key: str) -> str:
        value = self._settings.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def language(self) -> str:
        """Interface language code ('' = follow the system)."""
        return self._text("ui/language")

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    @property
    def last_page(self) -> str:
        """objectName of the page shown when the window closed."""
        return self._text("window/last_page")

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._settings.setValue("window/last_page", name)

    @property
    def geometry(self) -> QByteArray | None:
        """Saved window geometry."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Saved toolbar/dock state."""
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def last_database(self) -> str:
        """The database file opened last time."""
        return self._text("data/last_database")

    @last_database.setter
    def last_database(self, path: str) -> None:
        self._settings.setValue("data/last_database", path)

    @property
    def recent_databases(self) -> list[str]:
        """Databases opened lately, most recent first: file paths and office addresses without password."""
        value = self._settings.value("data/recent_databases", [])
        if isinstance(value, str):  # QSettings gives a one-entry list back as a plain string
            value = [value]
        return [entry for entry in value if isinstance(entry, str) and entry] if isinstance(value, list) else []

    @recent_databases.setter
    def recent_databases(self, entries: list[str]) -> None:
        self._settings.setValue("data/recent_databases", list(entries[:RECENT_LIMIT]))

    def remember_database(self, where: str) -> None:
        """`where` was opened: it becomes the last database and the first of the recent ones."""
        self.last_database = where
        self.recent_databases = [where, *(entry for entry in self.recent_databases if entry != where)]

    @property
    def last_office(self) -> str:
        """The office database connected to last: its address without the password (never kept here)."""
        return self._text("office/last_connection")

    @last_office.setter
    def last_office(self, url: str) -> None:
        self._settings.setValue("office/last_connection", url)

    def hidden_columns(self, table: str) -> list[str]:
        """Keys of the columns the user hid in a list (objectName of its table); new columns show by default."""
        value = self._settings.value(f"columns/{table}/hidden", [])
        if isinstance(value, str):  # QSettings gives a one-entry list back as a plain string
            value = [value]
        return [key for key in value if isinstance(key, str) and key] if isinstance(value, list) else []

    def set_hidden_columns(self, table: str, keys: list[str]) -> None:
        """Remember which columns of a list are hidden."""
        self._settings.setValue(f"columns/{table}/hidden", list(keys))

    def sync(self) -> None:
        """Write to disk now."""
        self._settings.sync()
