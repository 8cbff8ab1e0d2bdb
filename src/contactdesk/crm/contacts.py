"""Contacts: create, edit, delete and search companies and persons."""

from __future__ import annotations

import logging
from typing import Any

from peewee import SQL, fn

from contactdesk.crm import contact_classes, lookups, versions
from contactdesk.crm import contact_rules as rules
from contactdesk.crm.contact_classes import ClassFilter
from contactdesk.crm.contact_data import LIST_COLUMNS, SORT_SQL, ContactData, ContactRow
from contactdesk.crm.errors import (
    CompanyHasPersonsError,
    ContactOnSegmentError,
    DuplicateCodeError,
    MissingSetupError,
    NotFoundError,
    ValidationErrors,
)
from contactdesk.crm.list_positions import ListPositions, landmarks, read_page
from contactdesk.store import fulltext
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup, Segment, SegmentLine
from contactdesk.store.numbering import next_number
from contactdesk.store.search import like, like_pattern, terms

ENTITY = "contact"
PERSONS_DELETE = "delete"
PERSONS_DETACH = "detach"

log = logging.getLogger("contactdesk.crm")


def _get_row(no: str) -> Contact:
    contact = Contact.get_or_none(Contact.no == (no or "").strip().upper())
    if contact is None:
        raise NotFoundError("contact", no)
    return contact


def get_contact(no: str) -> ContactData:
    """The contact as the card edits it."""
    return rules.to_data(_get_row(no))


def unlogged_segments_of(contact_ids: list[int]) -> list[str]:
    """Numbers of the (unlogged) segments these contacts are on."""
    query = (
        Segment.select(Segment.no)
        .join(SegmentLine)
        .where(SegmentLine.contact.in_(contact_ids))
        .distinct()
        .order_by(Segment.no)
    )
    return [row.no for row in query]


def new_contact_data(company_no: str = "") -> ContactData:
    """A new card's values: the company's (for a person in it), then Marketing Setup's defaults.

    The salutation stays blank: it follows the type, which the user may still change; create_contact fills it.
    """
    data = ContactData(company_no=company_no)
    company = Contact.get_or_none(Contact.no == company_no.strip().upper()) if company_no.strip() else None
    rules.inherit_from_company(data, company)
    rules.fill_setup_defaults(data)
    data.salutation_code = ""
    return data


def create_contact(data: ContactData) -> str:
    """Create a contact and return its number (taken from the contacts series when blank)."""
    with write_transaction():
        company = rules.validate(data, existing=None)
        no = (data.no or "").strip().upper()
        if no:
            if Contact.select().where(Contact.no == no).exists():
                raise DuplicateCodeError("contact", no)
        else:
            setup = MarketingSetup.get_or_none()
            if setup is None or not setup.contact_nos:
                raise MissingSetupError("contact_nos")
            no = next_number(setup.contact_nos)
        contact = Contact(no=no)
        # The company's values first: a person in a Norwegian company is Norwegian, whatever the office default.
        rules.inherit_from_company(data, company)
        rules.fill_setup_defaults(data)
        rules.apply(contact, data, company)
        versions.stamp_new(contact)
        contact.save(force_insert=True)
    log.info("contact created: %s", no)
    return no


def update_contact(no: str, data: ContactData) -> ContactData:
    """Save the card; refuses when someone else saved the contact since `data.version`."""
    with write_transaction():
        found = _get_row(no)
        # Claim first: the row is ours (locked on PostgreSQL) until commit, and a stale version stops here.
        new_version = versions.claim(Contact, Contact.id == found.id, data.version or None, ENTITY, found.no)
        contact = _get_row(no)
        company = rules.validate(data, existing=contact)
        old_company_id = contact.company_id
        new_company_id = company.id if company else None
        if old_company_id != new_company_id:
            segments = unlogged_segments_of([contact.id])
            if segments:
                raise ContactOnSegmentError(contact.no, segments, action="change_company")
            rules.inherit_from_company(data, company)
        before = rules.to_data(contact)
        rules.apply(contact, data, company)
        contact.version = new_version
        contact.save()
        if contact.type == ContactType.COMPANY:
            rules.propagate_to_persons(contact, before)
        saved = rules.to_data(contact)
    log.info("contact changed: %s", saved.no)
    return saved


def _refuse_if_on_segment(contact: Contact, ids: list[int]) -> None:
    segments = unlogged_segments_of(ids)
    if segments:
        raise ContactOnSegmentError(contact.no, segments)


def check_delete(no: str, persons: str | None = None) -> None:
    """Raise ContactOnSegmentError when delete_contact would refuse for segments; deletes nothing.

    Lets the UI refuse before it asks "This cannot be undone". With `persons` left out, a
    company's persons are not counted (the user has not chosen yet what happens to them).
    """
    contact = _get_row(no)
    ids = [contact.id]
    if contact.type == ContactType.COMPANY and persons == PERSONS_DELETE:
        ids += [p.id for p in Contact.select(Contact.id).where(Contact.company == contact.id)]
    _refuse_if_on_segment(contact, ids)


def delete_contact(no: str, persons: str | None = None) -> int:
    """Delete a contact; a company's persons are deleted or detached as the user chose.

    Returns how many contacts were deleted. Refused while any of them is on an unlogged segment.
    """
    with write_transaction():
        contact = _get_row(no)
        ids = [contact.id]
        person_ids: list[int] = []
        if contact.type == ContactType.COMPANY:
            person_ids = [p.id for p in Contact.select(Contact.id).where(Contact.company == contact.id)]
            if person_ids and persons not in (PERSONS_DELETE, PERSONS_DETACH):
                raise CompanyHasPersonsError(contact.no, len(person_ids))
            if persons == PERSONS_DELETE:
                ids += person_ids
        _refuse_if_on_segment(contact, ids)
        if person_ids and persons == PERSONS_DETACH:
            Contact.update({Contact.company: None, Contact.company_name: "", **versions.changed_values(Contact)}).where(
                Contact.id.in_(person_ids)
            ).execute()
        # Persons first: they point at the company.
        Contact.delete().where(Contact.id.in_([i for i in ids if i != contact.id])).execute()
        Contact.delete().where(Contact.id == contact.id).execute()
    log.info("contacts deleted: %d", len(ids))
    return len(ids)


def _filtered(query: str, classified: ClassFilter | None = None):  # type: ignore[no-untyped-def]
    """Contacts whose search text holds every word of `query` (anywhere, any case), with a code when asked."""
    select = Contact.select()
    if classified is not None and classified.code.strip():
        select = select.where(contact_classes.condition(classified))
    words = terms(query)
    indexed = [w for w in words if len(w) >= 3] if words and fulltext.available() else []
    for word in words:
        if word not in indexed:
            select = select.where(like(Contact.search_text, like_pattern(word)))
    if indexed:
        match = " AND ".join(fulltext.phrase(w) for w in indexed)
        select = select.where(
            Contact.id.in_(SQL(f"(SELECT rowid FROM {fulltext.TABLE} WHERE {fulltext.TABLE} MATCH ?)", [match]))
        )
    return select


def count_contacts(query: str = "", classified: ClassFilter | None = None) -> int:
    """How many contacts match the search text (and carry the classification code, when given)."""
    return int(_filtered(query, classified).count())


def list_contacts(
    query: str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
    positions: ListPositions | None = None,
    classified: ClassFilter | None = None,
) -> list[ContactRow]:
    """One page of the contacts list, searched and sorted in SQL (limit -1: every row).

    The page's ids are found first, in an index holding the sort key and the id, so the rows skipped
    are never read (store.list_indexes); then its rows, by id. `total` (the number of matches the list
    counted) and `positions` (rows the list has read) let a far page be found from the nearer end or
    from a row already seen instead of from the top (crm.list_positions).
    """
    column = getattr(Contact, SORT_SQL.get(sort, "search_name"))
    keys = [(column, descending), (Contact.id, descending)]
    if limit < 0:
        select = _filtered(query, classified).select(*[getattr(Contact, sql) for _name, sql in LIST_COLUMNS])
        rows = lookups.page(select.order_by(*[c.desc() if d else c.asc() for c, d in keys]), offset)
        return [_row(values) for values in rows.tuples()]
    found = read_page(_filtered(query, classified).select(column, Contact.id), keys, offset, limit, total, positions)
    return rows_by_ids([row[-1] for row in found])


def contact_landmarks(
    query: str = "",
    sort: str = "name",
    descending: bool = False,
    every: int = 4096,
    classified: ClassFilter | None = None,
) -> list[tuple[int, tuple[Any, ...]]]:
    """Every `every`-th row of the contacts list as (position, sort key), for ListPositions.add_landmarks."""
    column = getattr(Contact, SORT_SQL.get(sort, "search_name"))
    keys = [(column, descending), (Contact.id, descending)]
    return landmarks(_filtered(query, classified).select(column, Contact.id), keys, every)


def _row(values: tuple[object, ...]) -> ContactRow:
    return ContactRow(*[value if value is not None else "" for value in values])  # type: ignore[arg-type]


def contact_ids_in_order(query: str = "", sort: str = "name", descending: bool = False) -> list[int]:
    """All matching ids in list order (for jumping by position in very large lists)."""
    column = getattr(Contact, SORT_SQL.get(sort, "search_name"))
    order = column.desc() if descending else column.asc()
    tie = Contact.id.desc() if descending else Contact.id.asc()
    return [row[0] for row in _filtered(query).select(Contact.id).order_by(order, tie).tuples()]


def rows_by_ids(ids: list[int]) -> list[ContactRow]:
    """Rows for the given ids, in the same order."""
    if not ids:
        return []
    select = Contact.select(*[getattr(Contact, sql) for _name, sql in LIST_COLUMNS]).where(Contact.id.in_(ids))
    by_id = {row[0]: _row(row) for row in select.tuples()}  # type: ignore[index, arg-type]
    return [by_id[i] for i in ids if i in by_id]


def list_companies(query: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(no, name) of companies matching a search, for the company picker."""
    select = _filtered(query).where(Contact.type == ContactType.COMPANY)
    rows = select.select(Contact.no, Contact.name).order_by(Contact.search_name).limit(limit).tuples()
    return [(no, name) for no, name in rows]


def count_persons(company_no: str) -> int:
    """How many persons belong to a company."""
    company = _get_row(company_no)
    return int(Contact.select(fn.COUNT(Contact.id)).where(Contact.company == company.id).scalar() or 0)


__all__ = [
    "ContactData",
    "ContactRow",
    "ValidationErrors",
    "count_contacts",
    "count_persons",
    "create_contact",
    "delete_contact",
    "get_contact",
    "list_companies",
    "list_contacts",
    "update_contact",
]
