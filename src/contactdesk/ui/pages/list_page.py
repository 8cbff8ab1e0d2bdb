"""A read-only list page over a service query, with an honest empty state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from contactdesk.ui.models.column_model import SORT_ROLE, Column, ColumnTableModel
from contactdesk.ui.pages.base import Page


class SortProxy(QSortFilterProxyModel):
    """Sorts by the raw value (dates and numbers), not the display text."""

    def lessThan(self, left: Any, right: Any) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class ListPage(Page):
    """Shows rows from `load()`; when there are none, a sentence says why and what to do."""

    def __init__(self, name: str, title: Callable[[], str], columns: Sequence[Column[Any]],
                 load: Callable[[], list[Any]], empty_text: Callable[[], str], status: Callable[[int], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._title = title
        self._load = load
        self._empty_text = empty_text
        self._status = status
        self.model: ColumnTableModel[Any] = ColumnTableModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def title(self) -> str:
        return self._title()

    def refresh(self) -> None:
        rows = self._load()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setText(self._empty_text())
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return self._status(self.model.rowCount())
