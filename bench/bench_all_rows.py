"""The baseline for bench/contacts_page.py: a table model that loads every contact into memory,
sorting and filtering in Python (what a QSortFilterProxyModel over a full list amounts to)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from contactdesk.crm import contacts as contact_service
from contactdesk.store.search import fold
from contactdesk.ui.models.contacts_model import COLUMNS


class AllRowsModel(QAbstractTableModel):
    """Every row held in a Python list."""

    def __init__(self) -> None:
        super().__init__()
        self._all = contact_service.list_contacts(limit=-1)
        self._rows = self._all

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return COLUMNS[index.column()][2](self._rows[index.row()])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        key = COLUMNS[column][2]
        self._rows = sorted(self._rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def filter(self, text: str) -> None:
        """Keep the rows whose search text contains `text`."""
        needle = fold(text)
        self.beginResetModel()
        self._rows = [
            r
            for r in self._all
            if needle in fold(f"{r.no} {r.name} {r.company_name} {r.city} {r.post_code} {r.email} {r.phone_no}")
        ]
        self.endResetModel()
