"""First step of the merge dialog: where the letters go and what else to make."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.segment_data import SegmentHeader
from contactdesk.merge import pdf
from contactdesk.ui import theme
from contactdesk.ui.letter_folders import letters_base, outbox_name
from contactdesk.ui.merge.flow_texts import FlowTexts
from contactdesk.ui.merge.merge_run import MergeRequest
from contactdesk.ui.merge_errors import MergeTexts
from contactdesk.ui.placeholders import fill


def default_folder(segment_no: str) -> Path:
    """A new folder per merge under Documents, so letters of two runs never mix (or replace each other)."""
    base = letters_base()
    candidate, counter = base / segment_no, 1
    while candidate.exists() and any(candidate.iterdir()):
        counter += 1
        candidate = base / f"{segment_no} ({counter})"
    return candidate


class MergeOptionsPage(QWidget):
    """Folder, combined print document (in post-code order), PDF, and what happens to e-mail lines."""

    changed = Signal()

    def __init__(self, header: SegmentHeader, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeOptionsPage")
        self.header = header
        self.texts = FlowTexts(self)
        title = QLabel(
            fill(self.tr("Merge segment %1 – %2"), header.no, header.description or self.tr("(no description)")), self
        )
        title.setObjectName("mergeTitle")
        title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        intro = QLabel(
            self.tr(
                "Every line of the segment gets its own Word letter, made from its interaction "
                "template in the contact's language. The template is checked first, and you can "
                "look at a preview before anything is written."
            )
            + " "
            + self.texts.lines(header.lines),
            self,
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(folder or default_folder(header.no)), self)
        self.folder_edit.setObjectName("mergeFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder for the letters"))
        self.folder_edit.textChanged.connect(self._folder_changed)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("mergeChooseFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.folder_note = QLabel(self)
        self.folder_note.setObjectName("mergeFolderNote")
        self.folder_note.setWordWrap(True)
        self.folder_note.setStyleSheet(theme.text_style(theme.Role.WARNING))
        self.combined = QCheckBox(
            self.tr("Combined document for printing: every paper letter in one Word file, each on its own pages"), self
        )
        self.combined.setObjectName("mergeCombined")
        self.combined.setChecked(True)
        self.post_code = QCheckBox(self.tr("Sorted by country and post code (for the post)"), self)
        self.post_code.setObjectName("mergePostCodeOrder")
        self.post_code.setChecked(True)
        self.pdf = QCheckBox(self.tr("Also as PDF"), self)
        self.pdf.setObjectName("mergePdf")
        self.pdf_note = QLabel(self)
        self.pdf_note.setObjectName("mergePdfNote")
        self.pdf_note.setWordWrap(True)
        self.combined.toggled.connect(self._update_enabled)
        self.pdf.toggled.connect(self._update_enabled)
        email = QLabel(
            fill(
                self.tr(
                    "Lines whose correspondence type is E-mail also get an e-mail draft (an .eml file "
                    "with the letter attached) in the subfolder “%1”; open it in your mail program "
                    "to check and send it. Their letters are not printed."
                ),
                outbox_name(),
            ),
            self,
        )
        email.setObjectName("mergeEmailNote")
        email.setWordWrap(True)
        # Notes sit in the column of what they explain; a form row of their own leaves a gap when hidden.
        folder_column = QVBoxLayout()
        folder_column.addLayout(folder_row)
        folder_column.addWidget(self.folder_note)
        print_column = QVBoxLayout()
        print_column.addWidget(self.combined)
        sub_options = QVBoxLayout()
        sub_options.setContentsMargins(24, 0, 0, 0)
        for widget in (self.post_code, self.pdf, self.pdf_note):
            sub_options.addWidget(widget)
        print_column.addLayout(sub_options)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_column)
        form.addRow(self.tr("Print:"), print_column)
        form.addRow(self.tr("E-mail:"), email)
        form.setVerticalSpacing(14)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        self._detect_pdf()
        self._folder_changed()

    def _detect_pdf(self) -> None:
        # Asked once per dialog: finding LibreOffice means looking through PATH and the usual places.
        self.pdf_available = pdf.find_soffice() is not None
        if self.pdf_available:
            self.pdf.setToolTip(self.tr("LibreOffice turns the combined document into a PDF."))
            self.pdf_note.hide()
        else:
            hint = fill(
                self.tr("PDF needs LibreOffice, which is not installed. %1"),
                MergeTexts(self).install_hint(pdf.install_source()),
            )
            self.pdf.setChecked(False)
            self.pdf.setEnabled(False)
            self.pdf.setText(self.tr("Also as PDF (needs LibreOffice)"))
            self.pdf.setToolTip(hint)
            self.pdf_note.setText(hint)
            self.pdf_note.show()
        self._update_enabled()

    def _update_enabled(self) -> None:
        # A PDF is made of the combined document, so asking for one asks for that too.
        if self.pdf.isChecked() and not self.combined.isChecked():
            self.combined.setChecked(True)
        self.post_code.setEnabled(self.combined.isChecked())
        self.changed.emit()

    def _folder_changed(self) -> None:
        folder = self.folder()
        count = len(list(folder.glob("*.docx"))) if folder is not None and folder.is_dir() else 0
        self.folder_note.setText(self.texts.existing_files(count) if count else "")
        self.folder_note.setVisible(bool(count))
        self.changed.emit()

    def folder(self) -> Path | None:
        """The chosen folder; None while the field is empty."""
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose_folder(self) -> None:
        """Pick the folder with the system's folder dialog."""
        current = self.folder()
        start = (
            current
            if current is not None and current.is_dir()
            else (current.parent if current is not None else Path.home())
        )
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), str(start))
        if chosen:
            self.folder_edit.setText(chosen)

    def request(self) -> MergeRequest | None:
        """What the user chose; None without a folder."""
        folder = self.folder()
        if folder is None:
            return None
        return MergeRequest(
            self.header.no,
            folder,
            self.combined.isChecked(),
            self.post_code.isChecked(),
            self.pdf.isChecked() and self.pdf_available,
        )
