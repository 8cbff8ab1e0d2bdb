"""A field laptop's own tables in its SQLite file: what it is (field_info), its number blocks (field_block)
and the outbox every local change is written to by triggers, in the same transaction as the change.

Triggers rather than Python hooks: a change made by any code path (a bulk UPDATE, a cascade, a raw
statement) is recorded, and the outbox row commits or rolls back with the change itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peewee import BlobField

from contactdesk.store import field_conflicts
from contactdesk.store.db import db, is_sqlite
from contactdesk.store.models import BaseModel

INFO, BLOCK, OUTBOX = "field_info", "field_block", "outbox"
_P = "?"  # SQLite's parameter mark: this module only ever talks to a laptop's SQLite file
_TABLES = (
    f"CREATE TABLE {INFO} (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    field_conflicts.TABLE_SQL,
    f"CREATE TABLE {BLOCK} (series TEXT PRIMARY KEY, first_number INTEGER NOT NULL, last_number INTEGER NOT NULL)",
    # AUTOINCREMENT: a local id is never reused, even after the newest rows were sent and deleted.
    f"CREATE TABLE {OUTBOX} (id INTEGER PRIMARY KEY AUTOINCREMENT, op_uuid TEXT NOT NULL UNIQUE, "
    "table_name TEXT NOT NULL, row_id INTEGER NOT NULL, operation TEXT NOT NULL, "
    "changes TEXT NOT NULL, before TEXT, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')))",
)
# A random (version 4) UUID from SQLite itself, so the trigger needs no application function.
_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)


# Columns that only mean something on this laptop: taking a number moves the laptop's series within its own
# block (and stamps the series), which the office must never receive.
LOCAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "number_series": ("last_number", "version", "changed_by", "changed_at"),
}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _json(model: type[BaseModel], row: str) -> str:
    """json_object(...) of every column of `row` (NEW or OLD); documents as hex (JSON holds no bytes)."""
    parts = []
    for field in model._meta.sorted_fields:
        value = f"{row}.{_q(field.column_name)}"
        parts.append(f"'{field.column_name}', " + (f"hex({value})" if isinstance(field, BlobField) else value))
    return f"json_object({', '.join(parts)})"


def _changed(model: type[BaseModel], take: str, other: str) -> str:
    """JSON of the columns whose value differs between the two rows, with the values of `take`."""
    return (
        f"(SELECT json_group_object(t.key, t.value) FROM json_each({_json(model, take)}) t "
        f"JOIN json_each({_json(model, other)}) o ON o.key = t.key WHERE t.value IS NOT o.value OR t.type <> o.type)"
    )


def _trigger_sql(model: type[BaseModel]) -> list[str]:
    table = model._meta.table_name
    key = str(getattr(model._meta.primary_key, "column_name", "id"))
    insert = (
        f"INSERT INTO {OUTBOX} (op_uuid, table_name, row_id, operation, changes, before) VALUES ({_UUID}, '{table}'"
    )
    local = LOCAL_COLUMNS.get(table, ())
    watched = [f for f in model._meta.sorted_fields if f.column_name not in local]
    differs = " OR ".join(f"OLD.{_q(f.column_name)} IS NOT NEW.{_q(f.column_name)}" for f in watched)
    return [
        f"CREATE TRIGGER {_q('outbox_insert_' + table)} AFTER INSERT ON {_q(table)} BEGIN "
        f"{insert}, NEW.{_q(key)}, 'insert', {_json(model, 'NEW')}, NULL); END",
        f"CREATE TRIGGER {_q('outbox_update_' + table)} AFTER UPDATE ON {_q(table)} WHEN {differs} BEGIN "
        f"{insert}, NEW.{_q(key)}, 'update', {_changed(model, 'NEW', 'OLD')}, {_changed(model, 'OLD', 'NEW')}); END",
        # The DELETE row is the tombstone: sync tells the office the row is gone, with what it held.
        f"CREATE TRIGGER {_q('outbox_delete_' + table)} AFTER DELETE ON {_q(table)} BEGIN "
        f"{insert}, OLD.{_q(key)}, 'delete', json_object('{key}', OLD.{_q(key)}), {_json(model, 'OLD')}); END",
    ]


def create_laptop_tables(info: dict[str, str], blocks: dict[str, tuple[int, int]]) -> None:
    """The laptop's own tables, filled (call inside the checkout's transaction, before the triggers)."""
    for sql in _TABLES:
        db.execute_sql(sql)
    for key, value in info.items():
        db.execute_sql(f"INSERT INTO {INFO} (key, value) VALUES ({_P}, {_P})", [key, value])
    for series, (first, last) in blocks.items():
        db.execute_sql(
            f"INSERT INTO {BLOCK} (series, first_number, last_number) VALUES ({_P}, {_P}, {_P})", [series, first, last]
        )


def create_outbox_triggers(models: Sequence[type[BaseModel]]) -> None:
    """AFTER INSERT/UPDATE/DELETE triggers on every synced table, each writing its outbox row."""
    for model in models:
        for sql in _trigger_sql(model):
            db.execute_sql(sql)


def is_laptop() -> bool:
    """True when the bound database is a field laptop's file (it has the laptop tables)."""
    if not is_sqlite():
        return False
    found = db.execute_sql(f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = {_P}", [INFO]).fetchone()
    return found is not None


def info() -> dict[str, str]:
    """The laptop's field_info as a dictionary."""
    return {str(k): str(v) for k, v in db.execute_sql(f"SELECT key, value FROM {INFO}").fetchall()}


def blocks() -> dict[str, tuple[int, int]]:
    """Each series' block of numbers: (first, last)."""
    rows = db.execute_sql(f"SELECT series, first_number, last_number FROM {BLOCK}").fetchall()
    return {str(series): (int(first), int(last)) for series, first, last in rows}


def block_of(series: str) -> tuple[int, int] | None:
    """The laptop's block for `series`; None on any other database or for a series without one."""
    if not is_laptop():
        return None
    row = db.execute_sql(f"SELECT first_number, last_number FROM {BLOCK} WHERE series = {_P}", [series]).fetchone()
    return (int(row[0]), int(row[1])) if row else None


def pending() -> int:
    """Outbox rows not yet sent."""
    return int(db.execute_sql(f"SELECT COUNT(*) FROM {OUTBOX}").fetchone()[0])


def outbox_rows() -> list[dict[str, Any]]:
    """Every outbox row, oldest first, as dictionaries."""
    cursor = db.execute_sql(
        f"SELECT id, op_uuid, table_name, row_id, operation, changes, before FROM {OUTBOX} ORDER BY id"
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def outbox_triggers() -> list[str]:
    """Names of the outbox triggers in the bound SQLite database (none elsewhere)."""
    if not is_sqlite():
        return []
    rows = db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'outbox_%'")
    return sorted(str(name) for (name,) in rows.fetchall())


def clear_outbox() -> None:
    """Empty the outbox (the push, inside its own transaction, once the office has taken everything in it)."""
    db.execute_sql(f"DELETE FROM {OUTBOX}")
