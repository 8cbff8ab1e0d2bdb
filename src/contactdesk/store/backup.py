"""Copies of a SQLite database file made with SQLite's online backup API, and putting one back.

The backup API copies a consistent snapshot while other connections keep writing (in WAL mode a
reader never waits for a writer). The whole database is copied in one step: copied page by page,
a write by another connection between two steps would restart the copy, so under a busy writer a
stepped copy might never finish. A copy is written under a temporary name and renamed when
complete, so a half-written file never looks like a backup.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from contactdesk.store.db import translate_operational_error
from contactdesk.store.errors import NotADatabaseError, SchemaTooNewError

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_SECONDS = 30.0


def _give_up_when_busy(report: Callable[[int], None] | None) -> Callable[[int, int, int], None]:
    """A backup progress callback: sqlite3 retries a busy step forever, so after BUSY_SECONDS of it we stop."""
    since: list[float] = []

    def progress(status: int, remaining: int, pages: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            since.append(since[0] if since else time.monotonic())
            if time.monotonic() - since[0] > BUSY_SECONDS:
                # Raising here makes sqlite3 abort the backup; the destination's transaction rolls back.
                raise sqlite3.OperationalError("database is locked")
        else:
            since.clear()
            if report is not None and pages:
                report(100 * (pages - remaining) // pages)

    return progress


def copy_database(source: Path, target: Path, progress: Callable[[int], None] | None = None) -> Path:
    """Copy the SQLite database `source` to `target` (replaced when it exists); progress(0..100)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".~{target.name}.partial")
    partial.unlink(missing_ok=True)
    report = progress or (lambda _percent: None)
    report(0)
    try:
        with closing(sqlite3.connect(str(source), timeout=BUSY_SECONDS)) as reading:
            with closing(sqlite3.connect(str(partial))) as writing:
                reading.backup(writing, progress=_give_up_when_busy(report))
                # One file a user can move around: no WAL beside it.
                writing.execute("PRAGMA journal_mode=DELETE")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    report(100)
    return target


def backup_schema_version(path: Path) -> int:
    """The schema version of a backup file; NotADatabaseError when it is not a sound ContactDesk database."""
    if not path.is_file() or path.stat().st_size < len(_SQLITE_MAGIC):
        raise NotADatabaseError(f"{path} is not a ContactDesk database", str(path))
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not a ContactDesk database", str(path))
    try:
        with closing(sqlite3.connect(str(path))) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise NotADatabaseError(f"{path} is damaged", str(path))
            found = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'")
            if found.fetchone() is None:
                raise NotADatabaseError(f"{path} has no ContactDesk tables", str(path))
            row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(f"{path} is not a ContactDesk database: {exc}", str(path)) from exc
    if row is None or row[0] is None:
        raise NotADatabaseError(f"{path} has no ContactDesk schema version", str(path))
    return int(row[0])


def check_backup(path: Path, latest: int) -> int:
    """The backup's schema version; refused when it is not a database or newer than `latest`."""
    found = backup_schema_version(path)
    if found > latest:
        raise SchemaTooNewError(
            f"backup schema version {found} is newer than this ContactDesk knows ({latest})",
            str(path),
            found=found,
            known=latest,
        )
    return found


def restore_into(backup: Path, live: Path) -> None:
    """Replace the content of the database `live` with the backup's, in one transaction on `live`.

    The backup API writes the destination under its own lock and commits only when all pages are
    copied, so a failure leaves `live` as it was. Nothing else may have `live` open meanwhile.
    """
    try:
        with closing(sqlite3.connect(str(backup))) as reading:
            with closing(sqlite3.connect(str(live), timeout=BUSY_SECONDS)) as writing:
                reading.backup(writing, progress=_give_up_when_busy(None))
    except sqlite3.OperationalError as exc:
        # Locked by another program, a read-only folder: the same sentences as when opening it.
        translated = translate_operational_error(exc, str(live))
        if translated is exc:
            raise
        raise translated from exc
