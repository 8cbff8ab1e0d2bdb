"""The Contacts list finds a page by position in an index alone, on both engines, new or upgraded."""

from __future__ import annotations

import pytest
from peewee import SQL
from tests import engines

from contactdesk.crm import contacts
from contactdesk.store import db as store_db
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import Contact, SchemaVersion
from contactdesk.store.opening import open_database

SORT_KEYS = ["search_name", "no", "city"]


def _plan(column: str) -> str:
    """How the engine finds rows 10-14 in the order of `column` (only the key and the id are read)."""
    field = getattr(Contact, column)
    sql, params = Contact.select(field, Contact.id).order_by(field, Contact.id).offset(10).limit(5).sql()
    if store_db.is_sqlite():
        return " ".join(str(row[-1]) for row in store_db.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    with store_db.db.atomic():
        # A table of 30 rows is read whole by choice; forbid that to see which index the order can use.
        for setting in ("enable_seqscan", "enable_sort", "enable_incremental_sort", "enable_bitmapscan"):
            store_db.db.execute(SQL(f"SET LOCAL {setting} = off"))
        return " ".join(str(row[0]) for row in store_db.db.execute_sql(f"EXPLAIN {sql}", params))


def _index_alone(plan: str) -> bool:
    return "COVERING INDEX" in plan if store_db.is_sqlite() else "Index Only Scan" in plan


@pytest.mark.parametrize("column", SORT_KEYS)
def test_a_page_is_found_by_position_in_an_index_alone(database: object, column: str) -> None:
    """Skipping to row N reads no table rows: the index holds the sort key and the id (store.list_indexes)."""
    for index in range(30):
        contacts.create_contact(contacts.ContactData(type=0, name=f"Firm {index:02d}", city="Oslo"))
    plan = _plan(column)
    assert _index_alone(plan), plan


def test_an_older_database_gets_the_indexes_when_opened(database: object) -> None:
    if not store_db.is_sqlite():
        for name in ("contact_search_name_id", "contact_no_id"):
            store_db.db.execute_sql(f'DROP INDEX "{name}"')
        assert not _index_alone(_plan("search_name"))
    SchemaVersion.update(version=8).execute()  # the step before the indexes
    store_db.close()
    opened = open_database(engines.current)
    assert (opened.migration.from_version, opened.migration.to_version) == (8, LATEST)
    for column in SORT_KEYS:
        assert _index_alone(_plan(column)), column
