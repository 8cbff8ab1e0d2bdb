"""Cover sheets for a segment (issue 12 §4): the text to print, whether to log an entry per contact,
then where to save the one Word document (written in the background, cancellable)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import cover_sheets
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_documents import safe_file_name
from contactdesk.crm.marketing_setup import get_marketing_setup
from contactdesk.ui import errors
from contactdesk.ui.letter_folders import letters_base
from contactdesk.ui.open_document import open_document
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from contactdesk.merge.cover_sheet import CoverSheetResult


class CoverSheetDialog(QDialog):
    """Collects the text and options; Save as… asks where, then writes the sheets (`result` afterwards)."""

    def __init__(self, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverSheetDialog")
        self.no = no
        self.result_: CoverSheetResult | None = None
        self.setWindowTitle(fill(self.tr("Cover sheets – segment %1"), no))
        try:
            count = len(cover_sheets.recipients(no))
        except (DomainError, StoreError):
            count = 0
        intro = QLabel(
            fill(
                self.tr(
                    "One page for each contact on the segment (%1 pages): your company as the sender, the "
                    "contact's address and the text below, in one Word document to print."
                ),
                str(count),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("coverSheetText")
        self.text.setAccessibleName(self.tr("Text on every cover sheet"))
        self.text.setPlaceholderText(self.tr("For example: Enclosed you find our new catalogue."))
        self.text.setTabChangesFocus(True)
        text_label = QLabel(self.tr("&Text on every page:"), self)
        text_label.setBuddy(self.text)
        self.template = get_marketing_setup().cover_sheet_template_code
        self.log = QCheckBox(self.tr("&Log an interaction for each contact"), self)
        self.log.setObjectName("coverSheetLog")
        self.log.setAccessibleName(self.tr("Log an interaction for each contact"))
        self.log_hint = QLabel(self)
        self.log_hint.setObjectName("coverSheetLogHint")
        self.log_hint.setWordWrap(True)
        if self.template:
            self.log_hint.setText(fill(self.tr("Each entry gets interaction template %1."), self.template))
        else:
            self.log.setEnabled(False)
            self.log_hint.setText(
                self.tr("To log them, choose a cover sheet template under Setup → Marketing setup first.")
            )
        self.open_after = QCheckBox(self.tr("&Open the document when it is written"), self)
        self.open_after.setObjectName("coverSheetOpen")
        self.open_after.setAccessibleName(self.tr("Open the document when it is written"))
        self.open_after.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("coverSheetSave")
        self.save_button.setAccessibleName(self.tr("Save as"))
        self.save_button.setEnabled(count > 0)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log)
        layout.addWidget(self.log_hint)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _target(self) -> Path | None:
        suggested = letters_base() / f"{safe_file_name(fill(self.tr('Cover sheets %1'), self.no))}.docx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the cover sheets"), str(suggested), self.tr("Word document (*.docx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def save(self) -> None:
        """Ask where, write in the background (Cancel leaves no file and no entries), then open it if asked."""
        target = self._target()
        if target is None:
            return
        from contactdesk.merge.cover_sheet import steps, write_cover_sheets  # the document library loads on use

        no, text, log = self.no, self.text.toPlainText(), self.log.isChecked()
        try:
            maximum = steps(no, log)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        result = run_with_progress(
            self,
            self.tr("Writing the cover sheets…"),
            maximum,
            lambda report: write_cover_sheets(no, text, target, log=log, report=report),
        )
        if result is None:
            return
        self.result_ = result
        if self.open_after.isChecked():
            open_document(self, result.path)
        self.accept()
