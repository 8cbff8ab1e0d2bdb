"""Telling an open list that another user changed its table.

PostgreSQL: a statement trigger on each watched table sends NOTIFY (delivered only after the writer
commits, once per table and transaction), and a listener thread on a connection of its own collects
them. SQLite: `PRAGMA data_version` on our own connection changes when another connection committed,
which is a free check; it cannot say which table, so every list re-reads then.
"""

from __future__ import annotations

import threading
from typing import Any

from peewee import SqliteDatabase

from contactdesk.store.db import db

CHANNEL = "contactdesk_changes"
ANY_TABLE = "*"
WATCHED = (
    "contact",
    "segment",
    "segment_line",
    "logged_segment",
    "interaction_log_entry",
    "interaction_template",
    "interaction_group",
    "salesperson",
    "number_series",
    "marketing_setup",
    "company_info",
    "campaign",
    "saved_criteria",
    "industry_group",
    "business_relation",
    "mailing_group",
    "job_responsibility",
    "territory",
)
_FUNCTION = f"""CREATE OR REPLACE FUNCTION contactdesk_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$ LANGUAGE plpgsql"""


def create() -> None:
    """Install the notify triggers (PostgreSQL; SQLite needs nothing)."""
    if isinstance(db.obj, SqliteDatabase):
        return
    db.execute_sql(_FUNCTION)
    for table in WATCHED:
        db.execute_sql(f'DROP TRIGGER IF EXISTS contactdesk_change ON "{table}"')
        db.execute_sql(
            f'CREATE TRIGGER contactdesk_change AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION contactdesk_notify_change()"
        )


class ChangeFeed:
    """Which tables others changed since the last poll(); start() once, stop() when the database closes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: set[str] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._data_version: int | None = None
        self._database: Any = None

    def start(self) -> None:
        """Begin watching the bound database."""
        self._database = db.obj
        if isinstance(self._database, SqliteDatabase):
            self._data_version = self._sqlite_version()
            return
        connection = self._listen_connection()
        self._thread = threading.Thread(target=self._listen, args=(connection,), name="change-feed", daemon=True)
        self._thread.start()

    def _sqlite_version(self) -> int:
        return int(db.execute_sql("PRAGMA data_version").fetchone()[0])

    def _listen_connection(self) -> Any:
        import psycopg  # noqa: PLC0415 - the driver is an optional extra, only for server databases

        params = dict(self._database.connect_params)
        connection = psycopg.connect(dbname=self._database.database, autocommit=True, **params)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _listen(self, connection: Any) -> None:
        try:
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=0.5):
                    with self._lock:
                        self._pending.add(str(notice.payload))
        except Exception:  # noqa: BLE001 - a lost server: lists simply stop refreshing by themselves
            return
        finally:
            connection.close()

    def poll(self) -> set[str]:
        """Tables changed by others since the last call (ANY_TABLE: some table, unknown which)."""
        if self._database is None or self._database is not db.obj:
            return set()
        if isinstance(self._database, SqliteDatabase):
            now = self._sqlite_version()
            changed = now != self._data_version
            self._data_version = now
            return {ANY_TABLE} if changed else set()
        with self._lock:
            pending, self._pending = self._pending, set()
        return pending

    def stop(self) -> None:
        """Stop watching (the listener's connection is closed)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._thread = None
        self._database = None
