"""Apply or remove a mailing group for every contact on a segment's lines, in one transaction."""

from __future__ import annotations

from contactdesk.crm import versions
from contactdesk.crm.classification_errors import UnknownCodeError
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.lookups import code_exists
from contactdesk.crm.segment_base import get_row, segment_id
from contactdesk.crm.validation import normalize_code
from contactdesk.store.db import write_transaction
from contactdesk.store.models import Contact, ContactMailingGroup, MailingGroup, SegmentLine

KIND = "mailing_group"


def _code(code: str) -> str:
    key = normalize_code(code)
    if not key or not code_exists(MailingGroup, key):
        raise UnknownCodeError(KIND, key)
    return key


def apply_mailing_group(segment_no: str, code: str) -> int:
    """Give every line's contact the mailing group; returns how many contacts did not have it yet."""
    with write_transaction():
        segment = get_row(segment_no)
        key = _code(code)
        have = ContactMailingGroup.select(ContactMailingGroup.contact).where(ContactMailingGroup.mailing_group == key)
        on_lines = SegmentLine.select(SegmentLine.contact).where(SegmentLine.segment == segment_id(segment))
        missing = [
            int(contact_id)
            for (contact_id,) in tuples(
                Contact.select(Contact.id)
                .where(Contact.id.in_(on_lines) & Contact.id.not_in(have))
                .order_by(Contact.id)
            )
        ]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            ContactMailingGroup.insert_many([{"contact": i, "mailing_group": key} for i in chunk]).execute()
            versions.touch(Contact, Contact.id.in_(chunk))
    return len(missing)


def remove_mailing_group(segment_no: str, code: str) -> int:
    """Take the mailing group from every line's contact; returns how many contacts had it."""
    with write_transaction():
        segment = get_row(segment_no)
        key = _code(code)
        on_lines = SegmentLine.select(SegmentLine.contact).where(SegmentLine.segment == segment_id(segment))
        linked = (ContactMailingGroup.mailing_group == key) & ContactMailingGroup.contact.in_(on_lines)
        ids = [int(i) for (i,) in tuples(ContactMailingGroup.select(ContactMailingGroup.contact).where(linked))]
        if ids:
            ContactMailingGroup.delete().where(linked).execute()
            for start in range(0, len(ids), 500):
                versions.touch(Contact, Contact.id.in_(ids[start : start + 500]))
    return len(ids)
