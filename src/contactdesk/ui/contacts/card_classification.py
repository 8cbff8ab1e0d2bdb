"""What the contact card shows and saves of a contact's classification: its codes and its profile answers."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from contactdesk.crm import classification, profiles
from contactdesk.crm.classification import Classification
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors
from contactdesk.ui.contacts.classification_panel import ClassificationPanel
from contactdesk.ui.contacts.profiles_tab import ProfilesTab
from contactdesk.ui.placeholders import fill


class CardClassification(QObject):
    """The Segmentation tab's code lists and answer line, and the Profiles tab; both kept until Save."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = ClassificationPanel(parent)
        self.profiles = ProfilesTab(parent)
        self.summary = QLabel(parent)
        self.summary.setObjectName("contactProfileSummary")
        self.summary.setWordWrap(True)
        self.profiles.changed.connect(self._summarise)

    def load(self, data: ContactData) -> None:
        """Show a saved contact's codes and answers (a new contact starts with none)."""
        shown = Classification("", int(data.type))
        answers: dict[str, set[int]] = {}
        if data.no:
            try:
                shown = classification.get_classification(data.no)
                answers = profiles.contact_answers(data.no)
            except (DomainError, StoreError) as problem:
                errors.show_error(self.panel, problem)
        self.panel.load(shown)
        self.profiles.load(int(data.type), answers)
        self._summarise()

    def follow_type(self, contact_type: int, company_no: str) -> None:
        """The contact's type or company changed on the card: show what that type carries."""
        if contact_type != self.panel.contact_type or company_no != self.panel.company_no:
            self.panel.show_type(contact_type, company_no)
        if contact_type != self.profiles.contact_type:
            self.profiles.show_type(contact_type)
        self._summarise()

    def codes(self) -> dict[str, list[str]]:
        """The codes to save."""
        return self.panel.codes()

    def answers(self) -> dict[str, list[int]]:
        """The profile answers to save."""
        return self.profiles.answers()

    def _summarise(self) -> None:
        ticked = self.profiles.answer_summary()
        self.summary.setText(
            fill(self.tr("Profile answers: %1"), ticked) if ticked else self.tr("Profile answers: none yet")
        )
