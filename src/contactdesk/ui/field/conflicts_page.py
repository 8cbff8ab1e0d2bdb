"""The Conflicts page of a field laptop: what a sync could not merge by itself, for a person to decide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.field import conflicts
from contactdesk.crm.field.conflicts import ConflictView
from contactdesk.ui import errors, keys
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.field.conflicts_model import ConflictsModel
from contactdesk.ui.pages.base import Page

# Record, field, office value, laptop value (the found column takes the rest).
COLUMN_SHARES = (0.23, 0.16, 0.22, 0.22)


class ConflictsPage(Page):
    """The open conflicts, and buttons that resolve the selected ones."""

    resolved = Signal()  # a conflict was resolved: the status bar's count changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_conflicts")
        self._sized = False
        self.model = ConflictsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("page_conflicts_table")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setStyleSheet("QTableView::item { padding: 3px 4px; }")  # two-line rows need air between them
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # two-line values: who and when
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit_value())
        keys.bind_row_keys(self.table, self.edit_value)
        self.stack = EmptyState(self.table, self.model, "page_conflicts_empty", self)
        self.stack.set_empty(
            self.tr("No conflicts"),
            self.tr(
                "Everything this laptop and the office changed fitted together. When both change the same field "
                "of a record, the sync lists it here so you can choose which value stays."
            ),
        )
        self.intro = QLabel(
            self.tr(
                "Until you choose, the office value stands and this laptop's value is kept here. "
                "What you keep is sent with the next sync."
            ),
            self,
        )
        self.intro.setObjectName("conflictsIntro")
        self.intro.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.office_button = self._button("conflictsKeepOffice", self.tr("Keep &office value"), self.keep_office)
        self.laptop_button = self._button("conflictsKeepLaptop", self.tr("Keep &laptop value"), self.keep_laptop)
        self.edit_button = self._button("conflictsEdit", self.tr("&Edit value…"), self.edit_value)
        self.keep_button = self._button("conflictsKeepRecord", self.tr("&Keep record"), self.keep_record)
        self.delete_button = self._button("conflictsDeleteAgain", self.tr("&Delete again…"), self.delete_again)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.buttons)
        layout.addWidget(self.stack, 1)
        self.selection_changed()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def title(self) -> str:
        return self.tr("Conflicts")

    def status_text(self) -> str:
        return self.tr("%n conflict(s) to resolve", "", self.model.total())

    def refresh(self) -> None:
        selected = [view.id for view in self.selected()]
        try:
            self.model.refresh()
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        has_rows = self.model.total() > 0
        self.intro.setVisible(has_rows)
        if has_rows and not self._sized:
            self._fit_columns()
            self._sized = True
        for conflict_id in selected[:1]:
            self.select(conflict_id)
        if not self.selected() and has_rows:
            self.select(self.model.row_at(0).id)  # type: ignore[union-attr]
        self.selection_changed()
        self.status_changed.emit(self.status_text())

    def _fit_columns(self) -> None:
        # Every column in view at once (a cell's tooltip holds what is cut off): shares of the table's width.
        width = self.table.viewport().width()
        for column, share in enumerate(COLUMN_SHARES):
            self.table.setColumnWidth(column, max(int(width * share), 80))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()  # the shares follow the window (a column dragged wider lasts until the next resize)

    def others_changed(self, tables: set[str]) -> None:
        self.refresh()

    def selected(self) -> list[ConflictView]:
        """The selected conflicts, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [view for view in (self.model.row_at(row) for row in rows) if view is not None]

    def select(self, conflict_id: int) -> bool:
        """Select a conflict's row when it is listed."""
        row = self.model.row_of(conflict_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        return True

    def selection_changed(self) -> None:
        """Offer the choices every selected conflict allows (restored records: keep or delete again)."""
        views = self.selected()

        def allowed(choice: str) -> bool:
            return bool(views) and all(choice in view.choices for view in views)

        restored = bool(views) and any(view.kind == "restored" for view in views)
        for button, choice in (
            (self.office_button, conflicts.OFFICE),
            (self.laptop_button, conflicts.LAPTOP),
            (self.keep_button, conflicts.KEEP),
            (self.delete_button, conflicts.DELETE),
        ):
            button.setEnabled(allowed(choice))
        self.edit_button.setEnabled(len(views) == 1 and allowed(conflicts.EDITED))
        # The field buttons make no sense for a whole restored record, and the other way round.
        self.keep_button.setVisible(restored or not views)
        self.delete_button.setVisible(restored or not views)
        self.office_button.setVisible(not restored)
        self.laptop_button.setVisible(not restored)
        self.edit_button.setVisible(not restored)

    def keep_office(self) -> None:
        """The office value stays: the conflict is closed."""
        self._resolve_selected(conflicts.OFFICE)

    def keep_laptop(self) -> None:
        """This laptop's value goes to the office with the next sync."""
        self._resolve_selected(conflicts.LAPTOP)

    def keep_record(self) -> None:
        """The restored record stays."""
        self._resolve_selected(conflicts.KEEP)

    def delete_again(self) -> None:
        """Delete the restored records again (the next sync deletes them in the office too)."""
        from contactdesk.ui import messages

        views = [view for view in self.selected() if conflicts.DELETE in view.choices]
        if not views or not messages.confirm(
            self,
            self.tr("Delete again"),
            self.tr(
                "Delete %n restored record(s) again? The next sync deletes them in the office too.", "", len(views)
            ),
        ):
            return
        self._resolve_selected(conflicts.DELETE)

    def edit_value(self) -> None:
        """Type the value that should stand instead of either side's."""
        views = self.selected()
        if len(views) != 1 or conflicts.EDITED not in views[0].choices:
            return
        view = views[0]
        value = self._ask_value(view)
        if value is not None:
            self._resolve([view], conflicts.EDITED, value)

    def _ask_value(self, view: ConflictView) -> Any:
        title = self.tr("Edit value")
        label = self.model.field_text(view)
        if isinstance(view.laptop_value, bool) or isinstance(view.office_value, bool):
            yes, no = self.tr("Yes"), self.tr("No")
            current = 0 if view.laptop_value else 1
            text, ok = QInputDialog.getItem(self, title, label, [yes, no], current, False)
            return (text == yes) if ok else None
        start = "" if view.laptop_value is None else str(view.laptop_value)
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, start)
        return text if ok else None

    def _resolve_selected(self, choice: str) -> None:
        self._resolve([view for view in self.selected() if choice in view.choices], choice)

    def _resolve(self, views: list[ConflictView], choice: str, edited: Any = None) -> None:
        done = 0
        for view in views:  # each on its own: one that cannot be resolved leaves the others resolved
            try:
                conflicts.resolve(view.id, choice, edited)
            except (DomainError, StoreError) as problem:
                errors.show_error(self, problem, self.tr("Cannot resolve the conflict"))
                break
            done += 1
        self.refresh()
        if done:
            self.resolved.emit()
