"""One kind of classification code on the card: a short list with Add… (Insert) and Remove (Delete)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from contactdesk.crm.codes import CodeData, list_codes
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, theme
from contactdesk.ui.contacts.code_picker import CodePickerDialog, code_text
from contactdesk.ui.placeholders import fill


class CodeListBox(QWidget):
    """The codes a contact has of one kind; kept here until the card is saved."""

    changed = Signal()

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.setObjectName(f"classification_{kind}")
        self.picker: CodePickerDialog | None = None
        self._codes: list[CodeData] = []
        self.label = QLabel(title, self)
        self.label.setObjectName(f"classification_{kind}_label")
        self.list = QListWidget(self)
        self.list.setObjectName(f"classification_{kind}_list")
        self.list.setAccessibleName(title.replace("&", ""))
        # Four rows show at a glance; more scroll.
        self.list.setFixedHeight(self.list.fontMetrics().height() * 4 + 2 * self.list.frameWidth() + 8)
        self.label.setBuddy(self.list)
        self.note = QLabel(self)
        self.note.setObjectName(f"classification_{kind}_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(theme.text_style(theme.Role.MUTED))
        self.note.hide()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName(f"classification_{kind}_add")
        self.add_button.setAccessibleName(fill(self.tr("Add – %1"), title.replace("&", "")))
        self.add_button.setToolTip(self.tr("Add codes (Insert)"))
        self.add_button.clicked.connect(lambda _checked=False: self.add())
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"classification_{kind}_remove")
        self.remove_button.setAccessibleName(fill(self.tr("Remove – %1"), title.replace("&", "")))
        self.remove_button.setToolTip(self.tr("Remove the selected codes (Delete)"))
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        for key, slot in ((Qt.Key.Key_Insert, self.add), (Qt.Key.Key_Delete, self.remove_selected)):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.list.addAction(action)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        # Buttons beside the list keep the four lists of the Segmentation tab within a small screen's height.
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.read_only = False
        self._update_buttons()

    def set_codes(self, codes: list[CodeData]) -> None:
        """Show these codes (sorted by code)."""
        self._codes = sorted(codes, key=lambda code: code.code)
        self.list.clear()
        for code in self._codes:
            item = QListWidgetItem(code_text(code), self.list)
            item.setData(Qt.ItemDataRole.UserRole, code.code)
        self._update_buttons()

    def codes(self) -> list[str]:
        """The codes shown."""
        return [code.code for code in self._codes]

    def set_read_only(self, read_only: bool, note: str = "") -> None:
        """Show codes that are changed elsewhere (a person's company's): no buttons, a note saying where."""
        self.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(not self.read_only and bool(self.list.selectedItems()))

    def add(self) -> None:
        """Offer the codes the contact does not have yet; the chosen ones join the list."""
        if self.read_only:
            return
        try:
            offered = [code for code in list_codes(self.kind) if code.code not in self.codes()]
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        empty = self.tr("There are no more codes to add. Codes are set up under Setup → Codes.")
        dialog = CodePickerDialog(fill(self.tr("Add – %1"), self.title.replace("&", "")), offered, empty, parent=self)
        self.picker = dialog
        dialog.accepted.connect(lambda: self._take(dialog.chosen(), offered))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _take(self, chosen: list[str], offered: list[CodeData]) -> None:
        if not chosen:
            return
        self.set_codes(self._codes + [code for code in offered if code.code in chosen])
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == chosen[0]:
                self.list.setCurrentRow(row)
        self.list.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Take the selected codes off the list (saved with the card)."""
        if self.read_only:
            return
        gone = {str(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()}
        if not gone:
            return
        row = self.list.currentRow()
        self.set_codes([code for code in self._codes if code.code not in gone])
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.changed.emit()
