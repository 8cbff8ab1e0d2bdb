"""What every tab of the Setup page offers the page: a title, a refresh and a status line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class SetupTab(QWidget):
    """One tab of the Setup page."""

    status_changed = Signal(str)

    def title(self) -> str:
        """The tab's caption."""
        return self.objectName()

    def refresh(self) -> None:
        """Re-read what the tab shows."""

    def status_text(self) -> str:
        """The status bar text while this tab is shown (e.g. the row count)."""
        return ""
