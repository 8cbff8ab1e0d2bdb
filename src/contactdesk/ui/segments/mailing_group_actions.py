"""The worksheet's Apply mailing group… and Remove mailing group…: one mailing group for every line's contact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from contactdesk.crm.codes import list_codes
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.segment_mailing import apply_mailing_group, remove_mailing_group
from contactdesk.ui import errors
from contactdesk.ui.contacts.code_picker import CodePickerDialog
from contactdesk.ui.placeholders import fill

if TYPE_CHECKING:
    from contactdesk.ui.segments.worksheet import SegmentWorksheet


class MailingGroupActions(QObject):
    """Two actions for the worksheet's More menu; each asks for the mailing group and changes all contacts at once."""

    def __init__(self, worksheet: SegmentWorksheet) -> None:
        super().__init__(worksheet)
        self.ws = worksheet
        self.picker: CodePickerDialog | None = None
        self.apply = self._action("actionSegmentApplyMailingGroup", self.tr("Apply mailing group…"), True)
        self.remove = self._action("actionSegmentRemoveMailingGroup", self.tr("Remove mailing group…"), False)
        self.apply.setToolTip(self.tr("Give every contact on the segment a mailing group"))
        self.remove.setToolTip(self.tr("Take a mailing group from every contact on the segment"))

    def _action(self, name: str, text: str, adding: bool) -> QAction:
        action = QAction(text, self.ws)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self.choose(adding))
        return action

    def actions(self) -> list[QAction]:
        """Both actions, for the More menu."""
        return [self.apply, self.remove]

    def update_enabled(self) -> None:
        """Both need lines."""
        for action in self.actions():
            action.setEnabled(self.ws.header.lines > 0)

    def choose(self, adding: bool) -> None:
        """Ask which mailing group; on OK change every line's contact."""
        try:
            codes = list_codes("mailing_group")
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem)
            return
        title = self.tr("Apply mailing group") if adding else self.tr("Remove mailing group")
        empty = self.tr("There are no mailing groups yet. Set them up under Setup → Codes → Mailing groups.")
        dialog = CodePickerDialog(title, codes, empty, multiple=False, parent=self.ws)
        self.picker = dialog
        dialog.accepted.connect(lambda: self.run(dialog.chosen()[0], adding) if dialog.chosen() else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def run(self, code: str, adding: bool) -> int | None:
        """Apply or remove the mailing group in one transaction and say how many contacts changed."""
        try:
            count = (apply_mailing_group if adding else remove_mailing_group)(self.ws.no, code)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem)
            return None
        if adding:
            text = self.tr("Mailing group %1 added to %n contact(s).", "", count)
        else:
            text = self.tr("Mailing group %1 removed from %n contact(s).", "", count)
        self.ws.show_status(fill(text, code))
        return count
