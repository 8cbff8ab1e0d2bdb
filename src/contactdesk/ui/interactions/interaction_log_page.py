"""The Interaction Log page: every logged interaction, filtered and sorted in SQL, with details and actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMenu, QPushButton, QSplitter, QWidget

from contactdesk.crm import interaction_changes, interaction_log
from contactdesk.crm.enums import Evaluation
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_documents import export_entry_document
from contactdesk.ui import errors, keys, messages
from contactdesk.ui.interactions.entries_model import LOG_COLUMNS
from contactdesk.ui.interactions.entries_page import EntriesPage
from contactdesk.ui.interactions.entry_details import EntryDetailsPanel
from contactdesk.ui.menu_button import more_push_button
from contactdesk.ui.open_document import open_document, scratch_folder
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard


class InteractionLogPage(EntriesPage):
    """Interaction log entries that are not postponed (spec 1.15), with statistics per template and group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("page_interaction_log", LOG_COLUMNS, postponed=False, parent=parent)
        self.create_button = self.add_button(
            "logCreateInteraction", self.tr("Create &interaction…"), self.create_interaction
        )
        self.cancel_button = self.add_button("logCancelEntries", self.tr("C&ancel entries…"), self.toggle_canceled)
        self.open_button = self.add_button(
            "logOpenDocument",
            self.tr("Open &document"),
            self.open_document,
            self.tr("Open a copy of the letter kept with the selected entry"),
        )
        # A push button with a menu leaves room for its arrow (a tool button draws it over the text).
        self.evaluate_button = QPushButton(self.tr("&Evaluate"), self)
        self.evaluate_button.setObjectName("logEvaluate")
        self.evaluate_button.setAccessibleName(self.tr("Evaluate the selected entries"))
        menu = QMenu(self.evaluate_button)
        for value, text in enum_texts.evaluations():
            action = menu.addAction(text or self.tr("(no evaluation)"))
            action.setObjectName(f"logEvaluate_{int(value)}")
            action.triggered.connect(lambda _checked=False, v=value: self.evaluate(v))
        self.evaluate_button.setMenu(menu)
        self.buttons.addWidget(self.evaluate_button)
        # The rest in a More menu: seven buttons in a row would make the window wider than a small laptop.
        self.create_same_action = self.menu_action(
            "logCreateForContact",
            self.tr("Create for this c&ontact…"),
            self.create_for_contact,
            self.tr("Create an interaction for the contact of the selected entry"),
        )
        self.delete_action = self.menu_action(
            "logDeleteCanceled",
            self.tr("&Delete canceled entries…"),
            self.delete_canceled,
            self.tr("Delete the canceled entries that match the filters"),
        )
        self.statistics_action = self.menu_action(
            "logStatistics",
            self.tr("&Statistics…"),
            self.show_statistics,
            self.tr("Interactions, cost and duration per template and group"),
        )
        self.more_button = more_push_button(
            self, [self.create_same_action, None, self.delete_action, None, self.statistics_action], "logMore"
        )
        self.buttons.addWidget(self.more_button)
        self.buttons.addStretch(1)
        self.stack.add_action("logEmptyCreate", self.tr("Create interaction…"), self.create_interaction)
        self.details = EntryDetailsPanel(self)
        self.details.comments_saved.connect(lambda _entry_no: self.selection_changed())
        splitter = QSplitter(self)
        splitter.setObjectName("interactionLogSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        self.content.addWidget(splitter, 1)
        self.table.doubleClicked.connect(lambda _index: self.open_document())
        keys.bind_row_keys(self.table, self.open_document, self.cancel_selected)
        self.selection_changed()

    def title(self) -> str:
        return self.tr("Interaction log")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No interaction log entries match the filters. Clear or change them to see more.")
        return self.tr(
            "No interactions have been recorded yet. They appear here when you log a segment, or when you "
            "record a letter, call or meeting yourself."
        )

    def status_text(self) -> str:
        return self.tr("%n interaction log entr(y/ies)", "", self.model.total())

    def selection_changed(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.create_same_action.setEnabled(bool(rows) and bool(rows[0].contact_no))
        self.cancel_button.setEnabled(bool(rows))
        all_canceled = bool(rows) and all(row.canceled for row in rows)
        self.cancel_button.setText(self.tr("Rest&ore entries…") if all_canceled else self.tr("C&ancel entries…"))
        self.open_button.setEnabled(one is not None and one.has_document)
        self.evaluate_button.setEnabled(bool(rows))
        self.details.show_entry(one.entry_no if one else 0)

    def create_interaction(self) -> None:
        """The wizard with no contact chosen yet."""
        self.keep_wizard(start_interaction_wizard(self))

    def create_for_contact(self) -> None:
        """The wizard for the selected entry's contact."""
        row = self.current_entry()
        if row is not None and row.contact_no:
            self.keep_wizard(start_interaction_wizard(self, contact_no=row.contact_no))

    def cancel_selected(self) -> None:
        """Delete key: cancel the selected entries (asks first); entries canceled already stay as they are."""
        if any(not row.canceled for row in self.selected_rows()):
            self.toggle_canceled()

    def toggle_canceled(self) -> None:
        """Cancel the selected entries (or restore them when all are canceled), after confirmation."""
        rows = self.selected_rows()
        if not rows:
            return
        entry_nos = [row.entry_no for row in rows]
        restore = all(row.canceled for row in rows)
        title = self.tr("Restore entries") if restore else self.tr("Cancel entries")
        question = (
            self.tr(
                "Restore %n canceled interaction log entr(y/ies)? They count in the statistics again.", "", len(rows)
            )
            if restore
            else self.tr(
                "Cancel %n interaction log entr(y/ies)? Canceled entries stay in the log but no longer "
                "count in any statistic.",
                "",
                len(rows),
            )
        )
        if not messages.confirm(self, title, question, default_yes=True):
            return
        remove = False
        try:
            if not restore and interaction_changes.own_documents(entry_nos):
                remove = messages.confirm(
                    self,
                    title,
                    self.tr("Also remove the letters kept with these entries? They are not used anywhere else."),
                )
            interaction_changes.set_canceled(entry_nos, not restore, remove_documents=remove)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()

    def delete_canceled(self) -> None:
        """Delete every canceled entry the filters match, after confirmation (spec 2.13)."""
        title = self.tr("Delete canceled entries")
        flt = self.filters.entry_filter()
        canceled = replace(flt, canceled=True)
        try:
            count = interaction_log.count_entries(canceled)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
            return
        if not count:
            messages.information(
                self,
                title,
                self.tr(
                    "No canceled entries match the filters, so nothing was "
                    "deleted. Cancel entries first, then delete them."
                ),
            )
            return
        if not messages.confirm(
            self,
            title,
            self.tr(
                "Delete %n canceled interaction log entr(y/ies) that match the filters, with their comments and "
                "letters? This cannot be undone.",
                "",
                count,
            ),
        ):
            return
        try:
            deleted = interaction_changes.delete_all_canceled(canceled)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
            return
        self.refresh()
        messages.information(self, title, self.tr("%n interaction log entr(y/ies) deleted.", "", deleted))

    def open_document(self) -> None:
        """Open a copy of the letter kept with the entry (the kept one never changes)."""
        row = self.current_entry()
        if row is None or not row.has_document:
            return
        title = self.tr("Cannot open the document")
        try:
            path = export_entry_document(row.entry_no, scratch_folder())
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self, problem, title)
            return
        open_document(self, path, title)

    def evaluate(self, evaluation: Evaluation) -> None:
        """Set the evaluation of the selected entries."""
        entry_nos = self.selected_entry_nos()
        if not entry_nos:
            return
        try:
            interaction_changes.evaluate(entry_nos, evaluation)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("Evaluate"))
        self.refresh()

    def show_statistics(self) -> None:
        """Interactions, cost and duration per template, group and salesperson."""
        from contactdesk.ui.interactions.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(self.filters.date_from.value(), self.filters.date_to.value(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
