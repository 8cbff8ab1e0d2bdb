"""A contact's classification codes for lists, filters, import and export (read side, plain queries)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Value

from contactdesk.crm.contact_class_kinds import (
    BUSINESS_RELATION,
    COMPANY_KINDS,
    INDUSTRY_GROUP,
    JOB_RESPONSIBILITY,
    KINDS,
    MAILING_GROUP,
)
from contactdesk.store.models import (
    BusinessRelation,
    Contact,
    ContactBusinessRelation,
    ContactIndustryGroup,
    ContactJobResponsibility,
    ContactMailingGroup,
    IndustryGroup,
    JobResponsibility,
    MailingGroup,
)
from contactdesk.store.models.base import BaseModel
from contactdesk.store.value_lists import value_list


@dataclass(frozen=True)
class ClassLink:
    """Where one kind of classification is kept: the code table and the contact link table."""

    codes: type[BaseModel]
    links: type[BaseModel]
    field: str  # the link table's column naming the code


LINKS: dict[str, ClassLink] = {
    INDUSTRY_GROUP: ClassLink(IndustryGroup, ContactIndustryGroup, "industry_group"),
    BUSINESS_RELATION: ClassLink(BusinessRelation, ContactBusinessRelation, "business_relation"),
    MAILING_GROUP: ClassLink(MailingGroup, ContactMailingGroup, "mailing_group"),
    JOB_RESPONSIBILITY: ClassLink(JobResponsibility, ContactJobResponsibility, "job_responsibility"),
}
# Tables whose changes change what the contacts list shows (for the change feed).
LINK_TABLES = tuple(str(link.links._meta.table_name) for link in LINKS.values())


@dataclass(frozen=True)
class ClassFilter:
    """Show only contacts with this code of this kind (e.g. industry group RETAIL)."""

    kind: str
    code: str


def _code_column(kind: str) -> Any:
    link = LINKS[kind]
    return getattr(link.links, link.field)


def class_codes(kind: str) -> list[tuple[str, str]]:
    """(code, description) of every code of one kind, by code."""
    model: Any = LINKS[kind].codes
    rows = model.select(model.code, model.description).order_by(model.code).tuples()
    return [(str(code), str(description or "")) for code, description in rows]


def condition(found: ClassFilter) -> Any:
    """SQL over Contact: the contact carries the code (a person also through its company, for company kinds)."""
    links: Any = LINKS[found.kind].links
    holders = links.select(links.contact).where(_code_column(found.kind) == found.code.strip().upper())
    if found.kind in COMPANY_KINDS:
        return Contact.id.in_(holders) | Contact.company.in_(holders)
    return Contact.id.in_(holders)


def classification_of(contact_ids: Sequence[int], with_company: bool = True) -> dict[int, dict[str, list[str]]]:
    """Codes by kind for each contact, in one query; a person shows its company's industry groups and relations.

    with_company=False: the contact's own codes only (an export row must not copy its company's).
    """
    ids = sorted(set(contact_ids))
    found: dict[int, dict[str, list[str]]] = {i: {kind: [] for kind in KINDS} for i in ids}
    if not ids:
        return found
    parts: list[Any] = []
    for kind, link in LINKS.items():
        model: Any = link.links
        code = _code_column(kind).alias("code")
        parts.append(
            model.select(Value(kind).alias("kind"), model.contact.alias("owner"), code).where(
                model.contact.in_(value_list(ids))
            )
        )
        if with_company and kind in COMPANY_KINDS:  # a separate indexed lookup: an OR join would scan
            parts.append(
                model.select(Value(kind).alias("kind"), Contact.id.alias("owner"), code)
                .join(Contact, on=(Contact.company == model.contact))
                .where(Contact.id.in_(value_list(ids)))
            )
    union = parts[0]
    for part in parts[1:]:
        union = union + part  # UNION ALL
    for kind, owner, code in union.order_by(SQL("code")).tuples():
        codes = found[int(owner)][str(kind)]
        if str(code) not in codes:
            codes.append(str(code))
    return found


def codes_by_id(contact_ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    """Each contact's own codes by kind (only the kinds it has), by contact id; one query per 1,000 contacts."""
    found: dict[int, dict[str, list[str]]] = {}
    ids = list(contact_ids)
    for chunk in (ids[i : i + 1000] for i in range(0, len(ids), 1000)):
        for contact_id, codes in classification_of(chunk, with_company=False).items():
            kinds = {kind: values for kind, values in codes.items() if values}
            if kinds:
                found[contact_id] = kinds
    return found
