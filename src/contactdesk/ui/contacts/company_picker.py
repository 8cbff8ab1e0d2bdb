"""Choose the company a person belongs to: type to search companies, pick one."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from contactdesk.crm import contacts as contact_service


class CompanyPicker(QLineEdit):
    """A line edit that completes company names from SQL and remembers the chosen number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_company_no")
        self.setPlaceholderText(self.tr("Type to search companies (leave empty for none)"))
        self._by_text: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)

    @staticmethod
    def _label(no: str, name: str) -> str:
        return f"{name} ({no})"

    def _search(self, text: str) -> None:
        found = contact_service.list_companies(text, limit=30) if len(text.strip()) >= 2 else []
        self._by_text.update({self._label(no, name): no for no, name in found})
        self._model.setStringList([self._label(no, name) for no, name in found])

    def set_company(self, no: str, name: str) -> None:
        """Show a company (or none)."""
        if not no:
            self.clear()
            return
        label = self._label(no, name)
        self._by_text[label] = no
        self.setText(label)

    def company_no(self) -> str:
        """The chosen company's number; typed text that names a number is taken as is."""
        text = self.text().strip()
        if not text:
            return ""
        if text in self._by_text:
            return self._by_text[text]
        if text.endswith(")") and "(" in text:
            return text[text.rindex("(") + 1 : -1]
        return text.upper()
