"""Version 9: on PostgreSQL, (column, id) indexes for the Contacts list's sort keys (store.list_indexes).

Nothing changes in a SQLite file: its indexes already carry the id.
"""

from __future__ import annotations

from contactdesk.store import list_indexes


def apply() -> None:
    """Create the indexes."""
    list_indexes.create()
