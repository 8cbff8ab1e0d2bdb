"""The contact card's Alternative addresses tab: the list, and New, Edit and Delete with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.alt_addresses import AltAddressData, delete_alt_address, list_alt_addresses
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import dates, errors, messages
from contactdesk.ui.contacts.alt_address_dialog import AltAddressDialog
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.placeholders import fill


class AltAddressTab(QWidget):
    """Each change is saved at once, in its own transaction (as the Interactions tab's are)."""

    def __init__(self, contact_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactAltAddresses")
        self.contact_no = contact_no
        self.dialog: AltAddressDialog | None = None
        self.model: ColumnTableModel[AltAddressData] = ColumnTableModel(
            [
                Column(lambda: self.tr("Code"), lambda a: a.code),
                Column(lambda: self.tr("Address"), lambda a: ", ".join(p for p in (a.company_name, a.address) if p)),
                Column(lambda: self.tr("City"), lambda a: " ".join(p for p in (a.post_code, a.city) if p)),
                Column(lambda: self.tr("Country/region"), lambda a: a.country_code),
                Column(lambda: self.tr("E-mail"), lambda a: a.email),
                Column(
                    lambda: self.tr("Valid from"),
                    lambda a: a.valid_from,
                    display=lambda a: dates.short_date(a.valid_from),
                ),
                Column(
                    lambda: self.tr("Valid to"), lambda a: a.valid_to, display=lambda a: dates.short_date(a.valid_to)
                ),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("contactAltAddressesTable")
        self.table.setAccessibleName(self.tr("Alternative addresses"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_address())
        self.stack = EmptyState(self.table, self.model, "contactAltAddressesEmpty", self)
        self.stack.set_empty(
            self.tr("No alternative addresses"),
            self.tr(
                "Add an address this contact also uses, such as a summer address, with the dates it is valid. "
                "Segment lines dated within them send letters and e-mail there."
            ),
        )
        self.stack.add_action("contactAltAddressesEmptyNew", self.tr("New address…"), self.new_address)
        self.new_button = self._button("contactAltAddressNew", self.tr("&New address…"), self.new_address)
        self.edit_button = self._button("contactAltAddressEdit", self.tr("&Edit…"), self.edit_address)
        self.delete_button = self._button("contactAltAddressDelete", self.tr("De&lete"), self.delete_address)
        # Enter and Delete on the list act on the selected address (Enter would otherwise press the card's Save).
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.refresh()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current() is not None:
                self.edit_address()
                return True
            if event.key() == Qt.Key.Key_Delete and self.current() is not None:
                self.delete_address()
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Read the contact's addresses again."""
        try:
            self.model.set_rows(list_alt_addresses(self.contact_no))
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        self._update_buttons()

    def current(self) -> AltAddressData | None:
        """The selected address."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None and bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self, dialog: AltAddressDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.saved_key))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, code: str) -> None:
        self.refresh()
        for row, address in enumerate(self.model.rows()):
            if address.code == code:
                self.table.selectRow(row)

    def new_address(self) -> None:
        """An empty address dialog."""
        self._open(AltAddressDialog(self.contact_no, parent=self))

    def edit_address(self) -> None:
        """The selected address in its dialog."""
        chosen = self.current()
        if chosen is not None:
            self._open(AltAddressDialog(self.contact_no, chosen, parent=self))

    def delete_address(self) -> None:
        """Delete the selected address after asking."""
        chosen = self.current()
        if chosen is None:
            return
        title = self.tr("Delete alternative address")
        if not messages.confirm(self, title, fill(self.tr("Delete the alternative address %1?"), chosen.code)):
            return
        try:
            delete_alt_address(self.contact_no, chosen.code)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()
