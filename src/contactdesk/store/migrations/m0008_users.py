"""Version 8: the user setup (login → salesperson and role), for the office database's own logins."""

from __future__ import annotations

from contactdesk.store.db import db
from contactdesk.store.models import AppUser


def apply() -> None:
    """Create the table."""
    db.create_tables([AppUser])
