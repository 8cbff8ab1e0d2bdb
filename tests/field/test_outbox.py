"""A laptop file records every local change in its outbox, in the same transaction as the change."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from tests import engines
from tests.field.field_office import back_to_office, check_out

from contactdesk.crm import contacts, segments
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import LogRefusedError
from contactdesk.crm.logging_ import log_segment
from contactdesk.store import field_sqlite
from contactdesk.store.db import db
from contactdesk.store.models import Contact, InteractionLogEntry, LoggedSegment, Salesperson, Segment, SegmentLine


def _rows(after: int = 0) -> list[dict[str, object]]:
    rows = [row for row in field_sqlite.outbox_rows() if int(row["id"]) > after]
    for row in rows:
        row["changes"] = json.loads(str(row["changes"]))
        row["before"] = json.loads(str(row["before"])) if row["before"] is not None else None
    return rows


def _last_id() -> int:
    rows = field_sqlite.outbox_rows()
    return int(rows[-1]["id"]) if rows else 0


@pytest.fixture
def laptop(demo_database: object, tmp_path: Path) -> Path:
    """A laptop file checked out of the sample office (all contacts), bound; its outbox empty."""
    check_out(tmp_path)
    assert field_sqlite.pending() == 0
    return tmp_path / "laptop.sqlite"


def test_a_card_edit_is_recorded_as_updates_with_the_changed_values_and_the_old_ones(laptop: Path) -> None:
    contact = Contact.select().order_by(Contact.no).first()
    data = contacts.get_contact(str(contact.no))
    contacts.update_contact(data.no, replace(data, phone_no="+31 20 555 0101"))
    # The save is two statements (the version check, then the values): each is a row, in order.
    rows = [r for r in _rows() if r["table_name"] == "contact"]
    assert {(r["operation"], r["row_id"]) for r in rows} == {("update", contact.id)}
    (row,) = [r for r in rows if "phone_no" in r["changes"]]  # type: ignore[operator]
    changes, before = row["changes"], row["before"]
    assert isinstance(changes, dict) and isinstance(before, dict)
    assert changes["phone_no"] == "+31 20 555 0101" and before["phone_no"] == data.phone_no
    assert "name" not in changes  # only what changed
    assert uuid.UUID(str(row["op_uuid"])).version == 4


def test_a_new_contact_is_an_insert_row_with_every_column(laptop: Path) -> None:
    no = contacts.create_contact(ContactData(name="Met On The Road", city="Bergen"))
    contact = Contact.get(Contact.no == no)
    inserts = [r for r in _rows() if r["table_name"] == "contact" and r["operation"] == "insert"]
    assert [r["row_id"] for r in inserts] == [contact.id]
    changes = inserts[0]["changes"]
    assert isinstance(changes, dict)
    assert (changes["no"], changes["name"], changes["city"], changes["uid"]) == (
        no,
        "Met On The Road",
        "Bergen",
        contact.uid,
    )


def test_a_delete_leaves_a_tombstone_with_what_the_row_held(laptop: Path) -> None:
    no = contacts.create_contact(ContactData(name="Short Lived"))
    contact_id = int(Contact.get(Contact.no == no).id)
    start = _last_id()
    contacts.delete_contact(no)
    (tombstone,) = [r for r in _rows(start) if r["table_name"] == "contact"]
    assert (tombstone["operation"], tombstone["row_id"]) == ("delete", contact_id)
    before = tombstone["before"]
    assert isinstance(before, dict) and before["no"] == no


def test_a_logged_segment_is_recorded_whole_in_order(laptop: Path) -> None:
    segment = Segment.select().order_by(Segment.no).first()
    lines = SegmentLine.select().where(SegmentLine.segment == segment.id).count()
    result = log_segment(str(segment.no))
    rows = _rows()
    ids = [int(str(r["id"])) for r in rows]
    assert ids == sorted(ids) and len(set(r["op_uuid"] for r in rows)) == len(rows)
    logged = LoggedSegment.get(LoggedSegment.no == result.logged_segment)
    assert [r["row_id"] for r in rows if r["table_name"] == "logged_segment" and r["operation"] == "insert"] == [
        logged.id
    ]
    entries = {int(e.id) for e in InteractionLogEntry.select().where(InteractionLogEntry.logged_segment == logged.id)}
    inserted = {r["row_id"] for r in rows if r["table_name"] == "interaction_log_entry" and r["operation"] == "insert"}
    assert inserted == entries and len(entries) == lines
    assert ("segment", "delete", segment.id) in {(r["table_name"], r["operation"], r["row_id"]) for r in rows}


def test_a_refused_logging_leaves_no_outbox_rows(laptop: Path) -> None:
    no = str(Segment.select().order_by(Segment.no).first().no)
    segments.update_header(no, {"description": ""})
    start = field_sqlite.pending()
    with pytest.raises(LogRefusedError):
        log_segment(no)
    assert field_sqlite.pending() == start


def test_an_action_failing_midway_leaves_neither_change_nor_outbox_row(laptop: Path) -> None:
    data = contacts.get_contact(str(Contact.select().order_by(Contact.no).first().no))
    with pytest.raises(RuntimeError), db.atomic():
        contacts.update_contact(data.no, replace(data, phone_no="+47 555 00 000"))
        assert field_sqlite.pending() > 0  # written with the change...
        raise RuntimeError("the disk went away")
    assert field_sqlite.pending() == 0  # ...and rolled back with it
    assert contacts.get_contact(data.no).phone_no == data.phone_no


def _triggers() -> list[str]:
    if engines.ENGINE == "sqlite":
        return field_sqlite.outbox_triggers()
    rows = db.execute_sql("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'outbox%%'").fetchall()
    return [str(name) for (name,) in rows]


def test_the_office_and_a_desktop_have_no_outbox(demo_database: object, tmp_path: Path) -> None:
    assert _triggers() == [] and not field_sqlite.is_laptop()
    check_out(tmp_path)
    assert "outbox_update_contact" in field_sqlite.outbox_triggers()
    back_to_office()
    assert _triggers() == [] and not field_sqlite.is_laptop()
    contacts.create_contact(ContactData(name="Office Work"))
    assert not db.table_exists("outbox")


def test_a_setup_change_is_recorded_but_taking_a_number_is_not(laptop: Path) -> None:
    # Setup goes to the outbox too (the office decides whether this login may change it); the series'
    # counter moving within the laptop's own block is the laptop's business only.
    salesperson = Salesperson.select().order_by(Salesperson.code).first()
    Salesperson.update(name="Renamed In The Field").where(Salesperson.code == salesperson.code).execute()
    contacts.create_contact(ContactData(name="Numbered Offline"))
    tables = [(r["table_name"], r["operation"]) for r in _rows()]
    assert ("salesperson", "update") in tables and ("contact", "insert") in tables
    assert not [t for t in tables if t[0] == "number_series"]
