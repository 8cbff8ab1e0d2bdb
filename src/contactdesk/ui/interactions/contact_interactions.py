"""The Interactions tab of the contact card: this contact's entries and a way to create one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.contact_statistics import contact_statistics
from contactdesk.crm.contacts import count_persons
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_documents import export_entry_document
from contactdesk.crm.interaction_log import EntryFilter
from contactdesk.ui import errors, formatting, sizing
from contactdesk.ui.contacts.phone_call_action import call_button
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.interactions.entries_model import CONTACT_COLUMNS, EntriesModel
from contactdesk.ui.open_document import open_document, scratch_folder
from contactdesk.ui.placeholders import fill
from contactdesk.ui.wizard.interaction_wizard import InteractionWizard, start_interaction_wizard


class ContactInteractionsTab(QWidget):
    """Every entry of one contact, newest first, canceled ones included (marked)."""

    def __init__(self, contact_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactInteractions")
        self.contact_no = contact_no
        self.wizard: InteractionWizard | None = None
        self.model = EntriesModel(CONTACT_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("contactInteractionsTable")
        self.table.setAccessibleName(self.tr("Interactions of this contact"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.open_document())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.create_button = QPushButton(self.tr("&Create interaction…"), self)
        self.create_button.setObjectName("contactCreateInteraction")
        self.create_button.setAccessibleName(self.tr("Create interaction"))
        self.create_button.clicked.connect(lambda _checked=False: self.create_interaction())
        self.call_button = call_button(self, lambda: (self.contact_no, "", 0), self.refresh)
        self.open_button = QPushButton(self.tr("Open &document"), self)
        self.open_button.setObjectName("contactOpenDocument")
        self.open_button.setAccessibleName(self.tr("Open document"))
        self.open_button.clicked.connect(lambda _checked=False: self.open_document())
        self.stack = EmptyState(self.table, self.model, "contactInteractionsEmpty", self)
        self.empty = self.stack.panel
        self.stack.set_empty(
            self.tr("No interactions with this contact yet"),
            self.tr(
                "Letters, calls and meetings with this contact appear here once they are recorded, "
                "also when a segment with this contact is logged."
            ),
        )
        self.stack.add_action("contactInteractionsEmptyCreate", self.tr("Create interaction…"), self.create_interaction)
        self.summary = QLabel(self)
        self.summary.setObjectName("contactInteractionsSummary")
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        # The totals have a line of their own: beside three buttons they were squeezed to a few words a line.
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read this contact's entries."""
        try:
            self.model.set_filter(EntryFilter(contact_no=self.contact_no, canceled=None))
            totals = contact_statistics(self.contact_no)
            with_persons = bool(totals.interactions) and count_persons(self.contact_no) > 0
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        # The reference's statistics: canceled and postponed entries do not count, a company's include its persons'.
        self.summary.setText(
            fill(
                # A company's totals hold its persons' entries, which its own list does not show: say so.
                self.tr("With its persons: %n interaction(s), cost %1, duration %2 min", "", totals.interactions)
                if with_persons
                else self.tr("%n interaction(s), cost %1, duration %2 min", "", totals.interactions),
                formatting.amount(totals.cost),
                formatting.number(totals.duration),
            )
            if totals.interactions
            else ""
        )
        self.table.resizeColumnsToContents()
        sizing.fit_headers(self.table)
        self._update_buttons()

    def _current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.entry_no if row is not None and row.has_document else 0

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self._current()))

    def create_interaction(self) -> None:
        """The wizard for this contact; the list refreshes when it logs something."""
        wizard = start_interaction_wizard(self, contact_no=self.contact_no)
        if wizard is None:
            return
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = wizard
        wizard.interaction_logged.connect(lambda _entry_no: self.refresh())

    def open_document(self) -> None:
        """Open a copy of the selected entry's letter."""
        entry_no = self._current()
        if not entry_no:
            return
        title = self.tr("Cannot open the document")
        try:
            path = export_entry_document(entry_no, scratch_folder())
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self, problem, title)
            return
        open_document(self, path, title)
