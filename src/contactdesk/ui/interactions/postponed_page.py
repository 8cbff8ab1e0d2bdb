"""The Postponed Interactions page: interactions kept to finish later; Resume reopens the wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from contactdesk.crm import interaction_changes
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, keys, messages
from contactdesk.ui.interactions.entries_model import POSTPONED_COLUMNS
from contactdesk.ui.interactions.entries_page import EntriesPage
from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard


class PostponedPage(EntriesPage):
    """Postponed entries only (spec 1.15); finishing a resumed one turns it into a normal entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("page_postponed", POSTPONED_COLUMNS, postponed=True, parent=parent)
        self.resume_button = self.add_button(
            "postponedResume",
            self.tr("&Resume…"),
            self.resume,
            self.tr("Open the selected interaction in the wizard to finish it"),
        )
        self.delete_button = self.add_button(
            "postponedDelete",
            self.tr("&Delete…"),
            self.delete_selected,
            self.tr("Delete the selected postponed interactions"),
        )
        self.buttons.addStretch(1)
        self.content.addWidget(self.stack, 1)
        self.table.doubleClicked.connect(lambda _index: self.resume())
        keys.bind_row_keys(self.table, self.resume, self.delete_selected)
        self.selection_changed()

    def title(self) -> str:
        return self.tr("Postponed interactions")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No postponed interactions match the filters.")
        return self.tr(
            "No postponed interactions. When you cancel the Create interaction wizard and choose to "
            "finish later, the interaction waits here until you resume it."
        )

    def status_text(self) -> str:
        return self.tr("%n postponed interaction(s)", "", self.model.total())

    def selection_changed(self) -> None:
        rows = self.selected_rows()
        self.resume_button.setEnabled(len(rows) == 1)
        self.delete_button.setEnabled(bool(rows))

    def resume(self) -> None:
        """The wizard, filled in with everything the interaction had; the date becomes today."""
        row = self.current_entry()
        if row is not None:
            self.keep_wizard(start_interaction_wizard(self, entry_no=row.entry_no))

    def delete_selected(self) -> None:
        """Delete the selected postponed interactions after confirmation (spec 2.11: "delete selected lines?")."""
        entry_nos = self.selected_entry_nos()
        if not entry_nos:
            return
        title = self.tr("Delete postponed interactions")
        if not messages.confirm(
            self,
            title,
            self.tr(
                "Delete %n postponed interaction(s) with their comments and letters? This cannot be undone.",
                "",
                len(entry_nos),
            ),
        ):
            return
        try:
            interaction_changes.delete_postponed(entry_nos)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()
