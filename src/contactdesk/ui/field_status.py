"""The status bar's word on a field laptop's copy: "Field copy · 3 changes to send · last sync 14:05 · 2 conflicts".

Nothing shows on any other database. The conflicts are a link to the Conflicts page.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from contactdesk.crm.field.status import pending_changes

# Often enough that the count follows the user's work, rarely enough to cost nothing (one COUNT on a file).
REFRESH_MS = 2000


class FieldStatus(QLabel):
    """Shows what a field copy keeps for the office, when it last synchronised and its open conflicts."""

    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusField")
        self.setAccessibleName(self.tr("Field copy"))
        self.setContentsMargins(12, 0, 4, 0)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _link: self.conflicts_clicked.emit())
        self.plain = ""  # the text without its link, for tests and screen readers
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.show_pending)
        self.timer.start()
        self.show_pending()

    def show_pending(self) -> None:
        """Read the laptop's state again and show it (hide when this is no field copy)."""
        pending = pending_changes()
        if pending is None:
            self.plain = ""
            self.clear()
            self.setToolTip("")
            self.setVisible(False)
            return
        from contactdesk.crm.field.conflicts import open_count
        from contactdesk.crm.field.sync_state import last_sync

        parts = [self.tr("Field copy · %n change(s) to send", "", pending), self.last_sync_text(last_sync())]
        count = open_count()
        conflicts = self.tr("%n conflict(s)", "", count) if count else ""
        self.plain = " · ".join([*parts, conflicts] if conflicts else parts)
        shown = " · ".join(html.escape(part) for part in parts)
        if conflicts:
            shown += f' · <a href="conflicts">{html.escape(conflicts)}</a>'
        self.setText(shown)
        self.setAccessibleDescription(self.plain)
        tip = self.tr("Your changes are kept on this laptop until it synchronises with the office.")
        if conflicts:
            tip += " " + self.tr("Click the conflicts to decide which values stay.")
        self.setToolTip(tip)
        self.setVisible(True)

    def last_sync_text(self, moment: datetime | None) -> str:
        """ "last sync 14:05" today, with the date before today; "never synchronised" without one."""
        from contactdesk.ui.formatting import short_time, stamp
        from contactdesk.ui.placeholders import fill

        if moment is None:
            return self.tr("never synchronised")
        local = moment.replace(tzinfo=UTC).astimezone()
        if local.date() == datetime.now().astimezone().date():
            return fill(self.tr("last sync %1"), short_time(local.time()))
        return fill(self.tr("last sync %1"), stamp(moment))

    @classmethod
    def attach(cls, window: QMainWindow) -> FieldStatus:
        """Put one in `window`'s status bar, following its database (window.database_changed)."""
        status = cls(window)
        window.statusBar().addPermanentWidget(status)
        changed = getattr(window, "database_changed", None)
        if changed is not None:
            changed.connect(lambda _location: status.show_pending())
        return status
