"""The office database's login, and keeping its password in the OS keychain (never in a settings file).

A password comes, in this order, from: the address itself (postgresql://user:password@host/db), libpq's
usual places (PGPASSWORD, ~/.pgpass; libpq reads them when we give it no password), the OS keychain
through `keyring` (Windows Credential Locker, macOS Keychain, Secret Service on Linux), else the user is
asked. A computer without a keychain we can use (keyring's fail or null backend, e.g. a headless Linux)
has the password asked each time. crm/database.py applies the order; this module only knows the
keychain and what a login is.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from contactdesk.crm.office_errors import KeychainError
from contactdesk.store.location import DatabaseLocation

SERVICE = "ContactDesk office database"
DEFAULT_PORT = 5432


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a bare container without a user name
        return ""


@dataclass(frozen=True)
class OfficeLogin:
    """Who connects to which office database: the keychain entry's key and the address, without password."""

    host: str
    port: int
    database: str
    user: str

    @property
    def key(self) -> str:
        """The name the keychain keeps the password under."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def url(self) -> str:
        """The address to connect to (and to remember), never with a password."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.database, safe='')}"

    @classmethod
    def from_url(cls, url: str | DatabaseLocation) -> OfficeLogin | None:
        """The login an address names; None for a SQLite file. libpq's defaults fill what it leaves out."""
        text = url.url if isinstance(url, DatabaseLocation) else url
        parts = urlsplit(text)
        if not parts.scheme.lower().startswith("postgres"):
            return None
        user = unquote(parts.username or "") or _os_user()
        database = unquote(parts.path.lstrip("/")) or user
        return cls(parts.hostname or "", parts.port or DEFAULT_PORT, database, user)


def password_in_url(url: str | DatabaseLocation) -> bool:
    """True when the address itself carries the password (then nothing else is asked)."""
    text = url.url if isinstance(url, DatabaseLocation) else url
    return urlsplit(text).password is not None


@dataclass(frozen=True)
class KeychainStatus:
    """Whether passwords can be kept here, and which keychain that is (for the dialog's note)."""

    usable: bool
    backend: str  # keyring's name for it, or "" when keyring is not installed


def _backend() -> Any:
    """keyring's chosen backend, or None when none can keep passwords on this computer."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:  # installed without the office extra
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keychain setup must not stop anyone from connecting
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return backend


def keychain_status() -> KeychainStatus:
    """Whether this computer has a keychain we can keep the password in."""
    backend = _backend()
    if backend is None:
        try:
            import keyring

            return KeychainStatus(False, str(getattr(keyring.get_keyring(), "name", "")))
        except Exception:  # noqa: BLE001 - see _backend
            return KeychainStatus(False, "")
    return KeychainStatus(True, str(getattr(backend, "name", type(backend).__name__)))


def find_password(login: OfficeLogin) -> str | None:
    """The password kept for `login`; None when there is none, or no keychain (never raises)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        found = backend.get_password(SERVICE, login.key)
    except Exception:  # noqa: BLE001 - a locked or failing keychain is the same as "not kept": ask
        return None
    return str(found) if found is not None else None


def store_password(login: OfficeLogin, password: str) -> None:
    """Keep the password for `login` in the keychain; KeychainError when that is not possible."""
    backend = _backend()
    if backend is None:
        raise KeychainError("there is no keychain on this computer to keep the password in", "unavailable")
    try:
        backend.set_password(SERVICE, login.key, password)
    except Exception as exc:  # noqa: BLE001 - locked, refused by the user, or the service went away
        raise KeychainError(f"the keychain did not keep the password: {exc}", "refused") from exc


def forget_password(login: OfficeLogin) -> bool:
    """Remove the kept password for `login`; True when one was removed (quiet when there was none)."""
    backend = _backend()
    if backend is None or find_password(login) is None:
        return False
    try:
        backend.delete_password(SERVICE, login.key)
    except Exception:  # noqa: BLE001 - nothing to remove, or the keychain is locked: nothing we can do
        return False
    return True
