"""Profile questionnaires in Setup and a contact's answers: renumbering carries answers, wrong answers refused."""

from __future__ import annotations

import pytest

from contactdesk.crm import profiles
from contactdesk.crm.card_save import save_card
from contactdesk.crm.classification_errors import ProfileAnswerError, QuestionnaireLinesError
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact, get_contact
from contactdesk.crm.errors import DuplicateCodeError, NotFoundError
from contactdesk.crm.profiles import QuestionLine, Questionnaire
from contactdesk.store.enums import ContactType

pytestmark = pytest.mark.usefixtures("database")

Q, A = True, False


def _size() -> Questionnaire:
    return profiles.save_questionnaire(
        Questionnaire(
            "size",
            "Company size",
            ContactType.COMPANY,
            lines=(
                QuestionLine(Q, "Number of employees"),
                QuestionLine(A, "1-10"),
                QuestionLine(A, "11-50"),
                QuestionLine(Q, "Interests", multiple_answers=True),
                QuestionLine(A, "Wine"),
                QuestionLine(A, "Cheese"),
            ),
        )
    )


def test_a_questionnaire_is_saved_with_numbered_lines_and_listed_per_contact_type() -> None:
    saved = _size()
    assert saved.code == "SIZE" and [line.line_no for line in saved.lines] == [10000, 20000, 30000, 40000, 50000, 60000]
    assert [(q.description, [a.description for a in answers]) for q, answers in saved.questions()] == [
        ("Number of employees", ["1-10", "11-50"]),
        ("Interests", ["Wine", "Cheese"]),
    ]
    profiles.save_questionnaire(Questionnaire("ALL", "Everyone", None, priority=5, lines=(QuestionLine(Q, "Hobby?"),)))
    assert [q.code for q in profiles.questionnaires_for(ContactType.COMPANY)] == ["ALL", "SIZE"]
    assert [q.code for q in profiles.questionnaires_for(ContactType.PERSON)] == ["ALL"]
    with pytest.raises(DuplicateCodeError):
        profiles.save_questionnaire(Questionnaire("SIZE"))
    with pytest.raises(QuestionnaireLinesError) as first:
        profiles.save_questionnaire(Questionnaire("BAD", lines=(QuestionLine(A, "An answer first"),)))
    assert first.value.problem == "answer_first"
    with pytest.raises(QuestionnaireLinesError):
        profiles.save_questionnaire(Questionnaire("BAD", lines=(QuestionLine(Q, "  "),)))
    with pytest.raises(NotFoundError):
        profiles.get_questionnaire("BAD")


def test_answers_follow_their_lines_when_lines_move_and_go_when_lines_go() -> None:
    saved = _size()
    company = create_contact(ContactData(type=ContactType.COMPANY, name="Nordmann AS"))
    small, wine, cheese = saved.lines[1].line_no, saved.lines[4].line_no, saved.lines[5].line_no
    profiles.save_answers(company, {"SIZE": [small, wine, cheese]})
    assert profiles.contact_answers(company) == {"SIZE": {small, wine, cheese}}
    # Interests first now, "Wine" removed, and a code change: Cheese and 1-10 keep their answers.
    lines = saved.lines
    moved = (lines[3], lines[5], lines[0], lines[1], lines[2])
    again = profiles.save_questionnaire(Questionnaire("SIZE2", "Company size", 0, lines=moved), original_code="SIZE")
    texts = {line.line_no: line.description for line in again.lines}
    answers = profiles.contact_answers(company)
    assert sorted(texts[n] for n in answers["SIZE2"]) == ["1-10", "Cheese"]
    profiles.delete_questionnaire("SIZE2")
    assert profiles.contact_answers(company) == {}


def test_one_answer_questions_wrong_lines_and_wrong_types_are_refused_without_a_change() -> None:
    saved = _size()
    company = create_contact(ContactData(type=ContactType.COMPANY, name="Nordmann AS"))
    person = create_contact(ContactData(name="Kari"))
    small, large, question = saved.lines[1].line_no, saved.lines[2].line_no, saved.lines[0].line_no
    for chosen, problem in (
        ([small, large], "one_answer_only"),
        ([question], "not_an_answer"),
        ([12345], "not_an_answer"),
    ):
        with pytest.raises(ProfileAnswerError) as refused:
            profiles.save_answers(company, {"SIZE": chosen})
        assert refused.value.problem == problem
    with pytest.raises(ProfileAnswerError) as wrong:
        profiles.save_answers(person, {"SIZE": [small]})
    assert wrong.value.problem == "wrong_contact_type"
    data = get_contact(company)
    data.city = "Oslo"
    with pytest.raises(ProfileAnswerError):
        save_card(company, data, answers={"SIZE": [small, large]})
    assert get_contact(company).city == "" and profiles.contact_answers(company) == {}
