"""Which database engine the suite runs on, and fresh databases on it for every test.

The suite runs once on SQLite (a file in the test's tmp_path) and once on PostgreSQL when
CONTACTDESK_TEST_DATABASE_URL names the admin URL of a throwaway cluster (tools/pg_cluster.py; .ci/run
starts one). On PostgreSQL every test gets a database of its own, copied from a template that was
migrated once per session (CREATE DATABASE … TEMPLATE takes a few tens of milliseconds), and dropped
afterwards.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ADMIN_URL = os.environ.get("CONTACTDESK_TEST_DATABASE_URL", "")
ENGINE = "postgresql" if ADMIN_URL.startswith(("postgres://", "postgresql://")) else "sqlite"
_TEMPLATE = f"contactdesk_template_{os.getpid()}"
_template_ready = False
current = ""  # the target of the test's `database` (or `demo_database`): to give --db, or to open it again


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


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
    database = f"t_{name}_{uuid.uuid4().hex[:12]}".lower()
    if schema:
        _ensure_template()
        _admin(f'CREATE DATABASE "{database}" TEMPLATE "{_TEMPLATE}"')
    else:
        _admin(f'CREATE DATABASE "{database}"')
    return _with_database(ADMIN_URL, database)


def drop_database(target: str) -> None:
    """Remove a PostgreSQL test database again (a file in tmp_path goes with the folder)."""
    if ENGINE == "postgresql" and target.startswith(("postgres://", "postgresql://")):
        _admin(f'DROP DATABASE IF EXISTS "{urlsplit(target).path.lstrip("/")}" WITH (FORCE)')


def drop_template() -> None:
    """End of the session: the template goes too."""
    if ENGINE == "postgresql" and _template_ready:
        _admin(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')
