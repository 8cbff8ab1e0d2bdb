"""Version 14: what field laptops sync through (issue 14): the office's change log, the operations it has
applied and the answers it gave, the change log's retention, and each laptop's last sync and pull cursor."""

from __future__ import annotations

from contactdesk.store import field_change_log
from contactdesk.store.db import db
from contactdesk.store.models import FieldAppliedOp, FieldChange, FieldPushResult, FieldSyncState

_DEVICE_COLUMNS = {
    "last_sync_at": "TIMESTAMP NULL",
    "sync_cursor": "BIGINT NOT NULL DEFAULT 0",
}


def apply() -> None:
    """Create the tables, add the device's columns, and start the office's change log (PostgreSQL)."""
    db.create_tables([FieldChange, FieldAppliedOp, FieldPushResult, FieldSyncState])
    existing = {column.name for column in db.get_columns("field_device")}
    for name, kind in _DEVICE_COLUMNS.items():
        if name not in existing:  # a database taken back to an older version in a test keeps its newer columns
            db.execute_sql(f'ALTER TABLE "field_device" ADD COLUMN "{name}" {kind}')
    field_change_log.create()
