"""Backups of a database file: consistent while others write, daily at most once, the last 7 kept, and restores
that refuse what they cannot put back and leave the database as it was when they fail."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests import engines

from contactdesk.crm import backups
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact
from contactdesk.crm.database import connection, open_location
from contactdesk.crm.errors import BackupNotAvailableError, DatabaseLockedError, NotADatabaseError, SchemaTooNewError
from contactdesk.store import backup as store_backup
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import Contact

pytestmark = pytest.mark.sqlite_only("backups are of a database file; an office server is backed up by its admin")


def _counts(path: Path) -> tuple[int, int]:
    """(contacts, the contact series' last number) as stored in a database file."""
    with closing(sqlite3.connect(str(path))) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
        last = conn.execute(
            "SELECT n.last_number FROM number_series n JOIN marketing_setup m ON m.contact_nos = n.code"
        ).fetchone()[0]
    return int(contacts), int(last)


def _live() -> Path:
    return Path(str(engines.current))


def test_a_backup_made_while_another_connection_writes_restores_to_one_moment(
    demo_database: object, tmp_path: Path
) -> None:
    start_contacts, start_last = _counts(_live())
    stop = threading.Event()
    written: list[str] = []

    def writer() -> None:
        with connection():
            while not stop.is_set():
                written.append(create_contact(ContactData(name=f"Writer {len(written)}")))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for index in range(5):
            while len(written) < (index + 1) * 15:
                time.sleep(0.005)
            copies.append(backups.back_up(tmp_path / f"copy-{index}.sqlite"))
    finally:
        stop.set()
        thread.join()
    seen = []
    for copy in copies:
        contacts, last = _counts(copy)
        # Each contact and its number are written in one transaction: a copy holds both or neither.
        assert contacts - start_contacts == last - start_last
        seen.append(contacts)
    assert seen == sorted(seen) and seen[0] > start_contacts and seen[-1] < start_contacts + len(written) + 1
    assert not list(tmp_path.glob(".~*"))  # no half-written copy left behind

    safety = backups.restore(copies[2])
    opened = open_location(_live())
    assert Contact.select().count() == seen[2]
    assert _counts(safety) == (start_contacts + len(written), start_last + len(written))
    assert opened.location.path == _live()


def test_one_daily_backup_a_day_and_the_last_seven_kept(database: object) -> None:
    live = _live()
    first = date(2026, 3, 1)
    made = backups.daily_backup(live, today=first)
    assert made is not None and made.parent == backups.backups_folder(live)
    stamp = made.stat().st_mtime_ns
    assert backups.daily_backup(live, today=first) is None  # the same day again: nothing new
    assert made.stat().st_mtime_ns == stamp
    for offset in range(1, 10):
        backups.daily_backup(live, today=first + timedelta(days=offset))
    kept = backups.daily_backups(backups.backups_folder(live))
    assert [path.name for path in kept] == [f"daily-{first + timedelta(days=d)}.sqlite" for d in range(3, 10)]
    assert _counts(kept[-1]) == _counts(live)


def test_each_database_has_its_own_backups_even_with_the_same_file_name(tmp_path: Path) -> None:
    one, two = tmp_path / "a" / "contactdesk.sqlite", tmp_path / "b" / "contactdesk.sqlite"
    assert backups.backups_folder(one) != backups.backups_folder(two)
    assert backups.backups_folder(one) == backups.backups_folder(tmp_path / "a" / ".." / "a" / "contactdesk.sqlite")


def _fingerprint(path: Path) -> tuple[int, int]:
    return _counts(path)


def test_restore_refuses_a_file_that_is_no_contactdesk_database(demo_database: object, tmp_path: Path) -> None:
    before = _fingerprint(_live())
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all")
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(str(other))) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    for chosen in (text, other, tmp_path / "missing.sqlite"):
        with pytest.raises(NotADatabaseError):
            backups.restore(chosen)
    assert _fingerprint(_live()) == before
    assert not backups.backups_folder(_live()).exists()  # refused before the safety copy


def test_restore_refuses_a_backup_from_a_newer_contactdesk(demo_database: object, tmp_path: Path) -> None:
    newer = backups.back_up(tmp_path / "newer.sqlite")
    with closing(sqlite3.connect(str(newer))) as conn, conn:
        conn.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    create_contact(ContactData(name="Added after the backup"))
    before = _fingerprint(_live())
    with pytest.raises(SchemaTooNewError) as refused:
        backups.restore(newer)
    assert (refused.value.found, refused.value.known) == (LATEST + 1, LATEST)
    assert _fingerprint(_live()) == before


def test_a_restore_that_fails_half_way_leaves_the_database_as_it_was(
    demo_database: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backups.back_up(tmp_path / "good.sqlite")
    create_contact(ContactData(name="Added after the backup"))
    before = _fingerprint(_live())
    monkeypatch.setattr(store_backup, "BUSY_SECONDS", 0.2)
    # Another program holds the write lock: the replacement cannot finish.
    with closing(sqlite3.connect(str(_live()), isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseLockedError):
            backups.restore(good)
        other.execute("ROLLBACK")
    assert _fingerprint(_live()) == before
    assert len(list(backups.backups_folder(_live()).glob("before-restore-*"))) == 1


def test_a_backup_never_replaces_the_database_itself(database: object) -> None:
    with pytest.raises(BackupNotAvailableError):
        backups.back_up(_live())


def test_backup_files_are_single_files_without_a_journal(database: object, tmp_path: Path) -> None:
    copy = backups.back_up(tmp_path / "copy.sqlite")
    with closing(sqlite3.connect(str(copy))) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert store_backup.check_backup(copy, LATEST) == LATEST
