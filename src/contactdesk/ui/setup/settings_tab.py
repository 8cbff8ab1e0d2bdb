"""A setup tab that edits one record in place (Marketing setup, Our company) with Save and Revert."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.errors import ConcurrentEditError, DomainError, StoreError, ValidationErrors
from contactdesk.ui import errors, roles, theme
from contactdesk.ui.conflict import ConflictBar, clear_hints, show_own_values, snapshot
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_fields import FormFields
from contactdesk.ui.setup.setup_tab import SetupTab


class SettingsTab(SetupTab):
    """Subclasses add fields and implement load_choices(), load_values() and submit()."""

    def __init__(self, name: str, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._title = title
        self._loading = False
        self.dirty = False
        self.fields = FormFields(name, self)
        intro_label = QLabel(intro, self)
        intro_label.setObjectName(f"{name}Intro")
        intro_label.setWordWrap(True)
        self.sections = QGridLayout()
        self.sections.setHorizontalSpacing(16)
        self.sections.setVerticalSpacing(12)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setStyleSheet(theme.text_style(theme.Role.ERROR))
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.conflict = ConflictBar(name, self)
        self.conflict.reload_requested.connect(self.reload)
        self.note = QLabel(self)
        self.note.setObjectName(f"{name}Note")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setAccessibleName(fill(self.tr("Save %1"), title))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setObjectName(f"{name}Revert")
        self.revert_button.setAccessibleName(fill(self.tr("Revert %1"), title))
        self.revert_button.setToolTip(self.tr("Throw away the changes and show what is saved"))
        self.revert_button.clicked.connect(lambda _checked=False: self.revert())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.note, 1)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(intro_label)
        inner.addLayout(self.sections)
        inner.addWidget(self.conflict)
        inner.addWidget(self.summary)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"{name}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._content = content

    def add_section(self, title: str, row: int, column: int, row_span: int = 1) -> QFormLayout:
        """A titled group of fields in the grid."""
        box = QGroupBox(title, self._content)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sections.addWidget(box, row, column, row_span, 1)
        return form

    def finish_fields(self) -> None:
        """Call once every field is added: from then on a change marks the form as changed."""
        self.fields.connect_changes(self._changed)
        self._set_dirty(False)

    # What a subclass provides.

    def load_choices(self) -> None:
        """Refill the combos (codes may have changed on other tabs), keeping what is chosen."""

    def load_values(self) -> None:
        """Show the stored record."""
        # Template method: every concrete tab defines it.
        raise TypeError(f"{type(self).__name__} must define load_values()")

    def submit(self) -> None:
        """Save the form through one service call."""
        # Template method: every concrete tab defines it.
        raise TypeError(f"{type(self).__name__} must define submit()")

    # The shared behaviour.

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        """Re-read the choices; re-read the values only when there are no unsaved changes."""
        self._loading = True
        try:
            self.load_choices()
            if not self.dirty:
                self.load_values()
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        finally:
            self._loading = False
        self.status_changed.emit(self.status_text())

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        editors = [field.editor for field in self.fields.fields.values()] + list(self.fields.checks.values())
        for editor in editors:
            editor.setEnabled(not read_only)
        roles.explain_lock([*editors, self.save_button, self.revert_button], read_only, roles.setup_tip())
        self._set_dirty(self.dirty and not read_only)

    def revert(self) -> None:
        """Throw away the changes."""
        self.conflict.hide()
        clear_hints(self.fields.all_fields())
        self.fields.clear_errors()
        self.summary.hide()
        self.note.clear()
        self._set_dirty(False)
        self.refresh()

    def save(self) -> bool:
        """Save through the service; mark refused fields, or show the stored values again."""
        self.summary.hide()
        self.note.clear()
        if self.read_only:
            return False
        try:
            self.submit()
        except ValidationErrors as problems:
            unplaced = self.fields.show_errors(problems)
            lines = [self.tr("Some fields need attention; nothing was saved yet.")]
            lines += [errors.describe_validation(problem) for problem in unplaced]
            self.summary.setText("\n".join(lines))
            self.summary.show()
            return False
        except ConcurrentEditError as problem:
            self.conflict.show_conflict(problem)
            return False
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return False
        self.conflict.hide()
        clear_hints(self.fields.all_fields())
        self.fields.clear_errors()
        self._set_dirty(False)
        self.refresh()
        self.note.setText(self.tr("Saved."))
        return True

    def reload(self) -> None:
        """Show the newer saved values, with a "Your change" hint wherever the user had something else."""
        fields = self.fields.all_fields()
        mine = snapshot(fields)
        self.conflict.hide()
        self._set_dirty(False)
        self.refresh()
        show_own_values(fields, mine)

    def status_text(self) -> str:
        return self.tr("Unsaved changes") if self.dirty else ""

    def _changed(self) -> None:
        if not self._loading:
            self.note.clear()
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self.save_button.setEnabled(dirty and not self.read_only)
        self.revert_button.setEnabled(dirty and not self.read_only)
        if changed:
            self.status_changed.emit(self.status_text())
