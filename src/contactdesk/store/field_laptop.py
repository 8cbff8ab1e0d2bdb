"""A pull's writes into the bound laptop file (SQLite): rows upserted and deleted, echoes taken out, the cursor kept.

The laptop's outbox triggers would record the pull's own writes as if they were the user's: they are paused
while the sync writes (`outbox_paused()`), and as a second guard `echo_mark()` notes the newest outbox row before
the pull writes and `drop_echoes()` removes what came after (inside the same IMMEDIATE transaction, so no change
of the user's can be among them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from contactdesk.store.db import db
from contactdesk.store.field_pull import key_field
from contactdesk.store.field_sqlite import BLOCK, INFO, OUTBOX
from contactdesk.store.models import BaseModel

_P = "?"  # a laptop is always SQLite


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def echo_mark() -> int:
    """The newest outbox row now."""
    return int(db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {OUTBOX}").fetchone()[0])


def drop_echoes(mark: int) -> None:
    """Remove the outbox rows the sync's own writes made (those after `mark`)."""
    db.execute_sql(f"DELETE FROM {OUTBOX} WHERE id > {_P}", [mark])


@contextmanager
def outbox_paused() -> Iterator[None]:
    """The outbox triggers dropped while the sync writes, and made again as they were (inside the caller's
    transaction: a rollback brings them back too, and no other connection ever sees them gone).

    A trigger per row builds two JSON objects of the whole row and compares them: 0.9 ms a contact, 9 s for
    a pull of 10,000 (bench/field_sync.py), against 0.03 s without.
    """
    saved = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 7) = 'outbox_'"
    ).fetchall()
    for name, _sql in saved:
        db.execute_sql(f"DROP TRIGGER {_q(str(name))}")
    yield
    for _name, sql in saved:
        db.execute_sql(str(sql))


def _values(model: type[BaseModel], row: Sequence[Any]) -> list[Any]:
    return [field.db_value(value) for field, value in zip(model._meta.sorted_fields, row, strict=True)]


def insert(model: type[BaseModel], rows: Sequence[Sequence[Any]]) -> None:
    """Add rows (Python values, every column in field order)."""
    if not rows:
        return
    columns = [_q(f.column_name) for f in model._meta.sorted_fields]
    sql = f"INSERT INTO {_q(model._meta.table_name)} ({', '.join(columns)}) VALUES ({', '.join(_P for _ in columns)})"
    db.cursor().executemany(sql, [_values(model, row) for row in rows])


def update(model: type[BaseModel], rows: Sequence[Sequence[Any]]) -> None:
    """Overwrite rows by key with the office's values (never REPLACE: that would cascade as a delete)."""
    if not rows:
        return
    fields = model._meta.sorted_fields
    key = key_field(model)
    position = next(i for i, field in enumerate(fields) if field is key)
    sets = ", ".join(f"{_q(f.column_name)} = {_P}" for f in fields)
    sql = f"UPDATE {_q(model._meta.table_name)} SET {sets} WHERE {_q(key.column_name)} = {_P}"
    params = []
    for row in rows:
        values = _values(model, row)
        params.append([*values, values[position]])
    db.cursor().executemany(sql, params)


def delete(model: type[BaseModel], keys: Sequence[Any]) -> int:
    """Delete rows by key; returns how many were there (a cascade may have taken some already)."""
    if not keys:
        return 0
    key = key_field(model)
    cursor = db.cursor()
    cursor.executemany(
        f"DELETE FROM {_q(model._meta.table_name)} WHERE {_q(key.column_name)} = {_P}", [[k] for k in keys]
    )
    return int(cursor.rowcount)


def present(model: type[BaseModel], keys: set[Any]) -> set[Any]:
    """Which of `keys` the laptop's table holds."""
    if not keys:
        return set()
    key = key_field(model)
    found: set[Any] = set()
    values = list(keys)
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        cursor = db.execute_sql(
            f"SELECT {_q(key.column_name)} FROM {_q(model._meta.table_name)} "
            f"WHERE {_q(key.column_name)} IN ({', '.join(_P for _ in part)})",
            part,
        )
        found.update(row[0] for row in cursor.fetchall())
    return found


def set_info(values: dict[str, str]) -> None:
    """Write field_info keys (the cursor, the last sync)."""
    for name, value in values.items():
        db.execute_sql(
            f"INSERT INTO {INFO} (key, value) VALUES ({_P}, {_P}) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [name, value],
        )


def set_blocks(blocks: dict[str, tuple[int, int]]) -> None:
    """Replace the laptop's blocks of these series."""
    for series, (first, last) in blocks.items():
        db.execute_sql(
            f"INSERT INTO {BLOCK} (series, first_number, last_number) VALUES ({_P}, {_P}, {_P}) "
            "ON CONFLICT(series) DO UPDATE SET "
            "first_number = excluded.first_number, last_number = excluded.last_number",
            [series, first, last],
        )


def set_versions(models: Sequence[type[BaseModel]], versions: dict[str, dict[str, int]]) -> None:
    """Give the laptop's rows the edit versions the office gave them (inside the caller's transaction)."""
    by_table = {model._meta.table_name: model for model in models}
    for table, keyed in versions.items():
        model = by_table.get(table)
        if model is None or "version" not in model._meta.columns:
            continue
        key = str(getattr(model._meta.primary_key, "column_name", "id"))
        db.obj.cursor().executemany(
            f"UPDATE {_q(table)} SET {_q('version')} = ? WHERE {_q(key)} = ?",
            [(version, row_key) for row_key, version in keyed.items()],
        )
