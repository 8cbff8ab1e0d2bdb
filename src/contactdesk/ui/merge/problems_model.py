"""The template check's findings as a table: what stops the merge first, then the warnings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from contactdesk.merge.segment_check import CheckedProblem
from contactdesk.ui.merge.flow_texts import FlowTexts
from contactdesk.ui.models.item_roles import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
SEVERITY, TEMPLATE, PROBLEM, WHERE = range(4)


class ProblemsModel(QAbstractTableModel):
    """Read-only rows of CheckedProblem; errors sort before warnings, each group in the check's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckedProblem] = []
        self._texts = FlowTexts(self)

    def set_problems(self, problems: Sequence[CheckedProblem]) -> None:
        """Show another check's findings."""
        self.beginResetModel()
        self._rows = sorted(problems, key=lambda item: item.problem.severity != "error")
        self.endResetModel()

    def problem_at(self, row: int) -> CheckedProblem | None:
        """The finding behind a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def _text(self, item: CheckedProblem, column: int) -> str:
        if column == SEVERITY:
            return self._texts.severity(item.problem.severity)
        if column == TEMPLATE:
            return self._texts.version(item.template)
        if column == PROBLEM:
            return self._texts.problem(item)
        return self._texts.where(item)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 4:
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == SEVERITY:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if item.problem.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Severity"), self.tr("Template"), self.tr("Problem"), self.tr("Where"))[section]
