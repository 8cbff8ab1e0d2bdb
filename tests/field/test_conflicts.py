"""Resolving a laptop's conflicts: one transaction each, and the outbox carries what the laptop keeps."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from tests.field.field_office import check_out

from contactdesk.crm.field import conflicts
from contactdesk.crm.field.conflict_errors import ConflictResolveError, ConflictValueError
from contactdesk.store import field_conflicts, field_sqlite
from contactdesk.store.db import db
from contactdesk.store.field_conflicts import ConflictRecord
from contactdesk.store.models import Contact, InteractionLogEntry, Segment, SegmentLine


@pytest.fixture
def laptop(demo_database: object, tmp_path: Path) -> Path:
    """A laptop file checked out of the sample office (all contacts), bound; its outbox empty."""
    check_out(tmp_path)
    assert field_sqlite.pending() == 0
    return tmp_path / "laptop.sqlite"


def _first_contact() -> Contact:
    return Contact.select().where(Contact.type == 0).order_by(Contact.no).first()


def _field_conflict(contact: Contact, column: str, laptop: object, office: object) -> int:
    with db.atomic():
        field_conflicts.record(
            [
                ConflictRecord(
                    kind="field",
                    table_name="contact",
                    row_key=str(contact.id),
                    column_name=column,
                    laptop_value=json.dumps(laptop),
                    office_value=json.dumps(office),
                    laptop_login="piet",
                    laptop_changed_at="2026-12-06 09:00:00",
                    office_login="sanne",
                    office_changed_at="2026-12-06 10:00:00",
                )
            ]
        )
    return field_conflicts.open_conflicts()[-1].id


def _outbox() -> list[dict[str, object]]:
    rows = field_sqlite.outbox_rows()
    for row in rows:
        row["changes"] = json.loads(str(row["changes"]))
        row["before"] = json.loads(str(row["before"])) if row["before"] is not None else None
    return rows


def test_open_conflicts_name_the_record_by_number_and_name_with_typed_values(laptop: Path) -> None:
    contact = _first_contact()
    _field_conflict(contact, "phone_no", "+31 20 555 0101", contact.phone_no)
    _field_conflict(contact, "privacy_blocked", 1, False)
    phone, blocked = conflicts.list_open()
    assert phone.record == f"{contact.no} {contact.name}"
    assert (phone.column_name, phone.laptop_value, phone.office_value) == (
        "phone_no",
        "+31 20 555 0101",
        contact.phone_no,
    )
    assert (phone.laptop_login, phone.office_login) == ("piet", "sanne")
    assert (blocked.laptop_value, blocked.office_value) == (True, False)
    assert phone.choices == ("office", "laptop", "edited") and phone.row_exists
    assert conflicts.open_count() == 2


def test_a_segment_line_is_named_by_its_segment_and_its_contact(laptop: Path) -> None:
    line = SegmentLine.select().first()
    label = conflicts.record_label("segment_line", str(line.id))
    segment, contact = Segment.get_by_id(line.segment_id), Contact.get_by_id(line.contact_id)
    assert label == f"{segment.no} {segment.description} · {contact.no} {contact.name}"


def test_keeping_the_office_value_marks_it_resolved_and_sends_nothing(laptop: Path) -> None:
    contact = _first_contact()
    conflict_id = _field_conflict(contact, "phone_no", "+31 20 555 0101", contact.phone_no)
    conflicts.resolve(conflict_id, "office")
    assert conflicts.list_open() == [] and field_sqlite.pending() == 0
    resolved = field_conflicts.conflict(conflict_id)
    assert resolved is not None and resolved.resolution == "office" and resolved.resolved_at
    assert Contact.get_by_id(contact.id).phone_no == contact.phone_no


def test_keeping_the_laptop_value_writes_it_and_the_outbox_carries_it_over_the_office_value(laptop: Path) -> None:
    contact = _first_contact()
    conflict_id = _field_conflict(contact, "phone_no", "+31 20 555 0101", contact.phone_no)
    conflicts.resolve(conflict_id, "laptop")
    assert Contact.get_by_id(contact.id).phone_no == "+31 20 555 0101"
    (row,) = [r for r in _outbox() if r["table_name"] == "contact"]
    changes, before = row["changes"], row["before"]
    assert isinstance(changes, dict) and isinstance(before, dict)
    assert (row["operation"], row["row_id"]) == ("update", contact.id)
    assert changes["phone_no"] == "+31 20 555 0101" and before["phone_no"] == contact.phone_no
    assert changes["version"] == contact.version + 1  # an open card sees the contact changed under it
    assert conflicts.open_count() == 0
    assert field_conflicts.conflict(conflict_id).resolution == "laptop"  # type: ignore[union-attr]


def test_an_edited_value_is_converted_to_the_column_type(laptop: Path) -> None:
    entry = InteractionLogEntry.select().order_by(InteractionLogEntry.id).first()
    with db.atomic():
        field_conflicts.record(
            [ConflictRecord("field", "interaction_log_entry", str(entry.id), "cost", json.dumps("12.5"), "3")]
        )
    conflict_id = field_conflicts.open_conflicts()[-1].id
    conflicts.resolve(conflict_id, "edited", "7,25")
    assert InteractionLogEntry.get_by_id(entry.id).cost == Decimal("7.25")
    (row,) = [r for r in _outbox() if r["table_name"] == "interaction_log_entry"]
    changes = row["changes"]
    assert isinstance(changes, dict) and Decimal(str(changes["cost"])) == Decimal("7.25"), changes


def test_a_value_that_does_not_fit_the_column_changes_nothing(laptop: Path) -> None:
    contact = _first_contact()
    conflict_id = _field_conflict(contact, "correspondence_type", 1, 0)
    with pytest.raises(ConflictValueError) as refused:
        conflicts.resolve(conflict_id, "edited", "by pigeon")
    assert (refused.value.column, refused.value.problem) == ("correspondence_type", "invalid")
    with pytest.raises(ConflictValueError) as too_long:
        conflicts.resolve(_field_conflict(contact, "city", "x", "y"), "edited", "x" * 31)
    assert (too_long.value.problem, too_long.value.limit) == ("too_long", 30)
    assert field_sqlite.pending() == 0 and conflicts.open_count() == 2


def test_a_conflict_whose_row_is_gone_cannot_take_the_laptop_value_but_can_be_closed(laptop: Path) -> None:
    contact = _first_contact()
    conflict_id = _field_conflict(contact, "phone_no", "1", "2")
    with db.atomic():
        field_conflicts.record([ConflictRecord("field", "contact", "999999", "phone_no", '"1"', '"2"')])
    gone_id = field_conflicts.open_conflicts()[-1].id
    with pytest.raises(ConflictResolveError) as gone:
        conflicts.resolve(gone_id, "laptop")
    assert gone.value.reason == "gone"
    assert conflicts.list_open()[-1].record == "999999" and not conflicts.list_open()[-1].row_exists
    conflicts.resolve(gone_id, "office")
    with pytest.raises(ConflictResolveError) as twice:
        conflicts.resolve(gone_id, "office")
    assert twice.value.reason == "resolved"
    with pytest.raises(ConflictResolveError) as wrong:
        conflicts.resolve(conflict_id, "delete")
    assert wrong.value.reason == "choice"
    assert field_sqlite.pending() == 0


def _restored(table: str, row_key: str) -> int:
    with db.atomic():
        field_conflicts.record([ConflictRecord("restored", table, row_key)])
    return field_conflicts.open_conflicts()[-1].id


def test_a_restored_row_is_kept_or_deleted_again_and_the_delete_goes_to_the_outbox(laptop: Path) -> None:
    entry = InteractionLogEntry.select().order_by(InteractionLogEntry.id).first()
    kept = _restored("interaction_log_entry", str(entry.id))
    (view,) = conflicts.list_open()
    assert view.choices == ("keep", "delete")
    assert view.record == f"{entry.entry_no} {entry.description} · {entry.contact_name}"
    conflicts.resolve(kept, "keep")
    assert field_sqlite.pending() == 0 and InteractionLogEntry.get_or_none(id=entry.id) is not None
    deleted = _restored("interaction_log_entry", str(entry.id))
    conflicts.resolve(deleted, "delete")
    assert InteractionLogEntry.get_or_none(id=entry.id) is None
    assert [(r["operation"], r["row_id"]) for r in _outbox() if r["table_name"] == "interaction_log_entry"] == [
        ("delete", entry.id)
    ]
    assert field_conflicts.conflict(deleted).resolution == "deleted"  # type: ignore[union-attr]


def test_a_restored_company_with_persons_is_not_deleted_and_stays_open(laptop: Path) -> None:
    person = Contact.select().where(Contact.company.is_null(False)).first()
    conflict_id = _restored("contact", str(person.company_id))
    with pytest.raises(ConflictResolveError) as refused:
        conflicts.resolve(conflict_id, "delete")
    assert refused.value.reason == "in_use"
    assert Contact.get_or_none(id=person.company_id) is not None
    assert conflicts.open_count() == 1 and field_sqlite.pending() == 0


def test_a_refused_change_can_only_be_closed(laptop: Path) -> None:
    with db.atomic():
        field_conflicts.record([ConflictRecord("refused", "salesperson", "PB", "name", '"Piet B."', '"Piet Bakker"')])
    conflict_id = field_conflicts.open_conflicts()[-1].id
    with pytest.raises(ConflictResolveError):
        conflicts.resolve(conflict_id, "laptop")
    conflicts.resolve(conflict_id, "office")
    assert conflicts.open_count() == 0 and field_sqlite.pending() == 0


def test_an_office_or_desktop_database_has_no_conflicts(demo_database: object) -> None:
    assert conflicts.list_open() == [] and conflicts.open_count() == 0
