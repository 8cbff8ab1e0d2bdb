"""Setup page (temporary shell while its tabs are being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from contactdesk.ui.pages.base import Page


class SetupPage(Page):
    """Tabs for every setup table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_setup")
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Setup")
