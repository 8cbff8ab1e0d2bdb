"""Opening a document or folder in the program the system has for it: one behaviour and one sentence everywhere."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from contactdesk.ui import messages
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def scratch_folder() -> Path:
    """A new folder for a copy to open: Word may keep reading the copy after we are done with it."""
    return Path(tempfile.mkdtemp(prefix="contactdesk-open-"))


def open_document(parent: QWidget | None, path: Path, title: str = "") -> bool:
    """Open `path` (a file or folder) with the system's program; say what to do when that cannot be done."""
    if not path.exists():
        problem = translate(
            "OpenDocument",
            "“%1” is no longer there: it was moved or deleted. Make it again, or look for it in your file manager.",
        )
    elif QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    else:
        problem = translate(
            "OpenDocument",
            "No program on this computer opened “%1”. Install one for this kind of file (Word or "
            "LibreOffice Writer for letters), or open it from your file manager.",
        )
    messages.warning(parent, title or translate("OpenDocument", "Cannot open the document"), fill(problem, str(path)))
    return False
