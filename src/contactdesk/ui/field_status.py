"""The status bar's word on a field laptop's copy: "Field copy · 3 changes to send" (nothing elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from contactdesk.crm.field.status import pending_changes

# Often enough that the count follows the user's work, rarely enough to cost nothing (one COUNT on a file).
REFRESH_MS = 2000


class FieldStatus(QLabel):
    """Shows how many changes a field copy keeps for the office; hidden on any other database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusField")
        self.setAccessibleName(self.tr("Field copy"))
        self.setContentsMargins(12, 0, 4, 0)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.show_pending)
        self.timer.start()
        self.show_pending()

    def show_pending(self) -> None:
        """Read the count of changes to send again and show it (hide when this is no field copy)."""
        pending = pending_changes()
        if pending is None:
            self.clear()
            self.setToolTip("")
            self.setVisible(False)
            return
        self.setText(self.tr("Field copy · %n change(s) to send", "", pending))
        self.setToolTip(self.tr("Your changes are kept on this laptop until it synchronises with the office."))
        self.setVisible(True)

    @classmethod
    def attach(cls, window: QMainWindow) -> FieldStatus:
        """Put one in `window`'s status bar, following its database (window.database_changed)."""
        status = cls(window)
        window.statusBar().addPermanentWidget(status)
        changed = getattr(window, "database_changed", None)
        if changed is not None:
            changed.connect(lambda _location: status.show_pending())
        return status
