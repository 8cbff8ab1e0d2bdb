"""A setup table with New, Edit and Delete: the shape every list tab of the Setup page shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, messages, roles
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.models.item_roles import ROW_ROLE
from contactdesk.ui.pages.list_page import SortProxy, list_table, load_rows
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_dialog import FormDialog
from contactdesk.ui.setup.setup_tab import SetupTab

Row = TypeVar("Row")


class ListTab(SetupTab, Generic[Row]):
    """Subclasses say how to load, key, edit and delete a row; this class does the rest."""

    current_changed = Signal()

    def __init__(self, name: str, title: str, columns: Sequence[Column[Row]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._title = title
        self.dialog: FormDialog | None = None
        self.model: ColumnTableModel[Row] = ColumnTableModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table(name)
        self.stack = EmptyState(self.table, self.model, f"{name}Empty", self)
        self.empty = self.stack.panel
        # The first record is made where the sentence says so; hidden where New is not offered.
        self.empty_new_button = self.stack.add_action(f"{name}EmptyNew", self.tr("New…"), self.new_item)
        self.new_button = self._button(f"{name}New", self.tr("&New…"), self.tr("New – %1"), self.new_item)
        self.edit_button = self._button(f"{name}Edit", self.tr("&Edit…"), self.tr("Edit – %1"), self.edit_item)
        self.delete_button = self._button(
            f"{name}Delete", self.tr("&Delete…"), self.tr("Delete – %1"), self.delete_item
        )
        self.button_row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.button_row)
        self.body.addWidget(self.stack, 1)
        self._update_buttons()

    def _make_table(self, name: str) -> QTableView:
        table = list_table(f"{name}Table", self._title, self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.doubleClicked.connect(lambda _index: self.edit_item())
        # Enter opens and Delete deletes the selected row, as on the contacts page.
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_item),
            (Qt.Key.Key_Enter, self.edit_item),
            (Qt.Key.Key_Delete, self.delete_item),
        ):
            action = QAction(table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            table.addAction(action)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._current_moved())
        return table

    def _button(self, name: str, text: str, accessible: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(fill(accessible, self._title))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # What a subclass provides.

    def load(self) -> list[Row]:
        """The rows, from one service call."""
        # Template method: every concrete page/tab/dialog defines it.
        raise TypeError(f"{type(self).__name__} must define load()")

    def key_of(self, row: Row) -> str:
        """The code that identifies a row."""
        # Template method: every concrete page/tab/dialog defines it.
        raise TypeError(f"{type(self).__name__} must define key_of()")

    def edit_dialog(self, row: Row | None) -> FormDialog:
        """A dialog that creates a record (row None) or edits `row`; not yet shown."""
        # Template method: every concrete page/tab/dialog defines it.
        raise TypeError(f"{type(self).__name__} must define edit_dialog()")

    def delete_record(self, row: Row) -> None:
        """Delete through one service call."""
        # Template method: every concrete page/tab/dialog defines it.
        raise TypeError(f"{type(self).__name__} must define delete_record()")

    def delete_question(self, row: Row) -> str:
        """The sentence asking whether to delete `row`."""
        return fill(self.tr("Delete %1? This cannot be undone."), self.key_of(row))

    def empty_text(self) -> str:
        """What the tab says when there are no rows yet."""
        return self.tr("Nothing here yet. Click New to add the first one.")

    # The shared behaviour.

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        """Reload the rows, keeping the selected one selected."""
        current = self.current_record()
        key = self.key_of(current) if current is not None else ""
        load_rows(self, self.table, self.model, self.load)
        self.stack.set_empty("", self.empty_text())
        if key:
            self.select_key(key)
        self._current_moved()
        self.status_changed.emit(self.status_text())

    def current_record(self) -> Row | None:
        """The selected row's record."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        row: Row | None = selected[0].data(ROW_ROLE)
        return row

    def select_key(self, key: str) -> bool:
        """Select the row with this code; False when it is not in the list."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            record = index.data(ROW_ROLE)
            if record is not None and self.key_of(record) == key:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        roles.explain_lock(
            (self.new_button, self.edit_button, self.delete_button, self.empty_new_button), read_only, roles.setup_tip()
        )
        self._current_moved()

    def new_item(self) -> None:
        """Open an empty dialog."""
        if not self.read_only:
            self._open(None)

    def edit_item(self) -> None:
        """Open the selected record in a dialog."""
        row = self.current_record()
        if row is not None and not self.read_only:
            self._open(row)

    def _open(self, row: Row | None) -> None:
        try:
            dialog = self.edit_dialog(row)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            self.refresh()
            return
        # Window-modal and non-blocking, like the contact card.
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.saved_key))
        dialog.finished.connect(self._closed)
        dialog.open()

    def _saved(self, key: str) -> None:
        self.refresh()
        self.select_key(key)

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def delete_item(self) -> None:
        """Delete the selected record after confirmation; a refusal is told in a sentence."""
        row = self.current_record()
        if row is None or self.read_only:
            return
        title = self.tr("Delete")
        if not messages.confirm(self, title, self.delete_question(row)):
            return
        try:
            self.delete_record(row)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()

    def _current_moved(self) -> None:
        self._update_buttons()
        self.empty_new_button.setEnabled(self.new_button.isEnabled())
        self.current_changed.emit()

    def _update_buttons(self) -> None:
        selected = self.current_record() is not None
        self.new_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(selected and not self.read_only)
        self.delete_button.setEnabled(selected and not self.read_only)
