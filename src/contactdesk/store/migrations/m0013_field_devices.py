"""Version 13: the office records each field laptop checked out of it and the blocks of numbers it was given
(issue 14), so no other laptop or office user takes those numbers."""

from __future__ import annotations

from contactdesk.store.db import db
from contactdesk.store.models import FieldDevice, FieldNumberBlock


def apply() -> None:
    """Create the two tables."""
    db.create_tables([FieldDevice, FieldNumberBlock])
