"""Bulk inserts for large batches: one prepared statement, many parameter rows.

peewee's insert_many builds SQL text per value (about 25k rows/s here); a DB-API executemany with
one statement writes about 115k rows/s (design.md §10). Call inside a transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from peewee import Field, Model, SqliteDatabase, fn

from contactdesk.store.db import db


def reserve_ids(model: type[Model]) -> int:
    """The first free id for a bulk insert that numbers its rows itself (call in a write transaction).

    Rows inserted with ids of their own must not meet rows another user inserts meanwhile: SQLite's write
    lock already keeps other writers out; on PostgreSQL the table is locked against other inserts (reads
    go on) until the transaction ends. Call sync_ids() after the insert.
    """
    if not isinstance(db.obj, SqliteDatabase):
        db.execute_sql(f'LOCK TABLE "{model._meta.table_name}" IN SHARE ROW EXCLUSIVE MODE')
    key = getattr(model, primary_key_column(model))
    return int(model.select(fn.MAX(key)).scalar() or 0) + 1


def primary_key_column(model: type[Model]) -> str:
    """The name of a model's (single-column) primary key."""
    return str(model._meta.primary_key.column_name)  # type: ignore[union-attr]


def sync_ids(model: type[Model]) -> None:
    """After rows were inserted with their own ids: new rows continue after them (PostgreSQL's sequence).

    The sequence is moved on with nextval(), not setval(): an office's staff may take numbers from it (USAGE)
    but not set it (UPDATE is an administrator's), and importing is their daily work. Call while
    reserve_ids()'s lock is held, so no other insert takes a number meanwhile; it never moves back.
    """
    if isinstance(db.obj, SqliteDatabase):
        return  # SQLite takes MAX(rowid) + 1 by itself
    table, column = model._meta.table_name, primary_key_column(model)
    p = db.obj.param
    sequence = db.execute_sql(f"SELECT pg_get_serial_sequence({p}, {p})", [f'"{table}"', column]).fetchone()[0]
    if sequence is None:
        return  # a key without a sequence: nothing continues after it
    highest, last, called = db.execute_sql(
        f'SELECT (SELECT MAX("{column}") FROM "{table}"), last_value, is_called FROM {sequence}'
    ).fetchone()
    behind = int(highest or 0) - (int(last) if called else int(last) - 1)
    if behind > 0:
        # One statement: 100,000 numbers take ~0.1 s, under 1 % of importing them (bench/import_ids.py).
        db.execute_sql(f"SELECT MAX(nextval({p})) FROM generate_series(1, {p})", [sequence, behind])


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
