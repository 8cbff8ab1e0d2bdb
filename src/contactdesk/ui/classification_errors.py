"""Sentences for refused classification codes, profile questionnaires and answers (part of ui/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactdesk.crm.classification_errors import (
    ClassificationTypeError,
    ProfileAnswerError,
    QuestionnaireLinesError,
    UnknownCodeError,
)
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def describe_classification_error(error: BaseException) -> str | None:
    """The sentence for one of these refusals; None for other errors."""
    if isinstance(error, UnknownCodeError):
        texts = {
            "industry_group": translate(
                "Errors", 'Industry group "%1" does not exist. Set it up under Setup → Codes first.'
            ),
            "business_relation": translate(
                "Errors", 'Business relation "%1" does not exist. Set it up under Setup → Codes first.'
            ),
            "mailing_group": translate(
                "Errors", 'Mailing group "%1" does not exist. Set it up under Setup → Codes first.'
            ),
            "job_responsibility": translate(
                "Errors", 'Job responsibility "%1" does not exist. Set it up under Setup → Codes first.'
            ),
        }
        return fill(texts.get(error.kind, texts["mailing_group"]), error.code)
    if isinstance(error, ClassificationTypeError):
        if error.contact_is_person:
            text = translate(
                "Errors",
                "Contact %1 is a person: industry groups and business relations belong to its company. "
                "Change them on the company's card.",
            )
        else:
            text = translate(
                "Errors",
                "Contact %1 is a company: job responsibilities belong to persons. Change them on a person's card.",
            )
        return fill(text, error.contact_no)
    if isinstance(error, QuestionnaireLinesError):
        texts = {
            "answer_first": translate(
                "Errors", "Line %1 is an answer, but no question comes before it. Add a question first."
            ),
            "blank_text": translate("Errors", "Line %1 has no text. Type the question or answer, or remove the line."),
        }
        default = translate("Errors", "Line %1 is too long or is more than one line. Shorten it and try again.")
        return fill(texts.get(error.problem, default), str(error.line))
    if isinstance(error, ProfileAnswerError):
        texts = {
            "one_answer_only": translate(
                "Errors", "A question of questionnaire %1 takes one answer only. Untick the others and try again."
            ),
            "wrong_contact_type": translate(
                "Errors", "Questionnaire %1 is not for this type of contact. Untick its answers and try again."
            ),
        }
        default = translate(
            "Errors",
            "Questionnaire %1 has changed meanwhile. Close the card, open it again and tick the answers again.",
        )
        return fill(texts.get(error.problem, default), error.questionnaire_code)
    return None
