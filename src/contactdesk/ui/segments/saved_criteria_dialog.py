"""Saved segmentation criteria: name a set (save, rename) and pick or manage the saved sets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import saved_criteria
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, messages, sizing
from contactdesk.ui.placeholders import fill
from contactdesk.ui.segments.texts import action_text


class CriteriaNameDialog(QDialog):
    """Code and description of a saved criteria set (Save criteria…, Rename…)."""

    def __init__(self, title: str, code: str = "", description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaNameDialog")
        self.setWindowTitle(title)
        self.code = QLineEdit(code, self)
        self.code.setObjectName("criteriaCode")
        self.code.setMaxLength(10)
        self.code.setAccessibleName(self.tr("Code"))
        self.description = QLineEdit(description, self)
        self.description.setObjectName("criteriaDescription")
        self.description.setMaxLength(100)
        self.description.setAccessibleName(self.tr("Description"))
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("criteriaNameButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        """(code, description) as typed."""
        return self.code.text().strip(), self.description.text().strip()


class SavedCriteriaDialog(QDialog):
    """The saved criteria sets with their actions; with `pick`, OK reuses the selected set."""

    def __init__(self, pick: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedCriteriaDialog")
        self.setWindowTitle(self.tr("Reuse criteria") if pick else self.tr("Saved segmentation criteria"))
        self.resize(640, 420)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("savedCriteriaTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Description"), self.tr("Saved by"), self.tr("Criteria actions")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.action_list = QListWidget(self)
        self.action_list.setObjectName("savedCriteriaActions")
        self.action_list.setAccessibleName(self.tr("Criteria actions of the selected set"))
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setObjectName("savedCriteriaRename")
        self.rename_button.clicked.connect(self.rename)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("savedCriteriaDelete")
        self.delete_button.clicked.connect(self.delete)
        side = QHBoxLayout()
        side.addWidget(self.rename_button)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Ok | standard.Cancel if pick else standard.Close, self)
        self.buttons.setObjectName("savedCriteriaButtons")
        if pick:
            self.buttons.button(standard.Ok).setText(self.tr("Reuse"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pick = pick
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Criteria actions, replayed in this order:"), self))
        layout.addWidget(self.action_list, 1)
        layout.addLayout(side)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        """Re-read the saved sets."""
        rows = saved_criteria.list_saved_criteria()
        self.table.setRowCount(len(rows))
        for number, info in enumerate(rows):
            values = [info.code, info.description, info.user_id, str(info.actions)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.code)
                self.table.setItem(number, column, item)
            if info.code == select:
                self.table.selectRow(number)
        self.table.resizeColumnsToContents()
        sizing.fit_headers(self.table)
        if self.table.currentRow() < 0 and rows:
            self.table.selectRow(0)
        self._selected()

    def code(self) -> str:
        """The selected set's code ('' when none)."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _selected(self) -> None:
        code = self.code()
        self.action_list.clear()
        if code:
            for info in saved_criteria.saved_actions(code):
                self.action_list.addItem(action_text(info))
        for widget in (self.rename_button, self.delete_button):
            widget.setEnabled(bool(code))
        if self.pick:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(code))

    def rename(self) -> None:
        """Give the selected set another code or description."""
        code = self.code()
        info = saved_criteria.get_saved_criteria(code)
        dialog = CriteriaNameDialog(self.tr("Rename saved criteria"), info.code, info.description, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            renamed = saved_criteria.rename_saved_criteria(code, *dialog.values(), version=info.version)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        self.refresh(renamed.code)

    def delete(self) -> None:
        """Delete the selected set after asking."""
        code = self.code()
        if not messages.confirm(
            self,
            self.tr("Delete saved criteria"),
            fill(self.tr("Delete the saved criteria %1? Segments built with them keep their lines."), code),
        ):
            return
        try:
            saved_criteria.delete_saved_criteria(code)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        self.refresh()
