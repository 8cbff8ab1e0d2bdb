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
    if isinstance(error, e.UnsupportedDatabaseUrlError):
        return translate("Errors", "The database address is not supported. Use a file path or a sqlite:/// address.")
    return fill(translate("Errors", "Something went wrong: %1"), str(error))
