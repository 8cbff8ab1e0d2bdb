"""Pick lists the criteria dialog offers that no other service lists yet."""

from __future__ import annotations

from dataclasses import dataclass

from contactdesk.store.enums import QuestionLineType
from contactdesk.store.models import ProfileQuestionnaire, ProfileQuestionnaireLine


@dataclass(frozen=True)
class ProfileAnswer:
    """One answer of a profile questionnaire, with the question it answers."""

    questionnaire_code: str
    line_no: int
    question: str
    answer: str


def profile_answers() -> list[ProfileAnswer]:
    """Every answer line, by questionnaire and line order, each with its question's text."""
    result: list[ProfileAnswer] = []
    for questionnaire in ProfileQuestionnaire.select().order_by(ProfileQuestionnaire.code):
        question = ""
        lines = (
            ProfileQuestionnaireLine.select()
            .where(ProfileQuestionnaireLine.questionnaire == questionnaire.code)
            .order_by(ProfileQuestionnaireLine.line_no)
        )
        for line in lines:
            if int(line.type) == QuestionLineType.QUESTION:
                question = str(line.description)
            else:
                result.append(
                    ProfileAnswer(str(questionnaire.code), int(line.line_no), question, str(line.description))
                )
    return result
