"""The column-mapping step's table: each file column, an example value, and the field it is imported as."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from contactdesk.crm.imports.fields import IMPORT_FIELDS
from contactdesk.crm.imports.source import ImportSource
from contactdesk.ui import theme
from contactdesk.ui.contacts_io.texts import ImportTexts

Index = QModelIndex | QPersistentModelIndex
FIELD_COLUMN = 2
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class MappingModel(QAbstractTableModel):
    """Editable in the third column: EditRole/FIELD_ROLE hold the field key ('' = not imported)."""

    mapping_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.texts = ImportTexts(self)
        self._headers: list[str] = []
        self._examples: list[str] = []
        self._fields: list[str] = []

    def set_source(self, source: ImportSource | None, mapping: dict[int, str] | None = None) -> None:
        """Show another file's columns with a mapping (the file's suggestion when none is given)."""
        self.beginResetModel()
        self._headers = list(source.headers) if source else []
        chosen = (source.mapping if mapping is None else mapping) if source else {}
        self._fields = [chosen.get(column, "") for column in range(len(self._headers))]
        self._examples = []
        for column in range(len(self._headers)):
            values = [row[column] for row in source.preview(20) if row[column].strip()] if source else []
            self._examples.append(values[0] if values else "")
        self.endResetModel()

    def mapping(self) -> dict[int, str]:
        """Column index → field, for every column that is imported."""
        return {column: field for column, field in enumerate(self._fields) if field}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers) or not 0 <= index.column() < 3:
            return None
        row, column = index.row(), index.column()
        if column == FIELD_COLUMN and role in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return self._fields[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._headers[row]
            if column == 1:
                return self._examples[row]
            return self.texts.field_label(self._fields[row])
        if role == Qt.ItemDataRole.ForegroundRole and column == FIELD_COLUMN and not self._fields[row]:
            return theme.colour(theme.Role.MUTED)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != FIELD_COLUMN or role not in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return False
        field = str(value or "")
        if field and field not in IMPORT_FIELDS:
            return False
        if self._fields[index.row()] != field:
            self._fields[index.row()] = field
            self.dataChanged.emit(index, index)
            self.mapping_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD_COLUMN else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Column in the file"), self.tr("First value"), self.tr("Import as"))
        return titles[section] if 0 <= section < 3 else None
