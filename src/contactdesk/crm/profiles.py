"""Profile questionnaires (Setup) and the answers a contact gives (the card's Profiles tab).

A questionnaire is a list of lines in order: a question, then its answers, then the next question. A contact's
answer is stored as the answer line's number, so renumbering the lines carries the answers along.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from contactdesk.crm import validation
from contactdesk.crm.classification_errors import ProfileAnswerError, QuestionnaireLinesError
from contactdesk.crm.errors import NotFoundError, ValidationErrors
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.lookups import check_code_change, max_length
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import QuestionLineType
from contactdesk.store.models import Contact, ContactProfileAnswer, ProfileQuestionnaire, ProfileQuestionnaireLine

ENTITY = "questionnaire"
STEP = 10000  # line numbers leave room between lines, as the reference product's do


@dataclass(frozen=True)
class QuestionLine:
    """A question or an answer; line_no 0 is a line not saved yet."""

    is_question: bool
    description: str
    multiple_answers: bool = False
    line_no: int = 0


@dataclass(frozen=True)
class Questionnaire:
    """A questionnaire with its lines; contact_type None applies to companies and persons."""

    code: str
    description: str = ""
    contact_type: int | None = None
    priority: int = 0
    lines: tuple[QuestionLine, ...] = ()

    def questions(self) -> list[tuple[QuestionLine, list[QuestionLine]]]:
        """Each question with its answers, in order."""
        grouped: list[tuple[QuestionLine, list[QuestionLine]]] = []
        for line in self.lines:
            if line.is_question:
                grouped.append((line, []))
            elif grouped:
                grouped[-1][1].append(line)
        return grouped


def _lines(code: str) -> tuple[QuestionLine, ...]:
    rows = (
        ProfileQuestionnaireLine.select()
        .where(ProfileQuestionnaireLine.questionnaire == code)
        .order_by(ProfileQuestionnaireLine.line_no)
    )
    return tuple(
        QuestionLine(
            int(row.type) == QuestionLineType.QUESTION,
            str(row.description),
            bool(row.multiple_answers),
            int(row.line_no),
        )
        for row in rows
    )


def _to_data(row: ProfileQuestionnaire) -> Questionnaire:
    kind = None if row.contact_type is None else int(row.contact_type)
    return Questionnaire(str(row.code), str(row.description or ""), kind, int(row.priority or 0), _lines(str(row.code)))


def list_questionnaires() -> list[Questionnaire]:
    """Every questionnaire with its lines, by code."""
    return [_to_data(row) for row in ProfileQuestionnaire.select().order_by(ProfileQuestionnaire.code)]


def get_questionnaire(code: str) -> Questionnaire:
    """One questionnaire; NotFoundError when it does not exist."""
    row = ProfileQuestionnaire.get_or_none(ProfileQuestionnaire.code == validation.normalize_code(code))
    if row is None:
        raise NotFoundError(ENTITY, code)
    return _to_data(row)


def questionnaires_for(contact_type: int) -> list[Questionnaire]:
    """The questionnaires a contact of this type answers: highest priority first, then by code."""
    query = ProfileQuestionnaire.select().where(
        ProfileQuestionnaire.contact_type.is_null() | (ProfileQuestionnaire.contact_type == int(contact_type))
    )
    rows = sorted(query, key=lambda row: (-int(row.priority or 0), str(row.code)))
    return [_to_data(row) for row in rows]


def _validate(code: str, data: Questionnaire) -> None:
    problems = validation.collect(
        validation.required("code", code),
        validation.max_length("code", code, max_length(ProfileQuestionnaire, "code")),
        validation.max_length("description", data.description, max_length(ProfileQuestionnaire, "description")),
        validation.one_line("description", data.description),
    )
    if problems:
        raise ValidationErrors(problems)
    limit = max_length(ProfileQuestionnaireLine, "description")
    for number, line in enumerate(data.lines, start=1):
        text = line.description.strip()
        if not text or validation.one_line("description", text) or len(text) > limit:
            raise QuestionnaireLinesError(code, "blank_text" if not text else "invalid_text", number)
        if number == 1 and not line.is_question:
            raise QuestionnaireLinesError(code, "answer_first", number)


def save_questionnaire(data: Questionnaire, original_code: str | None = None) -> Questionnaire:
    """Create (original_code None) or update a questionnaire with all its lines; answers follow their lines."""
    code = validation.normalize_code(data.code)
    _validate(code, data)
    with write_transaction():
        original = check_code_change(ProfileQuestionnaire, ENTITY, code, original_code)
        values = {
            ProfileQuestionnaire.code: code,
            ProfileQuestionnaire.description: data.description.strip(),
            ProfileQuestionnaire.contact_type: data.contact_type,
            ProfileQuestionnaire.priority: int(data.priority),
        }
        if original is None:
            ProfileQuestionnaire.insert(values).execute()
        else:
            # Lines and answers follow a new code through ON UPDATE CASCADE.
            ProfileQuestionnaire.update(values).where(ProfileQuestionnaire.code == original).execute()
        _replace_lines(code, data.lines)
        return get_questionnaire(code)


def _replace_lines(code: str, lines: tuple[QuestionLine, ...]) -> None:
    """Write the lines renumbered in order, and move each answer to its line's new number (or drop it)."""
    old_answers = {line.line_no for line in _lines(code) if not line.is_question}
    moved = {
        line.line_no: number * STEP
        for number, line in enumerate(lines, start=1)
        if line.line_no in old_answers and not line.is_question
    }
    answers = ContactProfileAnswer.questionnaire == code
    ContactProfileAnswer.delete().where(answers & ContactProfileAnswer.line_no.not_in(list(moved) or [-1])).execute()
    # Through negative numbers first, so that no two answers of a contact ever share a number on the way.
    ContactProfileAnswer.update(line_no=ContactProfileAnswer.line_no * -1).where(answers).execute()
    for old, new in moved.items():
        ContactProfileAnswer.update(line_no=new).where(answers & (ContactProfileAnswer.line_no == -old)).execute()
    ProfileQuestionnaireLine.delete().where(ProfileQuestionnaireLine.questionnaire == code).execute()
    if lines:
        ProfileQuestionnaireLine.insert_many(
            [
                {
                    "questionnaire": code,
                    "line_no": number * STEP,
                    "type": int(QuestionLineType.QUESTION if line.is_question else QuestionLineType.ANSWER),
                    "description": line.description.strip(),
                    "multiple_answers": bool(line.multiple_answers and line.is_question),
                }
                for number, line in enumerate(lines, start=1)
            ]
        ).execute()


def delete_questionnaire(code: str) -> None:
    """Delete a questionnaire; its lines and the contacts' answers go with it."""
    key = validation.normalize_code(code)
    with write_transaction():
        if not ProfileQuestionnaire.delete().where(ProfileQuestionnaire.code == key).execute():
            raise NotFoundError(ENTITY, code)


def contact_answers(no: str) -> dict[str, set[int]]:
    """The contact's answer line numbers by questionnaire code."""
    contact = Contact.get_or_none(Contact.no == validation.normalize_code(no))
    if contact is None:
        raise NotFoundError("contact", no)
    found: dict[str, set[int]] = {}
    query = ContactProfileAnswer.select(ContactProfileAnswer.questionnaire, ContactProfileAnswer.line_no)
    for code, line_no in tuples(query.where(ContactProfileAnswer.contact == contact.id)):
        found.setdefault(str(code), set()).add(int(line_no))
    return found


def _check_answers(questionnaire: Questionnaire, line_nos: set[int]) -> None:
    answered = set()
    for question, answers in questionnaire.questions():
        chosen = [a.line_no for a in answers if a.line_no in line_nos]
        if len(chosen) > 1 and not question.multiple_answers:
            raise ProfileAnswerError(questionnaire.code, chosen[1], "one_answer_only")
        answered.update(chosen)
    for line_no in sorted(line_nos - answered):
        raise ProfileAnswerError(questionnaire.code, line_no, "not_an_answer")


def replace_answers(contact_no: str, answers: Mapping[str, Iterable[int]]) -> None:
    """Make the contact's answers to each given questionnaire exactly these (inside the caller's transaction)."""
    contact = Contact.get_or_none(Contact.no == validation.normalize_code(contact_no))
    if contact is None:
        raise NotFoundError("contact", contact_no)
    for code, chosen in answers.items():
        questionnaire = get_questionnaire(code)
        line_nos = {int(n) for n in chosen}
        if line_nos and questionnaire.contact_type not in (None, int(contact.type)):
            raise ProfileAnswerError(questionnaire.code, min(line_nos), "wrong_contact_type")
        _check_answers(questionnaire, line_nos)
        mine = (ContactProfileAnswer.contact == contact.id) & (ContactProfileAnswer.questionnaire == questionnaire.code)
        ContactProfileAnswer.delete().where(mine).execute()
        if line_nos:
            ContactProfileAnswer.insert_many(
                [{"contact": contact.id, "questionnaire": questionnaire.code, "line_no": n} for n in sorted(line_nos)]
            ).execute()


def save_answers(contact_no: str, answers: Mapping[str, Iterable[int]]) -> None:
    """replace_answers as one action of its own."""
    with write_transaction():
        replace_answers(contact_no, answers)
