"""The status bar's word on who is working: the login, and in the office database the role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from contactdesk.crm import user_setup
from contactdesk.crm.enums import UserRole
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


class UserStatus(QLabel):
    """ "User: anna (Staff)" in the office database, "User: anna" on a single desktop; its tooltip names the
    salesperson new segments and interactions get."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusUser")
        # Room between it and the row count beside it, which the status bar packs tightly.
        self.setContentsMargins(12, 0, 4, 0)

    def show_user(self) -> None:
        """Show the current user of the open database (nothing when none is open or it cannot say)."""
        try:
            me = user_setup.current()
        except (DomainError, StoreError):
            self.clear()
            self.setToolTip("")
            return
        if me.office:
            # The role names are the Users tab's, so the status bar and Setup say the same.
            role = (
                translate("UsersTab", "Administrator") if me.role is UserRole.ADMIN else translate("UsersTab", "Staff")
            )
            self.setText(fill(self.tr("User: %1 (%2)"), me.login, role))
        else:
            self.setText(fill(self.tr("User: %1"), me.login))
        self.setToolTip(
            fill(self.tr("New segments and interactions get your salesperson %1."), me.salesperson_code)
            if me.salesperson_code
            else self.tr("No salesperson is set up for you: new interactions get the contact's salesperson.")
        )
