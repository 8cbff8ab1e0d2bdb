"""File → Connect to office database: fields, sentences that keep the dialog open, the keychain, the title."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from tests import engines
from tests.office import office_server
from tests.office.conftest import MemoryKeychain
from tests.office.office_server import OfficeServer

from contactdesk.crm import office_login
from contactdesk.crm.office_login import OfficeLogin
from contactdesk.store import db as store_db
from contactdesk.ui.connect_dialog import ConnectDialog
from contactdesk.ui.main_window import MainWindow
from contactdesk.ui.settings import Settings

PASSWORD = office_server.PASSWORD


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an ini file of this test only (to read back what was written)."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _dialog(qtbot, settings: Settings, login: OfficeLogin | None = None) -> ConnectDialog:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(settings, None, login)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: ConnectDialog, login: OfficeLogin, password: str = "") -> None:
    dialog.host.setText(login.host)
    dialog.port.setValue(login.port)
    dialog.database.setText(login.database)
    dialog.user.setText(login.user)
    dialog.password.setText(password)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_said_in_the_dialog_which_stays_open(
    qtbot, settings: Settings, database: object, keychain: MemoryKeychain
) -> None:  # type: ignore[no-untyped-def]
    before = store_db.db.obj
    dialog = _dialog(qtbot, settings)
    _fill(dialog, OfficeLogin("127.0.0.1", _closed_port(), "office", "anna"), "geheim")
    qtbot.mouseClick(dialog.findChild(object, "connectButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "cannot be reached" in dialog.error.text()
    assert dialog.host.hasFocus() or dialog.focusWidget() is dialog.host
    assert store_db.db.obj is before and keychain.passwords == {}
    assert settings.last_office == ""


def test_empty_fields_are_asked_for_before_anything_is_tried(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings)
    dialog.connect_to_office()
    assert dialog.isVisible() and "Fill in the server" in dialog.error.text()


def test_without_a_keychain_the_dialog_says_the_password_is_asked_each_time(
    qtbot, settings: Settings, no_keychain: None
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.keychain_note.isVisible() and "asked for it each time" in dialog.keychain_note.text()


def test_the_last_connection_is_offered_again_without_a_password(
    qtbot, settings: Settings, keychain: MemoryKeychain
) -> None:  # type: ignore[no-untyped-def]
    settings.last_office = "postgresql://anna@db.office.example:6543/crm"
    dialog = _dialog(qtbot, settings)
    assert dialog.login() == OfficeLogin("db.office.example", 6543, "crm", "anna")
    assert dialog.password.text() == "" and dialog.remember.isChecked()
    assert not dialog.keychain_note.isVisible()
    office_login.store_password(dialog.login(), "geheim")
    dialog = _dialog(qtbot, settings)
    assert dialog.keychain_note.isVisible() and dialog.password.placeholderText() == "kept in the keychain"


def test_connect_is_on_the_file_menu(qtbot, database, settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(ConnectDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    window = MainWindow(database.target, settings)
    qtbot.addWidget(window)
    action = window.findChild(object, "actionConnectOffice")
    assert action in window.findChild(object, "menuFile").actions()
    action.trigger()
    assert len(shown) == 1


def test_the_window_says_when_the_data_travels_unencrypted(qtbot, database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(database.target, settings)
    qtbot.addWidget(window)
    status = window.findChild(object, "statusConnection")
    if engines.ENGINE == "postgresql":  # the suite's server offers no TLS
        assert window.windowTitle().endswith("— not encrypted")
        assert status.text() == "Not encrypted" and "offers no encryption" in status.toolTip()
    else:  # a file on this computer: nothing travels
        assert "encrypted" not in window.windowTitle() and status.text() == ""


@pytest.mark.postgresql_only
def test_a_typed_password_connects_and_is_kept_in_the_keychain_not_the_settings(
    qtbot, office: OfficeServer, keychain: MemoryKeychain, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    login = OfficeLogin.from_url(office.url())
    assert login is not None
    dialog = _dialog(qtbot, settings)
    _fill(dialog, login, "wrong")
    dialog.connect_to_office()
    assert dialog.isVisible() and "refused your login" in dialog.error.text()
    assert dialog.password.hasFocus() or dialog.focusWidget() is dialog.password
    dialog.password.setText(PASSWORD)
    dialog.connect_to_office()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.opened is not None
    assert dialog.opened.security.value == "verified"
    assert office_login.find_password(login) == PASSWORD
    settings.sync()
    written = (tmp_path / "settings.ini").read_text()
    assert PASSWORD not in written and settings.last_office == login.url
    store_db.close()
    again = _dialog(qtbot, settings)  # the keychain's password is used when the field stays empty
    again.remember.setChecked(False)
    again.connect_to_office()
    assert again.result() == QDialog.DialogCode.Accepted
    assert office_login.find_password(login) is None  # not to be remembered any more
    store_db.close()


@pytest.mark.postgresql_only
def test_starting_on_an_address_that_needs_a_password_opens_the_dialog(
    qtbot, office: OfficeServer, keychain: MemoryKeychain, settings: Settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.app import open_or_ask

    def type_the_password(dialog: ConnectDialog) -> int:
        assert "asks for your password" in dialog.error.text()
        dialog.password.setText(PASSWORD)
        dialog.remember.setChecked(False)
        dialog.connect_to_office()
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", type_the_password)
    location = open_or_ask(office.url(), settings)
    assert location is not None and location.name == office_server.DATABASE
    assert settings.last_office == OfficeLogin.from_url(office.url()).url  # type: ignore[union-attr]
    store_db.close()


@pytest.mark.postgresql_only
def test_a_database_not_set_up_yet_is_said_and_nothing_is_created(
    qtbot, settings: Settings, database_target: str, keychain: MemoryKeychain
) -> None:  # type: ignore[no-untyped-def]
    login = OfficeLogin.from_url(database_target)
    assert login is not None
    dialog = _dialog(qtbot, settings)
    _fill(dialog, login)
    dialog.connect_to_office()
    assert dialog.isVisible() and "has not been set up for ContactDesk yet" in dialog.error.text()
    assert dialog.database.hasFocus() or dialog.focusWidget() is dialog.database
    store_db.close()
    import psycopg

    with psycopg.connect(database_target) as connection:
        assert connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
