"""The named inputs of one setup form, each with its inline error line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.ui import errors
from contactdesk.ui.contacts.fields import CodeCombo, FieldWithError

W = TypeVar("W", bound=QWidget)


class FormFields:
    """Adds inputs to form layouts under stable object names and marks refused ones."""

    def __init__(self, prefix: str, owner: QWidget) -> None:
        self.prefix = prefix
        self.owner = owner
        self.fields: dict[str, FieldWithError] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.check_fields: dict[str, FieldWithError] = {}
        self.labels: dict[str, str] = {}

    def add(self, form: QFormLayout, name: str, label: str, editor: W) -> W:
        """Put `editor` on a row of `form` under `label`; a change clears its error."""
        editor.setObjectName(f"{self.prefix}_{name}")
        editor.setAccessibleName(label.replace("&", ""))
        field = FieldWithError(editor, self.owner)
        self.fields[name] = field
        self.labels[name] = label.replace("&", "")
        form.addRow(label, field)
        label_widget = form.labelForField(field)
        if label_widget is not None:
            label_widget.setBuddy(editor)  # type: ignore[attr-defined]
        _on_change(editor, lambda: field.set_error(""))
        return editor

    def add_check(self, form: QFormLayout, name: str, text: str) -> QCheckBox:
        """A check box on its own row."""
        box = QCheckBox(text, self.owner)
        box.setObjectName(f"{self.prefix}_{name}")
        box.setAccessibleName(text.replace("&", ""))
        self.checks[name] = box
        # Wrapped like the other inputs, so a Reload can show the user's own choice under it.
        self.check_fields[name] = FieldWithError(box, self.owner)
        form.addRow("", self.check_fields[name])
        return box

    def all_fields(self) -> dict[str, FieldWithError]:
        """Every input of the form by name, check boxes included."""
        return {**self.fields, **self.check_fields}

    def editor(self, name: str) -> QWidget:
        """The input of a field."""
        return self.fields[name].editor

    def error_text(self, name: str) -> str:
        """The sentence shown under a field ('' when none)."""
        field = self.fields[name]
        return field.error.text() if field.error.isVisibleTo(self.owner) else ""

    def clear_errors(self) -> None:
        """Remove every mark."""
        for field in self.fields.values():
            field.set_error("")

    def show_errors(self, problems: ValidationErrors) -> list[ValidationError]:
        """Mark every refused field; return the problems that have no field on this form."""
        self.clear_errors()
        unplaced: list[ValidationError] = []
        first: FieldWithError | None = None
        for problem in problems.errors:
            field = self.fields.get(problem.field)
            if field is None:
                unplaced.append(problem)
                continue
            field.set_error(self.sentence(problem))
            first = first or field
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def sentence(self, problem: ValidationError) -> str:
        """The sentence for a refused field, naming it as this form's label does."""
        text = errors.describe_validation(problem)
        # ui.errors knows the labels of the common fields only; for the others it falls back to the
        # raw field name ("city is too long"), so put this form's translated label in its place.
        raw = problem.field.replace("_", " ")
        label = self.labels.get(problem.field)
        if label and errors.field_label(problem.field) == raw:
            text = text.replace(raw, label, 1)
        return text

    def connect_changes(self, slot: Callable[..., Any]) -> None:
        """Call `slot` whenever any input of the form changes."""
        for field in self.fields.values():
            _on_change(field.editor, slot)
        for box in self.checks.values():
            box.toggled.connect(slot)


def _on_change(editor: QWidget, slot: Callable[..., Any]) -> None:
    if isinstance(editor, QLineEdit):
        editor.textChanged.connect(slot)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(slot)
    elif isinstance(editor, QAbstractSpinBox):
        editor.editingFinished.connect(slot)
        value_changed = getattr(editor, "valueChanged", None)
        if value_changed is not None:
            value_changed.connect(slot)


def refill_code_combo(combo: CodeCombo, items: list[tuple[str, str]], blank: str = "") -> None:
    """Replace a CodeCombo's list (codes may have changed on another tab), keeping its choice."""
    code = combo.code()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(blank, "")
    for value, name in items:
        combo.addItem(f"{value} – {name}" if name else value, value)
    combo.set_code(code)
    combo.blockSignals(False)
