"""While the user edits one line's letter in Word: keep the saved file as the line's own letter, or not.

Why a button and not only the file watcher: ContactDesk cannot tell when the user is done. Word saves
drafts, autosaves and keeps the file open, and LibreOffice or Word may already have been running (so
no process of ours ends). The watcher only tells the user that their save arrived; "Keep my edited
letter" then stores what was last saved, checked as a Word document, in one step.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from contactdesk.crm import line_letters
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.segment_data import SegmentLineRow
from contactdesk.ui import errors
from contactdesk.ui.open_document import open_document
from contactdesk.ui.placeholders import fill


class OwnLetterDialog(QDialog):
    """Non-modal: the worksheet stays usable while Word is open; `kept` says which line got its letter."""

    kept = Signal(int)

    def __init__(self, no: str, line: SegmentLineRow, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownLetterDialog")
        self.setWindowTitle(fill(self.tr("Personalise the letter for %1"), line.contact_name))
        self.no, self.line, self.path = no, line, Path(path)
        intro = QLabel(
            fill(
                self.tr(
                    "The letter for %1 is open in your word processor. Change it there and save it "
                    "(keep the name and the Word format). Then choose Keep my edited letter: this line "
                    "then gets exactly that letter when the segment is delivered."
                ),
                f"{line.contact_no} – {line.contact_name}",
            ),
            self,
        )
        intro.setWordWrap(True)
        where = QLabel(fill(self.tr("File: %1"), str(self.path)), self)
        where.setObjectName("ownLetterPath")
        where.setWordWrap(True)
        self.status = QLabel(self.tr("Not saved in the word processor yet."), self)
        self.status.setObjectName("ownLetterStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.keep_button = buttons.addButton(self.tr("&Keep my edited letter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("ownLetterKeep")
        self.keep_button.setAccessibleName(self.tr("Keep my edited letter"))
        self.open_button = QPushButton(self.tr("&Open it again"), self)
        self.open_button.setObjectName("ownLetterOpen")
        self.open_button.setAccessibleName(self.tr("Open it again"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda _checked=False: open_document(self, self.path))
        buttons.accepted.connect(self.keep)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, where, self.status):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.watcher = QFileSystemWatcher([str(self.path), str(self.path.parent)], self)
        self.watcher.fileChanged.connect(self._saved)
        # Word and LibreOffice save by writing a new file and renaming it: the folder changes, the file is new.
        self.watcher.directoryChanged.connect(self._saved)

    def _saved(self, _path: str = "") -> None:
        if self.path.is_file() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))
        stamp = datetime.fromtimestamp(self.path.stat().st_mtime) if self.path.is_file() else None
        if stamp is not None:
            self.status.setText(
                fill(
                    self.tr("Saved at %1. Choose Keep my edited letter when you are done."), stamp.strftime("%H:%M:%S")
                )
            )

    def keep(self) -> None:
        """Store the saved file as the line's letter; a refusal is explained and the window stays open."""
        try:
            # Only this line must be as the user saw it: other edits on the worksheet meanwhile are fine.
            line_letters.keep_own_letter(self.no, self.line.line_no, self.path, None, self.line.version)
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self, problem, self.tr("Keep my edited letter"))
            return
        self.kept.emit(self.line.line_no)
        self.accept()
