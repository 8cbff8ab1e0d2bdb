"""Version 12: the documents a logging's undo snapshot refers to are recorded beside it, so they are kept
while it can be undone and deleted with it (issue 12: no orphaned documents)."""

from __future__ import annotations

import json
from typing import Any

from contactdesk.store.db import db
from contactdesk.store.models import Attachment, LoggedSegmentDocument, LoggedSegmentUndo

# Tables of a snapshot (crm/log_snapshot.py) that hold an attachment id, and its column there.
_COLUMNS = {
    "segment": "modified_word_template_id",
    "languages": "attachment_id",
    "skipped": "attachment_id",
    "history_lines": "attachment_id",
}


def _documents(snapshot: str) -> set[int]:
    try:
        data: dict[str, Any] = json.loads(snapshot)
    except ValueError:
        return set()
    found: set[int] = set()
    for name, column in _COLUMNS.items():
        table = data.get(name) or {}
        columns = list(table.get("columns") or [])
        if column in columns:
            at = columns.index(column)
            found.update(int(row[at]) for row in table.get("rows") or [] if row[at] is not None)
    return found


def apply() -> None:
    """Create the table and fill it from the undo records already kept (only documents that still exist)."""
    db.create_tables([LoggedSegmentDocument])
    ids: Any = Attachment.select(Attachment.id)
    existing = {int(value) for (value,) in ids.tuples()}
    undo: Any = LoggedSegmentUndo.select(LoggedSegmentUndo.logged_segment, LoggedSegmentUndo.snapshot)
    for logged_id, snapshot in undo.tuples():
        rows = [{"logged_segment": logged_id, "attachment": key} for key in sorted(_documents(snapshot) & existing)]
        if rows:
            LoggedSegmentDocument.insert_many(rows).on_conflict_ignore().execute()
