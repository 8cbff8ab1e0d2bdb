"""File → Connect to office database: server, port, database, user and password, kept in the keychain.

Connecting goes through crm.database.switch_to; a refusal shows its sentence inside the dialog, which
stays open so the user can correct the field it is about. The password never goes to the settings:
only the address without it is remembered, and the password is kept in the OS keychain when asked to
(where there is one; the dialog says why not otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import errors as e
from contactdesk.crm import office_login
from contactdesk.crm.database import OpenedDatabase, switch_to
from contactdesk.crm.office_errors import KeychainError
from contactdesk.crm.office_login import OfficeLogin
from contactdesk.ui import errors, messages, theme
from contactdesk.ui.settings import Settings


class ConnectDialog(QDialog):
    """Connect to the office's PostgreSQL database; `opened` is the database once connected."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        login: OfficeLogin | None = None,
        problem: BaseException | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to office database"))
        self.settings = settings
        self.opened: OpenedDatabase | None = None
        self.keychain = office_login.keychain_status()
        intro = QLabel(
            self.tr(
                "Work on your office's shared ContactDesk database on a PostgreSQL server. Your administrator "
                "tells you the server, the database and your user name."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = self._line("connectHost", self.tr("Server"))
        self.port = QSpinBox(self)
        self.port.setObjectName("connectPort")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(office_login.DEFAULT_PORT)
        self.database = self._line("connectDatabase", self.tr("Database"))
        self.user = self._line("connectUser", self.tr("User name"))
        self.password = self._line("connectPassword", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the keychain"), self)
        self.remember.setObjectName("connectRemember")
        # Kept by default where a keychain exists; where none does the box cannot be ticked (the note says why).
        self.remember.setChecked(self.keychain.usable)
        self.remember.setEnabled(self.keychain.usable)
        self.keychain_note = QLabel(self)
        self.keychain_note.setObjectName("connectKeychainNote")
        self.keychain_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("connectError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style(theme.Role.ERROR))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel(self.tr("Port"), self))
        server.addWidget(self.port)
        form = QFormLayout()
        form.addRow(self.tr("Server"), server)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        connect = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        connect.setObjectName("connectButton")
        connect.setDefault(True)
        self.buttons.accepted.connect(self.connect_to_office)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keychain_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addStrut(460)  # a width the layout's own minimum adds to
        self._fill(login or OfficeLogin.from_url(settings.last_office))
        for field in (self.host, self.database, self.user):
            field.editingFinished.connect(self._show_keychain_state)
        self.port.editingFinished.connect(self._show_keychain_state)
        self._show_keychain_state()
        if problem is not None:
            self.show_problem(problem)

    def _line(self, name: str, label: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(label)
        return field

    def _fill(self, login: OfficeLogin | None) -> None:
        if login is None:
            self.host.setFocus()
            return
        self.host.setText(login.host)
        self.port.setValue(login.port)
        self.database.setText(login.database)
        self.user.setText(login.user)
        self.password.setFocus()

    def login(self) -> OfficeLogin:
        """The login the fields describe."""
        return OfficeLogin(
            self.host.text().strip(), self.port.value(), self.database.text().strip(), self.user.text().strip()
        )

    def _show_keychain_state(self) -> None:
        if not self.keychain.usable:
            self.keychain_note.setText(
                self.tr(
                    "This computer has no keychain that ContactDesk can use, so your password cannot be "
                    "remembered: you are asked for it each time you connect. (On Linux, a desktop with GNOME "
                    "Keyring or KWallet provides one.)"
                )
            )
            self.keychain_note.show()
            return
        kept = all((self.host.text(), self.database.text(), self.user.text())) and (
            office_login.find_password(self.login()) is not None
        )
        self.password.setPlaceholderText(self.tr("kept in the keychain") if kept else "")
        self.keychain_note.setText(
            self.tr("Your password is kept in the keychain; leave the field empty to use it.") if kept else ""
        )
        self.keychain_note.setVisible(bool(kept))

    def show_problem(self, problem: BaseException) -> None:
        """Show why connecting failed, and put the cursor where it can be corrected."""
        self.error.setText(errors.describe(problem))
        self.error.show()
        if isinstance(problem, (e.PasswordNeededError, e.PasswordRefusedError)):
            field = self.password
        elif isinstance(problem, (e.DatabaseMissingError, e.NotInitialisedError)):
            field = self.database
        elif isinstance(problem, e.LoginRefusedError):
            field = self.user
        else:
            field = self.host
        field.setFocus()
        field.selectAll()

    def connect_to_office(self) -> None:
        """Connect with what the fields say; stay open with the reason when that fails."""
        login = self.login()
        if not (login.host and login.database and login.user):
            self.error.setText(self.tr("Fill in the server, the database and your user name."))
            self.error.show()
            return
        password = self.password.text() or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.opened = switch_to(login.url, password=password)
        except (e.DomainError, e.StoreError) as problem:
            self.show_problem(problem)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.settings.last_office = login.url
        self.settings.last_database = login.url
        self._keep_password(login, password)
        self.accept()

    def _keep_password(self, login: OfficeLogin, password: str | None) -> None:
        if not self.remember.isChecked():
            office_login.forget_password(login)
            return
        if password is None:
            return
        try:
            office_login.store_password(login, password)
        except KeychainError as problem:
            messages.warning(self, self.tr("Connect to office database"), errors.describe(problem))
