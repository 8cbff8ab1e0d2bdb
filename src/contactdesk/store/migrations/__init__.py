"""Numbered schema migrations; the version lives in the schema_version table.

A new file gets the current schema at once (m0001 builds it and seeds reference data). An older
file is copied to a backup first, then every step from its version up to LATEST runs in order,
each in its own transaction.
"""

from __future__ import annotations

import importlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from contactdesk.store.errors import NotInitialisedError, SchemaTooNewError

# The database object and the models (peewee) are imported by the functions below: LATEST alone is what a start
# needs to tell whether its database is up to date before it shows the first rows (store/first_page.py).
# STEPS and LATEST live in store/schema_steps.py: a start reads LATEST before its first paint without this package.
from contactdesk.store.schema_steps import LATEST as LATEST
from contactdesk.store.schema_steps import STEPS as STEPS


def _step(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


@dataclass(frozen=True)
class MigrationResult:
    """What migrate() did."""

    created: bool
    from_version: int
    to_version: int
    backup: Path | None


def current_version() -> int:
    """The stored schema version; 0 for a database with no ContactDesk tables."""
    from contactdesk.store.db import db
    from contactdesk.store.models import SchemaVersion

    if not db.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return int(row.version) if row else 0


def backup_file(path: Path, version: int) -> Path:
    """Copy the database with SQLite's backup API (safe with WAL) before changing it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _set_version(version: int) -> None:
    from contactdesk.store.models import SchemaVersion

    SchemaVersion.delete().execute()
    SchemaVersion.create(version=version)


def migrate(path: Path | None = None, *, create: bool = True, label: str = "", language: str = "en") -> MigrationResult:
    """Bring the bound database to LATEST; refuse one written by a newer ContactDesk.

    A database made here gets its reference rows named in `language` (en, nl, nb); an existing one keeps its names.

    An empty server database gets the schema only when create is true (`office init`, demo): a
    mistyped database name of an existing server must not quietly become a ContactDesk database.
    """
    from contactdesk.store.db import db, is_sqlite

    found = current_version()
    if found > LATEST:
        raise SchemaTooNewError(
            f"database schema version {found} is newer than this ContactDesk knows ({LATEST})",
            str(path or ""),
            found=found,
            known=LATEST,
        )
    if found == LATEST:
        return MigrationResult(False, found, found, None)
    if found == 0 and not create and not is_sqlite():
        raise NotInitialisedError(f"the database {label} has no ContactDesk tables", label)
    if found == 0:
        with db.atomic():
            _step("m0001_initial").apply(language)
            _set_version(LATEST)
        return MigrationResult(True, 0, LATEST, None)
    backup = backup_file(path, found) if path is not None and is_sqlite() else None
    for version in sorted(step for step in STEPS if step > found):
        with db.atomic():
            _step(STEPS[version]).apply()
            _set_version(version)
    if not is_sqlite():
        _grant_new_tables()
    return MigrationResult(False, found, LATEST, backup)


def _grant_new_tables() -> None:
    """An office database's groups get their rights on the tables a step added, as on the others."""
    from contactdesk.store import roles
    from contactdesk.store.db import db

    with db.atomic():
        if roles.office_ready():
            roles.grant_privileges()
