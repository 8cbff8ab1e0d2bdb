"""The contacts list's first page for a window that is still starting: read without peewee or the models.

The same rows, in the same order, as crm.contacts.list_contacts gives an unsearched list sorted by name
(its first page): the columns and sort key come from the same tables (crm.contact_data). The window shows
them at once and loads the services after its first paint (ui/quick_start.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactdesk.crm.contact_row import LIST_COLUMNS, SORT_SQL, ContactRow
from contactdesk.store.errors import StoreError
from contactdesk.store.first_page import read_first_page
from contactdesk.store.location import parse_location

FIRST_SORT = "name"  # the list's order before the user picks another (ui/models/contacts_model.py)


@dataclass(frozen=True)
class FirstContacts:
    """How many contacts there are, and the first page of them in the list's first order."""

    count: int
    rows: list[ContactRow]


def first_contacts(target: str | Path, limit: int) -> FirstContacts | None:
    """The first page of a current ContactDesk database file; None for anything to open the ordinary way."""
    if "://" in str(target):
        return None  # an address (an office database): its driver and login take the ordinary way
    try:
        location = parse_location(target)
    except StoreError:
        return None
    if location.path is None:
        return None
    read = read_first_page(
        location.path,
        "contact",
        [sql for _name, sql in LIST_COLUMNS],
        [SORT_SQL[FIRST_SORT], "id"],
        limit,
    )
    if read is None:
        return None
    count, rows = read
    # As crm.contacts._row: NULLs (a contact without salesperson) read as "".
    made = [ContactRow(*[value if value is not None else "" for value in row]) for row in rows]  # type: ignore[arg-type]
    return FirstContacts(count, made)
