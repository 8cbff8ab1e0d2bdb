"""An office database with real logins, for the tests of who may do what (PostgreSQL only).

Logins belong to the whole server and grants to one database: each test makes logins with names of
its own (so test databases side by side never meet) and drops them again afterwards.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import pytest
from tests import engines
from tests.cli_run import call

from contactdesk.store import db as store_db
from contactdesk.store.opening import OpenedDatabase, open_database

PASSWORD = "s3cret-Pässword"


def as_login(url: str, login: str) -> str:
    """The same database, connected to as another login (the test cluster trusts loopback)."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{login}@{host}", parts.path, parts.query, parts.fragment))


def drop_login(login: str) -> None:
    """Remove a login from the server again."""
    engines._admin(f'DROP ROLE IF EXISTS "{login}"')


@dataclass
class Office:
    """An office database set up by `office init`, with one staff and one admin login."""

    url: str
    staff: str
    admin: str

    def work_as(self, login: str) -> OpenedDatabase:
        """Bind the services to the database as `login`."""
        store_db.close()
        return open_database(as_login(self.url, login))

    def upgrade_from(self, version: int, *undo: str) -> None:
        """As if the database were made at schema `version` (`undo` drops what came later), then opened again."""
        for statement in undo:
            store_db.db.execute_sql(statement)
        store_db.db.execute_sql(f'UPDATE "schema_version" SET "version" = {version}')
        store_db.close()
        open_database(self.url)

    def psql(self, login: str, sql: str) -> None:
        """Run one statement as `login`, as psql would (autocommit)."""
        import psycopg

        with psycopg.connect(as_login(self.url, login), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]


def office_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = PASSWORD + "\n"
) -> tuple[int, str, str]:
    """`contactdesk office ARGS`, with `stdin` as its standard input (where add-user reads the password)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return call(capsys, "office", *args)


@contextmanager
def office_database(url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    """`office init` on `url` (bound as its owner), then a staff login (salesperson IH) and an admin login."""
    tag = uuid.uuid4().hex[:8]
    made = Office(url, f"staff_{tag}", f"admin_{tag}")
    code, _out, err = office_cli(capsys, monkeypatch, "init", "--db", url)
    assert code == 0, err
    try:
        for login, role, extra in ((made.staff, "staff", ["--salesperson", "IH"]), (made.admin, "admin", [])):
            code, _out, err = office_cli(capsys, monkeypatch, "add-user", login, "--role", role, *extra, "--db", url)
            assert code == 0, err
        open_database(url)
        yield made
    finally:
        store_db.close()
        for login in (made.staff, made.admin):
            drop_login(login)
        open_database(url)
