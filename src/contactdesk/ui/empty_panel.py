"""What a list shows instead of a bare grid when it has no rows: why, and the button that does what comes next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyPanel(QWidget):
    """A title, a sentence and buttons, in a readable column near the top of the list's place."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}Title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.sentence = QLabel(self)
        self.sentence.setObjectName(f"{name}Text")
        self.sentence.setWordWrap(True)
        # The window's own text colour, not the placeholder grey: that measured 3.9:1 on Fusion's light
        # window, too faint for the one sentence that says what to do. The bold title sets the panel apart.
        self.buttons: list[QPushButton] = []
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(8)
        self.button_row.addStretch(1)
        # A fixed-width column: word-wrapped labels only get their full height without alignment flags.
        column = QWidget(self)
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.sentence)
        inner.addLayout(self.button_row)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)

    def add_button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        """A button under the sentence, in the order added; none is a default (Enter stays with the window)."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        self.button_row.insertWidget(len(self.buttons), button)
        self.buttons.append(button)
        return button

    def show_text(self, title: str, sentence: str, buttons: list[QPushButton]) -> None:
        """Show a title (may be empty) and a sentence, with only the given buttons."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.sentence.setText(sentence)
        self.setAccessibleName(title or sentence)
        self.setAccessibleDescription(sentence if title else "")
        for button in self.buttons:
            button.setVisible(button in buttons)

    def text(self) -> str:
        """What the panel says (title and sentence), as a screen reader would read it."""
        return " ".join(part for part in (self.title.text(), self.sentence.text()) if part)

    def visible_buttons(self) -> list[QPushButton]:
        """The buttons offered now."""
        return [button for button in self.buttons if not button.isHidden()]
