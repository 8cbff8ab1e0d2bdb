"""ContactDesk: contacts, segments, interactions and mail-merged letters on one desktop."""

from __future__ import annotations

from contactdesk.store import pg_driver

__version__ = "0.1.0"
APP_NAME = "ContactDesk"
APP_ORG = "ContactDesk"

# Before any module imports peewee: it will be imported without the PostgreSQL driver, which costs a start ~60 ms
# (store/pg_driver.py); peewee itself is imported by whatever needs it first.
pg_driver.import_peewee()
