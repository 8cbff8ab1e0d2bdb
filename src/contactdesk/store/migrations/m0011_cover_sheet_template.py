"""Version 11: Marketing Setup names the interaction template of cover-sheet entries (issue 12 §4)."""

from __future__ import annotations

from contactdesk.store.db import db


def apply() -> None:
    """Add the column (blank: cover sheets log nothing until a template is chosen)."""
    if "cover_sheet_template_code" in {column.name for column in db.get_columns("marketing_setup")}:
        return  # a database taken back to an older version in a test keeps its newer columns
    # Plain ALTER TABLE (SQLite and PostgreSQL alike): peewee's add_column would rebuild the SQLite table.
    db.execute_sql(
        'ALTER TABLE "marketing_setup" ADD COLUMN "cover_sheet_template_code" VARCHAR(20) NOT NULL DEFAULT \'\''
    )
