"""Last step: what was written where, with buttons to open the folder and the combined document."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contactdesk.ui import errors
from contactdesk.ui.merge.flow_texts import FlowTexts
from contactdesk.ui.merge.merge_run import MergeOutcome
from contactdesk.ui.open_document import open_document
from contactdesk.ui.placeholders import fill


class SummaryPage(QWidget):
    """The outcome in words; Open folder / Open combined document / Open PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSummaryPage")
        self.texts = FlowTexts(self)
        self.outcome: MergeOutcome | None = None
        self.title = QLabel(self)
        self.title.setObjectName("mergeSummaryTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.details = QLabel(self)
        self.details.setObjectName("mergeSummaryDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = self._button("mergeOpenFolder", self.tr("Open folder"), lambda: self._open("folder"))
        self.open_combined = self._button(
            "mergeOpenCombined", self.tr("Open combined document"), lambda: self._open("combined")
        )
        self.open_pdf = self._button("mergeOpenPdf", self.tr("Open PDF"), lambda: self._open("pdf"))
        buttons = QHBoxLayout()
        for button in (self.open_folder, self.open_combined, self.open_pdf):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def set_outcome(self, outcome: MergeOutcome) -> None:
        """Describe a finished (or cancelled) merge."""
        self.outcome = outcome
        rows: list[str] = []
        if outcome.cancelled:
            self.title.setText(self.tr("Merge canceled"))
            rows.append(self.texts.cancelled(len(outcome.letters)))
        else:
            self.title.setText(self.tr("The letters are ready"))
        rows.append(self.texts.letters_written(len(outcome.letters), str(outcome.folder)))
        if outcome.emails:
            rows.append(self.texts.drafts_written(len(outcome.emails), str(outcome.emails[0].parent)))
        if outcome.combined is not None:
            rows.append(fill(self.tr("Combined document for printing: %1"), outcome.combined.name))
            for extra in outcome.extra_combined:
                rows.append(fill(self.tr("Letters with another layout are combined in %1"), extra.name))
        elif not outcome.cancelled and outcome.letters and not outcome.emails:
            rows.append(self.tr("No combined document was asked for."))
        elif not outcome.cancelled and outcome.emails and len(outcome.emails) == len(outcome.letters):
            rows.append(self.tr("Every letter goes by e-mail, so there is nothing to print."))
        if outcome.pdf is not None:
            rows.append(fill(self.tr("PDF: %1"), outcome.pdf.name))
        if outcome.pdf_problem is not None:
            rows.append(errors.describe(outcome.pdf_problem))
        rows += self.texts.draft_problems(outcome.problems)
        self.details.setText("<p>" + "</p><p>".join(escape(row).replace("\n", "<br>") for row in rows) + "</p>")
        self.open_folder.setEnabled(outcome.folder.is_dir())
        self.open_combined.setEnabled(outcome.combined is not None)
        self.open_pdf.setVisible(outcome.pdf is not None)

    def _open(self, what: str) -> None:
        if self.outcome is None:
            return
        path: Path | None = {"folder": self.outcome.folder, "combined": self.outcome.combined, "pdf": self.outcome.pdf}[
            what
        ]
        if path is None:
            return
        open_document(self, path)
