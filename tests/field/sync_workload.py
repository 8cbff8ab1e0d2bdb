"""The edits of the multi-party sync test: random but seeded, on a shared pool of contacts, each in the ledger.

Edits go through the services (a card save, a delete, a new contact, a logged interaction) or, for most
field edits, a plain UPDATE of one column, as a bulk change would. Whatever is bound is the party editing.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

from tests.field.sync_ledger import DELETE, ENTRY, FIELD, NEW, Conflict, Ledger, Office
from tests.field.sync_parties import connect, contacts_by_no

from contactdesk.crm import contacts, interactions
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.logging_ import log_segment
from contactdesk.store.db import db
from contactdesk.store.models import Contact, InteractionLogEntry, LoggedSegment, Segment, SegmentLine

# The columns edited, and those a card save may change too (its checks accept any text there).
COLUMNS = ("phone_no", "mobile_phone_no", "city", "job_title", "email", "home_page", "address")
CARD_COLUMNS = ("phone_no", "city", "job_title", "address")
READ = ("name", *COLUMNS)


def contact_pool(rng: random.Random, size: int) -> list[str]:
    """Persons on no segment (so any party may delete them), chosen at random from the bound office."""
    on_segments = SegmentLine.select(SegmentLine.contact)
    persons = Contact.select(Contact.no).where((Contact.type == 1) & Contact.id.not_in(on_segments))
    return rng.sample(sorted(str(c.no) for c in persons), size)


class Workload:
    """Makes a party's edits on the bound database and notes each in the ledger."""

    def __init__(self, rng: random.Random, ledger: Ledger, pool: list[str]) -> None:
        self.rng, self.ledger, self.pool = rng, ledger, pool
        self.count = 0

    def _value(self, party: str, column: str) -> str:
        self.count += 1
        tag = f"{party[0].upper()}{self.count:04d}"
        return f"{tag.lower()}@example.org" if column == "email" else tag

    def here(self) -> list[str]:
        """The pool's contacts the bound database still has."""
        there = {str(c.no) for c in Contact.select(Contact.no).where(Contact.no.in_(self.pool))}
        return [no for no in self.pool if no in there]

    def set_field(self, party: str, no: str, column: str, *, card: bool = False) -> None:
        """One field of one contact, by a card save or a plain UPDATE."""
        value = self._value(party, column)
        if card:
            data = contacts.get_contact(no)
            contacts.update_contact(no, replace(data, **{column: value}))
        else:
            with db.atomic():
                Contact.update({column: value}).where(Contact.no == no).execute()
        self.ledger.made(party, FIELD, no, column, value)

    def delete(self, party: str, no: str) -> None:
        """Delete a contact as the card's Delete does."""
        contacts.delete_contact(no)
        self.ledger.made(party, DELETE, no)

    def new_contact(self, party: str, round_no: int) -> str:
        """A new person, numbered from the party's own series (a laptop's block)."""
        self.count += 1
        name = f"New {party} {round_no} {self.count}"
        no = contacts.create_contact(ContactData(name=name, city=f"Town {self.count}"))
        self.ledger.made(party, NEW, no, value=name)
        return no

    def log_interaction(self, party: str, no: str) -> int:
        """A phone call logged for a contact."""
        entry = interactions.log_interaction(interactions.new_request(no, template_code="PHONE")).entry_no
        self.ledger.made(party, ENTRY, no, value=entry)
        return int(entry)

    def log_segment(self, party: str) -> list[str]:
        """Log the first segment; one entry per line, each in the ledger. Returns its contacts' numbers."""
        segment = Segment.select().order_by(Segment.no).first()
        on_it = [str(line.contact.no) for line in SegmentLine.select().where(SegmentLine.segment == segment.id)]
        logged = LoggedSegment.get(LoggedSegment.no == log_segment(str(segment.no)).logged_segment)
        for entry in InteractionLogEntry.select().where(InteractionLogEntry.logged_segment == logged.id):
            self.ledger.made(party, ENTRY, str(entry.contact_no), value=int(entry.entry_no))
        return on_it

    def batch(self, party: str, round_no: int, edits: int) -> None:
        """A party's turn: field edits on the pool (overlapping the others'), maybe a delete, a new contact."""
        here = self.here()
        for _ in range(edits):
            no = self.rng.choice(here)
            column = self.rng.choice(COLUMNS)
            self.set_field(party, no, column, card=column in CARD_COLUMNS and self.rng.random() < 0.3)
        if self.rng.random() < 0.6:
            gone = self.rng.choice(here)
            self.delete(party, gone)
        self.new_contact(party, round_no)


def office_now(office: str) -> Office:
    """The office's contacts and entries now (through a connection of its own)."""
    database = connect(office)
    try:
        with database.connection_context():
            rows = database.execute_sql("SELECT entry_no, contact_no, contact_id FROM interaction_log_entry")
            entries = {
                int(no): str(contact_no) if contact_id is not None else "" for no, contact_no, contact_id in rows
            }
    finally:
        database.close()
    return Office(contacts_by_no(office, READ), entries)


def conflicts_now(laptops: dict[str, Path]) -> list[Conflict]:
    """Every laptop's open conflicts (read through connections of their own)."""
    found = []
    for party, path in laptops.items():
        database = connect(path)
        try:
            with database.connection_context():
                rows = database.execute_sql(
                    "SELECT kind, table_name, row_key, column_name, laptop_value FROM field_conflict "
                    "WHERE resolved_at IS NULL ORDER BY id"
                ).fetchall()
        finally:
            database.close()
        for kind, table, key, column, value in rows:
            found.append(Conflict(party, kind, table, str(key), column, None if value is None else json.loads(value)))
    return found
