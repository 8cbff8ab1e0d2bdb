"""Row and table locks for writers that read before they write (PostgreSQL; SQLite's write lock covers it).

SQLite takes the database's write lock at BEGIN IMMEDIATE, so a write transaction never meets another
writer. PostgreSQL runs writers side by side: a transaction that reads a row (or a MAX) and then writes
based on it must lock first, or two users log the same segment or number two entries alike.
"""

from __future__ import annotations

from typing import Any

from peewee import Field, Model, SqliteDatabase, fn

from contactdesk.store.db import db


def lock_rows(query: Any) -> list[Any]:
    """The rows of `query`, locked until the transaction ends (another writer waits, then sees the result)."""
    if isinstance(db.obj, SqliteDatabase):
        return list(query)
    return list(query.for_update())


def next_free_value(model: type[Model], field: Field) -> int:
    """MAX(field) + 1 for a number the application hands out, safe against a concurrent writer.

    On PostgreSQL the table is locked against other writers (readers go on) until commit, so the
    next writer's MAX sees this one's rows.
    """
    if not isinstance(db.obj, SqliteDatabase):
        db.execute_sql(f'LOCK TABLE "{model._meta.table_name}" IN SHARE ROW EXCLUSIVE MODE')
    return int(model.select(fn.MAX(field)).scalar() or 0) + 1
