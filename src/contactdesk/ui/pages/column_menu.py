"""A table header's context menu that hides and shows columns (at least one stays shown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView


class ColumnMenu(QObject):
    """Right-click on the header lists the columns with a tick for each one shown; unsortable columns keep the order."""

    changed = Signal()

    def __init__(self, table: QTableView, sortable: Callable[[int], bool]) -> None:
        super().__init__(table)
        self._table = table
        self._sortable = sortable
        self.menu: QMenu | None = None
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show)
        self._sorted = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_changed)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        # A column the list cannot sort by (not in SQL): the list keeps its order, and the indicator says so.
        header = self._table.horizontalHeader()
        if self._sortable(column):
            self._sorted = (column, order)
            return
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    def build(self) -> QMenu:
        """The menu as it is now: one checkable action per column."""
        header = self._table.horizontalHeader()
        model = self._table.model()
        menu = QMenu(self._table)
        menu.setObjectName("columnMenu")
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for column in range(model.columnCount()):
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setObjectName(f"column{column}")
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))  # the last shown column stays
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            menu.addAction(action)
        self.menu = menu
        return menu

    def shown(self) -> list[int]:
        """The columns shown now."""
        header = self._table.horizontalHeader()
        return [column for column in range(self._table.model().columnCount()) if not header.isSectionHidden(column)]

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide one column."""
        self._table.horizontalHeader().setSectionHidden(column, not shown)
        self.changed.emit()

    def _show(self, point: QPoint) -> None:
        menu = self.build()
        menu.popup(self._table.horizontalHeader().mapToGlobal(point))
