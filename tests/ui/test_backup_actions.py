"""File → Back up database… and Restore from backup…, and the daily backup after start, as a user meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu
from tests.recorder import Recorder

from contactdesk.crm import backups
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import count_contacts, create_contact
from contactdesk.crm.database import parse_location
from contactdesk.ui import messages

pytestmark = pytest.mark.sqlite_only("backups are of a database file; an office server is backed up by its admin")


def _trigger(window, name: str) -> None:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "menuFile")
    (action,) = [action for action in menu.actions() if action.objectName() == name]
    assert isinstance(action, QAction) and action.isEnabled() and not action.icon().isNull()
    action.trigger()


def test_back_up_then_restore_from_the_file_menu(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_contact(ContactData(name="Kept in the backup"))
    target = tmp_path / "mine.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    _trigger(window, "actionBackUpDatabase")
    assert target.exists() and "mine.sqlite" in window.statusBar().currentMessage()

    create_contact(ContactData(name="Added after the backup"))
    assert count_contacts() == 2
    questions = Recorder(True)
    told = Recorder(None)
    monkeypatch.setattr(messages, "confirm", questions)
    monkeypatch.setattr(messages, "information", told)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    _trigger(window, "actionRestoreBackup")
    assert "This replaces everything in the database" in questions.texts[0]
    assert count_contacts() == 1  # the window works on the restored database
    safety = told.texts[0]
    assert "before-restore-" in safety


def test_restore_refuses_a_file_that_is_not_a_backup_with_a_sentence(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_contact(ContactData(name="Stays"))
    text = tmp_path / "letter.sqlite"
    text.write_text("Dear customer")
    warned = Recorder(None)
    monkeypatch.setattr(messages, "warning", warned)
    monkeypatch.setattr(messages, "confirm", Recorder(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(text), "")))
    _trigger(window, "actionRestoreBackup")
    assert "is not a ContactDesk database" in warned.texts[0]
    assert count_contacts() == 1


def test_an_office_database_says_its_server_is_backed_up_by_the_administrator(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told = Recorder(None)
    monkeypatch.setattr(messages, "information", told)
    monkeypatch.setattr(window, "location", parse_location("postgresql://anna@office.example/crm"))
    _trigger(window, "actionBackUpDatabase")
    _trigger(window, "actionRestoreBackup")
    assert len(told.texts) == 2 and all("administrator backs up the server" in text for text in told.texts)
    assert window.actions_.backups.start_daily_backup() is None


def test_the_daily_backup_runs_in_the_background_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    worker = window.actions_.backups.start_daily_backup()
    assert worker is not None
    with qtbot.waitSignal(worker.signals.finished, timeout=10000) as done:
        pass
    made = done.args[0]
    assert made is not None and made.parent == backups.backups_folder(window.location.path)
    assert window.actions_.backups.start_daily_backup() is None  # once per start
    assert backups.daily_backup(window.location.path) is None  # and once per day
