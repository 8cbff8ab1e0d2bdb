"""Import step 1: choose the file; it is read (not yet checked) when the user presses Next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from contactdesk.crm.imports import read_source
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard


class FilePage(QWizardPage):
    """A path field with Browse…; Next reads the file and recognises its layout."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(
            self.tr(
                "A CSV file (from ContactDesk, Outlook, Google Contacts or a spreadsheet) or a "
                "vCard file (.vcf). Nothing is written until you confirm at the end."
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("importFilePath")
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        browse = QPushButton(self.tr("B&rowse…"), self)
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        hint = QLabel(
            self.tr(
                "Encodings UTF-8, UTF-16 and Windows-1252 and the separators ; , and tab are recognised by themselves."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(1)

    def browse(self) -> None:
        """Pick the file with the system's file dialog."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a contacts file"),
            self.path.text(),
            self.tr("Contacts (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = self.path.text().strip()
        source = run_with_progress(self, fill(self.tr("Reading %1…"), path), 0, lambda _report: read_source(path))
        if source is None:
            return False
        self.wizard_.set_source(source)
        return True
