"""Setup → Users (administrators only): the office database's logins, their roles and salespeople."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from contactdesk.crm import user_setup
from contactdesk.crm.enums import UserRole
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.user_setup import UserData
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.user_dialog import UserDialog

translate = QCoreApplication.translate


def role_text(role: UserRole) -> str:
    """A role as the user setup shows it."""
    if role is UserRole.ADMIN:
        return translate("UsersTab", "Administrator")
    return translate("UsersTab", "Staff")


class UsersTab(ListTab[UserData]):
    """Add users (a server login each), change their role or salesperson, take their access away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.office = True
        columns: list[Column[UserData]] = [
            Column(lambda: self.tr("Login"), lambda r: r.login),
            Column(lambda: self.tr("Role"), lambda r: r.role.value, display=lambda r: role_text(r.role)),
            Column(lambda: self.tr("Salesperson"), lambda r: r.salesperson_code),
            Column(
                lambda: self.tr("Access"),
                lambda r: r.active,
                display=lambda r: self.tr("Yes") if r.active else self.tr("Taken away"),
            ),
        ]
        super().__init__("setupUsers", self.tr("Users"), columns, parent)
        self.delete_button.setText(self.tr("&Take access away…"))
        self.delete_button.setAccessibleName(self.tr("Take the selected user's access away"))

    def refresh(self) -> None:
        try:
            self.office = user_setup.is_office()
        except (DomainError, StoreError):
            self.office = False
        super().refresh()

    def load(self) -> list[UserData]:
        return user_setup.list_users() if self.office else []

    def key_of(self, row: UserData) -> str:
        return row.login

    def edit_dialog(self, row: UserData | None) -> UserDialog:
        return UserDialog(row, self)

    def delete_record(self, row: UserData) -> None:
        user_setup.deactivate_user(row.login)

    def delete_question(self, row: UserData) -> str:
        return fill(
            self.tr(
                "Take away %1's access to ContactDesk? The login stays on the database server but can no longer "
                "connect to this database. Edit the user to give the access back."
            ),
            row.login,
        )

    def empty_text(self) -> str:
        if not self.office:
            return self.tr(
                "Users and roles are for the office database on a PostgreSQL server, where everyone logs in as "
                "themselves. On this computer's own database you are the only user and may change everything."
            )
        return self.tr("No users yet. Click New to add the first one.")

    def status_text(self) -> str:
        return self.tr("%n user(s)", "", self.model.rowCount())

    def _update_buttons(self) -> None:
        super()._update_buttons()
        row = self.current_record()
        self.new_button.setEnabled(self.new_button.isEnabled() and self.office)
        self.delete_button.setEnabled(self.delete_button.isEnabled() and row is not None and row.active)
