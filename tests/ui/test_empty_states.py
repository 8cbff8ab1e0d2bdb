"""Every empty list says what to do next, with the button that does it (issue 11 §4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QInputDialog, QTableView

from contactdesk.crm import contacts
from contactdesk.ui.contacts.card import ContactCard
from contactdesk.ui.contacts_io.import_wizard import ImportWizard
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.interactions.interaction_log_page import InteractionLogPage
from contactdesk.ui.interactions.postponed_page import PostponedPage
from contactdesk.ui.logged.logged_page import LoggedSegmentsPage
from contactdesk.ui.main_window import MainWindow
from contactdesk.ui.segments.contact_picker import ContactPickerDialog
from contactdesk.ui.segments.criteria_dialog import CriteriaDialog
from contactdesk.ui.segments.segments_page import SegmentsPage
from contactdesk.ui.setup.salespeople_tab import SalespeopleTab


def _texts(buttons) -> list[str]:  # type: ignore[no-untyped-def]
    return [button.text() for button in buttons]


def test_no_contacts_shows_what_to_do_and_only_the_actions_that_can_work(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts
    assert page.stack.is_empty() and page.empty.isVisible() and not page.table.isVisible()
    assert "No contacts yet" in page.empty.text()
    assert _texts(page.empty.visible_buttons()) == ["New contact…", "Import contacts…", "Load sample data"]
    assert page.new_action.isEnabled()
    # Nothing to open, delete, find, write to or export yet.
    for action in (page.edit_action, page.delete_action, page.interaction_action, page.find_action):
        assert not action.isEnabled(), action.objectName()
    assert not window.actions_.contacts_io.export_action.isEnabled()
    assert not page.search.isVisible()

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = window.actions_.contacts_io.dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.reject()

    qtbot.mouseClick(page.first_contact_button, Qt.MouseButton.LeftButton)
    card = page.card
    assert isinstance(card, ContactCard) and card.isVisible()
    card.reject()
    contacts.create_contact(contacts.ContactData(type=0, name="Alpha Company"))
    window.refresh_all()
    assert not page.stack.is_empty() and page.table.isVisible()
    assert window.actions_.contacts_io.export_action.isEnabled() and page.find_action.isEnabled()
    page.table.selectRow(0)
    for action in (page.edit_action, page.delete_action, page.interaction_action):
        assert action.isEnabled(), action.objectName()


def test_load_sample_data_from_the_empty_list(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_args, **_kw: (5, True))
    page = window.contacts
    qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.total() > 0, timeout=20000)
    assert page.table.isVisible() and not page.empty.isVisible()


def test_a_search_that_finds_nothing_says_so_with_a_clear_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    contacts.create_contact(contacts.ContactData(type=0, name="Alpha Company"))
    window.refresh_all()
    page = window.contacts
    page.search.setText("xyz")
    page.search.search_now()
    assert page.empty.isVisible() and "No contacts match “xyz”" in page.empty.text()
    assert _texts(page.empty.visible_buttons()) == ["Clear search"]
    assert page.search.isVisible() and page.find_action.isEnabled()
    qtbot.mouseClick(page.empty.visible_buttons()[0], Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.table.isVisible() and page.model.total() == 1


def test_the_panel_follows_the_model_by_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    view = QTableView()
    view.setModel(model)
    state = EmptyState(view, model, "probeEmpty")
    qtbot.addWidget(state)
    state.set_empty("Nothing yet", "Add the first one.")
    added: list[bool] = []
    state.add_action("probeAdd", "Add…", lambda: added.append(True))
    assert state.is_empty() and state.panel.text() == "Nothing yet Add the first one."
    model.appendRow(QStandardItem("one"))
    assert state.currentWidget() is view
    model.removeRow(0)
    assert state.is_empty()
    state.set_filtered("No probe matches “x”.")
    assert _texts(state.panel.visible_buttons()) == []  # no clear button was given
    state.set_filtered("")
    state.panel.visible_buttons()[0].click()
    assert added == [True]
    # No colour of its own: the sentence is drawn in the window's text colour, in light and dark mode alike.
    assert state.panel.sentence.foregroundRole() == QPalette.ColorRole.WindowText
    assert state.panel.styleSheet() == state.panel.sentence.styleSheet() == ""


def test_segments_and_a_new_segment_say_how_to_fill_them(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(1)
    page = window.current_page()
    assert isinstance(page, SegmentsPage) and page.empty.isVisible() and "No segments yet" in page.empty.text()
    assert _texts(page.empty.visible_buttons()) == ["New segment"]
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    page.empty_new_button.click()
    assert page.table.isVisible() and page.model.rowCount() == 1
    sheet = page.worksheets[page.current_no()]
    assert sheet.lines_state.is_empty() and not sheet.table.isVisible()
    assert "This segment has no lines yet" in sheet.lines_state.panel.text()
    add, by_hand = sheet.lines_state.panel.visible_buttons()
    assert (add.text(), by_hand.text()) == ("Add contacts…", "Add a contact…")
    add.click()
    assert isinstance(sheet.actions_.dialog, CriteriaDialog) and sheet.actions_.dialog.isVisible()
    sheet.actions_.dialog.reject()
    contacts.create_contact(contacts.ContactData(type=0, name="Alpha Company"))
    by_hand.click()
    picker = sheet.actions_.dialog
    assert isinstance(picker, ContactPickerDialog) and picker.isVisible()
    picker.list.selectAll()
    picker.accept()
    assert sheet.model.rowCount() == 1 and sheet.table.isVisible() and not sheet.lines_state.is_empty()
    sheet.close()


def test_logged_segments_explain_how_they_come_and_a_search_can_be_cleared(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(2)
    page = window.current_page()
    assert isinstance(page, LoggedSegmentsPage) and page.empty.isVisible()
    assert "No logged segments yet" in page.empty.text() and "Log…" in page.empty.text()
    assert page.empty.visible_buttons() == []
    page.search.setText("LSEG9")
    page.search.search_now()
    assert "No logged segment matches “LSEG9”" in page.empty.text()
    [clear] = page.empty.visible_buttons()
    clear.click()
    assert page.search.text() == "" and "No logged segments yet" in page.empty.text()


def test_interaction_pages_say_how_entries_get_there(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(3)
    log = window.current_page()
    assert isinstance(log, InteractionLogPage) and log.empty.isVisible()
    assert "when you log a segment" in log.empty.text()
    [create] = log.empty.visible_buttons()
    assert create.text() == "Create interaction…"
    create.click()
    assert log.wizard is not None and log.wizard.isVisible()
    log.wizard.close()
    log.filters.text.setText("nothing")
    log.filters.changed.emit()
    assert "match the filters" in log.empty.text()
    [clear] = log.empty.visible_buttons()
    assert clear.text() == "Clear filters"
    clear.click()
    assert log.filters.text.text() == "" and "when you log a segment" in log.empty.text()
    window.nav.setCurrentRow(4)
    postponed = window.current_page()
    assert isinstance(postponed, PostponedPage) and postponed.empty.isVisible()
    assert "finish later" in postponed.empty.text() and postponed.empty.visible_buttons() == []


def test_an_empty_setup_list_offers_new(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(6)
    setup = window.current_page()
    tab = setup.findChild(SalespeopleTab)
    tab.refresh()
    assert tab.stack.is_empty() and "No salespeople yet" in tab.empty.text()
    [new] = tab.empty.visible_buttons()
    assert new.isEnabled()
    new.click()
    assert tab.dialog is not None and tab.dialog.isVisible()
    tab.dialog.reject()


def test_a_contact_without_interactions_offers_to_create_one(qtbot, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui import messages
    from contactdesk.ui.interactions.contact_interactions import ContactInteractionsTab

    monkeypatch.setattr(messages, "confirm", lambda *_args, **_kw: False)  # closing the wizard: do not keep it

    no = contacts.create_contact(contacts.ContactData(type=0, name="Alpha Company"))
    tab = ContactInteractionsTab(no)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.empty.isVisible() and "No interactions with this contact yet" in tab.empty.text()
    assert tab.summary.text() == ""
    [create] = tab.empty.visible_buttons()
    create.click()
    assert tab.wizard is not None and tab.wizard.isVisible() and tab.wizard.request.contact_no == no
    tab.wizard.close()
