"""What runs once the main window shows: last run's crash report, the daily backup in the background, and on a
field copy whose office answers, the offer to synchronise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow

# Late enough that the window has painted and answers its first clicks before the copy starts.
DAILY_BACKUP_DELAY_MS = 3000


def after_start(window: MainWindow) -> None:
    """Queue the crash report and the daily backup; neither delays the window showing."""
    from contactdesk.ui.crash_report import offer_crash_report

    QTimer.singleShot(0, window, lambda: offer_crash_report(window))
    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, window.actions_.backups.start_daily_backup)
    QTimer.singleShot(0, window, window.field.offer_sync)  # a field copy whose office answers: offer to sync
