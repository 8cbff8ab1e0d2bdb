"""List tables: sorting by the raw value behind each cell, the read-only table itself, reading and selecting rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, sizing
from contactdesk.ui.models.column_model import ColumnTableModel
from contactdesk.ui.models.item_roles import ROW_ROLE, SORT_ROLE

Row = TypeVar("Row")


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


def list_table(name: str, accessible: str, parent: QWidget) -> QTableView:
    """A read-only table that selects whole rows, one line a row, its last column stretched."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def load_rows(
    parent: QWidget, table: QTableView, model: ColumnTableModel[Row], load: Callable[[], Sequence[Row]]
) -> Sequence[Row]:
    """Fill the model from load() and size the columns; a failure is said once and leaves the list empty."""
    rows: Sequence[Row]
    try:
        rows = load()
    except (DomainError, StoreError) as problem:
        errors.show_error(parent, problem)
        rows = []
    model.set_rows(rows)
    table.resizeColumnsToContents()
    sizing.fit_headers(table)
    return rows


def current_row(table: QTableView) -> object:
    """The record behind the table's current row (None when there is none)."""
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_first_column(table: QTableView, proxy: QSortFilterProxyModel, value: str) -> None:
    """Make the row whose first column shows value the current, selected one."""
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data() == value:
            table.setCurrentIndex(index)
            table.selectRow(row)
            return
