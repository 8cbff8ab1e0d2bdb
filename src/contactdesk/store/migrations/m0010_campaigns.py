"""Version 10: campaigns can be activated, and an activated campaign keeps a target group of companies."""

from __future__ import annotations

from contactdesk.store.db import db, is_sqlite
from contactdesk.store.models import CampaignTargetGroup


def apply() -> None:
    """Add campaign.activated and create the target-group table."""
    false = "0" if is_sqlite() else "false"
    # A database set back to an older version (tests do) may have the column already.
    if "activated" not in {column.name for column in db.get_columns("campaign")}:
        # Plain ALTER TABLE on both engines: peewee's add_column would rebuild the SQLite table.
        db.execute_sql(f'ALTER TABLE "campaign" ADD COLUMN "activated" BOOLEAN NOT NULL DEFAULT {false}')
    db.create_tables([CampaignTargetGroup])
