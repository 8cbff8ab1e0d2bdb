"""What the Logged Segments page can do: follow-up, reuse, cancel/restore, delete canceled, undo, letters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from contactdesk.crm import logged_segments
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_documents import export_entry_document
from contactdesk.ui import errors, messages, roles
from contactdesk.ui.letter_folders import outbox_of
from contactdesk.ui.logged.log_dialog import default_folder
from contactdesk.ui.merge.flow_texts import FlowTexts
from contactdesk.ui.open_document import open_document, scratch_folder
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from contactdesk.ui.logged.logged_page import LoggedSegmentsPage


class LoggedActions(QObject):
    """The page's buttons and what they do; every change asks first and explains a refusal."""

    def __init__(self, page: LoggedSegmentsPage) -> None:
        super().__init__(page)
        self.page = page
        self.texts = page.texts
        add = page.add_action
        self.follow_up = add(
            "loggedFollowUp",
            self.tr("Create &follow-up segment"),
            self.create_follow_up,
            self.tr("A new segment with the same header and contacts"),
        )
        self.reuse = add(
            "loggedReuse",
            self.tr("&Reuse as new segment"),
            self.reuse_as_new,
            self.tr("A new segment built on this one's contacts, to change and log again"),
        )
        self.cancel = add(
            "loggedCancel",
            self.tr("C&ancel logged segment…"),
            self.toggle_canceled,
            self.tr("Cancel (or restore) the logged segment and all its entries"),
            more=True,
        )
        self.delete = add(
            "loggedDeleteCanceled",
            self.tr("&Delete canceled…"),
            self.delete_canceled,
            self.tr("Delete every canceled logged segment; their entries stay"),
            more=True,
        )
        self.undo = add(
            "loggedUndo",
            self.tr("&Undo logging…"),
            self.undo_logging,
            self.tr("Remove the entries and put the segment back exactly as it was"),
            more=True,
        )
        self.letters = add(
            "loggedLetters",
            self.tr("Make &letters…"),
            self.make_letters,
            self.tr("Write the letters its entries do not have yet, and keep each with its entry"),
        )
        self.open = add(
            "loggedOpenLetter",
            self.tr("&Open letter"),
            self.open_letter,
            self.tr("Open a copy of the letter kept with the selected entry"),
        )
        self.letters.setShortcut(QKeySequence("Ctrl+M"))  # as Merge on the worksheet
        self.last_created = ""
        self.admin = True

    def follow_role(self) -> None:
        """Deleting logged segments and undoing a logging remove history: administrators only."""
        self.admin = roles.is_admin()
        roles.explain_lock((self.delete, self.undo), not self.admin, roles.admin_tip())

    def update_enabled(self) -> None:
        """Actions need a selected logged segment; Open letter needs an entry that keeps one."""
        row = self.page.current()
        for button in (self.follow_up, self.reuse, self.cancel, self.undo, self.letters):
            button.setEnabled(row is not None)
        self.cancel.setText(
            self.tr("Rest&ore logged segment…")
            if row is not None and row.canceled
            else self.tr("C&ancel logged segment…")
        )
        self.undo.setEnabled(row is not None and row.undoable and self.admin)
        self.delete.setEnabled(any(r.canceled for r in self.page.model.rows()) and self.admin)
        entry = self.page.current_entry()
        self.open.setEnabled(entry is not None and entry.has_document)

    def _done(self, no: str = "") -> None:
        self.page.refresh()
        if no:
            self.page.select_no(no)

    def _created(self, title: str, segment_no: str) -> None:
        self.last_created = segment_no
        self._done(self.page.current_no())
        if messages.confirm(
            self.page, title, fill(self.tr("Segment %1 was created. Open it now?"), segment_no), default_yes=True
        ):
            self._open_segment(segment_no)

    def _open_segment(self, segment_no: str) -> None:
        """Switch to the Segments page and open the segment's worksheet."""
        window: Any = self.page.window()
        from contactdesk.ui.main_window import NAVIGATION

        names = [name for name, _title, _factory in NAVIGATION]
        if hasattr(window, "nav") and "page_segments" in names:
            window.nav.setCurrentRow(names.index("page_segments"))
            window.page(names.index("page_segments")).open_segment(segment_no)

    def create_follow_up(self) -> None:
        """A follow-up segment from the selected logged segment."""
        row = self.page.current()
        if row is None:
            return
        title = self.tr("Create follow-up segment")
        try:
            no = logged_segments.create_follow_up(row.no, self.texts.follow_up_description(row.segment_no))
        except (DomainError, StoreError) as problem:
            errors.show_error(self.page, problem, title)
            return
        self._created(title, no)

    def reuse_as_new(self) -> None:
        """A new segment built on the selected logged segment (spec §2.9)."""
        row = self.page.current()
        if row is None:
            return
        title = self.tr("Reuse as new segment")
        try:
            no = logged_segments.new_segment_from_logged(row.no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.page, problem, title)
            return
        self._created(title, no)

    def cancel_selected(self) -> None:
        """Delete key: cancel the selected logged segment (asks first); a canceled one stays as it is."""
        row = self.page.current()
        if row is not None and not row.canceled:
            self.toggle_canceled()

    def toggle_canceled(self) -> None:
        """Cancel the logged segment and all its entries, or restore them (asks first, default Yes)."""
        row = self.page.current()
        if row is None:
            return
        restore = row.canceled
        title = self.tr("Restore logged segment") if restore else self.tr("Cancel logged segment")
        question = (
            self.texts.restore_question(row.no, row.entries)
            if restore
            else self.texts.cancel_question(row.no, row.entries)
        )
        if not messages.confirm(self.page, title, question, default_yes=True):
            return
        try:
            logged_segments.set_canceled([row.no], not restore)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.page, problem, title)
        self._done(row.no)

    def delete_canceled(self) -> None:
        """Delete every canceled logged segment after asking; their entries stay, unlinked."""
        count = sum(1 for row in self.page.model.rows() if row.canceled)
        title = self.tr("Delete canceled logged segments")
        if not count or not messages.confirm(self.page, title, self.texts.delete_question(count)):
            return
        try:
            deleted = logged_segments.delete_canceled()
        except (DomainError, StoreError) as problem:
            errors.show_error(self.page, problem, title)
            return
        self._done()
        messages.information(self.page, title, self.texts.deleted(deleted))

    def undo_logging(self) -> None:
        """Undo the selected logging; shows what blocks it when it cannot be undone."""
        row = self.page.current()
        if row is None:
            return
        title = self.tr("Undo logging")
        try:
            blockers = logged_segments.undo_blockers(row.no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self.page, problem, title)
            return
        if blockers:
            text = fill(self.tr("Logging %1 cannot be undone because something done since depends on it:"), row.no)
            messages.warning(self.page, title, "\n".join([text] + [f"• {self.texts.blocker(b)}" for b in blockers]))
            return
        question = self.texts.undo_question(row.no, row.segment_no, row.entries)
        if row.follow_up_segment_no:
            question += "\n" + fill(self.tr("Follow-up segment %1 is removed too."), row.follow_up_segment_no)
        if not messages.confirm(self.page, title, question):
            return
        no = row.no
        result = run_with_progress(
            self.page, fill(self.tr("Undoing logging %1…"), no), 0, lambda _report: logged_segments.undo_logging(no)
        )
        self._done()
        if result is not None:
            messages.information(
                self.page, title, fill(self.tr("Segment %1 is back on the Segments page."), result.segment_no)
            )

    def make_letters(self) -> None:
        """Write the letters the entries do not have yet (after logging without Deliver, or a failed one)."""
        row = self.page.current()
        if row is None:
            return
        title = self.tr("Make letters")
        missing = logged_segments.letters_missing(row.no)
        if not missing:
            messages.information(self.page, title, self.tr("Every entry that needs a letter keeps one already."))
            return
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("Folder for the letters"), str(default_folder(row.segment_no))
        )
        if not folder:
            return
        from contactdesk.merge.deliver import deliver_logged

        no = row.no
        result = run_with_progress(
            self.page,
            fill(self.tr("Writing the letters of %1…"), no),
            100,
            lambda report: deliver_logged(no, Path(folder), progress=report, outbox=outbox_of(Path(folder))),
        )
        self._done(no)
        if result is None:
            return
        lines = [self.texts.letters_done(len(result.letters), len(result.emails), folder)]
        if result.failed:
            lines += [self.tr("Not all letters could be made:"), self.texts.delivery_error(result)]
        lines += FlowTexts(self).draft_problems(result.problems)
        text = "\n".join(lines)
        if len(lines) > 1:
            messages.warning(self.page, title, text)
        else:
            messages.information(self.page, title, text)

    def open_letter(self) -> None:
        """Open a copy of the letter kept with the selected entry (the kept one never changes)."""
        entry = self.page.current_entry()
        if entry is None or not entry.has_document:
            return
        title = self.tr("Cannot open the letter")
        try:
            path = export_entry_document(entry.entry_no, scratch_folder())
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self.page, problem, title)
            return
        open_document(self.page, path, title)
