"""Migration 7 on both engines: a version-6 database gets the edit versions and ends like a new one."""

from __future__ import annotations

from typing import Any

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.salespeople import SalespersonData, get_salesperson, save_salesperson
from contactdesk.store.db import db, is_sqlite
from contactdesk.store.migrations import current_version, migrate
from contactdesk.store.models import VERSIONED_MODELS, Contact, SchemaVersion, Segment

ADDED = ("version", "created_by", "changed_by", "changed_at")


def _columns() -> dict[str, set[str]]:
    return {m._meta.table_name: {c.name for c in db.get_columns(m._meta.table_name)} for m in VERSIONED_MODELS}


def _triggers() -> set[tuple[str, Any]]:
    if is_sqlite():
        return set()
    rows = db.execute_sql("SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal")
    return {(str(name), str(table)) for name, table in rows.fetchall()}


def _back_to_version_6() -> None:
    """Take the database back to what version 6 had (the step's columns and change notices gone)."""
    with db.atomic():
        for model in VERSIONED_MODELS:
            table = model._meta.table_name
            for column in ADDED:
                if model in (Contact, Segment) and column in ("version", "changed_at"):
                    continue  # these two had a version already; their change time is modified_at
                db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
            if not is_sqlite():
                db.execute_sql(f'DROP TRIGGER IF EXISTS contactdesk_change ON "{table}"')
        SchemaVersion.update(version=6).execute()


def test_a_version_6_database_migrates_to_the_schema_of_a_new_one(database) -> None:  # type: ignore[no-untyped-def]
    no = contacts.create_contact(ContactData(type=0, name="Old Company"))
    save_salesperson(SalespersonData("AB", "Anna Berg"))
    fresh_columns, fresh_triggers = _columns(), _triggers()
    _back_to_version_6()
    assert "changed_by" not in _columns()["salesperson"]
    migrate()
    assert current_version() >= 7
    assert _columns() == fresh_columns
    assert _triggers() == fresh_triggers
    old = contacts.get_contact(no)
    assert (old.version, old.created_by, old.changed_by) == (1, "", "")  # a row from before: nobody known
    person = get_salesperson("AB")
    assert (person.version, person.changed_by, person.changed_at) == (1, "", None)
