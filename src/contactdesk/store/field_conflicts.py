"""A field laptop's conflicts: what a sync could not merge by itself, kept in the laptop file until a person decides.

Kinds:
- "field": the same field was changed on the laptop and in the office. The office value stands; the laptop's
  value is kept here.
- "restored": the office had deleted a row the laptop changed or used (e.g. logged an interaction for a
  deleted contact); the office row was restored so nothing is lost. Delete it again if it should go.
- "gone": the office had deleted the row (or a row it refers to) and keeps nothing to restore it from, e.g. the
  lines of a segment the office logged meanwhile; the laptop's values are kept here.
- "refused": the office refused the change (e.g. a staff login changed setup); the laptop's values are kept here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from contactdesk.store.db import db

CONFLICTS = "field_conflict"
_P = "?"  # a laptop is always SQLite
TABLE_SQL = (
    f"CREATE TABLE IF NOT EXISTS {CONFLICTS} (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
    "table_name TEXT NOT NULL, row_key TEXT NOT NULL, column_name TEXT NOT NULL DEFAULT '', "
    "laptop_value TEXT, office_value TEXT, laptop_login TEXT NOT NULL DEFAULT '', "
    "laptop_changed_at TEXT NOT NULL DEFAULT '', office_login TEXT NOT NULL DEFAULT '', "
    "office_changed_at TEXT NOT NULL DEFAULT '', "
    "found_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now')), "
    "resolved_at TEXT, resolution TEXT NOT NULL DEFAULT '')"
)
_COLUMNS = (
    "kind",
    "table_name",
    "row_key",
    "column_name",
    "laptop_value",
    "office_value",
    "laptop_login",
    "laptop_changed_at",
    "office_login",
    "office_changed_at",
)


@dataclass(frozen=True)
class ConflictRecord:
    """One conflict. Values are JSON text (None: no value on that side, e.g. a deleted row)."""

    kind: str
    table_name: str
    row_key: str
    column_name: str = ""
    laptop_value: str | None = None
    office_value: str | None = None
    laptop_login: str = ""
    laptop_changed_at: str = ""
    office_login: str = ""
    office_changed_at: str = ""
    id: int = 0
    found_at: str = ""
    resolved_at: str | None = None
    resolution: str = ""


def ensure_table() -> None:
    """Create the conflict table in the bound laptop file (laptops checked out before it existed lack it)."""
    db.execute_sql(TABLE_SQL)


def record(conflicts: Sequence[ConflictRecord]) -> None:
    """Add conflicts (inside the caller's transaction)."""
    marks = ", ".join(_P for _ in _COLUMNS)
    sql = f"INSERT INTO {CONFLICTS} ({', '.join(_COLUMNS)}) VALUES ({marks})"
    for conflict in conflicts:
        db.execute_sql(sql, [getattr(conflict, name) for name in _COLUMNS])


def _select(where: str, params: Sequence[object]) -> list[ConflictRecord]:
    names = ("id", *_COLUMNS, "found_at", "resolved_at", "resolution")
    cursor = db.execute_sql(f"SELECT {', '.join(names)} FROM {CONFLICTS} {where} ORDER BY id", list(params))
    return [ConflictRecord(**dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def open_conflicts() -> list[ConflictRecord]:
    """Conflicts not yet resolved, oldest first (none when the table does not exist yet)."""
    if not _exists():
        return []
    return _select("WHERE resolved_at IS NULL", [])


def conflict(conflict_id: int) -> ConflictRecord | None:
    """One conflict by id."""
    found = _select(f"WHERE id = {_P}", [conflict_id]) if _exists() else []
    return found[0] if found else None


def mark_resolved(conflict_id: int, resolution: str) -> None:
    """Mark a conflict resolved ("office", "laptop", "edited", "kept", "deleted"; inside the caller's transaction)."""
    db.execute_sql(
        f"UPDATE {CONFLICTS} SET resolved_at = strftime('%Y-%m-%d %H:%M:%S', 'now'), resolution = {_P} WHERE id = {_P}",
        [resolution, conflict_id],
    )


def open_count() -> int:
    """How many conflicts wait for a person."""
    if not _exists():
        return 0
    return int(db.execute_sql(f"SELECT COUNT(*) FROM {CONFLICTS} WHERE resolved_at IS NULL").fetchone()[0])


def _exists() -> bool:
    row = db.execute_sql(f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = {_P}", [CONFLICTS]).fetchone()
    return row is not None
