"""Update existing contacts from duplicate rows: only the fields the file gave a value for change.

The type and the company link stay as they are: moving a person to another company is an edit for
the contact card, with its own checks (unlogged segments).
"""

from __future__ import annotations

from datetime import datetime

from contactdesk.crm import contact_rules as rules
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports.results import ImportRow
from contactdesk.crm.users import current_user
from contactdesk.store.bulk import update_rows
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact
from contactdesk.store.search import fold, search_text_for

_CHUNK = 500
_FLAGS = ("exclude_from_segment", "privacy_blocked", "minor", "parental_consent_received")
_COLUMNS = [
    name for name in ContactData.field_names() if name not in ("type", "no", "company_no", "salesperson_code", *_FLAGS)
]


def _merged(before: ContactData, rows: list[ImportRow]) -> ContactData:
    data = ContactData(**{name: getattr(before, name) for name in ContactData.field_names()})
    for row in rows:
        for name in row.given:
            if name not in ("type", "no", "company_no"):
                setattr(data, name, getattr(row.data, name))
    return data


def apply_updates(updates: dict[int, list[ImportRow]], now: datetime) -> int:
    """Write every update with one prepared statement; companies pass changes on to their persons."""
    ids = sorted(updates)
    columns = [
        *_COLUMNS,
        *_FLAGS,
        "salesperson_id",
        "search_name",
        "search_text",
        "version",
        "modified_at",
        "changed_by",
    ]
    user = current_user()
    values: list[tuple[object, ...]] = []
    companies: list[tuple[int, ContactData]] = []
    for start in range(0, len(ids), _CHUNK):
        for contact in Contact.select().where(Contact.id.in_(ids[start : start + _CHUNK])):
            before = rules.to_data(contact)
            data = _merged(before, updates[int(contact.id)])
            text = search_text_for(
                contact.no, data.name, contact.company_name, data.city, data.post_code, data.email, data.phone_no
            )
            values.append(
                (
                    *[getattr(data, name) for name in _COLUMNS],
                    *[bool(getattr(data, f)) for f in _FLAGS],
                    data.salesperson_code or None,
                    fold(data.name),
                    text,
                    int(contact.version) + 1,
                    now,
                    user,
                    int(contact.id),
                )
            )
            if contact.type == ContactType.COMPANY:
                companies.append((int(contact.id), before))
    update_rows("contact", "id", columns, values)
    for company_id, before in companies:
        company = Contact.get_by_id(company_id)
        # A company's own name is its company_name; its persons follow a new name or address.
        Contact.update(company_name=company.name).where(Contact.id == company_id).execute()
        rules.propagate_to_persons(company, before)
    return len(values)
