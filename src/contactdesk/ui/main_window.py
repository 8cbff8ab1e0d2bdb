"""The main window: navigation on the left, one page at a time, menus, toolbar and status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from contactdesk import APP_NAME
from contactdesk.crm.locations import DatabaseLocation, parse_location
from contactdesk.ui.models.item_roles import USER_ROLE
from contactdesk.ui.pages.base import Page
from contactdesk.ui.pages.contacts_page import ContactsPage
from contactdesk.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from contactdesk.crm.first_contacts import FirstContacts
    from contactdesk.ui.change_watcher import ChangeWatcher
    from contactdesk.ui.connection_status import ConnectionStatus
    from contactdesk.ui.window_actions import WindowActions

# What the window's first paint does without is imported in finish_start() (menus, toolbar, icons, the store
# behind the status widgets): a start shows its first rows before any of it is loaded (ui/quick_start.py).
translate = QCoreApplication.translate


def _segments_page(parent: QWidget) -> Page:
    from contactdesk.ui.segments.segments_page import SegmentsPage

    return SegmentsPage(parent)


def _logged_segments_page(parent: QWidget) -> Page:
    from contactdesk.ui.logged.logged_page import LoggedSegmentsPage

    return LoggedSegmentsPage(parent)


def _interaction_log_page(parent: QWidget) -> Page:
    from contactdesk.ui.interactions.interaction_log_page import InteractionLogPage

    return InteractionLogPage(parent)


def _postponed_page(parent: QWidget) -> Page:
    from contactdesk.ui.interactions.postponed_page import PostponedPage

    return PostponedPage(parent)


def _campaigns_page(parent: QWidget) -> Page:
    from contactdesk.ui.campaigns.campaigns_page import CampaignsPage

    return CampaignsPage(parent)


def _setup_page(parent: QWidget) -> Page:
    from contactdesk.ui.setup.setup_page import SetupPage

    return SetupPage(parent)


def _conflicts_page(parent: QWidget) -> Page:
    from contactdesk.ui.field.conflicts_page import ConflictsPage

    return ConflictsPage(parent)


# Navigation: page name, title, and how to build the page. Pages other than Contacts are built the
# first time they are shown, which keeps start-up close to that of an empty window.
NAVIGATION: list[tuple[str, Callable[[], str], Callable[[QWidget], Page]]] = [
    ("page_contacts", lambda: translate("Navigation", "Contacts"), lambda parent: ContactsPage(parent)),
    ("page_segments", lambda: translate("Navigation", "Segments"), _segments_page),
    ("page_logged_segments", lambda: translate("Navigation", "Logged segments"), _logged_segments_page),
    ("page_interaction_log", lambda: translate("Navigation", "Interaction log"), _interaction_log_page),
    ("page_postponed", lambda: translate("Navigation", "Postponed interactions"), _postponed_page),
    ("page_campaigns", lambda: translate("Navigation", "Campaigns"), _campaigns_page),
    ("page_setup", lambda: translate("Navigation", "Setup"), _setup_page),
    ("page_conflicts", lambda: translate("Navigation", "Conflicts"), _conflicts_page),
]
# Pages only a field laptop's copy shows (ui/field/window_hook.py shows them there).
FIELD_PAGES = ("page_conflicts",)


class MainWindow(QMainWindow):
    """Hosts the pages; remembers its geometry and the page that was open."""

    database_changed = Signal(object)  # the DatabaseLocation now open (ui/desktop.py remembers it)
    start_finished = Signal()  # the start is done: the whole window made, the database open (mark_started)
    connection_status: ConnectionStatus
    actions_: WindowActions
    watcher: ChangeWatcher

    def __init__(
        self,
        database: DatabaseLocation | Path | str | None,
        settings: Settings | None = None,
        first: FirstContacts | None = None,
    ) -> None:
        """The whole window; given `first` (a start's first page of contacts), only the frame and the contacts
        list, with the rest made by finish_start() once the window has painted (ui/quick_start.py)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.started = False
        self.settings = settings or Settings()
        self.location = parse_location(database) if database is not None else None
        self.contacts = ContactsPage(self, self.settings, deferred=True)
        self._built: dict[str, Page] = {"page_contacts": self.contacts}
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.contacts)
        self.contacts.status_changed.connect(self._page_status)
        for name, title, _factory in NAVIGATION:
            item = QListWidgetItem(title(), self.nav)
            item.setData(USER_ROLE, name)
            item.setHidden(name in FIELD_PAGES)
        self.nav.setMaximumWidth(280)
        # Wide enough for the longest page name in the chosen language ("Geregistreerde segmenten").
        self.nav.setMinimumWidth(min(280, self.nav.sizeHintForColumn(0) + 24))
        splitter = QSplitter(parent=self)  # QSplitter(self) would load the Qt namespace to tell it from an orientation
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([180, 1000])
        self.setCentralWidget(splitter)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusRowCount")
        self.statusBar().addPermanentWidget(self.status_label)
        self._restore_geometry()
        if first is None:
            self.finish_start()
        else:
            # The frame and the first rows only: menus, toolbar, icons and the rest follow in finish_start().
            self.nav.setCurrentRow(0)
            self.contacts.show_first(first)
            self.setWindowTitle(f"{self.location.name} — {APP_NAME}" if self.location else APP_NAME)

    def finish_start(self) -> None:
        """Make what the first paint can do without: status widgets, menus and toolbar, icons, the change watcher.

        Everything reached from a menu, toolbar or shortcut is made here, in one go: no action is missing once
        the window answers its first key press. A start on a current database file calls this right after the
        window painted its first rows; every other MainWindow is built whole.
        """
        from PySide6.QtCore import Qt

        from contactdesk.ui import icons
        from contactdesk.ui.change_watcher import ChangeWatcher
        from contactdesk.ui.connection_status import ConnectionStatus
        from contactdesk.ui.field.window_hook import FieldHook
        from contactdesk.ui.field_status import FieldStatus
        from contactdesk.ui.user_status import UserStatus
        from contactdesk.ui.window_actions import WindowActions

        self.setWindowIcon(icons.app_icon())
        self.contacts.finish_start()
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.connection_status = ConnectionStatus(self)
        self.statusBar().addPermanentWidget(self.connection_status)
        self.user_status = UserStatus(self)
        self.statusBar().addPermanentWidget(self.user_status)
        self.field_status = FieldStatus.attach(self)
        self.actions_ = WindowActions(self)
        self.field = FieldHook(self)
        self.contacts.load_sample_requested.connect(self.actions_.load_sample_data)
        self._update_title()
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)  # again: the toolbar exists now
        self.watcher = ChangeWatcher(self)
        self.watcher.changed.connect(self._others_changed)
        self.nav.currentRowChanged.connect(self.show_page_at)
        names = [name for name, _title, _factory in NAVIGATION]
        last = self.settings.last_page
        row = names.index(last) if last in names else 0
        if row == self.nav.currentRow():
            # The first page is shown already: what it told before the menus existed, they hear now.
            self.contacts.has_contacts.emit(self.contacts.model.total() > 0)
            self.actions_.page_changed(self.current_page())
        else:
            self.nav.setCurrentRow(row)
        if self.location is not None:
            self.watcher.start()
        self.field.follow_database()

    def mark_started(self) -> None:
        """The start-up code is done with this window (ui/app.py): everything deferred has been made."""
        self.started = True
        self.start_finished.emit()

    def _update_title(self) -> None:
        from contactdesk.crm.database import ConnectionSecurity, current_security

        name = self.location.name if self.location else ""
        if self.location is not None and not self.location.is_file:
            self.connection_status.show_security(current_security(), self.location.display)
        else:
            self.connection_status.show_security(ConnectionSecurity.FILE)
        self.user_status.show_user()
        title = f"{name} — {APP_NAME}" if name else APP_NAME
        self.setWindowTitle(title + self.connection_status.title_suffix())

    def _restore_geometry(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1200, 760)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)

    def page(self, row: int) -> Page:
        """The page at a navigation row, built on first use."""
        name, _title, factory = NAVIGATION[row]
        page = self._built.get(name)
        if page is None:
            page = factory(self)
            page.setObjectName(name)
            self._built[name] = page
            self.stack.addWidget(page)
            page.status_changed.connect(self._page_status)
            from contactdesk.ui import icons

            icons.decorate(page)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigation order (builds the ones not yet shown)."""
        return [self.page(row) for row in range(len(NAVIGATION))]

    def page_actions(self) -> list[QAction]:
        """Actions for switching pages (Ctrl+1 … Ctrl+7)."""
        from PySide6.QtGui import QAction, QKeySequence

        result = []
        for number, (name, title, _factory) in enumerate(NAVIGATION):
            action = QAction(title(), self)
            action.setObjectName(f"actionShow_{name}")
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.nav.setCurrentRow(n))
            result.append(action)
        return result

    def show_page_at(self, row: int) -> None:
        """Switch pages and refresh the one shown."""
        if not 0 <= row < len(NAVIGATION):
            return
        page = self.page(row)
        self.stack.setCurrentWidget(page)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.settings.last_page = page.objectName()
        page.refresh()
        self.status_label.setText(page.status_text())
        self.actions_.page_changed(page)

    def current_page(self) -> Page:
        """The page on screen."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    def _page_status(self, text: str) -> None:
        if self.sender() is self.current_page():
            self.status_label.setText(text)

    def refresh_all(self) -> None:
        """Re-read the page on screen (after data changed underneath it)."""
        self.current_page().refresh()
        self.status_label.setText(self.current_page().status_text())

    def set_database(self, location: DatabaseLocation | None) -> None:
        """Show another database's data."""
        self.location = location
        self._update_title()
        self.watcher.start()
        self.refresh_all()
        self.database_changed.emit(location)

    def _others_changed(self, tables: set[str]) -> None:
        # Only the page on screen re-reads now; the others do when they are shown.
        page = self.current_page()
        page.others_changed(tables)
        self.status_label.setText(page.status_text())

    def changeEvent(self, event: QEvent) -> None:
        # Icons are drawn in the palette's text colour: redraw them when the palette changes (dark mode).
        # Before finish_start() there is nothing to decorate (and QEvent.Type, ~2 ms, is made after the first paint).
        if hasattr(self, "actions_") and event.type() == QEvent.Type.PaletteChange:
            from contactdesk.ui import icons

            icons.decorate(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if hasattr(self, "watcher"):
            self.watcher.stop()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)


def page_names(window: MainWindow) -> list[str]:
    """objectNames of the pages the navigation offers, in its order (for tests and scripts)."""
    return [name for row, (name, _title, _factory) in enumerate(NAVIGATION) if not window.nav.item(row).isHidden()]
