"""File → Back up database… and Restore from backup…, and the automatic daily backup after start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from contactdesk.crm import backups
from contactdesk.crm.database import switch_to
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, messages
from contactdesk.ui.i18n import current_language
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress
from contactdesk.ui.store_errors import office_backup_sentence
from contactdesk.ui.worker import Worker

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow

BACKUP_FILTER = "ContactDesk (*.sqlite *.db);;*"


class BackupActions(QObject):
    """Backing up and restoring the open database file (an office database is backed up on its server)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.back_up_action = QAction(self.tr("&Back up database…"), window)
        self.back_up_action.setObjectName("actionBackUpDatabase")
        self.back_up_action.triggered.connect(lambda _checked=False: self.back_up())
        self.restore_action = QAction(self.tr("Restore from bac&kup…"), window)
        self.restore_action.setObjectName("actionRestoreBackup")
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())
        self._daily: Worker | None = None

    def actions(self) -> list[QAction]:
        """Menu order."""
        return [self.back_up_action, self.restore_action]

    def _file(self, title: str) -> Path | None:
        """The open database's file; for an office database, say why there is none here."""
        location = self.window.location
        if location is None or location.path is None:
            messages.information(self.window, title, office_backup_sentence())
            return None
        return location.path

    def back_up(self) -> None:
        """Copy the open database to a file the user chooses, in the background."""
        title = self.tr("Back up database")
        database = self._file(title)
        if database is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, title, str(database.with_name(backups.suggested_name(database))), BACKUP_FILTER
        )
        if not chosen:
            return
        target = Path(chosen)
        done = run_with_progress(
            self.window, self.tr("Backing up the database…"), 100, lambda report: backups.back_up(target, report)
        )
        if done is not None:
            self.window.statusBar().showMessage(fill(self.tr("Database backed up to %1."), str(target)), 8000)

    def restore(self) -> None:
        """Put a backup in place of the open database, after a check, a question and a safety copy."""
        title = self.tr("Restore from backup")
        database = self._file(title)
        if database is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, title, str(backups.backups_folder(database)), BACKUP_FILTER
        )
        if not chosen:
            return
        backup = Path(chosen)
        try:
            backups.check_restore(backup)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.window, problem, title)
            return
        question = self.tr(
            "This replaces everything in the database %1 with the backup %2. Changes made since that backup "
            "are lost. A copy of the database as it is now is kept first. Restore?"
        )
        if not messages.confirm(self.window, title, fill(question, database.name, backup.name)):
            return
        safety = run_with_progress(
            self.window, self.tr("Restoring the backup…"), 100, lambda report: backups.restore(backup, report)
        )
        # Reopened whatever happened: after a failed restore it is the unchanged database.
        try:
            opened = switch_to(database, language=current_language())
        except (DomainError, StoreError) as problem:
            errors.show_error(self.window, problem, title)
            return
        self.window.set_database(opened.location)
        if safety is not None:
            messages.information(
                self.window,
                title,
                fill(
                    self.tr("The backup was restored. The database as it was before is kept as %1."),
                    str(safety),
                ),
            )

    def start_daily_backup(self) -> Worker | None:
        """Today's automatic backup of the open database file, in the background (once a day)."""
        location = self.window.location
        if location is None or location.path is None or self._daily is not None:
            return None
        path = location.path
        worker = Worker(lambda _report: backups.daily_backup(path))
        self._daily = worker
        worker.start()
        return worker
