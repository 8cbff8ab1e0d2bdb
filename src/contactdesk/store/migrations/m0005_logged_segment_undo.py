"""Version 5: what undoing a logging needs (the segment as it was), so undo survives a restart."""

from __future__ import annotations

from contactdesk.store.db import db
from contactdesk.store.models import LoggedSegmentUndo


def apply() -> None:
    """Create the table (and its index)."""
    db.create_tables([LoggedSegmentUndo])
