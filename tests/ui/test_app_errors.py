"""Errors reach users as sentences: the exception hook, database problems at start, cancelled work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from tests import engines

from contactdesk.crm import contacts
from contactdesk.crm.errors import ContactOnSegmentError
from contactdesk.store import db as store_db
from contactdesk.ui import app as app_module
from contactdesk.ui import excepthook, messages
from contactdesk.ui.connect_dialog import ConnectDialog
from contactdesk.ui.progress import run_with_progress


def _said_at_start(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the start tells the user: a file's problem in a message, a server's in the Connect dialog
    (filled in, to correct it there); both given up on."""
    said: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices: said.append(text))

    def give_up(dialog: ConnectDialog) -> int:
        said.append(dialog.error.text())
        return ConnectDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectDialog, "exec", give_up)
    return said


def test_expected_error_becomes_a_sentence(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: shown.append(text))
    error = ContactOnSegmentError("CT000007", ["SEG00001", "SEG00004"])
    excepthook.handle_exception(type(error), error, None)
    assert shown == [
        "Contact CT000007 cannot be deleted because it is on the unlogged segments SEG00001, "
        "SEG00004. Remove it from those segments or log them first."
    ]


def test_unexpected_error_is_logged_and_shown_without_a_traceback(qapp, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details="": shown.append((text, details)))
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        excepthook.handle_exception(type(exc), exc, exc.__traceback__)
    text, details = shown[0]
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    assert "ZeroDivisionError" in details
    assert "ZeroDivisionError" in caplog.text


@pytest.mark.sqlite_only("a file that is not SQLite; a server has no such thing (an empty one: below)")
def test_start_on_a_file_that_is_not_a_database_offers_another(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    good = tmp_path / "good.sqlite"
    asked = []
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices: asked.append(text) or "new")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(good), ""))
    try:
        opened = app_module.open_or_ask(bogus)
        assert opened is not None and opened.path == good
    finally:
        store_db.close()
    assert "is not a ContactDesk database" in asked[0]
    assert good.exists() and bogus.read_text(encoding="utf-8") == "not a database"


def test_start_on_an_empty_database_says_so_and_giving_up_leaves_it_empty(  # type: ignore[no-untyped-def]
    qapp, database_target: str, monkeypatch
) -> None:
    # SQLite: a path where no file is; PostgreSQL: a database made by `createdb`, without our tables.
    asked = _said_at_start(monkeypatch)
    assert app_module.open_or_ask(database_target) is None
    said = {
        "sqlite": f"There is no database at {database_target}. Check the path, open another file, or create a new "
        "database.",
        "postgresql": f"The office database {database_target} has not been set up for ContactDesk yet. Ask your "
        "administrator to run “contactdesk office init” for it, or check the database name.",
    }
    assert asked == [said[engines.ENGINE]]
    assert engines.table_names(database_target) == set()


def test_start_on_a_server_that_cannot_be_reached_says_so(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = engines.unreachable_server()  # needs only the driver: nothing listens there, on either engine's run
    asked = _said_at_start(monkeypatch)
    assert app_module.open_or_ask(url) is None
    assert asked == [
        f"The database server for {url} cannot be reached. Check the network connection and the server's name and "
        "port, or ask your administrator whether it is running."
    ]


@pytest.mark.postgresql_only
def test_start_with_a_refused_login_says_so(qapp, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stranger = engines.as_user(engines.current, "nobody_here")
    store_db.close()
    asked = _said_at_start(monkeypatch)
    assert app_module.open_or_ask(stranger) is None
    assert asked == [
        f"The database server refused your login for {stranger}. Check your user name and password, or ask your "
        "administrator to give you access."
    ]


def test_background_work_reports_progress_and_returns_its_result(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    seen = []

    def work(report):  # type: ignore[no-untyped-def]
        for step in range(5):
            report(step)
            seen.append(step)
        return contacts.create_contact(contacts.ContactData(type=0, name="Made in a worker"))

    assert run_with_progress(None, "working", 5, work) == "CT000001"
    assert seen == [0, 1, 2, 3, 4]
    assert contacts.count_contacts() == 1


def test_cancelled_work_leaves_the_database_as_it_was(qtbot, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm.demo import load_demo
    from contactdesk.ui import worker as worker_module

    original_start = worker_module.Worker.start

    def start_cancelled(self):  # type: ignore[no-untyped-def]
        self.cancel()
        original_start(self)

    monkeypatch.setattr(worker_module.Worker, "start", start_cancelled)
    result = run_with_progress(None, "sample data", 2000, lambda report: load_demo(contacts=2000, progress=report))
    assert result is None
    assert contacts.count_contacts() == 0


def test_failed_work_shows_the_sentence(qtbot, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: shown.append(text))

    def work(report):  # type: ignore[no-untyped-def]
        contacts.create_contact(contacts.ContactData(type=0, name="Kept?"))
        contacts.delete_contact("CT999999")

    assert run_with_progress(None, "failing", 1, work) is None
    assert shown and "CT999999" in shown[0]


@pytest.mark.parametrize("language", ["nl", "nb"])
def test_standard_buttons_are_translated(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from contactdesk.ui.i18n import install_translators

    try:
        assert install_translators(qapp, language) == language
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
        assert QCoreApplication.translate("QWizard", "&Finish") != "&Finish"
        assert QCoreApplication.translate("Navigation", "Contacts") in ("Contacten", "Kontakter")
    finally:
        install_translators(qapp, "en")


def test_start_on_a_database_url_opens_that_database(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = engines.ready_database(tmp_path, "office")
    url = f"sqlite:///{target}" if engines.ENGINE == "sqlite" else target
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(messages, "choose", lambda *args: pytest.fail(f"asked: {args[2]}"))
    monkeypatch.setattr(ConnectDialog, "exec", lambda dialog: pytest.fail(f"asked: {dialog.error.text()}"))
    try:
        opened = app_module.open_or_ask(url)
        assert opened is not None and opened.url == (f"sqlite:///{target}" if engines.ENGINE == "sqlite" else url)
        assert contacts.count_contacts() == 0
    finally:
        store_db.close()
    assert not (tmp_path / "sqlite:").exists()


def test_start_on_a_mistyped_path_says_so_and_creates_nothing(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    missing = engines.missing_database(tmp_path)  # or a database name the server does not have
    asked = _said_at_start(monkeypatch)
    assert app_module.open_or_ask(missing) is None
    said = {
        "sqlite": f"There is no database at {missing}. Check the path, open another file, or create a new database.",
        "postgresql": f"The database server has no database {missing}. Check the database name, or ask your "
        "administrator to create it.",
    }
    assert asked == [said[engines.ENGINE]]
    assert not engines.exists(missing) and not (tmp_path / "no").exists()
