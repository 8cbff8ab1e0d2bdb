"""What every page of the main window offers the window: a title, a refresh and a status line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page in the main window's navigation."""

    status_changed = Signal(str)

    def title(self) -> str:
        """Name shown in the navigation."""
        return self.objectName()

    def refresh(self) -> None:
        """Re-read what the page shows."""

    def others_changed(self, tables: set[str]) -> None:
        """Another user changed these tables ("*": unknown which); a list page re-reads, keeping its place."""

    def status_text(self) -> str:
        """The status bar text for this page (e.g. the row count)."""
        return ""
