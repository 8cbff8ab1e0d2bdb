"""Version 4: copies of the lines a criteria action removed, so Go Back restores them exactly."""

from __future__ import annotations

from contactdesk.store.db import db
from contactdesk.store.models import SegmentHistoryLine


def apply() -> None:
    """Create the table (and its index)."""
    db.create_tables([SegmentHistoryLine])
