"""peewee without its PostgreSQL driver at start-up; the driver once a server database is opened.

peewee imports psycopg (when installed) as it is itself imported: about 60 ms of every start, also for
the SQLite file almost everyone opens. `import_peewee()` (run by the package's __init__, before anything
imports peewee) hides psycopg from that one import; `load()` hands peewee the driver before a PostgreSQL
database is made (store.db.make_database). tests/test_startup_imports.py checks both halves.
"""

from __future__ import annotations

import sys
from typing import Any


def import_peewee() -> None:
    """Import peewee with psycopg hidden from it (does nothing once either is imported)."""
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # None: "import psycopg" raises ImportError
    try:
        import peewee  # noqa: F401, PLC0415 - imported here so that it is imported without the driver
    finally:
        if "psycopg" in sys.modules and sys.modules["psycopg"] is None:
            del sys.modules["psycopg"]


def load() -> None:
    """Give peewee the psycopg driver it was imported without (no-op when it has it or psycopg is missing)."""
    import peewee as typed_peewee  # noqa: PLC0415

    peewee: Any = typed_peewee  # its stubs do not declare the driver's names set below
    if peewee.psycopg is not None:
        return
    try:
        import psycopg  # noqa: PLC0415 - the driver is an optional extra, only for server databases
        from psycopg.pq import TransactionStatus  # noqa: PLC0415
        from psycopg.types.json import Json, Jsonb  # noqa: PLC0415
    except ImportError:
        return  # peewee says "psycopg postgres driver not found" itself
    # What peewee's own module-level import would have set (peewee 4.x: the names and the adapter's states).
    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3 = Json
    peewee.Jsonb_pg3 = Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
