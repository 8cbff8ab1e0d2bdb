"""A table's column menu that hides and shows columns (at least one stays shown), remembered in the user settings.

Reached by right-clicking the header, from the window's View > Columns submenu, and with the keyboard's context-menu
key (or Shift+F10) on the table, whose menu holds the row's actions and the same Columns submenu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

if TYPE_CHECKING:
    from contactdesk.ui.settings import Settings


class ColumnMenu(QObject):
    """One checkable entry per column, ticked when shown; unsortable columns keep the list's order."""

    changed = Signal()

    def __init__(
        self,
        table: QTableView,
        sortable: Callable[[int], bool],
        keys: Sequence[str] = (),
        settings: Settings | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._sortable = sortable
        self._keys = list(keys)  # a stable name per column: the settings keep hidden columns by name, not position
        self._settings = settings
        self.menu: QMenu | None = None
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show)
        self._sorted = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._restore()

    def _restore(self) -> None:
        # Names and setSectionHidden only: nothing is read from the database, so the first paint waits for nothing.
        if self._settings is None or not self._keys:
            return
        hidden = set(self._settings.hidden_columns(self._table.objectName()))
        columns = [column for column, key in enumerate(self._keys) if key in hidden]
        if len(columns) >= self._table.model().columnCount():
            return  # a list with no column is never wanted (settings from elsewhere)
        header = self._table.horizontalHeader()
        for column in columns:
            header.setSectionHidden(column, True)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        # A column the list cannot sort by (not in SQL): the list keeps its order, and the indicator says so.
        header = self._table.horizontalHeader()
        if self._sortable(column):
            self._sorted = (column, order)
            return
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    def fill(self, menu: QMenu) -> None:
        """Put one checkable action per column into `menu` (emptied first)."""
        menu.clear()
        model = self._table.model()
        shown = self.shown()
        for column in range(model.columnCount()):
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setObjectName(f"column{column}")
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))  # the last shown column stays
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            menu.addAction(action)

    def build(self) -> QMenu:
        """The header's menu as it is now (one menu, filled again each time)."""
        if self.menu is None:
            self.menu = QMenu(self._table)
            self.menu.setObjectName("columnMenu")
        self.fill(self.menu)
        return self.menu

    def submenu(self, parent: QWidget, name: str) -> QMenu:
        """A "Columns" submenu for a menu bar or a context menu, filled each time it opens."""
        menu = QMenu(self.tr("&Columns"), parent)
        menu.setObjectName(name)
        menu.aboutToShow.connect(lambda: self.fill(menu))
        return menu

    def add_table_menu(self, actions: Sequence[QAction]) -> QMenu:
        """The table's own context menu (mouse, or the keyboard's menu key): `actions`, then the Columns submenu."""
        menu = QMenu(self._table)
        menu.setObjectName("tableMenu")
        menu.addActions(list(actions))
        menu.addSeparator()
        menu.addMenu(self.submenu(menu, "tableColumnsMenu"))
        self._table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._table.customContextMenuRequested.connect(
            lambda point: menu.popup(self._table.viewport().mapToGlobal(point))
        )
        return menu

    def shown(self) -> list[int]:
        """The columns shown now."""
        header = self._table.horizontalHeader()
        return [column for column in range(self._table.model().columnCount()) if not header.isSectionHidden(column)]

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide one column, and remember it."""
        header = self._table.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if self._settings is not None and self._keys:
            hidden = [key for index, key in enumerate(self._keys) if header.isSectionHidden(index)]
            self._settings.set_hidden_columns(self._table.objectName(), hidden)
        self.changed.emit()

    def _show(self, point: QPoint) -> None:
        menu = self.build()
        menu.popup(self._table.horizontalHeader().mapToGlobal(point))
