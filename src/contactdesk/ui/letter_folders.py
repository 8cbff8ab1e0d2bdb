"""Where letters and e-mail drafts go by default, named in the user's language ("ContactDesk-brieven", "Utboks").

A folder the user picked is used as it is. A letters folder made before the names were translated (the
English "ContactDesk letters" under Documents) stays the default while the translated one does not exist,
so letters are not split over two folders after an update or a change of language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

translate = QCoreApplication.translate
ENGLISH_LETTERS = "ContactDesk letters"


def letters_base() -> Path:
    """The folder under Documents that holds one subfolder per merge or delivery."""
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    translated = documents / translate("LetterFolders", "ContactDesk letters")
    english = documents / ENGLISH_LETTERS
    return english if not translated.exists() and english.is_dir() else translated


def outbox_name() -> str:
    """The name of the subfolder that holds the e-mail drafts."""
    return translate("LetterFolders", "outbox")


def outbox_of(folder: Path) -> Path:
    """Where the e-mail drafts of letters written to `folder` go."""
    return Path(folder) / outbox_name()
