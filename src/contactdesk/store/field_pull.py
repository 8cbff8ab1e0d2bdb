"""What a pull reads from the office (PostgreSQL, not bound): its change window and the current rows of what changed.

All of it inside one REPEATABLE READ transaction (`window()`), so the cursor and the rows are of one moment.
The window is every change of a transaction older than the oldest transaction still running (the snapshot's
xmin): those have all finished, so one that commits after a younger one is taken by a later pull, not skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from peewee import BlobField, Column, Database, DecimalField, Field, IntegerField, Table

from contactdesk.store.models import BaseModel, FieldChange, SchemaVersion

PAGE = 2000
_LOG = FieldChange._meta.table_name


@dataclass(frozen=True)
class Window:
    """The rows changed in the office between the laptop's cursor and `cursor` (the new one)."""

    cursor: int
    keys: dict[str, set[str]]  # table name -> row keys (text)


def execute(database: Database, sql: str, params: Sequence[Any] = ()) -> Any:
    """A statement on a database that is not the bound one (peewee's execute_sql is untyped); its cursor."""
    return database.execute_sql(sql, list(params))  # type: ignore[no-untyped-call]


def snapshot_cursor(office: Database) -> int:
    """The oldest transaction still running as this transaction's snapshot sees it (take it first thing)."""
    return int(execute(office, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").fetchone()[0])


@contextmanager
def one_snapshot(office: Database) -> Iterator[int]:
    """A read-only REPEATABLE READ transaction in the office; yields its cursor (the snapshot's xmin)."""
    with office.atomic():
        execute(office, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield snapshot_cursor(office)


def schema_version(office: Database) -> int:
    """The office's schema version (0: none)."""
    table = SchemaVersion._meta.table_name
    return int(execute(office, f'SELECT COALESCE(MAX(version), 0) FROM "{table}"').fetchone()[0])


def window(office: Database, since: int, until: int, device: int) -> Window:
    """The keys changed by transactions since <= txid < until, leaving out rows only this laptop's push changed."""
    cursor = execute(
        office,
        f"SELECT table_name, row_key FROM {_LOG} WHERE txid >= %s AND txid < %s GROUP BY table_name, row_key "
        "HAVING NOT bool_and(origin_device IS NOT DISTINCT FROM %s)",
        [since, until, device],
    )
    keys: dict[str, set[str]] = {}
    for table, key in cursor.fetchall():
        keys.setdefault(str(table), set()).add(str(key))
    return Window(until, keys)


def key_field(model: type[BaseModel]) -> Field:
    """The table's single key column."""
    key = model._meta.primary_key
    if not isinstance(key, Field):
        raise TypeError(f"{model.__name__} has no single-column key")
    return key


def typed_keys(model: type[BaseModel], keys: Sequence[str]) -> list[Any]:
    """Row keys as the key column holds them (the log keeps them as text)."""
    key = key_field(model)
    return [int(k) for k in keys] if isinstance(key, IntegerField) else list(keys)


def read_rows(database: Database, model: type[BaseModel], keys: Sequence[Any]) -> dict[Any, tuple[Any, ...]]:
    """The rows of `model` with these keys in `database`, as Python values, by key."""
    fields = model._meta.sorted_fields
    key = key_field(model)
    position = next(i for i, field in enumerate(fields) if field is key)
    table = Table(model._meta.table_name).bind(database)
    found: dict[Any, tuple[Any, ...]] = {}
    keys = list(keys)
    for start in range(0, len(keys), PAGE):
        query = table.select(*[Column(table, f.column_name) for f in fields]).where(
            Column(table, key.column_name).in_(keys[start : start + PAGE])
        )
        for raw in query.tuples():
            row = tuple(field.python_value(value) for field, value in zip(fields, raw, strict=True))
            found[row[position]] = row
    return found


def same(fields: Sequence[Field], left: tuple[Any, ...], right: tuple[Any, ...]) -> bool:
    """True when two rows hold the same values (a document's bytes, a decimal's places and all)."""
    return all(_plain(f, a) == _plain(f, b) for f, a, b in zip(fields, left, right, strict=True))


def _plain(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, BlobField) or isinstance(value, memoryview):
        return bytes(value)
    if isinstance(field, DecimalField):
        from decimal import Decimal

        return Decimal(str(value)).quantize(Decimal(1).scaleb(-field.decimal_places))
    return value
