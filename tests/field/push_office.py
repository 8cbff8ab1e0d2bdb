"""Helpers of the push tests: the office opened beside the bound laptop, as the sync opens it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database
from tests import engines
from tests.office_logins import as_login

from contactdesk.store.db import make_database
from contactdesk.store.location import parse_location


@contextmanager
def office_open(login: str = "") -> Iterator[Database]:
    """The test's office database as a separate peewee Database (the laptop stays bound), closed afterwards."""
    url = as_login(engines.current, login) if login else engines.current
    # The test cluster speaks no TLS (the app finds that out itself when it opens a database).
    office = make_database(parse_location(url + ("&" if "?" in url else "?") + "sslmode=disable"))
    office.connect()
    try:
        yield office
    finally:
        office.close()


def office_rows(sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    """Rows of a query in the office, read on a connection of its own."""
    with office_open() as office:
        return list(office.execute_sql(sql, params or []).fetchall())


def office_execute(sql: str, params: list[object] | None = None) -> None:
    """One statement in the office (committed), as someone working there."""
    with office_open() as office, office.atomic():
        office.execute_sql(sql, params or [])


def tombstone_and_delete(table: str, key: int) -> None:
    """Delete a row in the office, as someone working there (its change log keeps the tombstone)."""
    office_execute(f'DELETE FROM "{table}" WHERE id = %s', [key])
