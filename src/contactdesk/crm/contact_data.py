"""Plain records for contacts: what forms send in and what lists get back."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime

from contactdesk.store.enums import ContactType, CorrespondenceType

_NOT_EDITED = ("version", "company_name", "created_by", "changed_by", "changed_at")


@dataclass
class ContactData:
    """Everything a contact card edits; `no` blank means "take the next number"."""

    type: int = ContactType.PERSON
    no: str = ""
    name: str = ""
    name_2: str = ""
    first_name: str = ""
    middle_name: str = ""
    surname: str = ""
    initials: str = ""
    job_title: str = ""
    company_no: str = ""
    address: str = ""
    address_2: str = ""
    post_code: str = ""
    city: str = ""
    county: str = ""
    country_code: str = ""
    phone_no: str = ""
    mobile_phone_no: str = ""
    email: str = ""
    email_2: str = ""
    home_page: str = ""
    vat_registration_no: str = ""
    salesperson_code: str = ""
    territory_code: str = ""
    language_code: str = ""
    correspondence_type: int = CorrespondenceType.BLANK
    salutation_code: str = ""
    exclude_from_segment: bool = False
    privacy_blocked: bool = False
    minor: bool = False
    parental_consent_received: bool = False
    version: int = 0
    company_name: str = field(default="", compare=False)
    # Read-only, shown on the card: who made the contact, who changed it last and when (naive UTC).
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    @classmethod
    def field_names(cls) -> list[str]:
        """Names of the editable fields."""
        return [f.name for f in fields(cls) if f.name not in _NOT_EDITED]


@dataclass(frozen=True)
class ContactRow:
    """One row of the contacts list."""

    id: int
    no: str
    type: int
    name: str
    company_name: str
    city: str
    post_code: str
    country_code: str
    email: str
    phone_no: str
    salesperson_code: str
    language_code: str


# Columns of a ContactRow in list order, with the SQL column each is read from and sorted by.
LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("no", "no"),
    ("type", "type"),
    ("name", "name"),
    ("company_name", "company_name"),
    ("city", "city"),
    ("post_code", "post_code"),
    ("country_code", "country_code"),
    ("email", "email"),
    ("phone_no", "phone_no"),
    ("salesperson_code", "salesperson_id"),
    ("language_code", "language_code"),
)
# Sort keys that have an index; others sort too, just slower on very large lists.
SORT_SQL = {
    "no": "no",
    "name": "search_name",
    "company_name": "company_name",
    "city": "city",
    "post_code": "post_code",
    "country_code": "country_code",
    "email": "email",
    "phone_no": "phone_no",
    "type": "type",
    "salesperson_code": "salesperson_id",
    "language_code": "language_code",
}
