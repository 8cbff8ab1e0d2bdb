"""Sentences for problems with the database file itself (part of ui/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactdesk.crm import errors as e
from contactdesk.crm.database import root_certificate_file
from contactdesk.crm.office_errors import KeychainError
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def describe_store_error(error: BaseException) -> str:
    """Sentences for problems with the database file itself."""
    path = getattr(error, "path", "")
    if isinstance(error, e.NotADatabaseError):
        return fill(
            translate(
                "Errors", "The file %1 is not a ContactDesk database. Choose another file, or start with a new one."
            ),
            path,
        )
    if isinstance(error, e.DatabaseMissingError) and "://" in path:
        return fill(
            translate(
                "Errors",
                "The database server has no database %1. Check the database name, or ask your administrator "
                "to create it.",
            ),
            path,
        )
    if isinstance(error, e.DatabaseMissingError):
        return fill(
            translate(
                "Errors", "There is no database at %1. Check the path, open another file, or create a new database."
            ),
            path,
        )
    if isinstance(error, e.DatabaseLockedError):
        return translate(
            "Errors",
            "The database is busy in another program or window. Wait a moment and try again; nothing was changed.",
        )
    if isinstance(error, e.ReadOnlyDatabaseError):
        return fill(
            translate(
                "Errors",
                "The database %1 cannot be written (read-only file or folder). Copy it to a folder you can "
                "write to, or change its permissions.",
            ),
            path,
        )
    if isinstance(error, e.SchemaTooNewError):
        return fill(
            translate(
                "Errors",
                "The database %1 was made by a newer version of ContactDesk (schema %2; this version knows %3). "
                "Install the newer version to open it.",
            ),
            path,
            str(error.found),
            str(error.known),
        )
    if isinstance(error, e.NotInitialisedError):
        return fill(
            translate(
                "Errors",
                "The office database %1 has not been set up for ContactDesk yet. Ask your administrator to run "
                "“contactdesk office init” for it, or check the database name.",
            ),
            path,
        )
    if isinstance(error, e.ServerUnreachableError):
        return fill(
            translate(
                "Errors",
                "The database server for %1 cannot be reached. Check the network connection and the server's "
                "name and port, or ask your administrator whether it is running.",
            ),
            path,
        )
    if isinstance(error, e.PasswordNeededError):
        return fill(
            translate(
                "Errors",
                "The database server asks for your password for %1. Type it in and connect again.",
            ),
            path,
        )
    if isinstance(error, e.ServerNotTrustedError):
        return describe_untrusted_server(error)
    if isinstance(error, KeychainError):
        if error.reason == "unavailable":
            return translate(
                "Errors",
                "This computer has no keychain that ContactDesk can use, so the password was not kept. You "
                "are asked for it the next time you connect.",
            )
        return translate(
            "Errors",
            "The keychain did not keep the password (it may be locked, or access was refused). You are "
            "connected; unlock the keychain and connect again to keep it, or type it in next time.",
        )
    if isinstance(error, e.LoginRefusedError):
        return fill(
            translate(
                "Errors",
                "The database server refused your login for %1. Check your user name and password, or ask your "
                "administrator to give you access.",
            ),
            path,
        )
    if isinstance(error, e.PermissionDeniedError):
        return translate(
            "Errors",
            "Your login may not make this change: it needs an administrator. Nothing was changed. Ask an "
            "administrator of ContactDesk to do it, or to give you that role.",
        )
    if isinstance(error, e.UnsupportedDatabaseUrlError):
        return translate(
            "Errors",
            "The database address is not supported. Use a file path, a sqlite:/// address, or a "
            "postgresql://user@server/database address.",
        )
    if isinstance(error, e.BackupNotAvailableError):
        return office_backup_sentence()
    return fill(translate("Errors", "Something went wrong: %1"), str(error))


def office_backup_sentence() -> str:
    """Why an office database has no Back up / Restore here."""
    return translate(
        "Errors",
        "This is the office database on a server: its administrator backs up the server. Backing up and "
        "restoring here are for a database file on this computer.",
    )


def describe_untrusted_server(error: e.ServerNotTrustedError) -> str:
    """Why the server's certificate was not accepted, and what to do (nothing was sent to the server)."""
    if error.reason == "name":
        return fill(
            translate(
                "Errors",
                "The database server %1 has a certificate for another name, so ContactDesk did not log in. Use "
                "the server's name exactly as your administrator gives it (not an IP address or a nickname).",
            ),
            error.path,
        )
    if error.reason == "no_tls":
        return fill(
            translate(
                "Errors",
                "The address %1 asks for an encrypted connection, but the server offers none. Ask your "
                "administrator to turn on TLS on the server, or remove sslmode from the address.",
            ),
            error.path,
        )
    return fill(
        translate(
            "Errors",
            "The database server %1 could not prove its identity: its certificate is not signed by an authority "
            "this computer trusts, or has expired. ContactDesk did not log in. Ask your administrator for the "
            "office's certificate and save it as %2, then connect again.",
        ),
        error.path,
        str(root_certificate_file()),
    )
