"""The worksheet's actions on one line: personalise its letter, use the template again, phone its contact,
and the segment's cover sheets (issue 12 §4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from contactdesk.crm import line_letters
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.segment_data import SegmentLineRow
from contactdesk.ui import errors, messages
from contactdesk.ui.contacts.phone_call_action import call_action
from contactdesk.ui.open_document import open_document, scratch_folder
from contactdesk.ui.placeholders import fill

if TYPE_CHECKING:
    from contactdesk.ui.segments.cover_sheet_dialog import CoverSheetDialog
    from contactdesk.ui.segments.worksheet import SegmentWorksheet


class LineActions(QObject):
    """Builds the line actions of a worksheet and carries them out."""

    def __init__(self, worksheet: SegmentWorksheet) -> None:
        super().__init__(worksheet)
        self.ws = worksheet
        self.dialog: QObject | None = None
        self.personalise = self._action(
            "actionSegmentPersonaliseLetter", self.tr("Personalise letter…"), self.personalise_letter
        )
        self.personalise.setToolTip(self.tr("Merge this line's letter, edit it in Word and keep it for this line"))
        self.template_again = self._action(
            "actionSegmentUseTemplateAgain", self.tr("Use the template again"), self.use_template_again
        )
        self.call = call_action(worksheet, self._line_contact, "actionSegmentPhoneCall")
        self.call.setText(self.tr("Phone call…"))
        self.cover = self._action("actionSegmentCoverSheet", self.tr("Cover sheets…"), self.cover_sheets)
        self.cover.setToolTip(self.tr("Print one page per contact: sender, address and a text of your own"))

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self.ws)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def actions(self) -> list[QAction | None]:
        """For the worksheet's More menu; None is a separator."""
        return [None, self.personalise, self.template_again, self.call, None, self.cover]

    def current(self) -> SegmentLineRow | None:
        """The one selected line (None with none or several)."""
        rows = self.ws.selected_rows()
        return self.ws.model.row_at(rows[0]) if len(rows) == 1 else None

    def _line_contact(self) -> tuple[str, str, int]:
        line = self.current()
        return (line.contact_no, self.ws.no, line.line_no) if line is not None else ("", "", 0)

    def update_enabled(self) -> None:
        """One line selected for the line actions; its own letter for Use the template again; lines for cover sheets."""
        line = self.current()
        for action in (self.personalise, self.call):
            action.setEnabled(line is not None)
        self.template_again.setEnabled(line is not None and line.own_letter)
        self.cover.setEnabled(self.ws.header.lines > 0)

    def personalise_letter(self) -> None:
        """Merge the line's letter (or copy its own one), open it, and offer to keep the edited file."""
        line = self.current()
        if line is None:
            return
        from contactdesk.merge.line_letter import merge_line_letter  # the merge engine loads on first use
        from contactdesk.ui.segments.own_letter_dialog import OwnLetterDialog

        title = self.tr("Personalise letter")
        try:
            path = merge_line_letter(self.ws.no, line.line_no, scratch_folder())
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self.ws, problem, title)
            return
        if not open_document(self.ws, path, title):
            return
        dialog = OwnLetterDialog(self.ws.no, line, path, self.ws)
        dialog.kept.connect(self._kept)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.show()

    def _kept(self, line_no: int) -> None:
        self.ws.reload()
        self.ws.show_status(fill(self.tr("Line %1 now has its own letter."), str(line_no)))

    def use_template_again(self) -> None:
        """Forget the line's own letter after asking (default No: the edits are lost)."""
        line = self.current()
        if line is None or not line.own_letter:
            return
        question = fill(
            self.tr(
                "The letter you edited for %1 is forgotten, and the line gets its template's letter again. Continue?"
            ),
            line.contact_name,
        )
        if not messages.confirm(self.ws, self.tr("Use the template again"), question):
            return
        try:
            line_letters.use_template_again(self.ws.no, line.line_no, self.ws.version, line.version)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem)
        self.ws.reload()

    def _covered(self, dialog: CoverSheetDialog) -> None:
        result = dialog.result_
        if result is not None:
            text = self.tr("%n cover sheet(s) written", "", result.pages)
            if result.entries:
                text += " · " + self.tr("%n interaction(s) logged", "", len(result.entries))
            self.ws.show_status(text)

    def cover_sheets(self) -> None:
        """The cover sheet dialog for the whole segment."""
        from contactdesk.ui.segments.cover_sheet_dialog import CoverSheetDialog

        dialog = CoverSheetDialog(self.ws.no, self.ws)
        dialog.accepted.connect(lambda: self._covered(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
