"""`office copy`: a single desktop's file into the office database and back, every row and document kept.

The target is the suite's engine (`database_target`: an empty PostgreSQL database, or a new file on
the SQLite run), so on PostgreSQL this is SQLite → PostgreSQL → SQLite.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from peewee import fn
from tests.cli_run import call

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.demo import load_demo
from contactdesk.crm.office_copy import copy_database
from contactdesk.crm.office_errors import CopyTargetNotEmptyError
from contactdesk.merge.segment_merge import merge_segment
from contactdesk.store import db as store_db
from contactdesk.store import transfer
from contactdesk.store.models import Contact, DocumentContent, InteractionLogEntry, Segment
from contactdesk.store.opening import open_database


def _demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "desktop.sqlite"
    opened = open_database(path, create=True)
    load_demo(contacts=150, seed=11)
    # A person saved before the company it now works for: its reference points forward in key order.
    person = Contact.select().where(Contact.company.is_null(False)).order_by(Contact.id).first()
    Contact.update(company=Contact.select(fn.MAX(Contact.id))).where(Contact.id == person.id).execute()
    Contact.update(type=0).where(Contact.id == Contact.select(fn.MAX(Contact.id))).execute()
    opened.database.close()
    return path


def _sums(target: str | Path) -> dict[str, tuple[int, str]]:
    opened = open_database(target)
    sums = {}
    for model in transfer.copied_models():
        table = transfer.checksum(opened.database, model)
        sums[table.table] = (table.rows, table.sha256)
    store_db.close()
    return sums


def _documents() -> dict[str, bytes]:
    return {row.sha256: bytes(row.data) for row in DocumentContent.select()}


def test_a_desktop_database_moves_into_the_office_whole(
    tmp_path: Path, database_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _demo_file(tmp_path)
    open_database(source)
    documents, last_contact = _documents(), Contact.select(fn.MAX(Contact.no)).scalar()
    last_entry = InteractionLogEntry.select(fn.MAX(InteractionLogEntry.entry_no)).scalar()
    store_db.close()
    result = copy_database(source, database_target)
    store_db.close()
    assert result.rows > 500 and len(result.tables) == len(transfer.copied_models())
    expected = _sums(source)
    assert {table.table: (table.rows, table.sha256) for table in result.tables} == expected
    assert _sums(database_target) == expected
    open_database(database_target)
    assert _documents() == documents and documents
    # New contacts and entries are numbered after the copied ones (series and keys both moved on).
    highest_id = Contact.select(fn.MAX(Contact.id)).scalar()
    no = contacts.create_contact(ContactData(type=1, name="Nieuwe Klant"))
    assert no > last_contact and Contact.get(Contact.no == no).id > highest_id
    segment = str(Segment.select(Segment.no).order_by(Segment.no).first().no)
    merged = merge_segment(segment, tmp_path / "letters")
    assert merged.ok and merged.letters
    someone = str(Contact.select(Contact.no).where(Contact.salesperson.is_null(False)).first().no)
    store_db.close()
    code, out, err = call(
        capsys, "interaction", "log", "--db", database_target, "--contact", someone, "--template", "PHONE", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["entry_no"] > last_entry


def test_the_office_database_copies_back_to_a_file_exactly(tmp_path: Path, database_target: str) -> None:
    source = _demo_file(tmp_path)
    copy_database(source, database_target)
    store_db.close()
    backup = tmp_path / "backup" / "office-copy.sqlite"
    result = copy_database(database_target, backup)
    store_db.close()
    assert result.target == str(backup)
    assert _sums(backup) == _sums(source)


def test_a_target_that_holds_data_is_refused_and_left_as_it_was(
    tmp_path: Path, database_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _demo_file(tmp_path)
    open_database(database_target, create=True)
    contacts.create_contact(ContactData(type=1, name="Already here"))
    store_db.close()
    before = _sums(database_target)
    with pytest.raises(CopyTargetNotEmptyError) as refused:
        copy_database(source, database_target)
    store_db.close()
    assert refused.value.tables == ["contact"]
    assert _sums(database_target) == before
    code, _out, err = call(capsys, "office", "copy", "--from", str(source), "--to", database_target)
    assert code == 1 and "already holds data (contact)" in err and err.count("\n") == 1


def test_the_command_prints_every_table_it_checked(
    tmp_path: Path, database_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _demo_file(tmp_path)
    code, out, err = call(capsys, "office", "copy", "--db", str(source), "--to", database_target, "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["source"] == str(source) and payload["rows"] == sum(t["rows"] for t in payload["tables"])
    assert {t["table"]: (t["rows"], t["sha256"]) for t in payload["tables"]} == _sums(source)


def test_a_logging_done_on_the_desktop_can_be_undone_in_the_office(tmp_path: Path, database_target: str) -> None:
    from contactdesk.crm.log_undo import undo_logging
    from contactdesk.crm.logging_ import LogOptions, log_segment

    source = _demo_file(tmp_path)
    before = _sums(source)
    open_database(source)
    segment = str(Segment.select(Segment.no).order_by(Segment.no.desc()).first().no)
    logged = log_segment(segment, LogOptions(skip_flagged=True))
    store_db.close()
    copy_database(source, database_target)
    # The undo record was written on SQLite (0/1 for booleans, text dates); it must put the segment back here.
    assert undo_logging(logged.logged_segment).segment_no == segment
    assert Segment.select().where(Segment.no == segment).exists()
    store_db.close()
    after = _sums(database_target)
    assert (
        after["segment_line"][0] == before["segment_line"][0]
        and after["interaction_log_entry"] == before["interaction_log_entry"]
    )
