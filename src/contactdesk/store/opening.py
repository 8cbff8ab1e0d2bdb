"""Open a database by path or URL: check it, bind it, bring its schema up to date."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, OperationalError

from contactdesk.store import db as store_db
from contactdesk.store.errors import NotADatabaseError, ReadOnlyDatabaseError
from contactdesk.store.migrations import MigrationResult, migrate


@dataclass(frozen=True)
class OpenedDatabase:
    """The bound database and what migrating it did."""

    database: Database
    path: Path | None
    migration: MigrationResult


def _check_writable(path: Path) -> None:
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(f"{path} is read-only", str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not os.access(folder, os.W_OK):
        raise ReadOnlyDatabaseError(f"the folder {folder} is read-only", str(path))


def open_database(target: str | Path, busy_timeout_ms: int = 5000) -> OpenedDatabase:
    """Bind the app to `target` (a file path or URL) and migrate it; raise a typed error if unusable."""
    path = store_db.sqlite_path_from(target)
    if path is not None:
        path = path.expanduser()
        _check_writable(path)
    database = store_db.make_database(path if path is not None else target, busy_timeout_ms)
    store_db.close()
    store_db.bind(database)
    try:
        result = migrate(path)
    except OperationalError as exc:
        store_db.close()
        raise store_db.translate_operational_error(exc, str(path or target)) from exc
    except sqlite3.DatabaseError as exc:
        store_db.close()
        raise NotADatabaseError(str(exc), str(path or target)) from exc
    return OpenedDatabase(database, path, result)
