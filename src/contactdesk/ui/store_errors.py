"""Sentences for problems with the database file itself (part of ui/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactdesk.crm import errors as e
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
    return fill(translate("Errors", "Something went wrong: %1"), str(error))
