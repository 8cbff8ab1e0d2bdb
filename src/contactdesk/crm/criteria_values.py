"""Criteria filters named the way a script names them (`country=NO`, an industry group code), checked before use.

The criteria dialog offers pick lists, so it can only choose codes that exist; a script types them, and a
mistyped code would silently match nobody. Here such a code is refused with the field named, and the
short field names a script uses (`country`, `salesperson`) map onto the dialog's filter fields.
"""

from __future__ import annotations

from collections.abc import Iterable

from contactdesk.crm import lookups
from contactdesk.crm.criteria_filters import CONTACT_FIELDS, RELATED_FIELDS, Filter, check
from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.store.models import (
    BaseModel,
    BusinessRelation,
    Country,
    IndustryGroup,
    JobResponsibility,
    Language,
    MailingGroup,
    Salesperson,
    Territory,
)

# Short names for the contact fields whose filter field ends in _code.
ALIASES = {"country": "country_code", "salesperson": "salesperson_code", "language": "language_code"}
ALIASES |= {"territory": "territory_code"}
# The code table each code filter must name an existing row of.
_CODE_TABLES: dict[tuple[str, str], type[BaseModel]] = {
    ("contact", "country_code"): Country,
    ("contact", "salesperson_code"): Salesperson,
    ("contact", "language_code"): Language,
    ("contact", "territory_code"): Territory,
    ("industry_group", "industry_group_code"): IndustryGroup,
    ("business_relation", "business_relation_code"): BusinessRelation,
    ("mailing_group", "mailing_group_code"): MailingGroup,
    ("job_responsibility", "job_responsibility_code"): JobResponsibility,
}
CLASSIFICATIONS = ("industry_group", "business_relation", "mailing_group", "job_responsibility")


def contact_field_names() -> list[str]:
    """The names a contact filter may be given by: the dialog's fields and their short forms."""
    return sorted({*CONTACT_FIELDS, *ALIASES})


def contact_filter(field: str, expr: str) -> Filter:
    """A filter on one contact field (`city`, `country`, `post_code`…); ValidationError "unknown_field" otherwise."""
    name = field.strip().lower().replace("-", "_")
    name = ALIASES.get(name, name)
    if name not in CONTACT_FIELDS:
        raise ValidationErrors([ValidationError(field, "unknown_field", expr)])
    return Filter("contact", name, expr.strip())


def classification_filter(kind: str, code: str) -> Filter:
    """A filter on one classification (industry group, business relation, mailing group, job responsibility)."""
    if kind not in CLASSIFICATIONS:
        raise ValidationErrors([ValidationError(kind, "unknown_field", code)])
    (field,) = RELATED_FIELDS[kind]
    return Filter(kind, field, code.strip())


def _plain_words(expr: str) -> list[str]:
    """The words of an expression that name one value (no wildcard, range, comparison or blank)."""
    words = [word.strip() for word in expr.split("|")]
    return [w for w in words if w and w != "''" and not any(mark in w for mark in ("*", "?", "..", "<", ">"))]


def checked(filters: Iterable[Filter]) -> list[Filter]:
    """The filters as criteria.check() keeps them, with every named code known; ValidationErrors lists the rest."""
    kept = check(filters)
    problems = []
    for item in kept:
        model = _CODE_TABLES.get((item.source, item.field))
        if model is None:
            continue
        for word in _plain_words(item.expr):
            value = lookups.language_code(word) if model is Language else word.upper()
            if value is None or not lookups.code_exists(model, value):
                problems.append(ValidationError(item.field, "unknown", word))
    if problems:
        raise ValidationErrors(problems)
    return kept
