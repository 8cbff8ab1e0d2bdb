"""Helpers of the sync reliability tests: syncing a laptop, and reading every party's data to compare it.

The data of the office (PostgreSQL) and of laptop files (SQLite) is read through each database's own
connection (store.transfer.rows_of), never by binding the models to it, and made comparable across the
engines (bytes as a hash, decimals at their places, times as ISO text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from peewee import Database
from tests.field.field_office import to_laptop

from contactdesk.crm.field.checkout import laptop_models
from contactdesk.crm.field.sync_types import SyncResult
from contactdesk.store import field_conflicts, server, transfer
from contactdesk.store.db import make_database
from contactdesk.store.location import parse_location
from contactdesk.store.models import BaseModel, NumberSeries

# A laptop's number series hand out its own blocks: they differ from the office's by design.
NOT_COMPARED: tuple[type[BaseModel], ...] = (NumberSeries,)
# Every column is compared, the edit version too: a push hands the version the office gave back to the laptop.
IGNORED_COLUMNS: tuple[str, ...] = ()
Rows = dict[str, set[tuple[Any, ...]]]


def sync_laptop(path: str | Path) -> SyncResult:
    """Bind the laptop file and sync it with its office (as File → Synchronise does)."""
    from contactdesk.crm.field.sync import sync

    to_laptop(path)
    return sync()


def open_conflicts_of(path: str | Path) -> list[field_conflicts.ConflictRecord]:
    """The laptop's conflicts still waiting for a person (binds the laptop)."""
    to_laptop(path)
    return field_conflicts.open_conflicts()


def connect(target: str | Path) -> Database:
    """A connection of its own to a laptop file or the office (whatever is bound stays bound)."""
    database = make_database(parse_location(target))
    if not isinstance(target, Path) and str(target).startswith(("postgres://", "postgresql://")):
        server.without_tls(database)  # the test cluster offers none
    return database


def compared_models() -> list[type[BaseModel]]:
    """The tables a laptop holds and shares with the office."""
    return [model for model in laptop_models() if model not in NOT_COMPARED]


def table_rows(target: str | Path, models: Iterable[type[BaseModel]] | None = None) -> Rows:
    """Every row of every compared table, comparable across engines: {table: {row tuple}}."""
    database = connect(target)
    found: Rows = {}
    try:
        with database.connection_context():
            for model in models if models is not None else compared_models():
                fields = model._meta.sorted_fields
                found[model._meta.table_name] = {
                    tuple(
                        None if f.column_name in IGNORED_COLUMNS else transfer.canonical(f, v)
                        for f, v in zip(fields, row, strict=True)
                    )
                    for row in transfer.rows_of(database, model)
                }
    finally:
        database.close()
    return found


def differences(left: Rows, right: Rows, limit: int = 5) -> dict[str, list[Any]]:
    """Per table that differs: a few rows that differ, by key — {column: (left, right)}, or the row one side lacks."""
    found: dict[str, list[Any]] = {}
    names = {model._meta.table_name: model for model in laptop_models()}
    for table in sorted(set(left) | set(right)):
        only_left = left.get(table, set()) - right.get(table, set())
        only_right = right.get(table, set()) - left.get(table, set())
        if not (only_left or only_right):
            continue
        model = names.get(table)
        columns = [f.column_name for f in model._meta.sorted_fields] if model else []
        key = columns.index(str(model._meta.primary_key.column_name)) if model else 0
        by_key_left, by_key_right = {r[key]: r for r in only_left}, {r[key]: r for r in only_right}
        shown = []
        for row_key in sorted(set(by_key_left) | set(by_key_right), key=repr):
            a, b = by_key_left.get(row_key), by_key_right.get(row_key)
            if a is None or b is None:
                shown.append({"key": row_key, "only": "left" if b is None else "right", "row": a or b})
            else:
                diff = {c: (x, y) for c, x, y in zip(columns, a, b, strict=True) if x != y}
                shown.append({"key": row_key, **diff})
        found[table] = [len(shown), *shown[:limit]]
    return found


def contacts_by_no(target: str | Path, columns: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The contacts of a database by number: {no: {"id": id, column: value}}."""
    names = ["id", *columns]
    database = connect(target)
    try:
        with database.connection_context():
            quoted = ", ".join(f'"{name}"' for name in ["no", *names])
            rows = database.execute_sql(f"SELECT {quoted} FROM contact").fetchall()
    finally:
        database.close()
    return {str(row[0]): dict(zip(names, row[1:], strict=True)) for row in rows}


def laptop_value(conflict: field_conflicts.ConflictRecord) -> Any:
    """The laptop's value a conflict keeps, as Python (it is stored as JSON text)."""
    return None if conflict.laptop_value is None else json.loads(conflict.laptop_value)
