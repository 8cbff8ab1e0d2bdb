"""Add a user (a new server login, or one that exists) or change a user's role, salesperson and access."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from contactdesk.crm import user_setup
from contactdesk.crm.enums import UserRole
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.crm.user_setup import UserData
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_dialog import FormDialog
from contactdesk.ui.setup.form_fields import refill_code_combo


class UserDialog(FormDialog):
    """Login, password (new users only), role, salesperson and access."""

    def __init__(self, data: UserData | None = None, parent: QWidget | None = None) -> None:
        title = fill(self.tr("User %1"), data.login) if data else self.tr("New user")
        super().__init__("userDialog", title, parent)
        self.existing = data
        form = self.add_section()
        self.login = self.fields.add(form, "login", self.tr("Login"), QLineEdit(self))
        self.password = self.fields.add(form, "password", self.tr("Password"), QLineEdit(self))
        self.repeat = self.fields.add(form, "password_repeat", self.tr("Repeat password"), QLineEdit(self))
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(
            self.tr(
                "The name the user logs in to the database server with: letters, digits and _ . @ - "
                "(no spaces). A new login gets this password; for a login the server has already, "
                "leave the password empty."
            ),
            self,
        )
        self.hint.setObjectName("userDialogHint")
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        self.role = self.fields.add(form, "role", self.tr("Role"), QComboBox(self))
        self.role.addItem(self.tr("Staff: contacts, segments, interactions and letters"), UserRole.STAFF.value)
        self.role.addItem(
            self.tr("Administrator: also setup, users and deleting logged segments"), UserRole.ADMIN.value
        )
        self.salesperson = self.fields.add(form, "salesperson_code", self.tr("Salesperson"), CodeCombo([], parent=self))
        refill_code_combo(self.salesperson, [(row.code, row.name) for row in list_salespeople(include_blocked=False)])
        self.active = self.fields.add_check(form, "active", self.tr("May use ContactDesk"))
        self.active.setChecked(True)
        if data is not None:
            self.login.setText(data.login)
            self.login.setReadOnly(True)
            self.role.setCurrentIndex(max(0, self.role.findData(data.role.value)))
            self.salesperson.set_code(data.salesperson_code)
            self.active.setChecked(data.active)
            form.setRowVisible(self.hint, False)
            for name in ("password", "password_repeat"):
                form.setRowVisible(self.fields.fields[name], False)
        else:
            self.active.hide()

    def collect(self) -> UserData:
        """The form as a record (the service checks it)."""
        return UserData(
            self.login.text(), UserRole(self.role.currentData()), self.salesperson.code(), self.active.isChecked()
        )

    def save(self) -> None:
        if self.existing is None and self.password.text() != self.repeat.text():
            self.fields.fields["password_repeat"].set_error(
                self.tr("The two passwords differ. Type the same password twice.")
            )
            return
        super().save()

    def submit(self) -> str:
        if self.existing is not None:
            return user_setup.change_user(self.collect()).login
        return user_setup.add_user(self.collect(), password=self.password.text() or None).login
