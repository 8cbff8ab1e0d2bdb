"""A contact's classification codes: industry groups, business relations, mailing groups, job responsibilities.

Companies carry industry groups and business relations (a person shows its company's); persons carry job
responsibilities; both carry mailing groups. Each change is one transaction and raises the contact's
version, so a card still showing the old codes refuses to save them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import Field

from contactdesk.crm import versions
from contactdesk.crm.classification_errors import ClassificationTypeError, UnknownCodeError
from contactdesk.crm.codes import CodeData
from contactdesk.crm.contact_class_kinds import (
    BUSINESS_RELATION,
    COMPANY_KINDS,
    INDUSTRY_GROUP,
    JOB_RESPONSIBILITY,
    KINDS,
    MAILING_GROUP,
)
from contactdesk.crm.contact_classes import LINKS
from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.lookups import primary_key
from contactdesk.crm.validation import normalize_code
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import ContactType
from contactdesk.store.models import BaseModel, Contact

# kind → the contact types that carry it (the tables behind each kind: contact_classes.LINKS)
_TYPES: dict[str, tuple[int, ...]] = {
    INDUSTRY_GROUP: (ContactType.COMPANY,),
    BUSINESS_RELATION: (ContactType.COMPANY,),
    MAILING_GROUP: (ContactType.COMPANY, ContactType.PERSON),
    JOB_RESPONSIBILITY: (ContactType.PERSON,),
}


@dataclass(frozen=True)
class Classification:
    """A contact's codes by kind; a person's company codes are read-only beside them."""

    contact_no: str
    contact_type: int
    codes: dict[str, list[CodeData]] = field(default_factory=dict)
    company_no: str = ""
    company_codes: dict[str, list[CodeData]] = field(default_factory=dict)


def _link(kind: str) -> tuple[type[BaseModel], Field[Any], type[BaseModel], tuple[int, ...]]:
    try:
        link, types = LINKS[kind], _TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown classification kind {kind!r}; expected one of {', '.join(KINDS)}") from None
    return link.links, link.links._meta.fields[link.field], link.codes, types


def applies_to(kind: str, contact_type: int) -> bool:
    """True when contacts of this type carry codes of this kind."""
    return int(contact_type) in _link(kind)[3]


def kinds_for(contact_type: int) -> tuple[str, ...]:
    """The kinds a contact of this type carries itself."""
    return tuple(kind for kind in KINDS if applies_to(kind, contact_type))


def _contact(no: str) -> Contact:
    contact = Contact.get_or_none(Contact.no == normalize_code(no))
    if contact is None:
        raise NotFoundError("contact", no)
    return contact


def _codes_of(contact_id: int, kind: str) -> list[CodeData]:
    link, column, code_model, _types = _link(kind)
    key = primary_key(code_model)
    query = (
        code_model.select(key, code_model._meta.fields["description"])
        .join(link, on=(column == key))
        .where(link._meta.fields["contact"] == contact_id)
        .order_by(key)
    )
    return [CodeData(str(code), str(description or "")) for code, description in tuples(query)]


def get_classification(no: str) -> Classification:
    """The contact's own codes of every kind it carries, and (for a person) its company's."""
    contact = _contact(no)
    own = {kind: _codes_of(contact.id, kind) for kind in kinds_for(contact.type)}
    company_no = ""
    company: dict[str, list[CodeData]] = {}
    if contact.type == ContactType.PERSON and contact.company_id:
        company_no = str(Contact.get_by_id(contact.company_id).no)
        company = {kind: _codes_of(contact.company_id, kind) for kind in COMPANY_KINDS}
    return Classification(str(contact.no), int(contact.type), own, company_no, company)


def company_codes(company_no: str) -> dict[str, list[CodeData]]:
    """A company's industry groups and business relations (what its persons show); empty for no company."""
    company = Contact.get_or_none(Contact.no == normalize_code(company_no)) if company_no.strip() else None
    if company is None or company.type != ContactType.COMPANY:
        return {kind: [] for kind in COMPANY_KINDS}
    return {kind: _codes_of(company.id, kind) for kind in COMPANY_KINDS}


def _checked(contact: Contact, kind: str, codes: Iterable[str]) -> list[str]:
    """The codes normalised, without repeats; refuses a kind this contact does not carry and unknown codes."""
    _link_model, _column, code_model, types = _link(kind)
    wanted = list(dict.fromkeys(c for c in (normalize_code(code) for code in codes) if c))
    if wanted and int(contact.type) not in types:
        raise ClassificationTypeError(kind, str(contact.no), contact.type == ContactType.PERSON)
    key = primary_key(code_model)
    known = {str(code) for (code,) in tuples(code_model.select(key).where(key.in_(wanted)))} if wanted else set()
    for code in wanted:
        if code not in known:
            raise UnknownCodeError(kind, code)
    return wanted


def _add(contact: Contact, kind: str, codes: Sequence[str]) -> int:
    link, column, _code_model, _types = _link(kind)
    contact_field = link._meta.fields["contact"]
    have = {str(code) for (code,) in tuples(link.select(column).where(contact_field == contact.id))}
    new = [code for code in codes if code not in have]
    if new:
        link.insert_many([{contact_field: contact.id, column: code} for code in new]).execute()
    return len(new)


def _remove(contact: Contact, kind: str, codes: Sequence[str]) -> int:
    link, column, _code_model, _types = _link(kind)
    if not codes:
        return 0
    return int(link.delete().where((link._meta.fields["contact"] == contact.id) & column.in_(list(codes))).execute())


def change_codes(no: str, changes: Mapping[str, Iterable[str]], remove: bool = False) -> int:
    """Add (or remove) codes of several kinds in one transaction; returns how many links changed."""
    with write_transaction():
        contact = _contact(no)
        checked = {kind: _checked(contact, kind, codes) for kind, codes in changes.items()}
        changed = sum((_remove if remove else _add)(contact, kind, codes) for kind, codes in checked.items())
        if changed:
            versions.touch(Contact, Contact.id == contact.id)
    return changed


def add_codes(no: str, kind: str, codes: Iterable[str]) -> int:
    """Give the contact these codes of one kind (those it has already are skipped); returns how many were new."""
    return change_codes(no, {kind: codes})


def remove_codes(no: str, kind: str, codes: Iterable[str]) -> int:
    """Take these codes of one kind from the contact; returns how many it had."""
    return change_codes(no, {kind: codes}, remove=True)


def replace_codes(contact_no: str, codes: Mapping[str, Iterable[str]]) -> int:
    """Make the contact's codes of each given kind exactly these (inside the caller's transaction, e.g. a card save).

    Kinds the contact's type does not carry are emptied, so a company that became a person keeps no industry groups.
    """
    contact = _contact(contact_no)
    changed = 0
    for kind in KINDS:
        if kind not in codes and applies_to(kind, contact.type):
            continue
        wanted = _checked(contact, kind, codes.get(kind, ()))
        have = [code.code for code in _codes_of(contact.id, kind)]
        changed += _remove(contact, kind, [code for code in have if code not in wanted])
        changed += _add(contact, kind, wanted)
    return changed
