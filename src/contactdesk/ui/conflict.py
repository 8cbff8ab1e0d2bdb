"""After a refused save: a bar with the sentence and Reload, and the user's own values beside the newer ones.

Nothing typed is lost: Reload shows what the other user saved, and every field where the user had
something else gets a hint "Your change: …" with a link that puts the user's value back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from contactdesk.crm.errors import ConcurrentEditError
from contactdesk.ui import theme
from contactdesk.ui.contacts.fields import FieldWithError
from contactdesk.ui.edit_conflicts import describe_conflict, local_moment
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


class ConflictBar(QFrame):
    """ "Anna changed this contact at 10:42. Reload, then make your change again."  [Reload]"""

    reload_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Conflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(theme.bar_style(theme.Role.NOTE, f"{name}Conflict"))
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}ConflictText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Reload"), self)
        self.button.setObjectName(f"{name}Reload")
        self.button.setAccessibleName(self.tr("Reload the newer version"))
        self.button.clicked.connect(lambda _checked=False: self.reload_requested.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_conflict(self, error: ConcurrentEditError) -> None:
        """Say who changed the record and when, and offer Reload."""
        self.label.setText(describe_conflict(error))
        self.setAccessibleDescription(self.label.text())
        self.show()
        self.button.setFocus()


@dataclass(frozen=True)
class Value:
    """What an input shows (to compare and to display) and how to put it back."""

    text: str
    restore: Callable[[], None] | None


def _yes_no(checked: bool) -> str:
    return translate("Conflict", "ticked") if checked else translate("Conflict", "not ticked")


def read(editor: QWidget) -> Value | None:
    """The value of a common input; None for an input this helper does not know."""
    if isinstance(editor, QLineEdit):
        text = editor.text()
        return Value(text, lambda: editor.setText(text))
    if isinstance(editor, QPlainTextEdit):
        plain = editor.toPlainText()
        return Value(plain, lambda: editor.setPlainText(plain))
    if isinstance(editor, QCheckBox):
        checked = editor.isChecked()
        return Value(_yes_no(checked), lambda: editor.setChecked(checked))
    if isinstance(editor, QComboBox):
        shown = editor.currentText()
        return Value(shown, lambda: editor.setCurrentIndex(max(0, editor.findText(shown))))
    if isinstance(editor, QDateEdit):
        day = QDate(editor.date())
        return Value(editor.text(), lambda: editor.setDate(day))
    if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
        number: Any = editor.value()
        return Value(editor.text(), lambda: editor.setValue(number))
    if isinstance(editor, QAbstractSpinBox):
        return Value(editor.text(), None)
    return None


def snapshot(fields: Mapping[str, FieldWithError]) -> dict[str, Value]:
    """What the user has in every known input, before a Reload replaces it."""
    values = {name: read(field.editor) for name, field in fields.items()}
    return {name: value for name, value in values.items() if value is not None}


def show_own_values(fields: Mapping[str, FieldWithError], mine: Mapping[str, Value]) -> list[str]:
    """After a Reload: hint "Your change: …" under every field whose newer value differs; return their names."""
    differing = []
    for name, field in fields.items():
        own = mine.get(name)
        now = read(field.editor)
        if own is None or now is None or now.text == own.text:
            field.set_hint("")
            continue
        shown = own.text if own.text.strip() else translate("Conflict", "(blank)")
        field.set_hint(
            fill(translate("Conflict", "Your change: %1"), shown), own.restore, translate("Conflict", "Use mine")
        )
        differing.append(name)
    return differing


def clear_hints(fields: Mapping[str, FieldWithError]) -> None:
    """Remove every hint (after a successful save)."""
    for field in fields.values():
        field.set_hint("")


def stamp_text(created_by: str, changed_by: str, changed_at: datetime | None) -> str:
    """ "Created by anna · Last changed by piet at 10:42" ('' when nothing is known)."""
    parts = []
    if created_by:
        parts.append(fill(translate("Conflict", "Created by %1"), created_by))
    if changed_at is not None:
        who = changed_by or translate("Conflict", "someone")
        parts.append(fill(translate("Conflict", "Last changed by %1 at %2"), who, local_moment(changed_at)))
    return " · ".join(parts)


def stamp_label(name: str, parent: QWidget) -> QLabel:
    """A small grey read-only line for stamp_text()."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(theme.text_style(theme.Role.MUTED) + " font-size: small;")
    label.setAccessibleName(translate("Conflict", "Last change"))
    return label
