"""The Help menu's actions: Getting started, Keyboard shortcuts, Open log folder, About ContactDesk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from contactdesk.paths import log_dir
from contactdesk.ui import messages
from contactdesk.ui.placeholders import fill

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow


class HelpActions(QObject):
    """Builds the Help menu's actions for a main window and carries them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.getting_started = self._action("actionGettingStarted", self.tr("&Getting started"), self.show_guide)
        self.getting_started.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts = self._action("actionShortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.log_folder = self._action("actionOpenLogFolder", self.tr("Open &log folder"), self.open_log_folder)
        self.about = self._action("actionAbout", self.tr("&About ContactDesk"), self.show_about)

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def actions(self) -> list[QAction | None]:
        """Menu order; None is a separator."""
        return [self.getting_started, self.shortcuts, None, self.log_folder, None, self.about]

    def show_guide(self) -> None:
        """The getting-started guide."""
        from contactdesk.ui.help.getting_started import GettingStartedDialog

        GettingStartedDialog(self.window).exec()

    def open_windows(self) -> list[QWidget]:
        """The main window (every page built) and the segment worksheets that are open."""
        from contactdesk.ui.segments.worksheet import SegmentWorksheet

        self.window.pages  # noqa: B018 - builds every page, so each page's shortcuts exist
        sheets = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, SegmentWorksheet)]
        return [self.window, *(sheet for sheet in sheets if sheet.isVisible())]

    def show_shortcuts(self) -> None:
        """Every shortcut of the open windows."""
        from contactdesk.ui.help.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.open_windows(), self.window).exec()

    def open_log_folder(self) -> None:
        """The folder with contactdesk.log, in the file manager (made first if it is not there yet)."""
        folder = log_dir()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            messages.warning(
                self.window,
                self.tr("Open log folder"),
                fill(self.tr("No file manager could be opened. The log folder is %1"), str(folder)),
            )

    def show_about(self) -> None:
        """Versions, the database in use and the icon."""
        from contactdesk.ui.help.about_dialog import AboutDialog

        AboutDialog(self.window.location, self.window).exec()
