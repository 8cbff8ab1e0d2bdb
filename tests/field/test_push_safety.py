"""Push when things go wrong: killed half-way, a contact deleted in the office, a change the login may not make."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.field.field_office import check_out
from tests.field.push_office import office_execute, office_open, office_rows, tombstone_and_delete
from tests.office_logins import Office, as_login

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.field.push import push
from contactdesk.crm.logging_ import log_segment
from contactdesk.store import field_conflicts, field_renumber, field_sqlite
from contactdesk.store.models import (
    Contact,
    InteractionLogEntry,
    LoggedSegment,
    Salesperson,
    Salutation,
    SalutationFormula,
    Segment,
    SegmentLine,
)

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def laptop(demo_database: object, tmp_path: Path) -> Path:
    """A laptop checked out of the sample office (all contacts), bound."""
    check_out(tmp_path)
    return tmp_path / "laptop.sqlite"


def _applied() -> int:
    return int(office_rows("SELECT count(*) FROM field_applied_op")[0][0])


def test_a_push_killed_after_the_office_committed_is_answered_the_same_and_applies_nothing_twice(
    laptop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office_execute("SELECT setval(pg_get_serial_sequence('contact', 'id'), 5000)")
    no = contacts.create_contact(ContactData(name="Twice Sent", city="Hamar"))
    first = Contact.select().order_by(Contact.no).first()
    data = contacts.get_contact(str(first.no))
    contacts.update_contact(data.no, replace(data, city="Laptop Town"))
    office_execute("UPDATE contact SET city = 'Office Town' WHERE no = %s", [data.no])
    pending = field_sqlite.pending()
    real = field_renumber.renumber

    def killed(*args: object) -> int:
        raise KeyboardInterrupt  # as if the process died between the office's commit and the laptop's

    monkeypatch.setattr(field_renumber, "renumber", killed)
    with office_open() as office, pytest.raises(KeyboardInterrupt):
        push(office)
    # The office applied it all; the laptop still has everything, unchanged.
    applied = _applied()
    (office_id,) = office_rows("SELECT id FROM contact WHERE no = %s", [no])[0]
    assert field_sqlite.pending() == pending and applied > 0 and not field_conflicts.open_conflicts()
    monkeypatch.setattr(field_renumber, "renumber", real)
    with office_open() as office:
        outcome = push(office)
    assert outcome.conflicts == 1 and field_sqlite.pending() == 0
    assert _applied() == applied  # nothing applied twice...
    assert office_rows("SELECT count(*) FROM contact WHERE no = %s", [no]) == [(1,)]
    assert int(Contact.get(Contact.no == no).id) == office_id  # ...and the same ids and conflicts answered
    (conflict,) = field_conflicts.open_conflicts()
    kept = (conflict.column_name, conflict.laptop_value, conflict.office_value)
    assert kept == ("city", '"Laptop Town"', '"Office Town"')
    with office_open() as office:
        assert push(office).pushed == 0


def test_logging_for_a_contact_deleted_in_the_office_arrives_whole_and_the_contact_comes_back(laptop: Path) -> None:
    segment = Segment.select().order_by(Segment.no).first()
    lines = list(SegmentLine.select().where(SegmentLine.segment == segment.id))
    contact_id = int(lines[0].contact_id)
    office_execute("DELETE FROM segment_line WHERE contact_id = %s", [contact_id])  # the office lets it go...
    office_execute("DELETE FROM segment_history WHERE contact_id = %s", [contact_id])
    office_execute("UPDATE interaction_log_entry SET contact_id = NULL WHERE contact_id = %s", [contact_id])
    office_execute("UPDATE contact SET company_id = NULL WHERE company_id = %s", [contact_id])
    tombstone_and_delete("contact", contact_id)  # ...and deletes the contact
    result = log_segment(str(segment.no))
    with office_open() as office:
        outcome = push(office)
    logged = LoggedSegment.get(LoggedSegment.no == result.logged_segment)
    entries = InteractionLogEntry.select().where(InteractionLogEntry.logged_segment == logged.id).count()
    assert entries == len(lines)
    found = office_rows(
        "SELECT count(*), count(DISTINCT e.contact_id) FILTER (WHERE e.contact_id = %s) FROM interaction_log_entry e "
        "JOIN logged_segment l ON l.id = e.logged_segment_id WHERE l.no = %s",
        [contact_id, result.logged_segment],
    )
    assert found == [(entries, 1)]  # every entry arrived, the deleted contact's too
    assert office_rows("SELECT count(*) FROM contact WHERE id = %s", [contact_id]) == [(1,)]
    restored = [c for c in field_conflicts.open_conflicts() if c.kind == "restored"]
    assert [(c.table_name, c.row_key) for c in restored] == [("contact", str(contact_id))]
    assert ("contact", str(contact_id)) in outcome.refresh


def test_a_staff_laptops_setup_change_is_refused_while_its_contact_change_is_applied(
    office: Office, tmp_path: Path
) -> None:
    office.work_as(office.staff)
    check_out(tmp_path, office=_staff_url(office))
    salesperson = Salesperson.select().order_by(Salesperson.code).first()
    Salesperson.update(name="Renamed By Staff").where(Salesperson.code == salesperson.code).execute()
    contact = Contact.select().order_by(Contact.no).first()
    data = contacts.get_contact(str(contact.no))
    contacts.update_contact(data.no, replace(data, phone_no="+47 222 33 444"))
    with office_open(office.staff) as staff_office:
        outcome = push(staff_office)
    assert office_rows("SELECT phone_no FROM contact WHERE no = %s", [data.no]) == [("+47 222 33 444",)]
    assert office_rows("SELECT name FROM salesperson WHERE code = %s", [salesperson.code]) == [(salesperson.name,)]
    (refused,) = field_conflicts.open_conflicts()
    assert (refused.kind, refused.table_name, refused.row_key) == ("refused", "salesperson", str(salesperson.code))
    assert refused.laptop_value is not None and "Renamed By Staff" in refused.laptop_value
    assert outcome.conflicts == 1


def _staff_url(office: Office) -> str:
    return as_login(office.url, office.staff)


def test_a_change_to_a_contact_deleted_in_the_office_brings_it_back_with_the_change(laptop: Path) -> None:
    no = contacts.create_contact(ContactData(name="Deleted Meanwhile"))
    with office_open() as office:
        push(office)
    contact_id = int(Contact.get(Contact.no == no).id)
    tombstone_and_delete("contact", contact_id)
    contacts.update_contact(no, replace(contacts.get_contact(no), city="Narvik"))
    with office_open() as office:
        outcome = push(office)
    found = office_rows("SELECT name, city FROM contact WHERE id = %s", [contact_id])
    assert found == [("Deleted Meanwhile", "Narvik")]
    (restored,) = field_conflicts.open_conflicts()
    assert (restored.kind, restored.row_key) == ("restored", str(contact_id)) and outcome.conflicts == 1


def test_a_segment_logged_on_a_staff_laptop_arrives_whole_without_conflicts(office: Office, tmp_path: Path) -> None:
    office.work_as(office.staff)
    check_out(tmp_path, office=_staff_url(office))
    segment = Segment.select().order_by(Segment.no).first()
    lines = SegmentLine.select().where(SegmentLine.segment == segment.id).count()
    result = log_segment(str(segment.no))
    with office_open(office.staff) as staff_office:
        outcome = push(staff_office)
    assert outcome.conflicts == 0, field_conflicts.open_conflicts()
    found = office_rows(
        "SELECT count(*) FROM interaction_log_entry e JOIN logged_segment l ON l.id = e.logged_segment_id "
        "WHERE l.no = %s",
        [result.logged_segment],
    )
    assert found == [(lines,)]
    assert office_rows("SELECT count(*) FROM segment WHERE no = %s", [segment.no]) == [(0,)]
    assert office_rows("SELECT count(*) FROM logged_segment_undo") == [(1,)]


def test_a_change_to_a_person_whose_company_went_too_restores_both_parents_first(laptop: Path) -> None:
    person = Contact.select().where(Contact.company.is_null(False) & Contact.salesperson.is_null(False)).first()
    company_id, person_id = int(person.company_id), int(person.id)
    office_execute("UPDATE contact SET company_id = NULL WHERE company_id = %s AND id <> %s", [company_id, person_id])
    for table in ("segment_line", "segment_history"):
        office_execute(f"DELETE FROM {table} WHERE contact_id IN (%s, %s)", [person_id, company_id])
    office_execute(
        "UPDATE interaction_log_entry SET contact_id = NULL, contact_company_id = NULL "
        "WHERE contact_id IN (%s, %s) OR contact_company_id IN (%s, %s)",
        [person_id, company_id, person_id, company_id],
    )
    tombstone_and_delete("contact", person_id)
    tombstone_and_delete("contact", company_id)
    # Only the person is changed: its company comes back because the restored person needs it.
    contacts.update_contact(str(person.no), replace(contacts.get_contact(str(person.no)), phone_no="+47 9"))
    with office_open() as office:
        outcome = push(office)
    assert office_rows("SELECT phone_no FROM contact WHERE id = %s", [person_id]) == [("+47 9",)]
    found = office_rows("SELECT id, company_id FROM contact WHERE id IN (%s, %s) ORDER BY id", [person_id, company_id])
    assert sorted(found) == sorted([(company_id, None), (person_id, company_id)])
    restored = {(c.kind, c.row_key) for c in field_conflicts.open_conflicts()}
    assert restored == {("restored", str(person_id)), ("restored", str(company_id))} and outcome.conflicts == 2


def test_a_setup_row_a_staff_laptop_made_is_refused_and_keeps_its_own_id(office: Office, tmp_path: Path) -> None:
    office.work_as(office.staff)
    check_out(tmp_path, office=_staff_url(office))
    salutation = Salutation.select().order_by(Salutation.code).first()
    formula = SalutationFormula.create(salutation=salutation.code, language_code="se", formal=False, text="Hei {name}")
    with office_open(office.staff) as staff_office:
        outcome = push(staff_office)
    assert office_rows("SELECT count(*) FROM salutation_formula WHERE language_code = 'se'") == [(0,)]
    (refused,) = field_conflicts.open_conflicts()
    assert (refused.kind, refused.table_name, refused.row_key) == ("refused", "salutation_formula", str(formula.id))
    assert SalutationFormula.get_by_id(formula.id).text == "Hei {name}" and outcome.conflicts == 1


def test_a_line_changed_offline_of_a_segment_the_office_logged_is_a_conflict_and_the_segment_stays_logged(
    laptop: Path,
) -> None:
    line = SegmentLine.select().order_by(SegmentLine.id).first()
    segment_no = str(line.segment.no)
    SegmentLine.update(description="Bring the brochure").where(SegmentLine.id == line.id).execute()
    # Logging in the office deletes the segment's own rows, as log_segment does.
    office_execute("DELETE FROM segment_line WHERE segment_id = (SELECT id FROM segment WHERE no = %s)", [segment_no])
    office_execute("DELETE FROM segment WHERE no = %s", [segment_no])
    with office_open() as office:
        outcome = push(office)
    assert outcome.conflicts == 1
    (conflict,) = field_conflicts.open_conflicts()
    assert (conflict.kind, conflict.table_name) == ("gone", "segment_line")
    assert "Bring the brochure" in str(conflict.laptop_value)
    # Nothing brought the logged segment back to be logged a second time.
    assert office_rows("SELECT count(*) FROM segment WHERE no = %s", [segment_no]) == [(0,)]


def test_a_contact_added_offline_to_a_segment_the_office_logged_is_a_conflict_not_a_refusal(laptop: Path) -> None:
    from contactdesk.crm import segment_lines

    segment = Segment.select().order_by(Segment.id).first()
    taken = {int(line.contact_id) for line in SegmentLine.select().where(SegmentLine.segment == segment.id)}
    outsider = Contact.select().where(Contact.id.not_in(taken)).order_by(Contact.id).first()
    segment_lines.add_contacts_by_hand(str(segment.no), [str(outsider.no)])
    office_execute("DELETE FROM segment_line WHERE segment_id = %s", [segment.id])
    office_execute("DELETE FROM segment WHERE id = %s", [segment.id])
    with office_open() as office:
        outcome = push(office)
    kinds = {(c.kind, c.table_name) for c in field_conflicts.open_conflicts()}
    assert ("gone", "segment_line") in kinds and not any(kind == "refused" for kind, _table in kinds)
    assert outcome.conflicts == len(field_conflicts.open_conflicts())
    assert office_rows("SELECT count(*) FROM segment WHERE id = %s", [segment.id]) == [(0,)]
