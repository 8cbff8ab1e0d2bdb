"""A small create/edit dialog built in code: sections of fields, inline errors, one service call on Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.errors import ConcurrentEditError, DomainError, StoreError, ValidationErrors
from contactdesk.ui import errors, theme
from contactdesk.ui.conflict import ConflictBar, show_own_values, snapshot, stamp_label, stamp_text
from contactdesk.ui.setup.form_fields import FormFields


class FormDialog(QDialog):
    """Subclasses add fields and implement submit(); a refusal keeps the dialog open."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved_key = ""
        self.fields = FormFields(name, self)
        self.sections = QGridLayout()
        self.sections.setHorizontalSpacing(16)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setStyleSheet(theme.text_style(theme.Role.ERROR))
        self.summary.setWordWrap(True)
        self.summary.hide()
        # The version of the record as shown (0 for a new one): a save from an older one is refused.
        self.version = 0
        self.conflict = ConflictBar(name, self)
        self.conflict.reload_requested.connect(self.reload)
        self.stamp = stamp_label(f"{name}Stamp", self)
        self.stamp.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{name}Buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # A width the layout's own minimum adds to: setMinimumWidth would stop the layout from growing the
        # dialog when its fields need more (they were squeezed and cut off).
        layout.addStrut(480)
        layout.addLayout(self.sections)
        layout.addWidget(self.stamp)
        layout.addWidget(self.conflict)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def add_section(self, title: str = "", row: int = 0, column: int = 0) -> QFormLayout:
        """A form in the grid of sections; with a title it sits in a group box."""
        holder: QWidget = QGroupBox(title, self) if title else QWidget(self)
        form = QFormLayout(holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if not title:
            form.setContentsMargins(0, 0, 0, 0)
        self.sections.addWidget(holder, row, column)
        return form

    def widen(self, width: int) -> None:
        """At least `width` pixels wide, or wider when the fields need it."""
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.addStrut(width)

    def save_button(self) -> QPushButton:
        """The Save button (tests click it)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def fetch_record(self) -> Any:
        """The record as saved now (for Reload); None for a dialog that creates one."""
        return None

    def load_record(self, data: Any) -> None:
        """Fill the form from a record."""
        # Template method: every concrete dialog that edits a record defines it.
        raise TypeError(f"{type(self).__name__} must define load_record()")

    def show_record(self, data: Any) -> None:
        """Fill the form and remember the record's version and stamp."""
        self.version = int(getattr(data, "version", 0) or 0)
        self.stamp.setText(
            stamp_text(
                getattr(data, "created_by", ""), getattr(data, "changed_by", ""), getattr(data, "changed_at", None)
            )
        )
        self.stamp.setVisible(bool(self.stamp.text()))
        self.load_record(data)

    def reload(self) -> None:
        """Show the newer saved record, with a "Your change" hint wherever the user had something else."""
        fields = self.fields.all_fields()
        mine = snapshot(fields)
        try:
            data = self.fetch_record()
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        if data is None:
            return
        self.show_record(data)
        self.conflict.hide()
        show_own_values(fields, mine)

    def submit(self) -> str:
        """Run the one service call that saves the form; return the saved record's key."""
        # Template method: every concrete page/tab/dialog defines it.
        raise TypeError(f"{type(self).__name__} must define submit()")

    def save(self) -> None:
        """Save through the service; mark refused fields and stay open, or close on success."""
        self.summary.hide()
        try:
            self.saved_key = self.submit()
        except ValidationErrors as problems:
            self.show_errors(problems)
            return
        except ConcurrentEditError as problem:
            self.conflict.show_conflict(problem)
            return
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        self.accept()

    def show_errors(self, problems: ValidationErrors) -> None:
        """Mark every refused field; problems without a field are listed in the summary."""
        unplaced = self.fields.show_errors(problems)
        lines = [self.tr("Some fields need attention; nothing was saved yet.")]
        lines += [errors.describe_validation(problem) for problem in unplaced]
        self.summary.setText("\n".join(lines))
        self.summary.show()
