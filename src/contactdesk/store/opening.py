"""Open a database by path or URL: check it, bind it, bring its schema up to date."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, OperationalError, ProgrammingError

from contactdesk.store import db as store_db
from contactdesk.store import server
from contactdesk.store.errors import (
    NotADatabaseError,
    NotInitialisedError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    ServerNotTrustedError,
)
from contactdesk.store.location import DatabaseLocation, parse_location
from contactdesk.store.migrations import MigrationResult, migrate


@dataclass(frozen=True)
class OpenedDatabase:
    """The bound database, where it is, and what migrating it did."""

    database: Database
    location: DatabaseLocation
    migration: MigrationResult
    security: server.ConnectionSecurity = server.ConnectionSecurity.FILE

    @property
    def path(self) -> Path | None:
        """The SQLite file; None for a server database."""
        return self.location.path

    @property
    def target(self) -> str:
        """What to give --db (or open_database) to open this database again: the file path or the URL."""
        return str(self.location.path) if self.location.path is not None else self.location.url


def _check_writable(path: Path) -> None:
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(f"{path} is read-only", str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not os.access(folder, os.W_OK):
        raise ReadOnlyDatabaseError(f"the folder {folder} is read-only", str(path))


def _bind(database: Database, label: str) -> None:
    try:
        store_db.bind(database, label)
    except ServerNotTrustedError as problem:
        # Only "the server does not do TLS at all", and only when verify-full was our choice, not the
        # address's: then connect without, and the window says so (server.py).
        if not (server.chose_tls(database) and server.is_no_tls(problem)):
            raise
        server.without_tls(database)
        store_db.bind(database, label)


def open_database(
    target: str | Path | DatabaseLocation,
    busy_timeout_ms: int = 5000,
    *,
    create: bool = False,
    password: str | None = None,
    language: str = "en",
) -> OpenedDatabase:
    """Bind the app to `target` (a file path or URL) and migrate it; raise a typed error if unusable.

    Only an action that means to make a new database passes create=True; otherwise a path that does
    not exist is refused (DatabaseMissingError) instead of leaving an empty file behind. password is
    for a server whose URL carries none (libpq's own places are looked at when it is None). A database made
    here names its number series, salutations and countries in `language`.
    """
    location = parse_location(target)
    path = location.path
    database = store_db.make_database(location, busy_timeout_ms, create, password)
    if path is not None:
        _check_writable(path)
    store_db.close()
    _bind(database, location.display)
    try:
        result = migrate(path, create=create, label=location.display, language=language)
    except NotInitialisedError:
        store_db.close()
        raise
    except OperationalError as exc:
        store_db.close()
        raise store_db.translate_operational_error(exc, location.display) from exc
    except sqlite3.DatabaseError as exc:
        store_db.close()
        raise NotADatabaseError(str(exc), location.display) from exc
    except ProgrammingError as exc:
        store_db.close()
        # An office database with an older schema: only its owner may change the tables.
        if store_db.is_permission_denied(exc):
            raise PermissionDeniedError(str(exc), location.display) from exc
        raise
    return OpenedDatabase(database, location, result, server.connection_security(database))
