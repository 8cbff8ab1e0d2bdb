"""Reaching the office from a field laptop for a sync: connect only, never bind, never migrate.

The laptop stays bound as `db` (the window may be using it in another thread); the office is a peewee
Database of its own that the sync talks to with SQL. Its password is looked for as everywhere else
(crm/database.py): the address, libpq's places (PGPASSWORD, ~/.pgpass), then the keychain.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from peewee import Database, OperationalError

from contactdesk.crm import office_login
from contactdesk.crm.field.errors import SyncRefusedError
from contactdesk.store import db as store_db
from contactdesk.store import server
from contactdesk.store.errors import (
    LoginRefusedError,
    PasswordNeededError,
    PasswordRefusedError,
    ServerUnreachableError,
    StoreError,
)
from contactdesk.store.location import DatabaseLocation, parse_location


def _connect(location: DatabaseLocation, password: str | None) -> Database:
    database = store_db.make_database(location, password=password)
    try:
        try:
            database.connect()
        except OperationalError as exc:
            raise store_db.translate_operational_error(exc, location.display) from exc
    except StoreError as problem:
        if not (server.chose_tls(database) and server.is_no_tls(problem)):
            raise
        # As when opening the office in the app: a server without TLS at all, and verify-full was our choice.
        server.without_tls(database)
        try:
            database.connect()
        except OperationalError as exc:
            raise store_db.translate_operational_error(exc, location.display) from exc
    return database


def _refused(location: DatabaseLocation, problem: StoreError) -> SyncRefusedError:
    if isinstance(problem, ServerUnreachableError):
        return SyncRefusedError(
            f"cannot reach the office database {location.display}; connect to the office network (or VPN) "
            "and sync again",
            "unreachable",
        )
    return SyncRefusedError(
        f"the office database {location.display} refused your login ({problem}); give your password "
        "(PGPASSWORD, ~/.pgpass or the keychain) and sync again",
        "login_refused",
    )


def saved_url(location: DatabaseLocation) -> str:
    """The office's address to keep in the laptop file: without its password (that stays in libpq or the keychain)."""
    if location.is_file:
        return location.display
    parts = urlsplit(location.url)
    host = parts.netloc.rpartition("@")[2]
    user = parts.netloc.rpartition("@")[0].split(":", 1)[0] if "@" in parts.netloc else ""
    return urlunsplit((parts.scheme, f"{user}@{host}" if user else host, parts.path, parts.query, parts.fragment))


def open_office(url: str, password: str | None = None) -> Database:
    """A connected office database (not bound); SyncRefusedError for a SQLite office or one that cannot be reached."""
    location = parse_location(url)
    if location.is_file or not location.scheme.startswith("postgres"):
        raise SyncRefusedError(
            f"the office database {location.display} is a SQLite file: field sync needs a PostgreSQL office",
            "sqlite_office",
        )
    try:
        if password is not None or office_login.password_in_url(location):
            return _connect(location, password)
        try:
            return _connect(location, None)
        except (PasswordNeededError, PasswordRefusedError):
            login = office_login.OfficeLogin.from_url(location)
            kept = office_login.find_password(login) if login is not None else None
            if kept is None:
                raise
            return _connect(location, kept)
    except (LoginRefusedError, ServerUnreachableError) as problem:
        raise _refused(location, problem) from problem
