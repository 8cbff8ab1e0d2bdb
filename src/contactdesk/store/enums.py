"""Stored option values; the integers are persisted, so never reorder them."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ContactType(IntEnum):
    """A contact is a company or a person."""

    COMPANY = 0
    PERSON = 1


class CorrespondenceType(IntEnum):
    """How a contact receives letters (no fax: Part A.2)."""

    BLANK = 0
    HARD_COPY = 1
    EMAIL = 2


class InformationFlow(IntEnum):
    """Direction of an interaction."""

    BLANK = 0
    OUTBOUND = 1
    INBOUND = 2


class InitiatedBy(IntEnum):
    """Who started an interaction."""

    BLANK = 0
    US = 1
    THEM = 2


class Evaluation(IntEnum):
    """How an interaction went."""

    BLANK = 0
    VERY_POSITIVE = 1
    POSITIVE = 2
    NEUTRAL = 3
    NEGATIVE = 4
    VERY_NEGATIVE = 5


class DeliveryStatus(IntEnum):
    """Where delivery of a letter or e-mail stands."""

    BLANK = 0
    IN_PROGRESS = 1
    ERROR = 2


class WizardAction(IntEnum):
    """What the Create Interaction wizard does with the template's document."""

    BLANK = 0
    OPEN = 1
    IMPORT = 2
    MERGE = 3


class CriteriaAction(IntEnum):
    """Kinds of segment criteria actions."""

    ADD = 0
    REDUCE = 1
    REFINE = 2


class CriteriaLineType(IntEnum):
    """A criteria line is an action or one of its filters."""

    ACTION = 0
    FILTER = 1


class HistoryAction(IntEnum):
    """What a criteria action did to one contact (for Go Back)."""

    INSERTION = 0
    DELETION = 1


class QuestionLineType(IntEnum):
    """Profile questionnaire lines are questions or their answers."""

    QUESTION = 0
    ANSWER = 1


class UserRole(StrEnum):
    """What a ContactDesk user may do; stored as text, and named like the database's group roles."""

    STAFF = "staff"
    ADMIN = "admin"
