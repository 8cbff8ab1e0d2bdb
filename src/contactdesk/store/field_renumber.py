"""On the laptop, after a push: the rows it made move to the ids the office gave them.

The key and every column that refers to it move together inside the push's laptop transaction (foreign
keys checked at commit: `defer_foreign_keys`). Each moves first to the negative of its new id, then all
turn positive, so a new id that some other moving row still holds never clashes. The contacts' text
index follows, and so do the ids an undo snapshot keeps in its JSON.
"""

from __future__ import annotations

from collections.abc import Sequence

from contactdesk.store import fulltext
from contactdesk.store.db import db
from contactdesk.store.field_ids import SNAPSHOT, UNDO_TABLE, IdMap, references, translate_snapshot
from contactdesk.store.models import BaseModel

_MOVED = "temp.field_moved"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def renumber(ids: IdMap, models: Sequence[type[BaseModel]]) -> int:
    """Move every local id in `ids` (table -> {local: office}) to its office id; returns the rows moved."""
    moved = {table: {k: v for k, v in pairs.items() if k != v} for table, pairs in ids.items()}
    moved = {table: pairs for table, pairs in moved.items() if pairs}
    if not moved:
        return 0
    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    db.execute_sql(
        "CREATE TEMP TABLE IF NOT EXISTS field_moved (tbl TEXT, old INTEGER, new INTEGER, PRIMARY KEY (tbl, old))"
    )
    db.execute_sql(f"DELETE FROM {_MOVED}")
    db.cursor().executemany(
        f"INSERT INTO {_MOVED} (tbl, old, new) VALUES (?, ?, ?)",
        [(table, old, new) for table, pairs in moved.items() for old, new in pairs.items()],
    )
    index = "contact" in moved and fulltext.available()
    if index:  # the index keys contacts by id: take the old entries out while their text is still known
        db.execute_sql(
            f"INSERT INTO {fulltext.TABLE}({fulltext.TABLE}, rowid, search_text) SELECT 'delete', id, search_text "
            f"FROM contact WHERE id IN (SELECT old FROM {_MOVED} WHERE tbl = 'contact')"
        )
    columns: list[tuple[str, str]] = []
    for model in models:
        table = model._meta.table_name
        for column, target in references(model).items():
            if target in moved:
                columns.append((table, column))
                _move(table, column, target)
        if table in moved:
            key = str(getattr(model._meta.primary_key, "column_name", "id"))
            columns.append((table, key))
            _move(table, key, table)
    for table, column in columns:
        db.execute_sql(f"UPDATE {_q(table)} SET {_q(column)} = -{_q(column)} WHERE {_q(column)} < 0")
    if index:
        db.execute_sql(
            f"INSERT INTO {fulltext.TABLE}(rowid, search_text) SELECT id, search_text FROM contact "
            f"WHERE id IN (SELECT new FROM {_MOVED} WHERE tbl = 'contact')"
        )
    _snapshots(moved)
    return sum(len(pairs) for pairs in moved.values())


def _move(table: str, column: str, target: str) -> None:
    db.execute_sql(
        f"UPDATE {_q(table)} SET {_q(column)} = "
        f"-(SELECT new FROM {_MOVED} m WHERE m.tbl = ? AND m.old = {_q(table)}.{_q(column)}) "
        f"WHERE {_q(column)} IN (SELECT old FROM {_MOVED} WHERE tbl = ?)",
        (target, target),
    )


def _snapshots(moved: IdMap) -> None:
    """The ids inside each undo snapshot follow too (the snapshot is JSON: no foreign key sees them)."""
    found = db.execute_sql(f"SELECT id, {SNAPSHOT} FROM {UNDO_TABLE}").fetchall()
    changed = []
    for key, text in found:
        new = translate_snapshot(str(text), moved)
        if new != text:
            changed.append((new, key))
    if changed:
        db.cursor().executemany(f"UPDATE {UNDO_TABLE} SET {SNAPSHOT} = ? WHERE id = ?", changed)
