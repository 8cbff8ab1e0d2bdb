"""Helpers of the sync tests: the office changed behind the laptop's back (its own connection, as another user's
desktop would), and what the laptop file holds (PostgreSQL only)."""

from __future__ import annotations

from typing import Any

from tests import engines

from contactdesk.store import db as store_db
from contactdesk.store import field_sqlite


def office_sql(sql: str, params: list[Any] | None = None, url: str = "") -> list[tuple[Any, ...]]:
    """Run one statement in the office (committed at once); the rows it returns."""
    import psycopg

    with psycopg.connect(url or engines.current, autocommit=True) as connection:
        cursor = connection.execute(sql, params)  # type: ignore[arg-type]
        return list(cursor.fetchall()) if cursor.description else []


def office_one(sql: str, params: list[Any] | None = None) -> Any:
    """The first value of the first row in the office."""
    return office_sql(sql, params)[0][0]


def office_contact(name: str, salesperson: str | None = None) -> int:
    """A contact made in the office as a desktop there would (the services, bound to the office for a moment)."""
    from contactdesk.crm import contacts
    from contactdesk.crm.contact_data import ContactData
    from contactdesk.store.models import Contact
    from contactdesk.store.opening import open_database

    laptop = store_db.database_file()
    store_db.close()
    open_database(engines.current)
    try:
        no = contacts.create_contact(ContactData(name=name, salesperson_code=salesperson or ""))
        return int(Contact.get(Contact.no == no).id)
    finally:
        store_db.close()
        open_database(str(laptop))


def laptop_one(sql: str, params: list[Any] | None = None) -> Any:
    """The first value of the first row in the bound laptop file (None when there is no row)."""
    row = store_db.db.execute_sql(sql, params or []).fetchone()
    return row[0] if row else None


def cursor() -> int:
    """The laptop's pull cursor."""
    return int(field_sqlite.info().get("cursor", "0"))
