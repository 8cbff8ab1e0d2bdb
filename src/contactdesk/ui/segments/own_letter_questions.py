"""The worksheet's questions before a change discards letters the user edited for single lines.

A line's own letter (Personalise letter…) is lost for good when its template or language changes, on the
line or from the header; removing lines is different (Go back brings them back with their letters).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from contactdesk.crm import own_letters
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.segment_data import SegmentLineRow
from contactdesk.ui import messages
from contactdesk.ui.placeholders import fill


class OwnLetterQuestions(QObject):
    """Asks on behalf of one worksheet; every question defaults to No (the edits would be lost)."""

    def __init__(self, segment_no: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.segment_no = segment_no
        self.window = parent

    def confirm_line(self, line: SegmentLineRow, field: str) -> bool:
        """Line N has its own letter: may this template or language change discard it?"""
        if field == "template_code":
            text = self.tr(
                "Line %1 (%2) has its own letter, edited for this contact. Changing the interaction template "
                "discards that letter, and the line gets the new template's document. Continue?"
            )
        else:
            text = self.tr(
                "Line %1 (%2) has its own letter, edited for this contact. Changing the language discards that "
                "letter, and the line gets the template's document in the new language. Continue?"
            )
        question = fill(text, str(line.line_no), line.contact_name)
        return messages.confirm(self.window, self.tr("Discard the edited letter?"), question)

    def header_note(self, field: str) -> str:
        """A sentence for the header→lines question when Yes would discard own letters ('' when none would)."""
        try:
            count = own_letters.header_own_letters(self.segment_no, field)
        except (DomainError, StoreError):
            return ""  # the change itself then says what is wrong
        if not count:
            return ""
        return self.tr(
            "%n of these lines have their own edited letter: Yes discards those letters for good.", "", count
        )

    def removal_note(self, actions_before: int) -> str:
        """Said after lines went: how many had their own letter, and that Go back brings them back ('' for none)."""
        try:
            count = own_letters.removed_since(self.segment_no, actions_before)
        except (DomainError, StoreError):
            return ""
        if not count:
            return ""
        return self.tr(
            "%n of the removed lines had its own edited letter. The letters are kept with the segment's history: "
            "Go back brings those lines back with them.",
            "",
            count,
        )

    def reset_note(self, also: int = 0) -> str:
        """Added to a question that forgets the criteria history: the own letters that go with it ('' for none).

        also: own letters on lines about to be removed in the same step.
        """
        try:
            count = own_letters.kept_in_history(self.segment_no) + also
        except (DomainError, StoreError):
            return ""
        if not count:
            return ""
        return self.tr("The edited letters of %n removed line(s) are then deleted for good.", "", count)

    @staticmethod
    def joined(text: str, note: str) -> str:
        """A question with its note as a second paragraph."""
        return f"{text}\n\n{note}" if note else text
