"""Push: a laptop's new, changed and deleted rows reach the office; the laptop takes the office's ids."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.field.field_office import check_out
from tests.field.push_office import office_execute, office_open, office_rows

from contactdesk.crm import contacts, interactions, log_snapshot, segment_lines, segments
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.field.push import push
from contactdesk.crm.log_undo import undo_logging
from contactdesk.crm.logging_ import log_segment
from contactdesk.store import field_conflicts, field_sqlite
from contactdesk.store.db import db
from contactdesk.store.enums import ContactType
from contactdesk.store.models import (
    Campaign,
    Contact,
    InteractionLogEntry,
    LoggedSegment,
    LoggedSegmentUndo,
    Salesperson,
    Segment,
    SegmentLine,
)

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def laptop(demo_database: object, tmp_path: Path) -> Path:
    """A laptop checked out of the sample office (all contacts), bound."""
    check_out(tmp_path)
    return tmp_path / "laptop.sqlite"


def _log_for(contact_no: str) -> int:
    return interactions.log_interaction(interactions.new_request(contact_no, template_code="PHONE")).entry_no


def test_a_contact_made_offline_arrives_with_an_office_id_and_keeps_its_number(laptop: Path) -> None:
    company = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Fjordline Offline AS"))
    salesperson = str(Salesperson.select().order_by(Salesperson.code).first().code)
    person = contacts.create_contact(
        ContactData(name="Kari Onroad", company_no=company, city="Bergen", salesperson_code=salesperson)
    )
    entry_no = _log_for(person)
    local = {str(c.no): int(c.id) for c in Contact.select().where(Contact.no.in_([company, person]))}
    # Meanwhile the office made rows of its own: the laptop's ids are taken there.
    office_execute("SELECT setval(pg_get_serial_sequence('contact', 'id'), 5000)")
    office_execute("SELECT setval(pg_get_serial_sequence('interaction_log_entry', 'id'), 7000)")
    with office_open() as office:
        outcome = push(office)
    assert outcome.pushed > 0 and outcome.conflicts == 0
    assert field_sqlite.pending() == 0
    found = office_rows(
        "SELECT p.id, p.no, p.city, c.id, c.no FROM contact p JOIN contact c ON c.id = p.company_id WHERE p.no = %s",
        [person],
    )
    assert len(found) == 1
    person_id, no, city, company_id, company_no = found[0]
    assert (no, city, company_no) == (person, "Bergen", company)
    # The laptop took the office's ids: the key, the person's company, the entry's contact, the text index.
    assert int(Contact.get(Contact.no == person).id) == person_id != local[person]
    assert int(Contact.get(Contact.no == person).company_id) == company_id
    entry = InteractionLogEntry.get(InteractionLogEntry.entry_no == entry_no)
    assert int(entry.contact_id) == person_id
    (office_entry,) = office_rows("SELECT id, contact_id FROM interaction_log_entry WHERE entry_no = %s", [entry_no])
    assert (int(entry.id), person_id) == (office_entry[0], office_entry[1])
    assert [row.no for row in contacts.list_contacts("kari onroad")] == [person]
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_changes_to_different_fields_merge(laptop: Path) -> None:
    contact = Contact.select().order_by(Contact.no).first()
    data = contacts.get_contact(str(contact.no))
    contacts.update_contact(data.no, replace(data, phone_no="+47 555 11 111"))
    # The office's card changes the city, and with it the search text (which the laptop changed too).
    office_execute(
        "UPDATE contact SET city = 'Tromsø', search_text = search_text || ' | tromsø', version = version + 1 "
        "WHERE no = %s",
        [data.no],
    )
    with office_open() as office:
        outcome = push(office)
    assert outcome.conflicts == 0, field_conflicts.open_conflicts()
    found = office_rows("SELECT phone_no, city, search_text FROM contact WHERE no = %s", [data.no])
    assert found[0][:2] == ("+47 555 11 111", "Tromsø")
    assert "tromsø" in str(found[0][2]) and "+47 555 11 111" in str(found[0][2])
    # The laptop's copy carries the version the office gave: a later save on either side checks the same one.
    (office_version,) = office_rows("SELECT version FROM contact WHERE no = %s", [data.no])[0]
    assert Contact.get(Contact.no == data.no).version == office_version


def test_the_same_field_changed_on_both_sides_is_a_conflict_and_the_office_value_stands(laptop: Path) -> None:
    contact = Contact.select().order_by(Contact.no).first()
    data = contacts.get_contact(str(contact.no))
    contacts.update_contact(data.no, replace(data, city="Laptop City", phone_no="+47 1"))
    office_execute("UPDATE contact SET city = 'Office City', changed_by = 'anna' WHERE no = %s", [data.no])
    with office_open() as office:
        outcome = push(office)
    assert outcome.conflicts == 1 and ("contact", str(contact.id)) in outcome.refresh
    assert office_rows("SELECT city, phone_no FROM contact WHERE no = %s", [data.no]) == [("Office City", "+47 1")]
    (conflict,) = field_conflicts.open_conflicts()
    assert (conflict.kind, conflict.table_name, conflict.row_key, conflict.column_name) == (
        "field",
        "contact",
        str(contact.id),
        "city",
    )
    assert (conflict.laptop_value, conflict.office_value, conflict.office_login) == (
        '"Laptop City"',
        '"Office City"',
        "anna",
    )


def test_a_delete_on_the_laptop_deletes_in_the_office(laptop: Path) -> None:
    no = contacts.create_contact(ContactData(name="Gone Soon"))
    with office_open() as office:
        push(office)
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [no]) == [(1,)]
    contacts.delete_contact(no)
    with office_open() as office:
        outcome = push(office)
    assert outcome.pushed == 1 and outcome.conflicts == 0
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [no]) == [(0,)]


def test_a_row_made_and_deleted_offline_never_reaches_the_office(laptop: Path) -> None:
    no = contacts.create_contact(ContactData(name="Never There"))
    contacts.delete_contact(no)
    with office_open() as office:
        outcome = push(office)
    assert outcome.pushed == 2 and outcome.conflicts == 0
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [no]) == [(0,)]


def test_a_logging_of_new_contacts_can_still_be_undone_on_the_laptop_after_the_push(laptop: Path) -> None:
    salesperson = str(Salesperson.select().order_by(Salesperson.code).first().code)
    new, removed = (
        contacts.create_contact(ContactData(name=name, salesperson_code=salesperson)) for name in ("Undo Me", "Cut Me")
    )
    old = str(Contact.select().where(Contact.no.not_in([new, removed])).order_by(Contact.no).first().no)
    segment = segments.create_segment("Visits", template_code="PHONE", contact_nos=[new, removed, old])
    cut = SegmentLine.get(SegmentLine.contact == Contact.get(Contact.no == removed).id)
    segment_lines.remove_lines(segment, [int(cut.line_no)])  # its history keeps the contact's id
    logged = log_segment(segment).logged_segment
    office_execute("SELECT setval(pg_get_serial_sequence('contact', 'id'), 5000)")
    with office_open() as office:
        push(office)
    office_ids = {no: int(Contact.get(Contact.no == no).id) for no in (new, removed)}
    assert min(office_ids.values()) > 5000
    # The undo snapshot kept the contacts' old ids in its JSON: they moved with the rows.
    undo = LoggedSegmentUndo.get(LoggedSegmentUndo.logged_segment == LoggedSegment.get(LoggedSegment.no == logged).id)
    history = log_snapshot.table_rows(log_snapshot.load(str(undo.snapshot)), "history_lines")
    assert office_ids[removed] in {int(row["contact_id"]) for row in history}
    undo_logging(logged)
    restored = Segment.get(Segment.no == segment)
    ids = {int(line.contact_id) for line in SegmentLine.select().where(SegmentLine.segment == restored.id)}
    assert office_ids[new] in ids and len(ids) == 2
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_a_code_made_on_both_sides_keeps_the_office_row_and_the_laptop_values_as_conflicts(laptop: Path) -> None:
    # Campaign numbers have no laptop block yet: the same number can be made offline and in the office.
    Campaign.create(no="CPFIELD", description="Laptop launch", activated=True)
    office_execute(
        "INSERT INTO campaign (no, description, status_code, activated, created_at, version, created_by, changed_by) "
        "VALUES ('CPFIELD', 'Office launch', '', false, now(), 1, 'anna', 'anna')"
    )
    with office_open() as office:
        outcome = push(office)
    assert office_rows("SELECT description, activated FROM campaign WHERE no = 'CPFIELD'") == [("Office launch", False)]
    found = {(c.kind, c.column_name, c.laptop_value, c.office_value) for c in field_conflicts.open_conflicts()}
    assert found == {
        ("field", "description", '"Laptop launch"', '"Office launch"'),
        ("field", "activated", "true", "false"),
    }
    assert outcome.conflicts == 2 and ("campaign", "CPFIELD") in outcome.refresh


def test_a_deleted_rows_id_used_again_offline_deletes_the_old_row_and_adds_a_new_one(laptop: Path) -> None:
    old = contacts.create_contact(ContactData(name="First Holder"))
    with office_open() as office:
        push(office)
    old_id = int(Contact.get(Contact.no == old).id)
    contacts.delete_contact(old)
    new = contacts.create_contact(ContactData(name="Second Holder"))
    assert int(Contact.get(Contact.no == new).id) == old_id  # SQLite hands the highest id out again
    with office_open() as office:
        outcome = push(office)
    assert outcome.conflicts == 0
    found = office_rows("SELECT no, id FROM contact WHERE no IN (%s, %s)", [old, new])
    assert [no for no, _ in found] == [new] and found[0][1] != old_id
    assert int(Contact.get(Contact.no == new).id) == found[0][1]


def test_progress_is_told_and_a_cancel_before_sending_changes_nothing(laptop: Path) -> None:
    no = contacts.create_contact(ContactData(name="Not Yet"))
    with office_open() as office:
        assert push(office, lambda step, done, total: False).pushed == 0
    assert field_sqlite.pending() == 1
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [no]) == [(0,)]
    told: list[tuple[str, int, int]] = []
    with office_open() as office:
        push(office, lambda step, done, total: told.append((step, done, total)) is None)
    assert told == [("push", 0, 1), ("push", 1, 1)]
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [no]) == [(1,)]


def test_a_row_the_office_refuses_is_a_conflict_and_the_rest_of_the_push_still_applies(laptop: Path) -> None:
    kept = contacts.create_contact(ContactData(name="Still Arrives"))
    clash = contacts.create_contact(ContactData(name="Uid Taken"))
    uid = str(Contact.get(Contact.no == clash).uid)
    # Someone in the office took the same unique value meanwhile (impossible with UUIDs; a stand-in for any clash).
    office_execute("UPDATE contact SET uid = %s WHERE id = (SELECT min(id) FROM contact)", [uid])
    with office_open() as office:
        outcome = push(office)
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [kept]) == [(1,)]
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [clash]) == [(0,)]
    (refused,) = field_conflicts.open_conflicts()
    assert (refused.kind, refused.table_name) == ("refused", "contact") and outcome.conflicts == 1
    assert refused.row_key == str(Contact.get(Contact.no == clash).id)  # the laptop's own id: not in the office
