"""The worksheet's "Change contact…" action: another contact for the selected line (issue 12 §4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget

from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.line_contact import change_line_contact
from contactdesk.ui import errors
from contactdesk.ui.placeholders import fill
from contactdesk.ui.segments.contact_picker import ContactPickerDialog

if TYPE_CHECKING:
    from contactdesk.ui.segments.worksheet_actions import WorksheetActions


class LineContactPicker(ContactPickerDialog):
    """The contact picker, choosing one contact to put on a line in place of its own."""

    def __init__(self, line_no: int, contact_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineContactPicker")
        self.setWindowTitle(fill(self.tr("Change the contact of line %1 (%2)"), str(line_no), contact_no))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ok.setText(self.tr("Change contact"))


class LineContactAction(QObject):
    """Opens the picker for the selected line and changes its contact (recorded, so Go back undoes it)."""

    def __init__(self, owner: WorksheetActions) -> None:
        super().__init__(owner)
        self.owner = owner
        self.action = QAction(self.tr("Change contact…"), owner.ws)
        self.action.setObjectName("actionSegmentChangeContact")
        self.action.setToolTip(
            self.tr("Put another contact on the selected line; its values start afresh for that contact")
        )
        self.action.triggered.connect(lambda _checked=False: self.open())

    def update_enabled(self) -> None:
        """One line, and only one, must be selected."""
        self.action.setEnabled(len(self.owner.ws.selected_rows()) == 1)

    def open(self) -> None:
        """Ask which contact the selected line should have."""
        ws = self.owner.ws
        rows = ws.selected_rows()
        line = ws.model.row_at(rows[0]) if len(rows) == 1 else None
        if line is None:
            return
        dialog = LineContactPicker(line.line_no, line.contact_no, ws)
        self.owner._open(dialog, lambda: self.change(line.line_no, dialog.chosen()))

    def change(self, line_no: int, chosen: list[str]) -> None:
        """Give the line the chosen contact; a refusal is said in one sentence."""
        if not chosen:
            return
        try:
            result = change_line_contact(self.owner.ws.no, line_no, chosen[0], self.owner.ws.version)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.owner.ws, problem)
            result = None
        self.owner._finish(result)
