"""The query planner's statistics of the contact tables after a large write, so plans fit the new rows at once.

PostgreSQL plans by the statistics ANALYZE gathers; autovacuum gathers them only after a while, and meanwhile
the planner guesses: bench/import_statistics.py measured the list's code columns 2.5x slower after a 100,000-row
import than after ANALYZE. Only a table's owner may ANALYZE it (PostgreSQL 15), and an office's users are other
logins: the owner's SECURITY DEFINER function below, made when the office's rights are granted, does it for them.
SQLite plans these queries from its indexes: PRAGMA optimize after the same import gained nothing, so nothing runs.
"""

from __future__ import annotations

import logging

from peewee import DatabaseError

from contactdesk.store.db import db, is_sqlite
from contactdesk.store.models import (
    Contact,
    ContactBusinessRelation,
    ContactIndustryGroup,
    ContactJobResponsibility,
    ContactMailingGroup,
)

log = logging.getLogger("contactdesk.store")
FUNCTION = "contactdesk_analyze_contacts"
TABLES = (Contact, ContactIndustryGroup, ContactBusinessRelation, ContactMailingGroup, ContactJobResponsibility)


def _tables() -> str:
    return ", ".join(f'"{model._meta.table_name}"' for model in TABLES)


def refresh_contact_statistics() -> None:
    """Gather fresh planner statistics of the contacts and their codes (PostgreSQL; after the write committed).

    Only a help to the planner: a failure is logged and the write it follows stands.
    """
    if is_sqlite():
        return
    try:
        with db.atomic():
            if db.execute_sql(f"SELECT to_regprocedure('{FUNCTION}()') IS NOT NULL").fetchone()[0]:
                db.execute_sql(f"SELECT {FUNCTION}()")
            else:  # not an office database: its user owns the tables (another gets a warning, not an error)
                db.execute_sql(f"ANALYZE {_tables()}")
    except DatabaseError as exc:
        log.warning("could not refresh the statistics of the contact tables: %s", exc)


def create_function(staff_group: str) -> None:
    """The owner's function that analyzes the contact tables, callable by the office's staff (and admins)."""
    schema = str(db.execute_sql("SELECT current_schema()").fetchone()[0]).replace('"', '""')
    db.execute_sql(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
        f'SET search_path = "{schema}", pg_temp AS $$ BEGIN ANALYZE {_tables()}; END $$'
    )
    db.execute_sql(f"REVOKE ALL ON FUNCTION {FUNCTION}() FROM PUBLIC")
    db.execute_sql(f"GRANT EXECUTE ON FUNCTION {FUNCTION}() TO {staff_group}")
