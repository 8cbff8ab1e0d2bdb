"""The details of the selected interaction log entry, with its comments (editable)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import interaction_changes, interaction_log
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_log import EntryDetails
from contactdesk.ui import errors, sizing
from contactdesk.ui.dates import long_date
from contactdesk.ui.formatting import amount, number, short_time
from contactdesk.ui.interactions.entries_model import title_text
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup import enum_texts


class EntryDetailsPanel(QGroupBox):
    """Read-only facts of one entry; comments can be changed and saved."""

    comments_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.setObjectName("entryDetails")
        self.entry_no = 0
        self.values: dict[str, QLabel] = {}
        facts = QWidget(self)
        form = QFormLayout(facts)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        # Each value under its label: beside it, a narrow panel left a few letters per line.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(2)
        for key, label in (
            ("title", self.tr("Title")),
            ("contact", self.tr("Contact")),
            ("when", self.tr("Date and time")),
            ("template", self.tr("Interaction template")),
            ("salesperson", self.tr("Salesperson")),
            ("channel", self.tr("Correspondence type")),
            ("flow", self.tr("Information flow")),
            ("cost", self.tr("Cost and duration")),
            ("evaluation", self.tr("Evaluation")),
            ("result", self.tr("Result")),
            ("campaign", self.tr("Campaign")),
            ("opportunity", self.tr("Opportunity")),
            ("segment", self.tr("Segment")),
            ("document", self.tr("Document")),
            ("user", self.tr("User")),
        ):
            value = QLabel(facts)
            value.setObjectName(f"entryDetail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            # Bold names: with each value under its name, plain names would read as one more value.
            name = QLabel(label, facts)
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            name.setBuddy(value)
            form.addRow(name, value)
        self.comments = QPlainTextEdit(self)
        self.comments.setObjectName("entryComments")
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setPlaceholderText(self.tr("No comments. Type one per line and click Save comments."))
        self.comments.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save co&mments"), self)
        self.save_button.setObjectName("entrySaveComments")
        self.save_button.setAccessibleName(self.tr("Save comments"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_comments())
        self.comments.textChanged.connect(lambda: self.save_button.setEnabled(bool(self.entry_no)))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.placeholder = QLabel(self.tr("Select an entry to see its details and comments."), self)
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        # The facts scroll: in a narrow panel they wrap, and a small screen has no room for all of them.
        layout.addWidget(sizing.scrolled(facts, self), 2)
        layout.addWidget(QLabel(self.tr("Comments:"), self))
        layout.addWidget(self.comments, 1)
        layout.addLayout(buttons)
        self.show_entry(0)

    def show_entry(self, entry_no: int) -> None:
        """Show an entry (0 shows nothing)."""
        details = None
        if entry_no:
            try:
                details = interaction_log.get_entry(entry_no)
            except (DomainError, StoreError):
                details = None  # deleted meanwhile: the list refreshes after every change
        self.entry_no = details.row.entry_no if details else 0
        self.placeholder.setVisible(details is None)
        self.setTitle(fill(self.tr("Entry %1"), str(self.entry_no)) if details else self.tr("Details"))
        for value in self.values.values():
            value.setText("")
        self.comments.setEnabled(details is not None)
        self.comments.setPlainText("\n".join(details.comments) if details else "")
        self.save_button.setEnabled(False)
        if details is not None:
            self._fill(details)

    def _fill(self, details: EntryDetails) -> None:
        row = details.row
        texts = {
            "title": title_text(row.title),
            "contact": f"{row.contact_name} ({row.contact_no})" if row.contact_name else row.contact_no,
            "when": " ".join(part for part in (long_date(row.date), short_time(row.time)) if part),
            "template": " · ".join(part for part in (row.template_code, row.group_code, row.language_code) if part),
            "salesperson": row.salesperson_code,
            "channel": enum_texts.text_of(enum_texts.correspondence_types(), row.correspondence_type),
            "flow": " · ".join(
                part
                for part in (
                    enum_texts.text_of(enum_texts.information_flows(), details.information_flow),
                    enum_texts.text_of(enum_texts.initiators(), details.initiated_by),
                )
                if part
            ),
            "cost": fill(self.tr("%1 · %2 min"), amount(row.cost), number(row.duration)),
            "evaluation": " · ".join(
                part
                for part in (
                    enum_texts.text_of(enum_texts.evaluations(), row.evaluation),
                    self.tr("attempt failed") if row.attempt_failed else "",
                    self.tr("canceled") if row.canceled else "",
                )
                if part
            ),
            "result": details.result_description,
            "campaign": " · ".join(
                part
                for part in (
                    row.campaign_no,
                    self.tr("target") if details.campaign_target else "",
                    self.tr("response") if details.campaign_response else "",
                )
                if part
            ),
            "opportunity": details.opportunity_text,
            "segment": " · ".join(part for part in (row.segment_no, details.logged_segment_no) if part),
            "document": details.document_name or self.tr("(none)"),
            "user": details.user_id,
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def save_comments(self) -> None:
        """Replace the entry's comments with the lines typed."""
        if not self.entry_no:
            return
        try:
            interaction_changes.set_comments(self.entry_no, self.comments.toPlainText().splitlines())
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("Cannot save the comments"))
            return
        self.save_button.setEnabled(False)
        self.comments_saved.emit(self.entry_no)
