"""File menu actions for importing and exporting contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard
    from contactdesk.ui.main_window import MainWindow


class ContactsIoActions(QObject):
    """File → Import contacts… and File → Export contacts…; both open a window-modal dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(self.tr("&Import contacts…"), window)
        self.import_action.setObjectName("actionImportContacts")
        self.import_action.triggered.connect(self.import_contacts)
        self.export_action = QAction(self.tr("&Export contacts…"), window)
        self.export_action.setObjectName("actionExportContacts")
        self.export_action.triggered.connect(self.export_contacts)
        self.dialog: QDialog | None = None

    def actions(self) -> list[QAction]:
        """The actions, in menu order."""
        return [self.import_action, self.export_action]

    def import_contacts(self) -> None:
        """Open the import wizard; the list refreshes when it imported something."""
        from contactdesk.ui.contacts_io.import_wizard import ImportWizard

        wizard = ImportWizard(self.window)
        wizard.finished.connect(lambda _code: self._imported(wizard))
        self._open(wizard)

    def _imported(self, wizard: ImportWizard) -> None:
        result = wizard.imported
        if result is None:
            return
        self.window.refresh_all()
        text = self.tr("%n contact(s) imported", "", result.imported)
        if result.updated:
            text += "; " + self.tr("%n updated", "", result.updated)
        if result.skipped:
            text += "; " + self.tr("%n skipped", "", result.skipped)
        self.window.statusBar().showMessage(text + ".", 10000)

    def export_contacts(self) -> None:
        """Open the export dialog with the contacts page's current search."""
        from contactdesk.ui.contacts_io.export_dialog import ExportDialog

        self._open(ExportDialog(self.window, query=self.window.contacts.model.query))

    def _open(self, dialog: QDialog) -> None:
        # Window-modal and non-blocking, like the contact card.
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
