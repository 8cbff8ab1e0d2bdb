"""A combo over one of the enum text lists; value() gives the stored integer."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtWidgets import QComboBox, QWidget


class EnumCombo(QComboBox):
    """Offers (value, text) pairs such as enum_texts.correspondence_types()."""

    def __init__(self, items: Sequence[tuple[IntEnum, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, text in items:
            self.addItem(text, int(value))

    def value(self) -> int:
        """The chosen stored value (0, the blank member, when nothing is chosen)."""
        data = self.currentData()
        return int(data) if isinstance(data, int) else 0

    def set_value(self, value: int) -> None:
        """Select a value; an unknown one selects the blank entry."""
        self.setCurrentIndex(max(0, self.findData(int(value))))
