"""A list that says what to do next when it is empty, and why when a search or filter hides every row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

if TYPE_CHECKING:
    from contactdesk.ui.empty_panel import EmptyPanel

translate = QCoreApplication.translate


class EmptyState(QStackedWidget):
    """Shows `content` while the model has rows, else the empty panel; follows the model's row changes itself."""

    def __init__(
        self,
        content: QWidget,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        rows: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}State")
        self.content = content
        self.model = model
        self._rows = rows or model.rowCount
        self._name = name
        self._panel: EmptyPanel | None = None
        self.addWidget(content)
        self._title = ""
        self._sentence = ""
        self._actions: list[QPushButton] = []
        self._filtered = ""
        self.clear_button: QPushButton | None = None
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(lambda *_args: self.update_state())
        self.update_state()

    @property
    def panel(self) -> EmptyPanel:
        """The panel, made when first needed: a list that starts with rows (the window's first paint) does without."""
        if self._panel is None:
            from contactdesk.ui.empty_panel import EmptyPanel

            self._panel = EmptyPanel(self._name, self)
            self.addWidget(self._panel)
        return self._panel

    def set_empty(self, title: str, sentence: str) -> None:
        """What the panel says when there is nothing at all (yet)."""
        self._title, self._sentence = title, sentence
        self.update_state()

    def add_action(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        """A button on the 'nothing yet' panel that does what comes next."""
        button = self.panel.add_button(name, text, slot)
        self._actions.append(button)
        self.update_state()
        return button

    def set_clear(self, slot: Callable[[], object], text: str = "") -> QPushButton:
        """The button that shows everything again when a search or filter hides every row."""
        self.clear_button = self.panel.add_button(
            f"{self.panel.objectName()}Clear", text or translate("EmptyState", "Clear search"), slot
        )
        self.update_state()
        return self.clear_button

    def set_filtered(self, sentence: str) -> None:
        """A search or filter is on ('' when not): with no rows, the panel says this sentence instead."""
        self._filtered = sentence
        self.update_state()

    def is_empty(self) -> bool:
        """True while the panel shows instead of the list."""
        return self._panel is not None and self.currentWidget() is self._panel

    def update_state(self) -> None:
        """Show the list or the panel, for the model's rows now."""
        if self._rows() > 0:
            self.setCurrentWidget(self.content)
            return
        if self._filtered:
            clear = [self.clear_button] if self.clear_button is not None else []
            self.panel.show_text("", self._filtered, clear)
        else:
            self.panel.show_text(self._title, self._sentence, self._actions)
        self.setCurrentWidget(self.panel)
