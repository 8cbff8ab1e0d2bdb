"""Which database engine the suite runs on, and fresh databases on it for every test.

The suite runs once on SQLite (a file in the test's tmp_path) and once on PostgreSQL when
CONTACTDESK_TEST_DATABASE_URL names the admin URL of a throwaway cluster (tools/pg_cluster.py; .ci/run
starts one). On PostgreSQL every test gets a database of its own, copied from a template that was
migrated once per session (CREATE DATABASE … TEMPLATE takes a few tens of milliseconds), and dropped
afterwards. The sample data of `demo_database` is made once per session too, and copied for each test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ADMIN_URL = os.environ.get("CONTACTDESK_TEST_DATABASE_URL", "")
ENGINE = "postgresql" if ADMIN_URL.startswith(("postgres://", "postgresql://")) else "sqlite"
_TEMPLATE = f"contactdesk_template_{os.getpid()}"
_template_ready = False
current = ""  # the target of the test's `database` (or `demo_database`): to give --db, or to open it again
_made: list[str] = []  # PostgreSQL databases made for tests and not dropped yet
_demo = ""  # the session's database with the sample data, copied for every test that asks for it
DEMO_CONTACTS, DEMO_SEED = 120, 7


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def _admin(sql: str) -> None:
    with _admin_connection() as connection:
        connection.execute(sql)


def _ensure_template() -> None:
    global _template_ready
    if _template_ready:
        return
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    _admin(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')
    _admin(f'CREATE DATABASE "{_TEMPLATE}"')
    open_database(_with_database(ADMIN_URL, _TEMPLATE), create=True)
    store_db.close()
    _template_ready = True


def new_database(tmp_path: Path, name: str = "test", *, schema: bool = True) -> str:
    """Where a test's database is: a file path in tmp_path (not created yet) or a new PostgreSQL database.

    schema=False gives an empty PostgreSQL database (as `createdb` would), for tests of creating one.
    """
    if ENGINE == "sqlite":
        return str(tmp_path / f"{name}.sqlite")
    if schema:
        _ensure_template()
    return copy_database(_with_database(ADMIN_URL, _TEMPLATE) if schema else "", tmp_path, name)


def new_demo_database(tmp_path: Path) -> str:
    """A new database with the sample data (DEMO_CONTACTS, DEMO_SEED): a copy of one made once per session.

    Making the sample data costs a third of a second on SQLite and twice that on PostgreSQL; copying it,
    a few milliseconds (SQLite) or tens of them (PostgreSQL).
    """
    global _demo
    if not _demo:
        import tempfile

        from contactdesk.crm.demo import load_demo
        from contactdesk.store import db as store_db
        from contactdesk.store.opening import open_database

        target = new_database(Path(tempfile.mkdtemp(prefix="contactdesk-demo-")), "demo")
        open_database(target, create=True)
        try:
            load_demo(contacts=DEMO_CONTACTS, seed=DEMO_SEED)
        finally:
            store_db.close()  # the last connection to a SQLite file folds its journal in: one file to copy
        if ENGINE == "postgresql":
            _made.remove(target)  # the session's, not the first test's
        _demo = target
    return copy_database(_demo, tmp_path, "demo")


def copy_database(source: str, tmp_path: Path, name: str) -> str:
    """A new database holding what `source` holds (nothing when source is ""); nobody may be connected to it.

    SQLite: the file is copied; PostgreSQL: CREATE DATABASE … TEMPLATE, which copies files too.
    """
    if ENGINE == "sqlite":
        import shutil

        target = tmp_path / f"{name}.sqlite"
        for suffix in ("-wal", "-shm"):  # an earlier copy's journal would be read as this one's
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if source:
            shutil.copyfile(source, target)
        return str(target)
    database = f"t_{name}_{uuid.uuid4().hex[:12]}".lower()
    template = f' TEMPLATE "{_name_of(source)}"' if source else ""
    _admin(f'CREATE DATABASE "{database}"{template}')
    target = _with_database(ADMIN_URL, database)
    _made.append(target)
    return target


def ready_database(tmp_path: Path, name: str = "test") -> str:
    """A new database with ContactDesk's tables and no data yet, not bound (as `demo --contacts 0` leaves one)."""
    target = new_database(tmp_path, name)
    if ENGINE == "sqlite":
        from contactdesk.store import db as store_db
        from contactdesk.store.opening import open_database

        open_database(target, create=True)
        store_db.close()
    return target


def missing_database(tmp_path: Path) -> str:
    """A --db value a user could mistype: a file path in folders that do not exist, or a database the server lacks."""
    if ENGINE == "sqlite":
        return str(tmp_path / "no" / "such" / "dir" / "x.db")
    return _with_database(ADMIN_URL, f"t_missing_{uuid.uuid4().hex[:12]}")


def unreachable_server() -> str:
    """The URL of a PostgreSQL database on a port where nothing listens (needs the driver, not a server)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    return f"postgresql://staff@127.0.0.1:{port}/office"


def as_user(target: str, user: str) -> str:
    """The same PostgreSQL database, logged in as `user`."""
    parts = urlsplit(target)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, parts.fragment))


def _name_of(target: str) -> str:
    return urlsplit(target).path.lstrip("/")


def exists(target: str) -> bool:
    """Whether there is a database (or any file) at `target`."""
    if ENGINE == "sqlite":
        return Path(target).exists()
    with _admin_connection() as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (_name_of(target),)).fetchone()
    return found is not None


def table_names(target: str) -> set[str]:
    """The tables in the database at `target` (none when there is no database there)."""
    if not exists(target):
        return set()
    if ENGINE == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    return {str(name) for (name,) in rows(target, sql)}


def rows(target: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """The rows of one query, on a connection of its own (whatever the test has bound stays as it is).

    Placeholders are written %s and become the engine's own; the SQL itself must be portable.
    """
    from contactdesk.store.db import make_database
    from contactdesk.store.location import parse_location

    database = make_database(parse_location(target))
    if ENGINE == "postgresql":
        from contactdesk.store import server

        server.without_tls(database)  # the test cluster offers none; the app finds that out when it opens one
    try:
        with database.connection_context():
            return [tuple(row) for row in database.execute_sql(sql.replace("%s", database.param), params)]
    finally:
        database.close()


def count(target: str, table: str) -> int:
    """How many rows `table` has in the database at `target`."""
    return int(rows(target, f"SELECT count(*) FROM {table}")[0][0])


@contextmanager
def opened(target: str) -> Iterator[None]:
    """The database at `target` bound to the models for a moment (to read it through peewee), then closed."""
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    open_database(target)
    try:
        yield
    finally:
        store_db.close()


@contextmanager
def locked_elsewhere(target: str, table: str) -> Iterator[None]:
    """Another program holds a lock until the block ends: on the whole file (SQLite), on `table` (PostgreSQL)."""
    if ENGINE == "sqlite":
        import sqlite3

        other = sqlite3.connect(target, timeout=0.1)
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.rollback()
            other.close()
        return
    import psycopg

    with psycopg.connect(target) as connection:
        connection.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")  # type: ignore[arg-type]
        try:
            yield
        finally:
            connection.rollback()


@contextmanager
def _admin_connection() -> Iterator[Any]:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        yield connection


def drop_database(target: str) -> None:
    """Remove a PostgreSQL test database again (a file in tmp_path goes with the folder)."""
    if ENGINE == "postgresql" and target.startswith(("postgres://", "postgresql://")):
        _admin(f'DROP DATABASE IF EXISTS "{_name_of(target)}" WITH (FORCE)')
        if target in _made:
            _made.remove(target)


def made() -> int:
    """How many test databases exist now (a test's own are dropped when it ends: drop_made_since)."""
    return len(_made)


def drop_made_since(before: int) -> None:
    """Drop the PostgreSQL databases made since made() returned `before`."""
    for target in _made[before:]:
        drop_database(target)


def drop_template() -> None:
    """End of the session: what is left of the test databases, the sample data and the template go too."""
    drop_made_since(0)
    if _demo and ENGINE == "sqlite":
        import shutil

        shutil.rmtree(Path(_demo).parent, ignore_errors=True)
    drop_database(_demo)
    if ENGINE == "postgresql" and _template_ready:
        _admin(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')
