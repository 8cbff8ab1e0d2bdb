"""The office side of a push, row by row as PostgreSQL sees them: values, privileges, new ids, tombstones, writes.

Everything here is set-based (one statement for many rows) and runs in the push's office transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from peewee import (
    AutoField,
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    Database,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from contactdesk.store.models import BaseModel
from contactdesk.store.models.base import CodeField


def q(name: str) -> str:
    """A quoted SQL name."""
    return '"' + name.replace('"', '""') + '"'


def key_column(model: type[BaseModel]) -> str:
    """The table's primary key column."""
    return str(getattr(model._meta.primary_key, "column_name", "id"))


# Field kinds whose JSON value (text, a number) PostgreSQL takes as it is: no conversion per value.
_AS_IS = (CharField, TextField, IntegerField, FloatField)


_PLAIN: dict[int, bool] = {}  # by id(): a peewee field's == builds an SQL expression


def _plain(field: Any) -> bool:
    known = _PLAIN.get(id(field))
    if known is None:
        target = field.rel_field if isinstance(field, ForeignKeyField) else field
        known = _PLAIN[id(field)] = type(target) in (*_AS_IS, AutoField, BigIntegerField) or (
            isinstance(target, _AS_IS) and not isinstance(target, CodeField | BooleanField)
        )
    return known


def to_office(field: Any, value: Any) -> Any:
    """A laptop value (from the outbox's JSON) as PostgreSQL takes it: booleans, dates, documents' bytes."""
    if value is None or field is None:
        return value
    if isinstance(value, str | int) and _plain(field):
        return value
    if isinstance(field, BlobField):
        return bytes.fromhex(str(value))
    return field.db_value(field.python_value(value))


def comparable(field: Any, value: Any) -> Any:
    """A value of either side in one form, so the laptop's 1 and the office's True compare equal."""
    if value is None or field is None:
        return value
    if isinstance(field, BlobField):
        return bytes(value).hex().upper() if isinstance(value, bytes | memoryview) else str(value).upper()
    python = field.python_value(value)
    return python.replace(tzinfo=None) if hasattr(python, "tzinfo") and hasattr(python, "hour") else python


def as_json(value: Any) -> str | None:
    """A value as the JSON text a conflict keeps (None: no value)."""
    if value is None:
        return None
    if isinstance(value, bytes | memoryview):
        value = bytes(value).hex().upper()
    return json.dumps(value, default=str)


def rows(office: Database, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows a query finds in the office."""
    server: Any = office  # peewee's methods carry no types
    return list(server.execute_sql(sql, list(params)).fetchall())


def may(office: Database, wanted: Iterable[tuple[str, str]]) -> dict[tuple[str, str], bool]:
    """Whether the connected login may do each (table, INSERT|UPDATE|DELETE)."""
    pairs = sorted(set(wanted))
    if not pairs:
        return {}
    found = rows(
        office,
        "SELECT x.t, x.k, has_table_privilege(quote_ident(x.t), x.k) FROM unnest(%s::text[], %s::text[]) AS x(t, k)",
        [[t for t, _ in pairs], [k for _, k in pairs]],
    )
    return {(str(t), str(k)): bool(ok) for t, k, ok in found}


def new_ids(office: Database, tables: Sequence[str]) -> list[int]:
    """One new id from its table's sequence for each entry of `tables`, in order (one query for all)."""
    if not tables:
        return []
    found = rows(
        office,
        "SELECT nextval(pg_get_serial_sequence(quote_ident(s.t), 'id')) FROM "
        "(SELECT x.t, x.n FROM unnest(%s::text[]) WITH ORDINALITY AS x(t, n) ORDER BY x.n) s",
        [list(tables)],
    )
    return [int(value) for (value,) in found]


def existing(
    office: Database, model: type[BaseModel], keys: Iterable[Any], lock: bool = False
) -> dict[str, dict[str, Any]]:
    """The office rows of `keys` as {key as text: {column: value}}; locked for the push when `lock`."""
    serial = isinstance(model._meta.primary_key, AutoField)
    wanted: list[Any] = sorted({int(key) if serial else str(key) for key in keys})
    if not wanted:
        return {}
    columns = [field.column_name for field in model._meta.sorted_fields]
    key = key_column(model)
    sql = (
        f"SELECT {', '.join(q(c) for c in columns)} FROM {q(model._meta.table_name)} "
        f"WHERE {q(key)} = ANY(%s::{'bigint' if serial else 'text'}[])" + (" FOR UPDATE" if lock else "")
    )
    found = {}
    for row in rows(office, sql, [wanted]):
        values = dict(zip(columns, row, strict=True))
        found[str(values[key])] = values
    return found


def tombstones(office: Database, table: str, keys: Iterable[str]) -> dict[str, str]:
    """The last deleted state (JSON text) of each key the office deleted, from its change log."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    found = rows(
        office,
        "SELECT DISTINCT ON (row_key) row_key, old_row FROM field_change WHERE table_name = %s AND operation = 'D' "
        "AND row_key = ANY(%s) AND old_row IS NOT NULL ORDER BY row_key, seq DESC",
        [table, wanted],
    )
    return {str(key): str(old) for key, old in found}


def write(office: Database, sql: str, params: Sequence[Any]) -> list[tuple[int, str]]:
    """Run `sql` for every parameter set (pipelined); a set the office refuses is skipped, the rest written.

    Returns (position, reason) of the refused sets; a reason starts with the SQLSTATE in brackets. A savepoint
    keeps one refusal (a unique number taken, a row another row still needs) from undoing the whole push.
    """
    import psycopg  # noqa: PLC0415 - the driver is an optional extra, only for server databases

    if not params:
        return []
    server: Any = office  # peewee's methods carry no types
    batch = [p if isinstance(p, list | tuple) else [p] for p in params]
    try:
        with office.atomic():
            server.cursor().executemany(sql, batch)
        return []
    except psycopg.Error:
        pass
    refused = []
    for position, one in enumerate(batch):
        try:
            with office.atomic():
                server.cursor().execute(sql, one)
        except psycopg.Error as error:
            said = str(error).splitlines()[0] if str(error) else type(error).__name__
            refused.append((position, f"[{error.sqlstate or ''}] {said}"))  # the SQLSTATE tells a missing row
    return refused
