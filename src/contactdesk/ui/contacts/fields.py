"""Form helpers for the contact card: combos over lookups and an inline error label per field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget


class CodeCombo(QComboBox):
    """A combo of (code, name) with a blank first entry; code() gives the chosen code."""

    def __init__(self, items: list[tuple[str, str]], blank: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(blank, "")
        for code, name in items:
            self.addItem(f"{code} – {name}" if name else code, code)

    def code(self) -> str:
        """The chosen code ('' for blank)."""
        value = self.currentData()
        return value if isinstance(value, str) else ""

    def set_code(self, code: str) -> None:
        """Select a code, adding it when it is not in the list (a value from an import, say)."""
        index = self.findData(code or "")
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class FieldWithError(QWidget):
    """An input with a red sentence under it when its value is refused."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setObjectName(f"{editor.objectName()}Error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        """Show or clear the sentence."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #b00020;" if text else "")
        self.editor.setAccessibleDescription(text)
