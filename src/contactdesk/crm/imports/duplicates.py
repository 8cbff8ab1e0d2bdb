"""Find rows that are already there: the same UID, the same e-mail, or the same name and post code.

Existing contacts are read once into dictionaries (one query, ~0.3 s per 100,000 contacts) rather
than looked up per row; rows of the file are compared with the rows before them as well. Only keys
and numbers are kept (a row index, a contact id), never the rows: 800,000 rows cost ~100 MB here.
"""

from __future__ import annotations

from collections.abc import Callable

from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import ImportRow
from contactdesk.store.models import Contact
from contactdesk.store.search import fold

REASONS = ("uid", "email", "name_post_code")


def _keys(uid: str, email: str, name: str, post_code: str) -> tuple[str, str, str]:
    """The row's key for each reason ('' when it has none)."""
    # Post codes compare without spaces: "1015 CJ" and "1015CJ" are the same place.
    place = f"{fold(name)}\x00{fold(post_code).replace(' ', '')}" if name and post_code else ""
    return uid.strip().lower(), email.strip().casefold(), place


class Match:
    """A duplicate found: the reason, and the contact id or the earlier row's index."""

    __slots__ = ("contact_id", "other_index", "reason")

    def __init__(self, reason: str, contact_id: int | None = None, other_index: int | None = None) -> None:
        self.reason = reason
        self.contact_id = contact_id
        self.other_index = other_index


class DuplicateFinder:
    """Indexes the existing contacts once, then matches rows in file order."""

    def __init__(self) -> None:
        self.existing: tuple[dict[str, int], ...] = ({}, {}, {})
        self.numbers: set[str] = set()
        query = Contact.select(
            Contact.id, Contact.no, Contact.name, Contact.uid, Contact.email, Contact.post_code
        ).order_by(Contact.id)
        for contact_id, no, name, uid, email, post_code in tuples(query):
            self.numbers.add(str(no))
            for index, key in enumerate(_keys(str(uid or ""), str(email or ""), str(name or ""), str(post_code or ""))):
                if key:
                    self.existing[index].setdefault(key, int(contact_id))
        self.in_file: tuple[dict[str, int], ...] = ({}, {}, {})

    @property
    def existing_uids(self) -> dict[str, int]:
        """The existing contacts by lower-case UID."""
        return self.existing[0]

    def first_with_uid(self, uid: str) -> int | None:
        """The index of the first row of the file (without problems) that has this UID."""
        return self.in_file[0].get(uid.strip().lower())

    def match(self, row: ImportRow, has_uid: Callable[[int], bool]) -> Match | None:
        """The first match of a row against existing contacts, then against earlier rows; indexes the row."""
        data = row.data
        keys = _keys(row.uid, data.email, data.name, data.post_code)
        result: Match | None = None
        for position, key in enumerate(keys):
            found = self.existing[position].get(key) if key else None
            if found is not None:
                result = Match(REASONS[position], contact_id=found)
                break
        if result is None:
            for position, key in enumerate(keys):
                earlier = self.in_file[position].get(key) if key else None
                # Two rows with different UIDs are two records of the system that wrote the file. Past the
                # UID key no earlier row has this row's UID, so an earlier row with any UID is another record.
                if earlier is not None and (position == 0 or not (row.uid and has_uid(earlier))):
                    result = Match(REASONS[position], other_index=earlier)
                    break
        for position, key in enumerate(keys):
            if key:
                self.in_file[position].setdefault(key, row.index)
        return result
