"""Pick one or more codes of a code table: type to filter, arrows to move, Space/Ctrl to mark, Enter to take."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.codes import CodeData
from contactdesk.ui import theme


def code_text(code: CodeData) -> str:
    """How a code shows in a list: the code, then its description."""
    return f"{code.code} – {code.description}" if code.description else code.code


class CodePickerDialog(QDialog):
    """The codes offered (those the contact has already are left out); OK takes the marked ones."""

    def __init__(
        self, title: str, codes: list[CodeData], empty_text: str, multiple: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("codePickerFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("codePickerList")
        self.list.setAccessibleName(title)
        mode = (
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.list.setSelectionMode(mode)
        for code in codes:
            item = QListWidgetItem(code_text(code), self.list)
            item.setData(Qt.ItemDataRole.UserRole, code.code)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("codePickerEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(theme.text_style(theme.Role.MUTED))
        self.empty.setVisible(not codes)
        self.hint = QLabel(self.tr("Ctrl+Space or Ctrl+click marks several codes."), self)
        self.hint.setObjectName("codePickerHint")
        self.hint.setStyleSheet(theme.text_style(theme.Role.MUTED))
        self.hint.setVisible(multiple and len(codes) > 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("codePickerButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.itemSelectionChanged.connect(self._update_ok)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addStrut(360)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        # Arrow keys in the filter move through the list, so the hands stay on the keyboard.
        self.filter.installEventFilter(self)
        self.filter.setFocus()
        self._update_ok()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        ):
            self.list.setFocus()
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> list[str]:
        """The codes marked (the current one when none is), in list order."""
        marked = [item for item in self.list.selectedItems() if not item.isHidden()]
        if not marked and self.list.currentItem() is not None and not self.list.currentItem().isHidden():
            marked = [self.list.currentItem()]
        rows = sorted(marked, key=self.list.row)
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in rows]
