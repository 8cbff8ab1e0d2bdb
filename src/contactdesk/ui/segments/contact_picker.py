"""Pick contacts by hand for a segment: search as you type, select one or more, add."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import contacts as contact_service
from contactdesk.crm.enums import ContactType
from contactdesk.ui.formatting import number
from contactdesk.ui.placeholders import fill
from contactdesk.ui.search_field import SearchField

LIMIT = 200


class ContactPickerDialog(QDialog):
    """A search box over the contacts and a multi-select list; `chosen()` gives the picked numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPicker")
        self.setWindowTitle(self.tr("Add contacts by hand"))
        self.resize(520, 480)
        self.search = SearchField(
            "contactPickerSearch",
            self.tr("Search contacts"),
            self.tr("Search by name, number, company, city or e-mail"),
            self,
        )
        self.search.searched.connect(lambda _text: self.refresh())
        self.list = QListWidget(self)
        self.list.setObjectName("contactPickerList")
        self.list.setAccessibleName(self.tr("Contacts"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.note = QLabel(self)
        self.note.setObjectName("contactPickerNote")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("contactPickerButtons")
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add to segment"))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(lambda: self.ok.setEnabled(bool(self.list.selectedItems())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Search again."""
        self.search.cancel_pending()
        query = self.search.text()
        rows = contact_service.list_contacts(query, limit=LIMIT)
        self.list.clear()
        for row in rows:
            kind = self.tr("Company") if row.type == ContactType.COMPANY else self.tr("Person")
            company = f" · {row.company_name}" if row.type == ContactType.PERSON and row.company_name else ""
            item = QListWidgetItem(f"{row.no}  {row.name}{company}  ({kind}, {row.city})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.no)
        total = contact_service.count_contacts(query)
        self.note.setText(
            fill(self.tr("Showing the first %1 of %n contact(s); type to narrow the list.", "", total), number(LIMIT))
            if total > LIMIT
            else ""
        )

    def chosen(self) -> list[str]:
        """Numbers of the selected contacts."""
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
