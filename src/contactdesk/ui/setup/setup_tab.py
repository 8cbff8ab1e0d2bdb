"""What every tab of the Setup page offers the page: a title, a refresh and a status line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class SetupTab(QWidget):
    """One tab of the Setup page."""

    status_changed = Signal(str)
    read_only = False

    def title(self) -> str:
        """The tab's caption."""
        return self.objectName()

    def refresh(self) -> None:
        """Re-read what the tab shows."""

    def status_text(self) -> str:
        """The status bar text while this tab is shown (e.g. the row count)."""
        return ""

    def set_read_only(self, read_only: bool) -> None:
        """Staff see setup but may not change it: editing is disabled, and a tooltip says who can."""
        self.read_only = read_only
