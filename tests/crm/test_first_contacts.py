"""The first page a starting window reads without peewee: the list's own first page, or None to go the usual way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests import engines

from contactdesk.crm import contacts
from contactdesk.crm.first_contacts import first_contacts
from contactdesk.store.migrations import LATEST

pytestmark = pytest.mark.sqlite_only(
    "the quick first page reads a database file; an office database goes the usual way"
)


def test_the_first_page_is_the_lists_own(demo_database) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(engines.current) as connection:  # a contact without salesperson: NULL in its row
        connection.execute("UPDATE contact SET salesperson_id = NULL WHERE id = (SELECT min(id) FROM contact)")
    first = first_contacts(engines.current, 200)
    assert first is not None
    assert first.count == contacts.count_contacts()
    assert first.rows == contacts.list_contacts(limit=200)
    assert any(row.salesperson_code == "" for row in first.rows)  # a NULL reads as "", as in the list


def test_a_short_page_holds_what_there_is(demo_database) -> None:  # type: ignore[no-untyped-def]
    first = first_contacts(engines.current, 3)
    assert first is not None
    assert first.rows == contacts.list_contacts(limit=3)


def test_an_empty_database_has_no_rows(database) -> None:  # type: ignore[no-untyped-def]
    first = first_contacts(engines.current, 200)
    assert first is not None and (first.count, first.rows) == (0, [])


def test_a_database_to_migrate_goes_the_usual_way(demo_database) -> None:  # type: ignore[no-untyped-def]
    # The usual way backs it up and migrates it first; its rows are not shown before that.
    with sqlite3.connect(engines.current) as connection:
        connection.execute("UPDATE schema_version SET version = ?", (LATEST - 1,))
    assert first_contacts(engines.current, 200) is None


def test_a_database_from_a_newer_contactdesk_goes_the_usual_way(demo_database) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(engines.current) as connection:
        connection.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    assert first_contacts(engines.current, 200) is None


def test_anything_else_goes_the_usual_way(tmp_path: Path) -> None:
    missing = tmp_path / "missing.contactdesk"
    assert first_contacts(missing, 200) is None
    assert not missing.exists()  # never made here: the usual way says what is wrong
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    assert first_contacts(other, 200) is None
    not_sqlite = tmp_path / "letter.contactdesk"
    not_sqlite.write_text("Dear customer", encoding="utf-8")
    assert first_contacts(not_sqlite, 200) is None
    assert first_contacts("postgresql://office.example/contacts", 200) is None
    assert first_contacts(f"sqlite:///{tmp_path / 'x.sqlite'}", 200) is None
