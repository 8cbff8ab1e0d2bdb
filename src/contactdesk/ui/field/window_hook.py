"""What a field laptop's copy adds to the main window: the Conflicts page in the navigation, File → Synchronise
with office…, the status bar's link to the conflicts, and the offer to synchronise on start.

Each shows only while the open database is a field copy; MainWindow calls follow_database() when it changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from contactdesk.crm.field.status import is_field_copy
from contactdesk.ui.field.sync_action import SyncAction
from contactdesk.ui.field.sync_offer import SyncOffer

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow

CONFLICTS_PAGE = "page_conflicts"


class FieldHook(QObject):
    """Shows the field laptop's parts of the window on a field copy, and hides them elsewhere."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.sync = SyncAction(window)
        self.sync.synced.connect(self._after_sync)
        self.offer = SyncOffer(window, self.sync.synchronise)
        actions = window.actions_
        menu = window.menuBar().findChild(QMenu, "menuFile")
        if menu is not None:
            listed = menu.actions()
            at = listed.index(actions.connect_office) + 1 if actions.connect_office in listed else len(listed)
            menu.insertAction(listed[at] if at < len(listed) else None, self.sync.action)  # type: ignore[arg-type]
        window.field_status.conflicts_clicked.connect(self.show_conflicts)
        window.database_changed.connect(lambda _location: self.follow_database())
        window.stack.currentChanged.connect(lambda _index: self._follow_page())
        self.field = False
        self._page_followed = False

    def _follow_page(self) -> None:
        # The page is built on first show: from then on, a resolved conflict updates the status bar at once.
        page = self.window_.stack.currentWidget()
        if not self._page_followed and page is not None and page.objectName() == CONFLICTS_PAGE:
            page.resolved.connect(self.window_.field_status.show_pending)  # type: ignore[attr-defined]
            self._page_followed = True

    def follow_database(self) -> None:
        """Show or hide the field copy's parts for the database now open."""
        self.field = is_field_copy()
        window = self.window_
        row = self._conflicts_row()
        window.nav.item(row).setHidden(not self.field)
        for action in window.findChildren(QAction, f"actionShow_{CONFLICTS_PAGE}"):
            action.setVisible(self.field)
            action.setEnabled(self.field)
        self.sync.action.setVisible(self.field)
        self.sync.action.setEnabled(self.field)
        if not self.field and window.nav.currentRow() == row:
            window.nav.setCurrentRow(0)

    def _conflicts_row(self) -> int:
        from contactdesk.ui.main_window import NAVIGATION

        return next(n for n, (name, _title, _factory) in enumerate(NAVIGATION) if name == CONFLICTS_PAGE)

    def show_conflicts(self) -> None:
        """Switch to the Conflicts page."""
        self.window_.show_page_at(self._conflicts_row())

    def offer_sync(self) -> bool:
        """On start: when this is a field copy and its office answers, offer to synchronise (once per run)."""
        return self.field and self.offer.start()

    def _after_sync(self, result: Any) -> None:
        self.window_.refresh_all()
        self.window_.field_status.show_pending()
        if getattr(result, "conflicts", 0):
            self.show_conflicts()
