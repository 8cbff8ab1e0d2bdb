"""Where a database is: the one parser for everything a user may give as --db (a file path or a URL).

A plain path and a `sqlite:///…` URL both mean a SQLite file; any other URL (`postgresql://…`) is parsed
by peewee's `playhouse.db_url`, the same code that later connects to it, so the GUI, the command line and
the tests can never read one address in two ways.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactdesk.store.errors import UnsupportedDatabaseUrlError

_MEMORY = ":memory:"


@dataclass(frozen=True)
class DatabaseLocation:
    """A parsed --db value: the URL peewee connects to and, for a SQLite file, its path."""

    url: str
    scheme: str
    path: Path | None  # the SQLite file; None for a server database or an in-memory one

    @property
    def is_file(self) -> bool:
        """True for a SQLite database kept in a file."""
        return self.path is not None

    @property
    def display(self) -> str:
        """What to show a user: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return _without_password(self.url)

    @property
    def name(self) -> str:
        """A short name for a window title: the file name, or the server database's name."""
        if self.path is not None:
            return self.path.name
        return self.url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]

    def __str__(self) -> str:
        return self.display


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    return f"{scheme}{sep}{credentials.split(':', 1)[0]}:***@{host}"


def _sqlite_file(path: Path) -> DatabaseLocation:
    path = path.expanduser().resolve()
    return DatabaseLocation(f"sqlite:///{path.as_posix()}", "sqlite", path)


def parse_location(target: str | Path | DatabaseLocation) -> DatabaseLocation:
    """Parse a file path or database URL; UnsupportedDatabaseUrlError for anything peewee cannot open."""
    if isinstance(target, DatabaseLocation):
        return target
    text = str(target).strip()
    if not text:
        raise UnsupportedDatabaseUrlError("no database given")
    if "://" not in text:
        return _sqlite_file(Path(text))
    scheme = text.split("://", 1)[0].lower()
    # Imported only for URLs: playhouse.db_url pulls in every backend (≈10 ms at start-up).
    from playhouse.db_url import parse, schemes

    if scheme not in schemes:
        raise UnsupportedDatabaseUrlError(f"unsupported database address {_without_password(text)}", text)
    try:
        parts = parse(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise UnsupportedDatabaseUrlError(
            f"cannot read the database address {_without_password(text)}: {exc}", text
        ) from exc
    if scheme.startswith("sqlite"):
        database = str(parts.get("database") or "")
        if not database:
            raise UnsupportedDatabaseUrlError(f"the address {text} names no database file", text)
        if database == _MEMORY:
            return DatabaseLocation(text, "sqlite", None)
        return _sqlite_file(Path(database))
    if not parts.get("database"):
        raise UnsupportedDatabaseUrlError(f"the address {_without_password(text)} names no database", text)
    return DatabaseLocation(text, scheme.split("+", 1)[0], None)
