"""Form helpers for the contact card: combos over lookups and an inline error label per field."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from contactdesk.ui import theme


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
    """An input with a red sentence under it when its value is refused, and the user's own value after a Reload."""

    error_cleared = Signal()

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        # A changed value is a new value: the sentence about the refused one no longer holds. Any change counts,
        # also one the card makes (a person's name filled in from its parts).
        if isinstance(editor, QLineEdit):
            editor.textChanged.connect(self._value_changed)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._value_changed)
        elif isinstance(editor, QAbstractButton):
            editor.toggled.connect(self._value_changed)
        self.error = QLabel(self)
        self.error.setObjectName(f"{editor.objectName()}Error")
        self.error.setStyleSheet(theme.text_style(theme.Role.ERROR))
        self.error.setWordWrap(True)
        self.error.hide()
        # "Your change: …" after a Reload brought someone else's newer value; its link puts the user's back.
        self.hint = QLabel(self)
        self.hint.setObjectName(f"{editor.objectName()}Hint")
        self.hint.setStyleSheet(theme.text_style(theme.Role.NOTE))
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.hide()
        self._restore: Callable[[], None] | None = None
        self.hint.linkActivated.connect(lambda _link: self._use_mine())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

    def set_hint(self, text: str, restore: Callable[[], None] | None = None, link: str = "") -> None:
        """Show (or clear, with '') the user's own value; `link` is the text of the link that calls `restore`."""
        self._restore = restore
        shown = html.escape(text)
        if text and restore is not None and link:
            shown += f' <a href="use">{html.escape(link)}</a>'
        self.hint.setText(shown)
        self.hint.setVisible(bool(text))

    def hint_text(self) -> str:
        """The hint as plain text ('' when none is shown)."""
        return self.hint.text() if self.hint.isVisibleTo(self) else ""

    def _use_mine(self) -> None:
        if self._restore is not None:
            self._restore()
        self.set_hint("")

    def has_error(self) -> bool:
        """Whether a sentence is shown."""
        return bool(self.error.text())

    def _value_changed(self) -> None:
        if self.has_error():
            self.set_error("")
            self.error_cleared.emit()

    def set_error(self, text: str) -> None:
        """Show or clear the sentence."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet(theme.border_style() if text else "")
        self.editor.setAccessibleDescription(text)
