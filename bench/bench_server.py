"""The PostgreSQL side of the benches: a cluster to work in, and databases in it that a bench makes and drops.

Every bench takes `--postgresql ADMIN_URL` (a cluster's admin URL; the bench creates and drops its own
databases there) or `--postgresql auto` (a throwaway cluster started with tools/pg_cluster.py and
removed afterwards). With `--keep`, a database that takes long to build (a million contacts) is kept
under a fixed name and used again by the next run; with `auto` the cluster then lives in
bench/out/pg-cluster, stopped between runs, so its databases survive too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
KEPT_CLUSTER = ROOT / "bench" / "out" / "pg-cluster"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--postgresql and --keep, the same for every bench."""
    parser.add_argument(
        "--postgresql",
        metavar="ADMIN_URL|auto",
        default="",
        help="also measure on PostgreSQL: a cluster's admin URL (postgresql://postgres@127.0.0.1:5432/postgres) "
        "or 'auto' for a throwaway cluster started here",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the PostgreSQL sample database (and with 'auto' the cluster) for the next run",
    )


def with_database(url: str, name: str) -> str:
    """The same server and login, another database."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def run_demo(target: str, contacts: int, seed: int = 1) -> None:
    """Fill a database (SQLite path or PostgreSQL URL) with `contactdesk demo`, as a user would."""
    subprocess.run(
        [sys.executable, "-m", "contactdesk", "demo", "--db", target, "--contacts", str(contacts), "--seed", str(seed)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )


class Server:
    """A PostgreSQL cluster the bench may create and drop databases in."""

    def __init__(self, option: str, keep: bool = False) -> None:
        self.keep = keep
        self._folder: Path | None = None
        self._made: list[str] = []
        if option == "auto":
            sys.path.insert(0, str(ROOT / "tools"))
            import pg_cluster  # noqa: PLC0415 - only 'auto' needs it

            self._folder = KEPT_CLUSTER if keep else Path(tempfile.mkdtemp(prefix="contactdesk-bench-pg-"))
            self.admin_url = pg_cluster.start(self._folder)
        else:
            self.admin_url = option

    def admin(self, sql: str) -> None:
        """One statement on the admin database, outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg  # noqa: PLC0415 - only the PostgreSQL mode needs the driver

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def exists(self, name: str) -> bool:
        """True when the cluster holds a database of that name."""
        import psycopg  # noqa: PLC0415

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            row = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        return row is not None

    def create(self, name: str) -> str:
        """A new empty database (an old one of that name is dropped first); dropped again by close()."""
        self.drop(name)
        self.admin(f'CREATE DATABASE "{name}"')
        self._remember(name)
        return with_database(self.admin_url, name)

    def drop(self, name: str) -> None:
        """Remove a database (sessions still connected to it are ended)."""
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def copy(self, source: str, name: str) -> str:
        """A fresh copy of database `source` (nobody may be connected to it), dropped again by close()."""
        self.drop(name)
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        self._remember(name)
        return with_database(self.admin_url, name)

    def cached(self, name: str, build: Callable[[str], None]) -> tuple[str, float]:
        """Database `name`, built by build(url) unless kept from an earlier run; returns (url, seconds built).

        It is built under another name and renamed when complete, so an interrupted build is never reused.
        """
        if self.keep and self.exists(name):
            return with_database(self.admin_url, name), 0.0
        building = f"{name}_building"
        url = self.create(building)
        start = time.perf_counter()
        build(url)
        seconds = time.perf_counter() - start
        self.drop(name)
        self.admin(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
        self._made.remove(building)
        if not self.keep:
            self._remember(name)
        return with_database(self.admin_url, name), seconds

    def _remember(self, name: str) -> None:
        if name not in self._made:
            self._made.append(name)

    def close(self) -> None:
        """Drop the databases made here (not kept ones); stop a cluster started here, removing a throwaway one."""
        for name in reversed(self._made):
            self.drop(name)
        self._made.clear()
        if self._folder is not None:
            import pg_cluster  # noqa: PLC0415

            pg_cluster.stop(self._folder)
            if not self.keep:
                shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


@contextmanager
def server(option: str, keep: bool = False) -> Iterator[Server | None]:
    """The cluster named by --postgresql (None without it), cleaned up however the bench ends."""
    if not option:
        yield None
        return
    found = Server(option, keep)
    try:
        yield found
    finally:
        found.close()


def load() -> str:
    """The machine's load averages, to print beside figures measured on a shared machine."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load unknown"
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def fresh_file(path: Path) -> Path:
    """`path` with no SQLite file (nor its -wal/-shm) left from an earlier run."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path
