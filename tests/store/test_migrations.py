"""Migrations: a new database, a version-1 file, and databases we must refuse."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from tests import engines

from contactdesk.crm import contacts
from contactdesk.store import db as store_db
from contactdesk.store.errors import NotADatabaseError, ReadOnlyDatabaseError, SchemaTooNewError
from contactdesk.store.migrations import LATEST, current_version
from contactdesk.store.models import SchemaVersion
from contactdesk.store.opening import open_database

DATA = Path(__file__).parents[1] / "data"


def _schema(path: Path) -> dict[str, set[str]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        result = {t: {r[1] for r in con.execute(f"PRAGMA table_info('{t}')")} for t in tables}
        result["__indexes__"] = {
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")
        }
        return result
    finally:
        con.close()


def _make_v1(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript((DATA / "schema_v1.sql").read_text(encoding="utf-8"))
    con.close()


def test_a_new_database_gets_the_latest_schema_and_seed_data(database_target: str) -> None:
    opened = open_database(database_target, create=True)
    try:
        assert opened.migration.created
        assert current_version() == LATEST
        if store_db.is_sqlite():  # what every SQLite connection is set to; a server has them as a matter of course
            assert store_db.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
            assert store_db.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert contacts.create_contact(contacts.ContactData(type=0, name="First Company")) == "CT000001"
    finally:
        store_db.close()


@pytest.mark.sqlite_only("version 1 was SQLite only: the office database began at a later version")
def test_version_1_file_is_backed_up_and_migrated_to_the_same_schema(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh, create=True)
    store_db.close()
    old = tmp_path / "old.sqlite"
    _make_v1(old)
    opened = open_database(old)
    try:
        assert opened.migration.from_version == 1
        assert opened.migration.to_version == LATEST
        backup = opened.migration.backup
        assert backup is not None and backup.exists()
        con = sqlite3.connect(backup)
        assert con.execute("SELECT version FROM schema_version").fetchone()[0] == 1
        con.close()
        # The old rows are found through the new casefolded search column.
        assert contacts.count_contacts("ødegård") == 2
        assert contacts.count_contacts("ĳsbrand") == 1
    finally:
        store_db.close()
    assert _schema(old) == _schema(fresh)


def _everything(target: str) -> object:
    """What a refusal must leave as it was: the file's bytes, or the server database's tables and version."""
    if engines.ENGINE == "sqlite":
        return Path(target).read_bytes()
    return engines.table_names(target), engines.rows(target, "SELECT version FROM schema_version")


def test_newer_schema_is_refused_and_left_alone(database: object) -> None:
    target = engines.current
    SchemaVersion.update(version=LATEST + 1).execute()
    store_db.close()
    before = _everything(target)
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(target)
    store_db.close()
    assert (caught.value.found, caught.value.known) == (LATEST + 1, LATEST)
    assert _everything(target) == before


@pytest.mark.sqlite_only("a file that is not SQLite; a server holds no such file")
def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite"
    path.write_text("Dear customer, this is not a database.", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert path.read_text(encoding="utf-8").startswith("Dear customer")


@pytest.mark.sqlite_only("file permissions; on a server, a login's rights are tested with the roles")
def test_a_read_only_file_is_refused_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(path, create=True)
    store_db.close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            # Root may write read-only files; ask the operating system's answer for a normal user.
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
        with pytest.raises(ReadOnlyDatabaseError):
            open_database(path)
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before
