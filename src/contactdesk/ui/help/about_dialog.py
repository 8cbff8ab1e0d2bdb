"""About ContactDesk: the icon, what it is, and the versions a support question needs."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from contactdesk import APP_NAME, __version__
from contactdesk.crm.database import DatabaseLocation, describe_engine
from contactdesk.ui.icons import app_icon
from contactdesk.ui.placeholders import fill


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    """Name, purpose, versions (ContactDesk, Python, Qt, PySide6, peewee, docxtpl, the database) and a Copy button."""

    def __init__(self, location: DatabaseLocation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About ContactDesk"))
        self.setWindowIcon(app_icon())
        picture = QLabel(self)
        picture.setObjectName("aboutIcon")
        picture.setPixmap(app_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        purpose = QLabel(
            self.tr("Contacts, segments, interactions and Word letters, on your own computer or your office's server."),
            self,
        )
        purpose.setWordWrap(True)
        self.versions = self.collect_versions(location)
        form = QFormLayout()
        form.setObjectName("aboutVersions")
        for label, value in self.versions:
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy versions"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("aboutCopy")
        copy.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(purpose)
        text.addSpacing(8)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addSpacing(12)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def collect_versions(self, location: DatabaseLocation | None) -> list[tuple[str, str]]:
        """(label, value) rows: the program and the libraries under it, then the database in use."""
        info = describe_engine()
        if info.engine:
            schema = fill(self.tr("%1, schema version %2 of %3"), info.engine, info.schema_version, info.latest_schema)
        else:
            schema = self.tr("none open")
        return [
            (APP_NAME, __version__),
            ("Python", platform.python_version()),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            ("peewee", _version("peewee")),
            ("docxtpl", _version("docxtpl")),
            (self.tr("Database"), schema),
            (self.tr("Where"), location.display if location is not None else self.tr("none open")),
        ]

    def copy_versions(self) -> None:
        """Put the versions on the clipboard, for a message to support."""
        lines = [f"{label}: {value}" for label, value in self.versions]
        QGuiApplication.clipboard().setText("\n".join(lines))
