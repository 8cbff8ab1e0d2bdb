"""The letter for one recipient, rendered to a temporary .docx and shown as text; Word can open it."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from contactdesk.crm.errors import DomainError
from contactdesk.merge.names import safe_stem
from contactdesk.merge.segment_check import SegmentCheck, letter_paragraphs
from contactdesk.ui import errors
from contactdesk.ui.merge.recipients_model import LINE_ROLE, RecipientsModel
from contactdesk.ui.open_document import open_document, scratch_folder


class PreviewPanel(QWidget):
    """Pick a recipient (the "worst" ones come first); the letter's text appears below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreview")
        self.check: SegmentCheck | None = None
        self.current: Path | None = None
        # Previews live in a folder of this panel's own, removed when the dialog closes.
        self._folder = Path(tempfile.mkdtemp(prefix="contactdesk-preview-"))
        self._count = 0
        self.model = RecipientsModel(self)
        self.recipients = QComboBox(self)
        self.recipients.setObjectName("mergePreviewRecipient")
        self.recipients.setAccessibleName(self.tr("Preview the letter for"))
        self.recipients.setModel(self.model)
        self.recipients.setMinimumContentsLength(40)
        self.recipients.currentIndexChanged.connect(self._show_current)
        self.open_button = QPushButton(self.tr("Open in Word"), self)
        self.open_button.setObjectName("mergeOpenPreview")
        self.open_button.setToolTip(
            self.tr("Opens a copy of this letter in your word processor; changing it changes nothing in the merge.")
        )
        self.open_button.clicked.connect(self.open_in_word)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("mergePreviewText")
        self.text.setAccessibleName(self.tr("Letter preview"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # A sheet of paper rather than a form field: it is a letter someone will read.
        self.text.setStyleSheet("QPlainTextEdit { background: white; color: black; }")
        self.text.document().setDocumentMargin(24)
        row = QHBoxLayout()
        label = QLabel(self.tr("Preview for:"), self)
        label.setBuddy(self.recipients)
        row.addWidget(label)
        row.addWidget(self.recipients, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)

    def set_check(self, check: SegmentCheck) -> None:
        """Offer the recipients of a new check; shows the first "worst" one."""
        self.check = check
        self.recipients.blockSignals(True)
        self.model.set_recipients(check.recipients)
        self.recipients.blockSignals(False)
        self.recipients.setCurrentIndex(0 if self.model.rowCount() else -1)
        self._show_current()

    def show_line(self, line_no: int) -> None:
        """Preview the letter of one segment line."""
        row = self.model.row_of(line_no)
        if row >= 0:
            self.recipients.setCurrentIndex(row)

    def _show_current(self) -> None:
        self.current = None
        self.open_button.setEnabled(False)
        line_no = self.recipients.currentData(LINE_ROLE)
        if self.check is None or not isinstance(line_no, int):
            self.text.setPlainText(self.tr("No letter to preview."))
            return
        recipient = self.model.recipient_at(self.recipients.currentIndex())
        stem = safe_stem(recipient.contact_no, recipient.name) if recipient else str(line_no)
        self._count += 1
        target = self._folder / f"{self._count:03d}" / f"{stem}.docx"
        try:
            path = self.check.render_preview(line_no, target)
            paragraphs = letter_paragraphs(path)
        except DomainError as exc:
            self.text.setPlainText(self.tr("This letter cannot be made yet:") + "\n\n" + errors.describe(exc))
            return
        except OSError as exc:
            # A file that vanished or a folder we may not write: say so in the preview, the check lists the rest.
            self.text.setPlainText(self.tr("This letter cannot be shown.") + "\n\n" + errors.describe(exc))
            return
        except (ValueError, KeyError):
            self.text.setPlainText(
                self.tr(
                    "This letter cannot be shown: the document is damaged or is not a Word "
                    "document. Open the template in Word, save it again as .docx and attach "
                    "it again."
                )
            )
            return
        self.current = path
        # A blank line between paragraphs stands in for Word's paragraph spacing.
        self.text.setPlainText(re.sub(r"\n{3,}", "\n\n", "\n\n".join(paragraphs)).strip())
        self.open_button.setEnabled(True)

    def text_shown(self) -> str:
        """The preview's text (for tests and screen readers)."""
        return self.text.toPlainText()

    def open_in_word(self) -> None:
        """Open a copy of the preview that outlives this dialog (Word may still be reading it when we close)."""
        if self.current is None:
            return
        copy = scratch_folder() / (self.tr("Preview") + " - " + self.current.name)
        shutil.copyfile(self.current, copy)
        open_document(self, copy)

    def cleanup(self) -> None:
        """Remove the previews."""
        shutil.rmtree(self._folder, ignore_errors=True)
