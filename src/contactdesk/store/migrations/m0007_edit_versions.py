"""Version 7: every record a user edits carries a version and says who created and last changed it.

Up to version 6 only contacts and segment headers had a version; every other save simply overwrote
what another user had saved a moment before. The columns have defaults in the schema, so rows
written before this step read as version 1, changed by nobody known, at no known time.
"""

from __future__ import annotations

from playhouse.migrate import SchemaMigrator, migrate

from contactdesk.store import change_feed
from contactdesk.store.db import db
from contactdesk.store.models import VERSIONED_MODELS, Contact, Segment
from contactdesk.store.models.base import USER_LENGTH, changed_at_field


def _add_not_null(table: str, column: str, sql_type: str, default: str) -> None:
    # Plain ALTER TABLE (SQLite and PostgreSQL alike): peewee's add_column would rebuild the SQLite table.
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {sql_type} NOT NULL DEFAULT {default}')


def apply() -> None:
    """Add the columns to every edited table, and the change notices lists listen for."""
    migrator = SchemaMigrator.from_database(db.obj)
    users = f"VARCHAR({USER_LENGTH})"
    for model in VERSIONED_MODELS:
        table = model._meta.table_name
        if model not in (Contact, Segment):  # these two had a version (and modified_at) already
            _add_not_null(table, "version", "INTEGER", "1")
            migrate(migrator.add_column(table, "changed_at", changed_at_field()))
        _add_not_null(table, "created_by", users, "''")
        _add_not_null(table, "changed_by", users, "''")
    change_feed.create()
