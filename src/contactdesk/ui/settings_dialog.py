"""Preferences: the interface language (takes effect when ContactDesk starts again)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from contactdesk.ui.i18n import LANGUAGES
from contactdesk.ui.settings import Settings


class SettingsDialog(QDialog):
    """Choose the interface language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("The new language is used the next time ContactDesk starts."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.language = str(self.language.currentData())
        self._settings.sync()
        super().accept()
