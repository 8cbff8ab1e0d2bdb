"""Setup → Profiles: the profile questionnaires whose answers classify contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from contactdesk.crm.enums import ContactType
from contactdesk.crm.profiles import Questionnaire, delete_questionnaire, list_questionnaires
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.questionnaire_dialog import QuestionnaireDialog


class QuestionnairesTab(ListTab[Questionnaire]):
    """Code, description, contact type, priority and number of questions of each questionnaire."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns: list[Column[Questionnaire]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: self.tr("Description"), lambda r: r.description),
            Column(lambda: self.tr("Contact type"), self._type_text),
            Column(lambda: self.tr("Priority"), lambda r: str(r.priority)),
            Column(lambda: self.tr("Questions"), lambda r: str(len(r.questions()))),
        ]
        super().__init__("setupQuestionnaires", self.tr("Profile questionnaires"), columns, parent)

    def _type_text(self, row: Questionnaire) -> str:
        if row.contact_type is None:
            return self.tr("Companies and persons")
        return self.tr("Companies") if row.contact_type == ContactType.COMPANY else self.tr("Persons")

    def load(self) -> list[Questionnaire]:
        return list_questionnaires()

    def key_of(self, row: Questionnaire) -> str:
        return row.code

    def edit_dialog(self, row: Questionnaire | None) -> QuestionnaireDialog:
        title = fill(self.tr("Profile questionnaire %1"), row.code) if row else self.tr("New profile questionnaire")
        return QuestionnaireDialog(title, row, self)

    def delete_record(self, row: Questionnaire) -> None:
        delete_questionnaire(row.code)

    def delete_question(self, row: Questionnaire) -> str:
        return fill(
            self.tr(
                "Delete questionnaire %1 (%2)? The contacts' answers to it are deleted too. This cannot be undone."
            ),
            row.code,
            row.description,
        )

    def empty_text(self) -> str:
        return self.tr(
            "No profile questionnaires yet. Click New to add one: questions with their answers, which users "
            "then tick on the contact card (for example Company size: 1–10, 11–50, more than 50)."
        )

    def status_text(self) -> str:
        return self.tr("%n questionnaire(s)", "", self.model.rowCount())
