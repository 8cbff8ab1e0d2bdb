"""Which contacts an export holds (all, the current search, a segment's) as plain records, in number order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from contactdesk.crm import contacts as contact_service
from contactdesk.crm.contact_classes import codes_by_id
from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.imports.class_codes import CLASS_FIELDS, SEPARATOR
from contactdesk.crm.imports.fields import FLAG_FIELDS, OWN_COLUMNS
from contactdesk.crm.imports.queries import tuples
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, Segment, SegmentLine

ALL = "all"
SEARCH = "search"
SEGMENT = "segment"
_CHUNK = 1000
_PLAIN = [
    field
    for _header, field in OWN_COLUMNS
    if field not in ("type", "company_no", "company_name", "salesperson_code", "correspondence_type", *FLAG_FIELDS)
]


@dataclass(frozen=True)
class ExportScope:
    """All contacts, those matching a search text (the contacts page's query), or a segment's contacts."""

    kind: str = ALL
    query: str = ""
    segment_no: str = ""


def list_segments() -> list[tuple[str, str]]:
    """(no, description) of every segment, for the export dialog's choice."""
    return [
        (str(no), str(description or ""))
        for no, description in tuples(Segment.select(Segment.no, Segment.description).order_by(Segment.no))
    ]


def contact_ids(scope: ExportScope) -> list[int]:
    """The ids to export, in contact number order."""
    if scope.kind == SEARCH and scope.query.strip():
        return contact_service.contact_ids_in_order(scope.query, sort="no")
    if scope.kind == SEGMENT:
        segment = Segment.get_or_none(Segment.no == scope.segment_no.strip().upper())
        if segment is None:
            raise NotFoundError("segment", scope.segment_no)
        on_lines = SegmentLine.select(SegmentLine.contact).where(SegmentLine.segment == segment.id)
        query = Contact.select(Contact.id).where(Contact.id.in_(on_lines)).order_by(Contact.no)
        return [int(contact_id) for (contact_id,) in tuples(query)]
    return [int(contact_id) for (contact_id,) in tuples(Contact.select(Contact.id).order_by(Contact.no))]


def _record(contact: Any, company_nos: dict[int, str], codes: dict[str, list[str]]) -> dict[str, Any]:
    record: dict[str, Any] = {field: getattr(contact, field) or "" for field in _PLAIN}
    is_company = int(contact.type) == ContactType.COMPANY
    record["type"] = int(contact.type)
    record["company_no"] = "" if is_company else company_nos.get(contact.company_id or 0, "")
    record["company_name"] = contact.name if is_company else (contact.company_name or "")
    record["salesperson_code"] = contact.salesperson_id or ""
    record["correspondence_type"] = int(contact.correspondence_type)
    for flag in FLAG_FIELDS:
        record[flag] = bool(getattr(contact, flag))
    for field, kind in CLASS_FIELDS.items():
        record[field] = SEPARATOR.join(codes.get(kind, []))
    return record


def records(ids: list[int]) -> Iterator[dict[str, Any]]:
    """One record per contact (field → value, as FILE_COLUMNS names them), read a chunk at a time."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = {int(contact.id): contact for contact in Contact.select().where(Contact.id.in_(chunk))}
        company_ids = {int(c.company_id) for c in rows.values() if c.company_id}
        company_nos = (
            {
                int(i): str(no)
                for i, no in tuples(Contact.select(Contact.id, Contact.no).where(Contact.id.in_(sorted(company_ids))))
            }
            if company_ids
            else {}
        )
        codes = codes_by_id(chunk)
        for contact_id in chunk:
            if contact_id in rows:
                yield _record(rows[contact_id], company_nos, codes.get(contact_id, {}))
