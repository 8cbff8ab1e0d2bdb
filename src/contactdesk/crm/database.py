"""Which database the app works on: open it, switch to another, name it.

The faces (GUI, command line) go through here rather than into store/, so the rules live in one place:
only an action that makes a database may create one, a failed switch leaves the previous one bound,
and an office database's password is looked for in the same order everywhere (office_login.py): the
address, libpq's own places, the keychain; a face that can ask the user passes what was typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from peewee import OperationalError

from contactdesk.crm import office_login
from contactdesk.paths import default_database_path
from contactdesk.store import db as store_db
from contactdesk.store import migrations
from contactdesk.store.errors import LoginRefusedError, PasswordNeededError, PasswordRefusedError
from contactdesk.store.location import DatabaseLocation, parse_location
from contactdesk.store.opening import OpenedDatabase, open_database
from contactdesk.store.server import ConnectionSecurity, connection_security, root_certificate_file

__all__ = [
    "ConnectionSecurity",
    "DatabaseLocation",
    "OpenedDatabase",
    "connection",
    "current_security",
    "default_location",
    "describe_engine",
    "open_location",
    "parse_location",
    "root_certificate_file",
    "switch_to",
]


def default_location() -> DatabaseLocation:
    """The user's own database in the data folder."""
    return parse_location(default_database_path())


def _with_kept_password(
    location: DatabaseLocation, create: bool, refused: LoginRefusedError, language: str
) -> OpenedDatabase:
    """libpq found no password (or a wrong one): try the keychain's; if that fails too, say where to put one."""
    login = office_login.OfficeLogin.from_url(location)
    kept = office_login.find_password(login) if login is not None else None
    if kept is not None:
        return open_database(location, create=create, password=kept, language=language)
    if isinstance(refused, PasswordNeededError):
        raise PasswordNeededError(
            f"the server asks for a password for {location.display}: give it in PGPASSWORD or ~/.pgpass, "
            "keep it in the keychain (the app's Connect to office database), or put it in the address",
            location.display,
        ) from refused
    raise refused


def open_location(
    target: str | Path | DatabaseLocation, *, create: bool = False, password: str | None = None, language: str = "en"
) -> OpenedDatabase:
    """Open (and migrate) a database; create it only when asked to (raises DatabaseMissingError otherwise).

    A database made here names its number series, salutations and countries in `language` (a plain code such as
    "nl"; the face passes the user's language).

    For an office database without a password in its address and none passed here, libpq's places
    (PGPASSWORD, ~/.pgpass) are tried first, then the keychain; PasswordNeededError when none has one.
    """
    location = parse_location(target)
    if location.is_file or password is not None or office_login.password_in_url(location):
        return open_database(location, create=create, password=password, language=language)
    try:
        return open_database(location, create=create, language=language)
    except (PasswordNeededError, PasswordRefusedError) as refused:
        return _with_kept_password(location, create, refused, language)


def switch_to(
    target: str | Path | DatabaseLocation, *, create: bool = False, password: str | None = None, language: str = "en"
) -> OpenedDatabase:
    """Open another database (as open_location); when that fails, the one that was open stays bound."""
    previous = store_db.db.obj
    try:
        opened = open_location(target, create=create, password=password, language=language)
    except BaseException:
        if previous is not None:
            store_db.db.initialize(previous)
            # The user needs to hear why the new one failed; if the old one cannot be reached right now
            # either, the next action there says so.
            with suppress(OperationalError):
                store_db.db.connect(reuse_if_open=True)
        raise
    if previous is not None and previous is not opened.database and not previous.is_closed():
        previous.close()
    return opened


def current_security() -> ConnectionSecurity:
    """How the bound database's data travels (FILE for SQLite; PLAIN means "not encrypted")."""
    if store_db.db.obj is None:
        return ConnectionSecurity.FILE
    store_db.db.connect(reuse_if_open=True)
    return connection_security(store_db.db.obj)


@contextmanager
def connection() -> Iterator[None]:
    """A connection of its own for a worker thread, closed when the work ends."""
    with store_db.db.connection_context():
        yield


@dataclass(frozen=True)
class EngineInfo:
    """What the About box says about the bound database."""

    engine: str  # "SQLite 3.40.1", "PostgreSQL 15.4"; "" when none is bound
    schema_version: int  # the stored migration number (0: no ContactDesk tables)
    latest_schema: int  # the number this version of ContactDesk migrates to


def describe_engine() -> EngineInfo:
    """The bound database's engine, version and schema version."""
    if store_db.db.obj is None:
        return EngineInfo("", 0, migrations.LATEST)
    store_db.db.connect(reuse_if_open=True)
    return EngineInfo(store_db.engine_name(), migrations.current_version(), migrations.LATEST)
