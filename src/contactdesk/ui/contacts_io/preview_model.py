"""The first rows of a contacts file as the file holds them, for the column-mapping step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from contactdesk.crm.imports.source import ImportSource

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20


class PreviewModel(QAbstractTableModel):
    """Read-only: file headers across the top, the user's row numbers down the side."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._first_row = 2

    def set_source(self, source: ImportSource | None) -> None:
        """Show the first rows of another file."""
        self.beginResetModel()
        self._headers = list(source.headers) if source else []
        self._rows = [list(row) for row in source.preview(PREVIEW_ROWS)] if source else []
        self._first_row = source.first_row if source else 2
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + self._first_row) if 0 <= section < len(self._rows) else None
