"""One row of the contacts list and the columns it is read from: all the window's first paint needs.

Apart from crm/contact_data.py (the card's record and its enums), which the first page can do without
(crm/first_contacts.py, ui/quick_start.py).
"""

from __future__ import annotations

from dataclasses import dataclass


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
