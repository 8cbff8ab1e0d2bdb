"""peewee without its PostgreSQL driver at start-up; the driver once a server database is opened.

peewee imports psycopg (when installed) as it is itself imported: about 60 ms of every start, also for
the SQLite file almost everyone opens. `import_peewee()` (run by the package's __init__, before anything
imports peewee) hides psycopg from that one import; `load()` hands peewee the driver before a PostgreSQL
database is made (store.db.make_database). tests/test_startup_imports.py checks both halves.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from types import ModuleType
from typing import Any


def _without_driver(run: Callable[[ModuleType], None]) -> Callable[[ModuleType], None]:
    def exec_module(module: ModuleType) -> None:
        if "psycopg" in sys.modules:
            run(module)  # the driver is loaded already: peewee may as well take it
            return
        sys.modules["psycopg"] = None  # type: ignore[assignment]  # None: "import psycopg" raises ImportError
        try:
            run(module)
        finally:
            if "psycopg" in sys.modules and sys.modules["psycopg"] is None:
                del sys.modules["psycopg"]

    return exec_module


class _PeeweeFinder:
    """Finds peewee as usual, then runs its module code with psycopg hidden; gone after that one import.

    A plain meta path finder: importlib.abc would import importlib.resources with it (~10 ms at start-up).
    """

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> Any:
        if name != "peewee":
            return None
        with suppress(ValueError):
            sys.meta_path.remove(self)
        # The finders after this one (the path, or a frozen app's archive) find it as they would have.
        spec = None
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                break
        loader = getattr(spec, "loader", None)
        if loader is not None and hasattr(loader, "exec_module"):
            loader.exec_module = _without_driver(loader.exec_module)
        return spec


def import_peewee() -> None:
    """Have peewee imported with psycopg hidden from it, whenever something first imports it.

    Not imported here: a window on a database file shows its first rows before peewee is needed
    (ui/quick_start.py), and importing it costs ~25 ms. Does nothing once peewee or psycopg is imported.
    """
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    if not any(isinstance(finder, _PeeweeFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _PeeweeFinder())


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
