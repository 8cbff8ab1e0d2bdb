"""Create or edit a profile questionnaire: code, description, contact type, priority, questions and answers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from contactdesk.crm.enums import ContactType
from contactdesk.crm.profiles import Questionnaire, get_questionnaire, save_questionnaire
from contactdesk.ui.setup.form_dialog import FormDialog
from contactdesk.ui.setup.question_lines import QuestionLinesEditor


class QuestionnaireDialog(FormDialog):
    """The questionnaire's fields above its lines; Save writes all of it at once."""

    def __init__(self, title: str, data: Questionnaire | None = None, parent: QWidget | None = None) -> None:
        super().__init__("questionnaireDialog", title, parent)
        self.original_code = data.code if data else None
        form = self.add_section()
        self.code = self.fields.add(form, "code", self.tr("Code"), QLineEdit(self))
        self.description = self.fields.add(form, "description", self.tr("Description"), QLineEdit(self))
        self.contact_type = QComboBox(self)
        self.contact_type.addItem(self.tr("Companies and persons"), None)
        self.contact_type.addItem(self.tr("Companies"), int(ContactType.COMPANY))
        self.contact_type.addItem(self.tr("Persons"), int(ContactType.PERSON))
        self.fields.add(form, "contact_type", self.tr("Contact type"), self.contact_type)
        self.priority = QSpinBox(self)
        self.priority.setRange(0, 9)
        self.priority.setToolTip(self.tr("Questionnaires with a higher priority come first on the contact card"))
        self.fields.add(form, "priority", self.tr("Priority"), self.priority)
        self.lines = QuestionLinesEditor(self)
        hint = QLabel(
            self.tr("Each question is followed by its answers. On the card, the user ticks the answers."), self
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.lines)
        self.widen(640)
        if data is not None:
            self.show_record(data)

    def fetch_record(self) -> Questionnaire | None:
        return get_questionnaire(self.original_code) if self.original_code else None

    def load_record(self, data: Questionnaire) -> None:
        self.code.setText(data.code)
        self.description.setText(data.description)
        self.contact_type.setCurrentIndex(max(0, self.contact_type.findData(data.contact_type)))
        self.priority.setValue(data.priority)
        self.lines.set_lines(data.lines)

    def collect(self) -> Questionnaire:
        """The form as a record (the service validates it)."""
        kind = self.contact_type.currentData()
        return Questionnaire(
            self.code.text(),
            self.description.text(),
            None if kind is None else int(kind),
            self.priority.value(),
            self.lines.lines(),
        )

    def submit(self) -> str:
        return save_questionnaire(self.collect(), self.original_code).code
