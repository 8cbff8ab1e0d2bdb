"""A small create/edit dialog built in code: sections of fields, inline errors, one service call on Save."""

from __future__ import annotations

from PySide6.QtWidgets import (
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

from contactdesk.crm.errors import DomainError, StoreError, ValidationErrors
from contactdesk.ui import errors
from contactdesk.ui.setup.form_fields import FormFields


class FormDialog(QDialog):
    """Subclasses add fields and implement submit(); a refusal keeps the dialog open."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        self.saved_key = ""
        self.fields = FormFields(name, self)
        self.sections = QGridLayout()
        self.sections.setHorizontalSpacing(16)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{name}Buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.sections)
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

    def save_button(self) -> QPushButton:
        """The Save button (tests click it)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

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
