"""The card's classification at a glance: industry groups, business relations, mailing groups, job responsibilities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from contactdesk.crm import classification
from contactdesk.crm.classification import COMPANY_KINDS, KINDS, Classification
from contactdesk.crm.codes import CodeData
from contactdesk.crm.enums import ContactType
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui.contacts.code_list import CodeListBox
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def kind_titles() -> dict[str, str]:
    """The caption of each kind's list."""
    return {
        "industry_group": translate("ClassificationPanel", "Industry groups"),
        "business_relation": translate("ClassificationPanel", "Business relations"),
        "mailing_group": translate("ClassificationPanel", "Mailing groups"),
        "job_responsibility": translate("ClassificationPanel", "Job responsibilities"),
    }


class ClassificationPanel(QWidget):
    """Four code lists in a grid; which are editable follows the contact's type (and a person's company)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactClassification")
        titles = kind_titles()
        self.boxes = {kind: CodeListBox(kind, titles[kind], self) for kind in KINDS}
        for box in self.boxes.values():
            box.changed.connect(self.changed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for index, kind in enumerate(KINDS):
            grid.addWidget(self.boxes[kind], index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.contact_type = int(ContactType.PERSON)
        self.company_no = ""

    def load(self, shown: Classification) -> None:
        """Show a saved contact's codes (and a person's company's)."""
        for kind in KINDS:
            self.boxes[kind].set_codes(shown.codes.get(kind, []))
        self._own_company_codes = {kind: list(shown.codes.get(kind, [])) for kind in COMPANY_KINDS}
        self.show_type(shown.contact_type, shown.company_no, shown.company_codes)

    def show_type(
        self, contact_type: int, company_no: str = "", company_codes: dict[str, list[CodeData]] | None = None
    ) -> None:
        """A company edits its industry groups and business relations; a person sees its company's, read-only."""
        person = int(contact_type) == ContactType.PERSON
        was_person = self.contact_type == ContactType.PERSON
        self.contact_type = int(contact_type)
        self.company_no = company_no
        self.boxes["job_responsibility"].setVisible(person)
        if not person:
            if was_person:
                own = getattr(self, "_own_company_codes", {})
                for kind in COMPANY_KINDS:
                    self.boxes[kind].set_codes(own.get(kind, []))
            for kind in COMPANY_KINDS:
                self.boxes[kind].set_read_only(False)
            return
        if not was_person:
            self._own_company_codes = {kind: [CodeData(c) for c in self.boxes[kind].codes()] for kind in COMPANY_KINDS}
        if company_codes is None:
            try:
                company_codes = classification.company_codes(company_no)
            except (DomainError, StoreError):
                company_codes = {}
        if company_no:
            note = fill(self.tr("From company %1; change them on its card."), company_no)
        else:
            note = self.tr("A person has those of its company; this person has no company.")
        for kind in COMPANY_KINDS:
            self.boxes[kind].set_codes(company_codes.get(kind, []))
            # Said once, under the first of the two lists it is about.
            self.boxes[kind].set_read_only(True, note if kind == COMPANY_KINDS[0] else "")

    def codes(self) -> dict[str, list[str]]:
        """The contact's own codes of every kind its type carries (to save with the card)."""
        return {kind: self.boxes[kind].codes() for kind in classification.kinds_for(self.contact_type)}
