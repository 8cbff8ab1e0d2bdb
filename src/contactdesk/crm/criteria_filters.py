"""Filter sources of the segmentation criteria (spec §2.5), turned into set-based SQL over contacts.

A filter is one (source, field, expression). Expressions follow the reference product's filter
syntax in a small subset: `A|B` (either), `A..B` (range, either end open), `<>A`, `>A`, `>=A`,
`<A`, `<=A`, `*` and `?` wildcards, and `''` for blank. Within a source every field applies to the
same related row ("exists"); across sources all must hold (AND).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import fn

from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.store.models import (
    Contact,
    ContactBusinessRelation,
    ContactIndustryGroup,
    ContactJobResponsibility,
    ContactMailingGroup,
    ContactProfileAnswer,
    InteractionLogEntry,
    LoggedSegment,
)
from contactdesk.store.search import fold, like


@dataclass(frozen=True)
class Filter:
    """One filter of a criteria action; `manual` marks the filter a hand-made line edit records."""

    source: str
    field: str
    expr: str
    manual: bool = False

    def to_json(self) -> str:
        """The stored form (spec §1.11 REC)."""
        data: dict[str, Any] = {"source": self.source, "field": self.field, "expr": self.expr}
        if self.manual:
            data["manual"] = True
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Filter:
        """Read a stored filter."""
        data = json.loads(text or "{}")
        return cls(
            str(data.get("source", "")),
            str(data.get("field", "")),
            str(data.get("expr", "")),
            bool(data.get("manual", False)),
        )


# Value kinds: how an expression's words become comparable values.
CODE, TEXT, FOLDED, INT, DATE, CONTACT_TYPE, CHANNEL = "code", "text", "folded", "int", "date", "type", "channel"

# source → field → (kind, column getter on the contact alias or the related model)
CONTACT_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "no": (CODE, lambda c: c.no),
    "type": (CONTACT_TYPE, lambda c: c.type),
    "name": (FOLDED, lambda c: c.search_name),
    "city": (TEXT, lambda c: c.city),
    "post_code": (TEXT, lambda c: c.post_code),
    "country_code": (CODE, lambda c: c.country_code),
    "salesperson_code": (CODE, lambda c: c.salesperson),
    "language_code": (TEXT, lambda c: c.language_code),
    "territory_code": (CODE, lambda c: c.territory_code),
    "correspondence_type": (CHANNEL, lambda c: c.correspondence_type),
    "job_title": (TEXT, lambda c: c.job_title),
}
RELATED_FIELDS: dict[str, dict[str, tuple[str, Any]]] = {
    "industry_group": {"industry_group_code": (CODE, ContactIndustryGroup.industry_group)},
    "business_relation": {"business_relation_code": (CODE, ContactBusinessRelation.business_relation)},
    "mailing_group": {"mailing_group_code": (CODE, ContactMailingGroup.mailing_group)},
    "job_responsibility": {"job_responsibility_code": (CODE, ContactJobResponsibility.job_responsibility)},
    "profile": {
        "questionnaire_code": (CODE, ContactProfileAnswer.questionnaire),
        "line_no": (INT, ContactProfileAnswer.line_no),
    },
    "interaction": {
        "interaction_template_code": (CODE, InteractionLogEntry.interaction_template),
        "date": (DATE, InteractionLogEntry.date),
        "salesperson_code": (CODE, InteractionLogEntry.salesperson),
        "segment_no": (CODE, InteractionLogEntry.segment_no),
        "campaign_no": (CODE, InteractionLogEntry.campaign),
        "evaluation": (INT, InteractionLogEntry.evaluation),
        # Reuse Segment (spec §2.9): the entries of one logged segment, named by its number (COALESCE makes
        # the lookup an expression that IN and = accept).
        "logged_segment_no": (
            CODE,
            fn.COALESCE(
                LoggedSegment.select(LoggedSegment.no).where(LoggedSegment.id == InteractionLogEntry.logged_segment), ""
            ),
        ),
    },
}
# The link of each related source to the contact: its own id, or its company's (spec §2.5 table).
RELATED_MODELS: dict[str, tuple[Any, bool]] = {
    "industry_group": (ContactIndustryGroup, True),
    "business_relation": (ContactBusinessRelation, True),
    "mailing_group": (ContactMailingGroup, False),
    "job_responsibility": (ContactJobResponsibility, False),
    "profile": (ContactProfileAnswer, False),
    "interaction": (InteractionLogEntry, False),
}
SOURCES = ("contact", *RELATED_FIELDS)


def _words(expr: str) -> list[str]:
    return [part.strip() for part in expr.split("|") if part.strip()]


def _convert(kind: str, word: str) -> Any:
    """One word of an expression as the column's value; ValueError when it cannot be."""
    if word == "''":
        return "" if kind not in (INT, DATE, CONTACT_TYPE, CHANNEL) else None
    if kind == CODE:
        return word.upper()
    if kind == FOLDED:
        return fold(word)
    if kind == INT:
        return int(word)
    if kind == DATE:
        return date.fromisoformat(word)
    if kind == CONTACT_TYPE:
        names = {"company": ContactType.COMPANY, "person": ContactType.PERSON}
        return int(names[word.lower()]) if word.lower() in names else int(ContactType(int(word)))
    if kind == CHANNEL:
        channels = {
            "hard copy": CorrespondenceType.HARD_COPY,
            "e-mail": CorrespondenceType.EMAIL,
            "email": CorrespondenceType.EMAIL,
        }
        return int(channels[word.lower()]) if word.lower() in channels else int(CorrespondenceType(int(word)))
    return word


def _like(column: Any, kind: str, word: str) -> Any:
    """column LIKE pattern, with LIKE's own wildcards escaped and ours (* ?) translated."""
    pattern = word.upper() if kind == CODE else (fold(word) if kind == FOLDED else word.strip())
    escaped = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    escaped = escaped.replace("*", "%").replace("?", "_")
    return like(column, escaped, ignore_case=kind == TEXT)


def _is_plain(word: str) -> bool:
    """A word that means "equal to this value" (no wildcard, range, comparison or blank)."""
    return not any(mark in word for mark in ("*", "?", "..", "<", ">")) and word != "''"


def _term(column: Any, kind: str, word: str) -> Any:
    """SQL for one alternative of an expression."""
    if "*" in word or "?" in word:
        if kind not in (CODE, TEXT, FOLDED):
            raise ValueError(word)
        return _like(column, kind, word)
    if ".." in word:
        low, high = (part.strip() for part in word.split("..", 1))
        parts = []
        if low:
            parts.append(column >= _convert(kind, low))
        if high:
            parts.append(column <= _convert(kind, high))
        if not parts:
            raise ValueError(word)
        return parts[0] if len(parts) == 1 else parts[0] & parts[1]
    for operator in ("<>", ">=", "<=", ">", "<"):
        if word.startswith(operator):
            value = _convert(kind, word[len(operator) :].strip())
            return {
                "<>": column != value,
                ">=": column >= value,
                "<=": column <= value,
                ">": column > value,
                "<": column < value,
            }[operator]
    value = _convert(kind, word)
    if kind == TEXT and value:
        # Case-insensitive equality: nobody expects "amsterdam" to miss "Amsterdam".
        return _like(column, kind, word)
    if value is None or value == "":
        # Blank: a missing code is stored as NULL in key columns and '' in plain ones.
        return column.is_null() | (column == "") if value == "" else column.is_null()
    return column == value


def expression(column: Any, kind: str, expr: str, field: str = "") -> Any:
    """SQL for a whole filter expression (alternatives joined with OR)."""
    words = _words(expr)
    if not words:
        raise ValidationErrors([ValidationError(field, "required", expr)])
    plain: list[Any] = []
    terms: list[Any] = []
    try:
        for word in words:
            if kind != TEXT and _is_plain(word):
                plain.append(_convert(kind, word))
            else:
                terms.append(_term(column, kind, word))
    except (ValueError, KeyError) as exc:
        raise ValidationErrors([ValidationError(field, "invalid", expr)]) from exc
    # Plain values go into IN lists: a long "A|B|C|…" (a hand-picked selection, say) would
    # otherwise nest one OR per value, and SQLite refuses expressions nested 1000 deep.
    terms = [column.in_(plain[i : i + 500]) for i in range(0, len(plain), 500)] + terms
    result = terms[0]
    for term in terms[1:]:
        result = result | term
    return result


def check(filters: Iterable[Filter]) -> list[Filter]:
    """The filters that hold an expression, each checked; ValidationErrors lists every bad one."""
    kept, problems = [], []
    for item in filters:
        if not item.expr.strip():
            continue
        kinds = CONTACT_FIELDS if item.source == "contact" else RELATED_FIELDS.get(item.source, {})
        if item.field not in kinds:
            problems.append(ValidationError(f"{item.source}.{item.field}", "unknown", item.expr))
            continue
        kind, column = kinds[item.field]
        try:
            expression(column(Contact) if item.source == "contact" else column, kind, item.expr, item.field)
        except ValidationErrors as bad:
            problems.extend(bad.errors)
            continue
        kept.append(Filter(item.source, item.field, item.expr.strip(), item.manual))
    if problems:
        raise ValidationErrors(problems)
    return kept


def predicate(filters: Iterable[Filter], contact: Any = Contact) -> Any:
    """SQL that holds for the contacts (rows of `contact`, the table or an alias) passing every filter."""
    parts: list[Any] = []
    related: dict[str, list[Filter]] = {}
    for item in filters:
        if item.source == "contact":
            kind, column = CONTACT_FIELDS[item.field]
            parts.append(expression(column(contact), kind, item.expr, item.field))
        else:
            related.setdefault(item.source, []).append(item)
    for source, items in related.items():
        model, via_company = RELATED_MODELS[source]
        where = None
        for item in items:
            kind, column = RELATED_FIELDS[source][item.field]
            term = expression(column, kind, item.expr, item.field)
            where = term if where is None else where & term
        if source == "interaction":
            where = where & (InteractionLogEntry.postponed == False)  # noqa: E712 - not yet an interaction
        linked = model.select(model.contact).where(where)
        key = fn.COALESCE(contact.company, contact.id) if via_company else contact.id
        parts.append(key.in_(linked))
    if not parts:
        return None
    result = parts[0]
    for part in parts[1:]:
        result = result & part
    return result
