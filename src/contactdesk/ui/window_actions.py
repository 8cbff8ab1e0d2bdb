"""The main window's menus, toolbar and the actions that are not tied to one page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QToolBar

from contactdesk.crm.database import switch_to
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, icons, keys, messages, roles, single_instance
from contactdesk.ui.backup_actions import BackupActions
from contactdesk.ui.contacts_io.actions import ContactsIoActions
from contactdesk.ui.desktop import DATABASE_FILTER, FILE_SUFFIX
from contactdesk.ui.formatting import number
from contactdesk.ui.help.help_actions import HelpActions
from contactdesk.ui.i18n import current_language
from contactdesk.ui.menu_button import TOOL_BUTTON_STYLE
from contactdesk.ui.pages.base import Page
from contactdesk.ui.placeholders import fill
from contactdesk.ui.recent_databases import RecentDatabasesMenu

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow

translate = QCoreApplication.translate
DB_FILTER = DATABASE_FILTER


Shortcut = QKeySequence | QKeySequence.StandardKey | str


class WindowActions:
    """Builds the menu bar and toolbar for a MainWindow and handles their window-wide actions."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        contacts = window.contacts
        self.open_db = self._action(
            "actionOpenDatabase",
            translate("MainWindow", "&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        self.new_db = self._action("actionNewDatabase", translate("MainWindow", "New &database…"), self.new_database)
        self.connect_office = self._action(
            "actionConnectOffice", translate("MainWindow", "&Connect to office database…"), self.connect_to_office
        )
        self.sample = self._action(
            "actionLoadSampleData", translate("MainWindow", "Load &sample data…"), self.load_sample_data
        )
        self.preferences = self._action("actionSettings", translate("MainWindow", "Se&ttings…"), self.settings)
        self.preferences.setShortcuts(keys.settings_keys())
        self.quit = self._action(
            "actionQuit", translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
        )
        self.refresh = self._action(
            "actionRefresh", translate("MainWindow", "&Refresh"), window.refresh_all, QKeySequence.StandardKey.Refresh
        )
        self.help = HelpActions(window)
        menu = window.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        file_menu.setObjectName("menuFile")
        for action in (self.open_db, self.new_db, self.connect_office, self.sample):
            file_menu.addAction(action)
        file_menu.insertMenu(self.sample, RecentDatabasesMenu(window.settings, self.open_target, window))
        file_menu.aboutToShow.connect(self.follow_role)
        file_menu.addSeparator()
        self.contacts_io = ContactsIoActions(window)
        file_menu.addActions(self.contacts_io.actions())
        contacts.import_requested.connect(self.contacts_io.import_contacts)
        contacts.has_contacts.connect(self.contacts_io.export_action.setEnabled)
        file_menu.addSeparator()
        self.backups = BackupActions(window)
        file_menu.addActions(self.backups.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        contact_menu = menu.addMenu(translate("MainWindow", "&Contacts"))
        contact_menu.setObjectName("menuContacts")
        for action in contacts.page_actions():
            contact_menu.addAction(action)
        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        view_menu.setObjectName("menuView")
        for action in window.page_actions():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(contacts.columns.submenu(view_menu, "menuColumns"))
        view_menu.addAction(self.refresh)
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        help_menu.setObjectName("menuHelp")
        for entry in self.help.actions():
            if entry is None:
                help_menu.addSeparator()
            else:
                help_menu.addAction(entry)
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(TOOL_BUTTON_STYLE)
        for action in (contacts.new_action, contacts.edit_action, contacts.delete_action, contacts.interaction_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh)
        window.addToolBar(self.toolbar)
        for action in self.toolbar.actions():
            keys.name_shortcut_in_tip(action)
        icons.decorate(window)

    def _action(self, name: str, text: str, slot: object, shortcut: Shortcut | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def page_changed(self, page: Page) -> None:
        """Contact actions only make sense on the contacts page, and there only those its list allows."""
        self.window.contacts.set_actions_active(page is self.window.contacts)
        self.columns_menu.setEnabled(page is self.window.contacts)  # the contacts list's columns

    def _switch_to(self, target: str, *, create: bool) -> None:
        if not create and single_instance.hand_over(target):
            return  # another ContactDesk has it open: that window came to the front instead of a second one
        try:
            opened = switch_to(target, create=create, language=current_language())
        except (DomainError, StoreError) as problem:
            errors.show_error(self.window, problem, translate("MainWindow", "Cannot open the database"))
            return
        self.window.settings.last_database = opened.location.display
        self.window.set_database(opened.location)

    def open_target(self, target: str) -> None:
        """Open an existing database by its path or address (recent list, the file manager)."""
        self._switch_to(target, create=False)

    def open_database(self) -> None:
        """Choose an existing database file."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Open database"), "", DB_FILTER
        )
        if path:
            self._switch_to(path, create=False)

    def new_database(self) -> None:
        """Start a new, empty database file."""
        path, _filter = QFileDialog.getSaveFileName(
            self.window, translate("MainWindow", "New database"), "contactdesk" + FILE_SUFFIX, DB_FILTER
        )
        if not path:
            return
        if not Path(path).suffix:
            path += FILE_SUFFIX
        if Path(path).exists():
            messages.warning(
                self.window,
                translate("MainWindow", "New database"),
                fill(
                    translate(
                        "MainWindow", "%1 already exists. Choose a new file name, or use Open database to open it."
                    ),
                    path,
                ),
            )
            return
        self._switch_to(path, create=True)

    def connect_to_office(self) -> None:
        """Connect to the office's PostgreSQL database (the dialog stays open until it works or is cancelled)."""
        from contactdesk.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window.settings, self.window)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted and dialog.opened is not None:
            self.window.set_database(dialog.opened.location)

    def follow_role(self) -> None:
        """Sample data brings its own setup (salespeople, codes, templates): an administrator's action."""
        admin = roles.is_admin()
        self.sample.setEnabled(admin)
        roles.explain_lock((self.sample,), not admin, roles.admin_tip())

    def load_sample_data(self) -> None:
        """Fill the database with sample contacts in the background."""
        self.follow_role()  # also asked from the empty Contacts page, whose button does not know the role
        if not self.sample.isEnabled():
            messages.warning(self.window, translate("MainWindow", "Load sample data"), roles.admin_tip())
            return
        count, ok = QInputDialog.getInt(
            self.window,
            translate("MainWindow", "Load sample data"),
            translate("MainWindow", "How many sample contacts should be added?"),
            500,
            1,
            1_000_000,
            100,
        )
        if not ok:
            return
        from contactdesk.crm.demo import load_demo
        from contactdesk.ui.progress import run_with_progress  # on first use: not needed for the first window

        result = run_with_progress(
            self.window,
            translate("MainWindow", "Adding sample data…"),
            count,
            lambda report: load_demo(contacts=count, seed=1, progress=report),
        )
        if result is not None:
            # lupdate reads no plural forms from a module-level translate(): a wording that needs none.
            added = fill(translate("MainWindow", "Sample contacts added: %1."), number(result.contacts))
            self.window.statusBar().showMessage(added, 5000)
        self.window.refresh_all()

    def settings(self) -> None:
        """Interface language and other preferences."""
        from contactdesk.ui.settings_dialog import SettingsDialog  # on first use, as run_with_progress

        SettingsDialog(self.window.settings, self.window).exec()
