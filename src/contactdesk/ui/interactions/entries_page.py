"""What the Interaction Log and Postponed Interactions pages share: filters, a paged table, selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_log import EntryRow
from contactdesk.ui import errors, sizing
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.interactions.entries_model import EntriesModel
from contactdesk.ui.interactions.entry_filters import EntryFilterBar
from contactdesk.ui.pages.base import Page
from contactdesk.ui.wizard.interaction_wizard import InteractionWizard


class EntriesPage(Page):
    """A filter bar, a button row and the entries table; subclasses add their actions."""

    def __init__(self, name: str, columns: list[str], postponed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.wizard: InteractionWizard | None = None
        self._sized = False
        self.model = EntriesModel(columns, self)
        self.filters = EntryFilterBar(postponed, self)
        self.filters.changed.connect(self.refresh)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}_table")
        self.table.setAccessibleName(self.tr("Interaction log entries"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed())
        self.stack = EmptyState(self.table, self.model, f"{name}_empty", self)
        self.empty = self.stack.panel
        self.stack.set_clear(self.filters.clear, self.tr("Clear filters"))
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.filters)
        self.content = layout

    def add_button(self, name: str, text: str, slot: object, tip: str = "") -> QPushButton:
        """A button in the row above the filters."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.buttons.addWidget(button)
        return button

    def menu_action(self, name: str, text: str, slot: object, tip: str = "") -> QAction:
        """An action for the row's More menu (the page keeps it, so its shortcut works)."""
        action = QAction(text, self)
        action.setObjectName(name)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def empty_text(self, filtered: bool) -> str:
        """What the page says when it has no rows."""
        # Template method: every concrete page/tab/dialog defines it.
        raise TypeError(f"{type(self).__name__} must define empty_text()")

    def refresh(self) -> None:
        selected = self.selected_entry_nos()
        try:
            self.model.set_filter(self.filters.entry_filter())
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        filtered = self.filters.entry_filter() != self.filters.default_filter()
        self.stack.set_empty("", self.empty_text(False))
        self.stack.set_filtered(self.empty_text(True) if filtered else "")
        if self.model.total() and not self._sized:
            # Once, on the first rows: later refreshes keep the widths the user dragged.
            self.table.resizeColumnsToContents()
            sizing.fit_headers(self.table)
            self._sized = True
        for entry_no in selected[:1]:
            self.select_entry(entry_no)
        self.selection_changed()
        self.status_changed.emit(self.status_text())

    def selected_rows(self) -> list[EntryRow]:
        """The selected entries, in table order."""
        numbers = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [row for row in (self.model.row_at(number) for number in numbers) if row is not None]

    def selected_entry_nos(self) -> list[int]:
        """Numbers of the selected entries."""
        return [row.entry_no for row in self.selected_rows()]

    def current_entry(self) -> EntryRow | None:
        """The one entry actions such as Resume work on (the first selected)."""
        rows = self.selected_rows()
        return rows[0] if rows else None

    def select_entry(self, entry_no: int) -> bool:
        """Select an entry when it is on a loaded page."""
        row = self.model.row_of_entry(entry_no)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def selection_changed(self) -> None:
        """Enable the actions that need a selection (subclasses add theirs)."""

    def keep_wizard(self, wizard: InteractionWizard | None) -> None:
        """Hold the wizard while it is open and refresh when it logs or postpones something."""
        if wizard is None:
            return
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = wizard
        wizard.interaction_logged.connect(self._after_wizard)
        wizard.interaction_postponed.connect(self._after_wizard)

    def _after_wizard(self, entry_no: int) -> None:
        self.refresh()
        self.select_entry(entry_no)
