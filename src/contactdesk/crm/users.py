"""Who is working: the name recorded on entries, logged segments and changes.

On a single desktop that is the operating system's login. In an office every person logs in to the
PostgreSQL server as themselves, so the database's own `current_user` is the name: it cannot be
claimed by someone else, and it is what the server's permissions are checked against.
"""

from __future__ import annotations

import getpass

from contactdesk.store.db import db, is_sqlite

NAME_LENGTH = 50


def current_user() -> str:
    """The signed-in user's name (blank when a bare container cannot tell)."""
    if db.obj is not None and not is_sqlite():
        return str(db.execute_sql("SELECT current_user").fetchone()[0])[:NAME_LENGTH]
    try:
        return getpass.getuser()[:NAME_LENGTH]
    except (KeyError, OSError):  # no user name in a bare container
        return ""
