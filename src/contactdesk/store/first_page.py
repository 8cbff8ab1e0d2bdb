"""The first page of a list read with the sqlite3 module alone, before peewee and the models are imported.

A window on a database file shows its first rows about 50 ms sooner this way (crm/first_contacts.py); the
full store takes over right after the first paint. Only a ContactDesk file at the current schema version
qualifies: anything else (a missing or newer file, one to migrate, a server database) returns None and takes
the ordinary way, which says what is wrong.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from contactdesk.store.schema_steps import LATEST


def read_first_page(
    path: Path, table: str, columns: Sequence[str], order: Sequence[str], limit: int
) -> tuple[int, list[tuple[Any, ...]]] | None:
    """(row count, the first `limit` rows of `columns` in `order`) of a current database file; else None.

    The names come from the list's own column tables (crm.contact_data), never from a user.
    """
    if not path.is_file():
        return None
    try:
        # Read only: this start must never create, change or lock the file the full store opens next.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT max(version) FROM schema_version").fetchone()
        if version is None or version[0] != LATEST:
            return None
        count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608 - our names
        names = ", ".join(f'"{name}"' for name in columns)
        keys = ", ".join(f'"{name}"' for name in order)
        rows = connection.execute(
            f'SELECT {names} FROM "{table}" ORDER BY {keys} LIMIT ?',  # noqa: S608 - our names
            (limit,),
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return int(count), rows
