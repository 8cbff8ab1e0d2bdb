"""Where an office login's password comes from: the address, libpq's places, the keychain, else asked.

Against a server of the tests' own whose user `alice` needs her password (office_server.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli_run import call
from tests.office import office_server
from tests.office.conftest import MemoryKeychain
from tests.office.office_server import OfficeServer

from contactdesk.crm import office_login
from contactdesk.crm.database import open_location, switch_to
from contactdesk.crm.errors import PasswordNeededError, PasswordRefusedError
from contactdesk.crm.office_login import OfficeLogin
from contactdesk.store import db as store_db

pytestmark = pytest.mark.postgresql_only
PASSWORD = office_server.PASSWORD


def _login(office: OfficeServer) -> OfficeLogin:
    login = OfficeLogin.from_url(office.url())
    assert login is not None
    return login


def _who() -> str:
    return str(store_db.db.execute_sql("SELECT current_user").fetchone()[0])


def test_the_password_in_the_address_is_used_before_the_keychain(
    office: OfficeServer, keychain: MemoryKeychain
) -> None:
    office_login.store_password(_login(office), "an old password")
    open_location(office.url(password=PASSWORD))
    assert _who() == office_server.USER
    store_db.close()


def test_pgpassword_and_the_password_file_are_libpqs_places(
    office: OfficeServer, keychain: MemoryKeychain, libpq_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_location(office.url())
    assert _who() == office_server.USER
    store_db.close()
    monkeypatch.delenv("PGPASSWORD")
    password_file = libpq_files / ".pgpass"
    password_file.write_text(f"localhost:{office.port}:{office_server.DATABASE}:{office_server.USER}:{PASSWORD}\n")
    password_file.chmod(0o600)
    open_location(office.url())
    assert _who() == office_server.USER
    store_db.close()
    assert keychain.passwords == {}


def test_the_keychain_is_used_when_libpq_has_no_password(office: OfficeServer, keychain: MemoryKeychain) -> None:
    office_login.store_password(_login(office), PASSWORD)
    opened = open_location(office.url())
    assert _who() == office_server.USER
    assert PASSWORD not in opened.target and PASSWORD not in opened.location.display
    store_db.close()


def test_without_a_password_anywhere_the_user_is_asked(office: OfficeServer, keychain: MemoryKeychain) -> None:
    with pytest.raises(PasswordNeededError) as needed:
        open_location(office.url())
    assert "PGPASSWORD" in str(needed.value) and "keychain" in str(needed.value)
    opened = switch_to(office.url(), password=PASSWORD)  # what the dialog does with the typed password
    assert _who() == office_server.USER and PASSWORD not in opened.target
    store_db.close()


def test_a_wrong_password_is_refused_and_the_previous_database_stays(
    office: OfficeServer, keychain: MemoryKeychain, database: object
) -> None:
    before = store_db.db.obj
    with pytest.raises(PasswordRefusedError):
        switch_to(office.url(), password="wrong")
    assert store_db.db.obj is before
    office_login.store_password(_login(office), "an old password")
    with pytest.raises(PasswordRefusedError):
        switch_to(office.url())
    assert store_db.db.obj is before


def test_the_command_line_finds_the_password_in_the_keychain(
    office: OfficeServer, keychain: MemoryKeychain, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = call(capsys, "info", "--db", office.url(), "--json")
    assert code == 1 and err.count("\n") == 1 and "asks for a password" in err
    office_login.store_password(_login(office), PASSWORD)
    code, out, err = call(capsys, "info", "--db", office.url(), "--json")
    assert code == 0, err
    assert json.loads(out)["contacts"] == 0
