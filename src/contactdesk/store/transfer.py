"""Copying every table of one database into the bound one (SQLite ↔ PostgreSQL), with checksums to compare.

Rows are read from the source in key order, a page at a time (bounded memory, documents included),
and every value goes through its field's python_value and db_value, so a SQLite text date becomes a
PostgreSQL date and back, 0/1 becomes a boolean, a BLOB becomes bytea. Ids and numbers are copied as
they are; PostgreSQL's sequences are then moved past them (bulk.sync_ids).

A checksum is sha256 over a table's rows in key order, each value in one canonical form: decimals
to the field's places, dates and times in ISO form, bytes by their sha256. Text keys are ordered by
their bytes on both engines (SQLite's BINARY, PostgreSQL's COLLATE "C"), so the same rows give the
same sum whichever engine holds them, whatever the server's own collation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from peewee import (
    BlobField,
    Column,
    Database,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    SqliteDatabase,
    Table,
)
from peewee import sort_models as peewee_sort_models  # type: ignore[attr-defined]

from contactdesk.store import fulltext
from contactdesk.store.bulk import insert_rows, sync_ids, update_rows
from contactdesk.store.models import ALL_MODELS, BaseModel, Contact, FieldChange, FieldSyncState, SchemaVersion

PAGE = 2000
BLOB_PAGE = 20  # documents can be megabytes each
# Tables that describe the installation rather than hold its data: never copied, never cleared.
# The office's change log and its retention state count transactions of one server (txids): on another server
# they would mean nothing, so laptops check out of the copy anew.
NOT_COPIED: set[str] = {SchemaVersion._meta.table_name, FieldChange._meta.table_name, FieldSyncState._meta.table_name}


@dataclass(frozen=True)
class TableSum:
    """A table's row count and checksum."""

    table: str
    rows: int
    sha256: str


def copied_models() -> list[type[BaseModel]]:
    """Every table a copy moves, parents before the tables that refer to them."""
    models: list[type[BaseModel]] = peewee_sort_models(ALL_MODELS)
    return [model for model in models if model._meta.table_name not in NOT_COPIED]


def _key(model: type[BaseModel]) -> Field:
    key = model._meta.primary_key
    if not isinstance(key, Field):  # a composite key: none of our tables has one
        raise TypeError(f"{model.__name__} has no single-column key to copy it by")
    return key


def _position(fields: Sequence[Field], wanted: Field) -> int:
    # By identity: a peewee field's == builds an SQL expression (always true), so list.index cannot be used.
    return next(i for i, field in enumerate(fields) if field is wanted)


def _table(database: Database, model: type[BaseModel]) -> Any:
    return Table(model._meta.table_name).bind(database)


def rows_of(database: Database, model: type[BaseModel]) -> Iterator[tuple[Any, ...]]:
    """Every row of `model`'s table in `database`, as Python values, in key order, a page at a time."""
    fields = model._meta.sorted_fields
    table = _table(database, model)
    key = _key(model)
    column = Column(table, key.column_name)
    ordered = column if isinstance(key, IntegerField) or isinstance(database, SqliteDatabase) else column.collate('"C"')
    page = BLOB_PAGE if any(isinstance(field, BlobField) for field in fields) else PAGE
    position = _position(fields, key)
    last: Any = None
    while True:
        query = table.select(*[Column(table, field.column_name) for field in fields])
        if last is not None:
            query = query.where(ordered > last)
        rows = list(query.order_by(ordered).limit(page).tuples())
        for row in rows:
            yield tuple(field.python_value(value) for field, value in zip(fields, row, strict=True))
        if len(rows) < page:
            return
        last = rows[-1][position]


def canonical(field: Field, value: Any) -> Any:
    """A column value in one form on both engines (what checksums and row comparisons use)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(field, DecimalField):
        return str(Decimal(value).quantize(Decimal(1).scaleb(-field.decimal_places)))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


class _Summer:
    """Counts rows and hashes them as they pass."""

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = model
        self.fields = model._meta.sorted_fields
        self.rows = 0
        self.hash = hashlib.sha256()

    def add(self, row: Sequence[Any]) -> None:
        values = [canonical(field, value) for field, value in zip(self.fields, row, strict=True)]
        self.hash.update(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode())
        self.hash.update(b"\n")
        self.rows += 1

    def result(self) -> TableSum:
        return TableSum(self.model._meta.table_name, self.rows, self.hash.hexdigest())


def checksum(database: Database, model: type[BaseModel]) -> TableSum:
    """Row count and checksum of `model`'s table in `database`."""
    summer = _Summer(model)
    for row in rows_of(database, model):
        summer.add(row)
    return summer.result()


def tables_with_rows(models: Sequence[type[BaseModel]]) -> list[str]:
    """The tables (of `models`) that hold at least one row in the bound database."""
    return [model._meta.table_name for model in models if model.select().limit(1).exists()]


def clear(models: Sequence[type[BaseModel]]) -> None:
    """Delete every row of `models` from the bound database, children first (inside a transaction)."""
    for model in reversed(models):
        model.delete().execute()


def _insert(model: type[BaseModel], rows: Iterator[tuple[Any, ...]], summer: _Summer) -> None:
    fields = model._meta.sorted_fields
    columns = [field.column_name for field in fields]
    # A row may name a parent in its own table that comes later (a person before its company): such
    # references are written after every row is in.
    own = [i for i, field in enumerate(fields) if isinstance(field, ForeignKeyField) and field.rel_model is model]
    key = _position(fields, _key(model))
    later: list[tuple[Any, ...]] = []
    batch: list[list[Any]] = []
    for row in rows:
        summer.add(row)
        values = [field.db_value(value) for field, value in zip(fields, row, strict=True)]
        for index in own:
            if values[index] is not None:
                later.append((index, values[index], values[key]))
                values[index] = None
        batch.append(values)
        if len(batch) >= PAGE:
            insert_rows(model._meta.table_name, columns, batch)
            batch = []
    insert_rows(model._meta.table_name, columns, batch)
    for index in own:
        pairs = [(value, row_key) for i, value, row_key in later if i == index]
        update_rows(model._meta.table_name, columns[key], [columns[index]], pairs)


def copy_table(
    source: Database, model: type[BaseModel], keep: Callable[[tuple[Any, ...]], bool] | None = None
) -> TableSum:
    """Copy every row of `model` (or those `keep` says yes to) from `source` into the bound database (inside
    a transaction there); returns the row count and checksum of the rows copied, taken as they passed."""
    summer = _Summer(model)
    rows = rows_of(source, model)
    if keep is not None:
        rows = (row for row in rows if keep(row))
    if model is Contact:
        # One index build at the end instead of a trigger per row on SQLite (fulltext.deferred_index).
        with fulltext.deferred_index(1):
            _insert(model, rows, summer)
    else:
        _insert(model, rows, summer)
    if isinstance(_key(model), IntegerField):
        sync_ids(model)
    return summer.result()


def is_sqlite_database(database: Database) -> bool:
    """True for a SQLite database (bound or not)."""
    return isinstance(database, SqliteDatabase)


@contextmanager
def one_moment(source: Database) -> Iterator[None]:
    """Read the source as it is at one moment: SQLite holds its write lock meanwhile; PostgreSQL reads one snapshot."""
    with source.atomic():
        if not is_sqlite_database(source):
            read_one_snapshot(source)
        yield


def read_one_snapshot(database: Database) -> None:
    """PostgreSQL, first thing in a transaction: every later read sees the same moment, and none writes."""
    database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")  # type: ignore[no-untyped-call]
