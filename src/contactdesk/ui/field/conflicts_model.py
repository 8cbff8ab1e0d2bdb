"""A field laptop's open conflicts as a table: record, field, office value, laptop value, when found."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from contactdesk.crm.field import conflicts
from contactdesk.crm.field.conflicts import ConflictView
from contactdesk.ui.errors import entity_label, field_label
from contactdesk.ui.formatting import display_value, stamp
from contactdesk.ui.models.item_roles import ROW_ROLE
from contactdesk.ui.placeholders import fill

Index = QModelIndex | QPersistentModelIndex
RECORD, FIELD, OFFICE, LAPTOP, FOUND = range(5)
# Columns a person did not type: left out where a whole changed row is shown.
BOOKKEEPING = {"id", "uid", "version", "created_at", "created_by", "changed_at", "changed_by", "modified_at"}
BOOKKEEPING |= {"search_name", "search_text"}


def column_label(column: str) -> str:
    """A column as its form names it ("phone_no" → "Phone", "salesperson_id" → "Salesperson")."""
    from contactdesk.ui.contacts_io.texts import ImportTexts

    names = [column]
    if column.endswith("_id"):  # a reference: named as the code or number it shows on forms
        base = column.removesuffix("_id")
        names = [f"{base}_code", f"{base}_no", base]
    for name in names:
        label = field_label(name)
        if label != name.replace("_", " "):
            return label
        other = ImportTexts().field_label(name)
        if other != name:
            return other
    return column.removesuffix("_id").replace("_", " ").capitalize()


def _moment(text: str) -> str:
    """A stored moment ("2026-12-06 10:00:00", UTC) in local time as the locale writes it; the text if unreadable."""
    try:
        return stamp(datetime.fromisoformat(text)) if text else ""
    except ValueError:
        return text


class ConflictsModel(QAbstractTableModel):
    """Reads the open conflicts from the service on refresh(); the row's ConflictView is under ROW_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictView] = []

    def refresh(self) -> None:
        """Read the open conflicts again."""
        self.beginResetModel()
        self._rows = conflicts.list_open()
        self.endResetModel()

    def total(self) -> int:
        """How many conflicts are open."""
        return len(self._rows)

    def row_at(self, row: int) -> ConflictView | None:
        """The conflict on a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: int) -> int:
        """The row showing a conflict, or -1."""
        return next((n for n, view in enumerate(self._rows) if view.id == conflict_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Office value"),
            self.tr("Laptop value"),
            self.tr("Found"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.row_at(index.row()) if index.isValid() else None
        if view is None or not 0 <= index.column() < 5:
            return None
        if role == ROW_ROLE:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(view, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(view, index.column())
        return None

    def text(self, view: ConflictView, column: int) -> str:
        """What a cell says."""
        if column == RECORD:
            return view.record
        if column == FIELD:
            return self.field_text(view)
        if column == OFFICE:
            return self._side(self.office_value(view), view.office_login, view.office_changed_at)
        if column == LAPTOP:
            return self._side(self.laptop_value(view), view.laptop_login, view.laptop_changed_at)
        return _moment(view.found_at)

    def field_text(self, view: ConflictView) -> str:
        """The field as its form names it, or what happened to the whole record."""
        if view.kind == "restored":
            return self.tr("Deleted in the office")
        label = column_label(view.column_name) if view.column_name else self.tr("Whole record")
        if view.kind == "refused":
            return fill(self.tr("%1 (refused by the office)"), label)
        if view.kind == "gone":
            return fill(self.tr("%1 (deleted in the office)"), label)
        return label

    def office_value(self, view: ConflictView) -> str:
        """The office's side of the conflict."""
        if view.kind == "restored":
            return self.tr("Deleted (restored)")
        if view.kind == "gone":
            return self.tr("Deleted")
        return self.value_text(view.office_value)

    def laptop_value(self, view: ConflictView) -> str:
        """The laptop's side of the conflict."""
        if view.kind == "restored":
            return self.tr("Still in use here")
        return self.value_text(view.laptop_value)

    def value_text(self, value: Any) -> str:
        """A value as a list shows it; an empty one says so."""
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dict):  # a refused change: its values, without the bookkeeping
            shown = {k: v for k, v in value.items() if k not in BOOKKEEPING}
            return ", ".join(f"{column_label(k)}: {self.value_text(v)}" for k, v in shown.items())
        if isinstance(value, list):
            return ", ".join(self.value_text(v) for v in value)
        return display_value(value)

    def _side(self, value: str, login: str, changed_at: str) -> str:
        # Two lines: the value, then who changed it and when (the rows grow to show both).
        when = _moment(changed_at)
        if login and when:
            return value + "\n" + fill(self.tr("%1, %2"), login, when)
        if login or when:
            return value + "\n" + (login or when)
        return value

    def tip(self, view: ConflictView, column: int) -> str:
        """The whole cell, and for the record its kind (a contact, a segment line…)."""
        if column == RECORD:
            return fill(self.tr("%1: %2"), entity_label(view.table_name).capitalize(), view.record)
        if column == FIELD and view.kind == "refused":
            return self.tr(
                "The office did not accept this change from your login (for example a change to setup). "
                "The office value stands."
            )
        if column == FIELD and view.kind == "gone":
            return self.tr(
                "The office deleted this record (for example by logging its segment) before your change arrived. "
                "Your values are kept here; the record stays deleted."
            )
        if column == FIELD and view.kind == "restored":
            return self.tr(
                "The office deleted this record while this laptop changed it or recorded something for it. "
                "It was restored so nothing is lost: keep it, or delete it again."
            )
        return self.text(view, column)
