"""Contacts page: search, sort and page through any number of contacts; create, edit, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.contact_row import ContactRow
from contactdesk.crm.enums import ContactType
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.models.contacts_model import ContactsModel
from contactdesk.ui.pages.base import Page
from contactdesk.ui.pages.contacts_view import fill_empty_panel, make_action, make_contacts_table
from contactdesk.ui.placeholders import fill
from contactdesk.ui.search_field import SearchField

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from contactdesk.crm.first_contacts import FirstContacts
    from contactdesk.ui.contacts.card import ContactCard
    from contactdesk.ui.empty_panel import EmptyPanel
    from contactdesk.ui.pages.column_menu import ColumnMenu
    from contactdesk.ui.pages.contact_class_filter import ContactClassFilter
    from contactdesk.ui.settings import Settings

# The services, the error sentences and the message boxes are imported on first use: a start shows the first
# page (show_first) before they are needed (tests/test_startup_imports.py).

translate = QCoreApplication.translate


class ContactsPage(Page):
    """The contacts list with a search box; an empty database or search says what to do next."""

    load_sample_requested = Signal()
    import_requested = Signal()
    has_contacts = Signal(bool)  # whether the list shows any contact (Export needs one)

    def __init__(
        self, parent: QWidget | None = None, settings: Settings | None = None, *, deferred: bool = False
    ) -> None:
        """deferred: the window calls finish_start() after its first paint; otherwise the page finishes itself."""
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("page_contacts")
        self.model = ContactsModel(self)
        self.search = SearchField(
            "contactSearch",
            self.tr("Search contacts"),
            self.tr("Search by name, number, company, city, post code, e-mail or phone"),
            self,
        )
        self.search.searched.connect(lambda _text: self._apply_search())
        # The classification filter, the column menu and the phone call come in finish_start(): they need the
        # store and PySide6's Qt namespace, which a start loads only after its first paint.
        self.class_filter: ContactClassFilter
        self.columns: ColumnMenu
        self.call_action: QAction | None = None
        self.table = make_contacts_table(self, self.model, self.tr("Contacts"))
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        # A deferred page shows its list until the first page is read (show_first): not known to be empty yet.
        self._read = not deferred
        self.stack = EmptyState(self.table, self.model, "contactsEmpty", self, rows=self._rows_known)
        self.empty: EmptyPanel
        self.first_contact_button: QPushButton
        self.import_button: QPushButton
        self.sample_button: QPushButton
        if not deferred:
            self._make_empty_panel()
        layout = QVBoxLayout(self)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 1)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.stack)
        self._active = True
        self._make_actions()
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.update_actions())
        self.card: ContactCard | None = None
        if not deferred:
            self.finish_start()

    def _rows_known(self) -> int:
        return self.model.rowCount() if self._read else 1

    def _make_empty_panel(self) -> None:
        # What an empty list shows instead (~3 ms of widgets): made at once by a page that is not deferred, else
        # by finish_start(), or by show_first() when the first page is empty.
        if hasattr(self, "empty"):
            return
        self.empty = self.stack.panel
        self.first_contact_button, self.import_button, self.sample_button = fill_empty_panel(
            self.stack, self.new_contact, self.import_requested.emit, self.load_sample_requested.emit
        )
        self.stack.set_clear(self._clear_filters)

    def title(self) -> str:
        return self.tr("Contacts")

    def _make_actions(self) -> None:
        self.new_action = make_action(self, "actionNewContact", self.tr("&New contact…"), "New", self.new_contact)
        self.edit_action = make_action(
            self, "actionEditContact", self.tr("&Open contact…"), "Return", self.edit_contact
        )
        self.delete_action = make_action(
            self, "actionDeleteContact", self.tr("&Delete contact…"), "Delete", self.delete_contact
        )
        self.find_action = make_action(self, "actionFindContact", self.tr("&Find contact"), "Find", self._find)
        self.interaction_action = make_action(
            self, "actionCreateInteraction", self.tr("Create &interaction…"), "Ctrl+I", self.create_interaction
        )
        for action in (self.edit_action, self.delete_action):
            self.addAction(action)

    def finish_start(self) -> None:
        """What the first paint did without (MainWindow.finish_start): the header on the contacts model, sorting
        and its arrow, and the shortcut contexts of Open and Delete (all need PySide6's Qt namespace)."""
        from PySide6.QtCore import Qt

        self._read = True
        self._make_empty_panel()
        self.stack.update_state()
        header = self.table.horizontalHeader()
        if header.model() is not self.model:
            state = header.saveState()  # the widths and order set so far, kept across the change of model
            header.setModel(self.model)
            header.restoreState(state)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._finish_extras()

    def _finish_extras(self) -> None:
        from contactdesk.ui.contacts.phone_call_action import call_action
        from contactdesk.ui.pages.column_menu import ColumnMenu
        from contactdesk.ui.pages.contact_class_filter import ContactClassFilter

        self.class_filter = ContactClassFilter(self)
        self.class_filter.changed.connect(self.refresh)
        self.class_filter.setVisible(self.search.isVisible())
        self.filter_row.addWidget(self.class_filter)
        self.call_action = call_action(self, lambda: (row.no if (row := self.current_row()) else "", "", 0))
        columns = ColumnMenu(self.table, self.model.is_sortable, self.model.column_keys(), self._settings)
        columns.changed.connect(lambda: self.model.set_shown(columns.shown()))
        self.model.set_shown(columns.shown())  # the columns the settings hid are not read either
        columns.add_table_menu([self.edit_action, self.interaction_action, self.call_action, self.delete_action])
        self.columns = columns
        self.update_actions()

    def page_actions(self) -> list[QAction]:
        """Actions the window puts in its menu and toolbar."""
        actions = [self.new_action, self.edit_action, self.delete_action, self.find_action, self.interaction_action]
        return actions if self.call_action is None else [*actions, self.call_action]

    def _apply_search(self) -> None:
        if self.search.query() != self.model.query:
            self.refresh()

    def _clear_filters(self) -> None:
        self.class_filter.clear(quietly=True)
        self.search.clear_search()
        self.refresh()

    def refresh(self) -> None:
        """Re-run the count and show the right state."""
        self.model.set_query(self.search.text(), self.class_filter.current())
        query = self.model.query
        classified = self.model.classified
        self.stack.set_filtered(
            fill(self.tr("No contacts match “%1”. Check the spelling or search for part of the name."), query)
            if query
            else self.class_filter.nothing_found()
        )
        # On an empty database there is nothing to search: the panel's buttons are what comes next.
        filtering = bool(self.model.total() or query or classified)
        self.search.setVisible(filtering)
        self.class_filter.setVisible(filtering)
        self.update_actions()
        self.has_contacts.emit(self.model.total() > 0)
        self.status_changed.emit(self.status_text())

    def show_first(self, first: FirstContacts) -> None:
        """The list as refresh() shows it, from the first page read before the services were loaded."""
        self._read = True
        if not first.count:
            self._make_empty_panel()
        self.model.show_first(first.count, first.rows)
        self.stack.set_filtered("")
        self.search.setVisible(bool(first.count))
        self.update_actions()
        self.has_contacts.emit(first.count > 0)
        self.status_changed.emit(self.status_text())

    def set_actions_active(self, active: bool) -> None:
        """The contacts page is (not) on screen: its actions follow it, and then what the list allows."""
        self._active = active
        self.update_actions()

    def update_actions(self) -> None:
        """New always; Find with contacts to find; Open, Delete and Create interaction with a selected contact."""
        selected = self._active and self.current_row() is not None
        self.new_action.setEnabled(self._active)
        self.find_action.setEnabled(self._active and (self.model.total() > 0 or bool(self.model.query)))
        for action in (self.edit_action, self.delete_action, self.interaction_action, self.call_action):
            if action is not None:  # the phone call comes with finish_start()
                action.setEnabled(selected)

    def others_changed(self, tables: set[str]) -> None:
        """Someone else changed contacts: show them, keeping the scroll position and the selected contact."""
        from contactdesk.crm.changes import ANY_TABLE
        from contactdesk.crm.contact_classes import LINK_TABLES

        if not tables & {"contact", "interaction_log_entry", *LINK_TABLES, ANY_TABLE}:
            return
        bar = self.table.verticalScrollBar()
        position = bar.value()
        selected = self.current_row()
        row = self.table.currentIndex().row()
        self.refresh()
        if selected is not None:
            self.model.row_at(min(row, self.model.total() - 1))  # load the page it was on (it may have moved a bit)
            self.select_no(selected.no)
        bar.setValue(position)

    def status_text(self) -> str:
        count = self.model.total()
        if self.model.query:
            return self.tr("%n contact(s) found", "", count)
        return self.tr("%n contact(s)", "", count)

    def current_row(self) -> ContactRow | None:
        """The selected contact."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_no(self, no: str) -> None:
        """Select a contact when it is on a loaded page."""
        row = self.model.row_of_no(no)
        if row >= 0:
            index = self.model.index(row, 1)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def new_contact(self) -> None:
        """Open an empty card; a selected company becomes the new person's company."""
        selected = self.current_row()
        company = selected.no if selected and selected.type == ContactType.COMPANY else ""
        from contactdesk.ui.contacts.card import ContactCard  # the card's lookups load on first use

        self._open_card(ContactCard(self, company_no=company))

    def edit_contact(self) -> None:
        """Open the selected contact's card."""
        row = self.current_row()
        if row is None:
            return
        from contactdesk.crm.errors import DomainError, StoreError
        from contactdesk.ui import errors
        from contactdesk.ui.contacts.card import ContactCard

        try:
            card = ContactCard(self, no=row.no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            self.refresh()
            return
        self._open_card(card)

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _saved(self, card: ContactCard) -> None:
        self.refresh()
        self.select_no(card.saved_no)

    def _open_card(self, card: ContactCard) -> None:
        # Window-modal and non-blocking: the rest of the app keeps painting while the card is open.
        self.card = card
        card.accepted.connect(lambda: self._saved(card))
        card.finished.connect(card.deleteLater)
        card.open()

    def create_interaction(self) -> None:
        """The Create Interaction wizard for the selected contact (its own code lives in ui/wizard)."""
        row = self.current_row()
        if row is None:
            return
        from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard

        self.interaction_wizard = start_interaction_wizard(self, contact_no=row.no)

    def delete_contact(self) -> None:
        """Delete the selected contact after confirmation; a company asks about its persons."""
        row = self.current_row()
        if row is None:
            return
        from contactdesk.crm import contacts as contact_service
        from contactdesk.crm.errors import CompanyHasPersonsError, DomainError, StoreError
        from contactdesk.ui import errors, messages

        title = self.tr("Delete contact")
        persons = None
        try:
            # Refuse before asking: a "This cannot be undone" question must only come when the delete can be done.
            contact_service.check_delete(row.no)
            count = contact_service.count_persons(row.no) if row.type == ContactType.COMPANY else 0
            if count:
                persons = messages.choose(
                    self,
                    title,
                    fill(self.tr("%1 has %n person(s). What should happen to them?", "", count), row.name),
                    [
                        ("delete", self.tr("Delete the persons too")),
                        ("detach", self.tr("Keep them without a company")),
                    ],
                )
                if persons is None:
                    return
            elif not messages.confirm(
                self, title, fill(self.tr("Delete %1 (%2)? This cannot be undone."), row.name, row.no)
            ):
                return
            contact_service.delete_contact(row.no, persons)
        except CompanyHasPersonsError as problem:
            errors.show_error(self, problem)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()
