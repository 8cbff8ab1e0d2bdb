"""Step 2 of Create Interaction: the letter, as the template's wizard action says (Open, Import, Merge)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton

from contactdesk.crm import attachments
from contactdesk.crm import interaction_documents as documents
from contactdesk.crm.enums import WizardAction
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.merge.errors import TemplateCheckError
from contactdesk.ui import errors
from contactdesk.ui.open_document import open_document
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.wizard.step import WizardStep


class ContentPage(WizardStep):
    """Prepares the interaction's own document; Next refuses while a required one is missing."""

    def __init__(self) -> None:
        super().__init__("wizardContentPage")
        self.setTitle(self.tr("Content"))
        self.explain = QLabel(self)
        self.explain.setObjectName("wizardContentExplain")
        self.explain.setWordWrap(True)
        self.document = QLabel(self)
        self.document.setObjectName("wizardDocument")
        self.document.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the letter"), self)
        self.open_button.setAccessibleName(self.tr("Open the letter"))
        self.open_button.setObjectName("wizardOpenLetter")
        self.open_button.clicked.connect(lambda _checked=False: self.open_letter())
        self.import_button = QPushButton(self.tr("&Choose a Word document…"), self)
        self.import_button.setAccessibleName(self.tr("Choose a Word document"))
        self.import_button.setObjectName("wizardImport")
        self.import_button.clicked.connect(lambda _checked=False: self.import_document())
        self.merge_button = QPushButton(self.tr("&Merge and preview"), self)
        self.merge_button.setAccessibleName(self.tr("Merge and preview"))
        self.merge_button.setObjectName("wizardMerge")
        self.merge_button.clicked.connect(lambda _checked=False: self.merge_and_preview())
        buttons = QHBoxLayout()
        for button in (self.open_button, self.import_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addWidget(self.explain)
        self.body.addSpacing(8)
        self.body.addLayout(buttons)
        self.body.addWidget(self.document)
        self.finish_layout()

    def initializePage(self) -> None:
        action = self.request.wizard_action
        name = self.request.contact_name or self.request.contact_no
        texts = {
            WizardAction.OPEN: self.tr(
                "The letter is merged for %1 and opened in your word processor. Change it "
                "there and save it, then come back and click Next: the saved letter is "
                "kept with the interaction."
            ),
            WizardAction.IMPORT: self.tr(
                "Choose the Word document (.docx) that belongs to this interaction with "
                "%1. A copy is kept with the interaction."
            ),
            WizardAction.MERGE: self.tr(
                "When you click Next, the template's letter is merged for %1 and kept with "
                "the interaction. Use Merge and preview to see it first."
            ),
        }
        self.setSubTitle(
            fill(
                self.tr("Wizard action: %1 · interaction template %2, language %3"),
                enum_texts.text_of(enum_texts.wizard_actions(), int(action)),
                self.request.template_code,
                self.request.language_code or "–",
            )
        )
        self.explain.setText(fill(texts.get(action, ""), name))
        self.open_button.setVisible(action == WizardAction.OPEN)
        self.import_button.setVisible(action == WizardAction.IMPORT)
        self.merge_button.setVisible(action == WizardAction.MERGE)
        self.clear_error()
        self._show_document()

    def _show_document(self) -> None:
        name = self.request.document_name or (
            Path(self.request.document_path).name if self.request.document_path else ""
        )
        self.document.setText(
            fill(self.tr("Document: %1"), name) if self.request.has_document else self.tr("No document yet.")
        )

    def _prepare(self) -> bool | None:
        """Merge the letter (or take back the kept one) into the work folder.

        True when ready, None when the template has no document, False when a problem was shown.
        """
        request = self.request
        folder = self.owner.work_folder()
        try:
            if request.attachment_id is not None and request.entry_no:
                # A resumed interaction continues with the letter it already had.
                path = documents.export_entry_document(request.entry_no, folder)
            else:
                from contactdesk.merge.interaction_letter import merge_interaction_letter

                if documents.template_document(request.template_code, request.language_code) is None:
                    return None
                path = merge_interaction_letter(request, folder)
                request.merged = True
        except (DomainError, StoreError, OSError) as problem:
            text = errors.describe(problem)
            if isinstance(problem, TemplateCheckError):
                text += "\n" + self.tr(
                    "Correct the template's Word document in Word and attach it again under "
                    "Setup → Interaction templates, or choose another template."
                )
            self.show_error(text)
            return False
        request.document_path, request.document_name = str(path), path.name
        self._show_document()
        return True

    def _no_document_text(self) -> str:
        return fill(
            self.tr(
                "The template %1 has no Word document for this language, so there is nothing to open. Add one "
                "to the template under Setup → Interaction templates, or choose another template."
            ),
            self.request.template_code,
        )

    def open_letter(self) -> None:
        """Open action: prepare the letter once, then open it for editing."""
        if not self.request.document_path:
            ready = self._prepare()
            if not ready:
                if ready is None:
                    self.show_error(self._no_document_text())
                return
        self.clear_error()
        self._open(Path(self.request.document_path))

    def merge_and_preview(self) -> None:
        """Merge action: merge now and open the result to look at it."""
        self.request.document_path = ""
        ready = self._prepare()
        if not ready:
            if ready is None:
                self.show_error(self._no_document_text())
            return
        self.clear_error()
        self._open(Path(self.request.document_path))

    def _open(self, path: Path) -> None:
        open_document(self, path)

    def import_document(self) -> None:
        """Import action: the user picks the interaction's document."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word document"), "", self.tr("Word documents (*.docx)")
        )
        if not path:
            self.show_error(self.tr("Import canceled: no document was chosen."))
            return
        try:
            attachments.validate_docx(Path(path))
        except (DomainError, StoreError) as problem:
            self.show_error(errors.describe(problem))
            return
        self.request.document_path, self.request.document_name = path, Path(path).name
        self.request.merged = False
        self.clear_error()
        self._show_document()

    def validatePage(self) -> bool:
        """Spec 2.11 step 2: Open needs a document (E10), Import needs a chosen file, Merge merges now."""
        action = self.request.wizard_action
        if action == WizardAction.IMPORT and not self.request.has_document:
            self.show_error(
                self.tr(
                    "Import canceled: choose a Word document with the button above, or go back "
                    "and choose another template."
                )
            )
            return False
        if action in (WizardAction.OPEN, WizardAction.MERGE) and not self.request.document_path:
            ready = self._prepare()
            if ready is False:
                return False
            # Merge without a document just records the interaction; Open cannot go on (E10).
            if ready is None and action == WizardAction.OPEN and not self.request.has_document:
                self.show_error(self._no_document_text())
                return False
        self.clear_error()
        return True
