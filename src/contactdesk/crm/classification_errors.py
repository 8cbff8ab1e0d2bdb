"""Refusals of contact classification and profile questionnaires (part of crm/errors.py's family)."""

from __future__ import annotations

from contactdesk.crm.errors import DomainError, NotFoundError

_KIND_NAMES = {
    "industry_group": "industry group",
    "business_relation": "business relation",
    "mailing_group": "mailing group",
    "job_responsibility": "job responsibility",
}
_KIND_TYPES = {
    "industry_group": "companies",
    "business_relation": "companies",
    "mailing_group": "companies and persons",
    "job_responsibility": "persons",
}


class UnknownCodeError(NotFoundError):
    """A classification code the user named is not set up (kind is e.g. "industry_group")."""

    def __init__(self, kind: str, code: str) -> None:
        super().__init__(kind, code)
        name = _KIND_NAMES.get(kind, kind.replace("_", " "))
        self.args = (f"{name} {code!r} does not exist; set it up under Setup → Codes first",)
        self.kind = kind
        self.code = code


class ClassificationTypeError(DomainError):
    """A code kind that does not apply to this type of contact (industry groups are for companies, …)."""

    def __init__(self, kind: str, contact_no: str, contact_is_person: bool) -> None:
        name = _KIND_NAMES.get(kind, kind.replace("_", " "))
        what = "a person" if contact_is_person else "a company"
        super().__init__(f"{name}s are for {_KIND_TYPES.get(kind, 'other contacts')}; contact {contact_no} is {what}")
        self.kind = kind
        self.contact_no = contact_no
        self.contact_is_person = contact_is_person


class QuestionnaireLinesError(DomainError):
    """A questionnaire's lines cannot be saved. problem: answer_first (an answer before any question), blank_text."""

    def __init__(self, questionnaire_code: str, problem: str, line: int) -> None:
        super().__init__(f"questionnaire {questionnaire_code}: line {line}: {problem}")
        self.questionnaire_code = questionnaire_code
        self.problem = problem
        self.line = line


class ProfileAnswerError(DomainError):
    """A profile answer that is not an answer of that questionnaire, or a second answer to a one-answer question."""

    def __init__(self, questionnaire_code: str, line_no: int, problem: str) -> None:
        super().__init__(f"questionnaire {questionnaire_code}: line {line_no}: {problem}")
        self.questionnaire_code = questionnaire_code
        self.line_no = line_no
        self.problem = problem
