"""After a crash: the next start says so once, shows what to send, and opens the log folder on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contactdesk import logsetup
from contactdesk.ui import messages
from contactdesk.ui.placeholders import fill


class CrashReportDialog(QDialog):
    """A short explanation, the crash text (read-only), and Open log folder / Copy / Close."""

    def __init__(self, text: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashReportDialog")
        self.setWindowTitle(self.tr("ContactDesk stopped unexpectedly"))
        self.folder = folder
        explanation = QLabel(
            self.tr(
                "The last time, ContactDesk stopped because of a problem it did not expect. Your data is safe: "
                "an action that was not finished was not saved. To help fix it, send the text below (or the "
                "files in the log folder) to your administrator or to ContactDesk's support."
            ),
            self,
        )
        explanation.setObjectName("crashExplanation")
        explanation.setWordWrap(True)
        self.details = QPlainTextEdit(text, self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("What to send"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder = buttons.addButton(self.tr("Open &log folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setObjectName("crashOpenFolder")
        self.open_folder.clicked.connect(self.show_folder)
        self.copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setObjectName("crashCopy")
        self.copy.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def copy_text(self) -> None:
        """The crash text to the clipboard, to paste into a message."""
        QApplication.clipboard().setText(self.details.toPlainText())

    def show_folder(self) -> None:
        """The log folder in the file manager (it holds the log and the crash files)."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            messages.warning(
                self,
                self.tr("Open log folder"),
                fill(self.tr("No file manager could be opened. The log folder is %1"), str(self.folder)),
            )


def offer_crash_report(parent: QWidget | None, folder: Path | None = None) -> bool:
    """Show the previous run's crash text once, if there is one; True when it was shown."""
    where = folder if folder is not None else logsetup.folder()
    text = logsetup.collect_previous(where)
    if not text:
        return False
    # Aside first: even if this start crashes too, the same report is not offered again and again.
    logsetup.report_offered(where)
    CrashReportDialog(text, where, parent).exec()
    return True
