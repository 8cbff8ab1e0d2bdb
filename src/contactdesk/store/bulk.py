"""Bulk inserts for large batches: one prepared statement, many parameter rows.

peewee's insert_many builds SQL text per value (about 25k rows/s here); a DB-API executemany with
one statement writes about 115k rows/s (design.md §10). Call inside a transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from peewee import Field, Model

from contactdesk.store.db import db


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """INSERT every row into `table`; returns how many were written."""
    rows = list(rows)
    if not rows:
        return 0
    param = db.obj.param
    quoted = ", ".join(f'"{name}"' for name in columns)
    placeholders = ", ".join([param] * len(columns))
    cursor = db.cursor()
    cursor.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({placeholders})', rows)
    return len(rows)


def insert_model_rows(model: type[Model], fields: Sequence[Field], rows: Iterable[Sequence[object]]) -> int:
    """Like insert_rows, filling every other column with its peewee default (which SQL does not know)."""
    given = {field.name for field in fields}
    constant: list[tuple[str, object]] = []
    computed: list[tuple[str, Callable[[], object]]] = []
    for field in model._meta.sorted_fields:
        if field.name in given or field.primary_key or field.default is None:
            continue
        if callable(field.default):
            computed.append((field.column_name, field.default))
        else:
            constant.append((field.column_name, field.db_value(field.default)))
    columns = [f.column_name for f in fields] + [c for c, _ in constant] + [c for c, _ in computed]
    tail = tuple(value for _, value in constant)
    full = (tuple(row) + tail + tuple(make() for _, make in computed) for row in rows)
    return insert_rows(model._meta.table_name, columns, full)


def update_rows(table: str, key: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """UPDATE many rows with one prepared statement; each row holds the column values, then its key."""
    rows = list(rows)
    if not rows:
        return 0
    param = db.obj.param
    assignments = ", ".join(f'"{name}" = {param}' for name in columns)
    db.cursor().executemany(f'UPDATE "{table}" SET {assignments} WHERE "{key}" = {param}', rows)
    return len(rows)
