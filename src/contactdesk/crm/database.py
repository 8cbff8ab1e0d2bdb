"""Which database the app works on: open it, switch to another, name it.

The faces (GUI, command line) go through here rather than into store/, so the rules live in one place:
only an action that makes a database may create one, and a failed switch leaves the previous one bound.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from contactdesk.paths import default_database_path
from contactdesk.store import db as store_db
from contactdesk.store.location import DatabaseLocation, parse_location
from contactdesk.store.opening import OpenedDatabase, open_database

__all__ = [
    "DatabaseLocation",
    "OpenedDatabase",
    "connection",
    "default_location",
    "open_location",
    "parse_location",
    "switch_to",
]


def default_location() -> DatabaseLocation:
    """The user's own database in the data folder."""
    return parse_location(default_database_path())


def open_location(target: str | Path | DatabaseLocation, *, create: bool = False) -> OpenedDatabase:
    """Open (and migrate) a database; create it only when asked to (raises DatabaseMissingError otherwise)."""
    return open_database(target, create=create)


def switch_to(target: str | Path | DatabaseLocation, *, create: bool = False) -> OpenedDatabase:
    """Open another database; when that fails, the one that was open stays bound and the error goes up."""
    previous = store_db.db.obj
    try:
        opened = open_database(target, create=create)
    except BaseException:
        if previous is not None:
            store_db.db.initialize(previous)
            store_db.db.connect(reuse_if_open=True)
        raise
    if previous is not None and previous is not opened.database and not previous.is_closed():
        previous.close()
    return opened


@contextmanager
def connection() -> Iterator[None]:
    """A connection of its own for a worker thread, closed when the work ends."""
    with store_db.db.connection_context():
        yield
