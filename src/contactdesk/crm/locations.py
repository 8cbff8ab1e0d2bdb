"""Where a database is (a file, or an office database's address), without loading the store's driver.

Parsing a location needs no peewee: the window's start-up code (single instance, recent databases) uses these
before its first paint; crm.database offers the same names beside opening and switching.
"""

from __future__ import annotations

from contactdesk.store.errors import UnsupportedDatabaseUrlError
from contactdesk.store.location import DatabaseLocation, parse_location

__all__ = ["DatabaseLocation", "UnsupportedDatabaseUrlError", "parse_location"]
