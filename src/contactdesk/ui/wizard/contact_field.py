"""Choose the contact of an interaction: type a number or part of a name, pick from the suggestions."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from contactdesk.crm import contacts as contact_service


class ContactField(QLineEdit):
    """Completes contacts from SQL; resolve() turns the text into a contact number (spec 2.11)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardContact")
        self.setPlaceholderText(self.tr("Type a contact number or part of the name"))
        self.setAccessibleName(self.tr("Contact"))
        self._by_text: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)

    @staticmethod
    def label(no: str, name: str) -> str:
        """How a contact reads in the field."""
        return f"{name} ({no})" if name else no

    def _search(self, text: str) -> None:
        found = contact_service.list_contacts(text, limit=25) if len(text.strip()) >= 2 else []
        self._by_text.update({self.label(row.no, row.name): row.no for row in found})
        self._model.setStringList([self.label(row.no, row.name) for row in found])

    def set_contact(self, no: str, name: str) -> None:
        """Show a chosen contact."""
        text = self.label(no, name) if no else ""
        if no:
            self._by_text[text] = no
        self.setText(text)

    def resolve(self) -> str:
        """The contact the text names: a suggestion, a number, else the first whose name contains the text."""
        text = self.text().strip()
        if not text:
            return ""
        if text in self._by_text:
            return self._by_text[text]
        if text.endswith(")") and "(" in text:
            return text[text.rindex("(") + 1 : -1].strip().upper()
        exact = [row for row in contact_service.list_contacts(text, sort="no", limit=50) if row.no == text.upper()]
        if exact:
            return exact[0].no
        first = contact_service.list_contacts(text, limit=1)
        return first[0].no if first else ""
