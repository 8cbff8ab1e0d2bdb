"""The recipients a preview can be shown for: the "worst" ones first, then every other line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from contactdesk.merge.segment_check import Recipient
from contactdesk.ui.merge.flow_texts import FlowTexts

Index = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class RecipientsModel(QAbstractListModel):
    """One row per segment line; the line number is in LINE_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Recipient] = []
        self._texts = FlowTexts(self)

    def set_recipients(self, recipients: Sequence[Recipient]) -> None:
        """Worst first (they are why a preview is worth a look), each group in line order."""
        self.beginResetModel()
        self._rows = sorted(recipients, key=lambda recipient: not recipient.reasons)
        self.endResetModel()

    def recipient_at(self, row: int) -> Recipient | None:
        """The recipient behind a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, line_no: int) -> int:
        """The row of a segment line, -1 when it is not listed."""
        return next((row for row, recipient in enumerate(self._rows) if recipient.line_no == line_no), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        recipient = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts.recipient(recipient)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts.version(recipient.template)
        if role == LINE_ROLE:
            return recipient.line_no
        return None
