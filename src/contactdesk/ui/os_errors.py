"""Sentences for errors of the operating system (a folder that cannot be written, a full disk, a file in use).

Each kind of problem crm.os_problems tells apart gets its own translated sentence naming the file or folder
and saying what to do, instead of the system's English "[Errno 13] Permission denied".
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.crm.os_problems import path_of, problem_of
from contactdesk.ui.placeholders import fill


class OsErrorTexts(QObject):
    """Translated sentences for OSError, each naming the file or folder and saying what to do."""

    def describe(self, error: OSError) -> str:
        """One sentence for an OSError; never the system's English text."""
        path = path_of(error) or self.tr("a file or folder")
        texts = {
            "denied": self.tr(
                "ContactDesk has no permission to use %1. Choose a folder you can write to, or ask "
                "your administrator for access."
            ),
            "full": self.tr(
                "The disk is full, so %1 could not be written. Free some space or choose a folder on "
                "another drive, and try again."
            ),
            "missing": self.tr(
                "ContactDesk cannot find %1. Check that it still exists (a USB stick or network "
                "drive may have been disconnected) and try again."
            ),
            "read_only": self.tr("%1 is on a drive that cannot be written to. Choose a folder on another drive."),
            "in_use": self.tr("Another program is using %1. Close it there (for example in Word) and try again."),
            "too_long": self.tr(
                "The name of %1 is too long for this drive. Choose a shorter file name or a folder "
                "nearer the top of the drive."
            ),
            "not_a_folder": self.tr("Part of %1 is a file, not a folder. Choose another folder."),
            "a_folder": self.tr("%1 is a folder, not a file. Choose a file."),
            "exists": self.tr("%1 already exists. Choose another name, or remove it first."),
            "too_many_open": self.tr("Too many files are open at once. Close some programs and try again."),
            "device": self.tr(
                "The drive holding %1 could not be read or written. Check the drive or the network "
                "connection and try again."
            ),
        }
        text = texts.get(
            problem_of(error),
            self.tr("%1 could not be read or written (system error %2). Check the file and its folder, and try again."),
        )
        return fill(text, path, error.errno if error.errno is not None else "?")
