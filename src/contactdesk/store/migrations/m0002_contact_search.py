"""Version 2: a casefolded search_text column on contacts and indexes for the sortable columns.

Version 1 searched names only; people also look for a city, an e-mail or a number.
"""

from __future__ import annotations

from typing import Any

from playhouse.migrate import SchemaMigrator, migrate

from contactdesk.store.db import db
from contactdesk.store.models import Contact
from contactdesk.store.search import search_text_for

_BATCH = 2000


def apply() -> None:
    """Add the column, fill it in batches, and add the indexes."""
    # Plain ALTER TABLE (valid in SQLite and PostgreSQL): peewee's add_column would add NOT NULL
    # afterwards, which SQLite can only do by rebuilding the table, and that trips the foreign keys.
    db.execute_sql("ALTER TABLE contact ADD COLUMN search_text VARCHAR(400) NOT NULL DEFAULT ''")
    migrator = SchemaMigrator.from_database(db.obj)
    migrate(
        migrator.add_index("contact", ("city", "id"), False),
        migrator.add_index("contact", ("post_code", "id"), False),
        migrator.add_index("contact", ("country_code", "id"), False),
    )
    last_id = 0
    while True:
        rows: list[tuple[Any, ...]] = list(
            Contact.select(
                Contact.id,
                Contact.no,
                Contact.name,
                Contact.company_name,
                Contact.city,
                Contact.post_code,
                Contact.email,
                Contact.phone_no,
            )
            .where(Contact.id > last_id)
            .order_by(Contact.id)
            .limit(_BATCH)
            .tuples()  # type: ignore[arg-type]
        )
        if not rows:
            break
        for row_id, *parts in rows:
            text = search_text_for(*parts)
            Contact.update(search_text=text).where(Contact.id == row_id).execute()
        last_id = rows[-1][0]
