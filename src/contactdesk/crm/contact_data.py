"""Plain records for contacts: what forms send in and what lists get back."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime

# The list's row and columns live apart, for the window's first paint (crm/first_contacts.py): this module's
# form record and the enums it needs can load after it. Imported here too, where services look for them.
from contactdesk.crm.contact_row import LIST_COLUMNS, SORT_SQL, ContactRow
from contactdesk.store.enums import ContactType, CorrespondenceType

__all__ = ["LIST_COLUMNS", "SORT_SQL", "ContactData", "ContactRow"]

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
