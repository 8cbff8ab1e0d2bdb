"""The main window driven like a user: welcome state, create, find and delete a contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.recorder import Recorder

from contactdesk.crm import contacts
from contactdesk.store.models import Contact, Segment, SegmentLine
from contactdesk.ui import messages
from contactdesk.ui.contacts.card import ContactCard
from contactdesk.ui.main_window import MainWindow, page_names


def _save(card: ContactCard) -> None:
    box = card.findChild(QDialogButtonBox, "contactCardButtons")
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_empty_database_shows_the_welcome_state(window: MainWindow) -> None:
    page = window.contacts
    assert page.stack.currentWidget() is page.empty
    assert page_names(window) == [
        "page_contacts",
        "page_segments",
        "page_logged_segments",
        "page_interaction_log",
        "page_postponed",
        "page_campaigns",
        "page_setup",
    ]
    assert window.status_label.text() == "0 contacts"


def test_create_find_and_delete_a_contact(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts
    qtbot.mouseClick(page.first_contact_button, Qt.MouseButton.LeftButton)
    card = page.card
    assert isinstance(card, ContactCard) and card.isVisible()
    card.type_combo.setCurrentIndex(card.type_combo.findData(0))
    qtbot.keyClicks(card.edits["name"], "Ødegård Byggevarer AS")
    qtbot.keyClicks(card.edits["city"], "Ålesund")
    qtbot.keyClicks(card.edits["email"], "post@odegard.no")
    _save(card)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert page.stack.currentWidget() is page.table
    assert page.model.total() == 1

    contacts.create_contact(contacts.ContactData(type=0, name="Van Dijk Kantoor B.V."))
    window.refresh_all()
    assert page.model.total() == 2
    qtbot.keyClicks(page.search, "ødeg")
    qtbot.waitUntil(lambda: page.model.query == "ødeg")
    assert page.model.total() == 1
    assert page.model.row_at(0).name == "Ødegård Byggevarer AS"
    assert window.status_label.text() == "1 contact found"

    page.table.selectRow(0)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args, **kw: asked.append(args[2]) or True)
    page.delete_action.trigger()
    assert asked and "Ødegård Byggevarer AS" in asked[0]
    assert contacts.count_contacts() == 1
    assert page.stack.currentWidget() is page.empty and "No contacts match" in page.empty.text()


def test_invalid_email_is_marked_inline_and_nothing_is_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts
    page.new_contact()
    card = page.card
    qtbot.keyClicks(card.edits["first_name"], "Kari")
    qtbot.keyClicks(card.edits["surname"], "Nordmann")
    assert card.edits["name"].text() == "Kari Nordmann"
    qtbot.keyClicks(card.edits["email"], "kari@")
    _save(card)
    assert card.isVisible()
    assert card.fields["email"].error.isVisibleTo(card)
    assert "not a valid e-mail address" in card.fields["email"].error.text()
    assert contacts.count_contacts() == 0
    card.edits["email"].setText("kari@nordmann.no")
    _save(card)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert contacts.list_contacts()[0].email == "kari@nordmann.no"


def test_deleting_a_company_asks_about_its_persons(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    firm = contacts.create_contact(contacts.ContactData(type=0, name="Bakker Logistiek B.V."))
    contacts.create_contact(contacts.ContactData(type=1, first_name="Daan", surname="Bakker", company_no=firm))
    window.refresh_all()
    page = window.contacts
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).no == firm)
    page.table.selectRow(row)
    monkeypatch.setattr(messages, "choose", lambda *args, **kw: "detach")
    page.delete_action.trigger()
    remaining = contacts.list_contacts()
    assert [(r.name, r.company_name) for r in remaining] == [("Daan Bakker", "")]


def test_deleting_a_contact_on_a_segment_refuses_without_asking_first(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    no = contacts.create_contact(contacts.ContactData(type=0, name="Jansen Drukwerk B.V."))
    segment = Segment.create(no="SEG09999", description="Spring letter")
    SegmentLine.create(segment=segment, line_no=10000, contact=Contact.get(Contact.no == no))
    window.refresh_all()
    page = window.contacts
    page.table.selectRow(0)
    confirm, warning = Recorder(answer=True), Recorder()
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "warning", warning)
    page.delete_action.trigger()
    assert confirm.calls == []
    assert len(warning.texts) == 1 and "SEG09999" in warning.texts[0]
    assert "cannot be undone" not in warning.texts[0]
    assert contacts.get_contact(no).name == "Jansen Drukwerk B.V."


def test_pages_and_last_page_are_remembered(qtbot, database, settings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(database.target, settings)
    qtbot.addWidget(first)
    first.show()
    first.findChild(type(first.actions_.refresh), "actionShow_page_logged_segments").trigger()
    assert first.current_page().objectName() == "page_logged_segments"
    assert first.current_page().stack.currentWidget() is first.current_page().empty
    first.resize(700, 500)
    first.close()
    second = MainWindow(database.target, settings)
    qtbot.addWidget(second)
    assert second.current_page().objectName() == "page_logged_segments"
    assert second.size().width() == 700


def test_demo_data_fills_every_list_page(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_database.target, settings)
    qtbot.addWidget(win)
    win.show()
    for row, page in enumerate(win.pages[:5]):
        win.nav.setCurrentRow(row)
        assert page.status_text()
        if row < 5:
            assert page.model.rowCount() > 0, page.objectName()
