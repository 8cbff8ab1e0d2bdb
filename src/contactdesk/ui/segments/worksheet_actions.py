"""The worksheet's actions: criteria (Add, Reduce, Refine), lines by hand, Go back and saved criteria.

Each opens its dialog window-modally (the rest of the app keeps painting) and runs the service when
the dialog is accepted; long work goes through run_with_progress, whose Cancel rolls back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from contactdesk.crm import criteria, saved_criteria, segment_lines
from contactdesk.crm.enums import CriteriaAction
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.segment_data import ChangeResult
from contactdesk.ui import errors, messages
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress
from contactdesk.ui.segments.contact_picker import ContactPickerDialog
from contactdesk.ui.segments.criteria_dialog import CriteriaDialog
from contactdesk.ui.segments.line_actions import LineActions
from contactdesk.ui.segments.line_contact_action import LineContactAction
from contactdesk.ui.segments.mailing_group_actions import MailingGroupActions
from contactdesk.ui.segments.saved_criteria_dialog import CriteriaNameDialog, SavedCriteriaDialog
from contactdesk.ui.segments.texts import TEXTS, action_text, nothing_changed

if TYPE_CHECKING:
    from contactdesk.ui.segments.worksheet import SegmentWorksheet


Shortcut = QKeySequence | QKeySequence.StandardKey | str


class WorksheetActions(QObject):
    """Builds the worksheet's QActions and carries them out."""

    def __init__(self, worksheet: SegmentWorksheet) -> None:
        super().__init__(worksheet)
        self.ws = worksheet
        self.dialog: QDialog | None = None
        self.removal_note = ""
        self.add = self._action(
            "actionSegmentAddContacts",
            self.tr("Add contacts…"),
            lambda: self.open_criteria(CriteriaAction.ADD),
            "Ctrl+Shift+A",
        )
        self.reduce = self._action(
            "actionSegmentReduce",
            self.tr("Reduce…"),
            lambda: self.open_criteria(CriteriaAction.REDUCE),
            "Ctrl+Shift+R",
        )
        self.refine = self._action(
            "actionSegmentRefine",
            self.tr("Refine…"),
            lambda: self.open_criteria(CriteriaAction.REFINE),
            "Ctrl+Shift+F",
        )
        self.by_hand = self._action("actionSegmentAddByHand", self.tr("Add by hand…"), self.open_picker, "Ctrl+N")
        self.remove = self._action(
            "actionSegmentRemoveLines", self.tr("Remove lines"), self.remove_lines, QKeySequence.StandardKey.Delete
        )
        self.go_back = self._action("actionSegmentGoBack", self.tr("Go back…"), self.undo, "Ctrl+Z")
        self.save = self._action("actionSegmentSaveCriteria", self.tr("Save criteria…"), self.save_criteria)
        self.reuse = self._action("actionSegmentReuseCriteria", self.tr("Reuse criteria…"), self.reuse_criteria)
        self.manage = self._action("actionSegmentManageCriteria", self.tr("Saved criteria…"), self.manage_criteria)
        self.mailing = MailingGroupActions(worksheet)
        self.refresh = self._action(
            "actionSegmentRefresh", self.tr("Refresh"), self.ws.reload, QKeySequence.StandardKey.Refresh
        )
        self.line_contact = LineContactAction(self)
        self.lines = LineActions(worksheet)  # own letter, phone call, cover sheets (issue 12 §4)

    def _action(self, name: str, text: str, slot: object, shortcut: Shortcut | None = None) -> QAction:
        action = QAction(text, self.ws)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def main(self) -> list[QAction | None]:
        """The actions on the toolbar itself, in order; None is a separator."""
        # Few enough that they still fit in Dutch at 1024 pixels once each has an icon beside its text.
        return [self.add, self.reduce, self.refine, None, self.remove]

    def more(self) -> list[QAction | None]:
        """The actions in the toolbar's More menu."""
        more = [self.by_hand, self.line_contact.action, self.go_back, None, self.save, self.reuse, self.manage]
        return [*more, *self.lines.actions(), None, *self.mailing.actions(), None, self.refresh]

    def update_enabled(self) -> None:
        """Go back and Save criteria need criteria actions; Reduce, Refine and Remove need lines."""
        header = self.ws.header
        self.go_back.setEnabled(header.criteria_actions > 0)
        self.save.setEnabled(header.criteria_actions > 0)
        for action in (self.reduce, self.refine):
            action.setEnabled(header.lines > 0)
        self.remove.setEnabled(bool(self.ws.selected_rows()))
        self.line_contact.update_enabled()
        self.mailing.update_enabled()
        self.lines.update_enabled()
        self.go_back.setToolTip(
            fill(self.tr("Undo the last criteria action (%1 so far)"), str(header.criteria_actions))
        )

    def _finish(self, result: ChangeResult | None) -> None:
        if result is not None:
            parts = [TEXTS.added(result.added)] if result.added else []
            parts += [TEXTS.removed(result.removed)] if result.removed else []
            # The header still has the count from before the action: what it removed came after.
            self.removal_note = (
                self.ws.own_letters.removal_note(self.ws.header.criteria_actions) if result.removed else ""
            )
            self.ws.show_status(" ".join(parts + [self.removal_note]).strip())
        self.ws.reload()
        if result is not None and result.unchanged:
            messages.information(self.ws, self.tr("Segmentation criteria"), nothing_changed(result.unchanged))

    def _open(self, dialog: QDialog, accepted: object) -> None:
        self.dialog = dialog
        dialog.accepted.connect(accepted)  # type: ignore[arg-type]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_criteria(self, action: CriteriaAction) -> None:
        """The Segmentation criteria dialog; on OK the action runs with a cancellable progress dialog."""
        dialog = CriteriaDialog(self.ws.no, action, self.ws)
        self._open(dialog, lambda: self.run_criteria(dialog.request()))

    def run_criteria(self, request: criteria.CriteriaRequest) -> None:
        """Carry out a criteria action in the background."""
        no, version = self.ws.no, self.ws.version
        result = run_with_progress(
            self.ws,
            self.tr("Applying the segmentation criteria…"),
            criteria.STEPS,
            lambda report: criteria.run(no, request, version, report),
        )
        self.removal_note = ""
        self._finish(result)
        if self.removal_note:
            # A Reduce or Refine picks its lines by criteria: say plainly that edited letters went with them.
            messages.warning(self.ws, self.tr("Segmentation criteria"), self.removal_note)
        if result is not None and request.action != CriteriaAction.ADD:
            self.offer_reset()

    def offer_reset(self) -> None:
        """An emptied segment with several criteria actions may start over (spec §2.4, default Yes)."""
        header = self.ws.header
        if header.lines or header.criteria_actions <= 1:
            return
        question = self.tr("Your segment is now empty. Reset the number of criteria actions?")
        note = self.ws.own_letters.reset_note()
        question = self.ws.own_letters.joined(question, note)
        if not messages.confirm(self.ws, self.tr("Reset criteria actions"), question, default_yes=not note):
            return
        try:
            criteria.reset_empty(self.ws.no, self.ws.version)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem)
        self.ws.reload()

    def open_picker(self) -> None:
        """Pick contacts by hand."""
        dialog = ContactPickerDialog(self.ws)
        self._open(dialog, lambda: self.add_by_hand(dialog.chosen()))

    def add_by_hand(self, contact_nos: list[str]) -> None:
        """Add the picked contacts (one criteria action, so Go back undoes it)."""
        try:
            result = segment_lines.add_contacts_by_hand(self.ws.no, contact_nos, self.ws.version)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem)
            result = None
        self._finish(result)

    def remove_lines(self) -> None:
        """Remove the selected lines after asking (recorded, so Go back brings them back)."""
        rows = self.ws.selected_rows()
        if not rows or not messages.confirm(self.ws, self.tr("Remove lines"), TEXTS.remove_lines(len(rows))):
            return
        numbers = self.ws.model.line_numbers(rows)
        reset = False
        if len(numbers) == self.ws.header.lines and self.ws.header.criteria_actions > 0:
            reset = messages.confirm(
                self.ws,
                self.tr("Remove lines"),
                self.ws.own_letters.joined(
                    self.tr(
                        "The segment will be empty. Also forget its criteria actions? Go back is then no longer "
                        "possible."
                    ),
                    self.ws.own_letters.reset_note(sum(1 for row in rows if self._own_letter(row))),
                ),
                default_yes=True,
            )
        try:
            result = segment_lines.remove_lines(self.ws.no, numbers, self.ws.version, reset)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem)
            result = None
        self._finish(result)

    def _own_letter(self, row: int) -> bool:
        line = self.ws.model.row_at(row)
        return line is not None and line.own_letter

    def undo(self) -> None:
        """Go back: undo the last criteria action after asking (default No)."""
        actions = criteria.list_actions(self.ws.no)
        if not actions:
            return
        question = fill(self.tr("This undoes the last criteria action:\n%1\n\nContinue?"), action_text(actions[-1]))
        if not messages.confirm(self.ws, self.tr("Go back"), question):
            return
        no, version = self.ws.no, self.ws.version
        result = run_with_progress(
            self.ws, self.tr("Going back…"), 1, lambda report: criteria.go_back(no, version, report)
        )
        self._finish(result)

    def save_criteria(self) -> None:
        """Save the segment's criteria actions under a code."""
        dialog = CriteriaNameDialog(self.tr("Save criteria"), parent=self.ws)
        self._open(dialog, lambda: self.save_as(*dialog.values()))

    def save_as(self, code: str, description: str) -> None:
        """Store the criteria; the status line confirms it."""
        try:
            info = saved_criteria.save_criteria(self.ws.no, code, description)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.ws, problem, self.tr("Save criteria"))
            return
        self.ws.show_status(fill(self.tr("Criteria saved as %1."), info.code))

    def reuse_criteria(self) -> None:
        """Replay saved criteria on this segment (asks first when it already has criteria actions)."""
        count = self.ws.header.criteria_actions
        if count and not messages.confirm(self.ws, self.tr("Reuse criteria"), TEXTS.reuse_question(self.ws.no, count)):
            return
        dialog = SavedCriteriaDialog(pick=True, parent=self.ws)
        self._open(dialog, lambda: self.reuse_saved(dialog.code()))

    def reuse_saved(self, code: str) -> None:
        """Replay one saved set in the background."""
        no, version = self.ws.no, self.ws.version
        steps = len(saved_criteria.saved_actions(code))
        result = run_with_progress(
            self.ws,
            fill(self.tr("Reusing criteria %1…"), code),
            steps,
            lambda report: saved_criteria.reuse_criteria(no, code, version, report),
        )
        self._finish(result)

    def manage_criteria(self) -> None:
        """List, rename and delete saved criteria."""
        self._open(SavedCriteriaDialog(pick=False, parent=self.ws), lambda: None)
