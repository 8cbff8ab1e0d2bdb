"""Backing up and restoring the database file on this computer: on request, daily, and before a restore.

An office (PostgreSQL) database is backed up by its server's administrator, so everything here refuses
it with BackupNotAvailableError. Daily backups live in the data folder, one folder per database (the
file's name and a short hash of its full path, so two databases called contactdesk.sqlite never
share one), at most one per day, the newest KEEP kept.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from contactdesk.paths import data_dir
from contactdesk.store import backup
from contactdesk.store import db as store_db
from contactdesk.store.errors import BackupNotAvailableError
from contactdesk.store.migrations import LATEST

KEEP = 7
DAILY = "daily-"
BEFORE_RESTORE = "before-restore-"
log = logging.getLogger("contactdesk.crm")


def current_file() -> Path:
    """The bound database's file; BackupNotAvailableError for an office database."""
    path = store_db.database_file()
    if path is None:
        raise BackupNotAvailableError("an office database is backed up on its server by its administrator")
    return path


def backups_folder(database: Path) -> Path:
    """Where the automatic backups of `database` go (not made here)."""
    key = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{database.stem}-{key}"


def suggested_name(database: Path, today: date | None = None) -> str:
    """The file name offered for a backup made on request."""
    return f"{database.stem}-backup-{(today or date.today()).isoformat()}{database.suffix or '.sqlite'}"


def back_up(target: Path, progress: Callable[[int], None] | None = None) -> Path:
    """Copy the bound database to `target`, consistent even while others write to it."""
    source = current_file()
    if target.resolve() == source.resolve():
        raise BackupNotAvailableError("a backup cannot replace the database it copies", str(target))
    backup.copy_database(source, target, progress)
    log.info("database backed up on request")
    return target


def daily_backup(database: Path, today: date | None = None, keep: int = KEEP) -> Path | None:
    """Today's automatic backup of `database`, unless there is one already; older ones beyond `keep` go."""
    day = today or date.today()
    folder = backups_folder(database)
    target = folder / f"{DAILY}{day.isoformat()}{database.suffix or '.sqlite'}"
    if target.exists():
        return None
    backup.copy_database(database, target)
    removed = prune(folder, keep)
    log.info("daily backup made (%d older removed)", removed)
    return target


def daily_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (their names carry the date)."""
    return sorted(path for path in folder.glob(f"{DAILY}*") if path.is_file())


def prune(folder: Path, keep: int = KEEP) -> int:
    """Remove all but the newest `keep` daily backups; how many went."""
    old = daily_backups(folder)[:-keep] if keep > 0 else daily_backups(folder)
    for path in old:
        path.unlink(missing_ok=True)
    return len(old)


def check_restore(chosen: Path) -> int:
    """The chosen backup's schema version; refused (nothing changed) when it cannot be restored here."""
    current_file()
    return backup.check_backup(chosen, LATEST)


def restore(chosen: Path, progress: Callable[[int], None] | None = None) -> Path:
    """Put the backup's content in place of the bound database; returns the safety copy made first.

    The caller reopens the database afterwards (an older schema is then migrated as on any open). On
    any failure the bound database is left as it was.
    """
    live = current_file()
    check_restore(chosen)
    report = progress or (lambda _percent: None)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backups_folder(live) / f"{BEFORE_RESTORE}{stamp}{live.suffix or '.sqlite'}"
    backup.copy_database(live, safety, lambda percent: report(percent // 2))
    # This process's own connections stay open but idle (WAL: they hold no lock); the caller reopens.
    backup.restore_into(chosen, live)
    report(100)
    log.info("database restored from a backup (the state before is kept as %s)", safety.name)
    return safety
