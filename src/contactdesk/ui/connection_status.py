"""The status bar's word on how the office database's data travels: encrypted, or clearly not."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from contactdesk.crm.database import ConnectionSecurity
from contactdesk.ui import theme
from contactdesk.ui.placeholders import fill


class ConnectionStatus(QLabel):
    """Empty for a file on this computer; "Encrypted" or "Not encrypted" for an office database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusConnection")
        self.security = ConnectionSecurity.FILE
        self.show_security(ConnectionSecurity.FILE)

    def show_security(self, security: ConnectionSecurity, server: str = "") -> None:
        """Say how the connection to `server` travels (nothing for a file or a local socket)."""
        self.security = security
        texts = {
            ConnectionSecurity.VERIFIED: (
                self.tr("Encrypted"),
                self.tr("The connection to %1 is encrypted, and the server proved its identity with its certificate."),
            ),
            ConnectionSecurity.ENCRYPTED: (
                self.tr("Encrypted, server not verified"),
                self.tr(
                    "The connection to %1 is encrypted, but the address asked not to check the server's "
                    "certificate, so it is not proven that this is your office's server."
                ),
            ),
            ConnectionSecurity.PLAIN: (
                self.tr("Not encrypted"),
                self.tr(
                    "The server %1 offers no encryption (TLS): what you read and type crosses the network "
                    "unencrypted. Ask your administrator to turn on TLS on the database server."
                ),
            ),
        }
        text, tip = texts.get(security, ("", ""))
        self.setText(text)
        self.setToolTip(fill(tip, server))
        self.setAccessibleName(text)
        # Red for the one state a user should notice; the others are plain information.
        self.setStyleSheet(
            theme.text_style(theme.Role.ERROR, bold=True) if security is ConnectionSecurity.PLAIN else ""
        )
        self.setVisible(bool(text))

    def title_suffix(self) -> str:
        """What the window title adds: " — not encrypted" when the data travels unencrypted."""
        if self.security is not ConnectionSecurity.PLAIN:
            return ""
        return " — " + self.tr("not encrypted")
