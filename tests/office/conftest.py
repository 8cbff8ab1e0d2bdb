"""Fixtures for connecting to an office database: a keychain in memory, libpq's files in the test's own
folder, and (PostgreSQL runs) a server with TLS and a password login (office_server.py)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from tests.office import office_server
from tests.office.office_server import OfficeServer

from contactdesk.store import db as store_db


class MemoryKeychain(KeyringBackend):
    """A keychain that keeps passwords in this process: the OS keychain is outside the test's reach."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    """A working keychain, empty at the start."""
    previous = keyring.get_keyring()
    memory = MemoryKeychain()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """No keychain at all, as on a headless Linux (keyring's fail backend)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def libpq_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """libpq's own places (home folder, password file, environment) in the test's folder, empty."""
    home = tmp_path / "home"
    (home / ".postgresql").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PGPASSFILE", str(home / ".pgpass"))
    for name in ("PGPASSWORD", "PGSSLMODE", "PGSSLROOTCERT", "PGUSER", "PGHOST", "PGPORT"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def office_server_running() -> Iterator[OfficeServer]:
    """The TLS + password server, started once (only PostgreSQL runs ask for it)."""
    import psycopg

    from contactdesk.store.opening import open_database

    server = office_server.start()
    try:
        deadline = time.monotonic() + 10
        while True:  # pg_reload_conf() only signals the server: wait until it offers TLS
            try:
                psycopg.connect(server.admin_url.replace("disable", "require"), connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        url = server.url(password=office_server.PASSWORD) + f"?sslrootcert={server.root_certificate}"
        open_database(url, create=True)
        store_db.close()
        yield server
    finally:
        office_server.stop(server)


@pytest.fixture
def office(office_server_running: OfficeServer, libpq_files: Path) -> OfficeServer:
    """The office server, with its authority trusted the way an office does it: in ~/.postgresql/root.crt."""
    shutil.copy(office_server_running.root_certificate, libpq_files / ".postgresql" / "root.crt")
    return office_server_running
