"""A laptop's outbox as the operations a push sends: the rows read in order, several changes of one row merged.

A card save writes two rows (the version bump, then the values), and a row made and changed offline has
an insert and updates: the office needs one operation per row. Merging keeps every operation id, so the
office can mark each applied (a repeated push then skips all of them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from contactdesk.store import field_sqlite
from contactdesk.store.db import db


@dataclass
class Op:
    """One row's change: insert (changes: every column), update (changes and old values) or delete."""

    uuids: list[str]
    table: str
    row_id: Any
    kind: str
    changes: dict[str, Any]
    before: dict[str, Any] | None
    created_at: str = ""
    position: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def read() -> tuple[list[dict[str, Any]], int]:
    """Every outbox row, oldest first, with its JSON parsed; and the highest outbox id (0: empty)."""
    cursor = db.execute_sql(
        f"SELECT id, op_uuid, table_name, row_id, operation, changes, before, created_at FROM {field_sqlite.OUTBOX} "
        "ORDER BY id"
    )
    rows = []
    for key, uuid, table, row_id, kind, changes, before, created in cursor.fetchall():
        rows.append(
            {
                "id": int(key),
                "op_uuid": str(uuid),
                "table": str(table),
                "row_id": row_id,
                "kind": str(kind),
                "changes": json.loads(changes) if changes else {},
                "before": json.loads(before) if before else None,
                "created_at": str(created or ""),
            }
        )
    return rows, (rows[-1]["id"] if rows else 0)


def _drop_local(table: str, values: dict[str, Any] | None) -> None:
    for column in field_sqlite.LOCAL_COLUMNS.get(table, ()):
        if values is not None:
            values.pop(column, None)


def merge(rows: list[dict[str, Any]]) -> list[Op]:
    """One operation per row, in the order of each row's first change (a parent before its children)."""
    ops: dict[tuple[str, str], Op] = {}
    order: list[Op] = []
    for row in rows:
        key = (row["table"], str(row["row_id"]))
        changes, before = dict(row["changes"] or {}), row["before"]
        _drop_local(row["table"], changes)
        _drop_local(row["table"], before)
        found = ops.get(key)
        if found is None:
            op = Op([row["op_uuid"]], row["table"], row["row_id"], row["kind"], changes, before, row["created_at"])
            op.position = len(order)
            ops[key] = op
            order.append(op)
            continue
        found.uuids.append(row["op_uuid"])
        found.created_at = row["created_at"]
        if row["kind"] == "delete":
            # Made and removed offline: the office never needs to hear of it; a change then a delete is a delete.
            found.kind = "gone" if found.kind in ("insert", "gone") else "delete"
            found.before = before if found.kind == "delete" and found.before is None else found.before
            found.changes = changes
        elif row["kind"] == "insert" and found.kind == "gone":  # a number used again after its row went
            found.kind, found.changes, found.before = "insert", changes, None
        elif row["kind"] == "insert":
            # The office's row was deleted and its key used again: the delete goes first, then a new row.
            found.uuids.pop()
            found.extra["early"] = True
            op = Op([row["op_uuid"]], row["table"], row["row_id"], "insert", changes, None, row["created_at"])
            op.position = len(order)
            ops[key] = op
            order.append(op)
        else:
            found.changes.update(changes)
            if found.kind == "update" and before:
                merged = dict(before)
                merged.update(found.before or {})  # the oldest known value is what the office had
                found.before = merged
    return order
