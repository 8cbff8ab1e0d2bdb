"""What the multi-party test found in the sync, each pinned by a small case of its own:

- a card save on each side, of different fields of one contact, merges without a conflict: the contact's
  change time (modified_at, its name on contacts and segments) is bookkeeping like changed_at, and its search
  columns are computed again from the merged row, so the search box finds both sides' values — but only when
  the laptop's save computed them: after a plain UPDATE the office's would differ from the laptop's for good;
- the sync's own writes on the laptop (a pull's rows, a push's renumbering) are not recorded in the outbox
  only to be removed again: each such row cost the trigger a JSON of the whole row (16 s of a 20 s pull of
  10,000 rows, bench/field_sync.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.field.field_office import back_to_office, check_out, to_laptop
from tests.field.sync_parties import sync_laptop

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.store import field_conflicts
from contactdesk.store.db import db
from contactdesk.store.models import Contact
from contactdesk.store.search import fold

pytestmark = pytest.mark.postgresql_only


def _person() -> str:
    return str(Contact.select().where(Contact.type == 1).order_by(Contact.no).first().no)


def _card(no: str, **values: str) -> None:
    contacts.update_contact(no, replace(contacts.get_contact(no), **values))


def _outbox_sequence() -> int:
    """The highest outbox id ever handed out (AUTOINCREMENT keeps it even when rows are deleted)."""
    row = db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    return int(row[0]) if row else 0


def test_card_saves_of_different_fields_on_both_sides_merge_without_a_conflict(
    demo_database: object, tmp_path: Path
) -> None:
    no = _person()
    laptop = tmp_path / "laptop.sqlite"
    check_out(tmp_path)
    _card(no, phone_no="+47 900 11 222")
    back_to_office()
    _card(no, city="Drammen")
    assert sync_laptop(laptop).conflicts == 0
    assert field_conflicts.open_conflicts() == []
    back_to_office()
    office = Contact.get(Contact.no == no)
    assert (office.phone_no, office.city) == ("+47 900 11 222", "Drammen")
    # The search box finds the contact by either side's value, on both sides.
    assert fold("Drammen") in office.search_text and "+47 900 11 222" in office.search_text
    to_laptop(laptop)
    assert Contact.get(Contact.no == no).search_text == office.search_text


def test_a_plain_update_on_the_laptop_leaves_the_same_row_on_both_sides(demo_database: object, tmp_path: Path) -> None:
    """A bulk UPDATE of the city leaves the search columns as they were, on the laptop as on a desktop; the
    office must not compute its own then, or the two copies of the row differ for good."""
    no = _person()
    laptop = tmp_path / "laptop.sqlite"
    check_out(tmp_path)
    with db.atomic():
        Contact.update(city="Lillehammer").where(Contact.no == no).execute()
    sync_laptop(laptop)
    mine = Contact.select().where(Contact.no == no).dicts().get()
    back_to_office()
    office = Contact.select().where(Contact.no == no).dicts().get()
    assert office["city"] == "Lillehammer"
    assert {k: v for k, v in office.items() if k != "version"} == {k: v for k, v in mine.items() if k != "version"}


def test_a_pull_records_none_of_its_own_writes_in_the_outbox(demo_database: object, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.sqlite"
    check_out(tmp_path)
    back_to_office()
    with db.atomic():
        changed = Contact.update(city="Hamar").execute()
    to_laptop(laptop)
    before = _outbox_sequence()
    assert sync_laptop(laptop).pulled >= changed
    assert Contact.select().where(Contact.city != "Hamar").count() == 0
    assert _outbox_sequence() == before
    # The outbox still records the user's changes afterwards.
    contacts.create_contact(ContactData(name="After The Pull"))
    assert _outbox_sequence() == before + 1


def test_a_push_records_none_of_its_renumbering_in_the_outbox(demo_database: object, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.sqlite"
    check_out(tmp_path)
    back_to_office()
    contacts.create_contact(ContactData(name="Met In The Office"))  # the laptop's next id is the office's no more
    to_laptop(laptop)
    contacts.create_contact(ContactData(name="Met On The Road"))
    local_id = int(Contact.get(Contact.name == "Met On The Road").id)
    sent = _outbox_sequence()
    assert sync_laptop(laptop).pushed == 1
    assert int(Contact.get(Contact.name == "Met On The Road").id) != local_id  # renumbered to its office id...
    assert _outbox_sequence() == sent  # ...without an outbox row
    back_to_office()
    assert Contact.select().where(Contact.name == "Met On The Road").count() == 1
