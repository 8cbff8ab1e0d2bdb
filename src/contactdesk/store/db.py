"""The single database object: chosen by URL, SQLite by default, with the pragmas we rely on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import Database, DatabaseProxy, OperationalError, PostgresqlDatabase, ProgrammingError, SqliteDatabase

from contactdesk.store.errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    LoginRefusedError,
    NotADatabaseError,
    PasswordNeededError,
    PasswordRefusedError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    ServerNotTrustedError,
    ServerUnreachableError,
    UnsupportedDatabaseUrlError,
)
from contactdesk.store.location import DatabaseLocation

db = DatabaseProxy()

SQLITE_PRAGMAS: dict[str, Any] = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -32000,
}
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_sqlite_file(path: Path, create: bool = False) -> None:
    """Refuse a file that is not SQLite, and a missing one unless we are asked to create it."""
    if path.exists():
        if path.is_dir():
            raise NotADatabaseError(f"{path} is a folder, not a database file", str(path))
        if path.stat().st_size > 0:
            with path.open("rb") as handle:
                if handle.read(16) != _SQLITE_MAGIC:
                    raise NotADatabaseError(f"{path} is not a ContactDesk database", str(path))
        return
    if not create:
        # A mistyped path must not leave folders and an empty database behind.
        raise DatabaseMissingError(f"no database at {path}", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)


def make_database(
    location: DatabaseLocation, busy_timeout_ms: int = 5000, create: bool = False, password: str | None = None
) -> Database:
    """Build (not yet bind) a peewee database for a parsed location (password: for a server, unless the URL has one)."""
    if location.scheme == "sqlite":
        if location.path is not None:
            check_sqlite_file(location.path, create)
        pragmas = {**SQLITE_PRAGMAS, "busy_timeout": busy_timeout_ms}
        # IMMEDIATE: a write transaction takes the write lock at BEGIN, so two writers queue
        # instead of failing half-way when one of them upgrades from reading to writing.
        return SqliteDatabase(
            str(location.path) if location.path is not None else ":memory:",
            pragmas=pragmas,
            lock_type="IMMEDIATE",
            timeout=busy_timeout_ms / 1000,
            check_same_thread=False,
        )
    from playhouse.db_url import connect as connect_url
    from playhouse.db_url import parse

    from contactdesk.store import pg_driver, server

    pg_driver.load()  # peewee was imported without it (pg_driver.import_peewee)

    try:
        options: dict[str, Any] = {}
        if location.scheme.startswith("postgres"):
            options = server.connect_options(parse(location.url, unquote_password=True), password)
        # unquote: a password or user name with @ : / in it is written %40 %3A %2F in a URL.
        database: Database = connect_url(location.url, unquote_password=True, unquote_user=True, **options)
        server.mark_tls_choice(database, options.get("sslmode") == "verify-full")
    except (RuntimeError, ValueError, KeyError, ImportError) as exc:
        raise UnsupportedDatabaseUrlError(
            f"unsupported database URL {location.display}: {exc}", location.display
        ) from exc
    if isinstance(database, PostgresqlDatabase):
        # A lock held by another session (a long transaction, a client stuck half-way) is waited for as long
        # as SQLite's busy timeout, then refused, instead of hanging the window for good; the URL may say otherwise.
        database.connect_params.setdefault("options", f"-c lock_timeout={int(busy_timeout_ms)}")
    return database


def bind(database: Database, label: str = "") -> Database:
    """Make `database` the one every model uses, and connect to it (label: where it is, for messages)."""
    db.initialize(database)
    where = label or str(database.database)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT 1")
    except OperationalError as exc:
        raise translate_operational_error(exc, where) from exc
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(str(exc), where) from exc
    return database


_SERVER_GONE = (
    "connection refused",
    "failed to resolve host",
    "could not translate host",
    "timeout expired",
    "no route to host",
    "network is unreachable",
    "server closed the connection",
    "could not connect",
)
# libpq's words for a server that could not prove who it is, and what each means (ServerNotTrustedError).
_NOT_TRUSTED = (
    ("does not match host name", "name"),
    ("root certificate file", "no_root"),
    ("certificate verify failed", "unknown"),
    ("server does not support ssl", "no_tls"),
)
_LOGIN_REFUSED = (
    "password authentication failed",
    "no password supplied",
    "pg_hba.conf",
    'role "',
    # A login that is no member of ContactDesk's groups (or was deactivated) may not connect.
    "permission denied for database",
)
# PostgreSQL's insufficient_privilege: the login's role may not do this (psycopg raises it as ProgrammingError).
_NO_PRIVILEGE = "42501"


def is_permission_denied(exc: Exception) -> bool:
    """True when the server refused a statement because of the login's permissions."""
    # peewee keeps the driver's exception as .orig (psycopg's carries the SQLSTATE).
    original = getattr(exc, "orig", None) or exc.__context__
    code = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    return code == _NO_PRIVILEGE


def _server_reason(exc: Exception) -> str:
    """The driver's reason in one line: libpq adds a hint on a second line and names host and port first."""
    lines = str(exc).strip().splitlines()
    reason = lines[0].rsplit(" failed: ", 1)[-1] if lines else ""
    return reason.removeprefix("FATAL:").strip()


def translate_operational_error(exc: Exception, path: str = "") -> Exception:
    """Map the engine's wording (SQLite's, PostgreSQL's) to our typed errors so the UI can say what to do."""
    text = str(exc).lower()
    for marker, reason in _NOT_TRUSTED:
        if marker in text:
            # libpq's advice spans lines; the command line prints one.
            detail = " ".join(str(exc).split())
            return ServerNotTrustedError(f"cannot trust the database server of {path}: {detail}", path, reason)
    if "no password supplied" in text:
        return PasswordNeededError(f"the database server for {path} needs a password: {_server_reason(exc)}", path)
    if "password authentication failed" in text:
        return PasswordRefusedError(f"the database server refused the password for {path}: {_server_reason(exc)}", path)
    if 'database "' in text and "does not exist" in text:
        return DatabaseMissingError(f"no database at {path}", path)
    # One line each (the command line prints the message as it is), without the password.
    if any(marker in text for marker in _LOGIN_REFUSED):
        return LoginRefusedError(f"the database server refused the login for {path}: {_server_reason(exc)}", path)
    if any(marker in text for marker in _SERVER_GONE):
        return ServerUnreachableError(f"cannot reach the database server for {path}: {_server_reason(exc)}", path)
    if "permission denied" in text:
        return PermissionDeniedError(str(exc), path)
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return DatabaseLockedError(str(exc), path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyDatabaseError(str(exc), path)
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return NotADatabaseError(str(exc), path)
    return exc


def database_file() -> Path | None:
    """The file behind the bound SQLite database; None for a server database or an in-memory one."""
    if db.obj is None or not is_sqlite():
        return None
    name = str(db.obj.database)
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def is_sqlite() -> bool:
    """True when the bound database is SQLite (some pragmas and backups only apply there)."""
    return isinstance(db.obj, SqliteDatabase)


def engine_name() -> str:
    """The bound database's engine and its version ("SQLite 3.40.1", "PostgreSQL 15.4"); "" when none is bound."""
    if db.obj is None:
        return ""
    if is_sqlite():
        return f"SQLite {sqlite3.sqlite_version}"
    row = db.execute_sql("SHOW server_version").fetchone()
    return f"PostgreSQL {str(row[0]).split()[0]}"


@contextmanager
def write_transaction() -> Iterator[None]:
    """One user action = one transaction; SQLite's typed errors are translated on the way out."""
    try:
        with db.atomic():
            yield
    except OperationalError as exc:
        raise translate_operational_error(exc, str(getattr(db.obj, "database", ""))) from exc
    except ProgrammingError as exc:
        if is_permission_denied(exc):
            raise PermissionDeniedError(str(exc), str(getattr(db.obj, "database", ""))) from exc
        raise


def close() -> None:
    """Close the connection of the calling thread, if any."""
    if db.obj is not None and not db.is_closed():
        db.close()
