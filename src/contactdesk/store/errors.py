"""Errors raised while opening or migrating a database; the UI turns each into one sentence."""

from __future__ import annotations


class StoreError(Exception):
    """Base for database-level problems a user can cause or fix."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class NotADatabaseError(StoreError):
    """The chosen file exists but is not a ContactDesk/SQLite database."""


class DatabaseMissingError(StoreError):
    """No database at the given path, and the command may not create one."""


class DatabaseLockedError(StoreError):
    """Another program holds the database; writing timed out."""


class ReadOnlyDatabaseError(StoreError):
    """The database file or its folder cannot be written."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer ContactDesk than this one."""

    def __init__(self, message: str, path: str = "", found: int = 0, known: int = 0) -> None:
        super().__init__(message, path)
        self.found = found
        self.known = known


class BackupNotAvailableError(StoreError):
    """Backups and restores are for a database file; an office database's server is backed up by its administrator."""


class NotInitialisedError(StoreError):
    """A server database without ContactDesk's tables: `contactdesk office init` sets it up."""


class ServerUnreachableError(StoreError):
    """The database server cannot be reached (not running, wrong host or port, no network)."""


class LoginRefusedError(StoreError):
    """The database server refused the login (unknown user, wrong password, not allowed from here)."""


class PermissionDeniedError(StoreError):
    """The database refused the action for this login's role (for example, staff changing setup)."""


class UnsupportedDatabaseUrlError(StoreError):
    """The --db value is neither a file path nor a URL peewee knows."""


class PasswordNeededError(LoginRefusedError):
    """The server asks for a password and none was given (not in the address, libpq's files or the keychain)."""


class PasswordRefusedError(LoginRefusedError):
    """The server refused the password it was given."""


class ServerNotTrustedError(StoreError):
    """The server's TLS certificate could not be verified, so nothing was sent to it.

    reason: "name" (the certificate is for another server name), "unknown" (not signed by a certificate
    authority this computer trusts, or expired), "no_root" (no file of trusted authorities to check it
    with), "no_tls" (the address asks for encryption and the server offers none).
    """

    def __init__(self, message: str, path: str = "", reason: str = "unknown") -> None:
        super().__init__(message, path)
        self.reason = reason
