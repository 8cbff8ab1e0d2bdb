"""Connecting to an office database server: the password, a time limit, and TLS that verifies the server.

libpq has no mode for "verify the server's certificate when it offers TLS, else go on without":
`prefer` (its default) encrypts without checking whom it talks to, and `verify-full` refuses a server
without TLS. So we ask for `verify-full`, and only when the server answers that it does not do TLS at
all do we connect once more with `sslmode=disable`, and report that (ConnectionSecurity.PLAIN) so the
window can say "not encrypted". A certificate that cannot be verified is never a reason to fall back:
that is the very case verify-full protects against.

The authorities a server's certificate may be signed by (`sslrootcert`): libpq's own file when it
exists (~/.postgresql/root.crt; %APPDATA%\\postgresql\\root.crt on Windows), else the system's bundle
as Python's ssl module finds it (psycopg's binary wheel has its own OpenSSL, which looks in its build
folder instead), else libpq's `system`. An address or environment that sets sslmode or sslrootcert
itself (`?sslmode=require`, PGSSLMODE, PGSSLROOTCERT) is used exactly as given, without falling back.
"""

from __future__ import annotations

import os
import weakref
from enum import StrEnum
from pathlib import Path
from typing import Any

from peewee import Database, SqliteDatabase

from contactdesk.store.errors import ServerNotTrustedError

# Databases whose verify-full we chose ourselves (not the address), so may connect without TLS instead.
_OUR_TLS_CHOICE: weakref.WeakSet[Database] = weakref.WeakSet()
# Without a limit, a server that does not answer holds the window for minutes (TCP's own timeout).
CONNECT_TIMEOUT_S = 10


class ConnectionSecurity(StrEnum):
    """How the data travels between this computer and the database."""

    FILE = "file"  # a SQLite file: nothing travels
    LOCAL = "local"  # a Unix socket on this computer: nothing crosses the network
    VERIFIED = "verified"  # TLS, with the server's certificate and name verified
    ENCRYPTED = "encrypted"  # TLS without verifying the server (the address asked for it)
    PLAIN = "plain"  # not encrypted: the server offers no TLS


def libpq_folder() -> Path:
    """Where libpq looks for its own files (root.crt, and the password file on Windows)."""
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "postgresql"
    return Path.home() / ".postgresql"


def root_certificate_file() -> Path:
    """The file libpq reads trusted authorities from by default: where an office's own CA goes."""
    given = os.environ.get("PGSSLROOTCERT", "")
    return Path(given) if given and given != "system" else libpq_folder() / "root.crt"


def _trusted_authorities() -> str | None:
    """The sslrootcert to pass, or None when libpq finds its own (its file, or PGSSLROOTCERT)."""
    if os.environ.get("PGSSLROOTCERT") or (libpq_folder() / "root.crt").is_file():
        return None
    import ssl  # only for a server: loading it costs a single desktop's start-up time

    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and Path(candidate).is_file():
            return candidate
    return "system"


def connect_options(given: dict[str, Any], password: str | None) -> dict[str, Any]:
    """What to add to an address's own connection parameters (never overriding what it says itself)."""
    options: dict[str, Any] = {}
    if password is not None and not given.get("password"):
        options["password"] = password
    if "connect_timeout" not in given and not os.environ.get("PGCONNECT_TIMEOUT"):
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    if "sslmode" in given or os.environ.get("PGSSLMODE"):
        return options
    options["sslmode"] = "verify-full"
    authorities = None if "sslrootcert" in given else _trusted_authorities()
    if authorities is not None:
        options["sslrootcert"] = authorities
    return options


def chose_tls(database: Database) -> bool:
    """True when we (not the address) asked this database for verify-full, so a server without TLS may be
    connected to without it."""
    return database in _OUR_TLS_CHOICE


def mark_tls_choice(database: Database, ours: bool) -> None:
    """Remember whether the TLS choice was ours (see chose_tls)."""
    if ours:
        _OUR_TLS_CHOICE.add(database)
    else:
        _OUR_TLS_CHOICE.discard(database)


def without_tls(database: Database) -> None:
    """The server offers no TLS: connect this database (and its worker threads' connections) without."""
    database.connect_params["sslmode"] = "disable"
    database.connect_params.pop("sslrootcert", None)
    mark_tls_choice(database, False)


def is_no_tls(error: BaseException) -> bool:
    """True for "the server does not do TLS at all" (and not for a certificate that failed the check)."""
    return isinstance(error, ServerNotTrustedError) and error.reason == "no_tls"


def connection_security(database: Database) -> ConnectionSecurity:
    """How the open connection of `database` travels (call on a bound, connected database)."""
    if isinstance(database, SqliteDatabase):
        return ConnectionSecurity.FILE
    connection = database.connection()  # type: ignore[no-untyped-call]
    pgconn = getattr(connection, "pgconn", None)
    if pgconn is None:  # another driver: we cannot tell, so do not claim encryption
        return ConnectionSecurity.PLAIN
    if pgconn.ssl_in_use:
        mode = database.connect_params.get("sslmode") or os.environ.get("PGSSLMODE", "prefer")
        return ConnectionSecurity.VERIFIED if mode == "verify-full" else ConnectionSecurity.ENCRYPTED
    host = str(connection.info.host)
    if host.startswith(("/", "@")):  # a socket folder, or Linux's abstract socket namespace
        return ConnectionSecurity.LOCAL
    return ConnectionSecurity.PLAIN
