"""The search-as-you-type box of the list pages and pickers: one behaviour wherever a list is searched."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Long enough that a typist's next key comes first (one search per word, not per letter), short enough to feel live.
DELAY_MS = 250


class SearchField(QLineEdit):
    """Emits `searched(text)` once typing pauses, at once on Enter; Esc clears it; a clear button when not empty."""

    searched = Signal(str)

    def __init__(self, name: str, accessible_name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setToolTip(placeholder)  # the placeholder is gone once the user types
        self.setClearButtonEnabled(True)
        self._pause = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._pause.timeout.connect(self.search_now)
        self.textChanged.connect(lambda _text: self._pause.start())
        self.returnPressed.connect(self.search_now)

    def query(self) -> str:
        """What to search for (without the spaces around it)."""
        return self.text().strip()

    def is_pending(self) -> bool:
        """True while typing has not paused long enough to search yet."""
        return self._pause.isActive()

    def search_now(self) -> None:
        """Search for what is typed now, without waiting for the pause."""
        self._pause.stop()
        self.searched.emit(self.query())

    def cancel_pending(self) -> None:
        """The page searched anyway (a refresh): the pause need not search again."""
        self._pause.stop()

    def clear_search(self) -> None:
        """Empty the box and show the whole list again at once."""
        self.clear()
        self.search_now()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # here: the window's first paint does without PySide6's Qt namespace

        # Esc empties a box with text; an empty box lets Esc through (a dialog then closes as usual).
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear_search()
            event.accept()
            return
        super().keyPressEvent(event)
